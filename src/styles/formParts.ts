import { formSteps } from '../engine/definition/formSteps';
import type { PublicForm } from '../engine/definition/publicForm';
import { hasCountryPicker } from '../engine/fields/tel/hasCountryPicker';
import { showsCards } from '../islands/fields/showsCards';
import { hasLiveResults } from '../islands/resultLines';
import { STYLE_PARTS, type StylePart } from './pageStyles';

/**
 * The style parts of a form page that only some forms have. A page carries the rules for what its
 * form can show, whether the server or the enhancer puts it there, and none for what it cannot.
 */
export function formParts(form: PublicForm): StylePart[] {
  const has = {
    cards: form.fields.some(showsCards),
    rating: form.fields.some((field) => field.kind === 'rating'),
    steps: formSteps(form).length > 1,
    results: hasLiveResults(form),
    conversational: form.layout === 'conversational',
    thanks: false,
    tel: hasCountryPicker(form),
    outcome: false,
  } satisfies Record<StylePart, boolean>;
  return STYLE_PARTS.filter((part) => has[part]);
}
