import type { FormInput } from '../definition/formSchema';

/**
 * A studio form as a file for templates/: the same definition, checked by defineForm at build time.
 * Add its export to templates/index.ts; the slug must then leave the studio (archive it there).
 */
export function formAsTypeScript(input: FormInput): string {
  const name = input.slug.replace(/-([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
  const body = JSON.stringify(input, null, 2)
    // Keys that are plain identifiers need no quotes in TypeScript; the house style quotes strings with '.
    .replace(/^(\s*)"([A-Za-z_$][\w$]*)":/gm, '$1$2:')
    .replace(/"((?:[^"\\]|\\.)*)"/g, (_, text: string) => `'${text.replace(/\\"/g, '"').replace(/'/g, "\\'")}'`);
  return `import { defineForm } from '../src/engine/definition/defineForm';

// Exported from the Formwell studio. List it in templates/index.ts to build it with the site.
export const ${name} = defineForm(${body});
`;
}
