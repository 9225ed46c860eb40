/**
 * Build one project with Astro's JavaScript API in this process, then print one JSON line with the process's
 * peak memory, so `npm run bench` can time the build (wall clock, from outside) and read its memory.
 * Usage: `node bench/build-once.ts <project folder>`.
 */
import { build } from 'astro';

const root = process.argv[2];
if (!root) {
  console.error('usage: node bench/build-once.ts <project folder>');
  process.exit(2);
}
process.chdir(root);
await build({ root, logLevel: 'warn' });
// maxRSS is in kilobytes, CPU times in microseconds. CPU time holds steadier than wall time on a shared machine.
const usage = process.resourceUsage();
console.log(JSON.stringify({ peakMemoryBytes: usage.maxRSS * 1024, cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6 }));
