import { action, seeOther } from '../../http/action';
import { errorResponse } from '../../http/errorResponse';
import { json } from '../../http/json';
import { type Replay, replayDelivery } from '../../outbox/replayDelivery';
import { safeAdminPath } from '../auth/safeAdminPath';

const DELIVERY_ID = /^[\w-]{1,80}$/;

/**
 * Sending one delivery again, whatever its state, with the same webhook-id (`POST
 * /admin/deliveries/:id/replay` from a lead's page or an endpoint's log, which names itself in `back`;
 * `POST /api/admin/webhooks/deliveries/:id/replay`).
 */
export const replayAction = action<{ id: string; back: string }, { replay: Replay; back: string }>({
  parse(rc) {
    const id = rc.params.id ?? '';
    if (!DELIVERY_ID.test(id)) return { ok: false, code: 'not_found' };
    return {
      ok: true,
      input: { id, back: safeAdminPath(typeof rc.body?.back === 'string' ? rc.body.back : '/admin/webhooks/') },
    };
  },
  run: async ({ id, back }, rc) => ({ replay: await replayDelivery(rc.env.DB, id, rc.now), back }),
  json({ replay }) {
    if (replay.ok) return json({ replayed: 1 });
    return replay.reason === 'not_found'
      ? errorResponse('not_found')
      : json({ replayed: 0, inFlight: true }, { status: 409 });
  },
  html({ replay, back }) {
    const outcome = replay.ok ? 'replay' : replay.reason === 'in_flight' ? 'replay-busy' : 'replay-gone';
    const [path = '/admin/', query = ''] = back.split('?');
    const params = new URLSearchParams(query);
    params.set('saved', outcome);
    return seeOther(`${path}?${params}`);
  },
});
