import { gzipSync } from 'node:zlib';
import type { Page, Request } from 'playwright-core';

export type ResourceKind = 'html' | 'css' | 'js' | 'other';

export interface TrackedRequest {
  url: string;
  kind: ResourceKind;
  /** Decoded body as the page received it; empty for redirects and failed requests. */
  body: Buffer;
  gzip: number;
  failed: boolean;
}

export interface RequestTracker {
  /** Milliseconds since the last request started or ended, or 0 while one is in flight. */
  quietFor(): number;
  /** Resolves once no request has been in flight for `quietMs`, or throws after `timeoutMs`. */
  waitForQuiet(quietMs: number, timeoutMs: number): Promise<void>;
  /** The requests that ended since the previous call, in the order they started. */
  take(): Promise<TrackedRequest[]>;
  /** Counts quiet from now: an action (a tap) may start its requests a moment after it returns. */
  mark(): void;
}

/**
 * Records every request a page makes, with its body, so weights come from what really loaded.
 * `bodies: false` skips reading them, for timed runs that only need to know when the network is quiet.
 */
export function trackRequests(page: Page, { bodies = true } = {}): RequestTracker {
  let inflight = 0;
  let lastChange = Date.now();
  let pending: Promise<{ started: number; request: TrackedRequest }>[] = [];
  const started = new Map<Request, number>();
  const settle = (request: Request, failed: boolean) => {
    inflight -= 1;
    lastChange = Date.now();
    pending.push(
      read(request, failed, bodies).then((tracked) => ({ started: started.get(request) ?? 0, request: tracked })),
    );
  };
  page.on('request', (request) => {
    inflight += 1;
    lastChange = Date.now();
    started.set(request, started.size);
  });
  page.on('requestfinished', (request) => settle(request, false));
  page.on('requestfailed', (request) => settle(request, true));

  const quietFor = () => (inflight > 0 ? 0 : Date.now() - lastChange);
  return {
    quietFor,
    async waitForQuiet(quietMs, timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      while (quietFor() < quietMs) {
        if (Date.now() > deadline) {
          throw new Error(`${page.url()}: the network was not quiet for ${quietMs} ms within ${timeoutMs} ms`);
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    mark() {
      lastChange = Date.now();
    },
    async take() {
      const taken = await Promise.all(pending);
      pending = [];
      return taken.sort((a, b) => a.started - b.started).map(({ request }) => request);
    },
  };
}

async function read(request: Request, failed: boolean, bodies: boolean): Promise<TrackedRequest> {
  const url = request.url();
  const kind = kindOf(request.resourceType());
  const response = failed || !bodies ? null : await request.response();
  // A redirect has no body of its own; its target is tracked as a request of its own.
  const redirect = response !== null && response.status() >= 300 && response.status() < 400;
  const body = response === null || redirect ? Buffer.alloc(0) : await response.body();
  return { url, kind, body, gzip: body.length === 0 ? 0 : gzipSync(body).length, failed };
}

function kindOf(resourceType: string): ResourceKind {
  if (resourceType === 'document') return 'html';
  if (resourceType === 'stylesheet') return 'css';
  if (resourceType === 'script') return 'js';
  return 'other';
}
