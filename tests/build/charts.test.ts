/** Chart code only where there is a chart: a text-only page ships no script at all. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { elements, readSite } from '../support/site.ts';

const pages = readSite();

describe('chart code', () => {
  it('is not loaded by any page without a chart', () => {
    // The search page's own script is the one exception (tests/e2e/reader.test.ts covers it).
    const textOnly = pages.filter((page) => elements(page, 'canvas').length === 0 && page.path !== '/search/');
    expect(textOnly.map((page) => page.path)).toContain('/ceo-speech/');
    for (const page of textOnly) {
      // The charts' stylesheet may be linked (a section page renders MDX that may hold a chart): styles, not code.
      const html = readFileSync(page.file, 'utf8').replace(/<link rel="stylesheet"[^>]*>/g, '');
      expect(elements(page, 'script[src], link[rel=modulepreload]'), page.path).toEqual([]);
      expect(html, page.path).not.toMatch(/chart\.js|chart-render|ChartFigure/);
    }
  });

  it('is not on the search page, whose one script loads the search index on demand', () => {
    const search = pages.find((page) => page.path === '/search/')!;
    expect(elements(search, 'script[type=module]')).toHaveLength(1);
    expect(readFileSync(search.file, 'utf8')).not.toMatch(/chart\.js|chart-render|ChartFigure/);
  });

  it('is loaded by each page with a chart, which also shows the chart data as a table', () => {
    const withCharts = pages.filter((page) => elements(page, 'canvas').length > 0);
    expect(withCharts.map((page) => page.path)).toEqual(
      expect.arrayContaining([
        '/people-oriented/',
        '/be-proud-of-being-green/resource-use/',
        '/be-proud-of-being-green/emission-management/',
        '/win-win-cooperation/supplier-management/',
        '/indicators/ghg-total/',
      ]),
    );
    for (const page of withCharts) {
      expect(elements(page, 'script[type=module][src]'), page.path).toHaveLength(1);
      expect(elements(page, 'table').length, page.path).toBeGreaterThan(0);
      for (const canvas of elements(page, 'canvas')) {
        expect(canvas.properties.role).toBe('img');
        expect(String(canvas.properties.ariaLabel)).toMatch(/chart: .+\d{4}: |圖：.+\d{4}年：/);
        expect(() => JSON.parse(String(canvas.properties.dataChart))).not.toThrow();
      }
    }
  });
});
