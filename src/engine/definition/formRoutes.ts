/**
 * The addresses a form uses: its no-JavaScript post target, the JSON API, the thank-you and outcome
 * pages. A studio preview has the same addresses under the admin, where nothing is stored.
 */
export function formRoutes(slug: string, preview = false) {
  const name = encodeURIComponent(slug);
  const page = preview ? `/admin/forms/${name}/preview/` : `/f/${name}/`;
  return {
    page,
    submit: `${page}submit`,
    thanks: `${page}thanks/`,
    outcome: (id: string) => `${page}outcome/${encodeURIComponent(id)}/`,
    api: preview ? `/api/admin/forms/${name}/preview/submissions` : `/api/forms/${name}/submissions`,
  } as const;
}

export type FormRoutes = ReturnType<typeof formRoutes>;
