import { routeApi } from './api/routeApi';
import { sweepOutbox } from './cron/sweepOutbox';

export type PageHandler = (request: Request, env: Env, ctx: ExecutionContext) => Promise<Response>;

/**
 * The Worker's handlers around a page renderer: `/api/*` is answered here before Astro
 * (so cross-site embeds are not refused by Astro's origin check), every other path by `renderPage`.
 * Kept free of Astro imports so the tests can run the same handlers inside workerd.
 */
export function formwellWorker(renderPage: PageHandler) {
  return {
    async fetch(request, env, ctx) {
      const { pathname } = new URL(request.url);
      if (pathname.startsWith('/api/')) return routeApi(request, env);
      return renderPage(request, env, ctx);
    },

    async queue(batch) {
      // No queue is bound yet; acknowledge so that nothing is redelivered forever.
      batch.ackAll();
    },

    async scheduled(controller, env) {
      await sweepOutbox(env, new Date(controller.scheduledTime));
    },
  } satisfies ExportedHandler<Env>;
}
