/** The addresses a form uses: its no-JavaScript post target, the JSON API and the thank-you page. */
export function formRoutes(slug: string) {
  const page = `/f/${encodeURIComponent(slug)}/`;
  return {
    page,
    submit: `${page}submit`,
    thanks: `${page}thanks/`,
    api: `/api/forms/${encodeURIComponent(slug)}/submissions`,
  } as const;
}
