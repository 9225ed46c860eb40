/**
 * The two editions in the built HTML: English at /, Traditional Chinese (Hong Kong) under /zh-hk/, the same tree.
 * `lang` on every page, a switcher on every page to the same page in the other language, the Chinese words on
 * Chinese pages (no English UI string left outside an element marked lang="en"), untranslated sections in English
 * under a notice, and the Chinese font only on Chinese pages. (A bilingual report with a site address, its hreflang
 * alternates and sitemap, and a translated section: tests/reports/bilingual.test.ts.)
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { SKIP, visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { zhHk } from '../../src/i18n/zh-hk.ts';
import { DIST, elements, fontFaces, readSite, visibleText, type Page } from '../support/site.ts';

const pages = readSite();
const byPath = new Map(pages.map((page) => [page.path, page]));
const chinese = pages.filter((page) => page.path.startsWith('/zh-hk/'));
const english = pages.filter((page) => !page.path.startsWith('/zh-hk/'));
/** The same page in the other edition ("/statistics/" ↔ "/zh-hk/statistics/"); 404 pages lead to the other home. */
const counterpart = (path: string) => {
  if (path === '/404/') return '/zh-hk/';
  if (path === '/zh-hk/404/') return '/';
  return path.startsWith('/zh-hk/') ? path.slice('/zh-hk'.length) : `/zh-hk${path}`;
};
const attribute = (element: Element | undefined, name: string) => (element ? element.properties[name] : undefined);

/** The page's visible text without what is marked lang="en" (untranslated text from data/ and content/), code and URLs. */
function ownText(page: Page): string {
  const body = structuredClone(select('body', page.tree)!);
  visit(body, 'element', (node: Element, index, parent) => {
    if (parent && index !== undefined && (node.properties.lang === 'en' || ['code', 'script', 'style', 'svg'].includes(node.tagName) || node.properties.hidden !== undefined)) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
  });
  return toText(body);
}

