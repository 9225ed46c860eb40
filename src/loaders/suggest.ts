/**
 * "Did you mean …?" for an unknown id, column, year, anchor or component name: the closest valid name by edit
 * distance, if it is close enough to be a slip rather than a different name.
 */

/**
 * Optimal string alignment distance: insertions, deletions, substitutions and swaps of two neighbours each count 1,
 * since a swap ("unti" for "unit") is the commonest typing slip (Damerau, 1964). Counted in code points.
 */
export function distance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  const rows = Array.from({ length: x.length + 1 }, (_, i) => Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= x.length; i++)
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  return rows[x.length]![y.length]!;
}

/**
 * The valid candidate closest to `found`, or undefined when none is within a third of its length (1 for up to four
 * characters, at most 4 edits). Case and surrounding space are ignored, so "Unit" suggests "unit".
 */
export function closest(found: string, candidates: Iterable<string>): string | undefined {
  const wanted = found.trim().toLowerCase();
  const limit = wanted.length <= 4 ? 1 : Math.min(4, Math.ceil(wanted.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const current = distance(wanted, candidate.toLowerCase());
    if (current < bestDistance) [best, bestDistance] = [candidate, current];
  }
  return bestDistance <= limit ? best : undefined;
}

/** "; did you mean "ghg-total"?" or "" — appended to an "unknown …" message. */
export function didYouMean(found: string, candidates: Iterable<string>): string {
  const suggestion = closest(found, candidates);
  return suggestion === undefined ? '' : `; did you mean ${JSON.stringify(suggestion)}?`;
}
