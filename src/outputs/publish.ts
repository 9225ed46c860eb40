/**
 * The post-build step for the data outputs: writes the data book and the evidence pack into dist/data/.
 * Runs after the pages (and after the PDF, when there is one), since the pack holds the PDF and the data book
 * gives PDF pages. A thin shell: reading the inputs and writing the files; the outputs themselves are pure.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildInfo } from '../lib/build-info.ts';
import { dataDownloads } from '../lib/downloads.ts';
import { dataBookName, evidencePackName } from '../lib/paths.ts';
import { loadProject } from '../validation/validate.ts';
import { modelFromProject } from '../model/from-project.ts';
import type { PublishStep } from '../publish/steps.ts';
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
  dataBook: { name: string; bytes: Uint8Array };
  evidencePack: { name: string; bytes: Uint8Array };
}

/** Make the data book and the evidence pack of the report at `root` (already validated by the build). */
export async function makeDataOutputs(root: string, pdf?: PdfEdition): Promise<DataOutputs> {
  const project = loadProject(root);
  const context: OutputContext = { model: modelFromProject(project), build: buildInfo(root), pdf };
  const { model, build } = context;
  const { report } = model;
  const encoder = new TextEncoder();

  const dataFiles = filesUnder(root, 'data');
  const raw = new Map(dataFiles.map((file) => [file, readFileSync(join(root, file))]));
  const checks = validationChecks(project, model, new Map([...raw].map(([file, bytes]) => [file, bytes.toString('utf8')])));
  const book = { name: dataBookName(report), bytes: await dataBook(context, checks) };

  const meta = { title: `${report.issuer}: ${report.title}`, commit: build.commit, date: build.date };
  const files: PackFile[] = [
    ...dataFiles.map((file) => ({ path: file, bytes: new Uint8Array(raw.get(file)!), role: 'data file, as kept in the report repository' })),
    { path: 'datapackage.json', bytes: dataDownloads(root).find((download) => download.name === 'datapackage.json')!.body, role: 'Frictionless data package descriptor' },
    { path: book.name, bytes: book.bytes, role: 'Excel data book' },
    { path: 'validation-report.json', bytes: encoder.encode(validationReportJson(checks, meta)), role: 'every check the build ran, with inputs and result (JSON)' },
    { path: 'validation-report.md', bytes: encoder.encode(validationReportText(checks, meta)), role: 'every check the build ran, with inputs and result (readable)' },
  ];
  const absent: { path: string; reason: string }[] = [];
  if (pdf) files.push({ path: pdf.path.replace(/^\//, ''), bytes: pdf.bytes, role: 'the report as PDF' });
  else absent.push({ path: 'PDF', reason: 'the PDF was not built with this edition' });
  if (existsSync(join(root, TRANSCRIPTION_NOTES)))
    files.push({ path: TRANSCRIPTION_NOTES, bytes: new Uint8Array(readFileSync(join(root, TRANSCRIPTION_NOTES))), role: 'transcription and editorial notes' });
  else absent.push({ path: TRANSCRIPTION_NOTES, reason: 'the report keeps no transcription notes' });

  const pack = evidencePack({ issuer: report.issuer, title: report.title, year: report.year, commit: build.commit, modified: build.modified, date: build.date, files, absent }, stampOf(build));
  return { dataBook: book, evidencePack: { name: evidencePackName(report), bytes: pack } };
}

/** Write the data outputs into `dist` (the build's output folder). Returns what was written, for the log. */
export async function publishDataOutputs(root: string, dist: string, pdf?: PdfEdition): Promise<DataOutputs> {
  const outputs = await makeDataOutputs(root, pdf);
  mkdirSync(join(dist, 'data'), { recursive: true });
  writeFileSync(join(dist, 'data', outputs.dataBook.name), outputs.dataBook.bytes);
  writeFileSync(join(dist, 'data', outputs.evidencePack.name), outputs.evidencePack.bytes);
  return outputs;
}

/**
 * The publish step (src/publish/steps.ts) that writes the data book and the evidence pack, after the PDF step:
 * the pack holds the PDF, and the data book's HKEX sheet gives the PDF page of each provision.
 */
export const dataOutputsStep: PublishStep = {
  name: 'data outputs',
  async run({ root, dist, pdf, logger }) {
    const edition: PdfEdition | undefined = pdf && {
      path: pdf.url,
      bytes: new Uint8Array(readFileSync(pdf.file)),
      pages: new Map([
        ...Object.entries(pdf.pageOfSection),
        ...Object.entries(pdf.pageOfProvision),
      ]),
    };
    const outputs = await publishDataOutputs(root, dist, edition);
    for (const output of [outputs.dataBook, outputs.evidencePack]) logger.info(`data/${output.name}: ${output.bytes.byteLength} bytes`);
  },
};
