/** The addresses a form uses: its no-JavaScript post target, the JSON API, the thank-you and outcome pages. */
export function formRoutes(slug: string) {
  const page = `/f/${encodeURIComponent(slug)}/`;
  return {
    page,
    submit: `${page}submit`,
    thanks: `${page}thanks/`,
    outcome: (id: string) => `${page}outcome/${encodeURIComponent(id)}/`,
    api: `/api/forms/${encodeURIComponent(slug)}/submissions`,
  } as const;
}
