// @ts-check
import cloudflare from '@astrojs/cloudflare';
import solid from '@astrojs/solid-js';
import { defineConfig } from 'astro/config';

export default defineConfig({
  // Pages opt in to prerendering; the Worker entry (functions/worker.ts) needs server output to be kept.
  output: 'server',
  adapter: cloudflare({ imageService: 'passthrough' }),
  integrations: [solid()],
  session: false,
  build: { inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
});
