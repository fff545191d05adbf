// Making a number format is slow (the first of a locale loads its data; each costs more than many
// formats): one per locale and options, for the life of the page or Worker.
const made = new Map<string, Intl.NumberFormat>();

/** `new Intl.NumberFormat(locale, options)`, made once. */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = made.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    made.set(key, format);
  }
  return format;
}
