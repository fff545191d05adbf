/** Script types a browser runs; `application/json` and `application/ld+json` blocks are data, not code. */
const RUNS = /^(|module|text\/javascript|application\/javascript)$/i;

/**
 * The JavaScript and CSS written inside an HTML document (`<script>` without `src`, `<style>`).
 * They travel with the HTML, so they count there too, and again here so the JavaScript budget
 * cannot be met by inlining the code instead of linking it.
 */
export function inlineCode(html: string): { js: string; css: string } {
  const js: string[] = [];
  for (const [, attributes = '', body = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\bsrc\s*=/i.test(attributes)) continue;
    const type = /\btype\s*=\s*["']?([^"'\s>]*)/i.exec(attributes)?.[1] ?? '';
    if (RUNS.test(type)) js.push(body);
  }
  const css = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map(([, body = '']) => body);
  return { js: js.join('\n'), css: css.join('\n') };
}
