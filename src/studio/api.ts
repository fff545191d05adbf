import type { StudioState } from '../../functions/admin/studio/studioState';
import type { Problem } from '../engine/definition/problem';

/** Talks to the studio's JSON API (functions/admin/studio/), with the session's CSRF token on every change. */
export function studioApi(slug: string, csrfToken: string) {
  const base = `/api/admin/forms/${encodeURIComponent(slug)}`;
  const send = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: {
        accept: 'application/json',
        ...(body !== undefined && { 'content-type': 'application/json', 'x-csrf-token': csrfToken }),
      },
      ...(body !== undefined && { body: JSON.stringify(body) }),
      credentials: 'same-origin',
    });
    const json = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    return { status: response.status, json };
  };
  return {
    load: async () => (await send('GET', '')).json as unknown as StudioState,
    save: (definition: unknown, revision: number) => send('PUT', '/draft', { definition, revision }),
    publish: (revision: number) => send('POST', '/publish', { revision }),
  };
}

export type SaveAnswer = { revision: number; savedAt: string; problems: Problem[]; draftVersion?: string };
