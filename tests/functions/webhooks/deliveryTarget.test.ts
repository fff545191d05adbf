import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import type { DeliveryTarget } from '../../../functions/db/tables/outboxTables';
import { claimDeliveries } from '../../../functions/outbox/claimDeliveries';
import { deliverRows } from '../../../functions/outbox/deliverRows';
import { resolveTarget } from '../../../functions/webhooks/resolveTarget';
import { configureHook, deliveriesTo, hookUrl } from './receiver/receiver';
import {
  answers,
  attemptsOf,
  NO_JITTER,
  outboxRow,
  secondsAfter,
  storeLead,
  TEST_SECRET,
  webhookForm,
} from './webhookFixtures';

// Far beyond the clocks delivery.test.ts sweeps at, and attempted per lead, never by a sweep.
const clock = (test: number) => Date.UTC(2300 + test, 0, 1);
const production = { ...env, WEBHOOKS_ALLOW_LOOPBACK: undefined } as unknown as Env;
const withVars = (vars: Record<string, string>, base: Env = env) => ({ ...base, ...vars }) as Env;

async function attempt(leadId: string, now: Date, onEnv: Env = env) {
  const rows = await claimDeliveries(env.DB, now, { leadId });
  return deliverRows(onEnv, rows, now, { random: NO_JITTER });
}

const secretTarget = (url: DeliveryTarget['url']): DeliveryTarget => ({
  url,
  format: 'standard',
  secret: 'TEST_WEBHOOK_SECRET',
});

describe('the SSRF guard at delivery time', () => {
  it.each([
    ['ftp://hooks.example.com/', 'not ftp://'],
    ['file:///etc/passwd', 'not file://'],
    ['https://user:pw@hooks.example.com/', 'user name or password'],
    ['http://127.0.0.1:8787/', '127.0.0.0/8'],
    ['http://10.1.2.3/', '10.0.0.0/8'],
    ['http://172.20.0.1/', '172.16.0.0/12'],
    ['http://192.168.0.10/', '192.168.0.0/16'],
    ['http://169.254.169.254/latest/meta-data/', '169.254.0.0/16'],
    ['http://100.100.100.200/', '100.64.0.0/10'],
    ['http://192.0.2.10/', '192.0.2.0/24'],
    ['http://198.51.100.10/', '198.51.100.0/24'],
    ['http://203.0.113.10/', '203.0.113.0/24'],
    ['http://224.0.0.251/', '224.0.0.0/4'],
    ['http://240.0.0.1/', '240.0.0.0/4'],
    ['http://0.0.0.0/', '0.0.0.0/8'],
    ['http://[::1]/', '::1/128'],
    ['http://[fd00::1]/', 'fc00::/7'],
    ['http://[fe80::1]/', 'fe80::/10'],
    ['http://[::ffff:169.254.169.254]/', '::ffff:0:0/96'],
    ['http://2130706433/', '127.0.0.0/8'],
    ['http://0x7f000001/', '127.0.0.0/8'],
    ['http://127.1/', '127.0.0.0/8'],
    ['http://localhost/', '".localhost"'],
    ['http://localhost./', '".localhost"'],
    ['http://printer.local./', '".local"'],
    ['http://metadata.google.internal/', '".internal"'],
    ['http://metadata.google.internal./', '".internal"'],
  ])('refuses %s read from a Worker secret, naming why (%s)', (url, why) => {
    const resolved = resolveTarget(secretTarget({ env: 'HOOK_URL' }), withVars({ HOOK_URL: url }, production));
    expect(resolved.ok).toBe(false);
    expect(!resolved.ok && resolved.reason).toContain(why);
  });

  it('lets loopback through only with WEBHOOKS_ALLOW_LOOPBACK=true, and nothing else private', () => {
    const local = withVars({ WEBHOOKS_ALLOW_LOOPBACK: 'true' });
    expect(resolveTarget(secretTarget('http://127.0.0.1:9/'), local).ok).toBe(true);
    expect(resolveTarget(secretTarget('http://127.0.0.1:9/'), production).ok).toBe(false);
    expect(resolveTarget(secretTarget('http://10.0.0.1/'), local).ok).toBe(false);
    expect(resolveTarget(secretTarget('http://169.254.169.254/'), local).ok).toBe(false);
  });

  it('records a refused target as an attempt that sent nothing, and delivers once the address is fixed', async () => {
    const base = clock(1);
    await configureHook('fixed-address', { secret: TEST_SECRET });
    const form = webhookForm('wh-metadata', [
      { id: 'crm', url: { env: 'WH_METADATA_URL' }, secret: 'TEST_WEBHOOK_SECRET' },
    ]);
    const leadId = await storeLead(form, answers('metadata@example.com'), new Date(base));

    await attempt(leadId, new Date(base), withVars({ WH_METADATA_URL: 'http://169.254.169.254/latest/meta-data/' }));
    const row = await outboxRow(leadId, 'crm');
    expect(row).toMatchObject({ status: 'pending', attempts: 1, next_attempt_at: base + 5000 });
    const [refused] = await attemptsOf(row.id);
    expect(refused).toMatchObject({ http_status: null, duration_ms: 0, decision: 'retry' });
    expect(refused?.error).toContain('169.254.0.0/16');

    await attempt(leadId, secondsAfter(base, 5), withVars({ WH_METADATA_URL: hookUrl('fixed-address') }));
    expect((await outboxRow(leadId, 'crm')).status).toBe('delivered');
    expect(await deliveriesTo('fixed-address')).toMatchObject([{ id: row.id, verified: true }]);
  });

  it('refuses in production a loopback address the definition accepted', async () => {
    const base = clock(2);
    await configureHook('loopback-in-production', {});
    const form = webhookForm('wh-loopback', [{ id: 'crm', url: hookUrl('loopback-in-production'), format: 'slack' }]);
    const leadId = await storeLead(form, answers('loopback@example.com'), new Date(base));
    await attempt(leadId, new Date(base), production);
    const [refused] = await attemptsOf((await outboxRow(leadId, 'crm')).id);
    expect(refused?.error).toContain('127.0.0.0/8');
    expect(await deliveriesTo('loopback-in-production')).toHaveLength(0);
  });
});

