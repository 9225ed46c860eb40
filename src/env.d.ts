/** Per-request values every page and component reads (set by src/middleware.ts). */
declare namespace App {
  interface Locals {
    /** The page's language, from its path prefix ("/zh-hk/…" → "zh-hk", else the default "en"). */
    language: import('./i18n/index.ts').Language;
  }
}
