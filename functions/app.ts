import { forgetExpiredSessions } from './admin/auth/forgetExpiredSessions';
import { enforceRetention } from './admin/privacy/enforceRetention';
import { routeApi } from './api/routeApi';
import { eraseExpiredPartialLeads } from './db/eraseExpiredPartialLeads';
import { serveFormPath } from './funnel/serveFormPath';
import { safeFetch } from './http/safeFetch';
import { errorCause } from './lib/errorCause';
import { sweepOutbox } from './outbox/sweepOutbox';
import { withFirstTouch } from './submissions/attribution/withFirstTouch';

export type PageHandler = (request: Request, env: Env, ctx: ExecutionContext) => Promise<Response>;

/**
 * The Worker's handlers around a page renderer: `/api/*` is answered here before Astro
 * (so cross-site embeds are not refused by Astro's origin check), every other path by `renderPage`.
 * Kept free of Astro imports so the tests can run the same handlers inside workerd.
 */
export function formwellWorker(renderPage: PageHandler) {
  return {
    fetch(request, env, ctx) {
      return safeFetch(request, async () => {
        const { pathname } = new URL(request.url);
        if (pathname.startsWith('/api/')) return routeApi(request, env, ctx);
        // Form pages reach the Worker first (`run_worker_first` in wrangler.toml) so views count without JavaScript.
        if (pathname.startsWith('/f/')) {
          return withFirstTouch(request, await serveFormPath(request, env, ctx, renderPage));
        }
        return renderPage(request, env, ctx);
      });
    },

    async queue(batch) {
      // No queue is bound yet; acknowledge so that nothing is redelivered forever.
      batch.ackAll();
    },

    async scheduled(controller, env) {
      const now = new Date(controller.scheduledTime);
      // Independent chores: one that fails (D1 busy, say) must not keep the others from running.
      const chores = {
        'webhook sweep': () => sweepOutbox(env, now),
        retention: () => enforceRetention(env.DB, now),
        'partial lead expiry': () => eraseExpiredPartialLeads(env.DB, now),
        'expired sessions': () => forgetExpiredSessions(env.DB, now),
      };
      for (const [name, chore] of Object.entries(chores)) {
        await chore().catch((error: unknown) => console.error(`cron: ${name} failed`, { cause: errorCause(error) }));
      }
    },
  } satisfies ExportedHandler<Env>;
}
