/**
 * Astro content-layer loaders for the CSV tables. Each collection is one table of the validated project:
 * the first collection to load reads and validates everything (see project.ts), so a run reports every
 * error of every file together and no collection ever holds unvalidated rows.
 */
import type { Loader } from 'astro/loaders';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LocatedRow } from './csv.ts';
import { DATA_FILES } from './files.ts';
import { loadProject, type ProjectData } from './project.ts';

/** Every collection's watcher sees the same change: log each validation failure once, not once per collection. */
let lastLogged = '';

type TableKey = 'indicators' | 'values' | 'highlights' | 'boardMembers' | 'stakeholders' | 'provisions' | 'mapping';

/** A collection holding one CSV table; entries are keyed by `key(row)`, rows keep their CSV order in `order`. */
export function csvTableLoader<K extends TableKey>(
  table: K,
  key: (row: ProjectData[K][number]['data'], index: number) => string,
): Loader {
  return {
    name: `csv-table:${table}`,
    load: async ({ store, config, watcher, logger }) => {
      const root = fileURLToPath(config.root);
      const fill = (fresh: boolean) => {
        const project = loadProject(root, { fresh });
        store.clear();
        (project[table] as LocatedRow<Record<string, unknown>>[]).forEach((row, index) => {
          const data = row.data as ProjectData[K][number]['data'];
          store.set({ id: key(data, index), data: { ...row.data, order: index, line: row.line, raw: row.raw } });
        });
      };
      fill(false);
      // In `astro dev`, re-validate when any data file changes.
      watcher?.add(Object.values(DATA_FILES).map((file) => join(root, file)));
      watcher?.on('change', (changed) => {
        if (!Object.values(DATA_FILES).some((file) => join(root, file) === changed)) return;
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

/** Report metadata as a one-entry collection. */
export function reportLoader(): Loader {
  return {
    name: 'report-metadata',
    load: async ({ store, config }) => {
      const project = loadProject(fileURLToPath(config.root));
      store.clear();
      store.set({ id: 'report', data: project.report as unknown as Record<string, unknown> });
    },
  };
}

/** What the build needs to know about each MDX file without rendering it: frontmatter, headings, components. */
export function sectionIndexLoader(): Loader {
  return {
    name: 'section-index',
    load: async ({ store, config }) => {
      const project = loadProject(fileURLToPath(config.root));
      store.clear();
      project.sections.forEach((section, index) => {
        store.set({
          id: section.id,
          data: {
            id: section.id,
            chapter: section.chapter,
            section: section.section,
            frontmatter: section.frontmatter,
            headings: section.headings.map(({ depth, text, slug }) => ({ depth, text, slug })),
            components: section.components.map(({ name, attributes }) => ({ name, attributes })),
            order: index,
          } as unknown as Record<string, unknown>,
        });
      });
    },
  };
}
