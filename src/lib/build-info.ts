/**
 * The build's identity, stated on the data-quality page, in the data book and in the evidence pack:
 * the commit of the report's repository and a date. The date is the commit's (or `SOURCE_DATE_EPOCH`,
 * the reproducible-builds convention), never the clock, so the same input gives the same bytes.
 */
import { execFileSync } from 'node:child_process';

export interface BuildInfo {
  /** Full commit hash, or "unknown" outside git. */
  commit: string;
  /** True when tracked files differ from the commit (the output is then not exactly that commit's). */
  modified: boolean;
  /** ISO 8601 date and time (UTC) of the commit, or of SOURCE_DATE_EPOCH when set; undefined when neither is known. */
  date: string | undefined;
}

const cache = new Map<string, BuildInfo>();

const git = (root: string, args: string[]): string | undefined => {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
};

/** The commit and date of the report at `root` (a folder inside a git work tree, or not). Cached per root. */
export function buildInfo(root: string): BuildInfo {
  const cached = cache.get(root);
  if (cached) return cached;
  const commit = git(root, ['rev-parse', 'HEAD']) ?? 'unknown';
  const modified = commit !== 'unknown' && (git(root, ['status', '--porcelain', '--untracked-files=no', '--', '.']) ?? '') !== '';
  const epoch = process.env.SOURCE_DATE_EPOCH;
  const commitDate = commit === 'unknown' ? undefined : git(root, ['log', '-1', '--format=%ct']);
  const seconds = epoch && /^\d+$/.test(epoch) ? Number(epoch) : commitDate ? Number(commitDate) : undefined;
  const info: BuildInfo = { commit, modified, date: seconds === undefined ? undefined : new Date(seconds * 1000).toISOString() };
  cache.set(root, info);
  return info;
}
