/**
 * Read a section's MDX source without rendering it: frontmatter (validated), heading anchors, and every
 * component usage with its literal attributes and position. Validation and backlinks are built on this.
 */
import GithubSlugger from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { isMap, isScalar, LineCounter, parseDocument, type Node } from 'yaml';
import type { z } from 'astro/zod';
import { sectionFrontmatterSchema, type SectionFrontmatter } from '../schemas/section.ts';
import { type DataError, quoteValue } from './errors.ts';
import { foundText, issueMessage } from './issue-words.ts';
import { didYouMean } from './suggest.ts';

export interface Heading {
  depth: number;
  text: string;
  /** The anchor Astro gives the heading (GitHub-style slug, de-duplicated within the page); a translation's heading takes its English original's (src/lib/translated-heading-ids.ts). */
  slug: string;
  line: number;
}

export type AttributeValue = string | number | boolean | readonly unknown[] | null;

export interface ComponentUsage {
  name: string;
  attributes: Record<string, AttributeValue>;
  line: number;
  column: number;
}

export interface NumberInProse {
  /** The number as written, e.g. "1,701.13", or "１９,２７３.０" in full-width digits. */
  text: string;
  /** The number in ASCII without grouping: "1701.13", "19273.0". */
  value: string;
  /** The prose right after it (up to 24 characters, full-width forms folded), to tell "28%" from "28 days". */
  after: string;
  line: number;
  column: number;
}

export interface SectionSource {
  /** "chapter/section", or "chapter" for a chapter introduction (index.mdx). */
  id: string;
  chapter: string;
  /** Section slug; undefined for a chapter introduction. */
  section: string | undefined;
  file: string;
  frontmatter?: SectionFrontmatter;
  /** Where each frontmatter key's value is (for errors found later, such as a repeated order). */
  frontmatterLines?: Record<string, { line: number; column: number }>;
  headings: Heading[];
  components: ComponentUsage[];
  numbers: NumberInProse[];
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;
/** Numbers as prose writes them: "1,701.13", "16.10", "28", "0.795". */
const NUMBER = /(?<![\w.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\w,]\d)|(?<![\w.,])\d+(?:\.\d+)?(?![\w]|[.,]\d)/g;

/**
 * Fold each character to its NFKC form where that is one character of the same length, so full-width digits and
 * separators ("１９,２７３．０") read as ASCII ("19,273.0") while every other character keeps its place: the columns
 * of what is found stay those of the source. A character NFKC expands ("㎏" → "kg") is kept as it is.
 */
export function foldWidth(text: string): string {
  let folded = '';
  for (const character of text) {
    const normal = character.normalize('NFKC');
    folded += normal.length === character.length ? normal : character;
  }
  return folded;
}

const parser = unified().use(remarkParse).use(remarkMdx);

/** Turn a JSX attribute value into a literal: strings, numbers, booleans, arrays of those. */
function literal(value: unknown): AttributeValue | undefined {
  if (value === null || value === undefined) return true; // <Value unit /> means unit={true}
  if (typeof value === 'string') return value;
  const expression = (value as { value?: string }).value?.trim() ?? '';
  if (/^-?\d+(\.\d+)?$/.test(expression)) return Number(expression);
  if (expression === 'true' || expression === 'false') return expression === 'true';
  try {
    const parsed: unknown = JSON.parse(expression.replace(/,\s*]$/, ']'));
    if (Array.isArray(parsed) || typeof parsed === 'string') return parsed as AttributeValue;
  } catch {
    // not a JSON literal: reported by the caller
  }
  return undefined;
}

/**
 * Read one MDX file (text already decoded, line ends "\n"). `relativePath` is its path under content/ (or under
 * content/<language>/ for a translation, whose frontmatter follows `frontmatterSchema` instead of the English one).
 * `unusable` is set when the MDX cannot be parsed: its headings and components are then unknown, and checks that
 * depend on them stay silent.
 */
