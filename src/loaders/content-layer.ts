/**
 * Astro content-layer loaders for the validated project: one collection per CSV table, the report metadata,
 * and an index of the MDX sections (headings and component usage). The first collection to load reads and
 * validates everything (see project.ts), so a run reports every error of every file together and no
 * collection ever holds unvalidated rows. In `astro dev` each collection refills when data/ or content/ changes.
 */
import type { Loader } from 'astro/loaders';
import { join } from 'node:path';
import { CONTENT_DIR, DATA_FILES, reportRoot } from './files.ts';
import { loadProject, type ProjectData } from './project.ts';
import type { TableName } from './tables.ts';

/** Every collection's watcher sees the same change: log each validation failure once, not once per collection. */
let lastLogged = '';

function projectLoader(name: string, entries: (project: ProjectData) => { id: string; data: Record<string, unknown> }[]): Loader {
  return {
    name,
    load: async ({ store, watcher, logger }) => {
      const root = reportRoot();
      const fill = (fresh: boolean) => {
        const project = loadProject(root, { fresh });
        store.clear();
        for (const entry of entries(project)) store.set(entry);
      };
      fill(false);
      const dataFiles = Object.values(DATA_FILES).map((file) => join(root, file));
      const contentDir = join(root, CONTENT_DIR);
      watcher?.add([...dataFiles, contentDir]);
      watcher?.on('change', (changed) => {
        if (!dataFiles.includes(changed) && !changed.startsWith(`${contentDir}/`)) return;
        try {
          fill(true);
          lastLogged = '';
        } catch (error) {
          const message = (error as Error).message;
          if (message !== lastLogged) logger.error(message);
          lastLogged = message;
        }
      });
    },
  };
}

/** A collection holding one CSV table; entries are keyed by `key(row)`, rows keep their CSV order in `order`. */
export function csvTableLoader<K extends TableName>(table: K, key: (row: ProjectData[K][number]['data'], index: number) => string): Loader {
  return projectLoader(`csv-table:${table}`, (project) =>
    project[table].map((row, index) => ({
      id: key(row.data as ProjectData[K][number]['data'], index),
      data: { ...(row.data as Record<string, unknown>), order: index, line: row.line, raw: row.raw },
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

/** What the build needs to know about each MDX file without rendering it: frontmatter, headings, components. */
export function sectionIndexLoader(): Loader {
  return projectLoader('section-index', (project) =>
    project.sections.map((section, index) => ({
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
  );
}
