/**
 * The publish steps without a real print: /print/ anchors, the download-link rewrite, the PDF mode switches,
 * the heading-to-page pairing, what the PDF step does with no browser or a browser that fails, and the order in
 * which the steps run (the search index beside the others).
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dataBookName, paths } from '../../src/lib/paths.ts';
import { printHref } from '../../src/lib/print-anchors.ts';
import { loadReportModel } from '../../src/model/from-project.ts';
import { languageOfFile, linkPdf } from '../../src/publish/links.ts';
import { formatFileSize } from '../../src/lib/format.ts';
import { pagesOfHeadings, pdfStep } from '../../src/publish/pdf.ts';
import { pdfModeOf, runPublishSteps, type PublishContext, type PublishStep } from '../../src/publish/steps.ts';
import { ROOT } from '../support/site.ts';
import { PUBLISH_STEPS } from '../../src/integration.ts';

const model = loadReportModel(join(ROOT, 'tests', 'fixtures', 'minimal'));

describe('paths.pdf', () => {
  it('names the PDF from the issuer and the year', () => {
    expect(paths.pdf({ issuer: 'Example Holdings', year: 2025 })).toBe('/example-holdings-esg-report-2025.pdf');
    expect(paths.pdf(model.report)).toMatch(/^\/[a-z0-9-]+-esg-report-\d{4}\.pdf$/);
  });

  it('names each other edition\'s PDF and data book with its language code; English keeps its name', () => {
    const report = { issuer: 'Example Holdings', year: 2025 };
    expect(paths.pdf(report, 'en')).toBe('/example-holdings-esg-report-2025.pdf');
    expect(paths.pdf(report, 'zh-hk')).toBe('/example-holdings-esg-report-2025-zh-hk.pdf');
    expect(dataBookName(report)).toBe('example-holdings-esg-data-2025.xlsx');
    expect(dataBookName(report, 'zh-hk')).toBe('example-holdings-esg-data-2025-zh-hk.xlsx');
    expect(paths.dataBook(report, 'zh-hk')).toBe('/data/example-holdings-esg-data-2025-zh-hk.xlsx');
    expect(paths.print('zh-hk')).toBe('/zh-hk/print/');
    expect(paths.printStyles('zh-hk')).toBe('/zh-hk/print-running-heads.css');
  });
});

describe('languageOfFile', () => {
  it('takes the edition from the route\'s language prefix of a built page', () => {
    expect(languageOfFile('index.html')).toBe('en');
    expect(languageOfFile('esg/risk/index.html')).toBe('en');
    expect(languageOfFile('zh-hk/index.html')).toBe('zh-hk');
    expect(languageOfFile('zh-hk/esg/risk/index.html')).toBe('zh-hk');
    expect(languageOfFile('zh-hk-notes/index.html')).toBe('en');
  });
});

describe('printHref', () => {
  const section = model.readingOrder.find((item) => !item.isChapter)!;
  const scope = section.id.replace('/', '__');
  const indicator = model.indicators[0]!;
  const provision = model.provisions[0]!;

  it('turns links to pages /print/ contains into in-page links', () => {
    expect(printHref(paths.section(section.id), model)).toBe(`#${scope}`);
    expect(printHref(paths.section(section.id, 'some-heading'), model)).toBe(`#${scope}--some-heading`);
    expect(printHref(paths.section(section.chapterId), model)).toBe(`#${section.chapterId}`);
    expect(printHref(paths.indicator(indicator.id), model)).toBe(`#statistics--${indicator.id}`);
    expect(printHref(paths.provision(provision.code), model)).toBe(`#hkex-esg-guide--${provision.code.toLowerCase().replace(/\./g, '-')}`);
    expect(printHref(paths.statistics(), model)).toBe('#statistics');
    expect(printHref(paths.hkexIndex(), model)).toBe('#hkex-esg-guide');
  });

  it('leaves links to pages it does not contain', () => {
    expect(printHref(paths.data(), model)).toBeUndefined();
    expect(printHref(paths.indicators(), model)).toBeUndefined();
    expect(printHref(paths.indicatorFile(indicator.id, 'csv'), model)).toBeUndefined();
    expect(printHref('/no-such-chapter/', model)).toBeUndefined();
  });
});

describe('linkPdf', () => {
  const page = '<html><head><title>x</title></head><body><a href="/print/" data-pdf-download>The whole report on one page, for printing</a></body></html>';

  it('points the download link at the PDF with its size, and adds the alternate link to the head', () => {
    expect(linkPdf(page, { url: '/a-esg-report-2024.pdf', bytes: 1_234_567, title: 'A "B" report' })).toBe(
      '<html><head><title>x</title><link rel="alternate" type="application/pdf" href="/a-esg-report-2024.pdf" title="A &quot;B&quot; report"></head>' +
        '<body><a href="/a-esg-report-2024.pdf" type="application/pdf" data-pdf-download>Download the report (PDF, 1.2 MB)</a></body></html>',
    );
  });

  it('keeps the other attributes of the link, such as its class (the button on the home page)', () => {
    const button = '<head></head><a class="button button-primary" href="/print/" data-pdf-download>Print</a>';
    expect(linkPdf(button, { url: '/a.pdf', bytes: 2_000_000, title: 'a' })).toBe(
      '<head><link rel="alternate" type="application/pdf" href="/a.pdf" title="a"></head>' +
        '<a href="/a.pdf" type="application/pdf" class="button button-primary" data-pdf-download>Download the report (PDF, 2.0 MB)</a>',
    );
  });

  it('writes the link in the page\'s language', () => {
    const zh = '<head></head><a href="/zh-hk/print/" data-pdf-download>整份報告單頁版（供列印）</a>';
    expect(linkPdf(zh, { url: '/a-zh-hk.pdf', bytes: 1_900_000, title: '甲 報告 (PDF)' }, 'zh-hk')).toBe(
      '<head><link rel="alternate" type="application/pdf" href="/a-zh-hk.pdf" title="甲 報告 (PDF)"></head>' +
        '<a href="/a-zh-hk.pdf" type="application/pdf" data-pdf-download>下載報告（PDF，1.9 MB）</a>',
    );
  });

  it('leaves a page without a download link as it is', () => {
    const plain = '<html><head></head><body><a href="/print/">x</a></body></html>';
    expect(linkPdf(plain, { url: '/a.pdf', bytes: 10, title: 'a' })).toBe(plain);
  });

  it('writes sizes in decimal units, one decimal under 100 of a unit, in the language\'s digits', () => {
    expect(formatFileSize(850_400)).toBe('850 kB');
    expect(formatFileSize(1_193_117)).toBe('1.2 MB');
    expect(formatFileSize(12_050_000)).toBe('12.1 MB');
    expect(formatFileSize(11_470)).toBe('11.5 kB');
    expect(formatFileSize(999)).toBe('999 B');
    expect(formatFileSize(1_000)).toBe('1.0 kB');
    expect(formatFileSize(2_000_000)).toBe('2.0 MB');
    // At the edges, by what the value rounds to (it once wrote "100.0 kB", "1000 kB" and "100.0 MB").
    expect([99_949, 99_950, 999_499, 999_500, 99_949_999, 99_950_000].map((bytes) => formatFileSize(bytes))).toEqual(['99.9 kB', '100 kB', '999 kB', '1.0 MB', '99.9 MB', '100 MB']);
    expect(formatFileSize(1_234_567, 'zh-hk')).toBe('1.2 MB');
    // The /data/ page once wrote binary kilobytes ("11.2 KB" for 11,470 B) where the PDF links wrote decimal ones.
    expect(formatFileSize(11_470, 'zh-hk')).toBe('11.5 kB');
  });
});

describe('pdfModeOf', () => {
  it('skips with ESG_PDF=skip, requires with --require-pdf, ESG_PDF=require or CI=true, else is optional', () => {
    expect(pdfModeOf({ ESG_PDF: 'skip', CI: 'true' }, [])).toBe('skip');
    expect(pdfModeOf({}, ['node', 'astro', 'build', '--require-pdf'])).toBe('required');
    expect(pdfModeOf({ ESG_PDF: 'require' }, [])).toBe('required');
    expect(pdfModeOf({ CI: 'true' }, [])).toBe('required');
    expect(pdfModeOf({}, ['node', 'astro', 'build'])).toBe('optional');
  });
});

describe('pagesOfHeadings', () => {
  it('pairs headings with outline entries in order, repeated titles included, whatever the line breaks', () => {
    const outline = [
      { title: 'Report', page: 1, depth: 0 },
      { title: 'Overview', page: 3, depth: 1 },
      { title: 'Green\noffice', page: 4, depth: 2 },
      { title: 'Overview', page: 7, depth: 1 },
    ];
    const headings = [
      { id: 'cover', text: 'Report' },
      { id: 'a', text: 'Overview' },
      { id: 'a--green-office', text: 'Green office' },
      { id: 'b', text: 'Overview' },
    ];
    expect(pagesOfHeadings(headings, outline)).toEqual({ cover: 1, a: 3, 'a--green-office': 4, b: 7 });
  });

  it('fails naming the headings the outline lacks', () => {
    expect(() => pagesOfHeadings([{ id: 'x', text: 'Missing one' }], [])).toThrow('headings missing from the PDF outline: Missing one');
  });
});

describe('the PDF step without a working browser', () => {
  const saved = { CHROME_PATH: process.env.CHROME_PATH, CHROMIUM_PATH: process.env.CHROMIUM_PATH };
  const dists: string[] = [];
  afterEach(() => {
    Object.assign(process.env, saved);
    for (const [key, value] of Object.entries(saved)) if (value === undefined) delete process.env[key];
    for (const dist of dists.splice(0)) rmSync(dist, { recursive: true, force: true });
  });
  const contextWith = (pdfMode: PublishContext['pdfMode']) => {
    const dist = mkdtempSync(join(tmpdir(), 'esg-dist-'));
    dists.push(dist);
    writeFileSync(join(dist, `${paths.pdf(model.report).slice(1)}.123.partial`), 'half a PDF');
    const warnings: string[] = [];
    const context: PublishContext = { dist, root: '', model, pdfMode, logger: { info: () => undefined, warn: (message) => warnings.push(message) } };
    return { context, warnings, dist };
  };

  it('with none found, warns in one message how to get one, and writes no PDF', async () => {
    process.env.CHROME_PATH = '/nonexistent/chrome';
    const { context, warnings, dist } = contextWith('optional');
    await pdfStep.run(context);
    expect(context.pdfs).toBeUndefined();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^No Chromium was found: run `npm install` .* set CHROME_PATH .*download links point at \/print\/\.$/);
    expect(readdirSync(dist)).toEqual([]);
  });

  it('with none found and the PDF required, fails the build', async () => {
    process.env.CHROME_PATH = '/nonexistent/chrome';
    const { context } = contextWith('required');
    await expect(pdfStep.run(context)).rejects.toThrow(/^No Chromium was found/);
  });

  it('with a browser that fails to start, fails with the reason and leaves no PDF, partial or whole', async () => {
    process.env.CHROME_PATH = '/bin/false';
    const { context, dist } = contextWith('optional');
    await expect(pdfStep.run(context)).rejects.toThrow(/^The PDF was not made: /);
    expect(readdirSync(dist)).toEqual([]);
    expect(existsSync(join(dist, paths.pdf(model.report)))).toBe(false);
  });
});

describe('runPublishSteps', () => {
  const context: PublishContext = { dist: '', root: '', model, pdfMode: 'skip', logger: { info: () => undefined, warn: () => undefined } };
  /** A step that records when it starts and ends, and ends when `release` is called (or at once). */
  const recorder = () => {
    const events: string[] = [];
    const releases = new Map<string, () => void>();
    const step = (name: string, pages?: PublishStep['pages'], { waits = false, fails = false } = {}): PublishStep => ({
      name,
      pages,
      async run() {
        events.push(`${name} start`);
        if (waits) await new Promise<void>((resolve) => releases.set(name, resolve));
        events.push(`${name} end`);
        if (fails) throw new Error(`${name} failed`);
      },
    });
    const release = async (name: string) => {
      while (!releases.has(name)) await new Promise((resolve) => setTimeout(resolve, 1));
      releases.get(name)!();
    };
    return { events, step, release };
  };

  it('runs a step that only reads pages beside the steps after it, and a step that writes pages after it', async () => {
    const { events, step, release } = recorder();
    const run = runPublishSteps([step('index', 'read', { waits: true }), step('pdf'), step('data'), step('links', 'write')], context);
    // The steps after the reading one run while it is still running; the writing one waits for it.
    while (!events.includes('data end')) await new Promise((resolve) => setTimeout(resolve, 1));
    expect(events).toEqual(['index start', 'pdf start', 'pdf end', 'data start', 'data end']);
    await release('index');
    await run;
    expect(events).toEqual(['index start', 'pdf start', 'pdf end', 'data start', 'data end', 'index end', 'links start', 'links end']);
  });

  it('fails with the reading step\'s error, and runs no step that writes pages after it', async () => {
    const { events, step } = recorder();
    await expect(runPublishSteps([step('index', 'read', { fails: true }), step('data'), step('links', 'write')], context)).rejects.toThrow('index failed');
    expect(events).toEqual(['index start', 'index end', 'data start', 'data end']);
  });

  it('when a step fails, waits for the reading step still running before failing the build', async () => {
    const { events, step, release } = recorder();
    const run = runPublishSteps([step('index', 'read', { waits: true }), step('data', undefined, { fails: true }), step('links', 'write')], context);
    let settled = false;
    const outcome = run.then(
      () => 'resolved',
      (error: Error) => error.message,
    );
    void outcome.then(() => (settled = true));
    while (!events.includes('data end')) await new Promise((resolve) => setTimeout(resolve, 1));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(settled).toBe(false);
    await release('index');
    expect(await outcome).toBe('data failed');
    expect(events).toEqual(['index start', 'data start', 'data end', 'index end']);
  });

  it('runs the build\'s search index beside the PDF and the data outputs, rewrites the PDF links after it, then cuts the covers\' font', () => {
    expect(PUBLISH_STEPS.map((step) => [step.name, step.pages])).toEqual([
      ['search index', 'read'],
      ['pdf', undefined],
      ['data outputs', undefined],
      ['download links', 'write'],
      ['cover font', undefined],
    ]);
  });

  it('with no step that reads pages, runs the steps one after another', async () => {
    const { events, step } = recorder();
    await runPublishSteps([step('pdf'), step('links', 'write'), step('data')], context);
    expect(events).toEqual(['pdf start', 'pdf end', 'links start', 'links end', 'data start', 'data end']);
  });
});
