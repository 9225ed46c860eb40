/**
 * A synthetic report at a scale factor, deterministic from a seed: `content/` (chapters and MDX sections using
 * <Value>, <DataTable>, <Chart>, <CaseStudy>, <Quote>, <Highlights>) and `data/` (report metadata, an indicator
 * registry with breakdowns and derived totals, values for up to ten years, highlights, board, stakeholders, the
 * HKEX Guide's provisions and a complete mapping). It passes the project's validation unchanged.
 *
 * Scale 1 is about the size of the 2024 report (9 chapters, 30 sections, about 60 indicators, 2 years); scale s
 * multiplies sections and indicators by s, chapters by about √s (a group report has more sections per chapter, not
 * 50 times the menu), and years grow to at most 10.
 *
 * Usage: `node bench/generate.ts <folder> [scale=1] [seed=1]`, or import `generateReport`.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');

/** mulberry32: a tiny seeded generator, so the same seed writes the same bytes. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'the company continued to strengthen its management of environmental social and governance matters across ' +
  'operations suppliers customers and communities with clear policies regular review training programmes ' +
  'responsible lending data protection energy efficiency waste reduction employee wellbeing diversity inclusion ' +
  'board oversight risk control compliance anti corruption procurement standards stakeholder engagement ' +
  'transparent disclosure innovation research development community investment volunteering green finance'
).split(' ');

/** Breakdowns a parent indicator may have: dimension and the labels of its children. */
const BREAKDOWNS: [string, string[]][] = [
  ['sex', ['Female', 'Male']],
  ['age-group', ['Under 30', '30 to 50', 'Over 50']],
  ['region', ['North', 'East', 'South', 'West']],
  ['employee-category', ['Senior management', 'Middle management', 'General staff']],
  ['scope', ['Scope 1', 'Scope 2']],
  ['energy-type', ['Electricity', 'Petrol', 'Natural gas']],
  ['waste-type', ['Hazardous', 'Non-hazardous']],
];
const PILLARS = [
  { pillar: 'E', topics: ['Emissions', 'Energy', 'Water', 'Waste'], unit: 'tonnes', hkex: ['A1.1', 'A1.2', 'A1.3', 'A1.4', 'A2.1', 'A2.2'] },
  { pillar: 'S', topics: ['Employment', 'Training', 'Health and safety', 'Supply chain'], unit: 'people', hkex: ['B1.1', 'B1.2', 'B2.1', 'B3.1', 'B5.1'] },
  { pillar: 'G', topics: ['Anti-corruption', 'Product responsibility', 'Community'], unit: 'cases', hkex: ['B6.2', 'B7.1', 'B8.2'] },
] as const;

export interface GeneratedReport {
  chapters: number;
  sections: number;
  indicators: number;
  years: number[];
  /** Files written, relative to the folder. */
  files: string[];
}

const csvCell = (value: string | number) => {
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};
const csv = (header: string[], rows: (string | number)[][]) =>
  [header.join(','), ...rows.map((row) => row.map(csvCell).join(','))].join('\n') + '\n';

