import type { Field } from '../../engine/definition/fieldKinds';
import type { RawValue } from '../../engine/validation/types';

export interface FieldProps<F extends Field = Field> {
  field: F;
  value: RawValue;
  error: string | undefined;
  optionalLabel: string;
  onBlur: () => void;
}
