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
  /**
   * What the step does to dist/'s HTML pages. A step that only `read`s them (the search index) runs beside the
   * steps after it, in its own process; a step that `write`s them (the PDF download links) first waits for every
   * reading step before it, so none reads a page half rewritten. Unset: the step neither reads pages while others
   * run nor changes them.
   */
  pages?: 'read' | 'write';
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

/**
 * Runs the steps in order, each with the same context; a step that only reads pages (`pages: 'read'`) runs beside
 * the steps after it, up to the first that writes pages. Stops at the first step that throws, once the steps
 * running beside it have finished (so no step still writes to dist/ when the build reports its failure).
 */
export async function runPublishSteps(steps: PublishStep[], context: PublishContext): Promise<PublishContext> {
  const beside: Promise<void>[] = [];
  try {
    for (const step of steps) {
      if (step.pages === 'read') {
        const running = step.run(context);
        running.catch(() => undefined); // its failure is thrown where it is awaited, below
        beside.push(running);
        continue;
      }
      if (step.pages === 'write') await Promise.all(beside);
      await step.run(context);
    }
    await Promise.all(beside);
  } catch (error) {
    await Promise.allSettled(beside);
    throw error;
  }
  return context;
}
