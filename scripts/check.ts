/**
 * `npm run check`: validate content/ and data/ without building. Prints every error as
 * `file:line:column message` and exits 1, or prints a one-line summary and exits 0.
 */
import { ReportValidationError } from '../src/loaders/errors.ts';
import { readProject } from '../src/loaders/project.ts';
import { formatCoverage, translationCoverage } from '../src/lib/translation-coverage.ts';

const root = process.argv[2] ?? process.cwd();
const { data, errors } = readProject(root);
if (errors.length > 0) {
  console.error(new ReportValidationError(errors).message);
  process.exit(1);
}
console.log(
  `OK: ${data.sections.length + data.translatedSections.length} MDX files, ${data.indicators.length} indicators, ${data.values.length} values, ` +
    `${data.highlights.length} highlights, ${data.mapping.length} HKEX mapping rows.`,
);
for (const line of formatCoverage(translationCoverage(data))) console.log(line);
