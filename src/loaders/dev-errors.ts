/**
 * The validation failure of the running `astro dev`, shared between the content-layer loaders (which revalidate when
 * data/ or content/ changes) and the request middleware (which shows it in the browser). The loaders and the pages
 * run in one process but in different module graphs, so the state lives on globalThis under a registered symbol.
 */
import type { ReportValidationError } from './errors.ts';

const KEY = Symbol.for('esg-report-site.validation-failure');
type Holder = { [KEY]?: ReportValidationError };

/** Record the current failure (or undefined once the report is valid again). */
export function setDevFailure(failure: ReportValidationError | undefined): void {
  (globalThis as Holder)[KEY] = failure;
}

/** The current failure, if the report does not validate. */
export function devFailure(): ReportValidationError | undefined {
  return (globalThis as Holder)[KEY];
}
