import { checkboxesEditor } from './checkboxes/checkboxesEditor';
import { consentEditor } from './consent/consentEditor';
import { dateEditor } from './date/dateEditor';
import { emailEditor } from './email/emailEditor';
import type { FieldEditor } from './fieldEditor';
import type { FieldKind } from './fieldKinds';
import { hiddenEditor } from './hidden/hiddenEditor';
import { numberEditor } from './number/numberEditor';
import { radioEditor } from './radio/radioEditor';
import { rangeEditor } from './range/rangeEditor';
import { ratingEditor } from './rating/ratingEditor';
import { selectEditor } from './select/selectEditor';
import { telEditor } from './tel/telEditor';
import { textEditor } from './text/textEditor';
import { textareaEditor } from './textarea/textareaEditor';

/** Every kind's studio editor, in the order the studio offers them; a kind missing here fails the type check. */
export const FIELD_EDITORS: { readonly [K in FieldKind]: FieldEditor<K> } = {
  text: textEditor,
  email: emailEditor,
  tel: telEditor,
  textarea: textareaEditor,
  select: selectEditor,
  radio: radioEditor,
  checkboxes: checkboxesEditor,
  number: numberEditor,
  range: rangeEditor,
  rating: ratingEditor,
  date: dateEditor,
  consent: consentEditor,
  hidden: hiddenEditor,
};
