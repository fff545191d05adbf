import { listForms } from '../../forms/listForms';
import { action } from '../../http/action';
import { json } from '../../http/json';
import { renderView } from '../../http/renderView';
import { erasePerson } from './erasePerson';
import type { PersonMatch } from './personConditions';
import { personInput } from './personInput';

/**
 * Erasing one person everywhere (`POST /admin/privacy/erase` from the privacy page, where the owner
 * types the email or phone again to confirm; `POST /api/admin/people/erase {"email"|"phone"}`).
 */
export const eraseAction = action<
  { who: string; match: Extract<PersonMatch, { ok: true }> },
  { who: string; erased: number }
>({
  async parse(rc) {
    const body = rc.body ?? {};
    const parsed = personInput({ email: body.email, phone: body.phone, who: body.who }, await listForms(rc.env));
    if (!parsed.ok) return parsed;
    // The page asks the owner to type the person's email or phone again: erasing cannot be undone.
    if (rc.format === 'html') {
      const typed = personInput({ who: body.confirm }, await listForms(rc.env));
      if (!typed.ok || typed.input.match.value !== parsed.input.match.value) {
        return {
          ok: false,
          code: 'invalid_request',
          fields: { confirm: 'Nothing was erased: type the same email or phone in the confirmation box to erase.' },
        };
      }
    }
    return {
      ok: true,
      input: { who: typeof body.who === 'string' ? body.who : parsed.input.match.value, match: parsed.input.match },
    };
  },
  run: async ({ who, match }, rc) => ({ who, erased: await erasePerson(rc.env.DB, match) }),
  json: ({ erased }) => json({ erased }),
  async html({ who, erased }, rc) {
    return renderView(rc, 'admin/privacy', {
      who,
      erased,
      forms: await listForms(rc.env),
      csrfToken: rc.admin?.csrfToken ?? '',
    });
  },
  async htmlInvalid(failure, rc) {
    const who = typeof rc.body?.who === 'string' ? rc.body.who : '';
    const problem = Object.values(failure.fields ?? {})[0];
    return renderView(
      rc,
      'admin/privacy',
      { who, problem, forms: await listForms(rc.env), csrfToken: rc.admin?.csrfToken ?? '' },
      { status: 422 },
    );
  },
});
