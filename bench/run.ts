/**
 * `npm run bench`: how the build grows with the report. Builds, each in a fresh temporary folder and a cold
 * process: the 2024 report itself, the synthetic report (bench/generate.ts) at scales 1, 10 and 50, and the
 * bare-Astro floor (bench/floor/: the same MDX as plain pages, one layout, Astro's defaults) at the page count of
 * scales 1 and 10. Prints one table: pages, wall time, time per page, peak memory, dist/ size, and the largest
 * HTML, CSS and JS of each page type; then `npm run check` times, the dev server's first page, the PDF step.
 * The last line is the summary the performance issue asks for. Figures only: nothing here passes or fails.
 *
 * `node bench/run.ts --scales 1,10` runs fewer scales (the summary needs 1 and 10).
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { generateReport } from './generate.ts';
import { largestByType, measureSite } from './site-bytes.ts';

const ROOT = join(import.meta.dirname, '..');
const NODE = process.execPath;
const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
const scalesArgument = process.argv.indexOf('--scales');
const SCALES = scalesArgument > 0 ? process.argv[scalesArgument + 1]!.split(',').map(Number) : [1, 10, 50];
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };
const work = mkdtempSync(join(tmpdir(), 'esg-bench-'));

interface BuildFigures {
  name: string;
  pages: number;
  seconds: number;
  /** User + system CPU of the build process: steadier than wall time on a shared machine. */
  cpuSeconds: number;
  peakMemoryBytes: number;
  distBytes: number;
  types: ReturnType<typeof largestByType>;
}

