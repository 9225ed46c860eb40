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
import {
  indicatorTranslationSchema,
  provisionTranslationSchema,
  sectionTranslationSchema,
  termTranslationSchema,
} from '../schemas/translation.ts';
import { valueColumns, valueRowSchema } from '../schemas/value.ts';
import { DATA_FILES } from './files.ts';
import { literalNumberSchema } from '../schemas/literal-number.ts';

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
  /**
   * The file may be absent: a report that publishes English only needs no translation tables. When absent the
   * table is empty and is neither downloaded nor listed in datapackage.json.
   */
  optional?: boolean;
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
    optional: true,
  },
  ruleExceptions: {
    file: DATA_FILES.ruleExceptions,
    title: 'Recorded exceptions to consistency rules',
    columns: ruleExceptionSchema,
    row: ruleExceptionSchema,
    primaryKey: ['rule', 'indicator', 'year'],
    keyName: 'exception for rule, indicator and year',
    foreignKeys: [],
    optional: true,
  },
  indicatorTranslations: {
    file: DATA_FILES.indicatorTranslations,
    title: 'Indicator names and definitions in other languages',
    columns: indicatorTranslationSchema,
    row: indicatorTranslationSchema,
    primaryKey: ['indicator', 'language'],
    keyName: 'translation of indicator and language',
    foreignKeys: [{ fields: ['indicator'], reference: { resource: 'indicators', fields: ['id'] } }],
    optional: true,
  },
  provisionTranslations: {
    file: DATA_FILES.provisionTranslations,
    title: 'HKEX ESG Guide provisions in other languages',
    columns: provisionTranslationSchema,
    row: provisionTranslationSchema,
    primaryKey: ['version', 'code', 'language'],
    keyName: 'translation of provision (version and code) and language',
    foreignKeys: [{ fields: ['version', 'code'], reference: { resource: 'hkex-provisions', fields: ['version', 'code'] } }],
    optional: true,
  },
  termTranslations: {
    file: DATA_FILES.termTranslations,
    title: 'Units, topics, areas and aspects in other languages',
    columns: termTranslationSchema,
    row: termTranslationSchema,
    primaryKey: ['kind', 'term', 'language'],
    keyName: 'translation of term (kind and term) and language',
    foreignKeys: [],
    optional: true,
  },
  sectionTranslations: {
    file: DATA_FILES.sectionTranslations,
    title: 'Chapter and section titles in other languages',
    columns: sectionTranslationSchema,
    row: sectionTranslationSchema,
    primaryKey: ['section', 'language'],
    keyName: 'translation of section and language',
    foreignKeys: [],
    optional: true,
  },
  literalNumbers: {
    file: DATA_FILES.literalNumbers,
    title: 'Reviewed numbers in prose that equal a figure but are another quantity',
    columns: literalNumberSchema,
    row: literalNumberSchema,
    primaryKey: ['file', 'number', 'after'],
    keyName: 'reviewed number (file, number and what follows)',
    foreignKeys: [],
    optional: true,
  },
} as const satisfies Record<string, TableSpec>;

export type TableName = keyof typeof TABLES;

/** The typed row of a table, as its row schema outputs it. */
export type TableRow<K extends TableName> = z.output<(typeof TABLES)[K]['row']>;

/** Column names of a table, in schema order (the order editors see). */
export const columnsOf = (table: TableName): string[] => Object.keys(TABLES[table].columns.shape);
