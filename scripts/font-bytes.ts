/**
 * `node scripts/font-bytes.ts`: the Chinese edition's font files (src/lib/cjk-font.ts) for this report: the
 * characters, the bytes of each file, and any character without a glyph. Figures only. (The cover's own cut is made
 * from the built cover page, src/publish/cover-font.ts; the build logs its characters and bytes.)
 */
import { readProject } from '../src/loaders/project.ts';
import { TRANSLATION_LANGUAGES, publishedLanguages } from '../src/i18n/index.ts';
import { cjkCharacters, editionText, subsetCjkFont } from '../src/lib/cjk-font.ts';
import { paths } from '../src/lib/paths.ts';

const root = process.argv[2] ?? process.cwd();
const { data } = readProject(root);
for (const language of TRANSLATION_LANGUAGES.filter((item) => publishedLanguages(data.report).includes(item))) {
  const characters = cjkCharacters(editionText(root, data, language));
  const started = performance.now();
  const font = await subsetCjkFont(characters);
  for (const file of font.files) console.log(`${language}: ${paths.cjkFont(file.weight)} ${file.body.length} bytes, ${[...file.characters].length} characters`);
  const total = font.files.reduce((sum, file) => sum + file.body.length, 0);
  console.log(`${language}: ${characters.length} characters, ${font.files.length} files, ${total} bytes in all; missing glyphs: ${font.missing.join('') || 'none'}; cut in ${Math.round(performance.now() - started)} ms`);
}