describe('secrets read at delivery time', () => {
  it('sends nothing while the signing secret is unset, says which one, and delivers once it is set', async () => {
    const base = clock(3);
    await configureHook('late-secret', { secret: TEST_SECRET });
    const form = webhookForm('wh-late-secret', [{ id: 'crm', url: hookUrl('late-secret'), secret: 'WH_LATE_SECRET' }]);
    const leadId = await storeLead(form, answers('late@example.com'), new Date(base));

    await attempt(leadId, new Date(base));
    const row = await outboxRow(leadId, 'crm');
    expect(row.last_error).toContain(
      'The Worker secret WH_LATE_SECRET, which holds the whsec_ signing secret, is not set',
    );
    expect(await deliveriesTo('late-secret')).toHaveLength(0);

    await attempt(leadId, secondsAfter(base, 5), withVars({ WH_LATE_SECRET: TEST_SECRET }));
    expect(await deliveriesTo('late-secret')).toMatchObject([{ id: row.id, verified: true }]);
  });

  it.each([
    ['too short', `whsec_${btoa('short')}`, 'at least 24 are needed'],
    ['missing its prefix', 'MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', 'must start with "whsec_"'],
  ])('refuses a secret that is %s without repeating it', (_, value, why) => {
    const resolved = resolveTarget(
      { url: 'https://hooks.example.com/', format: 'standard', secret: 'WH_BAD' },
      withVars({ WH_BAD: value }),
    );
    expect(!resolved.ok && resolved.reason).toContain(why);
    expect(!resolved.ok && resolved.reason).not.toContain(value);
  });

  it('says which Worker secret should hold an address that is unset', () => {
    const resolved = resolveTarget({ url: { env: 'WH_NOWHERE' }, format: 'slack' }, env);
    expect(!resolved.ok && resolved.reason).toContain('The Worker secret WH_NOWHERE, which holds the webhook address');
  });
});
