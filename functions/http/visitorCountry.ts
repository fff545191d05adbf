/** The visitor's country as Cloudflare sees it, or `undefined` (unknown, Tor "T1" or "XX"). */
export function visitorCountry(request: Request): string | undefined {
  const fromCf = (request as { cf?: { country?: unknown } }).cf?.country;
  const country = typeof fromCf === 'string' ? fromCf : request.headers.get('cf-ipcountry');
  return country && /^[A-Z]{2}$/.test(country) && country !== 'XX' && country !== 'T1' ? country : undefined;
}
