import type { ApiErrorCode } from './apiErrors';
import { errorPage } from './errorPage';
import { errorResponse } from './errorResponse';
import type { Handler, RequestContext } from './requestContext';

/** What parsing a request found: the action's input, or why it cannot run (a catalogue code, messages by field). */
export type Parsed<I> = { ok: true; input: I } | { ok: false; code: ApiErrorCode; fields?: Record<string, string> };

/**
 * One use case, whichever door it is reached by: `parse` reads and checks the request (valibot),
 * `run` does the work and returns a value (expected failures are values, never throws), and the
 * response is built from that value as JSON or as HTML (a page or a redirect) by what the client
 * asked for. A format the action does not answer in is a 404 there.
 */
export interface ActionSpec<I, O> {
  parse(rc: RequestContext): Parsed<I> | Promise<Parsed<I>>;
  run(input: I, rc: RequestContext): Promise<O>;
  json?(output: O, rc: RequestContext): Response | Promise<Response>;
  html?(output: O, rc: RequestContext): Response | Promise<Response>;
  /** The page to show when a form's post does not parse; the catalogue's error page when left out. */
  htmlInvalid?(failure: Extract<Parsed<I>, { ok: false }>, rc: RequestContext): Response | Promise<Response>;
}

export function action<I, O>(spec: ActionSpec<I, O>): Handler {
  return async (rc) => {
    const respond = rc.format === 'json' ? spec.json : spec.html;
    if (!respond) return rc.format === 'json' ? errorResponse('not_found') : errorPage('not_found');
    const parsed = await spec.parse(rc);
    if (!parsed.ok) {
      if (rc.format === 'json') return errorResponse(parsed.code, parsed.fields ? { fields: parsed.fields } : {});
      return spec.htmlInvalid ? spec.htmlInvalid(parsed, rc) : errorPage(parsed.code);
    }
    return respond(await spec.run(parsed.input, rc), rc);
  };
}

/** A 303 to another page of the site (after a change, so reloading never repeats it). */
export function seeOther(location: string, headers: HeadersInit = {}): Response {
  const response = new Response(null, { status: 303, headers });
  response.headers.set('location', location);
  return response;
}