describe('two editions', () => {
  it('publish every page in both languages, with lang on each', () => {
    expect(english.length).toBeGreaterThan(100);
    // Every English page has its Chinese page (404 is /404.html and /zh-hk/404/), and no Chinese page is extra.
    expect(chinese.map((page) => page.path)).toEqual(english.map((page) => `/zh-hk${page.path}`).sort());
    for (const page of english) expect(attribute(select('html', page.tree)!, 'lang'), page.path).toBe('en');
    for (const page of chinese) expect(attribute(select('html', page.tree)!, 'lang'), page.path).toBe('zh-HK');
  });

  it('link every page to the same page in the other language with a plain link', () => {
    for (const page of pages) {
      const links = elements(page, '.language-switcher a');
      expect(links, page.path).toHaveLength(1);
      const link = links[0]!;
      const target = page.path.startsWith('/zh-hk/') ? 'en' : 'zh-HK';
      expect(link.properties.href, page.path).toBe(counterpart(page.path));
      expect(byPath.has(String(link.properties.href)), `${page.path} → ${String(link.properties.href)}`).toBe(true);
      expect([link.properties.hrefLang, link.properties.lang], page.path).toEqual([target, target]);
      expect(toText(link)).toBe(target === 'en' ? 'English' : '繁體中文');
    }
  });

  it('say every UI word on a Chinese page in Chinese', () => {
    // Every English UI string (its fixed parts around {placeholders}) that Chinese says otherwise.
    const englishOnly = (Object.keys(en) as (keyof typeof en)[])
      .filter((key) => (en[key] as string) !== (zhHk[key] as string))
      .flatMap((key) => en[key].split(/\{\w+\}/))
      .map((part) => part.trim().replace(/^[(:,.]+|[):,.]+$/g, '').trim())
      .filter((part) => /[a-z]{3}/i.test(part) && part.length >= 5 && !['English', 'HKEX', 'XLSX'].includes(part));
    for (const page of chinese) {
      const text = ownText(page);
      expect(text, page.path).toContain('跳至內容');
      // As words: "provisions" in the file name hkex-provisions.csv is not the UI word.
      const said = (part: string) => new RegExp(`(?<![\\w-])${part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`).test(text);
      expect(englishOnly.filter(said), page.path).toEqual([]);
      // Nothing but code, identifiers, file names and addresses in Latin letters outside lang="en".
      const words = (text.match(/[A-Za-z]{4,}(?: [A-Za-z]{2,})+/g) ?? []).filter((run) => !/^(?:HKEX|ESG)\b/.test(run));
      expect(words, page.path).toEqual([]);
    }
  });

  it('show an untranslated section in English under a notice in Chinese', () => {
    const sections = chinese.filter((page) => elements(page, '.section-page').length > 0 && elements(page, '.prose').length > 0 && !page.path.startsWith('/zh-hk/indicators/'));
    expect(sections.length).toBeGreaterThan(20);
    for (const page of sections) {
      const notice = elements(page, '.translation-notice');
      expect(notice.map((element) => toText(element)), page.path).toEqual(['本節未有中文譯本，以下為英文原文。']);
      expect(elements(page, '.prose').map((element) => element.properties.lang), page.path).toEqual(['en']);
    }
    // The English pages carry no notice and no lang on their text.
    for (const page of english) expect(elements(page, '.translation-notice, .prose[lang]'), page.path).toEqual([]);
    const page = byPath.get('/zh-hk/be-proud-of-being-green/emission-management/')!;
    expect(visibleText(page)).toContain('排放管理'); // the title from data/section-translations.csv
    // The English text's tables and charts speak English with it (no Chinese word inside lang="en")...
    const prose = elements(page, '.prose')[0]!;
    expect(selectAll('thead th', prose).slice(0, 2).map((cell) => toText(cell))).toEqual(['Indicator', 'Unit']);
    expect(selectAll('canvas', prose).map((canvas) => String(canvas.properties.ariaLabel).split(':')[0])).toEqual(['Bar chart', 'Bar chart']);
    expect(toText(prose)).not.toMatch(/\p{Script=Han}/u);
    // ...and its links stay in the Chinese edition (downloads excepted).
    for (const item of sections)
      for (const link of elements(item, '.prose a[href^="/"]'))
        expect(String(link.properties.href), item.path).toMatch(/^\/zh-hk\/|\.[a-z]+$/);
  });

  it('load the Chinese font only on Chinese pages, from this origin, with every file it names', () => {
    for (const page of english) expect(elements(page, 'link[href^="/fonts/"]'), page.path).toEqual([]);
    // The edition's cut, or on the cover the cover's own (src/publish/cover-font.ts), with the same typography.
    for (const page of chinese) {
      const stylesheet = page.path === '/zh-hk/' ? '/fonts/noto-sans-hk-cover-zh-hk.css' : '/fonts/noto-sans-hk.css';
      expect(elements(page, `link[rel=stylesheet][href="${stylesheet}"]`), page.path).toHaveLength(1);
    }
    for (const [stylesheet, file] of [['noto-sans-hk.css', /^\/fonts\/noto-sans-hk-(400|700)\.woff2$/], ['noto-sans-hk-cover-zh-hk.css', /^\/fonts\/noto-sans-hk-cover-zh-hk-(400|700)\.woff2$/]] as const) {
      const css = readFileSync(join(DIST, 'fonts', stylesheet), 'utf8');
      const urls = fontFaces(`/fonts/${stylesheet}`).map((face) => `/fonts/${face.file}`);
      expect(urls, stylesheet).toHaveLength(2);
      for (const url of urls) {
        expect(url).toMatch(file);
        expect(existsSync(join(DIST, url)), url).toBe(true);
      }
      expect(css).toContain(':lang(zh)');
      expect(css).toContain('font-synthesis: none');
      // It sets no colour, so a Chinese page has the English pages' colours in both schemes (the quick browser sweep
      // leaves the dark scheme's colour rules on Chinese pages to the full one: tests/support/page-sweep.ts).
      expect(css.match(/[\w-]*(?:color|background|border|outline|shadow|fill|stroke)[\w-]*\s*:/g), stylesheet).toBeNull();
    }
  });

  it('write Chinese punctuation in the text the site composes: no ASCII colon or parenthesis beside a Han character', () => {
    // Captions, citations, units after names, checks on /data-quality/ once read "按年度列出的數值: … (噸二氧化碳當量)".
    const ascii: string[] = [];
    for (const page of chinese)
      visit(page.tree, (node) => {
        // Text marked English (the issuer's untranslated words) keeps its own punctuation; so does metadata, and so
        // does the Exchange's own wording of the Guide ("……的：(a) 政策；及(b) ……", an ASCII parenthesis with no space).
        if (node.type === 'element' && (node.properties.lang === 'en' || ['head', 'script', 'style'].includes(node.tagName))) return SKIP;
        if (node.type === 'text' && /\p{Script=Han}(?::|\s\()|\p{Script=Han}\)/u.test(node.value)) ascii.push(`${page.path}: ${node.value.trim().slice(0, 80)}`);
        return undefined;
      });
    expect(ascii).toEqual([]);
    const indicator = byPath.get('/zh-hk/indicators/ghg-total/')!;
    expect(toText(select('caption#values-ghg-total', indicator.tree)!)).toBe('按年度列出的數值：溫室氣體排放總量（範圍1及範圍2）（噸二氧化碳當量）');
    expect(toText(select('cite', indicator.tree)!)).toBe('奇富科技（2024）。溫室氣體排放總量（範圍1及範圍2）（噸二氧化碳當量）。載於：2024年環境、社會及管治報告，2024-01-01–2024-12-31。');
    // English keeps its own: the same caption on the English page.
    expect(toText(select('caption#values-ghg-total', byPath.get('/indicators/ghg-total/')!.tree)!)).toBe('Values by year: Total greenhouse gas emissions (Scope 1 and Scope 2) (tCO2e)');
  });

  it('print each edition with running heads in its language', () => {
    expect(elements(byPath.get('/zh-hk/print/')!, 'link[media=print][href="/zh-hk/print-running-heads.css"]')).toHaveLength(1);
    expect(readFileSync(join(DIST, 'zh-hk', 'print-running-heads.css'), 'utf8')).toContain('2024年環境、社會及管治報告');
    expect(elements(byPath.get('/print/')!, 'link[media=print][href="/print-running-heads.css"]')).toHaveLength(1);
  });

  it('keep the downloads one per report, at their English addresses', () => {
    const page = byPath.get('/zh-hk/indicators/ghg-total/')!;
    const hrefs = elements(page, 'a[download]').map((element) => String(element.properties.href));
    expect(hrefs).toEqual(expect.arrayContaining(['/indicators/ghg-total.csv', '/indicators/ghg-total.json']));
    expect(existsSync(join(DIST, 'zh-hk', 'indicators', 'ghg-total.csv'))).toBe(false);
  });
});
