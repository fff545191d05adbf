import { readBody } from './readBody';

/** The request's body as one JSON object, or `undefined` if it is not one (or is over `limit` bytes). */
export async function readJsonObject(request: Request, limit?: number): Promise<Record<string, unknown> | undefined> {
  const body = await readBody(request, limit);
  if (!body.ok) return undefined;
  try {
    const value: unknown = JSON.parse(new TextDecoder().decode(body.bytes));
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
