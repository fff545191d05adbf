import * as v from 'valibot';
import { checkboxesSchema } from './checkboxes/checkboxesSchema';
import { consentSchema } from './consent/consentSchema';
import { dateSchema } from './date/dateSchema';
import { emailSchema } from './email/emailSchema';
import { hiddenSchema } from './hidden/hiddenSchema';
import { numberSchema } from './number/numberSchema';
import { radioSchema } from './radio/radioSchema';
import { rangeSchema } from './range/rangeSchema';
import { ratingSchema } from './rating/ratingSchema';
import { selectSchema } from './select/selectSchema';
import { telSchema } from './tel/telSchema';
import { textSchema } from './text/textSchema';
import { textareaSchema } from './textarea/textareaSchema';

/**
 * A field of any kind, as a definition writes it; each kind's schema lives in its own folder, apart from
 * its rules (fieldKinds.ts), so a visitor's browser, which reads answers but never checks a definition, does not fetch it.
 */
export const fieldSchema = v.variant(
  'kind',
  [
    textSchema,
    textareaSchema,
    emailSchema,
    telSchema,
    numberSchema,
    selectSchema,
    radioSchema,
    checkboxesSchema,
    dateSchema,
    rangeSchema,
    ratingSchema,
    consentSchema,
    hiddenSchema,
  ],
  'use one of the field kinds: text, textarea, email, tel, number, select, radio, checkboxes, date, range, rating, consent, hidden',
);
