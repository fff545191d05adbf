import { gzipSync } from 'node:zlib';
import type { Browser, Locator, Page } from 'playwright-core';
import { phone } from '../../tests/e2e/browser';
import { firstControl, firstTextInput } from '../firstTextInput';
import { ASLEEP } from '../formAwake';
import { inlineCode } from './inlineCode';
import { type ResourceKind, type TrackedRequest, trackRequests } from './trackRequests';

export interface Bytes {
  raw: number;
  gzip: number;
}

export interface PageWeight {
  url: string;
  /** Requests made before any interaction, the document included. */
  requests: number;
  /** Bytes per resource type of the requests made at load; inline code stays inside `html`. */
  byKind: Record<ResourceKind, Bytes>;
  inlineJs: Bytes;
  inlineCss: Bytes;
  /** Everything fetched at load, each response gzipped on its own as a server would send it. */
  total: Bytes;
  /** JavaScript that runs without interaction: script files plus inline scripts. */
  loadJs: Bytes;
  /** URLs of requests at load or on first touch whose origin is not the page's own. */
  thirdParty: string[];
  /** What a first tap on the first text field (else control) fetches, e.g. an island that hydrates on touch. */
  onTouch: { requests: number; js: Bytes; total: Bytes };
}

const QUIET_MS = 500;
const TIMEOUT_MS = 20_000;

/**
 * Loads a page in a fresh phone-sized Chromium context without throttling, waits until the
 * network has been quiet for 500 ms, and weighs every response; then taps the first text
 * field (or, without one, the first control) and weighs what that fetches, separately.
 */
export async function measurePageWeight(browser: Browser, url: string): Promise<PageWeight> {
  const origin = new URL(url).origin;
  const context = await phone(browser, true);
  try {
    // Counted, then refused: a request to another origin must not hang the measurement.
    await context.route(
      (target) => isThirdParty(target.href, origin),
      (route) => route.abort('blockedbyclient'),
    );
    const page = await context.newPage();
    const tracker = trackRequests(page);
    await page.goto(url, { waitUntil: 'load' });
    await tracker.waitForQuiet(QUIET_MS, TIMEOUT_MS);
    const atLoad = await tracker.take();
    const waiting = await page.locator(ASLEEP).count();
    await (await firstTouchTarget(page))?.tap();
    tracker.mark();
    // On a busy machine the form's imports can start well after the tap: wait for it to wake.
    if (waiting > 0) {
      await page.waitForFunction(
        ([asleep, before]) => document.querySelectorAll(asleep).length < before,
        [ASLEEP, waiting] as const,
        {
          timeout: TIMEOUT_MS,
        },
      );
    }
    await tracker.waitForQuiet(QUIET_MS, TIMEOUT_MS);
    const onTouch = await tracker.take();

    const html = atLoad
      .filter((request) => request.kind === 'html')
      .map((request) => request.body.toString('utf8'))
      .join('\n');
    const inline = inlineCode(html);
    const inlineJs = sizeOf(inline.js);
    const js = sum(atLoad.filter((request) => request.kind === 'js'));
    return {
      url,
      requests: atLoad.length,
      byKind: {
        html: sum(atLoad.filter((request) => request.kind === 'html')),
        css: sum(atLoad.filter((request) => request.kind === 'css')),
        js,
        other: sum(atLoad.filter((request) => request.kind === 'other')),
      },
      inlineJs,
      inlineCss: sizeOf(inline.css),
      total: sum(atLoad),
      loadJs: { raw: js.raw + inlineJs.raw, gzip: js.gzip + inlineJs.gzip },
      thirdParty: [...atLoad, ...onTouch].map((request) => request.url).filter((each) => isThirdParty(each, origin)),
      onTouch: {
        requests: onTouch.length,
        js: sum(onTouch.filter((request) => request.kind === 'js')),
        total: sum(onTouch),
      },
    };
  } finally {
    await context.close();
  }
}

/** The first text field, else the first visible control of any kind (a slider, a choice), else none. */
async function firstTouchTarget(page: Page): Promise<Locator | undefined> {
  const text = firstTextInput(page);
  if (await text.isVisible()) return text;
  const control = firstControl(page);
  return (await control.isVisible()) ? control : undefined;
}

function sum(requests: readonly TrackedRequest[]): Bytes {
  return requests.reduce(
    (bytes, request) => ({ raw: bytes.raw + request.body.length, gzip: bytes.gzip + request.gzip }),
    { raw: 0, gzip: 0 },
  );
}

function sizeOf(text: string): Bytes {
  const body = Buffer.from(text, 'utf8');
  return { raw: body.length, gzip: body.length === 0 ? 0 : gzipSync(body).length };
}

/** `data:` and `blob:` URLs never leave the page, so they are not requests to anyone. */
function isThirdParty(url: string, origin: string): boolean {
  const { protocol } = new URL(url);
  if (protocol === 'data:' || protocol === 'blob:') return false;
  return new URL(url).origin !== origin;
}
