/**
 * The consistency rules: do the report's numbers agree with each other?
 *
 * Rules come from three places: the rows of data/rules.csv (sum, ratio, bound, jump), every breakdown of
 * data/indicators.csv whose parts are additive (a parent in format "number" whose children of one dimension
 * share its unit: "breakdown-<parent>-by-<dimension>"), and every formula of data/indicators.csv
 * ("formula-<id>"). A breakdown or formula that a rules.csv row already states is checked once, under the row.
 *
 * Arithmetic is decimal (big.js) on the numbers as written, never binary floats, so a rule never passes or
 * fails by a rounding artefact. Tolerance follows the published precision: each value contributes half a unit
 * of its last written decimal place (none for counts: indicators a `bound` rule with whole "yes" covers are
 * exact), propagated through the formula; a ratio's published result adds half a unit of its own last place,
 * because it is always rounded. A sum of two values printed to 2 decimals thus agrees within 0.01.
 *
 * The output is plain data (see Rule, Check), computed once per build, for /data-quality/, the data book and
 * the evidence pack. A failing check is an error at the value's cell; a jump beyond its threshold is a warning.
 * A row of data/rule-exceptions.csv turns a failure into a recorded exception and a warning into an accepted
 * one, with its reason; an exception for a check that passes, or for no check, is an error (it would go stale).
 */
import BigConstructor, { type Big } from 'big.js';
import type { LocatedRow } from '../loaders/csv.ts';
import { type DataError, quoteValue } from '../loaders/errors.ts';
import { DATA_FILES } from '../loaders/files.ts';
import type { ProjectData } from '../loaders/project.ts';
import type { Indicator } from '../schemas/indicator.ts';
import type { RuleKind, RuleRow } from '../schemas/rule.ts';
import type { ValueRow } from '../schemas/value.ts';
import { decimalsOf, formatDecimal, operatorSymbol, withUnit } from '../lib/format.ts';
import { parseFormula } from '../model/derived.ts';
import { cellError } from './cell-error.ts';

/** A private big.js constructor: 40 decimal places for division, half-up rounding as printed reports round. */
const Decimal = BigConstructor();
Decimal.DP = 40;
Decimal.RM = Decimal.roundHalfUp;

export type CheckResult = 'pass' | 'fail' | 'exception' | 'warning' | 'warning-accepted';

/** One number a check used: which value, where it is written, and how it takes part. */
export interface CheckInput {
  indicator: string;
  /** Short label of the indicator, as messages print it ("female", "total employees"). */
  label: string;
  year: number;
  /** The number as written in data/values.csv. */
  value: string;
  file: string;
  line: number;
  column: number;
  role: 'whole' | 'part' | 'result' | 'term' | 'value' | 'earlier';
}

/** One evaluation of a rule: one year (and, for bound and jump rules, one indicator). */
export interface Check {
  rule: string;
  year: number;
  /** bound and jump rules: the indicator checked; sum and ratio rules: undefined. */
  indicator?: string;
  inputs: CheckInput[];
  /** What the rule expects, as a decimal string: the computed sum or ratio, a bound ("0 to 100"), the threshold. */
  expected: string;
  /** What the data says: the published whole or result, the value, the change in percent. */
  actual: string;
  /** actual − expected (sum, ratio), the distance outside the bound, or the change beyond the threshold. */
  difference: string;
  /** The allowed difference, from the published precision ("0" for counts). */
  tolerance: string;
  result: CheckResult;
  /**
   * What disagrees, in words, for fail, exception, warning and warning-accepted: "1,463 (female) + 2,065 (male,
   * line 39) = 3,528, but total employees = 3,527 (line 35)". The error message is `rule "<label>, <year>": ` and this.
   */
  message?: string;
  /** Which input the error or warning stands at (its file, line and column); the others name their lines. */
  at?: number;
  /** The recorded reason (data/rule-exceptions.csv), for exception and warning-accepted. */
  reason?: string;
  /** Where the reason is recorded. */
  reasonLine?: number;
}

