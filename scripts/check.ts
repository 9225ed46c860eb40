/**
 * `npm run check`: validate content/ and data/ without building. Prints every error as `file:line:column message`
 * and exits 1, or prints a one-line summary and exits 0. `--format github` prints each error as a GitHub Actions
 * workflow annotation (`::error file=…,line=…,col=…::message`), so it shows on the changed line of a pull request.
 * Usage: node scripts/check.ts [root] [--format text|github]; `npm run check --format github` works too.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ReportValidationError, type DataError } from '../src/loaders/errors.ts';
import { validateProject } from '../src/validation/validate.ts';
import { formatCoverage, translationCoverage } from '../src/lib/translation-coverage.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { format: { type: 'string', default: 'text' } } });
// `npm run check --format github` (without "--") hands the script only the word "github": npm keeps the flag.
const FORMATS = ['text', 'github'];
if (positionals.length > 0 && FORMATS.includes(positionals[0]!) && !existsSync(positionals[0]!)) values.format = positionals.shift()!;
const root = positionals[0] ?? process.cwd();

/** GitHub's workflow command escaping: %, CR and LF in the message; also , and : in properties. */
const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
const annotation = (error: DataError) =>
  `::error file=${escapeProperty(error.file)},line=${error.line},col=${error.column},title=${escapeProperty('Report check')}::${escapeData(error.message)}`;

const { data, errors } = validateProject(root);

if (errors.length > 0) {
  const failure = new ReportValidationError(errors);
  if (values.format === 'github') for (const error of failure.errors) console.log(annotation(error));
  console.error(failure.message);
  process.exit(1);
}
console.log(
  `OK: ${data.sections.length + data.translatedSections.length} MDX files, ${data.indicators.length} indicators, ${data.values.length} values, ` +
    `${data.highlights.length} highlights, ${data.mapping.length} HKEX mapping rows.`,
);
for (const line of formatCoverage(translationCoverage(data))) console.log(line);
