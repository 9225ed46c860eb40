/**
 * Page types of the built site, recognised by URL path: the one place that says which page is which kind,
 * for the byte budgets (bench/budgets.json), `npm run bench` and `npm run lighthouse`.
 * A chapter or section page that draws a chart is its own type ("section-chart"): it ships the chart loader,
 * while a text page ships no JavaScript at all. Rules are tried in order; the first match wins.
 */
export const PAGE_TYPES = [
  { type: 'home', pattern: /^\/$/ },
  { type: 'not-found', pattern: /^\/404\/$/ },
  { type: 'indicator-index', pattern: /^\/indicators\/$/ },
  { type: 'indicator', pattern: /^\/indicators\/[^/]+\/$/ },
  { type: 'statistics', pattern: /^\/statistics\/$/ },
  { type: 'hkex-index', pattern: /^\/hkex-esg-guide\/$/ },
  { type: 'provision', pattern: /^\/hkex-esg-guide\/[^/]+\/$/ },
  { type: 'data', pattern: /^\/data\/$/ },
  { type: 'data-quality', pattern: /^\/data-quality\/$/ },
  { type: 'search', pattern: /^\/search\/$/ },
  { type: 'print', pattern: /^\/print\/$/ },
  // Everything else is a chapter introduction (/<chapter>/) or a section (/<chapter>/<section>/).
  { type: 'section', pattern: /^\/[^/]+\/(?:[^/]+\/)?$/ },
] as const;

/** The prefix of a second language's pages (src/schemas/section.ts reserves "zh-hk"). */
const LANGUAGE_PREFIX = /^\/zh-hk(?=\/)/;

export type PageType = (typeof PAGE_TYPES)[number]['type'] | 'section-chart';

/**
 * The type of the page at `path` ("/", "/indicators/ghg-total/"), or undefined for a path no rule knows.
 * `html` tells a section with a chart (a `data-chart` element) from a text section.
 */
export function pageTypeOf(path: string, html = ''): PageType | undefined {
  // Another language's edition (/zh-hk/…) has the same tree, so its pages have the same types.
  const within = path.replace(LANGUAGE_PREFIX, '');
  const type = PAGE_TYPES.find((rule) => rule.pattern.test(within))?.type;
  if (type === 'section' && drawsChart(html)) return 'section-chart';
  return type;
}

/** The page draws a chart: a canvas carrying its spec in data-chart (src/components/ChartFigure.astro). */
export function drawsChart(html: string): boolean {
  return /<canvas\b/.test(html) && /\sdata-chart=/.test(html);
}
