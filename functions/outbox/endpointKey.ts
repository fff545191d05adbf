/** One string per endpoint, for maps: form slugs and endpoint ids cannot contain "/". */
export function endpointKey(formSlug: string, endpoint: string): string {
  return `${formSlug}/${endpoint}`;
}
