import { budgets } from '../budgets';
import type { BenchPage, BudgetCheck } from '../results';
import { STUDIO_QUOTE } from '../studio/publishStudioCopy';
import type { SubmissionLoad } from '../submissions/loadSubmissions';
import { studioRatios } from '../weight/studioRatios';

/** The budgets tests/e2e/budgets.test.ts enforces, judged on this run's numbers. */
export function checkBudgets(pages: readonly BenchPage[], submissions: SubmissionLoad | undefined): BudgetCheck[] {
  const templates = pages.filter((page) => !page.peer && page.weight);
  const quote = pages.find((page) => page.name === '/f/quote/')?.weight;
  const studio = pages.find((page) => page.name === `/f/${STUDIO_QUOTE}/`)?.weight;
  const ratios = quote && studio ? studioRatios(quote, studio) : undefined;
  const worstJs = Math.max(...templates.map((page) => page.weight?.loadJs.gzip ?? 0));
  const thirdParty = templates.reduce((total, page) => total + (page.weight?.thirdParty.length ?? 0), 0);
  const rows = submissions?.d1RowsPerSubmission ?? null;
  const check = (budget: string, limit: number, measured: number | null): BudgetCheck => ({
    budget,
    limit,
    measured,
    pass: measured !== null && measured <= limit,
  });
  return [
    check('/f/quote/ at load, everything (bytes gzip)', budgets.quotePageGzip, quote?.total.gzip ?? null),
    check('JS at load, largest template page (bytes gzip)', budgets.loadJsGzip, templates.length > 0 ? worstJs : null),
    check(
      '3rd-party requests, all template pages',
      budgets.thirdPartyRequests,
      templates.length > 0 ? thirdParty : null,
    ),
    check('D1 rows per plain quote submission', budgets.d1RowsPerSubmission, rows),
    check(`/f/${STUDIO_QUOTE}/ ÷ /f/quote/, page weight`, budgets.studioCopyRatio, round(ratios?.page)),
    check(`/f/${STUDIO_QUOTE}/ ÷ /f/quote/, first-touch JS`, budgets.studioCopyRatio, round(ratios?.firstTouchJs)),
  ];
}

function round(ratio: number | undefined): number | null {
  return ratio === undefined ? null : Math.round(ratio * 1000) / 1000;
}
