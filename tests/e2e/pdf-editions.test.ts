/**
 * The PDF step with two editions and one that cannot be printed: the build fails naming the page, and no PDF of
 * either edition stays in dist/ (never half a set of downloads).
 */
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdfStep } from '../../src/publish/pdf.ts';
import { publishedLanguages } from '../../src/i18n/index.ts';
import { DIST } from '../support/site.ts';
import { model } from '../support/pdf.ts';

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
