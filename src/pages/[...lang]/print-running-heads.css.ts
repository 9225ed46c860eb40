/**
 * Print running heads from the metadata, as a stylesheet (no inline style under the strict CSP): the report's
 * title at the top left of every printed page, "Page N of M" at the bottom right, and each chapter (and the
 * appendices) as a named page whose top right margin box carries the chapter's title. A named page also starts
 * each chapter on a new page. Chromium prints `@page` margin boxes (since version 131). One per language
 * (/print-running-heads.css, /zh-hk/print-running-heads.css): the heads are in the page's language.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getReportModel } from '../../model/index.ts';
import { PRINT_SCOPES } from '../../lib/print-anchors.ts';
import { languagePaths } from '../../lib/static-paths.ts';
import { useTranslations } from '../../i18n/index.ts';
import { reportWords } from '../../lib/report-words.ts';

export const getStaticPaths = languagePaths satisfies GetStaticPaths;

/** A CSS string literal: quotes, backslashes and line breaks escaped. */
function cssString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/[\n\r\f]/g, ' ')}"`;
}

export const GET: APIRoute = async ({ locals }) => {
  const { report, chapters } = await getReportModel();
  const { language } = locals;
  const t = useTranslations(language);
  const [before, after] = t('print.pageOf').split('{page}') as [string, string];
  const [between, end] = after.split('{pages}') as [string, string];
  const pageOf = [cssString(before), 'counter(page)', cssString(between), 'counter(pages)', cssString(end)].join(' ');
  const parts = [
    ...chapters.map((chapter) => ({ id: chapter.id, head: [chapter.number, chapter.words[language].title].filter(Boolean).join(' ') })),
    { id: PRINT_SCOPES.statistics, head: t('statistics.title') },
    { id: PRINT_SCOPES.hkex, head: t('hkex.title') },
  ];
  const css = [
    `@page {\n  @top-left { content: ${cssString(reportWords(report, language).title)}; }\n  @bottom-right { content: ${pageOf}; }\n}`,
    // The cover has no running head.
    `@page :first {\n  @top-left { content: none; }\n}`,
    ...parts.map(
      (part, index) =>
        `@page part-${index + 1} {\n  @top-right { content: ${cssString(part.head)}; }\n}\n` +
        `@media print {\n  [data-print-chapter=${cssString(part.id)}] { page: part-${index + 1}; }\n}`,
    ),
  ];
  return new Response(css.join('\n') + '\n', { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
