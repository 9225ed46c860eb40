/**
 * The consistency rules (src/validation/consistency.ts) over small edits of the minimal fixture, without a
 * build: each kind passing and failing, the tolerance at the edge of the published precision, exact counts,
 * structural errors, recorded exceptions, explained and unexplained changes on the year before.
 *
 * The minimal fixture: ghg-total (line 2 of indicators.csv) = ghg-scope-1 + ghg-scope-2 (its breakdown by
 * scope, and its formula); values.csv lines 2–7 hold 2025 and 2024 of each, line 8 staff-turnover 2025 (28%).
 */
import { describe, expect, it } from 'vitest';
import { validate } from '../support/fixtures.ts';

/** Replace one line (1-based) of a file. */
const line = (number: number, text: string) => (file: string) =>
  file.split('\n').map((current, index) => (index === number - 1 ? text : current)).join('\n');
const append = (text: string) => (file: string) => `${file.trimEnd()}\n${text}\n`;

/** A headcount and an intensity added to the fixture: staff (people) and emissions per head (a formula). */
const withStaff = (staff2025: string, perHead2025: string, whole = true) => ({
  'data/indicators.csv': append(
    [
      'staff,Staff,Total staff,people,S,Employment,,,,number,Staff at year end.,',
      'staff-female,Female staff,Female,people,S,Employment,,staff,sex,number,Women at year end.,',
      'staff-male,Male staff,Male,people,S,Employment,,staff,sex,number,Men at year end.,',
      'ghg-per-head,Emissions per head,,tCO2e/person,E,Emissions,,,,number,Emissions over staff.,ghg-total / staff',
    ].join('\n'),
  ),
  'data/values.csv': append(
    [`staff,2025,${staff2025}`, 'staff-female,2025,40', 'staff-male,2025,60', `ghg-per-head,2025,${perHead2025}`]
      .map((row) => `${row},,,,`)
      .join('\n'),
  ),
  ...(whole ? { 'data/rules.csv': append('headcounts,bound,headcounts,,,people,0,,yes,,Counts are whole.') } : {}),
});

const resultsOf = (quality: ReturnType<typeof validate>['quality'], rule: string) =>
  quality.rules.find((item) => item.id === rule)?.checks.map((check) => `${check.year} ${check.result}`);

describe('the minimal report', () => {
  it('passes every rule, with its breakdown derived from indicators.csv and checked once', () => {
    const { errors, warnings, quality } = validate();
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    // The formula "ghg-scope-1 + ghg-scope-2" states the same sum as the breakdown: one rule, not two.
    expect(quality.rules.map((rule) => rule.id)).toEqual(['breakdown-ghg-total-by-scope', 'percentages', 'emissions', 'year-on-year']);
    expect(resultsOf(quality, 'breakdown-ghg-total-by-scope')).toEqual(['2024 pass', '2025 pass']);
    const check = quality.rules[0]!.checks[1]!;
    expect(check).toMatchObject({ expected: '1701.13', actual: '1701.13', difference: '0.00', tolerance: '0.01', result: 'pass' });
    expect(check.inputs.map((input) => `${input.indicator} ${input.value} ${input.file}:${input.line}:${input.column} ${input.role}`)).toEqual([
      'ghg-scope-1 16.10 data/values.csv:4:18 part',
      'ghg-scope-2 1685.03 data/values.csv:6:18 part',
      'ghg-total 1701.13 data/values.csv:2:16 whole',
    ]);
    expect(quality.counts).toEqual({ pass: 12, fail: 0, exception: 0, warning: 0, 'warning-accepted': 0 });
  });
});

