import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { findBrowser, CLOSED_NETWORK_ARGS } from '/work/main/src/publish/browser.ts';
import { serve } from '/work/main/src/publish/serve.ts';
const axe = readFileSync(createRequire('/work/main/').resolve('axe-core/axe.min.js'), 'utf8');
const b = await findBrowser();
const variant = process.env.VARIANT ?? 'base';
let args = [...new Set([...b.args, ...CLOSED_NETWORK_ARGS])];
if (variant.includes('nogl')) args = args.filter((a) => !/^--(use-gl|use-angle|enable-unsafe-swiftshader|in-process-gpu|ignore-gpu-blocklist)/.test(a));
const ignoreDefaultArgs = variant.includes('shm') ? ['--disable-dev-shm-usage'] : undefined;
const browser = await chromium.launch({ executablePath: b.executablePath, args, headless: true, ignoreDefaultArgs, env: b.env ? { ...process.env, ...b.env } : undefined });
const { server, origin } = await serve('/work/main/dist');
const paths = ['/', '/hkex-esg-guide/', '/statistics/', '/indicators/ghg-total/', '/be-proud-of-being-green/emission-management/', '/zh-hk/', '/zh-hk/indicators/ghg-total/', '/data-quality/'];
const t = performance.now();
const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
await ctx.addInitScript({ content: axe });
const page = await ctx.newPage();
for (const p of paths) {
  await page.goto(origin + p);
  await page.evaluate(async () => (await (window as any).axe.run(document, { resultTypes: ['violations'] })).violations.length);
  for (const c of await page.$$('canvas')) await c.scrollIntoViewIfNeeded();
  await page.setViewportSize({ width: 320, height: 640 });
  await page.evaluate(async () => (await (window as any).axe.run(document, { resultTypes: ['violations'] })).violations.length);
  await page.setViewportSize({ width: 1280, height: 800 });
}

import { readdirSync, readFileSync as rf } from 'node:fs';
const procs = readdirSync('/proc').filter((d) => /^\d+$/.test(d)).map((pid) => { try { const st = rf(`/proc/${pid}/stat`, 'utf8'); const f = st.slice(st.lastIndexOf(')') + 2).split(' '); return { pid: +pid, ppid: +f[1], cpu: (+f[11] + +f[12] + +f[13] + +f[14]) / 100 }; } catch { return undefined; } }).filter(Boolean) as { pid: number; ppid: number; cpu: number }[];
const desc = new Set([process.pid]); let grew = true; while (grew) { grew = false; for (const p of procs) if (!desc.has(p.pid) && desc.has(p.ppid)) { desc.add(p.pid); grew = true; } }
desc.delete(process.pid);
const chromeCpu = procs.filter((p) => desc.has(p.pid)).reduce((a, p) => a + p.cpu, 0);
console.log('chromium cpu', chromeCpu.toFixed(1));
console.log(variant, ((performance.now() - t) / 1000).toFixed(1), 's', args.length);
await browser.close(); server.close();
