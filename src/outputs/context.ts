/**
 * What the post-build outputs (data book, evidence pack) share: the report model built from the validated project
 * outside Astro, the build's identity, and the PDF when one was built. Pure data: every output is a function of it.
 */
import type { BuildInfo } from '../lib/build-info.ts';
import type { ReportModel } from '../model/types.ts';

/** The PDF edition, when the build made one. */
export interface PdfEdition {
  /** Site path of the PDF ("/report.pdf"). */
  path: string;
  bytes: Uint8Array;
  /** PDF page (1-based) of each heading anchor ("chapter/section#anchor" or "chapter/section") and provision code. */
  pages: Map<string, number>;
}

export interface OutputContext {
  model: ReportModel;
  build: BuildInfo;
  pdf?: PdfEdition;
}

/**
 * The build date as a Date, for file timestamps: the build's date (the commit's, or SOURCE_DATE_EPOCH), or
 * 1980-01-01 (the earliest a zip can hold) when neither is known. Never the clock.
 */
export function stampOf(build: BuildInfo): Date {
  return new Date(build.date ?? '1980-01-01T00:00:00Z');
}
