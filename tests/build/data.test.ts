/** /data/: the files of data/ byte for byte, JSON versions, and a datapackage.json that matches the CSV headers. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../support/data.ts';
import { formatFileSize } from '../../src/lib/format.ts';
import { DIST, ROOT, elements, readSite } from '../support/site.ts';

const dataFiles = readdirSync(join(ROOT, 'data')).filter((file) => /\.(csv|json)$/.test(file));
const published = (name: string) => readFileSync(join(DIST, 'data', name));

describe('/data/', () => {
  it('publishes every file of data/ byte for byte', () => {
    expect(dataFiles.length).toBeGreaterThanOrEqual(8);
    for (const file of dataFiles) expect(published(file).equals(readFileSync(join(ROOT, 'data', file))), file).toBe(true);
  });

  it('publishes each table as JSON with one object per CSV row', () => {
    for (const file of dataFiles.filter((name) => name.endsWith('.csv'))) {
      const rows = JSON.parse(published(file.replace(/\.csv$/, '.json')).toString('utf8'));
      expect(rows, file).toHaveLength(readCsv(`data/${file}`).length);
    }
  });

  it('describes every CSV in datapackage.json with fields equal to its header, and valid keys', () => {
    const descriptor = JSON.parse(published('datapackage.json').toString('utf8'));
    expect(descriptor.profile).toBe('data-package');
    const tables = descriptor.resources.filter((resource: { format: string }) => resource.format === 'csv');
    const csvFiles = dataFiles.filter((file) => file.endsWith('.csv'));
    expect(tables.map((resource: { path: string }) => resource.path).sort()).toEqual(csvFiles.sort());
    const names = new Set(descriptor.resources.map((resource: { name: string }) => resource.name));
    const types = new Set(['string', 'number', 'integer', 'boolean', 'date', 'year', 'datetime', 'object', 'array']);
    for (const resource of tables) {
      const header = readFileSync(join(ROOT, 'data', resource.path), 'utf8').split('\n')[0]!.split(',');
      const fields: { name: string; type: string; description: string }[] = resource.schema.fields;
      expect(fields.map((field) => field.name), resource.path).toEqual(header);
      for (const field of fields) {
        expect(types.has(field.type), `${resource.path} ${field.name}`).toBe(true);
        expect(field.description.length, `${resource.path} ${field.name}`).toBeGreaterThan(10);
      }
      for (const key of resource.schema.primaryKey) expect(header).toContain(key);
      expect(resource.schema.foreignKeys ?? ['none'], resource.path).not.toEqual([]);
      for (const foreign of resource.schema.foreignKeys ?? []) {
        for (const field of foreign.fields) expect(header).toContain(field);
        const target = foreign.reference.resource === '' ? resource : tables.find((item: { name: string }) => item.name === foreign.reference.resource);
        expect(names.has(target?.name), JSON.stringify(foreign)).toBe(true);
        for (const field of foreign.reference.fields) expect(target.schema.fields.map((item: { name: string }) => item.name)).toContain(field);
      }
    }
  });

  it('links every file, says what it is and its size, and carries a schema.org Dataset', () => {
    const page = readSite().find((item) => item.path === '/data/')!;
    const links = elements(page, 'main a[download]');
    const hrefs = links.map((link) => String(link.properties.href));
    for (const file of [...dataFiles, 'datapackage.json']) expect(hrefs).toContain(`/data/${file}`);
    const html = readFileSync(page.file, 'utf8');
    // The size as the PDF links write sizes (decimal kB: src/lib/format.ts formatFileSize), of the file as kept.
    const bytes = statSync(join(ROOT, 'data', 'values.csv')).size;
    expect(html).toContain(`values.csv</a> <span class="file-size">(CSV, ${formatFileSize(bytes)})</span>`);
    expect(formatFileSize(bytes)).toMatch(/^\d+(\.\d)? kB$/);
    const jsonLd = elements(page, 'script[type="application/ld+json"]');
    expect(jsonLd).toHaveLength(1);
    const dataset = JSON.parse((jsonLd[0]!.children[0] as { value: string }).value);
    expect(dataset['@type']).toBe('Dataset');
    // data/report.json sets no siteUrl: no URL rather than a relative one.
    expect(dataset.distribution).toBeUndefined();
    expect(JSON.stringify(dataset)).not.toMatch(/"\/data\//);
  });
});
