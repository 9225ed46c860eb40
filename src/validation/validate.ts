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

const cache = new Map<string, ProjectData>();

/** validateProject, throwing every error at once; cached per root for one process (one build) unless `fresh`. */
export function loadProject(root: string, { fresh = false } = {}): ProjectData {
  const cached = cache.get(root);
  if (cached && !fresh) return cached;
  const { data, errors } = validateProject(root);
  if (errors.length > 0) throw new ReportValidationError(errors);
  cache.set(root, data);
  return data;
}
