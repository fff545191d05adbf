import type { BenchPage, BenchResults } from '../results';
import { format } from './format';
import { methodology } from './methodology';
import { INTERVAL_PERCENT, ratioInterval } from './ratioInterval';

/** The results as markdown tables, for bench/results.md and the README's Benchmarks section. */
export function renderMarkdown(results: BenchResults): string {
  const { meta, pages, submissions, budgets, errors } = results;
  const quote = pages.find((page) => page.name === '/f/quote/');
  const templates = pages.filter((page) => !page.peer);
  const plain = pages.find((page) => page.name === 'plain HTML');
  const compared = quote ? [quote, ...pages.filter((page) => page.peer)] : pages.filter((page) => page.peer);
  const lines = [
    `Measured ${meta.date.slice(0, 10)} on commit \`${meta.commit}\`${meta.dirty ? ' with uncommitted changes' : ''}: ` +
      `${meta.cpus} cores (load average ${meta.loadAverage.toFixed(2)} at start), Node ${meta.node}, Chromium ${meta.chromium}; ` +
      `the whole run took ${Math.round(meta.seconds)} s. ` +
      `Peers: ${Object.entries(meta.peers)
        .map(([name, version]) => `${name} ${version}`)
        .join(', ')}.`,
    '',
    '### Budgets',
    '',
    '| Budget | Limit | Measured | |',
    '| --- | --- | --- | --- |',
    ...budgets.map(
      (check) =>
        `| ${check.budget} | ${check.limit} | ${check.measured === null ? 'not measured' : Math.round(check.measured * 100) / 100} | ${check.pass ? 'pass' : '**FAIL**'} |`,
    ),
    '',
    '### Page weight (KB, raw / gzip)',
    '',
    '| Page | Requests | HTML | CSS files | JS files | Inline JS | Total | JS at load | On first tap | 3rd-party |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...pages.map(weightRow),
    '',
    `### Throttled load on a phone (ms, median (min–max) of up to ${meta.runsPerPage} runs; plain HTML, the floor, three a round)`,
    '',
    `| Page | Runs | FCP | LCP | Input ready | ÷ plain HTML (${INTERVAL_PERCENT} % interval) | TBT | Lost keys | Wake |`,
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...pages.map((page) => loadRow(page, plain)),
    '',
    '### The quote form against its peers (medians; ratio to Formwell /f/quote/)',
    '',
    '| Page | Transfer (gzip KB) | Requests | FCP | LCP | Input ready | TBT | Lighthouse perf. |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...compared.map((page) => ratioRow(page, quote)),
    '',
    '### Lighthouse (mobile preset, simulated throttling, one run)',
    '',
    '| Page | Performance | Accessibility | LCP (simulated, ms) | TBT (simulated, ms) |',
    '| --- | --- | --- | --- | --- |',
    ...[...templates, ...pages.filter((page) => page.peer)].map(lighthouseRow),
    '',
    '### Submissions under load (local Worker, loopback)',
    '',
    '| Load | Requests/s | p50 (ms) | p99 (ms) | 2xx | Non-2xx | Errors | Statuses | CPU per submission (ms, Worker / all workerd) | D1 rows per submission |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    submissions
      ? `| ${submissions.connections} connections × ${submissions.durationSeconds} s | ${submissions.requestsPerSecond.toFixed(0)} | ` +
        `${submissions.latencyP50Ms} | ${submissions.latencyP99Ms} | ${submissions.succeeded} | ${submissions.non2xx} | ${submissions.errors} | ` +
        `${Object.entries(submissions.statuses)
          .map(([status, count]) => `${status}: ${count}`)
          .join(', ')} | ` +
        `${submissions.cpuMsPerSubmission ? `${submissions.cpuMsPerSubmission.worker.toFixed(2)} / ${submissions.cpuMsPerSubmission.allWorkerd.toFixed(2)}` : 'none succeeded'} | ` +
        `${submissions.d1RowsPerSubmission?.toFixed(2) ?? 'none succeeded'} |`
      : '| not measured | | | | | | | | | |',
    '',
    ...(errors.length > 0 ? ['### Failed parts of this run', '', ...errors.map((error) => `- ${error}`), ''] : []),
    methodology,
  ];
  return `${lines.join('\n')}\n`;
}

