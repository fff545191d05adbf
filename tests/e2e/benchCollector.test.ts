import { describe, expect, it } from 'vitest';
import { TEXT_FIELDS_CSS } from '../../bench/firstTextInput';
import { installCollector } from '../../bench/load/collector';
import { phone, sharedChromium } from './browser';

const browser = sharedChromium();

// A bot trap a person never sees, then the form's own field, rendered late by a script.
const page = `<!doctype html><meta name="viewport" content="width=device-width">
<div aria-hidden="true"><input name="website" tabindex="-1"></div>
<div id="slot"></div>
<script>setTimeout(() => { window.revealed = performance.now(); slot.innerHTML = '<input name="name">'; }, 400);</script>`;

describe("the bench's watch for the first text field (bench/load/collector.ts)", () => {
  it('notes the frame the field a person can reach shows, not a bot trap shown before it', async () => {
    const context = await phone(browser(), true);
    const tab = await context.newPage();
    // As bench/load/measureLoad.ts installs it; tsx's `__name` wrapper is absent here, so no shim.
    await tab.addInitScript({ content: `(${installCollector})(${JSON.stringify(TEXT_FIELDS_CSS)});` });
    await tab.route('http://bench.test/', (route) => route.fulfill({ contentType: 'text/html', body: page }));
    await tab.goto('http://bench.test/');
    const shown = await tab.evaluate(() => window.__formwellTextField?.shown);
    const revealed = await tab.evaluate(() => (window as unknown as { revealed: number }).revealed);
    expect(shown).toBeGreaterThanOrEqual(revealed);
    // Within a few frames of the field going in, not at a poll half a second later.
    expect(shown).toBeLessThan(revealed + 100);
    await context.close();
  });
});