export interface Rule {
  id: string;
  kind: RuleKind;
  label: string;
  /** Where the rule comes from: a row of data/rules.csv, or derived from data/indicators.csv. */
  source: 'rules' | 'breakdown' | 'formula';
  /** The rule in symbols: "employees-total = employees-female + employees-male", "unit % in 0 to 100", "change ≤ 50%". */
  definition: string;
  file: string;
  line: number;
  /** Indicators the rule concerns (for links from indicator pages). */
  indicators: string[];
  note?: string;
  checks: Check[];
}

export interface QualityReport {
  rules: Rule[];
  /** Number of checks by result. */
  counts: Record<CheckResult, number>;
}

export interface ConsistencyOutcome {
  quality: QualityReport;
  errors: DataError[];
  warnings: DataError[];
}

interface Located {
  row: LocatedRow<ValueRow>;
  decimal: Big;
}

/**
 * An indicator's short label for messages: its label (or name), with the first letter lowered unless the
 * first word is a proper noun (it appears capitalised later in the indicator's name: "China" in
 * "Employees in China", "Scope" in "… (Scope 1)"). "Female" → "female", "Total employees" → "total employees".
 */
export function shortLabel(indicator: Indicator): string {
  const label = indicator.label ?? indicator.name;
  const first = label.split(/\s+/)[0]!;
  const properNoun = indicator.name.indexOf(first, 1) > 0 && /^[A-Z]/.test(first);
  if (properNoun || /^[A-Z]{2}/.test(first)) return label;
  return label.charAt(0).toLowerCase() + label.slice(1);
}

const halfUnit = (text: string) => new Decimal(5).times(new Decimal(10).pow(-decimalsOf(text) - 1));
/** A decimal as text without exponent, rounded half up to exactly `decimals` places. */
const plain = (value: Big, decimals: number) => value.round(decimals).toFixed(decimals);
const printed = (text: string) => formatDecimal(text);

/** Parse "a = b + c" into the result id, the term ids and the operators. */
function parseExpression(expression: string): { result: string; terms: string[]; operators: string[] } {
  const [result, right] = expression.split(' = ') as [string, string];
  const { ids, operators } = parseFormula(right);
  return { result, terms: ids, operators };
}

/** An interval [low, high] around a value, for propagating the published precision through a formula. */
interface Interval {
  mid: Big;
  low: Big;
  high: Big;
}

function combine(a: Interval, b: Interval, operator: string): Interval | undefined {
  if (operator === '+') return { mid: a.mid.plus(b.mid), low: a.low.plus(b.low), high: a.high.plus(b.high) };
  if (operator === '/' && (b.mid.eq(0) || (b.low.lte(0) && b.high.gte(0)))) return undefined;
  const apply = (x: Big, y: Big) => (operator === '*' ? x.times(y) : x.div(y));
  const corners = [apply(a.low, b.low), apply(a.low, b.high), apply(a.high, b.low), apply(a.high, b.high)];
  const sorted = corners.sort((x, y) => x.cmp(y));
  return { mid: apply(a.mid, b.mid), low: sorted[0]!, high: sorted[3]! };
}

/** Evaluate left to right with * and / before + (formulas are short: a sum or a ratio). */
function evaluate(terms: Interval[], operators: string[]): Interval | undefined {
  const stack: Interval[] = [terms[0]!];
  for (let index = 0; index < operators.length; index++) {
    const operator = operators[index]!;
    const next = terms[index + 1]!;
    if (operator === '+') stack.push(next);
    else {
      const combined = combine(stack.pop()!, next, operator);
      if (!combined) return undefined;
      stack.push(combined);
    }
  }
  return stack.reduce((sum, term) => combine(sum, term, '+')!);
}

const zeroCounts = (): Record<CheckResult, number> => ({ pass: 0, fail: 0, exception: 0, warning: 0, 'warning-accepted': 0 });

