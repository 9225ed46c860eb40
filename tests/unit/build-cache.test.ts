/**
 * The content-addressed build cache (src/lib/build-cache.ts): an entry is found only for exactly the same inputs,
 * holds exactly what was made, is written whole or not at all, and old entries go.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CACHE_DAYS, cachedBytes, cacheKey, cacheRoot, packageVersions } from '../../src/lib/build-cache.ts';
import { ROOT } from '../support/site.ts';

const roots: string[] = [];
const newRoot = () => {
  const root = mkdtempSync(join(tmpdir(), 'esg-cache-'));
  roots.push(root);
  return root;
};
const saved = process.env.ESG_BUILD_CACHE;
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
  if (saved === undefined) delete process.env.ESG_BUILD_CACHE;
  else process.env.ESG_BUILD_CACHE = saved;
});

/** A `make` that counts its calls and returns the bytes given. */
const maker = (bytes: number[]) => {
  const made = { calls: 0 };
  return { made, make: async () => (made.calls++, new Uint8Array(bytes)) };
};

describe('cacheKey', () => {
  it('is the SHA-256 of the parts, each with its kind and length, so no two lists of parts share a key', () => {
    expect(cacheKey([])).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(cacheKey(['ab', 'c'])).not.toBe(cacheKey(['a', 'bc']));
    expect(cacheKey(['abc'])).not.toBe(cacheKey([new TextEncoder().encode('abc')]));
    expect(cacheKey(['s1:a'])).not.toBe(cacheKey(['a', '']));
    expect(cacheKey(['環境', new Uint8Array([1, 2])])).toBe(cacheKey(['環境', new Uint8Array([1, 2])]));
    expect(cacheKey(['環境'])).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('cachedBytes', () => {
  it('makes the bytes once; the same inputs then read them back, other inputs make them again', async () => {
    const root = newRoot();
    const { made, make } = maker([1, 2, 3]);
    expect(await cachedBytes('font', ['a', new Uint8Array([9])], make, root)).toEqual(new Uint8Array([1, 2, 3]));
    expect(await cachedBytes('font', ['a', new Uint8Array([9])], make, root)).toEqual(new Uint8Array([1, 2, 3]));
    expect(made.calls).toBe(1);
    await cachedBytes('font', ['a', new Uint8Array([8])], make, root);
    await cachedBytes('other', ['a', new Uint8Array([9])], make, root);
    expect(made.calls).toBe(3);
    // One file per entry, named by its key, holding exactly the bytes made; no temporary file left behind.
    expect(readdirSync(join(root, 'font')).sort()).toEqual([cacheKey(['a', new Uint8Array([8])]), cacheKey(['a', new Uint8Array([9])])].sort());
    expect([...readFileSync(join(root, 'font', cacheKey(['a', new Uint8Array([9])])))]).toEqual([1, 2, 3]);
  });

  it('reads what the entry holds (it is the only copy of the result)', async () => {
    const root = newRoot();
    mkdirSync(join(root, 'font'), { recursive: true });
    writeFileSync(join(root, 'font', cacheKey(['x'])), new Uint8Array([7, 7]));
    const { made, make } = maker([1]);
    expect(await cachedBytes('font', ['x'], make, root)).toEqual(new Uint8Array([7, 7]));
    expect(made.calls).toBe(0);
  });

  it(`removes entries unused for ${CACHE_DAYS} days when it writes one, and keeps those used since`, async () => {
    const root = newRoot();
    const { make } = maker([1]);
    await cachedBytes('font', ['old'], make, root);
    await cachedBytes('font', ['used'], make, root);
    const longAgo = new Date(Date.now() - (CACHE_DAYS + 1) * 86_400_000);
    for (const parts of [['old'], ['used']]) utimesSync(join(root, 'font', cacheKey(parts)), longAgo, longAgo);
    await cachedBytes('font', ['used'], make, root); // a hit marks it used
    await cachedBytes('font', ['new'], make, root);
    expect(readdirSync(join(root, 'font')).sort()).toEqual([cacheKey(['new']), cacheKey(['used'])].sort());
  });

  it('with ESG_BUILD_CACHE=off, makes the bytes every time and stores nothing', async () => {
    const root = newRoot();
    process.env.ESG_BUILD_CACHE = 'off';
    const { made, make } = maker([5]);
    await cachedBytes('font', ['a'], make, root);
    expect(await cachedBytes('font', ['a'], make, root)).toEqual(new Uint8Array([5]));
    expect(made.calls).toBe(2);
    expect(existsSync(join(root, 'font'))).toBe(false);
  });

  it('with a cache folder it cannot write, still returns the bytes made', async () => {
    const root = newRoot();
    writeFileSync(join(root, 'font'), 'a file where the folder would be');
    const { made, make } = maker([4, 2]);
    expect(await cachedBytes('font', ['a'], make, root)).toEqual(new Uint8Array([4, 2]));
    expect(await cachedBytes('font', ['a'], make, root)).toEqual(new Uint8Array([4, 2]));
    expect(made.calls).toBe(2);
  });
});

describe('where the cache lives and what names the code', () => {
  it('is node_modules/.cache/esg-report-site of this generator', () => {
    expect(cacheRoot()).toBe(join(ROOT, 'node_modules', '.cache', 'esg-report-site'));
  });

  it('names each library of a chain with its installed version, a dependency found from the package that needs it', () => {
    const version = (name: string) => (JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
    expect(packageVersions(['subset-font', 'fontverter', 'wawoff2'])).toEqual([
      `subset-font@${version('subset-font')}`,
      `fontverter@${version('fontverter')}`,
      `wawoff2@${version('wawoff2')}`,
    ]);
    // harfbuzzjs's "exports" hides its package.json from require.resolve; the lookup still finds it.
    expect(packageVersions(['harfbuzzjs'])).toEqual([`harfbuzzjs@${version('harfbuzzjs')}`]);
    expect(() => packageVersions(['no-such-package-here'])).toThrow('no-such-package-here is not installed (npm install)');
  });
});
