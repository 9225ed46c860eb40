/**
 * The whole validation of a report: every file against its schema (loaders/project.ts), then the checks between
 * files, with errors that depend on an unusable file or row left out and counted on their root cause. The build's
 * early check, the content-layer loaders, `npm run check` and the tests all call this, so they agree on what is valid.
 */
import { readProject, type ProjectData } from '../loaders/project.ts';
import { type DataError, ReportValidationError } from '../loaders/errors.ts';
import { checkReferences } from './references.ts';
import { checkConsistency, emptyQuality, type QualityReport } from './consistency.ts';

/** A validated project with the consistency rules' results (validation/consistency.ts), computed once per build. */
export interface ValidatedProject extends ProjectData {
  quality: QualityReport;
}

/**
 * Read and validate everything; returns the data, every error of the run (empty when valid), root causes first,
 * and the warnings (year-on-year changes beyond a rule's threshold with no explanation; they do not stop a build).
 */
export function validateProject(root: string): { data: ValidatedProject; errors: DataError[]; warnings: DataError[] } {
  const { data, errors } = readProject(root);
  const warnings: DataError[] = [];
  const validated = data as ValidatedProject;
  validated.quality = emptyQuality();
  if (data.report) {
    errors.push(...checkReferences(data));
    const consistency = checkConsistency(data);
    validated.quality = consistency.quality;
    errors.push(...consistency.errors);
    warnings.push(...consistency.warnings);
  }
  return { data: validated, errors: data.causes.annotate(errors), warnings };
}

const cache = new Map<string, ValidatedProject>();

/** validateProject, throwing every error at once; cached per root for one process (one build) unless `fresh`. */
export function loadProject(root: string, { fresh = false } = {}): ValidatedProject {
  const cached = cache.get(root);
  if (cached && !fresh) return cached;
  const { data, errors, warnings } = validateProject(root);
  if (errors.length > 0) throw new ReportValidationError(errors, warnings);
  cache.set(root, data);
  return data;
}
