/** The synthetic report of `npm run bench`: deterministic from its seed, and valid for the real validation. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateReport } from '../../bench/generate.ts';
import { readProject } from '../../src/loaders/project.ts';

const folders: string[] = [];
const fresh = () => {
  const folder = mkdtempSync(join(tmpdir(), 'esg-synthetic-'));
  folders.push(folder);
  return folder;
};
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

describe('synthetic report', () => {
  it('passes validation at scale 2 with the counts its scale gives', () => {
    const folder = fresh();
    const report = generateReport(folder, 2, 7);
    expect(report).toMatchObject({ chapters: 13, sections: 73, indicators: 120, years: [2024, 2023] });
    const { data, errors } = readProject(folder);
    expect(errors).toEqual([]);
    expect(data.sections).toHaveLength(73);
    expect(data.indicators).toHaveLength(120);
    expect(data.mapping).toHaveLength(53);
  });

  it('writes the same bytes for the same seed, and other bytes for another seed', () => {
    const [first, second, other] = [fresh(), fresh(), fresh()];
    const files = generateReport(first, 1, 3).files;
    generateReport(second, 1, 3);
    generateReport(other, 1, 4);
    for (const file of files) expect(readFileSync(join(second, file), 'utf8'), file).toBe(readFileSync(join(first, file), 'utf8'));
    expect(readFileSync(join(other, 'data/values.csv'), 'utf8')).not.toBe(readFileSync(join(first, 'data/values.csv'), 'utf8'));
  });

  it('gives ten years at scale 10', () => {
    expect(generateReport(fresh(), 10, 1).years).toEqual([2024, 2023, 2022, 2021, 2020, 2019, 2018, 2017, 2016, 2015]);
  });
});
