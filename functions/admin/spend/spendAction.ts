import { action, seeOther } from '../../http/action';
import { json } from '../../http/json';
import { renderView } from '../../http/renderView';
import { defaultRange, loadFunnelPage } from '../funnel/funnelAction';
import { importSpend } from './importSpend';
import { parseSpendCsv, type SpendProblem, type SpendRow } from './parseSpendCsv';

interface Input {
  rows: SpendRow[];
  /** The funnel page to go back to. */
  form: string;
}

/**
 * Importing ad spend (`POST /admin/spend` from the funnel page with a file or pasted text,
 * `POST /api/admin/spend {"csv": "…"}`): date, source, campaign, amount and currency per row. A file
 * with any bad row imports nothing and answers 422 with every bad row and what is wrong in it.
 */
export const spendAction = action<Input, { imported: number; form: string }>({
  parse(rc) {
    const body = rc.body ?? {};
    const text = [body.file, body.csv].find((value) => typeof value === 'string' && value.trim() !== '');
    const form = typeof body.form === 'string' ? body.form : '';
    if (typeof text !== 'string') {
      return { ok: false, code: 'invalid_request', fields: { csv: 'Choose a CSV file, or paste its text.' } };
    }
    const parsed = parseSpendCsv(text);
    if (parsed.ok) return { ok: true, input: { rows: parsed.rows, form } };
    return {
      ok: false,
      code: 'spend_invalid',
      fields: {
        csv:
          parsed.file ??
          `${parsed.rows.length} ${parsed.rows.length === 1 ? 'row has' : 'rows have'} problems; nothing was imported.`,
        ...Object.fromEntries(parsed.rows.map((row) => [`line ${row.line}`, row.problems.join('; ')])),
      },
    };
  },
  run: async ({ rows, form }, rc) => ({ imported: await importSpend(rc.env.DB, rows, rc.now), form }),
  json: ({ imported }) => json({ imported }),
  html: ({ imported, form }) =>
    seeOther(`/admin/funnel/?${new URLSearchParams({ ...(form && { form }), imported: String(imported) })}#spend`),
  async htmlInvalid(failure, rc) {
    const fields = { ...failure.fields };
    const file = fields.csv;
    delete fields.csv;
    const rows: SpendProblem[] = Object.entries(fields).map(([key, problems]) => ({
      line: Number(key.replace('line ', '')),
      problems: problems.split('; '),
    }));
    const slug = typeof rc.body?.form === 'string' ? rc.body.form : '';
    const page = await loadFunnelPage(rc, { slug, ...defaultRange(rc.now) });
    return renderView(
      rc,
      'admin/funnel',
      { ...page, spend: { file, rows }, csrfToken: rc.admin?.csrfToken ?? '' },
      { status: 422 },
    );
  },
});
