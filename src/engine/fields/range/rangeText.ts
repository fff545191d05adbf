import { numberFormat } from '../../i18n/numberFormat';

/** A slider's value as written beside it: in the form's locale, with its unit. */
export function rangeText(value: number, locale: string, unit: string | undefined): string {
  const figure = numberFormat(locale).format(value);
  return unit ? `${figure} ${unit}` : figure;
}
