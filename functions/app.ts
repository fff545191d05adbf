import { forgetExpiredSessions } from './admin/auth/forgetExpiredSessions';
import { enforceRetention } from './admin/privacy/enforceRetention';
import { eraseExpiredPartialLeads } from './db/eraseExpiredPartialLeads';
import { listForms } from './forms/listForms';
import type { PageHandler } from './http/requestContext';
import { routeRequest } from './http/routeRequest';
import { safeFetch } from './http/safeFetch';
import { sweepPlatformLeads } from './leadAds/sweepPlatformLeads';
import { errorCause } from './lib/errorCause';
import { remindHotLeads } from './outbox/remindHotLeads';
import { sweepOutbox } from './outbox/sweepOutbox';
import { ROUTES } from './routes';
// The tel rules read numbers with libphonenumber, which the Worker always has (the island fetches it when needed).
import '../src/engine/validation/toE164';

/**
 * The Worker around a page renderer (Astro's handler): every request goes through the route table
 * (functions/routes.ts) inside the one error mapper; what no route takes is the site's. Kept free of
 * Astro imports so the tests can run the same handlers inside workerd.
 */
export function formwellWorker(renderPage: PageHandler) {
  return {
    fetch(request, env, ctx) {
      return safeFetch(request, () => routeRequest(ROUTES, request, env, ctx, renderPage));
    },

    async queue(batch) {
      // No queue is bound yet; acknowledge so that nothing is redelivered forever.
      batch.ackAll();
    },

    async scheduled(controller, env) {
      const now = new Date(controller.scheduledTime);
      // Independent chores: one that fails (D1 busy, say) must not keep the others from running.
      const chores = {
        // Reminders first: what they queue goes out in the same run's sweep.
        'hot lead reminders': async () => remindHotLeads(env, await listForms(env), now),
        // Platform leads before the webhook sweep: what storing them queues goes out in the same run.
        'ad platform leads': () => sweepPlatformLeads(env, now),
        'webhook sweep': () => sweepOutbox(env, now),
        retention: async () => enforceRetention(env.DB, await listForms(env), now),
        'partial lead expiry': () => eraseExpiredPartialLeads(env.DB, now),
        'expired sessions': () => forgetExpiredSessions(env.DB, now),
      };
      for (const [name, chore] of Object.entries(chores)) {
        await chore().catch((error: unknown) => console.error(`cron: ${name} failed`, { cause: errorCause(error) }));
      }
    },
  } satisfies ExportedHandler<Env>;
}
