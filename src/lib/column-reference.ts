/** The editors' column reference for data/*.csv, generated from the schemas (see docs/data-columns.md). */
import { TABLES, type TableName } from '../loaders/tables.ts';
import { tableSchema } from './datapackage.ts';

const escape = (text: string) => text.replace(/\|/g, '\\|');

export function columnReference(): string {
  const sections = (Object.keys(TABLES) as TableName[]).map((table) => {
    const spec = TABLES[table];
    const schema = tableSchema(table);
    const rows = schema.fields.map((field) => {
      const rules = [
        field.constraints?.required ? 'required' : 'optional',
        field.constraints?.enum ? `one of: ${field.constraints.enum.map((word) => `\`${word}\``).join(', ')}` : '',
      ].filter(Boolean);
      return `| \`${field.name}\` | ${field.type} | ${rules.join('; ')} | ${escape(field.description)} |`;
    });
    const keys = [`Primary key: ${spec.primaryKey.map((key) => `\`${key}\``).join(' + ')}.`];
    for (const foreign of spec.foreignKeys)
      keys.push(`\`${foreign.fields.join(', ')}\` refers to \`${foreign.reference.fields.join(', ')}\` of ${foreign.reference.resource}.`);
    return [`## \`${spec.file}\`: ${spec.title}`, '', keys.join(' '), '', '| Column | Type | Rules | Meaning |', '|---|---|---|---|', ...rows, ''].join('\n');
  });
  return [
    '# Data columns',
    '',
    'Generated from the zod schemas in `src/schemas/` by `npm run docs`; a test fails when this file is out of date.',
    'Every CSV is UTF-8 with one header row holding exactly these columns, in this order. Numbers are plain decimals',
    '(`1701.13`, never `1,701.13`) with the decimals the report prints. `data/report.json` is described in `src/schemas/report.ts`.',
    '',
    ...sections,
  ].join('\n');
}
