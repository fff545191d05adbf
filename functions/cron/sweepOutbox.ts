import { countDueDeliveries } from '../db/countDueDeliveries';

/** Cron: finds webhook deliveries that are due. Delivery itself arrives with the webhooks work. */
export async function sweepOutbox(env: Env, now: Date): Promise<number> {
  const due = await countDueDeliveries(env.DB, now);
  if (due > 0) console.log('webhook deliveries due', { due });
  return due;
}
