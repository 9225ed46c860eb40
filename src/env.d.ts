/** Per-request values every page and component reads (set by src/middleware.ts). */
declare namespace App {
  interface Locals {
    /** The page's language, from its path prefix ("/zh-hk/…" → "zh-hk", else the default "en"). */
    language: import('./i18n/index.ts').Language;
    /**
     * The language of the report text (MDX) on this page where it is not the page's: English when an untranslated
     * section's original stands in (set by the page before anything renders). MDX components read textLanguage().
     */
    bodyLanguage?: import('./i18n/index.ts').Language;
  }
}
