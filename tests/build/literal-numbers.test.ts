/**
 * Every statistic in data/ is written once: prose cites it with <Value> (or a table or <Highlights>),
 * never as a typed number. This lists literal numbers in MDX that equal a figure in data/.
 */
import { describe, expect, it } from 'vitest';
import { readProject } from '../../src/loaders/project.ts';
import { findLiteralStatistics } from '../../src/validation/literal-numbers.ts';
import { ROOT } from '../support/site.ts';

/** Reviewed coincidences: the same number, a different quantity. "file|number|start of the words after it". */
const ALLOWED = new Map([
  ['content/be-proud-of-being-green/green-management.mdx|100|%', '"100% compliance treatment" of hazardous waste, not the agents\' daily usage increase'],
  ['content/responsible-operation/data-governance.mdx|100|%', '"a shutdown rate of 100%", not the agents\' daily usage increase'],
  ['content/win-win-cooperation/supplier-management.mdx|100|%', 'suppliers "100% from China", not the agents\' daily usage increase'],
  ['content/responsible-operation/data-governance.mdx|90|%', 'a problem-solving rate "over 90%", not the public-opinion timeliness gain'],
  ['content/responsible-operation/data-governance.mdx|40|%', 'an efficiency gain "more than 40%", not the share of generated test cases'],
]);

describe('numbers in MDX prose', () => {
  it('cites every figure that is in data/ instead of typing it', () => {
    const { data, errors } = readProject(ROOT);
    expect(errors).toEqual([]);
    const found = findLiteralStatistics(data);
    const unexpected = found.filter((item) => !ALLOWED.has(`${item.file}|${item.text}|${item.after.trim().slice(0, 1)}`));
    expect(unexpected.map((item) => `${item.file}:${item.line}:${item.column} "${item.text}" equals ${item.matches.join(', ')}`)).toEqual([]);
  });

  it('keeps the allow-list short and current: each entry still matches something', () => {
    const { data } = readProject(ROOT);
    const keys = new Set(findLiteralStatistics(data).map((item) => `${item.file}|${item.text}|${item.after.trim().slice(0, 1)}`));
    expect([...ALLOWED.keys()].filter((key) => !keys.has(key))).toEqual([]);
  });
});
