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
   * What the first tap fetches (the island, and for calculators and quizzes the live results),
   * gzip, per kind of template. libphonenumber's metadata (29 KB) waits for a phone answer.
   */
  firstTouchLeadFormGzip: 25_000,
  // 41,100 and 28,500 until the Solid client renderer stopped wrapping props in a store (2.2 KB):
  // measured 37,431 and 24,568 (appointment).
  firstTouchResultsGzip: 38_000,
  /** A studio-published copy of the quote form against the code template's page: page weight and first-touch JS. */
  studioCopyRatio: 1.05,
} as const;