describe('sum rules', () => {
  it('fail when the parts do not add up, naming the rule, each line, the numbers and the difference', () => {
    expect(validate(undefined, { 'data/values.csv': line(4, 'ghg-scope-1,2025,16.20,,,,') }).errors).toEqual([
      'data/values.csv:4:18 rule "emissions by scope, 2025": 16.20 (scope 1) + 1,685.03 (scope 2, line 6) = 1,701.23, but total emissions = 1,701.13 (line 2): a difference of 0.10, beyond the tolerance of 0.01',
    ]);
  });

  it('agree within half a unit of the last place per part: 0.01 for two parts printed to 2 decimals', () => {
    // 16.11 + 1,685.03 = 1,701.14: 0.01 from the total, the most rounding can explain.
    expect(validate(undefined, { 'data/values.csv': line(4, 'ghg-scope-1,2025,16.11,,,,') }).errors).toEqual([]);
    // 16.12 + 1,685.03 = 1,701.15: 0.02 from the total is beyond it.
    expect(validate(undefined, { 'data/values.csv': line(4, 'ghg-scope-1,2025,16.12,,,,') }).errors).toEqual([
      'data/values.csv:4:18 rule "emissions by scope, 2025": 16.12 (scope 1) + 1,685.03 (scope 2, line 6) = 1,701.15, but total emissions = 1,701.13 (line 2): a difference of 0.02, beyond the tolerance of 0.01',
    ]);
    // One decimal fewer on a part widens its share of the tolerance: 16.2 may stand for up to 16.25.
    expect(validate(undefined, { 'data/values.csv': line(4, 'ghg-scope-1,2025,16.1,,,,') }).quality.rules[0]!.checks[1]!.tolerance).toBe('0.055');
  });

  it('are exact for counts (a bound rule with whole "yes"): one person off fails', () => {
    expect(validate(undefined, withStaff('101', '16.84')).errors).toEqual([
      'data/values.csv:11:19 rule "staff by sex, 2025": 40 (female) + 60 (male, line 12) = 100, but total staff = 101 (line 10)',
    ]);
    // Without the rule saying people are counted whole, 101 is within the rounding of two whole numbers.
    expect(validate(undefined, withStaff('101', '16.84', false)).errors).toEqual([]);
  });

  it('can be written in rules.csv, and then name a breakdown instead of deriving it', () => {
    const { errors, quality } = validate(undefined, {
      'data/rules.csv': append('ghg-scopes,sum,scope 1 and 2,ghg-total = ghg-scope-2 + ghg-scope-1,,,,,,,The total is the sum of the scopes.'),
      'data/values.csv': line(6, 'ghg-scope-2,2025,1686.03,,,,'),
    });
    expect(errors).toEqual([
      'data/values.csv:6:18 rule "scope 1 and 2, 2025": 1,686.03 (scope 2) + 16.10 (scope 1, line 4) = 1,702.13, but total emissions = 1,701.13 (line 2): a difference of 1.00, beyond the tolerance of 0.01',
    ]);
    expect(quality.rules.map((rule) => rule.id)).not.toContain('breakdown-ghg-total-by-scope');
  });
});

describe('ratio rules', () => {
  it('pass when the published intensity is the formula rounded to its printed decimals', () => {
    // 1,701.13 / 100 = 17.0113, published as 17.01.
    const { errors, quality } = validate(undefined, withStaff('100', '17.01'));
    expect(errors).toEqual([]);
    const check = quality.rules.find((rule) => rule.id === 'formula-ghg-per-head')!.checks[0]!;
    expect(check).toMatchObject({ year: 2025, expected: '17.01130', actual: '17.01', result: 'pass' });
    // Half a unit of 17.01's last place plus 1,701.13's rounding carried through the division: 0.005 + 0.00005.
    expect(check.tolerance).toBe('0.00505');
  });

  it('fail when it is not, at the published figure, naming its inputs and their lines', () => {
    expect(validate(undefined, withStaff('100', '17.10')).errors).toEqual([
      'data/values.csv:13:19 rule "emissions per head formula, 2025": 1,701.13 (total emissions, line 2) ÷ 100 (total staff, line 10) = 17.01130, but emissions per head = 17.10: a difference of 0.08870, beyond the tolerance of 0.00505',
    ]);
  });
});

