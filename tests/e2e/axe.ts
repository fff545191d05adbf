import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * What axe-core finds against WCAG 2.2 AA in the page (or frame) as it stands, one line per rule with
 * the first elements it names. Evaluated through the DevTools protocol, so the page's own CSP stays on.
 */
export async function axeViolations(target: Page | Frame): Promise<string[]> {
  await target.evaluate(AXE);
  return target.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<unknown> } }).axe;
    const result = (await axe.run(document, { runOnly: { type: 'tag', values: tags } })) as {
      violations: { id: string; help: string; nodes: { target: string[]; failureSummary?: string }[] }[];
    };
    return result.violations.map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join('; ')})`,
    );
  }, WCAG_22_AA);
}

/**
 * axe on a page a browser without JavaScript got (axe itself needs scripts): its HTML is shown in a
 * fresh context at the same origin, so its styles load as they did, and checked there.
 */
export async function axeViolationsOfNoScriptPage(page: Page): Promise<string[]> {
  const html = await page.content();
  const browser = page.context().browser();
  if (!browser) throw new Error('no browser');
  const context = await browser.newContext({ viewport: page.viewportSize(), javaScriptEnabled: true });
  try {
    const copy = await context.newPage();
    // Its own scripts stay off: only axe runs, on the page as the visitor without JavaScript saw it.
    await copy.route('**/*.js', (route) => route.abort());
    await copy.goto(new URL('/robots.txt', page.url()).href);
    await copy.setContent(html.replace(/<script\b[\s\S]*?<\/script>/gi, ''), { waitUntil: 'load' });
    return await axeViolations(copy);
  } finally {
    await context.close();
  }
}
