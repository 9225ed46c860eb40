/**
 * The CSV tables of a report: file, schema, keys. One registry, so the loader, the uniqueness checks and the
 * published datapackage.json all describe the same tables.
 */
import type { z } from 'astro/zod';
import { indicatorSchema } from '../schemas/indicator.ts';
import { mappingSchema } from '../schemas/mapping.ts';
import { provisionSchema } from '../schemas/provision.ts';
import { ruleColumns, ruleExceptionSchema, ruleRowSchema } from '../schemas/rule.ts';
import { boardMemberSchema, highlightSchema, stakeholderSchema } from '../schemas/tables.ts';
import { valueColumns, valueRowSchema } from '../schemas/value.ts';
import { DATA_FILES } from './files.ts';

export interface TableSpec {
  file: string;
  title: string;
  /** The columns, each a described cell schema (see schemas/cells.ts). */
  columns: z.ZodObject;
  /** The row schema: the columns plus checks between them. */
  row: z.ZodType<Record<string, unknown>, Record<string, string>>;
  primaryKey: string[];
  /** How a duplicate key is named in messages. */
  keyName: string;
  foreignKeys: { fields: string[]; reference: { resource: string; fields: string[] } }[];
}

export const TABLES = {
  indicators: {
    file: DATA_FILES.indicators,
    title: 'Indicator registry',
    columns: indicatorSchema,
    row: indicatorSchema,
    primaryKey: ['id'],
    keyName: 'indicator id',
    foreignKeys: [{ fields: ['parent'], reference: { resource: 'indicators', fields: ['id'] } }],
  },
  values: {
    file: DATA_FILES.values,
    title: 'Indicator values by year',
    columns: valueColumns,
    row: valueRowSchema,
    primaryKey: ['indicator', 'year'],
    keyName: 'value for indicator and year',
    foreignKeys: [{ fields: ['indicator'], reference: { resource: 'indicators', fields: ['id'] } }],
  },
  highlights: {
    file: DATA_FILES.highlights,
    title: 'Highlight figures',
    columns: highlightSchema,
    row: highlightSchema,
    primaryKey: ['id'],
    keyName: 'highlight id',
    foreignKeys: [],
  },
  boardMembers: {
    file: DATA_FILES.boardMembers,
    title: 'Board members',
    columns: boardMemberSchema,
    row: boardMemberSchema,
    primaryKey: ['name'],
    keyName: 'board member',
    foreignKeys: [],
  },
  stakeholders: {
    file: DATA_FILES.stakeholders,
    title: 'Stakeholder communication',
    columns: stakeholderSchema,
    row: stakeholderSchema,
    primaryKey: ['stakeholder', 'issue'],
    keyName: 'stakeholder and issue',
    foreignKeys: [],
  },
  provisions: {
    file: DATA_FILES.provisions,
    title: 'HKEX ESG Reporting Guide provisions',
    columns: provisionSchema,
    row: provisionSchema,
    primaryKey: ['version', 'code'],
    keyName: 'provision (version and code)',
    foreignKeys: [],
  },
  mapping: {
    file: DATA_FILES.mapping,
    title: 'HKEX ESG Guide mapping of this report',
    columns: mappingSchema,
    row: mappingSchema,
    primaryKey: ['code'],
    keyName: 'provision code',
    foreignKeys: [],
  },
  rules: {
    file: DATA_FILES.rules,
    title: 'Consistency rules',
    columns: ruleColumns,
    row: ruleRowSchema,
    primaryKey: ['id'],
    keyName: 'rule id',
    foreignKeys: [{ fields: ['indicator'], reference: { resource: 'indicators', fields: ['id'] } }],
  },
  ruleExceptions: {
    file: DATA_FILES.ruleExceptions,
    title: 'Recorded exceptions to consistency rules',
    columns: ruleExceptionSchema,
    row: ruleExceptionSchema,
    primaryKey: ['rule', 'indicator', 'year'],
    keyName: 'exception for rule, indicator and year',
    foreignKeys: [],
  },
} as const satisfies Record<string, TableSpec>;

export type TableName = keyof typeof TABLES;

/** Column names of a table, in schema order (the order editors see). */
export const columnsOf = (table: TableName): string[] => Object.keys(TABLES[table].columns.shape);
