// @ts-check

import cloudflare from '@astrojs/cloudflare';
import solid from '@astrojs/solid-js';
import { defineConfig } from 'astro/config';

// Names this build: a studio page stored by another build links scripts that may be gone, so it is rendered again.
const build = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

export default defineConfig({
  // Pages opt in to prerendering; the Worker entry (functions/worker.ts) needs server output to be kept.
  output: 'server',
  adapter: cloudflare({ imageService: 'passthrough' }),
  integrations: [solid()],
  session: false,
  build: { inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  vite: {
    define: { __FORMWELL_BUILD__: JSON.stringify(build) },
  },
});