/** The results when no rule was run (a project whose report.json did not load; a model built without validation): no rules, zero counts. */
export const emptyQuality = (): QualityReport => ({ rules: [], counts: zeroCounts() });

/**
 * Run every rule over the data. Assumes each file passed its own schema; skips values that did not. Root cause
 * first (loaders/errors.ts RootCauses): with data/indicators.csv or data/values.csv unreadable no rule runs, and
 * with an indicator row refused, the checks that row could change (breakdowns derived from the parent column, units
 * no indicator has, exceptions for rules not derived) are left out, since they would fail because of that error alone.
 */
export function checkConsistency(data: ProjectData): ConsistencyOutcome {
  const errors: DataError[] = [];
  const warnings: DataError[] = [];
  if (data.causes.isUnusable('indicators') || data.causes.isUnusable('values')) return { quality: emptyQuality(), errors, warnings };
  const indicatorsComplete = data.rejected.indicators.size === 0;
  const valuesComplete = data.rejected.values.size === 0;
  const indicatorById = new Map(data.indicators.map((row) => [row.data.id, row]));
  const years = [...(data.report?.years ?? [])].sort((a, b) => a - b);
  const valueOf = new Map<string, Located>();
  for (const row of data.values)
    if (row.data.status === 'reported' && row.data.value !== undefined)
      valueOf.set(`${row.data.indicator} ${row.data.year}`, { row, decimal: new Decimal(row.data.value) });
  const cell = (indicator: string, year: number) => valueOf.get(`${indicator} ${year}`);
  const label = (id: string) => shortLabel(indicatorById.get(id)!.data);

  // Counts: units (or indicators) a bound rule declares whole. Their values are exact, so add no tolerance.
  const exactUnits = new Set<string>();
  const exactIndicators = new Set<string>();
  for (const { data: rule } of data.rules)
    if (rule.kind === 'bound' && rule.whole === 'yes') {
      if (rule.unit !== undefined) exactUnits.add(rule.unit);
      if (rule.indicator !== undefined) exactIndicators.add(rule.indicator);
    }
  const isExact = (id: string) => exactIndicators.has(id) || exactUnits.has(indicatorById.get(id)!.data.unit);
  const intervalOf = (id: string, located: Located): Interval => {
    const half = isExact(id) ? new Decimal(0) : halfUnit(located.row.data.value!);
    return { mid: located.decimal, low: located.decimal.minus(half), high: located.decimal.plus(half) };
  };
  const inputOf = (id: string, year: number, located: Located, role: CheckInput['role']): CheckInput => {
    const position = located.row.positions.value ?? { line: located.row.line, column: 1 };
    return { indicator: id, label: label(id), year, value: located.row.data.value!, file: DATA_FILES.values, ...position, role };
  };

  const rules: Rule[] = [];
  const ruleIds = new Set<string>();

  // ---- sum and ratio rules: rows of rules.csv, then derived breakdowns and formulas not already stated.
  interface Equation {
    rule: Rule;
    result: string;
    terms: string[];
    operators: string[];
  }
  const equations: Equation[] = [];
  const sameEquation = (a: { result: string; terms: string[]; operators: string[] }, b: typeof a) =>
    a.result === b.result &&
    a.operators.every((operator) => operator === '+') &&
    b.operators.every((operator) => operator === '+')
      ? [...a.terms].sort().join(' ') === [...b.terms].sort().join(' ')
      : a.result === b.result && a.terms.join(' ') === b.terms.join(' ') && a.operators.join(' ') === b.operators.join(' ');

  for (const row of data.rules) {
    const rule = row.data;
    ruleIds.add(rule.id);
    if (rule.kind !== 'sum' && rule.kind !== 'ratio') continue;
    const parsed = parseExpression(rule.expression!);
    const unknown = [parsed.result, ...parsed.terms].filter((id) => !indicatorById.has(id));
    for (const id of unknown)
      if (!data.rejected.indicators.has(id))
        errors.push(cellError(DATA_FILES.rules, row, 'expression', `unknown indicator id ${quoteValue(id)}: expected an id from ${DATA_FILES.indicators}`));
    if (parsed.terms.includes(parsed.result))
      errors.push(cellError(DATA_FILES.rules, row, 'expression', `rule ${quoteValue(rule.id)} uses ${quoteValue(parsed.result)} on both sides`));
    if (unknown.length > 0 || parsed.terms.includes(parsed.result)) continue;
    equations.push({
      rule: { id: rule.id, kind: rule.kind, label: rule.label, source: 'rules', definition: rule.expression!, file: DATA_FILES.rules, line: row.line, indicators: [parsed.result, ...parsed.terms], note: rule.note, checks: [] },
      ...parsed,
    });
  }

  // An indicator in a parent cycle has no meaningful breakdown (the cycle is reported by structure.ts).
  const inCycle = (id: string) => {
    let current = indicatorById.get(id)?.data.parent;
    for (let step = 0; current !== undefined && step <= indicatorById.size; step++) {
      if (current === id) return true;
      current = indicatorById.get(current)?.data.parent;
    }
    return false;
  };
  for (const row of indicatorsComplete ? data.indicators : []) {
    const parent = row.data;
    if (parent.format !== 'number' || inCycle(parent.id)) continue;
    const children = data.indicators.filter((child) => child.data.parent === parent.id && child.data.id !== parent.id);
    const dimensions = [...new Set(children.map((child) => child.data.dimension).filter((dimension) => dimension !== undefined))];
    for (const dimension of dimensions) {
      const parts = children.filter((child) => child.data.dimension === dimension);
      if (!parts.every((part) => part.data.format === 'number' && part.data.unit === parent.unit)) continue;
      const equation = { result: parent.id, terms: parts.map((part) => part.data.id), operators: parts.slice(1).map(() => '+') };
      if (equations.some((existing) => sameEquation(existing, equation))) continue;
      const id = `breakdown-${parent.id}-by-${dimension}`;
      const noun = shortLabel(parent).replace(/^total /i, '');
      equations.push({
        rule: {
          id,
          kind: 'sum',
          label: `${noun} by ${dimension.replace(/-/g, ' ')}`,
          source: 'breakdown',
          definition: `${parent.id} = ${equation.terms.join(' + ')}`,
          file: DATA_FILES.indicators,
          line: row.line,
          indicators: [parent.id, ...equation.terms],
          checks: [],
        },
        ...equation,
      });
    }
  }

  for (const row of data.indicators) {
    const { id, formula } = row.data;
    if (formula === undefined) continue;
    const parsed = parseExpression(`${id} = ${formula}`);
    if (parsed.terms.includes(id) || !parsed.terms.every((term) => indicatorById.has(term))) continue; // reported by the structure checks
    if (equations.some((existing) => sameEquation(existing, parsed))) continue;
    const sum = parsed.operators.every((operator) => operator === '+');
    equations.push({
      rule: {
        id: `formula-${id}`,
        kind: sum ? 'sum' : 'ratio',
        label: `${shortLabel(row.data)} formula`,
        source: 'formula',
        definition: `${id} = ${formula}`,
        file: DATA_FILES.indicators,
        line: row.line,
        indicators: [id, ...parsed.terms],
        checks: [],
      },
      ...parsed,
    });
  }

  for (const { rule, result, terms, operators } of equations) {
    for (const year of years) {
      const whole = cell(result, year);
      const parts = terms.map((term) => cell(term, year));
      if (!whole || parts.some((part) => part === undefined)) continue;
      const located = parts as Located[];
      const computed = evaluate(
        located.map((part, index) => intervalOf(terms[index]!, part)),
        operators,
      );
      if (!computed) continue; // division by zero: the formula has no value to compare
      const wholeText = whole.row.data.value!;
      const difference = whole.decimal.minus(computed.mid);
      const propagated = computed.high.minus(computed.mid).gt(computed.mid.minus(computed.low))
        ? computed.high.minus(computed.mid)
        : computed.mid.minus(computed.low);
      const tolerance = rule.kind === 'ratio' && !isExact(result) ? propagated.plus(halfUnit(wholeText)) : propagated;
      const pass = difference.abs().lte(tolerance);
      const inputs = [
        ...located.map((part, index) => inputOf(terms[index]!, year, part, rule.kind === 'sum' ? 'part' : 'term')),
        inputOf(result, year, whole, rule.kind === 'sum' ? 'whole' : 'result'),
      ];
      const sumDecimals = Math.max(...located.map((part) => decimalsOf(part.row.data.value!)));
      const shownDecimals = rule.kind === 'sum' ? sumDecimals : Math.max(decimalsOf(wholeText) + 3, 4);
      const differenceDecimals = Math.max(shownDecimals, decimalsOf(wholeText));
      const expected = plain(computed.mid, shownDecimals);
      const check: Check = {
        rule: rule.id,
        year,
        inputs,
        expected,
        actual: wholeText,
        difference: difference.toFixed(differenceDecimals),
        tolerance: tolerance.round(Math.max(shownDecimals, decimalsOf(wholeText) + 1)).toFixed(),
        result: pass ? 'pass' : 'fail',
      };
      if (!pass) {
        // A sum stands at its first part (the issue's own example), a ratio at the published result; every
        // other number names its line.
        const at = rule.kind === 'sum' ? 0 : inputs.length - 1;
        const named = (input: CheckInput, index: number) =>
          `${printed(input.value)} (${input.label}${index === at ? '' : `, line ${input.line}`})`;
        const symbols = operators.map(operatorSymbol);
        const left = inputs
          .slice(0, -1)
          .map(named)
          .reduce((text, term, index) => (index === 0 ? term : `${text} ${symbols[index - 1]} ${term}`), '');
        const result = inputs.at(-1)!;
        check.message =
          `${left} = ${printed(expected)}, but ${result.label} = ${printed(result.value)}${at === inputs.length - 1 ? '' : ` (line ${result.line})`}` +
          (tolerance.eq(0) ? '' : `: a difference of ${printed(difference.abs().toFixed(differenceDecimals))}, beyond the tolerance of ${printed(check.tolerance)}`);
        check.at = at;
      }
      rule.checks.push(check);
    }
    rules.push(rule);
  }

  // ---- bound and jump rules: rows of rules.csv, over one indicator or every indicator of a unit.
  const targets = (rule: RuleRow) =>
    data.indicators
      .map((row) => row.data)
      .filter((indicator) => (rule.indicator !== undefined ? indicator.id === rule.indicator : rule.unit !== undefined ? indicator.unit === rule.unit : true));

  // The most specific jump rule for each indicator: its own, else its unit's, else the default.
  const jumpRules = data.rules.filter((row) => row.data.kind === 'jump');
  const jumpFor = (indicator: Indicator) =>
    jumpRules.find((row) => row.data.indicator === indicator.id) ??
    jumpRules.find((row) => row.data.unit === indicator.unit) ??
    jumpRules.find((row) => row.data.indicator === undefined && row.data.unit === undefined);

  for (const row of data.rules) {
    const spec = row.data;
    if (spec.kind !== 'bound' && spec.kind !== 'jump') continue;
    if (spec.indicator !== undefined && !indicatorById.has(spec.indicator)) {
      if (!data.rejected.indicators.has(spec.indicator))
        errors.push(cellError(DATA_FILES.rules, row, 'indicator', `unknown indicator id ${quoteValue(spec.indicator)}: expected an id from ${DATA_FILES.indicators}`));
      continue;
    }
    const applies = targets(spec);
    if (spec.unit !== undefined && applies.length === 0 && indicatorsComplete)
      errors.push(cellError(DATA_FILES.rules, row, 'unit', `no indicator has the unit ${quoteValue(spec.unit)}: expected a unit used in ${DATA_FILES.indicators}`));
    const scope = spec.indicator ?? (spec.unit !== undefined ? `unit ${spec.unit}` : 'every indicator');
    const rule: Rule = {
      id: spec.id,
      kind: spec.kind,
      label: spec.label,
      source: 'rules',
      definition:
        spec.kind === 'bound'
          ? `${scope}: ${[spec.min !== undefined && spec.max !== undefined ? `${spec.min} to ${spec.max}` : spec.min !== undefined ? `at least ${spec.min}` : spec.max !== undefined ? `at most ${spec.max}` : '', spec.whole === 'yes' ? 'whole numbers' : ''].filter(Boolean).join(', ')}`
          : `${scope}: change on the year before at most ${spec.threshold}%`,
      file: DATA_FILES.rules,
      line: row.line,
      indicators: [],
      note: spec.note,
      checks: [],
    };
    for (const indicator of applies) {
      if (spec.kind === 'jump' && jumpFor(indicator) !== row) continue;
      rule.indicators.push(indicator.id);
      for (const year of years) {
        const located = cell(indicator.id, year);
        if (!located) continue;
        const value = located.decimal;
        const text = located.row.data.value!;
        if (spec.kind === 'bound') {
          const problems: string[] = [];
          let difference = new Decimal(0);
          if (spec.min !== undefined && value.lt(spec.min)) {
            problems.push(`below the minimum ${printed(spec.min)}`);
            difference = value.minus(spec.min);
          }
          if (spec.max !== undefined && value.gt(spec.max)) {
            problems.push(`above the maximum ${printed(spec.max)}`);
            difference = value.minus(spec.max);
          }
          if (spec.whole === 'yes' && !value.eq(value.round(0, Decimal.roundDown))) problems.push('not a whole number');
          const check: Check = {
            rule: rule.id,
            year,
            indicator: indicator.id,
            inputs: [inputOf(indicator.id, year, located, 'value')],
            expected: rule.definition.slice(scope.length + 2),
            actual: text,
            difference: difference.toFixed(),
            tolerance: '0',
            result: problems.length === 0 ? 'pass' : 'fail',
          };
          if (problems.length > 0) {
            check.message = `${indicator.name} = ${withUnit(printed(text), indicator.unit)}, ${problems.join(' and ')}`;
          }
          rule.checks.push(check);
        } else {
          const earlierYear = years.filter((item) => item < year).at(-1);
          const earlier = earlierYear === undefined ? undefined : cell(indicator.id, earlierYear);
          if (earlierYear === undefined || !earlier) continue;
          const threshold = new Decimal(spec.threshold!);
          const base = earlier.decimal;
          // From zero, any change is beyond every threshold.
          const percent = base.eq(0) ? undefined : value.minus(base).div(base.abs()).times(100);
          const beyond = percent === undefined ? !value.eq(0) : percent.abs().gt(threshold);
          const change = percent === undefined ? (value.eq(0) ? '0' : 'from zero') : `${percent.gte(0) ? '+' : '−'}${percent.abs().round(1).toFixed(1)}%`;
          const check: Check = {
            rule: rule.id,
            year,
            indicator: indicator.id,
            inputs: [inputOf(indicator.id, earlierYear, earlier, 'earlier'), inputOf(indicator.id, year, located, 'value')],
            expected: `±${spec.threshold}%`,
            actual: change,
            difference: percent === undefined || !beyond ? '0' : percent.abs().minus(threshold).round(1).toFixed(1),
            tolerance: '0',
            result: beyond ? 'warning' : 'pass',
          };
          if (beyond) {
            check.message =
              `${indicator.name} changed from ${printed(earlier.row.data.value!)} (${earlierYear}, line ${check.inputs[0]!.line}) to ${printed(text)}` +
              (percent === undefined ? ', a change from zero' : `, ${change}`) +
              `, beyond the threshold of ${spec.threshold}%`;
          }
          rule.checks.push(check);
        }
      }
    }
    rules.push(rule);
  }

  // ---- recorded exceptions and explanations.
  const derivedIds = new Set(rules.filter((rule) => rule.source !== 'rules').map((rule) => rule.id));
  for (const id of derivedIds)
    if (ruleIds.has(id)) {
      const row = data.rules.find((item) => item.data.id === id)!;
      errors.push(cellError(DATA_FILES.rules, row, 'id', `rule id ${quoteValue(id)} is already the id of a rule derived from ${DATA_FILES.indicators}`));
    }
  const ruleById = new Map(rules.map((rule) => [rule.id, rule]));
  for (const row of data.ruleExceptions) {
    const { rule: ruleId, indicator, year, reason } = row.data;
    const rule = ruleById.get(ruleId);
    if (!rule) {
      // An unreadable rules.csv, or the rule's own refused row, explains the id (root cause first).
      if (indicatorsComplete && !data.causes.explains('rules', ruleId)) errors.push(cellError(DATA_FILES.ruleExceptions, row, 'rule', `unknown rule ${quoteValue(ruleId)}: expected a rule id shown on /data-quality/ (data/rules.csv, or derived from ${DATA_FILES.indicators})`));
      continue;
    }
    if (indicator !== undefined && !indicatorById.has(indicator)) {
      if (!data.rejected.indicators.has(indicator)) errors.push(cellError(DATA_FILES.ruleExceptions, row, 'indicator', `unknown indicator id ${quoteValue(indicator)}: expected an id from ${DATA_FILES.indicators}`));
      continue;
    }
    if (!(data.report?.years ?? []).includes(year)) {
      errors.push(cellError(DATA_FILES.ruleExceptions, row, 'year', `year ${year} is not declared: expected one of ${(data.report?.years ?? []).join(', ')} (data/report.json "years")`));
      continue;
    }
    const check = rule.checks.find((item) => item.year === year && item.indicator === indicator);
    if (!check) {
      if (!valuesComplete || !indicatorsComplete) continue; // the check may be missing because of a refused row
      const what = indicator === undefined ? '' : ` for ${quoteValue(indicator)}`;
      errors.push(cellError(DATA_FILES.ruleExceptions, row, 'rule', `rule ${quoteValue(ruleId)} has no check${what} in ${year}: nothing to excuse`));
      continue;
    }
    if (check.result === 'pass') {
      errors.push(cellError(DATA_FILES.ruleExceptions, row, 'rule', `rule ${quoteValue(`${rule.label}, ${year}`)} passes: the recorded exception is not needed; delete this row`));
      continue;
    }
    check.result = check.result === 'fail' ? 'exception' : 'warning-accepted';
    check.reason = reason;
    check.reasonLine = row.line;
  }

  // A failure with a recorded exception is no error, a warning with an explanation no warning. An error
  // stands at the first number of its message; a warning at the later year's value.
  for (const rule of rules)
    for (const check of rule.checks) {
      const named = `rule ${quoteValue(`${rule.label}, ${check.year}`)}: ${check.message}`;
      if (check.result === 'fail') {
        const input = check.inputs[check.at ?? 0]!;
        errors.push({ file: input.file, line: input.line, column: input.column, message: named });
      }
      if (check.result === 'warning') {
        const input = check.inputs.at(-1)!;
        warnings.push({ file: input.file, line: input.line, column: input.column, message: `${named}: explain it in ${DATA_FILES.ruleExceptions}` });
      }
    }

  const counts = zeroCounts();
  for (const rule of rules) for (const check of rule.checks) counts[check.result]++;
  return { quality: { rules, counts }, errors, warnings };
}
