/**
 * Validates the whole report before Astro builds anything, so `astro build` stops with every error
 * of every file listed, and writes no page. In `astro dev` the errors are logged and the content
 * loaders show them in the browser overlay instead of stopping the server.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { ReportValidationError } from './loaders/errors.ts';
import { publishDataOutputs } from './outputs/publish.ts';
import { validateProject } from './validation/validate.ts';
import { formatCoverage, translationCoverage } from './lib/translation-coverage.ts';

export function reportValidation(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'esg-report-validation',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        if (command === 'preview') return;
        root = fileURLToPath(config.root);
        const { data, errors } = validateProject(root);
        if (errors.length === 0) {
          for (const line of formatCoverage(translationCoverage(data))) logger.info(line);
          if (!data.report.siteUrl)
            logger.warn(
              'data/report.json has no siteUrl: JSON-LD, citations, the data package and the data book leave out the URLs that would point to the site.',
            );
          return;
        }
        const failure = new ReportValidationError(errors);
        // One log line per error: Astro shows only part of a long multi-line error message.
        for (const line of failure.message.split('\n')) logger.error(line);
        if (command !== 'dev') {
          throw new Error(`The build stopped: ${errors.length} error(s) in content/ and data/, listed above. Nothing was written.`);
        }
      },
      // After the pages: the data book and the evidence pack (the PDF, once built, is handed to this step).
      'astro:build:done': async ({ dir, logger }) => {
        const outputs = await publishDataOutputs(root, fileURLToPath(dir));
        for (const output of [outputs.dataBook, outputs.evidencePack])
          logger.info(`data/${output.name}: ${output.bytes.byteLength} bytes`);
      },
    },
  };
}