export function readSection(
  file: string,
  relativePath: string,
  source: string,
  frontmatterSchema: z.ZodType = sectionFrontmatterSchema,
): { section: SectionSource; errors: DataError[]; unusable?: DataError } {
  const errors: DataError[] = [];
  const segments = relativePath.replace(/\.mdx$/, '').split('/');
  const chapter = segments[0]!;
  const section = segments.length > 1 && segments.at(-1) !== 'index' ? segments.slice(1).join('/') : undefined;
  const result: SectionSource = {
    id: section ? `${chapter}/${section}` : chapter,
    chapter,
    section,
    file,
    headings: [],
    components: [],
    numbers: [],
  };
  if (segments.length > 2) {
    errors.push({ file, line: 1, column: 1, message: 'expected content/<chapter>/<section>.mdx: sections do not nest deeper' });
  }

  const match = FRONTMATTER.exec(source);
  let bodyLineOffset = 0;
  if (!match) {
    errors.push({ file, line: 1, column: 1, message: 'missing frontmatter: expected a --- block with title, order and summary' });
  } else {
    bodyLineOffset = match[0].split('\n').length - 1;
    const lineCounter = new LineCounter();
    const document = parseDocument(match[1]!, { lineCounter });
    for (const problem of document.errors) {
      const position = lineCounter.linePos(problem.pos[0]);
      errors.push({ file, line: position.line + 1, column: position.col, message: `frontmatter: ${problem.message}` });
    }
    const data: unknown = document.toJS();
    result.frontmatterLines = {};
    if (isMap(document.contents))
      for (const item of document.contents.items)
        if (isScalar(item.key) && (item.value as Node | null)?.range) {
          const position = lineCounter.linePos((item.value as Node).range![0]);
          result.frontmatterLines[String(item.key.value)] = { line: position.line + 1, column: position.col };
        }
    const parsed = frontmatterSchema.safeParse(data ?? {});
    if (parsed.success) result.frontmatter = parsed.data as SectionFrontmatter;
    else
      for (const issue of parsed.error.issues) {
        if (issue.code === 'unrecognized_keys') {
          // A translated file may not set what it inherits from the English original (order, number).
          const allowed = Object.keys((frontmatterSchema as z.ZodObject).shape ?? {}).join(', ');
          for (const unknown of issue.keys) {
            const node = document.get(unknown, true) as { range?: [number, number, number] } | undefined;
            const keyNode = (document.contents as { items?: { key: { value: unknown; range?: [number, number, number] } }[] } | null)?.items?.find(
              (item) => item.key.value === unknown,
            )?.key;
            const range = keyNode?.range ?? node?.range;
            const position = range ? lineCounter.linePos(range[0]) : { line: 0, col: 1 };
            const suggestion = didYouMean(unknown, allowed.split(', '));
            errors.push({ file, line: position.line + 1, column: position.col, message: `frontmatter: unknown key ${quoteValue(unknown)}: expected only ${allowed}${suggestion}` });
          }
          continue;
        }
        const key = String(issue.path[0] ?? '');
        const node = key ? document.get(key, true) : undefined;
        const range = (node as { range?: [number, number, number] } | undefined)?.range;
        const position = range ? lineCounter.linePos(range[0]) : { line: 0, col: 1 };
        const found = key ? (data as Record<string, unknown> | null)?.[key] : undefined;
        errors.push({
          file,
          line: position.line + 1,
          column: position.col,
          message: `frontmatter ${key || '(top level)'}: ${issueMessage(issue, found)}${foundText(found, quoteValue)}`,
        });
      }
  }

  const body = match ? source.slice(match[0].length) : source;
  let tree;
  try {
    tree = parser.parse(body);
  } catch (error) {
    const place = (error as { place?: { line?: number; column?: number; start?: { line: number; column: number } } }).place;
    const point = place && 'start' in place && place.start ? place.start : (place as { line?: number; column?: number } | undefined);
    const syntax = {
      file,
      line: (point?.line ?? 1) + bodyLineOffset,
      column: point?.column ?? 1,
      message: `MDX syntax: ${(error as Error).message.split('\n')[0]}`,
    };
    errors.push(syntax);
    return { section: result, errors, unusable: syntax };
  }

  const slugger = new GithubSlugger();
  visit(tree, (node) => {
    const line = (node.position?.start.line ?? 1) + bodyLineOffset;
    const column = node.position?.start.column ?? 1;
    if (node.type === 'heading') {
      // A component in a heading renders, but the heading's anchor and the table of contents are made from its
      // plain text and would lose it ("Emissions of  tonnes"): refuse it at its place.
      visit(node, (child) => {
        if (child.type !== 'mdxJsxTextElement') return;
        const name = (child as unknown as { name: string | null }).name ?? 'fragment';
        errors.push({
          file,
          line: (child.position?.start.line ?? 1) + bodyLineOffset,
          column: child.position?.start.column ?? 1,
          message: `<${name}> in a heading: the heading's anchor and the table of contents are made from its plain text and would leave the ${name === 'Value' ? 'number' : 'component'} out; keep headings plain text and cite the figure in the sentence below`,
        });
      });
      const text = toString(node);
      result.headings.push({ depth: (node as { depth: number }).depth, text, slug: slugger.slug(text), line });
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const element = node as unknown as { name: string | null; attributes: { type: string; name?: string; value?: unknown }[] };
      if (!element.name) return;
      const attributes: Record<string, AttributeValue> = {};
      for (const attribute of element.attributes) {
        if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) continue;
        const value = literal(attribute.value);
        if (value === undefined) {
          errors.push({
            file,
            line,
            column,
            message: `<${element.name} ${attribute.name}>: expected a literal value (a string, number, or array of strings/numbers)`,
          });
        } else attributes[attribute.name] = value;
      }
      result.components.push({ name: element.name, attributes, line, column });
    } else if (node.type === 'text') {
      const value = (node as { value: string }).value;
      const folded = foldWidth(value);
      for (const found of folded.matchAll(NUMBER)) {
        // Positions inside a text node: count lines before the match.
        const before = value.slice(0, found.index);
        const lineInNode = before.split('\n').length - 1;
        result.numbers.push({
          text: value.slice(found.index!, found.index! + found[0].length),
          value: found[0].replace(/,/g, ''),
          after: folded.slice(found.index! + found[0].length, found.index! + found[0].length + 24),
          line: line + lineInNode,
          column: lineInNode === 0 ? column + found.index! : found.index! - before.lastIndexOf('\n'),
        });
      }
    }
  });
  return { section: result, errors };
}
