import type { Locale } from '../i18n/locale';
import { numberFormat } from '../i18n/numberFormat';
import type { NumberFormat } from './numberFormatSchema';

/** Shows a formula's result in the form's locale, e.g. 1234.5 as "€1,234.50" or 0.25 as "25 %". */
export function formatNumber(value: number, format: NumberFormat, locale: Locale): string {
  return numberFormat(locale, options(format, locale)).format(value);
}

function options(format: NumberFormat, locale: Locale): Intl.NumberFormatOptions {
  const style: Intl.NumberFormatOptions =
    format.style === 'currency'
      ? { style: 'currency', currency: format.currency }
      : format.style === 'unit'
        ? { style: 'unit', unit: format.unit }
        : { style: format.style };
  const max = format.maximumFractionDigits;
  if (max === undefined) return style;
  // A currency's own minimum (2 for EUR) must not exceed the author's maximum; older engines throw if it does.
  const { minimumFractionDigits = 0 } = numberFormat(locale, style).resolvedOptions();
  return { ...style, minimumFractionDigits: Math.min(minimumFractionDigits, max), maximumFractionDigits: max };
}
