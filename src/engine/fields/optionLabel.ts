import type { FieldOption } from './fieldBase';

/** An option's label for its value, or the value itself when the form no longer offers it. */
export function optionLabel(options: readonly FieldOption[], value: string): string {
  return options.find((option) => option.value === value)?.label ?? value;
}
