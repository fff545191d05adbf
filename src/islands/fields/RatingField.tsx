import type { FieldOf } from '../../engine/fields/fieldKinds';
import { ChoiceField } from './ChoiceField';
import type { FieldProps } from './types';

/** A rating from 1 to the top of the scale. */
export function RatingField(props: FieldProps<FieldOf<'rating'>>) {
  return <ChoiceField {...props} />;
}
