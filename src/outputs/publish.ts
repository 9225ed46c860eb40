/**
 * The post-build step for the data outputs: writes the data books (one per published language) and the evidence
 * pack into dist/data/. Runs after the pages (and after the PDFs, when there are), since the pack holds the PDFs
 * and each data book gives its edition's PDF pages. A thin shell: reading the inputs and writing the files; the outputs themselves are pure.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildInfo } from '../lib/build-info.ts';
import { dataDownloads } from '../lib/downloads.ts';
import { dataBookName, evidencePackName } from '../lib/paths.ts';
import { loadProject } from '../validation/validate.ts';
import { modelFromProject } from '../model/from-project.ts';
import type { PublishStep } from '../publish/steps.ts';
import type { PdfResult } from '../publish/pdf.ts';
import { DEFAULT_LANGUAGE, LANGUAGES, publishedLanguages, type Language } from '../i18n/index.ts';
import { stampOf, type OutputContext, type PdfEdition } from './context.ts';
import { dataBook } from './data-book.ts';
import { evidencePack, type PackFile } from './evidence-pack.ts';
import { validationChecks, validationReportJson, validationReportText } from './validation-report.ts';

/** The editors' record of corrections made transcribing the source, when the report keeps one. */
export const TRANSCRIPTION_NOTES = 'docs/transcription-notes.md';

/** Every file under `directory` (relative to `root`, forward slashes), sorted. */
function filesUnder(root: string, directory: string): string[] {
  const path = join(root, directory);
  if (!existsSync(path)) return [];
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

export interface DataOutputs {
  /** One data book per published language, default language first. */
  dataBooks: { language: Language; name: string; bytes: Uint8Array }[];
  evidencePack: { name: string; bytes: Uint8Array };
}

/** The PDF of each edition the build made, by language. */
export type PdfEditions = Partial<Record<Language, PdfEdition>>;

/**
 * Make the data books (one per published language, each with its edition's PDF pages) and the one evidence pack
 * (every data book and PDF, the data files and the validation report) of the report at `root` (already
 * validated by the build).
 */
export async function makeDataOutputs(root: string, pdfs: PdfEditions = {}): Promise<DataOutputs> {
  const project = loadProject(root);
  const model = modelFromProject(project);
  const build = buildInfo(root);
  const { report } = model;
  const encoder = new TextEncoder();

  const dataFiles = filesUnder(root, 'data');
  const raw = new Map(dataFiles.map((file) => [file, readFileSync(join(root, file))]));
  const checks = validationChecks(project, model, new Map([...raw].map(([file, bytes]) => [file, bytes.toString('utf8')])));
  const languages = publishedLanguages(report);
  const books: DataOutputs['dataBooks'] = [];
  for (const language of languages) {
    const context: OutputContext = { model, build, pdf: pdfs[language] };
    books.push({ language, name: dataBookName(report, language), bytes: await dataBook(context, checks, language) });
  }

  const meta = { title: `${report.issuer}: ${report.title}`, commit: build.commit, date: build.date };
  const edition = (language: Language) => (language === DEFAULT_LANGUAGE ? '' : ` (${LANGUAGES[language].label})`);
  const files: PackFile[] = [
    ...dataFiles.map((file) => ({ path: file, bytes: new Uint8Array(raw.get(file)!), role: 'data file, as kept in the report repository' })),
    { path: 'datapackage.json', bytes: dataDownloads(root).find((download) => download.name === 'datapackage.json')!.body, role: 'Frictionless data package descriptor' },
    ...books.map((book) => ({ path: book.name, bytes: book.bytes, role: `Excel data book${edition(book.language)}` })),
    { path: 'validation-report.json', bytes: encoder.encode(validationReportJson(checks, meta)), role: 'every check the build ran, with inputs and result (JSON)' },
    { path: 'validation-report.md', bytes: encoder.encode(validationReportText(checks, meta)), role: 'every check the build ran, with inputs and result (readable)' },
  ];
  const absent: { path: string; reason: string }[] = [];
  for (const language of languages) {
    const pdf = pdfs[language];
    if (pdf) files.push({ path: pdf.path.replace(/^\//, ''), bytes: pdf.bytes, role: `the report as PDF${edition(language)}` });
    else absent.push({ path: `PDF${edition(language)}`, reason: 'the PDF was not built with this edition' });
  }
  if (existsSync(join(root, TRANSCRIPTION_NOTES)))
    files.push({ path: TRANSCRIPTION_NOTES, bytes: new Uint8Array(readFileSync(join(root, TRANSCRIPTION_NOTES))), role: 'transcription and editorial notes' });
  else absent.push({ path: TRANSCRIPTION_NOTES, reason: 'the report keeps no transcription notes' });

  const pack = evidencePack({ issuer: report.issuer, title: report.title, year: report.year, commit: build.commit, modified: build.modified, date: build.date, files, absent }, stampOf(build));
  return { dataBooks: books, evidencePack: { name: evidencePackName(report), bytes: pack } };
}

/** Write the data outputs into `dist` (the build's output folder). Returns what was written, for the log. */
export async function publishDataOutputs(root: string, dist: string, pdfs: PdfEditions = {}): Promise<DataOutputs> {
  const outputs = await makeDataOutputs(root, pdfs);
  mkdirSync(join(dist, 'data'), { recursive: true });
  for (const book of outputs.dataBooks) writeFileSync(join(dist, 'data', book.name), book.bytes);
  writeFileSync(join(dist, 'data', outputs.evidencePack.name), outputs.evidencePack.bytes);
  return outputs;
}

/** The PDF edition the data outputs take from the PDF step's result: its bytes and the page of each section and provision. */
export function pdfEdition(pdf: PdfResult): PdfEdition {
  return {
    path: pdf.url,
    bytes: new Uint8Array(readFileSync(pdf.file)),
    pages: new Map([...Object.entries(pdf.pageOfSection), ...Object.entries(pdf.pageOfProvision)]),
  };
}

/**
 * The publish step (src/publish/steps.ts) that writes the data books and the evidence pack, after the PDF step:
 * the pack holds the PDFs, and each data book's HKEX sheet gives the page of each provision in its edition's PDF.
 */
export const dataOutputsStep: PublishStep = {
  name: 'data outputs',
  async run({ root, dist, pdfs, logger }) {
    const editions: PdfEditions = Object.fromEntries(Object.entries(pdfs ?? {}).map(([language, pdf]) => [language, pdfEdition(pdf)]));
    const outputs = await publishDataOutputs(root, dist, editions);
    for (const output of [...outputs.dataBooks, outputs.evidencePack]) logger.info(`data/${output.name}: ${output.bytes.byteLength} bytes`);
  },
};