/** Write a synthetic report into `folder` (content/ and data/); returns its counts. */
export function generateReport(folder: string, scale = 1, seed = 1): GeneratedReport {
  const next = random(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const words = (count: number) => Array.from({ length: count }, () => pick(WORDS)).join(' ');
  const sentence = () => {
    const text = words(10 + Math.floor(next() * 14));
    return text[0]!.toUpperCase() + text.slice(1) + '.';
  };
  const paragraph = (sentences = 4 + Math.floor(next() * 4)) => Array.from({ length: sentences }, sentence).join(' ');
  const files: string[] = [];
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), text);
    files.push(path);
  };

  const yearCount = Math.min(10, Math.max(2, scale));
  const reportYear = 2024;
  const years = Array.from({ length: yearCount }, (_, index) => reportYear - index);
  const chapterCount = Math.min(99, Math.round(9 * Math.sqrt(scale)));
  const sectionCount = 30 * scale;
  const groupCount = 15 * scale; // each group: a total, two to four parts, sometimes a per-employee intensity

  // Indicators: groups of a derived total and its breakdown, written so every total equals the sum of its parts.
  interface GroupInfo { total: string; parts: string[]; dimension: string; topic: string; code: string }
  const indicatorRows: (string | number)[][] = [];
  const valueRows: (string | number)[][] = [];
  const groups: GroupInfo[] = [];
  const headcount = 'employees-total';
  indicatorRows.push([headcount, 'Total number of employees', '', 'people', 'S', 'Employment', 'B1.1', '', '', 'number', 'Employees at the end of the year.', '']);
  for (const year of years) valueRows.push([headcount, year, 2000 + Math.floor(next() * 3000), '', '']);
  for (let group = 0; group < groupCount; group++) {
    const family = PILLARS[group % PILLARS.length]!;
    const topic = family.topics[Math.floor(group / PILLARS.length) % family.topics.length]!;
    const [dimension, labels] = BREAKDOWNS[group % BREAKDOWNS.length]!;
    const total = `${topic.toLowerCase().replace(/[^a-z]+/g, '-')}-total-${group + 1}`;
    const code = pick(family.hkex);
    const parts = labels.map((label) => `${total}-${label.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`);
    indicatorRows.push([total, `${topic} total ${group + 1}`, '', family.unit, family.pillar, topic, code, '', '', 'number', `${sentence()} Parts: ${labels.join(', ')}.`, parts.join(' + ')]);
    parts.forEach((id, index) =>
      indicatorRows.push([id, `${topic} total ${group + 1}: ${labels[index]}`, labels[index]!, family.unit, family.pillar, topic, code, total, dimension, 'number', sentence(), '']),
    );
    for (const year of years) {
      // Whole hundredths, so the sum is exact when written with two decimals.
      const cents = parts.map(() => 1000 + Math.floor(next() * 500000));
      parts.forEach((id, index) => valueRows.push([id, year, (cents[index]! / 100).toFixed(2), '', '']));
      valueRows.push([total, year, (cents.reduce((sum, value) => sum + value, 0) / 100).toFixed(2), '', '']);
    }
    if (group % 4 === 0) {
      const intensity = `${total}-per-employee`;
      indicatorRows.push([intensity, `${topic} total ${group + 1} per employee`, '', `${family.unit}/employee`, family.pillar, topic, code, '', '', 'number', sentence(), `${total} / ${headcount}`]);
      for (const year of years) valueRows.push([intensity, year, '', year === reportYear ? 'not-disclosed' : 'not-applicable', year === reportYear ? '' : 'Not computed before the reporting year.']);
    }
    groups.push({ total, parts, dimension, topic, code });
  }

  // Chapters and sections.
  interface SectionInfo { id: string; chapter: string; slug?: string; headings: string[] }
  const sections: SectionInfo[] = [];
  const perChapter = Math.ceil(sectionCount / chapterCount);
  for (let chapter = 0; chapter < chapterCount; chapter++) {
    const chapterId = `chapter-${chapter + 1}`;
    sections.push({ id: chapterId, chapter: chapterId, headings: ['overview'] });
    for (let index = 0; index < perChapter && chapter * perChapter + index < sectionCount; index++)
      sections.push({ id: `${chapterId}/section-${index + 1}`, chapter: chapterId, slug: `section-${index + 1}`, headings: ['policy', 'performance', 'next-steps'] });
  }

  // Highlights: one per chapter, shown on the chapter's introduction; the first six on the home page.
  const highlightRows = sections
    .filter((section) => section.slug === undefined)
    .map((section, index) => [`highlight-${index + 1}`, section.id, `Highlight figure ${index + 1}`, index % 3 === 0 ? 'over' : '', (10 + next() * 900).toFixed(1), 'million']);

  let groupCursor = 0;
  const nextGroup = () => groups[groupCursor++ % groups.length]!;
  const quote = (id: string) => JSON.stringify(id);
  sections.forEach((section, index) => {
    const isChapter = section.slug === undefined;
    const chapterNumber = Number(section.chapter.split('-')[1]);
    const frontmatter = [
      '---',
      `title: ${isChapter ? `Chapter ${chapterNumber} ${words(3)}` : `Section ${section.slug!.split('-')[1]} ${words(3)}`}`,
      `order: ${isChapter ? chapterNumber : Number(section.slug!.split('-')[1])}`,
      `summary: ${sentence()}`,
      ...(isChapter ? [`number: "${String(chapterNumber).padStart(2, '0')}"`] : []),
      '---',
    ];
    const body: string[] = [];
    if (isChapter) {
      const highlight = highlightRows.find((row) => row[1] === section.id)!;
      body.push(paragraph(), '## Overview', paragraph(), `<Highlights ids={[${quote(String(highlight[0]))}]} />`, `In this chapter the company reports <Value id=${quote(String(highlight[0]))} /> as its headline figure.`);
      if (index === 0) body.push('<BoardMembers />', '', '<StakeholderCommunication />');
    } else {
      const group = nextGroup();
      const table = [group.total, ...group.parts];
      body.push(
        paragraph(),
        '## Policy',
        paragraph(),
        `The total was <Value id=${quote(group.total)} year={${reportYear}} unit /> in the reporting year, against <Value id=${quote(group.total)} year={${years[1]}} unit /> the year before.`,
        `<CaseStudy title="A programme in practice">\n\n${paragraph(3)}\n\n</CaseStudy>`,
        '## Performance',
        paragraph(),
        `<DataTable caption=${quote(`${group.topic}: breakdown`)} indicators={[${table.map(quote).join(', ')}]} />`,
      );
      if (index % 3 === 0) body.push(`<Chart indicator=${quote(group.total)} dimension=${quote(group.dimension)} title=${quote(`${group.topic} by ${group.dimension}`)} />`);
      body.push('## Next steps', paragraph(), `<Quote by="The chair">\n\n${sentence()}\n\n</Quote>`);
    }
    write(`content/${section.id}${isChapter ? '/index' : ''}.mdx`, [...frontmatter, '', body.join('\n\n'), ''].join('\n'));
  });

  // HKEX: the Guide's real provision list (the project's data file), each answered by a section heading.
  mkdirSync(join(folder, 'data'), { recursive: true });
  copyFileSync(join(ROOT, 'data/hkex-provisions.csv'), join(folder, 'data/hkex-provisions.csv'));
  files.push('data/hkex-provisions.csv');
  const provisionCodes = readCodes(join(ROOT, 'data/hkex-provisions.csv'));
  const bodySections = sections.filter((section) => section.slug !== undefined);
  const mappingRows = provisionCodes.map((code, index) => {
    const located = [0, 1, 2].map((offset) => bodySections[(index * 3 + offset) % bodySections.length]!);
    const cited = groups.filter((group) => group.code === code).slice(0, 5).map((group) => group.total);
    return [code, 'disclosed', located.map((section, offset) => `${section.id}#${section.headings[offset % section.headings.length]}`).join(' '), cited.join(' '), '', ''];
  });

  write('data/report.json', JSON.stringify({
    issuer: 'Synthetic Group',
    title: `Sustainability Report ${reportYear}`,
    year: reportYear,
    years,
    period: { start: `${reportYear}-01-01`, end: `${reportYear}-12-31` },
    guide: { name: 'HKEX Environmental, Social and Governance Reporting Guide (Appendix 27 of the Listing Rules)', version: '2020' },
    contacts: [{ label: 'Investor relations', email: 'ir@example.com' }],
    brandColour: '#1f5f8b',
    featuredHighlights: highlightRows.slice(0, 6).map((row) => row[0]),
    language: 'en',
  }, null, 2) + '\n');
  write('data/indicators.csv', csv(['id', 'name', 'label', 'unit', 'pillar', 'topic', 'hkex', 'parent', 'dimension', 'format', 'definition', 'formula'], indicatorRows));
  // No value is restated: previous and reason stay empty.
  write('data/values.csv', csv(['indicator', 'year', 'value', 'status', 'note', 'previous', 'reason'], valueRows.map((row) => [...row, '', ''])));
  // Figures as written: no scale word, no fixed decimals.
  write('data/highlights.csv', csv(['id', 'section', 'label', 'qualifier', 'value', 'unit', 'scale', 'decimals'], highlightRows.map((row) => [...row, '', ''])));
  write('data/board-members.csv', csv(['name', 'age', 'gender', 'position'], Array.from({ length: 9 }, (_, index) => [`Director ${index + 1}`, 40 + index * 3, index % 3 === 0 ? 'Female' : 'Male', index === 0 ? 'Chair' : 'Director'])));
  write('data/stakeholder-communication.csv', csv(['stakeholder', 'issue', 'response'], Array.from({ length: 20 }, (_, index) => [`Stakeholder ${(index % 5) + 1}`, `Issue ${index + 1}`, sentence()])));
  write('data/hkex-mapping.csv', csv(['code', 'status', 'locations', 'indicators', 'explanation', 'printed'], mappingRows));

  return { chapters: chapterCount, sections: sectionCount + chapterCount, indicators: indicatorRows.length, years, files };
}

/** Provision codes of the 2020 Guide from the project's provision list (the column after the version). */
function readCodes(path: string): string[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('2020,'))
    .map((line) => line.split(',')[1]!);
}

if (import.meta.main) {
  const [folder, scale = '1', seed = '1'] = process.argv.slice(2);
  if (!folder) {
    console.error('usage: node bench/generate.ts <folder> [scale] [seed]');
    process.exit(2);
  }
  const result = generateReport(folder, Number(scale), Number(seed));
  console.log(`${result.chapters} chapters, ${result.sections} sections, ${result.indicators} indicators, ${result.years.length} years`);
}
