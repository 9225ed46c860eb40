/**
 * The validation report of the evidence pack and the data book's "Data quality" sheet: every check the build
 * ran on the report, with its inputs and its result. The build stops on any failed check (loaders/project.ts),
 * so a published edition lists the file checks as passed; the per-year checks (derived figures recomputed
 * from their inputs, restatements, and every check of the consistency rules that /data-quality/ shows) state what
 * was compared and what came out.
 *
 * The list of file and cross-file checks mirrors what readProject() runs (schemas per table, then
 * validation/references.ts, components.ts, hkex.ts): a new check there gets its line here.
 */
import { createHash } from 'node:crypto';
import { DATA_FILES } from '../loaders/files.ts';
import type { ProjectData } from '../loaders/project.ts';
import { TABLES, type TableName } from '../loaders/tables.ts';
import type { ReportModel } from '../model/types.ts';
import { decimalsOf } from '../lib/format.ts';
import type { Check as RuleCheck } from '../validation/consistency.ts';

/** A consistency check's result in the report's words: a recorded exception differs; an explained change passes. */
const RULE_OUTCOME: Record<RuleCheck['result'], CheckOutcome> = {
  pass: 'passed',
  fail: 'failed',
  exception: 'differs',
  warning: 'differs',
  'warning-accepted': 'passed',
};

export type CheckOutcome = 'passed' | 'failed' | 'differs' | 'not computable';

