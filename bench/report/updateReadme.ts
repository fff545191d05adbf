import { readFileSync, writeFileSync } from 'node:fs';

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

/**
 * Puts `markdown` under a "## Benchmarks" heading between the bench markers of the README,
 * appending the section at the end the first time; the rest of the README is left as it is.
 */
export function updateReadme(path: string, markdown: string): void {
  const readme = readFileSync(path, 'utf8');
  const section = `${START}\n## Benchmarks\n\nWhat \`npm run bench\` measured last (it writes bench/results.json and bench/results.md, and this section).\n\n${markdown.trim()}\n${END}`;
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  const next =
    start >= 0 && end > start
      ? `${readme.slice(0, start)}${section}${readme.slice(end + END.length)}`
      : `${readme.trimEnd()}\n\n${section}\n`;
  writeFileSync(path, next);
}
