/**
 * The per-page browser checks (tests/support/page-sweep.ts), all of them, on the largest page of each type in the
 * English edition (tests/support/page-type-sample.ts); page-types-zh.test.ts does the Chinese edition, as a file of
 * its own so that the two run side by side. The quick form of tests/pages/every-page.test.ts, for `npm test`.
 */
import { sweepEachPageType } from '../support/page-type-sample.ts';

sweepEachPageType('', 'all', 'one page of each type in English in Chromium: loads cleanly, axe in both colour schemes, nothing cut off at 390 and 320 px, charts paint');
