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

type Validated = { data: ValidatedProject; errors: DataError[]; warnings: DataError[] };

/**
 * Read and validate everything; returns the data, every error of the run (empty when valid), root causes first,
 * and the warnings (year-on-year changes beyond a rule's threshold with no explanation; they do not stop a build).
 */
export function validateProject(root: string): Validated {
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

/** validateProjectOnce, throwing every error at once (and the warnings after them). @throws ReportValidationError */
export function loadProject(root: string, { fresh = false } = {}): ValidatedProject {
  const { data, errors, warnings } = validateProjectOnce(root, { fresh });
  if (errors.length > 0) throw new ReportValidationError(errors, warnings);
  return data;
}
