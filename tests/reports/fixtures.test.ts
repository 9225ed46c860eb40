/**
 * The generator holds nothing about one company: a fictional issuer's report builds with no code change.
 * And the build is the gatekeeper: bad data stops it with every error listed, before any page is written.
 */
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ANOTHER_ISSUER_DIST, ANOTHER_ISSUER_LOG, BRAND } from '../support/another-issuer.ts';
import { buildProject, checkReport } from '../support/build.ts';
import { makeProject, testFolder } from '../support/fixtures.ts';
import { ROOT, elements, readSite, visibleText } from '../support/site.ts';

const directories: string[] = [];
afterAll(() => directories.forEach((directory) => rmSync(directory, { recursive: true, force: true })));

describe('another issuer', () => {
  it('builds its own report from its content/ and data/ (tests/support/another-issuer.ts, built by the global setup)', () => {
    // A quieter build: Vite's MODULE_LEVEL_DIRECTIVE warning on MDX (one per file, harmless) is filtered out.
    expect(readFileSync(ANOTHER_ISSUER_LOG, 'utf8').split('\n').filter((line) => /MODULE_LEVEL_DIRECTIVE/.test(line))).toEqual([]);
    const pages = readSite(ANOTHER_ISSUER_DIST);
    expect(pages.map((page) => page.path)).toEqual(
      expect.arrayContaining(['/', '/overview/', '/overview/emissions/', '/statistics/', '/hkex-esg-guide/']),
    );
    const home = visibleText(pages.find((page) => page.path === '/')!);
    expect(home).toContain('Example Holdings');
    expect(home).toContain('Sustainability Report 2025');
    expect(home).not.toMatch(/qifu/i);
    const emissions = visibleText(pages.find((page) => page.path === '/overview/emissions/')!);
    expect(emissions).toContain('Emissions were 1,701.13 tCO2e in 2025.');
    expect(emissions).toContain('16.10'); // published precision kept
    expect(emissions).toContain('Not applicable'); // a status, never 0 or blank
    expect(readFileSync(join(ANOTHER_ISSUER_DIST, 'theme.css'), 'utf8')).toContain(`--brand-light: ${BRAND}`);
    // It publishes English only (no "languages"): no other edition, no switcher, no Chinese font.
    expect(pages.filter((page) => page.path.startsWith('/zh-hk/'))).toEqual([]);
    expect(existsSync(join(ANOTHER_ISSUER_DIST, 'fonts'))).toBe(false);
    for (const page of pages) {
      expect(elements(page, '.language-switcher, link[rel=alternate][hreflang]'), page.path).toEqual([]);
      expect(elements(page, 'html')[0]!.properties.lang, page.path).toBe('en');
    }
  });
});

describe('a report under a later version of the Guide', () => {
  it('brings its own provision list (the 2025 Code with its Part D) and builds with no code change', async () => {
    const directory = makeProject('code-2025');
    directories.push(directory);
    const build = await buildProject(directory);
    expect(build.status, build.output).toBe(0);
    // Its report.json sets no siteUrl: the build says so once.
    expect(build.output.match(/data\/report\.json has no siteUrl/g)).toHaveLength(1);
    const pages = readSite(build.dist);
    const index = visibleText(pages.find((page) => page.path === '/hkex-esg-guide/')!);
    expect(index).toContain('D. Climate-related disclosures');
    expect(index).toContain('HKEX ESG Reporting Code, version 2025');
    expect(index).toContain('The board has not yet assigned climate oversight');
    expect(pages.map((page) => page.path)).toContain('/hkex-esg-guide/d1/');
  });
});

describe('a broken report', () => {
  it('fails the build, listing the errors of every file, and writes no page', async () => {
    const directory = makeProject('two-bad-files');
    directories.push(directory);
    const build = await buildProject(directory);
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('data/values.csv:4:18 value: expected a plain decimal number');
    expect(build.output).toContain('data/highlights.csv:2:43 value: expected a plain decimal number');
    expect(existsSync(join(build.dist, 'index.html'))).toBe(false);
  });
});

describe('the 2024 report with a sum that no longer adds up', () => {
  const directory = testFolder('esg-rules-');
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it('stops the build with the rule, both lines, the numbers, and writes no page (1,462 female employees → 1,463)', async () => {
    cpSync(join(ROOT, 'content'), join(directory, 'content'), { recursive: true });
    cpSync(join(ROOT, 'data'), join(directory, 'data'), { recursive: true });
    const values = join(directory, 'data', 'values.csv');
    const lines = readFileSync(values, 'utf8').split('\n');
    expect(lines[36]).toBe('employees-female,2024,1462,,,,');
    lines[36] = 'employees-female,2024,1463,,,,';
    writeFileSync(values, lines.join('\n'));
    const expected =
      'data/values.csv:37:23 rule "employees by sex, 2024": 1,463 (female) + 2,065 (male, line 39) = 3,528, but total employees = 3,527 (line 35)';

    const check = checkReport(directory);
    expect(check.status).toBe(1);
    expect(check.output.trim().split('\n')).toEqual(["The report's content and data have 1 error:", expected]);

    const build = await buildProject(directory);
    expect(build.status).not.toBe(0);
    expect(build.output).toContain(expected);
    expect(existsSync(join(directory, 'dist', 'index.html'))).toBe(false);
  });
});
