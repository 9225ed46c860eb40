/**
 * The example report (examples/harbourline-ferries) is published in English and Traditional Chinese: every
 * section, indicator, provision and term is translated, and its translated sections are held to the figures of
 * the English originals by the numbers-match check (a changed <Value> id, a typed figure). Validation only; the
 * built /zh-hk/ pages are tested in tests/build/example.test.ts.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDataError } from '../../src/loaders/errors.ts';
import { formatCoverage, translationCoverage } from '../../src/lib/translation-coverage.ts';
import { validateProject } from '../../src/validation/validate.ts';
import { ROOT } from '../support/site.ts';

const EXAMPLE = join(ROOT, 'examples', 'harbourline-ferries');

/** Validate a copy of the example with `edits` (file → replace the first `from` by `to`) applied. */
function validateExample(edits: Record<string, [from: string, to: string][]> = {}) {
  const directory = mkdtempSync(join(tmpdir(), 'esg-example-zh-'));
  try {
    cpSync(EXAMPLE, directory, { recursive: true, filter: (source) => !source.startsWith(join(EXAMPLE, 'dist')) });
    for (const [file, replacements] of Object.entries(edits)) {
      const path = join(directory, file);
      let text = readFileSync(path, 'utf8');
      for (const [from, to] of replacements) {
        if (!text.includes(from)) throw new Error(`example edit found nothing to replace in ${file}: ${from}`);
        text = text.replace(from, to);
      }
      writeFileSync(path, text);
    }
    const { data, errors } = validateProject(directory);
    return { data, errors: errors.map(formatDataError) };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

describe('the example report in Traditional Chinese', () => {
  it('is valid and fully translated: every section, indicator name and definition, provision and term', () => {
    const { data, errors } = validateExample();
    expect(errors).toEqual([]);
    expect(formatCoverage(translationCoverage(data))).toEqual([
      "Translation coverage zh-hk (published): sections 6/6 translated (titles 6/6, summaries 6/6); indicator names 15/15 (definitions 15/15); provisions 11/11 (10 in the Exchange's wording); terms 26/26.",
    ]);
  });

  it('has a translated file for every English section, at the same path', () => {
    const mdx = (directory: string) =>
      readdirSync(directory, { recursive: true, encoding: 'utf8' })
        .filter((file) => file.endsWith('.mdx') && !file.startsWith('zh-hk'))
        .sort();
    const content = join(EXAMPLE, 'content');
    expect(mdx(join(content, 'zh-hk'))).toEqual(mdx(content));
    expect(mdx(content)).toHaveLength(6);
  });

  it('fails when a translated section cites another indicator, naming both files and lines', () => {
    const { errors } = validateExample({ 'content/zh-hk/people/safety.mdx': [['training-hours-average', 'whistleblowing-reports']] });
    expect(errors).toEqual([
      'content/zh-hk/people/safety.mdx:18:9 cites <Value id="whistleblowing-reports" year={2025}> where the English original content/people/safety.mdx:19:25 cites <Value id="training-hours-average" year={2025}>: a translation cites the same figures',
    ]);
  });

  it('fails when a translated section types the figure instead of citing it, naming both files and lines', () => {
    const { errors } = validateExample({
      'content/zh-hk/environment/emissions.mdx': [['<Value id="co2e-total" year={2025} unit />', '19,273.0噸二氧化碳當量']],
    });
    expect(errors).toEqual([
      'content/zh-hk/environment/emissions.mdx:12:36 missing <Value id="co2e-total" year={2025}>, which the English original cites at content/environment/emissions.mdx:13:16: a translation cites the same figures',
      'content/zh-hk/environment/emissions.mdx:12:9 a figure of data/ (co2e-total@2025) typed instead of cited: cite it with <Value> as the English original does, never type it (found "19,273.0")',
    ]);
  });

  describe('finds a typed figure however Chinese prose writes it', () => {
    /** The <Value> a typed figure replaces, reported at the translation's next citation (its column moves with the figure's length). */
    const missing = (column: number) =>
      `content/zh-hk/environment/emissions.mdx:12:${column} missing <Value id="co2e-total" year={2025}>, which the English original cites at content/environment/emissions.mdx:13:16: a translation cites the same figures`;
    const MISSING = missing(36);
    const typed = (figure: string) =>
      validateExample({ 'content/zh-hk/environment/emissions.mdx': [['<Value id="co2e-total" year={2025} unit />', `${figure}噸二氧化碳當量`]] }).errors;

    it('in full-width digits and separators (NFKC), reporting them as written', () => {
      expect(typed('１９,２７３.０')).toEqual([
        MISSING,
        'content/zh-hk/environment/emissions.mdx:12:9 a figure of data/ (co2e-total@2025) typed instead of cited: cite it with <Value> as the English original does, never type it (found "１９,２７３.０")',
      ]);
      expect(typed('１９，２７３．０')).toEqual([
        MISSING,
        'content/zh-hk/environment/emissions.mdx:12:9 a figure of data/ (co2e-total@2025) typed instead of cited: cite it with <Value> as the English original does, never type it (found "１９，２７３．０")',
      ]);
    });

    it('in 萬 (×10⁴) or 億 (×10⁸): equal, or rounded to the written decimals with three significant digits', () => {
      expect(typed('1.93萬')).toEqual([
        missing(33),
        'content/zh-hk/environment/emissions.mdx:12:9 a figure of data/ (co2e-total@2025) typed instead of cited: cite it with <Value> as the English original does, never type it (found "1.93萬")',
      ]);
      expect(typed('1.9273萬')).toEqual([
        missing(35),
        'content/zh-hk/environment/emissions.mdx:12:9 a figure of data/ (co2e-total@2025) typed instead of cited: cite it with <Value> as the English original does, never type it (found "1.9273萬")',
      ]);
      expect(typed('0.000192730億')).toEqual([
        missing(40),
        'content/zh-hk/environment/emissions.mdx:12:9 a figure of data/ (co2e-total@2025) typed instead of cited: cite it with <Value> as the English original does, never type it (found "0.000192730億")',
      ]);
      // One or two significant digits say too little to be a figure: "約2萬" is not 19,273.0.
      expect(typed('約2萬')).toEqual([missing(31)]);
    });

    it('followed by a Chinese unit word where the English unit is another word (4艘 for "4 ferries"), but not in a date', () => {
      const { errors } = validateExample({
        'content/zh-hk/environment/emissions.mdx': [['並向海港管理當局報告每一宗溢漏事故。', '並向海港管理當局報告每一宗溢漏事故。公司已訂購4艘混合動力渡輪，自2024年4月1日起。']],
      });
      expect(errors).toEqual([
        'content/zh-hk/environment/emissions.mdx:8:52 a figure of data/ (hybrid-ferries-ordered) typed instead of cited: cite it with <Value> as the English original does, never type it (found "4")',
      ]);
    });
  });

  it('fails when a translated section cites another year of the right indicator', () => {
    const { errors } = validateExample({ 'content/zh-hk/people/index.mdx': [['year={2025}', 'year={2024}']] });
    expect(errors).toEqual([
      'content/zh-hk/people/index.mdx:8:20 cites <Value id="crew-total" year={2024}> where the English original content/people/index.mdx:10:22 cites <Value id="crew-total" year={2025}>: a translation cites the same figures',
    ]);
  });
});
