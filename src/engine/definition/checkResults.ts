import { compileFormula } from '../formulas/compileFormula';
import { formulaInputs } from '../scoring/formulaInputs';
import type { Problem } from './checkDefinition';
import type { FormOutput } from './formSchema';

/** Checks calculations and the quiz against the form's fields: formulas, points, categories and outcomes. */
export function checkResults(form: FormOutput): Problem[] {
  return [...checkCalculations(form), ...checkQuiz(form)];
}

function checkCalculations(form: FormOutput): Problem[] {
  const problems: Problem[] = [];
  const fieldNames = new Set(form.fields.map((field) => field.name));
  const known = formulaInputs(form).map((field) => field.name);
  for (const calculation of form.calculations) {
    const where = `calculation "${calculation.name}"`;
    if (fieldNames.has(calculation.name) || known.includes(calculation.name)) {
      problems.push({ where, message: 'its name is already used by a field or an earlier calculation; rename it' });
      continue;
    }
    const compiled = compileFormula(calculation.formula, known);
    if (!compiled.ok)
      problems.push({
        where: `${where} (formula)`,
        message: compiled.message + unreadableField(form, compiled.message),
      });
    known.push(calculation.name);
  }
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
    problems.push({ where: 'quiz.outcomes', message: 'outcome ids must be unique' });

  let scored = false;
  for (const field of form.fields) {
    if (!('options' in field)) continue;
    for (const option of field.options) {
      if (option.points === undefined) continue;
      scored = true;
      const where = `field "${field.name}" (option "${option.value}")`;
      if (byCategory && typeof option.points === 'number')
        problems.push({ where, message: `give points per category, like { ${categories[0]}: 2 }` });
      if (!byCategory && typeof option.points !== 'number')
        problems.push({ where, message: 'give a number of points: this quiz has no categories' });
      if (byCategory && typeof option.points !== 'number')
        for (const category of Object.keys(option.points).filter((c) => !categories.includes(c)))
          problems.push({
            where,
            message: `"${category}" is not a quiz category; use one of: ${categories.join(', ')}`,
          });
    }
  }
  if (!scored) problems.push({ where: 'quiz', message: 'give points to the options of at least one question' });

  for (const outcome of quiz.outcomes) {
    const where = `quiz outcome "${outcome.id}"`;
    if (byCategory && (outcome.category === undefined || !categories.includes(outcome.category)))
      problems.push({ where, message: `set its category to one of: ${categories.join(', ')}` });
    if (!byCategory && outcome.minScore === undefined)
      problems.push({ where, message: 'set minScore, the lowest total that leads to it' });
  }
  for (const category of categories) {
    if (quiz.outcomes.filter((o) => o.category === category).length !== 1)
      problems.push({ where: `quiz category "${category}"`, message: 'give it exactly one outcome' });
  }
  if (!byCategory && new Set(quiz.outcomes.map((o) => o.minScore)).size !== quiz.outcomes.length)
    problems.push({ where: 'quiz.outcomes', message: 'give each outcome a different minScore' });
  if (quiz.gate && !form.fields.some((f) => (f.kind === 'email' || f.kind === 'tel') && f.required))
    problems.push({ where: 'quiz.gate', message: 'a gated quiz needs a required email or phone field' });
  return problems;
}
