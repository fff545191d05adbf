/**
 * Where a variant's own page lives under /f/<slug>/ (built for a template by
 * src/pages/f/[slug]/v/[variant].astro, stored for a studio form). The Worker answers /f/<slug>/
 * with it; opened directly it previews that variant and counts no view.
 */
export function variantPagePath(id: string): string {
  return `v/${id}/`;
}
