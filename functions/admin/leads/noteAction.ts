import { action, seeOther } from '../../http/action';
import { errorResponse } from '../../http/errorResponse';
import { json } from '../../http/json';
import { addLeadNote, MAX_NOTE_LENGTH, type NoteAdded } from './addLeadNote';
import { LEAD_ID } from './leadAction';
import { showLead } from './showLead';

const PROBLEMS = { empty: 'Write a note first.', too_long: `Keep a note under ${MAX_NOTE_LENGTH} characters.` };

/** Adding a note to a lead (`POST /admin/leads/:id/notes` from its page, `POST /api/admin/leads/:id/notes {"note"}`). */
export const noteAction = action<{ id: string; note: string }, { id: string; added: NoteAdded }>({
  parse(rc) {
    const id = rc.params.id ?? '';
    if (!LEAD_ID.test(id)) return { ok: false, code: 'lead_not_found' };
    return { ok: true, input: { id, note: typeof rc.body?.note === 'string' ? rc.body.note : '' } };
  },
  run: async ({ id, note }, rc) => ({ id, added: await addLeadNote(rc.env, id, note, rc.now) }),
  json({ added }) {
    if (added.ok) return json({ id: added.id }, { status: 201 });
    if (added.reason === 'lead_not_found') return errorResponse('lead_not_found');
    return errorResponse('invalid_request', { fields: { note: PROBLEMS[added.reason] } });
  },
  html({ id, added }, rc) {
    if (added.ok) return seeOther(`/admin/leads/${encodeURIComponent(id)}/?saved=note`);
    if (added.reason === 'lead_not_found') return showLead(rc, id);
    return showLead(rc, id, { problem: PROBLEMS[added.reason], status: 422 });
  },
});
