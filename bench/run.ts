// `npm run bench`: page weight, throttled loads against peers, Lighthouse and submission load,
// written to bench/results.json, bench/results.md and the README's Benchmarks section.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { templates } from '../templates';
import { launchChromium } from '../tests/e2e/browser';
import { runLighthouse } from './lighthouse/runLighthouse';
import { runRounds } from './load/runRounds';
import { throttling } from './load/throttling';
import { buildPeers, peers } from './peers/buildPeers';
import { peerVersions } from './peers/peerVersions';
import { servePeers } from './peers/servePeers';
import { checkBudgets } from './report/checkBudgets';
import { renderMarkdown } from './report/renderMarkdown';
import { spread } from './report/spread';
import { updateReadme } from './report/updateReadme';
import type { BenchPage, BenchResults } from './results';
import { startFormwell } from './server/startFormwell';
import { publishStudioCopy, STUDIO_QUOTE } from './studio/publishStudioCopy';
import { loadSubmissions } from './submissions/loadSubmissions';
import { measurePageWeight } from './weight/measurePageWeight';

const RUNS = 5;
/** The issue allows 10 minutes; stop adding optional rounds well before, for the fixed tail. */
const BUDGET_MS = 9.5 * 60_000;
/** Rough cost of what follows the throttled runs: Lighthouse per page (about 7 s measured), then the submission load. */
const LIGHTHOUSE_MS_PER_PAGE = 8_000;
const TAIL_MS = 45_000;
const PEER_NAMES: Record<(typeof peers)[number], string> = {
  plain: 'plain HTML',
  surveyjs: 'SurveyJS',
  formio: 'Form.io',
};

const started = Date.now();
const loadAverage = loadavg()[0] ?? 0;
const errors: string[] = [];
const log = (line: string) =>
  console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${line}`);
const failed = (what: string, error: unknown) => {
  const reason = error instanceof Error ? error.message : String(error);
  errors.push(`${what}: ${reason}`);
  log(`FAILED ${what}: ${reason}`);
};

log('building Formwell and the peers, starting the servers');
const formwell = await startFormwell();
const peerDir = join(import.meta.dirname, 'tmp', 'peers');
await buildPeers(peerDir);
const peerServer = await servePeers(peerDir);
log('publishing a studio copy of the quote form through the admin API');
const studioQuote = await publishStudioCopy(formwell.baseUrl, formwell.adminPassword, 'quote', STUDIO_QUOTE);

const pages: BenchPage[] = [
  ...[...templates.keys()].map((slug) => ({
    name: `/f/${slug}/`,
    url: `${formwell.baseUrl}/f/${slug}/`,
    peer: false,
    runs: [],
  })),
  { name: `/f/${STUDIO_QUOTE}/`, url: studioQuote, peer: false, runs: [] },
  ...peers.map((peer) => ({ name: PEER_NAMES[peer], url: `${peerServer.baseUrl}/${peer}/`, peer: true, runs: [] })),
];
const floor = pages.find((page) => page.name === PEER_NAMES.plain);
if (!floor) throw new Error('the plain HTML floor is missing from the pages');

let chromium = 'unknown';
let submissions: BenchResults['submissions'];
try {
  const browser = await launchChromium();
  chromium = browser.version();
  try {
    log(`weighing ${pages.length} pages`);
    for (const page of pages) {
      try {
        page.weight = await measurePageWeight(browser, page.url);
      } catch (error) {
        failed(`weight of ${page.name}`, error);
      }
    }
    // One batch: every page, the floor and the peers included, is loaded in every round, beside the others.
    const reserved = pages.length * LIGHTHOUSE_MS_PER_PAGE + TAIL_MS;
    log(`throttled loads: ${pages.length} pages, up to ${RUNS} rounds`);
    await runRounds(browser, pages, {
      reference: floor,
      rounds: RUNS,
      deadline: started + BUDGET_MS - reserved,
      errors,
      log,
    });
  } finally {
    await browser.close();
  }

  log(`Lighthouse on ${pages.length} pages`);
  try {
    const scores = await runLighthouse(pages.map((page) => page.url));
    pages.forEach((page, index) => {
      const score = scores[index];
      if (score) page.lighthouse = score;
    });
  } catch (error) {
    failed('Lighthouse', error);
  }

  log('submissions under load');
  try {
    submissions = await loadSubmissions(formwell.baseUrl, formwell.persistDir);
  } catch (error) {
    failed('submissions under load', error);
  }
} finally {
  formwell.stop();
  await peerServer.close();
}

for (const page of pages) {
  page.summary = {
    fcp: spread(page.runs.map((run) => run.fcp)),
    lcp: spread(page.runs.map((run) => run.lcp)),
    inputReady: spread(page.runs.map((run) => run.inputReady)),
    tbt: spread(page.runs.map((run) => run.tbt)),
    wake: spread(page.runs.map((run) => run.wake)),
  };
}
const results: BenchResults = {
  meta: {
    date: new Date().toISOString(),
    commit: git(['rev-parse', '--short', 'HEAD']),
    dirty: !['', 'unknown'].includes(git(['status', '--porcelain'])),
    node: process.versions.node,
    chromium,
    cpus: cpus().length,
    loadAverage,
    seconds: (Date.now() - started) / 1000,
    throttling: { ...throttling },
    peers: peerVersions(),
    runsPerPage: RUNS,
  },
  pages,
  ...(submissions ? { submissions } : {}),
  budgets: checkBudgets(pages, submissions),
  errors,
};
const markdown = renderMarkdown(results);
writeFileSync(join(import.meta.dirname, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(join(import.meta.dirname, 'results.md'), `# Formwell benchmarks\n\n${markdown}`);
updateReadme(join(import.meta.dirname, '..', 'README.md'), markdown);
log(
  `done: bench/results.json, bench/results.md and README.md${errors.length > 0 ? `, with ${errors.length} failed parts` : ''}`,
);
process.exitCode = errors.length > 0 ? 1 : 0;

/** Read-only git facts for the report; a copy without git still benchmarks. */
function git(args: string[]): string {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}
