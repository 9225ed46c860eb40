/**
 * A content-addressed cache of bytes on disk, kept between builds, for work that is a pure function of its inputs and
 * slow to redo (cutting the Chinese font: about 3 s of CPU per build, most of it WOFF2's Brotli at quality 11).
 *
 * An entry's name is the SHA-256 of everything the result depends on (the caller lists it: the input bytes, the
 * options, the versions of the libraries doing the work), so an entry is only ever found for exactly the same
 * inputs: there is nothing to invalidate, a changed input simply has another name. Entries are written to a
 * temporary file and renamed into place, so a reader sees a whole entry or none, also with several builds at once.
 * Entries not used for CACHE_DAYS are removed when a new one is written.
 *
 * The folder is node_modules/.cache/esg-report-site/<namespace>/ of this generator (the convention of Babel,
 * ESLint and others: removed with node_modules, never committed). `ESG_BUILD_CACHE=off` bypasses the cache.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Entries unused for this many days are removed. */
export const CACHE_DAYS = 30;

const require = createRequire(import.meta.url);

/** node_modules/.cache/esg-report-site of this generator (found from an installed package, so it also holds inside Astro's bundles). */
export function cacheRoot(): string {
  return join(dirname(dirname(require.resolve('astro/package.json'))), '.cache', 'esg-report-site');
}

/**
 * "name@version" of each installed package, for a cache key. Each package is resolved from the folder of the one
 * before it (a dependency's dependency is found where Node would find it); the first from this generator.
 */
export function packageVersions(chain: readonly string[]): string[] {
  let from = require;
  return chain.map((name) => {
    // Through Node's node_modules lookup, not resolve(name + "/package.json"): a package's "exports" may hide it.
    const manifest = (from.resolve.paths(name) ?? []).map((folder) => join(folder, name, 'package.json')).find((file) => existsSync(file));
    if (!manifest) throw new Error(`${name} is not installed (npm install)`);
    from = createRequire(manifest);
    const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
    return `${name}@${version}`;
  });
}

/** SHA-256 (hex) of the parts, each length-prefixed so no two different lists of parts give the same bytes. */
export function cacheKey(parts: readonly (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    const bytes = typeof part === 'string' ? Buffer.from(part, 'utf8') : part;
    hash.update(`${typeof part === 'string' ? 's' : 'b'}${bytes.byteLength}:`);
    hash.update(bytes);
  }
  return hash.digest('hex');
}

function removeStale(folder: string, now: number): void {
  for (const name of readdirSync(folder)) {
    const file = join(folder, name);
    try {
      if (now - statSync(file).mtimeMs > CACHE_DAYS * 86_400_000) rmSync(file, { force: true });
    } catch {
      // removed by another build meanwhile
    }
  }
}

/**
 * The bytes `make()` gives for the inputs `parts`, from the cache under `namespace` when an earlier build made
 * them, else made now and stored. `make` must be a pure function of `parts`. A cache that cannot be read or
 * written (read-only file system) only means the work is done again.
 */
export async function cachedBytes(namespace: string, parts: readonly (string | Uint8Array)[], make: () => Promise<Uint8Array>, root: string = cacheRoot()): Promise<Uint8Array> {
  if (process.env.ESG_BUILD_CACHE === 'off') return make();
  const folder = join(root, namespace);
  const file = join(folder, cacheKey(parts));
  let cached: Uint8Array | undefined;
  try {
    cached = new Uint8Array(readFileSync(file));
  } catch {
    // not made yet
  }
  if (cached) {
    try {
      const now = new Date();
      utimesSync(file, now, now); // used: kept another CACHE_DAYS
    } catch {
      // a read-only cache is still read
    }
    return cached;
  }
  const bytes = await make();
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    mkdirSync(folder, { recursive: true });
    removeStale(folder, Date.now());
    writeFileSync(temporary, bytes);
    renameSync(temporary, file);
  } catch {
    // an unwritable cache costs time, never a result; a half-written temporary file is not left behind
    try {
      rmSync(temporary, { force: true });
    } catch {
      // there is none
    }
  }
  return bytes;
}
