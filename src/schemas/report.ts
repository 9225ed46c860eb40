/** Report metadata (`data/report.json`): who publishes what, for which period, under which guide. */
import { z } from 'astro/zod';
import { DEFAULT_LANGUAGE, LANGUAGE_CODES, TRANSLATION_LANGUAGES, type Language } from '../i18n/index.ts';

const isoDate = () => z.iso.date({ error: 'expected a date as YYYY-MM-DD' });

export const reportSchema = z.strictObject({
  /** Issuer's name as used in the report, e.g. "Example Holdings". */
  issuer: z.string().min(1),
  /** Issuer's legal or listed name, if different. */
  issuerLegalName: z.string().min(1).optional(),
  /** Stock code(s) on HKEX, e.g. "3660". */
  stockCode: z.string().min(1).optional(),
  /** Report title as printed. */
  title: z.string().min(1),
  /** The reporting year: the year whose figures the report is about. */
  year: z.number().int().min(1900).max(2200),
  /** Every year with values in `data/values.csv`, newest first. */
  years: z.array(z.number().int()).min(1),
  /** The reporting period. */
  period: z.strictObject({ start: isoDate(), end: isoDate() }),
  /** Publication date; optional because a source may not state it (never invent it). */
  published: isoDate().optional(),
  /** The reporting guide followed; `version` picks the provision list in `data/hkex-provisions.csv`. */
  guide: z.strictObject({ name: z.string().min(1), version: z.string().min(1) }),
  /** Issuer website. */
  website: z.url({ error: 'expected a full URL such as https://example.com/' }).optional(),
  /** Where the site is published, e.g. "https://esg.example.com"; used for citations. Optional: never guessed. */
  siteUrl: z.url({ error: 'expected a full URL such as https://esg.example.com' }).optional(),
  /**
   * The licence under which the data may be reused (a Frictionless license: an SPDX `name` such as "CC-BY-4.0"
   * and/or the licence's `path` URL, with a `title`). Optional: the editors state it only when the issuer has
   * chosen one; it is never guessed. Published in datapackage.json and the schema.org Dataset.
   */
  license: z
    .strictObject({
      name: z.string().min(1).optional(),
      path: z.url({ error: 'expected the licence\'s full URL such as https://creativecommons.org/licenses/by/4.0/' }).optional(),
      title: z.string().min(1).optional(),
    })
    .refine((license) => license.name !== undefined || license.path !== undefined, { error: 'expected a licence "name" or "path"' })
    .optional(),
  /** Where the figures come from (Frictionless sources): usually the published report; `path` is its URL if public. */
  sources: z
    .array(z.strictObject({ title: z.string().min(1), path: z.url({ error: 'expected a full URL' }).optional() }))
    .default([]),
  /** Who made the data (Frictionless contributors): role is author, publisher, maintainer, wrangler or contributor. */
  contributors: z
    .array(
      z.strictObject({
        title: z.string().min(1),
        role: z.enum(['author', 'publisher', 'maintainer', 'wrangler', 'contributor']).default('contributor'),
        path: z.url({ error: 'expected a full URL' }).optional(),
        email: z.email().optional(),
      }),
    )
    .default([]),
  /**
   * The report's source repository, for "Edit this page" links: `url` as https://github.com/owner/repo (or a
   * GitLab/Gitea project URL), `branch` the branch editors change. Optional: no link is shown without it.
   */
  repository: z
    .strictObject({
      url: z.url({ protocol: /^https?$/, error: 'expected a full URL such as https://github.com/owner/repo' }),
      branch: z.string().min(1).default('main'),
    })
    .optional(),
  /** Contact addresses, e.g. for investor relations. */
  contacts: z.array(z.strictObject({ label: z.string().min(1), email: z.email() })).default([]),
  /** Postal address, one line per item. */
  address: z.array(z.string().min(1)).default([]),
  /** Brand colour used for accents, as #rrggbb; must give 4.5:1 contrast on white (checked). */
  brandColour: z.string().regex(/^#[0-9a-f]{6}$/i, { error: 'expected a colour as #rrggbb' }),
  /** Why this colour (e.g. "chosen by the editors; the source names none"). */
  brandColourNote: z.string().optional(),
  /** Highlight ids (data/highlights.csv) shown on the home page, in order. */
  featuredHighlights: z.array(z.string()).optional(),
  /**
   * Indicator ids (data/indicators.csv) shown as key-figure tiles on the home page, in order: latest value,
   * change on the year before, trend. Optional: without it the home page shows no tiles.
   */
  keyFigures: z.array(z.string()).optional(),
  /** Language of the text in content/ (BCP 47). */
  language: z.string().default('en'),
  /**
   * The editions the site publishes, e.g. ["en", "zh-hk"]; English only when absent. Each language after the
   * first needs the translation tables (data/*-translations.csv) complete for it; content/<language>/ holds
   * its translated sections.
   */
  languages: z
    .array(z.enum(LANGUAGE_CODES, { error: `expected one of: ${LANGUAGE_CODES.join(', ')}` }))
    .refine((list) => list[0] === DEFAULT_LANGUAGE, { error: `expected "${DEFAULT_LANGUAGE}" first: the original text is English` })
    .refine((list) => new Set(list).size === list.length, { error: 'expected each language once' })
    .optional(),
  /**
   * The report's own words in each language after the first, e.g.
   * `{ "zh-hk": { "issuer": "…", "title": "…", "guideName": "…" } }`: the issuer's name, the report's title and
   * the guide's name as that edition prints them. Required for every language in `languages` other than the first
   * (checked in validation/report.ts); the English ones are `issuer`, `title` and `guide.name` above.
   */
  translations: z
    .partialRecord(
      z.enum(TRANSLATION_LANGUAGES as [Language, ...Language[]], { error: `expected one of: ${TRANSLATION_LANGUAGES.join(', ')}` }),
      z.strictObject({ issuer: z.string().min(1), title: z.string().min(1), guideName: z.string().min(1) }),
    )
    .optional(),
});

export type Report = z.infer<typeof reportSchema>;
