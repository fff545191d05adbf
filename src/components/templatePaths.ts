import { templates } from '../../templates';

/** `getStaticPaths` for the pages every template has: one page per slug, the definition as a prop. */
export function templatePaths() {
  return [...templates.values()].map((form) => ({ params: { slug: form.slug }, props: { form } }));
}
