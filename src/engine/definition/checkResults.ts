import { compileFormula } from '../formulas/compileFormula';
import { formulaInputs } from '../scoring/formulaInputs';
import type { FormOutput } from './formSchema';
import type { Problem } from './problem';

/** Checks calculations and the quiz against the form's fields: formulas, points, categories and outcomes. */
export function checkResults(form: FormOutput): Problem[] {
  return [...checkCalculations(form), ...checkQuiz(form)];
}

function checkCalculations(form: FormOutput): Problem[] {
  const problems: Problem[] = [];
  const fieldNames = new Set(form.fields.map((field) => field.name));
  const known = formulaInputs(form).map((field) => field.name);
  form.calculations.forEach((calculation, index) => {
    const where = `calculation "${calculation.name}"`;
    if (fieldNames.has(calculation.name) || known.includes(calculation.name)) {
      problems.push({
        where,
        path: ['calculations', index, 'name'],
        message: 'its name is already used by a field or an earlier calculation; rename it',
      });
      return;
    }
    const compiled = compileFormula(calculation.formula, known);
    if (!compiled.ok)
      problems.push({
        where: `${where} (formula)`,
        path: ['calculations', index, 'formula'],
        message: compiled.message + unreadableField(form, compiled.message),
        position: compiled.position,
      });
    known.push(calculation.name);
  });
  return problems;
}

// "unknown field" alone misleads when the name is a field of the form that formulas cannot read: say why.
function unreadableField(form: FormOutput, message: string): string {
  const field = form.fields.find((f) => message.startsWith(`unknown field "${f.name}" `));
  if (!field) return '';
  return 'options' in field
    ? `; "${field.name}" is a field, but a formula can only read it once every option has an amount`
    : `; "${field.name}" is a field of kind "${field.kind}", but formulas read only numbers, ranges, ratings and choices with amounts`;
}

function checkQuiz(form: FormOutput): Problem[] {
  const quiz = form.quiz;
  if (!quiz) return [];
  const problems: Problem[] = [];
  const categories = quiz.categories?.map((c) => c.id) ?? [];
  const byCategory = categories.length > 0;
  const outcomeIds = quiz.outcomes.map((o) => o.id);
  if (new Set(outcomeIds).size !== outcomeIds.length)
    problems.push({ where: 'quiz.outcomes', path: ['quiz', 'outcomes'], message: 'outcome ids must be unique' });

  let scored = false;
  form.fields.forEach((field, f) => {
    if (!('options' in field)) return;
    field.options.forEach((option, o) => {
      if (option.points === undefined) return;
      scored = true;
      const where = `field "${field.name}" (option "${option.value}")`;
      const path = ['fields', f, 'options', o, 'points'];
      if (byCategory && typeof option.points === 'number')
        problems.push({ where, path, message: `give points per category, like { ${categories[0]}: 2 }` });
      if (!byCategory && typeof option.points !== 'number')
        problems.push({ where, path, message: 'give a number of points: this quiz has no categories' });
      if (byCategory && typeof option.points !== 'number')
        for (const category of Object.keys(option.points).filter((c) => !categories.includes(c)))
          problems.push({
            where,
            path,
            message: `"${category}" is not a quiz category; use one of: ${categories.join(', ')}`,
          });
    });
  });
  if (!scored)
    problems.push({ where: 'quiz', path: ['quiz'], message: 'give points to the options of at least one question' });

  quiz.outcomes.forEach((outcome, index) => {
    const where = `quiz outcome "${outcome.id}"`;
    if (byCategory && (outcome.category === undefined || !categories.includes(outcome.category)))
      problems.push({
        where,
        path: ['quiz', 'outcomes', index, 'category'],
        message: `set its category to one of: ${categories.join(', ')}`,
      });
    if (!byCategory && outcome.minScore === undefined)
      problems.push({
        where,
        path: ['quiz', 'outcomes', index, 'minScore'],
        message: 'set minScore, the lowest total that leads to it',
      });
  });
  (quiz.categories ?? []).forEach((category, index) => {
    if (quiz.outcomes.filter((o) => o.category === category.id).length !== 1)
      problems.push({
        where: `quiz category "${category.id}"`,
        path: ['quiz', 'categories', index],
        message: 'give it exactly one outcome',
      });
  });
  if (!byCategory && new Set(quiz.outcomes.map((o) => o.minScore)).size !== quiz.outcomes.length)
    problems.push({
      where: 'quiz.outcomes',
      path: ['quiz', 'outcomes'],
      message: 'give each outcome a different minScore',
    });
  if (quiz.gate && !form.fields.some((f) => (f.kind === 'email' || f.kind === 'tel') && f.required))
    problems.push({
      where: 'quiz.gate',
      path: ['quiz', 'gate'],
      message: 'a gated quiz needs a required email or phone field',
    });
  return problems;
}
