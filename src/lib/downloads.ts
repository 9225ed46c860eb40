/**
 * The files /data/ publishes: every file of data/ byte for byte, a JSON version of each table (typed rows),
 * and datapackage.json. One list, so the page's links and sizes and the files written agree.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_FILES, reportRoot } from '../loaders/files.ts';
import { loadProject } from '../validation/validate.ts';
import { TABLES, type TableName } from '../loaders/tables.ts';
import { dataPackage } from './datapackage.ts';

export interface Download {
  /** File name under /data/. */
  name: string;
  title: string;
  mediaType: string;
  body: Uint8Array<ArrayBuffer>;
  /** For tables: the number of data rows. */
  rows?: number;
  /** The source file in data/ it is (or is made from). */
  source: string;
}

const encoder = new TextEncoder();
const json = (value: unknown) => encoder.encode(`${JSON.stringify(value, null, 2)}\n`);
const baseName = (file: string) => file.split('/').pop()!;

/** Made once per loaded project: each /data/<file> route asks for the list, and the JSON of every table is large. */
const made = new WeakMap<object, Download[]>();

export function dataDownloads(root: string = reportRoot()): Download[] {
  const project = loadProject(root);
  const known = made.get(project);
  if (known) return known;
  const downloads: Download[] = [];
  const tables = (Object.keys(TABLES) as TableName[]).filter((table) => !project.absent.has(table));
  for (const table of tables) {
    const { file, title } = TABLES[table];
    if ((TABLES[table] as { optional?: boolean }).optional && !existsSync(join(root, file))) continue;
    const rows = project[table] as { data: unknown }[];
    downloads.push({ name: baseName(file), title, mediaType: 'text/csv', body: new Uint8Array(readFileSync(join(root, file))), rows: rows.length, source: file });
    downloads.push({
      name: baseName(file).replace(/\.csv$/, '.json'),
      title: `${title} (JSON)`,
      mediaType: 'application/json',
      body: json(rows.map((row) => row.data)),
      rows: rows.length,
      source: file,
    });
  }
  downloads.push({
    name: baseName(DATA_FILES.report),
    title: 'Report metadata',
    mediaType: 'application/json',
    body: new Uint8Array(readFileSync(join(root, DATA_FILES.report))),
    source: DATA_FILES.report,
  });
  downloads.push({ name: 'datapackage.json', title: 'Data package descriptor', mediaType: 'application/json', body: json(dataPackage(project.report, tables)), source: 'src/schemas' });
  made.set(project, downloads);
  return downloads;
}

/**
 * The route of the /data/ files with one extension (".csv" or ".json"): its static paths ({ name: "values" } for
 * /data/values.csv) and its response, the file's bytes with its media type. One route per extension, with the
 * extension in the route's name (src/pages/data/[name].csv.ts): with `trailingSlash: 'always'`, Astro's dev server
 * serves an endpoint without one only at ".../", and the dev server then answered /data/values.csv from the
 * repository's own data/ folder (whatever report ESG_REPORT_DIR named) and /data/values.json not at all.
 */
export function downloadRoute(extension: '.csv' | '.json') {
  const named = (name: string | undefined) => dataDownloads().find((item) => item.name === `${name}${extension}`);
  return {
    paths: () => dataDownloads().filter((item) => item.name.endsWith(extension)).map((item) => ({ params: { name: item.name.slice(0, -extension.length) } })),
    response: (name: string | undefined): Response => {
      const download = named(name);
      if (!download) return new Response(null, { status: 404 });
      const type = download.mediaType.startsWith('text/') ? `${download.mediaType}; charset=utf-8` : download.mediaType;
      return new Response(download.body, { headers: { 'Content-Type': type } });
    },
  };
}