describe('bound rules', () => {
  it('keep percentages in 0 to 100, by unit, with no rule per indicator', () => {
    expect(validate(undefined, { 'data/values.csv': line(8, 'staff-turnover,2025,720,,,,') }).errors).toEqual([
      'data/values.csv:8:21 rule "percentages in 0 to 100, 2025": Staff turnover = 720%, above the maximum 100',
    ]);
    expect(validate(undefined, { 'data/values.csv': line(8, 'staff-turnover,2025,-1,,,,') }).errors).toEqual([
      'data/values.csv:8:21 rule "percentages in 0 to 100, 2025": Staff turnover = -1%, below the minimum 0',
    ]);
    expect(validate(undefined, { 'data/values.csv': line(8, 'staff-turnover,2025,100,,,,') }).errors).toEqual([]);
  });

  it('keep counts whole', () => {
    expect(validate(undefined, withStaff('100.5', '16.93')).errors).toEqual([
      'data/values.csv:10:12 rule "headcounts, 2025": Staff = 100.5 people, not a whole number',
      'data/values.csv:11:19 rule "staff by sex, 2025": 40 (female) + 60 (male, line 12) = 100, but total staff = 100.5 (line 10)',
    ]);
  });
});

describe('year-on-year jumps', () => {
  const strict = { 'data/rules.csv': append('emissions-change,jump,emissions change,,ghg-total,,,,,20,Emissions move slowly.') };

  it('warn, without stopping the build, when a change is beyond the indicator’s threshold and unexplained', () => {
    const { errors, warnings, quality } = validate(undefined, strict);
    expect(errors).toEqual([]);
    expect(warnings).toEqual([
      'data/values.csv:2:16 rule "emissions change, 2025": Total emissions changed from 1,397.96 (2024, line 3) to 1,701.13, +21.7%, beyond the threshold of 20%: explain it in data/rule-exceptions.csv',
    ]);
    // The indicator's own rule replaces the default one for it.
    expect(resultsOf(quality, 'emissions-change')).toEqual(['2025 warning']);
    expect(quality.rules.find((rule) => rule.id === 'year-on-year')!.indicators).not.toContain('ghg-total');
  });

  it('are accepted with an explanation recorded next to them', () => {
    const { errors, warnings, quality } = validate(undefined, {
      ...strict,
      'data/rule-exceptions.csv': append('emissions-change,ghg-total,2025,"A new office opened in March."'),
    });
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    const check = quality.rules.find((rule) => rule.id === 'emissions-change')!.checks[0]!;
    expect(check).toMatchObject({ result: 'warning-accepted', reason: 'A new office opened in March.', actual: '+21.7%', expected: '±20%', difference: '1.7' });
  });

  it('warn on any change from zero', () => {
    const { warnings } = validate(undefined, { 'data/values.csv': line(5, 'ghg-scope-1,2024,0,,,,'), 'data/rules.csv': line(3, 'emissions,bound,emissions,,,tCO2e,0,,,,') });
    expect(warnings).toEqual([
      'data/values.csv:4:18 rule "change on the year before, 2025": Scope 1 emissions changed from 0 (2024, line 5) to 16.10, a change from zero, beyond the threshold of 50%: explain it in data/rule-exceptions.csv',
    ]);
  });

  it('never hide an error: a run lists its errors first, then its warnings', () => {
    const { message } = validate(undefined, { ...strict, 'data/values.csv': line(8, 'staff-turnover,2025,720,,,,') });
    expect(message!.split('\n')).toEqual([
      "The report's content and data have 1 error:",
      'data/values.csv:8:21 rule "percentages in 0 to 100, 2025": Staff turnover = 720%, above the maximum 100',
      'and 1 warning:',
      'data/values.csv:2:16 warning: rule "emissions change, 2025": Total emissions changed from 1,397.96 (2024, line 3) to 1,701.13, +21.7%, beyond the threshold of 20%: explain it in data/rule-exceptions.csv',
    ]);
  });
});

