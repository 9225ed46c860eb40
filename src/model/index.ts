/**
 * The report model for pages: the same validated read the build's early check made (one per process, see
 * validation/validate.ts) turned into the model by `modelFromProject`, the function the post-build steps use too,
 * so pages, the PDF, the data book and the evidence pack can never be built from two different models.
 * @throws ReportValidationError when the report has errors (in `astro dev` the middleware shows them first).
 */
import { reportRoot } from '../loaders/files.ts';
import { loadReportModel } from './from-project.ts';
import type { ReportModel } from './types.ts';

let model: Promise<ReportModel> | undefined;

export function getReportModel(): Promise<ReportModel> {
  // Built once per build; in `astro dev` per request, so an edit to data/ or content/ (re-read by the content
  // loaders' watcher) shows on reload.
  if (import.meta.env.DEV) model = undefined;
  model ??= Promise.resolve(loadReportModel(reportRoot()));
  return model;
}

export type * from './types.ts';
export type { CellValue, Restatement } from './values.ts';
