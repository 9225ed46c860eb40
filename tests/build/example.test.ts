/**
 * A second, fictional issuer's report (examples/harbourline-ferries) builds with the same code, pointed at its
 * folder by ESG_REPORT_DIR: its own pages, values and brand colour, and nothing of the first report.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../support/build.ts';
import { ROOT, readSite, visibleText, type Page } from '../support/site.ts';

const EXAMPLE = join(ROOT, 'examples', 'harbourline-ferries');
const out = mkdtempSync(join(tmpdir(), 'esg-example-'));
let pages: Page[];
let output: string;
const page = (path: string) => {
  const found = pages.find((item) => item.path === path);
  if (!found) throw new Error(`no page ${path}`);
  return found;
};
const text = (path: string) => visibleText(page(path)).replace(/\s+/g, ' ');

beforeAll(() => {
  const build = buildReport(EXAMPLE, out);
  output = build.output;
  expect(build.status, build.output).toBe(0);
  pages = readSite(out);
}, 180_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('the example report', () => {
  it('has its own chapters and sections', () => {
    const paths = pages.map((item) => item.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/',
        '/about/',
        '/environment/',
        '/environment/emissions/',
        '/environment/energy/',
        '/people/',
        '/people/safety/',
        '/data-quality/',
        '/indicators/co2e-total/',
        '/indicators/packaging-finished-goods/',
      ]),
    );
    expect(paths.filter((path) => /^\/(about|environment|people)\//.test(path))).toHaveLength(6);
    expect(text('/')).toContain('Harbourline Ferries');
  });

  it('covers a financial year from April to March, named by the year it ends, with three years of figures', () => {
    expect(text('/')).toContain('April 1, 2024 – March 31, 2025');
    const statistics = text('/statistics/');
    expect(statistics).toContain('Employees (crew and shore staff) (people) people 1,268 1,231 1,190');
  });

  it('prints its values as written, and a value not applicable in every year as words', () => {
    expect(text('/environment/emissions/')).toContain('Emissions were 19,273.0 tCO2e in the year, or 461.1 tCO2e/million trips for each million passenger trips.');
    expect(text('/people/safety/')).toContain('Each employee completed 22.5 hours of training on average.');
    expect(text('/environment/energy/')).toContain('Packaging of finished goods does not apply');
    expect(text('/statistics/')).toContain('Packaging used for finished goods (tonnes) tonnes Not applicable Not applicable Not applicable');
  });

  it('uses its own brand colour', () => {
    const theme = readFileSync(join(out, 'theme.css'), 'utf8');
    expect(theme).toContain('--brand-light: #9a3412');
    expect(theme).not.toContain('#1f5f8b');
  });

  it('explains a provision instead of disclosing it', () => {
    const a15 = text('/hkex-esg-guide/a1-5/');
    expect(a15).toContain('Explained');
    expect(a15).toContain('The board has not yet set an emissions target');
  });

  it('checks its own figures: a recorded exception and an explained change, shown on /data-quality/', () => {
    const quality = text('/data-quality/');
    expect(quality).toContain('14 rules ran 82 checks: 80 passed, 1 recorded exceptions, 1 explained changes, 0 unexplained changes.');
    expect(quality).toContain(
      'emissions by scope, 2023: 17,112.9 (Scope 1, vessel fuel) + 1,204.5 (Scope 2, terminal electricity, line 10) = 18,317.4, but total emissions = 18,318.4 (line 4): a difference of 1.0, beyond the tolerance of 0.1.',
    );
    expect(quality).toContain('The report for 2022/23 printed a total of 18,318.4 tCO2e');
    expect(quality).toContain('Working days lost to work injuries, 2025: Working days lost to work injuries changed from 96 (2024, line 39) to 212, +120.8%');
    expect(output).not.toMatch(/warning: rule/);
  });

  it('holds nothing of the first report', () => {
    const firstChapters = readdirSync(join(ROOT, 'content'));
    const firstIndicators = readFileSync(join(ROOT, 'data', 'indicators.csv'), 'utf8')
      .split('\n')
      .slice(1)
      .map((line) => line.split(',')[0])
      .filter(Boolean);
    const paths = pages.map((item) => item.path);
    for (const chapter of firstChapters) expect(paths.some((path) => path.startsWith(`/${chapter}/`)), chapter).toBe(false);
    for (const id of firstIndicators) expect(paths, id).not.toContain(`/indicators/${id}/`);
    const files = readdirSync(out, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile() && /\.(html|css|csv|json|xml|txt)$/.test(entry.name));
    expect(files.length).toBeGreaterThan(30);
    for (const file of files) {
      const body = readFileSync(join(file.parentPath, file.name), 'utf8');
      expect(body, file.name).not.toMatch(/qifu|360shuke|Shanghai/i);
    }
  });
});
