/**
 * Fixture projects: tests/fixtures/minimal is a complete, valid report of a fictional issuer; every other
 * folder holds only the files that differ from it. makeProject() copies minimal, lays the case on top, and
 * applies any in-test edits, in a fresh folder under .test-projects/ (testFolder).
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ReportValidationError, formatDataError } from '../../src/loaders/errors.ts';
import { validateProject as readProject } from '../../src/validation/validate.ts';
import { ROOT } from './site.ts';

export const FIXTURES = join(ROOT, 'tests', 'fixtures');

/**
 * The tests' fixture projects, in the repository (git ignores it) so that their builds find its packages
 * (tests/support/build.ts copyGenerator). Not under test-results/: Vite's file watcher ignores that folder, and
 * the dev-server test edits files there.
 */
export const FIXTURE_PROJECTS = join(ROOT, '.test-projects');

/** A fresh folder under FIXTURE_PROJECTS. */
export function testFolder(prefix = 'esg-fixture-'): string {
  const parent = FIXTURE_PROJECTS;
  mkdirSync(parent, { recursive: true });
  return mkdtempSync(join(parent, prefix));
}

/** An edit: the new file content (text or bytes, for encodings other than UTF-8) or a function of the old text. */
export type FileEdit = string | Uint8Array | ((text: string) => string | Uint8Array);

/**
 * A fixture project: minimal, then `fixture` laid on top, then `edits`; in a fresh temporary folder, or in
 * `directory` (emptied first). Returns the folder.
 */
export function makeProject(fixture?: string, edits: Record<string, FileEdit> = {}, directory = testFolder()): string {
  rmSync(directory, { recursive: true, force: true });
  cpSync(join(FIXTURES, 'minimal'), directory, { recursive: true });
  if (fixture) cpSync(join(FIXTURES, fixture), directory, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const path = join(directory, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, typeof edit === 'function' ? edit(readFileSync(path, 'utf8')) : edit);
  }
  return directory;
}

/** The formatted errors of a fixture project, as `npm run check` prints them (sorted). */
export function errorsOf(fixture?: string, edits: Parameters<typeof makeProject>[1] = {}): string[] {
  const directory = makeProject(fixture, edits);
  try {
    return readProject(directory)
      .errors.map(formatDataError)
      .sort();
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

/** Validate a fixture project without building: formatted errors and warnings, and the rules' results. */
export function validate(fixture?: string, edits: Parameters<typeof makeProject>[1] = {}) {
  const directory = makeProject(fixture, edits);
  try {
    const { data, errors, warnings } = readProject(directory);
    return {
      errors: errors.map(formatDataError).sort(),
      warnings: warnings.map(formatDataError).sort(),
      quality: data.quality!,
      /** The message `npm run check` and the build print. */
      message: errors.length > 0 ? new ReportValidationError(errors, warnings).message : undefined,
    };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
