import type { FormOutput } from '../definition/formSchema';
import type { Problem } from '../definition/problem';
import { placeholdersIn } from './placeholders';

/** Checks the reply, the download and the tiers' next steps against the rest of the form. */
export function checkReply(form: FormOutput): Problem[] {
  const problems: Problem[] = [];
  const fields = new Set(form.fields.map((field) => field.name));
  const calculations = new Set(form.calculations.map((calculation) => calculation.name));
  const offered: Record<string, string | undefined> = {
    figures: form.calculations.length > 0 ? undefined : 'the form has no calculations',
    outcome: form.quiz ? undefined : 'the form is not a quiz',
    download: form.download ? undefined : 'the form has no download: add one',
    join: form.reply?.event ? undefined : 'the reply has no event with a joining link',
    next: form.thankYou.next ? undefined : 'the thank-you page offers no next step per tier',
    form: undefined,
  };
  const checkText = (text: string, path: (string | number)[], where: string) => {
    for (const { name, position } of placeholdersIn(text)) {
      if (fields.has(name) || calculations.has(name)) continue;
      const missing = name in offered ? offered[name] : `no question or calculation is named "${name}"`;
      if (missing !== undefined)
        problems.push({ where, path, message: `{${name}} cannot be filled: ${missing}`, position });
    }
  };

  const reply = form.reply;
  if (reply) {
    if (!form.fields.some((field) => field.kind === 'email'))
      problems.push({ where: 'reply', path: ['reply'], message: 'a reply needs an email question to send it to' });
    checkText(reply.subject, ['reply', 'subject'], 'reply (subject)');
    checkText(reply.body, ['reply', 'body'], 'reply (body)');
    if (reply.consentField !== undefined) {
      const field = form.fields.find((each) => each.name === reply.consentField);
      if (field?.kind !== 'consent')
        problems.push({
          where: 'reply (consentField)',
          path: ['reply', 'consentField'],
          message: `"${reply.consentField}" is not a consent question of this form: name one, or leave it out`,
        });
    }
    const outcomeIds = new Set(form.quiz?.outcomes.map((outcome) => outcome.id) ?? []);
    for (const [id, text] of Object.entries(reply.outcomes ?? {})) {
      if (!outcomeIds.has(id))
        problems.push({
          where: `reply (outcome "${id}")`,
          path: ['reply', 'outcomes', id],
          message: `the quiz has no outcome "${id}"`,
        });
      checkText(text, ['reply', 'outcomes', id], `reply (outcome "${id}")`);
    }
  }

  const next = form.thankYou.next;
  if (next) {
    if (!form.scoring)
      problems.push({
        where: 'thankYou.next',
        path: ['thankYou', 'next'],
        message: 'next steps per tier need a lead score (scoring) to choose between them',
      });
    for (const tier of ['hot', 'warm', 'cold'] as const) {
      const step = next[tier];
      if (!step) continue;
      for (const { name, position } of placeholdersIn(step.href))
        if (!fields.has(name))
          problems.push({
            where: `thankYou.next.${tier} (href)`,
            path: ['thankYou', 'next', tier, 'href'],
            message: `{${name}} cannot be filled: only answers go into a link`,
            position,
          });
    }
  }
  return problems;
}
