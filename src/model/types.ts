/** The joined, validated report that pages and components read. Built once per build by build.ts. */
import type { Indicator } from '../schemas/indicator.ts';
import type { MappingRow } from '../schemas/mapping.ts';
import type { Provision } from '../schemas/provision.ts';
import type { Report } from '../schemas/report.ts';
import type { SectionFrontmatter } from '../schemas/section.ts';
import type { BoardMember, Highlight, StakeholderRow } from '../schemas/tables.ts';
import type { ValueRow } from '../schemas/value.ts';
import type { CellValue, Restatement } from './values.ts';
import type { DerivedYear } from './derived.ts';
import type { Check, QualityReport, Rule } from '../validation/consistency.ts';
import type { Language } from '../i18n/index.ts';
import type { IndicatorWords, ProvisionWords, SectionWords, TranslationTables } from './words.ts';

/** What the model is built from: plain rows, in file order (as the loaders return them). */
export interface ReportTables {
  report: Report;
  indicators: Indicator[];
  /** `raw` is the row's exact text in data/values.csv, for byte-exact downloads. */
  values: (ValueRow & { raw?: string })[];
  highlights: Highlight[];
  boardMembers: BoardMember[];
  stakeholders: StakeholderRow[];
  provisions: Provision[];
  mapping: MappingRow[];
  sections: SectionInput[];
  /** The consistency rules' results, from validation (plain data); absent: no rules were run (no rules, zero counts). */
  quality?: QualityReport;
  /** Words in other languages (absent: English only). */
  translations?: TranslationTables;
}

export interface SectionInput {
  id: string;
  chapter: string;
  section: string | undefined;
  frontmatter: SectionFrontmatter;
  headings: { depth: number; text: string; slug: string }[];
  components: { name: string; attributes: Record<string, unknown> }[];
}

export interface SectionModel {
  /** "chapter" for a chapter introduction, "chapter/section" for a section. */
  id: string;
  chapterId: string;
  isChapter: boolean;
  title: string;
  summary: string;
  order: number;
  /** Printed chapter number ("03"), chapters only. */
  number?: string;
  headings: { depth: number; text: string; slug: string }[];
  /** Indicator ids the section cites through components. */
  cites: string[];
  /** Title and summary per language (`title` and `summary` above are the English ones). */
  words: Record<Language, SectionWords>;
}

export interface ChapterModel extends SectionModel {
  sections: SectionModel[];
}

export interface IndicatorModel extends Indicator {
  /** Values by year, for the years that have a row. */
  values: Map<number, CellValue>;
  /** The rows of data/values.csv for this indicator, as written (newest year first). */
  valueRows: { year: number; raw: string }[];
  /** Years with a row, newest first. */
  years: number[];
  parentIndicator?: IndicatorModel;
  children: IndicatorModel[];
  /** Sections whose text cites this indicator (backlinks from MDX). */
  citedBy: SectionModel[];
  /** Provisions of the followed Guide it answers (its hkex codes). */
  provisions: ProvisionModel[];
  /** For a derived figure: the formula recomputed for each year with data. */
  derived?: DerivedYear[];
  /** The consistency rules that check its values, each with the checks about it (by year). */
  rules: { rule: Rule; checks: Check[] }[];
  /** Name, label, unit, topic and definition per language (the fields above are the English ones). */
  words: Record<Language, IndicatorWords>;
}

export interface ProvisionLocation {
  section: SectionModel;
  anchor?: string;
  /** The heading text at the anchor, or the section title. */
  label: string;
}

export interface ProvisionModel extends Provision {
  status: MappingRow['status'];
  locations: ProvisionLocation[];
  indicators: IndicatorModel[];
  explanation?: string;
  printed?: string;
  /** Subject, area and aspect per language (the fields above are the English ones). */
  words: Record<Language, ProvisionWords>;
}

export interface ReportModel {
  report: Report;
  indicators: IndicatorModel[];
  indicatorById: Map<string, IndicatorModel>;
  highlightById: Map<string, Highlight>;
  highlights: Highlight[];
  boardMembers: BoardMember[];
  stakeholders: StakeholderRow[];
  chapters: ChapterModel[];
  /** Every page of the report text in reading order: each chapter introduction, then its sections. */
  readingOrder: SectionModel[];
  sectionById: Map<string, SectionModel>;
  provisions: ProvisionModel[];
  provisionByCode: Map<string, ProvisionModel>;
  provisionsBySection: Map<string, ProvisionModel[]>;
  /** Every consistency rule with its checks and results, for /data-quality/, the data book and the evidence pack. */
  quality: QualityReport;
  /** Units, topics, areas and aspects per language, for labels not tied to one indicator or provision. */
  term: (kind: 'unit' | 'topic' | 'area' | 'aspect', english: string, language: Language) => string;
  /** Every value that restates an earlier published figure, in indicator order, newest year first. */
  restatements: RestatementModel[];
}

export interface RestatementModel extends Restatement {
  indicator: IndicatorModel;
  year: number;
  /** The value now published. */
  cell: CellValue;
}
