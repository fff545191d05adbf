import type { OutboxRow } from '../db/tables/outboxTables';
import type { AttemptDecision } from './decideAfterAttempt';
import { endpointKey } from './endpointState';

export interface AttemptRecord {
  /** The claimed row, as claimDeliveries returned it (its lease proves the claim). */
  row: OutboxRow;
  startedAt: Date;
  durationMs: number;
  httpStatus: number | null;
  error: string | null;
  responseBody: string | null;
  decision: AttemptDecision;
  /** What the outbox row's last_error says when the decision is a retry. */
  retryNote: string;
}

/** A claimed row marked failed without an attempt (its endpoint is disabled). */
export interface FailedUnsent {
  row: OutboxRow;
  reason: string;
}

/**
 * Records a round of attempts in one D1 batch of at most four statements, however many rows: the
 * delivery log, each outbox row moved on (delivered, due again, or failed; lease released), rows
 * given back unattempted (lease released), and each endpoint's health. Rows travel as one JSON
 * parameter (D1 binds at most 100 per statement). A row whose lease has passed to another invocation
 * is left alone. Returns since when each endpoint has been failing (null after a success), by endpointKey.
 */
export async function recordAttempts(
  db: D1Database,
  records: readonly AttemptRecord[],
  released: readonly OutboxRow[] = [],
  failedUnsent: readonly FailedUnsent[] = [],
): Promise<Map<string, Date | null>> {
  const statements: D1PreparedStatement[] = [];
  if (records.length > 0) {
    const attempts = records.map((record) => ({
      id: record.row.id,
      attempt: record.row.attempts + 1,
      startedAt: record.startedAt.getTime(),
      durationMs: Math.round(record.durationMs),
      httpStatus: record.httpStatus,
      error: record.error,
      responseBody: record.responseBody,
      decision: record.decision.action,
    }));
    statements.push(
      db
        .prepare(
          `insert into webhook_attempts (outbox_id, attempt, started_at, duration_ms, http_status, error, response_body, decision)
           select json_extract(value, '$.id'), json_extract(value, '$.attempt'), json_extract(value, '$.startedAt'),
                  json_extract(value, '$.durationMs'), json_extract(value, '$.httpStatus'), json_extract(value, '$.error'),
                  json_extract(value, '$.responseBody'), json_extract(value, '$.decision')
           from json_each(?1)`,
        )
        .bind(JSON.stringify(attempts)),
    );
  }
  const moves = [
    ...records.map((record) => {
      const { decision } = record;
      const base = { id: record.row.id, lease: leaseOf(record.row), attempts: record.row.attempts + 1 };
      if (decision.action === 'delivered')
        return { ...base, status: 'delivered', deliveredAt: record.startedAt.getTime(), error: null };
      if (decision.action === 'retry')
        return { ...base, status: 'pending', nextAt: decision.at.getTime(), error: record.retryNote };
      return { ...base, status: 'failed', error: decision.reason };
    }),
    ...failedUnsent.map(({ row, reason }) => ({
      id: row.id,
      lease: leaseOf(row),
      attempts: row.attempts,
      status: 'failed',
      error: reason,
    })),
  ];
  if (moves.length > 0) {
    statements.push(
      db
        .prepare(
          `update webhook_outbox set
             attempts = v.attempts, lease_until = null, status = v.status, last_error = v.error,
             next_attempt_at = coalesce(v.next_at, webhook_outbox.next_attempt_at),
             delivered_at = coalesce(v.delivered_at, webhook_outbox.delivered_at)
           from (select json_extract(value, '$.id') as id, json_extract(value, '$.lease') as lease,
                        json_extract(value, '$.attempts') as attempts, json_extract(value, '$.status') as status,
                        json_extract(value, '$.error') as error, json_extract(value, '$.nextAt') as next_at,
                        json_extract(value, '$.deliveredAt') as delivered_at
                 from json_each(?1)) as v
           where webhook_outbox.id = v.id and webhook_outbox.lease_until = v.lease`,
        )
        .bind(JSON.stringify(moves)),
    );
  }
  if (released.length > 0) {
    statements.push(
      db
        .prepare(
          `update webhook_outbox set lease_until = null
           from (select json_extract(value, '$.id') as id, json_extract(value, '$.lease') as lease from json_each(?1)) as v
           where webhook_outbox.id = v.id and webhook_outbox.lease_until = v.lease`,
        )
        .bind(JSON.stringify(released.map((row) => ({ id: row.id, lease: leaseOf(row) })))),
    );
  }
  // One health change per endpoint: a success anywhere in the round means it works.
  const health = new Map<string, { form: string; endpoint: string; at: number; ok: boolean }>();
  for (const record of records) {
    const key = endpointKey(record.row.formSlug, record.row.endpoint);
    const ok = record.decision.action === 'delivered';
    const seen = health.get(key);
    if (!seen || (ok && !seen.ok)) {
      health.set(key, { form: record.row.formSlug, endpoint: record.row.endpoint, at: record.startedAt.getTime(), ok });
    }
  }
  if (health.size > 0) {
    statements.push(
      db
        .prepare(
          `insert into webhook_endpoints (form_slug, endpoint, failing_since, last_success_at)
           select json_extract(value, '$.form'), json_extract(value, '$.endpoint'),
                  case when json_extract(value, '$.ok') then null else json_extract(value, '$.at') end,
                  case when json_extract(value, '$.ok') then json_extract(value, '$.at') else null end
           from json_each(?1) where true
           on conflict (form_slug, endpoint) do update set
             failing_since = case when excluded.last_success_at is not null then null
                                  else coalesce(webhook_endpoints.failing_since, excluded.failing_since) end,
             last_success_at = coalesce(excluded.last_success_at, webhook_endpoints.last_success_at)
           returning form_slug, endpoint, failing_since`,
        )
        .bind(JSON.stringify([...health.values()])),
    );
  }
  if (statements.length === 0) return new Map();
  const results = await db.batch<{ form_slug: string; endpoint: string; failing_since: number | null }>(statements);
  const rows = health.size > 0 ? (results.at(-1)?.results ?? []) : [];
  return new Map(
    rows.map((row) => [
      endpointKey(row.form_slug, row.endpoint),
      row.failing_since === null ? null : new Date(row.failing_since),
    ]),
  );
}

function leaseOf(row: OutboxRow): number {
  return row.leaseUntil?.getTime() ?? 0;
}
