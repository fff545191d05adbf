import { budgets } from '../budgets';
import { throttling } from '../load/throttling';
import { INTERVAL_PERCENT, RESAMPLES, TAIL } from './ratioInterval';

/** How the numbers in the tables were measured; printed under them in results.md and the README. */
export const methodology = `
**How it is measured.** \`npm run bench\` builds the site, serves it with \`wrangler dev\` on loopback
(as \`npm start\` does), bundles the peers with esbuild and serves them gzipped from a small local
server, and drives Debian's Chromium through playwright-core. 1 KB = 1,000 bytes.

- **Page weight**: each page loaded cold in a Pixel 7 context without throttling; every response at
  load is counted (until the network is quiet for 500 ms), raw and gzipped on its own with zlib's
  default level. Cells are raw / gzip KB. *Inline JS* is the \`<script>\` code inside the HTML (also
  counted in HTML); *JS at load* is script files plus inline scripts, which is what the
  ${format(budgets.loadJsGzip)} budget limits. *On first tap* is what tapping the first text field
  fetches afterwards (Formwell's form code, the framework-free enhancer, is fetched at the first
  touch; the weighing waits until it has set up). *3rd-party* counts requests
  to any origin other than the page's own (they are counted, then refused).
- **Throttled load**: Pixel 7 emulation, \`Network.emulateNetworkConditions\` (${throttling.latencyMs} ms
  latency, ${throttling.downloadBytesPerSecond / 1000} KB/s down, ${throttling.uploadBytesPerSecond / 1000} KB/s up) and
  \`Emulation.setCPUThrottlingRate\` ${throttling.cpuSlowdown}×, a fresh context (cold cache) per run, pages
  interleaved round by round; median (min–max) in ms from navigation start. FCP and LCP come
  from the page's own PerformanceObserver.
- **Input ready** (when the form accepts typing): as soon as the first visible text field exists
  (the page notes the frame it shows: Playwright's own wait polls every 500 ms after its first 270,
  which put most loads' taps on one of two polls half a second apart), the harness taps it and
  types a letter every 100 ms through CDP (trusted key events, like a person typing ten characters
  a second). A keystroke is *prompt* when the field's value shows it within 50 ms of the key being
  sent (the key event's timestamp to the field's \`input\` event);
  a long task in the way makes it late, a library that replaces the field or resets it loses it.
  Input ready is the moment the first keystroke of the final unbroken run of prompt keystrokes was
  sent: from then on every keystroke landed promptly. Typing stops once at least 10 keys were sent
  and for a whole second no request was in flight, no long task ran and every key was prompt (or
  after 50 keys). It includes the harness's own reaction time: Playwright's tap (its injected
  script, its stability checks). With Playwright's polling wait, finding and tapping were about a
  third of the floor's time (0.32–0.36 s of 0.96–0.99 s), measured against a harness that taps
  through CDP alone. That time should be much the same on every page, so it pulls every ratio
  towards 1. The plain HTML row is the floor; *÷ plain HTML* is the median against that row's
  median, measured in the same run. In brackets is its ${INTERVAL_PERCENT} % bootstrap interval: both rows' loads are resampled
  ${RESAMPLES.toLocaleString('en')} times (with a fixed seed), and ${TAIL * 100} % of the resampled
  ratios lie beyond each end. When the interval spans a limit such as 1.2×, one bench run cannot
  say on which side of it the page is. Every page, the floor and the peers
  included, is loaded in every round, so each is compared with loads made beside it. The floor
  divides every ratio, so it is loaded three times a round (first, in the middle and last) and its
  median is over three times the runs. A round that would overrun the time budget is not started,
  and the first always runs.
- **TBT**: the sum over long tasks of their time beyond 50 ms, clipped to the window from FCP to the
  end of typing. Unlike Lighthouse's TBT it includes work that the typing itself starts, because a
  visitor who types pays for it.
- **Wake**: the longest main-thread task (its whole length, not the part beyond 50 ms) from the end
  of typing until the form's code has set up and the page has been quiet for a second: work that
  waited for a pause in typing would show here (a Solid island did, 70–330 ms), and a key pressed in
  that task waits. The enhancer sets up at once, in three short tasks, during the typing above; a
  calculator's figures for typed answers are worked out at a pause in typing, here after it.
- **Lighthouse**: lighthouse's mobile preset with its default simulated throttling, performance and
  accessibility only, one run per page.
- **Submissions**: autocannon POSTs valid quote answers as JSON to \`/api/forms/quote/submissions\` on
  loopback after 100 warm-up requests. Each request is a new visitor: its own email (a repeated
  lead is answered from D1 without a write) and its own \`CF-Connecting-IP\` header from the
  198.18.0.0/15 benchmarking range (the Worker rate-limits each visitor to 10 a minute). CPU per submission is the user+system time of the workerd
  processes (from \`/proc/<pid>/stat\`) over the run, divided by the submissions processed (sent minus
  non-2xx and errors, including those still in flight when the window closed): *Worker* is the
  process running Formwell's Worker and local D1, *all* adds wrangler's local proxy in front of it.
  D1 rows per submission is the change in row count over every table in the local database, so
  an update to an existing row would not show. On a 2-core machine autocannon competes with
  workerd for the CPU, so requests/s is a floor, not a capacity.
`.trim();

function format(bytes: number): string {
  return `${bytes / 1000} KB`;
}