function weightRow(page: BenchPage): string {
  const weight = page.weight;
  if (!weight) return `| ${page.name} | not measured | | | | | | | | |`;
  const { byKind, inlineJs, total, loadJs, onTouch } = weight;
  return [
    page.name,
    weight.requests,
    format.bytes(byKind.html.raw, byKind.html.gzip),
    format.bytes(byKind.css.raw, byKind.css.gzip),
    format.bytes(byKind.js.raw, byKind.js.gzip),
    format.bytes(inlineJs.raw, inlineJs.gzip),
    format.bytes(total.raw, total.gzip),
    format.bytes(loadJs.raw, loadJs.gzip),
    onTouch.requests === 0 ? '–' : `${format.bytes(onTouch.total.raw, onTouch.total.gzip)} (${onTouch.requests} req.)`,
    weight.thirdParty.length,
  ]
    .join(' | ')
    .replace(/^/, '| ')
    .concat(' |');
}

function loadRow(page: BenchPage, plain: BenchPage | undefined): string {
  const runs = page.runs.length;
  const summary = page.summary;
  if (runs === 0 || !summary) return `| ${page.name} | 0 | | | | | | | |`;
  const lost = page.runs.reduce((total, run) => total + run.lostKeystrokes, 0);
  const typed = page.runs.filter((run) => run.textField).length;
  const inputReady = typed === 0 ? 'no text field' : format.spread(summary.inputReady, typed);
  // The floor against itself is 1 by definition; an interval of its runs against themselves says nothing.
  const floor =
    typed === 0 || !plain
      ? '–'
      : page === plain
        ? '1.00×'
        : format.interval(ratioInterval(readyTimes(page), readyTimes(plain)));
  const wake = typed === 0 ? '–' : format.spread(summary.wake, typed);
  return `| ${page.name} | ${runs} | ${format.spread(summary.fcp, runs)} | ${format.spread(summary.lcp, runs)} | ${inputReady} | ${floor} | ${format.spread(summary.tbt, runs)} | ${lost} | ${wake} |`;
}

function readyTimes(page: BenchPage): number[] {
  return page.runs.flatMap((run) => (run.inputReady === null ? [] : [run.inputReady]));
}

function ratioRow(page: BenchPage, base: BenchPage | undefined): string {
  const cell = (value: number | undefined, baseValue: number | undefined, text: string) =>
    value === undefined ? '–' : `${text} (${format.ratio(value, baseValue)})`;
  const metric = (pick: (of: BenchPage) => number | undefined) => {
    const value = pick(page);
    return cell(value, base ? pick(base) : undefined, value === undefined ? '' : format.ms(value));
  };
  const gzip = page.weight?.total.gzip;
  return [
    page.name,
    cell(gzip, base?.weight?.total.gzip, gzip === undefined ? '' : format.kb(gzip)),
    cell(page.weight?.requests, base?.weight?.requests, String(page.weight?.requests)),
    metric((of) => of.summary?.fcp?.median),
    metric((of) => of.summary?.lcp?.median),
    metric((of) => of.summary?.inputReady?.median),
    metric((of) => of.summary?.tbt?.median),
    page.lighthouse ? String(page.lighthouse.performance) : '–',
  ]
    .join(' | ')
    .replace(/^/, '| ')
    .concat(' |');
}

function lighthouseRow(page: BenchPage): string {
  const scores = page.lighthouse;
  if (!scores) return `| ${page.name} | not measured | | | |`;
  return `| ${page.name} | ${scores.performance} | ${scores.accessibility} | ${format.ms(scores.lcp)} | ${format.ms(scores.tbt)} |`;
}
