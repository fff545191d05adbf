import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// The import graph of the source tree as TypeScript sees it. Type-only imports are left out: they
// vanish from the build, so they can neither run in a cycle nor pull the Worker into the browser.
const ROOT = resolve(import.meta.dirname, '../..');
const SOURCES = ['functions', 'src', 'templates'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|astro)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function resolveImport(from: string, specifier: string): string {
  if (!specifier.startsWith('.')) return specifier;
  const base = resolve(dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return relative(ROOT, candidate);
  }
  return relative(ROOT, base);
}

/** An Astro file's imports are in its frontmatter, between the opening `---` lines. */
function scriptOf(file: string): string {
  const text = readFileSync(file, 'utf8');
  if (!file.endsWith('.astro')) return text;
  return /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
}

/** Each file's value imports: relative ones as paths from the repository root, packages as named. */
function valueImports(file: string): string[] {
  const source = ts.createSourceFile(file, scriptOf(file), ts.ScriptTarget.Latest, false);
  const found: string[] = [];
  for (const statement of source.statements) {
    let specifier: ts.Expression | undefined;
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      const typeOnly =
        clause?.isTypeOnly ||
        (clause &&
          !clause.name &&
          clause.namedBindings &&
          ts.isNamedImports(clause.namedBindings) &&
          clause.namedBindings.elements.length > 0 &&
          clause.namedBindings.elements.every((element) => element.isTypeOnly));
      if (!typeOnly) specifier = statement.moduleSpecifier;
    } else if (ts.isExportDeclaration(statement) && !statement.isTypeOnly) {
      specifier = statement.moduleSpecifier;
    }
    if (specifier && ts.isStringLiteral(specifier)) found.push(resolveImport(file, specifier.text));
  }
  return found;
}

const graph = new Map<string, string[]>();
for (const dir of SOURCES) {
  for (const file of sourceFiles(join(ROOT, dir))) graph.set(relative(ROOT, file), valueImports(file));
}

/** Strongly connected components with more than one file, or a file importing itself (Tarjan). */
function cycles(): string[][] {
  let index = 0;
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (file: string) => {
    order.set(file, index);
    low.set(file, index++);
    stack.push(file);
    onStack.add(file);
    for (const next of graph.get(file) ?? []) {
      if (!graph.has(next)) continue;
      if (!order.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) low.set(file, Math.min(low.get(file) ?? 0, order.get(next) ?? 0));
    }
    if (low.get(file) === order.get(file)) {
      const component: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop();
        if (member) {
          onStack.delete(member);
          component.push(member);
        }
      } while (member && member !== file);
      if (component.length > 1 || graph.get(file)?.includes(file)) found.push(component.sort());
    }
  };
  for (const file of graph.keys()) if (!order.has(file)) visit(file);
  return found;
}

/** The imports of files under `folder` that lead anywhere but the places named. */
function importsOutside(folder: string, allowed: (target: string) => boolean): string[] {
  return [...graph]
    .filter(([file]) => file.startsWith(folder))
    .flatMap(([file, targets]) => targets.filter((target) => !allowed(target)).map((target) => `${file} → ${target}`));
}

describe('the shape of the source tree', () => {
  it('reads a graph of the whole tree (the test would pass vacuously on an empty one)', () => {
    expect(graph.size).toBeGreaterThan(200);
    expect(graph.get('functions/routes.ts')?.length).toBeGreaterThan(10);
  });

  it('has no import cycles', () => {
    expect(cycles()).toEqual([]);
  });

  it('keeps the engine free of the Worker, the pages, the islands and any platform', () => {
    const engine = (target: string) =>
      target.startsWith('src/engine/') || /^(valibot|libphonenumber-js)(\/|$)/.test(target);
    expect(importsOutside('src/engine/', engine)).toEqual([]);
  });

  it('keeps db/ to tables and queries: it takes ready rows and imports no feature folder', () => {
    const db = (target: string) =>
      target.startsWith('functions/db/') || target.startsWith('src/engine/') || /^drizzle-orm(\/|$)/.test(target);
    expect(importsOutside('functions/db/', db)).toEqual([]);
  });

  it('keeps lib/ to helpers that import nothing but each other', () => {
    expect(importsOutside('functions/lib/', (target) => target.startsWith('functions/lib/'))).toEqual([]);
  });

  it('lets pages, islands and components take from the Worker only helpers, table constants and the CSRF field', () => {
    // Astro's views are rendered by the Worker's actions, which hand them their data; types travel freely.
    const allowed = (target: string) =>
      !target.startsWith('functions/') || /^functions\/(lib\/|db\/tables\/|admin\/auth\/csrfField\.ts$)/.test(target);
    expect(importsOutside('src/', allowed)).toEqual([]);
  });
});
