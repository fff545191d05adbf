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
    /**
     * `shown` settles with the frame (ms since navigation start) the first text field a person can
     * reach was on screen; `stopLooking` ends the watch on a page without one.
     */
    __formwellTextField?: { shown: Promise<number>; stopLooking: () => void };
  }
}

/**
 * Runs in the page before its own scripts (Playwright init script, so it must not close over
 * anything): records paint timings, long tasks, the frame the first text field matching
 * `textFields` (CSS) shows and, for each trusted keystroke, when it was sent and when the text
 * field's value reflected it.
 */
export function installCollector(textFields: string): void {
  const samples: PageSamples = { fcp: null, lcp: null, longTasks: [], keystrokes: [] };
  window.__formwellBench = samples;
  // Looked for at every frame: Playwright's own wait polls at 0, 20, 70, 170 and 270 ms and then
  // every 500 ms, so most loads noticed the field on one of two polls half a second apart.
  let looking = true;
  let seen: (at: number) => void = () => undefined;
  const shown = new Promise<number>((resolve) => {
    seen = resolve;
  });
  window.__formwellTextField = {
    shown,
    stopLooking: () => {
      looking = false;
    },
  };
  const look = () => {
    if (!looking) return;
    for (const field of document.querySelectorAll(textFields)) {
      const box = field.getBoundingClientRect();
      if (box.width > 0 && box.height > 0 && field.checkVisibility({ visibilityProperty: true })) {
        seen(performance.now());
        return;
      }
    }
    requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
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