/** A project folder with the site's code and node_modules, ready for content/ and data/. */
function siteProject(name: string): string {
  const directory = join(work, name);
  mkdirSync(directory, { recursive: true });
  for (const item of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public'])
    cpSync(join(ROOT, item), join(directory, item), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(directory, 'node_modules'), 'dir');
  return directory;
}

/** Build `directory` in a fresh process; wall time from outside, peak memory from the process itself. */
function build(name: string, directory: string): BuildFigures {
  const started = performance.now();
  const result = spawnSync(NODE, [join(ROOT, 'bench', 'build-once.ts'), directory], { cwd: directory, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`${name}: the build failed\n${result.stdout}\n${result.stderr}`);
  const { peakMemoryBytes, cpuSeconds } = JSON.parse(result.stdout.trim().split('\n').at(-1)!) as { peakMemoryBytes: number; cpuSeconds: number };
  const site = measureSite(join(directory, 'dist'));
  const figures = { name, pages: site.pages.length, seconds, cpuSeconds, peakMemoryBytes, distBytes: site.distBytes, types: largestByType(site.pages) };
  console.error(`  ${name}: ${figures.pages} pages in ${seconds.toFixed(1)} s`);
  return figures;
}

/** The bare-Astro floor with `pages` pages: the synthetic MDX files, repeated under copy-N/ to reach the count. */
function floorProject(name: string, source: string, pages: number): string {
  const directory = join(work, name);
  cpSync(join(ROOT, 'bench', 'floor'), directory, { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(directory, 'node_modules'), 'dir');
  const files = readdirSync(join(source, 'content'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(join(source, 'content').length + 1))
    .sort();
  for (let index = 0; index < pages; index++) {
    const file = files[index % files.length]!;
    const copy = Math.floor(index / files.length);
    cpSync(join(source, 'content', file), join(directory, 'content', copy === 0 ? '' : `copy-${copy}`, file));
  }
  return directory;
}

function seconds(command: string[], cwd: string): number {
  const started = performance.now();
  const result = spawnSync(NODE, command, { cwd, env, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  return (performance.now() - started) / 1000;
}

/** Start `astro dev` and time until the home page answers 200; then stop that server. */
async function devFirstPage(directory: string): Promise<number> {
  const port = 4321 + Math.floor(Math.random() * 1000);
  const started = performance.now();
  const server = spawn(NODE, [ASTRO, 'dev', '--port', String(port), '--host', '127.0.0.1'], { cwd: directory, env, stdio: 'ignore' });
  try {
    for (;;) {
      if (performance.now() - started > 120_000) throw new Error('astro dev did not answer within 120 s');
      try {
        const response = await fetch(`http://127.0.0.1:${port}/`);
        await response.arrayBuffer();
        if (response.status === 200) return (performance.now() - started) / 1000;
      } catch {
        // Not listening yet.
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } finally {
    server.kill();
  }
}

/** The PDF step at scale 1, when this version of the project has one (`npm run pdf`). */
function pdfStep(directory: string): string {
  const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  if (!scripts.pdf) return 'no PDF step in this version (no `pdf` script)';
  const started = performance.now();
  const result = spawnSync('npm', ['run', '--silent', 'pdf'], { cwd: directory, env, encoding: 'utf8' });
  if (result.status !== 0) return `failed: ${result.stderr.trim().split('\n').at(-1)}`;
  return `${((performance.now() - started) / 1000).toFixed(1)} s`;
}

const MB = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const KB = (bytes: number) => (bytes === 0 ? '0' : `${(bytes / 1024).toFixed(1)}K`);
const ms = (figures: BuildFigures) => (figures.seconds * 1000) / figures.pages;
const cpuMs = (figures: BuildFigures) => (figures.cpuSeconds * 1000) / figures.pages;
const pad = (text: string | number, width: number) => String(text).padStart(width);

const builds: BuildFigures[] = [];
const checks: string[] = [];
const projects = new Map<number, string>();
try {
  console.error(`Working in ${work}`);
  const own = siteProject('report-2024');
  for (const item of ['content', 'data']) cpSync(join(ROOT, item), join(own, item), { recursive: true });
  builds.push(build('2024 report', own));
  checks.push(`2024 ${seconds([join(ROOT, 'scripts', 'check.ts'), own], ROOT).toFixed(1)} s`);
  for (const scale of SCALES) {
    const directory = siteProject(`scale-${scale}`);
    const report = generateReport(directory, scale, 1);
    console.error(`  scale ${scale}: ${report.chapters} chapters, ${report.sections} MDX files, ${report.indicators} indicators, ${report.years.length} years`);
    projects.set(scale, directory);
    checks.push(`${scale}x ${seconds([join(ROOT, 'scripts', 'check.ts'), directory], ROOT).toFixed(1)} s`);
    builds.push(build(`synthetic ${scale}x`, directory));
  }
  for (const scale of SCALES.filter((item) => item <= 10)) {
    const pages = builds.find((item) => item.name === `synthetic ${scale}x`)!.pages;
    builds.push(build(`bare Astro ${scale}x`, floorProject(`floor-${scale}`, projects.get(scale)!, pages)));
  }
  const scale1 = projects.get(SCALES[0]!)!;
  const dev = await devFirstPage(scale1);
  const pdf = pdfStep(scale1);

  const head = `Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model.trim()}), ${MB(totalmem())} RAM; load ${loadavg().map((load) => load.toFixed(1)).join(' ')}`;
  console.log(`\nnpm run bench: ${head}\n`);
  console.log(`${'build'.padEnd(16)}${pad('pages', 7)}${pad('wall', 9)}${pad('per page', 10)}${pad('CPU/page', 10)}${pad('peak memory', 13)}${pad('dist/', 10)}${pad('dist/page', 11)}`);
  for (const item of builds)
    console.log(
      `${item.name.padEnd(16)}${pad(item.pages, 7)}${pad(`${item.seconds.toFixed(1)} s`, 9)}${pad(`${ms(item).toFixed(1)} ms`, 10)}${pad(`${cpuMs(item).toFixed(1)} ms`, 10)}${pad(MB(item.peakMemoryBytes), 13)}${pad(MB(item.distBytes), 10)}${pad(KB(item.distBytes / item.pages), 11)}`,
    );
  const sites = builds.filter((item) => !item.name.startsWith('bare'));
  const types = [...new Set(sites.flatMap((item) => [...item.types.keys()]))];
  console.log(`\nLargest page of each type, HTML / CSS / JS up front (K = 1,024 bytes)`);
  console.log(`${'type'.padEnd(16)}${sites.map((item) => pad(item.name.replace('synthetic ', ''), 22)).join('')}`);
  for (const type of types)
    console.log(
      `${type.padEnd(16)}${sites
        .map((item) => {
          const row = item.types.get(type);
          return pad(row ? `${KB(row.html)} / ${KB(row.css)} / ${KB(row.js)}` : '-', 22);
        })
        .join('')}`,
    );
  console.log(`\nnpm run check (validate without building): ${checks.join(', ')}`);
  console.log(`astro dev, first page at 1x: ${dev.toFixed(1)} s (server start to the home page's 200)`);
  console.log(`PDF step at 1x: ${pdf}`);
  const one = builds.find((item) => item.name === 'synthetic 1x');
  const ten = builds.find((item) => item.name === 'synthetic 10x');
  const floor = builds.find((item) => item.name === 'bare Astro 10x');
  if (one && ten && floor) console.log(`per-page CPU time at 10x over 1x: ${(cpuMs(ten) / cpuMs(one)).toFixed(2)}; over the bare-Astro floor at 10x: ${(cpuMs(ten) / cpuMs(floor)).toFixed(2)}`);
  if (one && ten && floor) console.log(`per-page time at 10x over 1x: ${(ms(ten) / ms(one)).toFixed(2)}; over the bare-Astro floor at 10x: ${(ms(ten) / ms(floor)).toFixed(2)}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
