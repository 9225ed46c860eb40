/**
 * Validates the whole report before Astro builds anything, so `astro build` stops with every error
 * of every file listed, and writes no page. In `astro dev` the errors are logged and the content
 * loaders show them in the browser overlay instead of stopping the server.
 */
import type { AstroIntegration } from 'astro';
import { ReportValidationError, warningLines } from './loaders/errors.ts';
import { reportRoot } from './loaders/files.ts';
import { validateProject } from './validation/validate.ts';
import { formatCoverage, translationCoverage } from './lib/translation-coverage.ts';

export function reportValidation(): AstroIntegration {
  return {
    name: 'esg-report-validation',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command === 'preview') return;
        const { data, errors, warnings } = validateProject(reportRoot());
        if (errors.length === 0) {
          for (const line of formatCoverage(translationCoverage(data))) logger.info(line);
          for (const line of warningLines(warnings)) logger.warn(line);
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