export interface CheckResult {
  /** Stable id, e.g. "schema:data/values.csv", "derived:ghg-total:2024". */
  id: string;
  /** What is checked, in a sentence. */
  check: string;
  /** The reporting year, for checks made per year. */
  year?: number;
  /** What the check read: file names, figures, formulas. */
  inputs: Record<string, string | number | boolean | null>;
  result: CheckOutcome;
  /** The outcome in words, e.g. "computed 1701.13, published 1701.13". */
  detail: string;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Every check of the run, in the order the build makes them. `files` are the raw texts of data/ (path → text). */
export function validationChecks(project: ProjectData, model: ReportModel, files: Map<string, string>): CheckResult[] {
  const checks: CheckResult[] = [];
  const fileInputs = (file: string) => ({ file, sha256: files.has(file) ? sha256(files.get(file)!) : null });

  checks.push({
    id: `schema:${DATA_FILES.report}`,
    check: 'Report metadata matches its schema (issuer, title, period, years, guide, URLs, licence).',
    inputs: fileInputs(DATA_FILES.report),
    result: 'passed',
    detail: 'no error',
  });
  for (const table of Object.keys(TABLES) as TableName[]) {
    const spec = TABLES[table];
    checks.push({
      id: `schema:${spec.file}`,
      check: `Every row of ${spec.file} (${spec.title}) matches its schema: the header has exactly the columns, every cell its type.`,
      inputs: { ...fileInputs(spec.file), rows: (project[table] as unknown[]).length },
      result: 'passed',
      detail: 'no error',
    });
  }
  checks.push({
    id: 'schema:content',
    check: 'Every MDX section parses, and its frontmatter matches its schema.',
    inputs: { folder: 'content/', sections: project.sections.length },
    result: 'passed',
    detail: 'no error',
  });
  const crossFile: [string, string, string[]][] = [
    ['primary-keys', 'Every table\'s primary key is unique.', Object.values(TABLES).map((spec) => spec.file)],
    ['references:indicators', 'Breakdown parents, dimensions, HKEX codes and formula terms of indicators exist.', [DATA_FILES.indicators, DATA_FILES.provisions]],
    ['references:values', 'Every value names a known indicator and a year declared in the report metadata.', [DATA_FILES.values, DATA_FILES.indicators, DATA_FILES.report]],
    ['references:highlights', 'Highlight ids do not collide with indicator ids and name an existing section; featured highlights exist.', [DATA_FILES.highlights, DATA_FILES.report]],
    ['references:sections', 'Section slugs are kebab-case, not reserved, and every chapter has an introduction.', ['content/']],
    ['components', 'Every MDX component is known, and every <Value> and chart cites an indicator and year with data.', ['content/', DATA_FILES.values, DATA_FILES.highlights]],
    ['hkex-mapping', 'Every provision of the followed Guide is answered once; comply-or-explain ones have a location or an explanation; locations and indicators exist.', [DATA_FILES.mapping, DATA_FILES.provisions, 'content/']],
  ];
  for (const [id, check, inputs] of crossFile)
    checks.push({ id, check, inputs: { files: inputs.join(', ') }, result: 'passed', detail: 'no error' });

  for (const indicator of model.indicators) {
    for (const derived of indicator.derived ?? []) {
      const published = indicator.values.get(derived.year);
      const inputs: CheckResult['inputs'] = { formula: indicator.formula! };
      for (const input of derived.inputs) inputs[input.id] = input.cell?.kind === 'number' ? input.cell.text : (input.cell?.kind ?? 'missing');
      inputs.published = published?.kind === 'number' ? published.text : (published?.kind ?? 'missing');
      const base = { id: `derived:${indicator.id}:${derived.year}`, check: `${indicator.name}: the published figure equals its formula recomputed from the inputs, at the published decimals.`, year: derived.year, inputs };
      if (derived.computed === undefined || published?.kind !== 'number') {
        checks.push({ ...base, result: 'not computable', detail: 'an input or the published figure is not a number' });
        continue;
      }
      const decimals = decimalsOf(published.text);
      const computed = derived.computed.toFixed(decimals);
      const same = Number(computed) === Number(published.text);
      checks.push({ ...base, result: same ? 'passed' : 'differs', detail: `computed ${computed}, published ${published.text}` });
    }
  }

  for (const restatement of model.restatements) {
    const now = restatement.cell.kind === 'number' ? restatement.cell.text : restatement.cell.kind;
    checks.push({
      id: `restatement:${restatement.indicator.id}:${restatement.year}`,
      check: `${restatement.indicator.name}: a restated figure differs from the earlier published one and gives a reason.`,
      year: restatement.year,
      inputs: { previous: restatement.previous, value: now, reason: restatement.reason },
      result: 'passed',
      detail: `restated from ${restatement.previous} to ${now}`,
    });
  }

  // The consistency rules (validation/consistency.ts), each check as the build ran it and /data-quality/ shows it.
  for (const rule of model.quality.rules)
    for (const check of rule.checks) {
      const inputs: CheckResult['inputs'] = { rule: rule.definition };
      for (const input of check.inputs) inputs[`${input.indicator} ${input.year}`] = input.value;
      Object.assign(inputs, { expected: check.expected, published: check.actual, tolerance: check.tolerance });
      const said = check.message ?? `expected ${check.expected}, published ${check.actual}`;
      checks.push({
        id: `rule:${rule.id}:${check.year}${check.indicator === undefined ? '' : `:${check.indicator}`}`,
        check: `Consistency rule "${rule.label}"${check.indicator === undefined ? '' : ` for ${check.indicator}`}: ${rule.definition}.`,
        year: check.year,
        inputs,
        result: RULE_OUTCOME[check.result],
        detail: check.reason === undefined ? said : `${said}; reason recorded: ${check.reason}`,
      });
    }
  return checks;
}

/** The validation report as JSON (stable key order, two-space indent, final newline). */
export function validationReportJson(checks: CheckResult[], meta: { commit: string; date: string | undefined }): string {
  const counts: Record<string, number> = {};
  for (const check of checks) counts[check.result] = (counts[check.result] ?? 0) + 1;
  return `${JSON.stringify({ commit: meta.commit, buildDate: meta.date ?? null, counts, checks }, null, 2)}\n`;
}

/** The same report for people: a Markdown document with one line per check. */
export function validationReportText(checks: CheckResult[], meta: { title: string; commit: string; date: string | undefined }): string {
  const lines = [
    `# Validation report: ${meta.title}`,
    '',
    `Commit ${meta.commit}, built ${meta.date ?? 'on an unknown date'}. ${checks.length} checks.`,
    '',
  ];
  for (const check of checks) {
    const inputs = Object.entries(check.inputs)
      .map(([name, value]) => `${name} = ${value}`)
      .join('; ');
    lines.push(`- **${check.result}** — ${check.year ? `${check.year}: ` : ''}${check.check} Inputs: ${inputs}. Result: ${check.detail}.`);
  }
  return `${lines.join('\n')}\n`;
}
