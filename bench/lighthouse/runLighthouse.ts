import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { SANDBOX_FLAGS } from '../../tests/e2e/browser';

export interface LighthouseScores {
  url: string;
  /** 0–100, Lighthouse's mobile preset with its default simulated slow-4G throttling. */
  performance: number;
  accessibility: number;
  /** Lighthouse's own (simulated) metrics, in ms, to read beside the measured ones. */
  lcp: number;
  tbt: number;
}

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/**
 * Lighthouse needs a debugging port, which Playwright's launchChromium (a pipe) does not open,
 * so chrome-launcher starts Chromium here, with the flags tests/e2e/browser.ts uses in this sandbox.
 */
const FLAGS = ['--headless=new', ...SANDBOX_FLAGS];

/** Runs Lighthouse (performance and accessibility, mobile) once per URL, one Chromium for all. */
export async function runLighthouse(urls: readonly string[]): Promise<LighthouseScores[]> {
  const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: FLAGS, logLevel: 'silent' });
  try {
    const scores: LighthouseScores[] = [];
    for (const url of urls) {
      const result = await lighthouse(url, {
        port: chrome.port,
        logLevel: 'error',
        output: 'json',
        onlyCategories: ['performance', 'accessibility'],
        // No error-reporting flag: only Lighthouse's CLI reports errors home, this API never does.
      });
      if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
      const { categories, audits, runtimeError } = result.lhr;
      if (runtimeError) throw new Error(`Lighthouse failed on ${url}: ${runtimeError.code} ${runtimeError.message}`);
      scores.push({
        url,
        performance: Math.round((categories.performance?.score ?? 0) * 100),
        accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
        lcp: audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
        tbt: audits['total-blocking-time']?.numericValue ?? Number.NaN,
      });
    }
    return scores;
  } finally {
    chrome.kill();
  }
}
