/**
 * `npm run check`: validate content/ and data/ without building. Prints every error as `file:line:column message`
 * and exits 1, or prints a one-line summary and exits 0. `--format github` prints each error as a GitHub Actions
 * workflow annotation (`::error file=…,line=…,col=…::message`), so it shows on the changed line of a pull request.
 * Usage: node scripts/check.ts [root] [--format text|github]; `npm run check --format github` works too.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ReportValidationError, warningLines, type DataError } from '../src/loaders/errors.ts';
import { reportRoot } from '../src/loaders/files.ts';
import { validateProject } from '../src/validation/validate.ts';
import { formatCoverage, translationCoverage } from '../src/lib/translation-coverage.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { format: { type: 'string', default: 'text' } } });
// `npm run check --format github` (without "--") hands the script only the word "github": npm keeps the flag.
const FORMATS = ['text', 'github'];
if (positionals.length > 0 && FORMATS.includes(positionals[0]!) && !existsSync(positionals[0]!)) values.format = positionals.shift()!;
// The report folder: the argument, else ESG_REPORT_DIR, else the current directory.
const root = reportRoot(positionals[0]);

/** GitHub's workflow command escaping: %, CR and LF in the message; also , and : in properties. */
const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
const annotation = (error: DataError) =>
  `::error file=${escapeProperty(error.file)},line=${error.line},col=${error.column},title=${escapeProperty('Report check')}::${escapeData(error.message)}`;

const { data, errors, warnings } = validateProject(root);

if (errors.length > 0) {
  const failure = new ReportValidationError(errors, warnings);
  if (values.format === 'github') for (const error of failure.errors) console.log(annotation(error));
  console.error(failure.message);
  process.exit(1);
}
const { counts } = data.quality;
const checks = Object.values(counts).reduce((sum, count) => sum + count, 0);
console.log(
  `OK: ${data.sections.length + data.translatedSections.length} MDX files, ${data.indicators.length} indicators, ${data.values.length} values, ` +
    `${data.highlights.length} highlights, ${data.mapping.length} HKEX mapping rows; ` +
    `${data.quality.rules.length} consistency rules, ${checks} checks (${counts.pass} passed, ${counts.exception} recorded exceptions, ` +
    `${counts['warning-accepted']} explained warnings, ${counts.warning} warnings).`,
);
for (const line of warningLines(warnings)) console.warn(line);
for (const line of formatCoverage(translationCoverage(data))) console.log(line);
