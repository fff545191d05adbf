import type { LeadCursor } from './leadCursor';

/** The cursor in a URL parameter, or `undefined` if there is none or it is not one of ours. */
export function decodeLeadCursor(text: string | null | undefined): LeadCursor | undefined {
  const match = /^(\d{1,15})_([\w-]{1,64})$/.exec(text ?? '');
  return match?.[1] && match[2] ? { createdAt: Number(match[1]), id: match[2] } : undefined;
}
