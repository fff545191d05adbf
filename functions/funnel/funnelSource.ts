/** The source a funnel event is counted under: the `utm_source`, tidied, or "(direct)" without one. */
export function funnelSource(utmSource: string | null | undefined): string {
  const source = (utmSource ?? '').trim().toLowerCase().slice(0, 64);
  if (source === '') return '(direct)';
  return /^[\w.\- ]+$/.test(source) ? source : '(other)';
}
