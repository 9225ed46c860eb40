/**
 * "Did you mean …?" for an unknown id, column, year, anchor or component name: the closest valid name by edit
 * distance (fastest-levenshtein), if it is close enough to be a slip rather than a different name.
 */
import { distance } from 'fastest-levenshtein';

/**
 * The valid candidate closest to `found`, or undefined when none is within a third of its length (at least 1,
 * at most 4 edits). Case and surrounding space are ignored, so "Unit" suggests "unit".
 */
export function closest(found: string, candidates: Iterable<string>): string | undefined {
  const wanted = found.trim().toLowerCase();
  const limit = Math.min(4, Math.max(1, Math.ceil(wanted.length / 3)));
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