describe('recorded exceptions', () => {
  const broken = { 'data/values.csv': line(4, 'ghg-scope-1,2025,16.20,,,,') };

  it('publish the report’s own inconsistent figures unchanged, with the reason shown', () => {
    const { errors, quality } = validate(undefined, {
      ...broken,
      'data/rule-exceptions.csv': append('breakdown-ghg-total-by-scope,,2025,"The report prints 16.20 and 1,701.13; it does not say which is wrong."'),
    });
    expect(errors).toEqual([]);
    const check = quality.rules[0]!.checks[1]!;
    expect(check).toMatchObject({ result: 'exception', expected: '1701.23', actual: '1701.13', difference: '-0.10', reasonLine: 2 });
    expect(check.reason).toBe('The report prints 16.20 and 1,701.13; it does not say which is wrong.');
    expect(quality.counts.exception).toBe(1);
  });

  it('are errors when nothing fails (they would go stale) or when they name no rule, indicator or year', () => {
    expect(validate(undefined, { 'data/rule-exceptions.csv': append('breakdown-ghg-total-by-scope,,2025,Old reason.') }).errors).toEqual([
      'data/rule-exceptions.csv:2:1 rule "emissions by scope, 2025" passes: the recorded exception is not needed; delete this row',
    ]);
    expect(validate(undefined, { 'data/rule-exceptions.csv': append('no-such-rule,,2025,Reason.') }).errors).toEqual([
      'data/rule-exceptions.csv:2:1 unknown rule "no-such-rule": expected a rule id shown on /data-quality/ (data/rules.csv, or derived from data/indicators.csv)',
    ]);
    expect(validate(undefined, { 'data/rule-exceptions.csv': append('breakdown-ghg-total-by-scope,,2019,Reason.') }).errors).toEqual([
      'data/rule-exceptions.csv:2:31 year 2019 is not declared: expected one of 2025, 2024 (data/report.json "years")',
    ]);
  });
});

describe('rules that name what does not exist', () => {
  it('are errors at the rule’s line', () => {
    expect(validate(undefined, { 'data/rules.csv': append('typo,sum,typo,ghg-total = ghg-scope-1 + ghg-scope-3,,,,,,,') }).errors).toEqual([
      'data/rules.csv:5:15 unknown indicator id "ghg-scope-3": expected an id from data/indicators.csv',
    ]);
    expect(validate(undefined, { 'data/rules.csv': append('typo,bound,typo,,ghg-totl,,0,,,,') }).errors).toEqual([
      'data/rules.csv:5:18 unknown indicator id "ghg-totl": expected an id from data/indicators.csv',
    ]);
    expect(validate(undefined, { 'data/rules.csv': append('typo,bound,typo,,,kWh,0,,,,') }).errors).toEqual([
      'data/rules.csv:5:19 no indicator has the unit "kWh": expected a unit used in data/indicators.csv',
    ]);
  });

  it('are refused by the schema when their columns do not fit their kind', () => {
    expect(validate(undefined, { 'data/rules.csv': append('odd,sum,odd,ghg-total = ghg-scope-1 / ghg-scope-2,,,,,,,') }).errors).toEqual([
      'data/rules.csv:5:13 expression: expected only "+" in a sum rule; use a ratio rule for "*" and "/" (found "ghg-total = ghg-scope-1 / ghg-scope-2")',
    ]);
    expect(validate(undefined, { 'data/rules.csv': append('odd,jump,odd,,ghg-total,,,,,,') }).errors).toEqual([
      'data/rules.csv:5:29 threshold: expected a threshold in percent for a jump rule, such as 50 (found "")',
    ]);
  });
});

describe('structural errors', () => {
  it('report a parent cycle once, at its first row', () => {
    const { errors } = validate(undefined, {
      'data/indicators.csv': line(2, 'ghg-total,Total emissions,,tCO2e,E,Emissions,A1.2,ghg-scope-1,scope,number,"Scope 1 and 2, in tonnes.",'),
    });
    expect(errors).toEqual([
      'data/indicators.csv:2:51 parent cycle: "ghg-total" is its own ancestor (ghg-total → ghg-scope-1 → ghg-total)',
    ]);
  });

  it('report a formula that refers to itself', () => {
    expect(
      validate(undefined, {
        'data/indicators.csv': line(2, 'ghg-total,Total emissions,,tCO2e,E,Emissions,A1.2,,,number,"Scope 1 and 2, in tonnes.",ghg-total + ghg-scope-2'),
      }).errors,
    ).toEqual(['data/indicators.csv:2:88 formula of "ghg-total" refers to "ghg-total" itself']);
  });
});
