/**
 * Validates the whole report before Astro builds anything, so `astro build` stops with every error
 * of every file listed, and writes no page. In `astro dev` the errors are logged and the content
 * loaders show them in the browser overlay instead of stopping the server.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { ReportValidationError, warningLines } from './loaders/errors.ts';
import { reportRoot } from './loaders/files.ts';
import { buildInfo } from './lib/build-info.ts';
import { validateProjectOnce } from './validation/validate.ts';
import { loadReportModel } from './model/from-project.ts';
import { pdfStep } from './publish/pdf.ts';
import { downloadLinksStep } from './publish/links.ts';
import { coverFontStep } from './publish/cover-font.ts';
import { pdfModeOf, runPublishSteps, type PublishStep } from './publish/steps.ts';
import { dataOutputsStep } from './outputs/publish.ts';
import { searchIndexStep } from './search-index.ts';
import { formatCoverage, translationCoverage } from './lib/translation-coverage.ts';

export function reportValidation(): AstroIntegration {
  return {
    name: 'esg-report-validation',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command === 'preview') return;
        // Read afresh (the config reloads in dev); the content loaders and pages then reuse this read.
        const { data, errors, warnings } = validateProjectOnce(reportRoot(), { fresh: true });
        // The commit and date the pages and data outputs state, asked of git now, while the process is small.
        buildInfo(reportRoot(), { fresh: true });
        if (errors.length === 0) {
          for (const line of formatCoverage(translationCoverage(data))) logger.info(line);
          for (const line of warningLines(warnings)) logger.warn(line);
          if (!data.report.siteUrl)
            logger.warn(
              'data/report.json has no siteUrl: JSON-LD, citations, the data package and the data book leave out the URLs that would point to the site.',
            );
          return;
        }
        const failure = new ReportValidationError(errors, warnings);
        // One log line per error: Astro shows only part of a long multi-line error message.
        for (const line of failure.message.split('\n')) logger.error(line);
        if (command !== 'dev') {
          throw new Error(`The build stopped: ${errors.length} error(s) in content/ and data/, listed above. Nothing was written.`);
        }
      },
    },
  };
}

/**
 * The publish steps, in order, after Astro has written dist/: the search index (beside the next steps, as it only
 * reads the pages), the PDF, the data books and evidence pack (which hold the PDF), the links to the PDF, which
 * rewrite the pages once the search index has read them, and the Chinese covers' font, cut to the cover pages as
 * they are finally written.
 */
export const PUBLISH_STEPS: PublishStep[] = [searchIndexStep, pdfStep, dataOutputsStep, downloadLinksStep, coverFontStep];

/**
 * Runs the publish steps (src/publish/steps.ts) once `astro build` has written dist/.
 * `ESG_PDF=skip` skips the PDF; `--require-pdf`, `ESG_PDF=require` or `CI=true` make a missing browser an error.
 */
export function reportPublish(steps: PublishStep[] = PUBLISH_STEPS): AstroIntegration {
  return {
    name: 'esg-report-publish',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        // The report folder (ESG_REPORT_DIR or this repository), not Astro's root, which stays where the code is.
        const root = reportRoot();
        await runPublishSteps(steps, {
          dist: fileURLToPath(dir),
          root,
          model: loadReportModel(root),
          logger,
          pdfMode: pdfModeOf(),
        });
      },
    },
  };
}
