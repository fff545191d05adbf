import { clientKey } from '../http/client';
import { type FunnelCount, recordFunnelEvent } from './recordFunnelEvent';

/**
 * Counts a funnel event from a visitor's request, within that client's allowance (FUNNEL_LIMITER:
 * 30 events a minute, whatever the form) and the day's write budgets. Whether it was counted is of
 * no interest to the visitor: the caller answers the same either way.
 */
export async function countFunnelEvent(
  env: Env,
  request: Request,
  event: FunnelCount,
  now = new Date(),
): Promise<boolean> {
  const client = clientKey(request);
  if (client && !(await env.FUNNEL_LIMITER.limit({ key: client })).success) return false;
  return recordFunnelEvent(env.DB, event, now);
}
