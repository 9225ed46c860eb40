/**
 * `npm run check [report folder]`: validate a report's content/ and data/ without building. The folder is the
 * argument, else ESG_REPORT_DIR, else the current directory. Prints every error as `file:line:column message`
 * (then the warnings) and exits 1, or prints a summary (and any warnings) and exits 0.
 */
import { ReportValidationError, warningLines } from '../src/loaders/errors.ts';
import { reportRoot } from '../src/loaders/files.ts';
import { readProject } from '../src/loaders/project.ts';

const root = reportRoot(process.argv[2]);
const { data, errors, warnings } = readProject(root);
if (errors.length > 0) {
  console.error(new ReportValidationError(errors, warnings).message);
  process.exit(1);
}
const counts = data.quality?.counts;
const checks = counts ? Object.values(counts).reduce((sum, count) => sum + count, 0) : 0;
console.log(
  `OK: ${data.sections.length} MDX files, ${data.indicators.length} indicators, ${data.values.length} values, ` +
    `${data.highlights.length} highlights, ${data.mapping.length} HKEX mapping rows; ` +
    `${data.quality?.rules.length ?? 0} consistency rules, ${checks} checks ` +
    `(${counts?.pass ?? 0} passed, ${counts?.exception ?? 0} recorded exceptions, ${counts?.['warning-accepted'] ?? 0} explained warnings, ${counts?.warning ?? 0} warnings).`,
);
for (const line of warningLines(warnings)) console.warn(line);
