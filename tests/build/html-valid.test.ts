/**
 * Valid HTML on every page: the W3C Nu Html Checker (npm `vnu-jar`) over all of dist/, errors only, on the
 * machine's Java (`.ci/run` installs Debian's default-jre-headless when `java` is missing).
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { DIST } from '../support/site.ts';

const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));
/**
 * A short run of one JVM: the quick compiler only and one garbage-collector thread take 6.4 s of CPU over 304 pages
 * where the JVM's defaults take 14.6 s (same messages); the quick compiler's deeper stack frames need the larger
 * thread stack (the checker asks for at least 512k).
 */
const JVM_FLAGS = ['-Xss4m', '-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC'];

interface NuMessage {
  type: string;
  url: string;
  lastLine?: number;
  message: string;
}

describe('HTML', () => {
  it('has no error on any page (W3C Nu checker)', () => {
    const result = spawnSync('java', [...JVM_FLAGS, '-jar', vnuJar, '--errors-only', '--format', 'json', '--skip-non-html', DIST], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (result.error) throw new Error(`The HTML check needs Java (the Nu checker is a .jar): install it with \`apt-get install -y default-jre-headless\` (${result.error.message}).`);
    const { messages } = JSON.parse(result.stderr) as { messages: NuMessage[] };
    expect(messages.map((message) => `${message.url.replace(`file:${DIST}`, '')}:${message.lastLine ?? 0} ${message.message}`)).toEqual([]);
  });
});
