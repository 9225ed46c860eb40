/**
 * The per-page browser checks (tests/support/page-sweep.ts) on the largest page of each type in the Chinese
 * edition (/zh-hk/), to the depth `language` (the checks its language can change; page-types.test.ts takes the same
 * types through all of them in English), a file of its own so that the two run side by side.
 */
import { sweepEachPageType } from '../support/page-type-sample.ts';

sweepEachPageType('zh-hk', 'language', 'one page of each type in Chinese in Chromium: loads cleanly, axe, nothing cut off at 390 and 320 px, charts paint');
