/**
 * Post-build publish steps: programs that run, in order, after Astro has written dist/ (the PDF, then the data
 * book and evidence pack). Each step reads and adds to one small shared context. Run by the integration's
 * `astro:build:done` hook (src/integration.ts); a step that throws fails the build.
 */
import type { Language } from '../i18n/index.ts';
import type { ReportModel } from '../model/types.ts';
import type { PdfResult } from './pdf.ts';

/** How the build treats the PDF: made when a browser is found ("optional"), always ("required"), or never ("skip"). */
export type PdfMode = 'optional' | 'required' | 'skip';

export interface PublishLogger {
  info(message: string): void;
  warn(message: string): void;
}

export interface PublishContext {
  /** Absolute path of the built site (Astro's outDir). */
  dist: string;
  /** Absolute path of the report project (holds content/ and data/). */
  root: string;
  /** The validated report model (the same one the pages were built from). */
  model: ReportModel;
  logger: PublishLogger;
  pdfMode: PdfMode;
  /** Set by the PDF step when it wrote the PDFs: one per published language; undefined when skipped or no browser was found. */
  pdfs?: Partial<Record<Language, PdfResult>>;
}

export interface PublishStep {
  name: string;
  run(context: PublishContext): Promise<void>;
}

/**
 * The PDF mode from the command line and the environment: `ESG_PDF=skip` skips it (fixture builds in tests);
 * `--require-pdf`, `ESG_PDF=require` or `CI=true` make a missing browser an error; otherwise it is optional.
 */
export function pdfModeOf(env: NodeJS.ProcessEnv = process.env, argv: string[] = process.argv): PdfMode {
  if (env.ESG_PDF === 'skip') return 'skip';
  if (argv.includes('--require-pdf') || env.ESG_PDF === 'require' || env.CI === 'true' || env.CI === '1') return 'required';
  return 'optional';
}

/** Runs the steps in order, each with the same context; stops at the first that throws. */
export async function runPublishSteps(steps: PublishStep[], context: PublishContext): Promise<PublishContext> {
  for (const step of steps) await step.run(context);
  return context;
}
