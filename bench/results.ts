import type { LighthouseScores } from './lighthouse/runLighthouse';
import type { LoadRun } from './load/measureLoad';
import type { Spread } from './report/spread';
import type { SubmissionLoad } from './submissions/loadSubmissions';
import type { PageWeight } from './weight/measurePageWeight';

/** One page the bench loads: a Formwell template page or a peer's rendering of the quote form. */
export interface BenchPage {
  /** `/f/quote/` for templates, the library's name for peers. */
  name: string;
  url: string;
  peer: boolean;
  weight?: PageWeight;
  runs: LoadRun[];
  summary?: {
    fcp: Spread | null;
    lcp: Spread | null;
    inputReady: Spread | null;
    tbt: Spread | null;
    wake: Spread | null;
  };
  lighthouse?: LighthouseScores;
}

export interface BudgetCheck {
  budget: string;
  limit: number;
  measured: number | null;
  pass: boolean;
}

/** Everything `npm run bench` writes to bench/results.json. */
export interface BenchResults {
  meta: {
    date: string;
    commit: string;
    /** Uncommitted changes were in the work tree when the bench ran. */
    dirty: boolean;
    node: string;
    chromium: string;
    cpus: number;
    /** 1-minute load average when the bench started: other work on the machine skews timings. */
    loadAverage: number;
    seconds: number;
    throttling: Record<string, number>;
    /** Versions of the packages the peer pages were bundled from. */
    peers: Record<string, string>;
    runsPerPage: number;
  };
  pages: BenchPage[];
  submissions?: SubmissionLoad;
  budgets: BudgetCheck[];
  /** Sections that failed, with the reason; their numbers are missing from the report. */
  errors: string[];
}
