/**
 * The whole validation of a report: every file against its schema (loaders/project.ts), then the checks between
 * files, with errors that depend on an unusable file or row left out and counted on their root cause. The build's
 * early check, the content-layer loaders, `npm run check` and the tests all call this, so they agree on what is valid.
 */
import { readProject, type ProjectData } from '../loaders/project.ts';
import { type DataError, ReportValidationError } from '../loaders/errors.ts';
import { checkReferences } from './references.ts';

/** Read and validate everything; returns the data and every error of the run (empty when valid), root causes first. */
export function validateProject(root: string): { data: ProjectData; errors: DataError[] } {
  const { data, errors } = readProject(root);
  if (data.report) errors.push(...checkReferences(data));
  return { data, errors: data.causes.annotate(errors) };
}

type Validated = { data: ProjectData; errors: DataError[] };

/**
 * One cache per process, shared by every copy of this module: Astro loads the integration (with the config),
 * the content loaders and the prerendered pages through separate module graphs, and each copy would otherwise
 * read and validate the whole report again.
 */
const CACHE = Symbol.for('esg-report-site.project');
const cache = ((globalThis as Record<symbol, unknown>)[CACHE] ??= new Map()) as Map<string, Validated>;

/** validateProject, cached per root for one process (one build); `fresh` reads the files again (after an edit in dev). */
export function validateProjectOnce(root: string, { fresh = false } = {}): Validated {
  const cached = cache.get(root);
  if (cached && !fresh) return cached;
  const result = validateProject(root);
  cache.set(root, result);
  return result;
}

/** validateProjectOnce, throwing every error at once. @throws ReportValidationError */
export function loadProject(root: string, { fresh = false } = {}): ProjectData {
  const { data, errors } = validateProjectOnce(root, { fresh });
  if (errors.length > 0) throw new ReportValidationError(errors);
  return data;
}
