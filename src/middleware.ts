/**
 * The page's language, once per request (as Starlight does): `Astro.locals.language` from the path's first
 * segment ("/zh-hk/…" → "zh-hk"; any other path is the default language). Every page and component reads it
 * there, so none assumes English.
 *
 * In `astro dev`, a report that does not validate is shown in the browser, not only in the terminal: every request
 * fails with the same `file:line:column` list as `npm run check`, which Astro displays in its error overlay. Once
 * the file is fixed, the loaders clear the failure and the next request renders the page again. In a build the
 * validation has already stopped the run before any page (src/integration.ts), so this does nothing there.
 */
import { defineMiddleware } from 'astro:middleware';
import { devFailure } from './loaders/dev-errors.ts';
import { languageOfPath } from './i18n/index.ts';

export const onRequest = defineMiddleware((context, next) => {
  context.locals.language = languageOfPath(context.url.pathname);
  if (import.meta.env.DEV) {
    const failure = devFailure();
    if (failure) {
      const first = failure.errors[0]!;
      // Astro's overlay reads `loc` for the file and position it opens and frames.
      throw Object.assign(new Error(failure.message), {
        name: 'ReportValidationError',
        title: 'The report has errors',
        hint: 'Fix the files listed (the same list as `npm run check`); the page reloads when they validate.',
        loc: { file: `${process.cwd()}/${first.file}`, line: first.line, column: first.column },
      });
    }
  }
  return next();
});
