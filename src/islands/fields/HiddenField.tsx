import type { FieldOf } from '../../engine/fields/fieldKinds';
import type { FieldProps } from './types';

/** Carries a value from the page address (e.g. utm_source); the enhancer fills it after loading. */
export function HiddenField(props: FieldProps<FieldOf<'hidden'>>) {
  return <input type="hidden" name={props.field.name} value={typeof props.value === 'string' ? props.value : ''} />;
}
