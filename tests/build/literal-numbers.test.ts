/**
 * Every statistic in data/ is written once: prose cites it with <Value> (or a table or <Highlights>), never as a
 * typed number. Validation reports any literal number in MDX that equals a figure in data/, except the reviewed
 * coincidences of data/literal-numbers.csv; `npm run check` and the build both run it.
 */
import { describe, expect, it } from 'vitest';
import { validateProject } from '../../src/validation/validate.ts';
import { ROOT } from '../support/site.ts';

describe('numbers in MDX prose', () => {
  it('the report cites every figure that is in data/ instead of typing it (reviewed exceptions in data/literal-numbers.csv)', () => {
    const { data, errors } = validateProject(ROOT);
    expect(errors.filter((error) => / equals | reviewed number /.test(error.message))).toEqual([]);
    expect(data.literalNumbers.length).toBe(5);
  });
});
