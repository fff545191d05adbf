/**
 * The deterministic budgets that tests/e2e/budgets.test.ts enforces and the bench reports.
 * 1 KB = 1,000 bytes: stricter than KiB, and the quote budget stays under the ~14.6 kB that
 * fits a TCP connection's first round trip (10 segments of 1,460 bytes).
 */
export const budgets = {
  /** The quote page and everything it fetches before any interaction, gzip. */
  quotePageGzip: 14_000,
  /** JavaScript fetched or inlined at page load on every template page, gzip. */
  loadJsGzip: 12_000,
  /** Requests to any origin other than the page's own. */
  thirdPartyRequests: 0,
  /** Rows that one plain quote submission adds across all D1 tables. */
  d1RowsPerSubmission: 3,
  /**
   * What the first tap fetches, gzip, per kind of page. No form page has an island: the plain enhancer
   * (src/islands/plain) is what a first tap fetches. libphonenumber's metadata (29 KB) waits for a
   * phone answer, and the validation and results engine for a changed answer or a send.
   */
  firstTouchLeadFormGzip: 12_000,
  /** Calculators and quizzes also fetch the words for their live results (39,000 while they were a Solid island). */
  firstTouchResultsGzip: 20_000,
  /** A studio-published copy of the quote form against the code template's page: page weight and first-touch JS. */
  studioCopyRatio: 1.05,
} as const;
