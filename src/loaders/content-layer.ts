/**
 * Astro content-layer loaders for the validated project: one collection per CSV table, the report metadata,
 * and an index of the MDX sections (headings and component usage). The first collection to load reads and
 * validates everything (see project.ts), so a run reports every error of every file together and no
 * collection ever holds unvalidated rows. In `astro dev` each collection refills when data/ or content/ changes.
 */
import type { Loader } from 'astro/loaders';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_DIR, DATA_FILES, reportRoot } from './files.ts';
import { loadProject, type ValidatedProject } from '../validation/validate.ts';
import { ReportValidationError } from './errors.ts';
import { setDevFailure } from './dev-errors.ts';
import { TABLES, type TableName } from './tables.ts';
import type { LocatedRow } from './csv.ts';

/** Every collection's watcher sees the same change: log each validation failure once, not once per collection. */
let lastLogged = '';

function projectLoader(name: string, entries: (project: ValidatedProject) => { id: string; data: Record<string, unknown> }[]): Loader {
  return {
    name,
    load: async ({ store, watcher, logger }) => {
      const root = reportRoot();
      /** Fill the store: from the cached project, or (for a change) from one validation shared by every collection. */
      const fill = (change?: string) => {
        const project = change === undefined ? loadProject(root) : projectAfter(root, change);
        store.clear();
        for (const entry of entries(project)) store.set(entry);
      };
      /** In dev, a failure is kept for the browser (src/middleware.ts) and logged once, under the report's name. */
      const report = (error: unknown) => {
        if (!(error instanceof ReportValidationError)) throw error;
        setDevFailure(error);
        if (error.message !== lastLogged) reportLogger(logger).error(error.message);
        lastLogged = error.message;
      };
      try {
        fill();
        setDevFailure(undefined);
      } catch (error) {
        // A build has already stopped in src/integration.ts; `astro dev` starts, and shows the errors in the browser.
        if (!watcher) throw error;
        report(error);
      }
      const dataFiles = Object.values(DATA_FILES).map((file) => join(root, file));
      const contentDir = join(root, CONTENT_DIR);
      watcher?.add([...dataFiles, contentDir]);
      watcher?.on('all', (_event, changed) => {
        if (!dataFiles.includes(changed) && !changed.startsWith(`${contentDir}/`)) return;
        try {
          fill(changeKey(changed));
          setDevFailure(undefined);
          lastLogged = '';
        } catch (error) {
          report(error);
        }
      });
    },
  };
}

/**
 * Every collection's watcher sees the same change; the first one validates, the others reuse its outcome, so an edit
 * costs one validation, not one per collection. A change is a path and its modification time.
 */
let lastChange: { key: string; outcome: ValidatedProject | ReportValidationError } | undefined;

function changeKey(path: string): string {
  let time = Date.now();
  try {
    time = statSync(path).mtimeMs;
  } catch {
    // a deleted file: every collection sees the deletion within the same moment
  }
  return `${path}\u0000${time}`;
}

function projectAfter(root: string, key: string): ValidatedProject {
  if (lastChange?.key !== key) {
    try {
      lastChange = { key, outcome: loadProject(root, { fresh: true }) };
    } catch (error) {
      if (!(error instanceof ReportValidationError)) throw error;
      lastChange = { key, outcome: error };
    }
  }
  if (lastChange.outcome instanceof ReportValidationError) throw lastChange.outcome;
  return lastChange.outcome;
}

/** Errors are the report's, not one collection's: log them under "report", not "[section-index]". */
const reportLogger = (logger: { fork?: (label: string) => { error: (message: string) => void }; error: (message: string) => void }) =>
  logger.fork ? logger.fork('report') : logger;

/**
 * A collection holding one table of the registry (loaders/tables.ts); entries are keyed by the table's primary key
 * (values joined by "/"), and rows keep their CSV order in `order` and their place in `line` and `raw`.
 */
export function csvTableLoader<K extends TableName>(table: K): Loader {
  return projectLoader(`csv-table:${table}`, (project) =>
    (project[table] as LocatedRow<Record<string, unknown>>[]).map((row, index) => ({
      id: TABLES[table].primaryKey.map((column) => String(row.data[column])).join('/'),
      data: { ...row.data, order: index, line: row.line, raw: row.raw },
    })),
  );
}

/** Report metadata as a one-entry collection. */
export function reportLoader(): Loader {
  return projectLoader('report-metadata', (project) => [{ id: 'report', data: project.report as unknown as Record<string, unknown> }]);
}

/** The consistency rules' results (validation/consistency.ts) as a one-entry collection, computed once per build. */
export function qualityLoader(): Loader {
  return projectLoader('data-quality', (project) => [{ id: 'quality', data: project.quality as unknown as Record<string, unknown> }]);
}

/**
 * What the build needs to know about each MDX file without rendering it: frontmatter, headings, components.
 * Translated sections (content/<language>/…) are entries too, keyed "<language>/<id>", with their language and the
 * title and summary of their frontmatter: one collection, so it is never empty (Astro warns about an empty one).
 */
export function sectionIndexLoader(): Loader {
  return projectLoader('section-index', (project) => [
    ...project.sections.map((section, index) => ({
      id: section.id,
      data: {
        id: section.id,
        chapter: section.chapter,
        section: section.section,
        frontmatter: section.frontmatter,
        headings: section.headings.map(({ depth, text, slug }) => ({ depth, text, slug })),
        components: section.components.map(({ name, attributes }) => ({ name, attributes })),
        order: index,
      },
    })),
    ...project.translatedSections
      .filter((section) => section.frontmatter !== undefined)
      .map((section, index) => ({
        id: `${section.language}/${section.id}`,
        data: { id: section.id, language: section.language, title: section.frontmatter!.title, summary: section.frontmatter!.summary, order: index },
      })),
  ]);
}
