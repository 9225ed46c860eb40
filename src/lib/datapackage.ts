/**
 * The Frictionless data package descriptor of data/, generated from the zod schemas' column metadata and
 * the table registry, so it cannot drift from what the loader accepts.
 */
import { columnMeta } from '../schemas/cells.ts';
import { TABLES, columnsOf, type TableName } from '../loaders/tables.ts';
import type { Report } from '../schemas/report.ts';

export interface FieldDescriptor {
  name: string;
  type: string;
  description: string;
  format?: string;
  constraints?: { required?: boolean; enum?: readonly string[]; pattern?: string };
}

const baseName = (file: string) => file.split('/').pop()!;

export function tableSchema(table: TableName) {
  const spec = TABLES[table];
  const fields: FieldDescriptor[] = columnsOf(table).map((name) => {
    const meta = columnMeta(spec.columns.shape[name as keyof typeof spec.columns.shape]);
    if (!meta) throw new Error(`${spec.file}: column ${name} has no description in its schema`);
    const constraints = {
      ...(meta.required ? { required: true } : {}),
      ...(meta.enum ? { enum: meta.enum } : {}),
      ...(meta.pattern ? { pattern: meta.pattern } : {}),
    };
    return {
      name,
      type: meta.type,
      description: meta.description,
      ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
    };
  });
  return {
    fields,
    missingValues: [''],
    primaryKey: spec.primaryKey,
    // The Table Schema profile requires at least one item when foreignKeys is present: leave it out when there is none.
    ...(spec.foreignKeys.length > 0
      ? {
          foreignKeys: spec.foreignKeys.map((key) => ({
            fields: key.fields,
            // Frictionless names the resource itself with "".
            reference: { resource: key.reference.resource === table ? '' : key.reference.resource, fields: key.reference.fields },
          })),
        }
      : {}),
  };
}

/**
 * The descriptor (Frictionless Data Package v1: tabular resources for the CSV tables, a plain one for report.json)
 * of `tables` (all of them unless given: an optional table whose file is absent is left out). Resource paths are
 * relative to the descriptor, as the spec wants; the one URL that leaves the package, `homepage`, is the site's
 * address and is left out when `siteUrl` is unset. Licence, sources and contributors come from data/report.json,
 * never guessed.
 */
export function dataPackage(report: Report, tables: TableName[] = Object.keys(TABLES) as TableName[]) {
  return {
    // "data-package", not "tabular-data-package": the report metadata (report.json) is a resource too, and not a table.
    profile: 'data-package',
    name: `${report.issuer} ${report.title}`.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, ''),
    title: `${report.issuer}: ${report.title} — data`,
    description: `The tables behind ${report.issuer}'s ${report.title}, for ${report.period.start} to ${report.period.end}. Values are in the unit given for their indicator in indicators.csv.`,
    ...(report.siteUrl ? { homepage: report.siteUrl } : {}),
    ...(report.license ? { licenses: [report.license] } : {}),
    ...(report.sources.length > 0 ? { sources: report.sources } : {}),
    ...(report.contributors.length > 0 ? { contributors: report.contributors } : {}),
    resources: [
      ...tables.map((table) => ({
        profile: 'tabular-data-resource',
        name: baseName(TABLES[table].file).replace(/\.csv$/, ''),
        path: baseName(TABLES[table].file),
        title: TABLES[table].title,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        dialect: { delimiter: ',', doubleQuote: true, header: true },
        schema: tableSchema(table),
      })),
      { profile: 'data-resource', name: 'report', path: 'report.json', title: 'Report metadata', format: 'json', mediatype: 'application/json', encoding: 'utf-8' },
    ],
  };
}
