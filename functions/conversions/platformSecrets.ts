import type { Conversions } from '../../src/engine/conversions/conversionsSchema';
import { envText } from '../lib/envText';

type Found<T> = { ok: true; values: T } | { ok: false; reason: string };

function read<K extends string>(env: Env, wanted: Record<K, [name: string, what: string]>): Found<Record<K, string>> {
  const values = {} as Record<K, string>;
  for (const [key, [name, what]] of Object.entries(wanted) as [K, [string, string]][]) {
    const value = envText(env, name);
    if (!value)
      return { ok: false, reason: `The Worker secret ${name} (${what}) is not set: npx wrangler secret put ${name}` };
    values[key] = value;
  }
  return { ok: true, values };
}

/** The Conversions API token, from the secret the form names. One check for queuing and for sending. */
export function metaSecrets(env: Env, meta: NonNullable<Conversions['meta']>): Found<{ token: string }> {
  return read(env, { token: [meta.accessToken, 'the Conversions API access token'] });
}

/** Google Ads' four credentials, from the secrets the form names. One check for queuing and for sending. */
export function googleSecrets(
  env: Env,
  google: NonNullable<Conversions['google']>,
): Found<{ developer: string; clientId: string; clientSecret: string; refresh: string }> {
  return read(env, {
    developer: [google.developerToken, 'the developer token'],
    clientId: [google.clientId, 'the OAuth client id'],
    clientSecret: [google.clientSecret, 'the OAuth client secret'],
    refresh: [google.refreshToken, 'the OAuth refresh token'],
  });
}
