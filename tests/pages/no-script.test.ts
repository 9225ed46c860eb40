/** Every indicator page that draws a chart, in both editions, without JavaScript (tests/support/no-script.ts). */
import { describe, expect, it } from 'vitest';
import { useBrowserOnSite } from '../support/browser.ts';
import { chartedIndicatorPages, problemsWithoutScript } from '../support/no-script.ts';

const site = useBrowserOnSite();

describe('every charted indicator page without JavaScript', () => {
  it('shows its values table and hides the PNG button', async () => {
    const paths = chartedIndicatorPages();
    expect(paths.length).toBeGreaterThan(100);
    expect(await problemsWithoutScript(site.browser, site.origin, paths)).toEqual([]);
  });
});
