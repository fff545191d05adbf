/** Lines in a box, so that a one-time value stands out in a terminal full of build output. */
export function framed(lines) {
  const width = Math.max(...lines.map((line) => line.length));
  const bar = `+${'-'.repeat(width + 2)}+`;
  return [bar, ...lines.map((line) => `| ${line.padEnd(width)} |`), bar].join('\n');
}
