/**
 * The PDF step run again over the built site (tests/support/global-setup.ts builds it for this layer too): printing
 * /print/ again gives the same text and page count as the PDF in dist/ (the step is deterministic); and with two
 * editions of which one cannot be printed, the step fails naming the page and leaves no PDF of either edition in
 * dist/ (never half a set of downloads).
 */
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findBrowser } from '../../src/publish/browser.ts';
import { makePdf, pdfStep } from '../../src/publish/pdf.ts';
import { publishedLanguages } from '../../src/i18n/index.ts';
import { DIST } from '../support/site.ts';
import { model, readPdf } from '../support/pdf.ts';

describe('/print/ printed again', () => {
  it('prints the same text and page count again (deterministic)', { timeout: 120_000 }, async () => {
    const dist = mkdtempSync(join(tmpdir(), 'esg-pdf-'));
    try {
      cpSync(DIST, dist, { recursive: true });
      const messages: string[] = [];
      const logger = { info: (message: string) => messages.push(message), warn: (message: string) => messages.push(message) };
      const result = await makePdf({ dist, root: '', model, logger, pdfMode: 'required' }, await findBrowser());
      const built = readPdf();
      const again = readPdf(result.file);
      expect(again.pages.length).toBe(built.pages.length);
      expect(again.pages).toEqual(built.pages);
      expect(result.pages).toBe(built.pages.length);
      expect(messages.some((message) => message.startsWith('PDF (en) pass 1'))).toBe(true);
      expect(result.pageOfSection[model.readingOrder[0]!.id]).toBe(built.outline.find((entry) => entry.depth === 1 && entry.title === model.readingOrder[0]!.title)?.page);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});

describe('the PDF step', () => {
  it('fails naming the Chinese print page when it is missing, and leaves neither edition\'s PDF', { timeout: 120_000 }, async () => {
    expect(publishedLanguages(model.report)).toEqual(['en', 'zh-hk']);
    const dist = mkdtempSync(join(tmpdir(), 'esg-pdf-editions-'));
    try {
      cpSync(DIST, dist, { recursive: true, filter: (source) => !source.endsWith('.pdf') });
      rmSync(join(dist, 'zh-hk', 'print'), { recursive: true });
      const messages: string[] = [];
      const logger = { info: (message: string) => messages.push(message), warn: (message: string) => messages.push(message) };
      const context = { dist, root: '', model, logger, pdfMode: 'required' as const };
      await expect(pdfStep.run(context)).rejects.toThrow('The PDF was not made: /zh-hk/print/ answered 404');
      // The English edition was printed first, then removed with the failed one.
      expect(messages.some((message) => message.startsWith('PDF (en) pass 2'))).toBe(true);
      expect(readdirSync(dist).filter((name) => name.endsWith('.pdf') || name.endsWith('.partial'))).toEqual([]);
      expect(context).not.toHaveProperty('pdfs');
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
