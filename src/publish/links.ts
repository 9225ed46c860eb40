/**
 * The download-link publish step. Pages are rendered before the PDF exists, so each page's PDF link
 * (`<a data-pdf-download>`, pointing at /print/) is rewritten here once the PDF is written: it then points at
 * the PDF and states its size, and the page's head gets `<link rel="alternate" type="application/pdf">`.
 * Without a PDF the links keep pointing at /print/.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { useTranslations } from '../i18n/index.ts';
import type { PublishStep } from './steps.ts';

/** "2.4 MB" (decimal megabytes, one decimal), or "850 kB" under one megabyte. */
export function formatFileSize(bytes: number): string {
  return bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1e3))} kB`;
}

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Rewrites one page's PDF links and adds the alternate link to its head; returns the page unchanged when it has none. */
export function linkPdf(html: string, pdf: { url: string; bytes: number; title: string }): string {
  const t = useTranslations();
  const text = t('pdf.download', { size: formatFileSize(pdf.bytes) });
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

export const downloadLinksStep: PublishStep = {
  name: 'download links',
  async run({ dist, pdf, model }) {
    if (!pdf) return;
    const title = `${model.report.issuer} ${model.report.title} (PDF)`;
    for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
      const file = join(entry.parentPath, entry.name);
      const html = readFileSync(file, 'utf8');
      const linked = linkPdf(html, { url: pdf.url, bytes: pdf.bytes, title });
      if (linked !== html) writeFileSync(file, linked);
    }
  },
};
