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

/**
 * One cache per process, shared by every copy of this module (the integration and the prerendered pages are
 * separate module graphs in Astro). Each git call is a process spawned from the build's, which costs more the
 * more memory the build holds: the integration asks first, at config setup, while the build is still small.
 */
const CACHE = Symbol.for('esg-report-site.build-info');
const cache = ((globalThis as Record<symbol, unknown>)[CACHE] ??= new Map()) as Map<string, BuildInfo>;

const git = (root: string, args: string[]): string | undefined => {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
};

/**
 * The commit and date of the report at `root` (a folder inside a git work tree, or not). Cached per root for the
 * process; `fresh` asks git again (a new build in the same process, e.g. after a restart of `astro dev`).
 */
export function buildInfo(root: string, { fresh = false } = {}): BuildInfo {
  const cached = cache.get(root);
  if (cached && !fresh) return cached;
  // One call for the commit and its date: `git log -1` names the same commit as `git rev-parse HEAD`.
  const [hash, commitDate] = git(root, ['log', '-1', '--no-show-signature', '--format=%H %ct'])?.split(' ') ?? [];
  const commit = hash || 'unknown';
  const modified = commit !== 'unknown' && (git(root, ['status', '--porcelain', '--untracked-files=no', '--', '.']) ?? '') !== '';
  const epoch = process.env.SOURCE_DATE_EPOCH;
  const seconds = epoch && /^\d+$/.test(epoch) ? Number(epoch) : commitDate ? Number(commitDate) : undefined;
  const info: BuildInfo = { commit, modified, date: seconds === undefined ? undefined : new Date(seconds * 1000).toISOString() };
  cache.set(root, info);
  return info;
}
