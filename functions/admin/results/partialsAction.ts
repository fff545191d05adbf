import type { FormDefinition } from '../../../src/engine/definition/defineForm';
import type { PartialLead } from '../../db/tables/intakeTables';
import { findForm } from '../../forms/findForm';
import { action, seeOther } from '../../http/action';
import { json } from '../../http/json';
import { renderView } from '../../http/renderView';
import type { RequestContext } from '../../http/requestContext';
import { leadEmailConfigured } from '../../notify/sendLeadEmail';
import { resumeLink } from '../../submissions/partials/resumeLink';
import { LEAD_ID } from '../leads/leadAction';
import { type PartialsList, readPartials } from './readPartials';
import { type ResumeSend, sendResumeLink } from './sendResumeLink';

export interface PartialView extends PartialLead {
  /** The signed link back to the form, for the owner to send another way (a text message). */
  link: string;
}

export interface PartialsPage extends Omit<PartialsList, 'partials'> {
  form: FormDefinition;
  partials: PartialView[];
  /** Whether replies can be emailed at all (the LEAD_EMAIL binding and a sender). */
  canEmail: boolean;
  /** What the owner just did, from `?sent=`: `ok`, or what stopped the email. */
  sent?: string | undefined;
  sentProblem?: string | undefined;
}

async function formInPath(rc: RequestContext) {
  const form = await findForm(rc.env, rc.params.slug ?? '');
  return form ? { ok: true as const, input: form } : { ok: false as const, code: 'form_not_found' as const };
}

/**
 * A form's unfinished fills (`GET /admin/forms/:slug/partials/`, `GET /api/admin/forms/:slug/partials`):
 * who left contact details and consent, how far they got, whether they finished later, and their resume link.
 */
export const partialsAction = action<FormDefinition, PartialsPage>({
  parse: formInPath,
  async run(form, rc) {
    const sent = rc.url.searchParams.get('sent') ?? undefined;
    const list = await readPartials(rc.env.DB, form.slug, rc.now);
    const partials = await Promise.all(
      list.partials.map(async (partial) => ({
        ...partial,
        link: await resumeLink(rc.env.FORM_TOKEN_SECRET, rc.url.origin, form, partial),
      })),
    );
    return {
      ...list,
      form,
      partials,
      canEmail: leadEmailConfigured(rc.env),
      sent,
      sentProblem: sent && sent !== 'ok' ? SEND_PROBLEMS[sent as keyof typeof SEND_PROBLEMS] : undefined,
    };
  },
  json: ({ open, finished, partials }) => json({ open, finished, partials }),
  html: (page, rc) => renderView(rc, 'admin/partials', { ...page, csrfToken: rc.admin?.csrfToken ?? '' }),
});

const SEND_PROBLEMS: Record<Exclude<ResumeSend, { ok: true }>['reason'], string> = {
  not_found: 'There is no such unfinished fill of this form.',
  finished: 'This visitor has since sent the form: there is nothing to resume.',
  expired: 'This resume link has expired.',
  no_email: 'This visitor left a phone number, not an email address: copy the link and send it another way.',
  no_consent: 'This fill carries no consent to be contacted, so no email was sent.',
  just_sent: 'The link was emailed less than ten minutes ago; nothing more was sent.',
  not_sent: 'The email could not be sent.',
};

/**
 * Emailing a visitor their resume link (`POST /admin/forms/:slug/partials/:id/send`,
 * `POST /api/admin/forms/:slug/partials/:id/send`).
 */
export const sendResumeAction = action<
  { form: FormDefinition; id: string },
  { form: FormDefinition; send: ResumeSend }
>({
  async parse(rc) {
    const found = await formInPath(rc);
    if (!found.ok) return found;
    const id = rc.params.id ?? '';
    return LEAD_ID.test(id)
      ? { ok: true, input: { form: found.input, id } }
      : { ok: false, code: 'invalid_request', fields: { id: SEND_PROBLEMS.not_found } };
  },
  run: async ({ form, id }, rc) => ({ form, send: await sendResumeLink(rc.env, form, id, rc.url.origin, rc.now) }),
  json({ send }) {
    if (send.ok) return json({ sent: true, to: send.address });
    const message = [SEND_PROBLEMS[send.reason], send.detail].filter(Boolean).join(' ');
    // Shaped as the catalogue's errors are (apiErrors.ts), with this send's own reasons.
    return json({ error: { code: send.reason, message } }, { status: send.reason === 'not_found' ? 404 : 409 });
  },
  html({ form, send }) {
    const outcome = send.ok ? 'ok' : send.reason;
    return seeOther(`/admin/forms/${encodeURIComponent(form.slug)}/partials/?sent=${outcome}`);
  },
});

declare module '../../http/views' {
  interface Views {
    'admin/partials': PartialsPage & AdminView;
  }
}
