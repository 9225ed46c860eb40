/**
 * The download-link publish step. Pages are rendered before the PDFs exist, so each page's PDF link
 * (`<a data-pdf-download>`, pointing at its edition's /print/) is rewritten here once the PDFs are written: it
 * then points at the PDF of the page's language and states its size, and the page's head gets
 * `<link rel="alternate" type="application/pdf">`. Without a PDF the links keep pointing at /print/.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DEFAULT_LANGUAGE, languageOfPath, useTranslations, type Language } from '../i18n/index.ts';
import { reportWords } from '../lib/report-words.ts';
import { formatFileSize } from '../lib/format.ts';
import type { PublishStep } from './steps.ts';

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * Rewrites one page's PDF links and adds the alternate link to its head, in the page's language (the link's text);
 * returns the page unchanged when it has none.
 */
export function linkPdf(html: string, pdf: { url: string; bytes: number; title: string }, language: Language = DEFAULT_LANGUAGE): string {
  const t = useTranslations(language);
  const text = t('pdf.download', { size: formatFileSize(pdf.bytes, language) });
  const alternate = `<link rel="alternate" type="application/pdf" href="${escapeAttribute(pdf.url)}" title="${escapeAttribute(pdf.title)}">`;
  let found = false;
  const linked = html.replace(/<a\b([^>]*\bdata-pdf-download\b[^>]*)>[\s\S]*?<\/a>/g, (_, attributes: string) => {
    found = true;
    // The link keeps its other attributes (class, styling hooks); only its target, type and text change.
    const kept = attributes.replace(/\s(?:href|type)="[^"]*"/g, '');
    return `<a href="${escapeAttribute(pdf.url)}" type="application/pdf"${kept}>${escapeAttribute(text)}</a>`;
  });
  return found ? linked.replace('</head>', `${alternate}</head>`) : html;
}

/** The edition a built page belongs to, from its path in dist/ ("zh-hk/esg/index.html" → "zh-hk"; see languageOfPath). */
export function languageOfFile(relativePath: string): Language {
  return languageOfPath(`/${relativePath.split('\\').join('/')}`);
}

export const downloadLinksStep: PublishStep = {
  name: 'download links',
  pages: 'write',
  async run({ dist, pdfs, model }) {
    if (!pdfs) return;
    for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
      const file = join(entry.parentPath, entry.name);
      const language = languageOfFile(relative(dist, file));
      // Each edition's pages link its own PDF; an edition without one keeps its links to its /print/.
      const pdf = pdfs[language];
      if (!pdf) continue;
      const words = reportWords(model.report, language);
      const html = readFileSync(file, 'utf8');
      const linked = linkPdf(html, { url: pdf.url, bytes: pdf.bytes, title: `${words.issuer} ${words.title} (PDF)` }, language);
      if (linked !== html) writeFileSync(file, linked);
    }
  },
};
