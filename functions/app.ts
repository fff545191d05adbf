import { enforceRetention } from './admin/enforceRetention';
import { routeApi } from './api/routeApi';
import { sweepOutbox } from './cron/sweepOutbox';
import { eraseExpiredPartialLeads } from './db/eraseExpiredPartialLeads';
import { serveFormPath } from './funnel/serveFormPath';
import { withFirstTouch } from './submissions/withFirstTouch';

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
      if (pathname.startsWith('/api/')) return routeApi(request, env, ctx);
      // Form pages reach the Worker first (`run_worker_first` in wrangler.toml) so views count without JavaScript.
      if (pathname.startsWith('/f/')) {
        return withFirstTouch(request, await serveFormPath(request, env, ctx, renderPage));
      }
      return renderPage(request, env, ctx);
    },

    async queue(batch) {
      // No queue is bound yet; acknowledge so that nothing is redelivered forever.
      batch.ackAll();
    },

    async scheduled(controller, env) {
      await sweepOutbox(env, new Date(controller.scheduledTime));
      await enforceRetention(env.DB, new Date(controller.scheduledTime));
      await eraseExpiredPartialLeads(env.DB, new Date(controller.scheduledTime));
    },
  } satisfies ExportedHandler<Env>;
}
