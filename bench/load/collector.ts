export interface KeystrokeSample {
  /** When the browser received the key (the event's timeStamp), ms since navigation start. */
  sent: number;
  /** When the field's value changed for it (its `input` event ran), or null if it never did. */
  reflected: number | null;
}

export interface PageSamples {
  fcp: number | null;
  lcp: number | null;
  longTasks: { start: number; duration: number }[];
  keystrokes: KeystrokeSample[];
}

declare global {
  interface Window {
    __formwellBench?: PageSamples;
  }
}

/**
 * Runs in the page before its own scripts (Playwright init script, so it must not close over
 * anything): records paint timings, long tasks and, for each trusted keystroke, when it was
 * sent and when the text field's value reflected it.
 */
export function installCollector(): void {
  const samples: PageSamples = { fcp: null, lcp: null, longTasks: [], keystrokes: [] };
  window.__formwellBench = samples;
  const observe = (type: string, take: (entry: PerformanceEntry) => void) =>
    new PerformanceObserver((list) => list.getEntries().forEach(take)).observe({ type, buffered: true });
  observe('paint', (entry) => {
    if (entry.name === 'first-contentful-paint') samples.fcp = entry.startTime;
  });
  observe('largest-contentful-paint', (entry) => {
    samples.lcp = entry.startTime;
  });
  observe('longtask', (entry) => {
    samples.longTasks.push({ start: entry.startTime, duration: entry.duration });
  });
  // Capture on window: runs before any library's own handlers, and cannot be stopped by them.
  addEventListener(
    'keydown',
    (event) => {
      if (event.isTrusted) samples.keystrokes.push({ sent: event.timeStamp, reflected: null });
    },
    true,
  );
  addEventListener(
    'input',
    (event) => {
      const last = samples.keystrokes.at(-1);
      const field = event.target;
      const typedInto = field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement;
      if (typedInto && last && last.reflected === null) last.reflected = performance.now();
    },
    true,
  );
}
