import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// The import graph of the source tree as TypeScript sees it, each import marked type-only or not: a
// cycle of either kind is a knot to untie, but pages may take the Worker's types (never its code).
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

interface Import {
  target: string;
  typeOnly: boolean;
}

/** Each file's imports: relative ones as paths from the repository root, packages as named. */
function importsOf(file: string): Import[] {
  const source = ts.createSourceFile(file, scriptOf(file), ts.ScriptTarget.Latest, false);
  const found: Import[] = [];
  for (const statement of source.statements) {
    let specifier: ts.Expression | undefined;
    let typeOnly = false;
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      specifier = statement.moduleSpecifier;
      typeOnly = Boolean(
        clause?.isTypeOnly ||
          (clause &&
            !clause.name &&
            clause.namedBindings &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.length > 0 &&
            clause.namedBindings.elements.every((element) => element.isTypeOnly)),
      );
    } else if (ts.isExportDeclaration(statement)) {
      specifier = statement.moduleSpecifier;
      typeOnly = statement.isTypeOnly;
    }
    if (specifier && ts.isStringLiteral(specifier))
      found.push({ target: resolveImport(file, specifier.text), typeOnly });
  }
  return found;
}

const imports = new Map<string, Import[]>();
for (const dir of SOURCES) {
  for (const file of sourceFiles(join(ROOT, dir))) imports.set(relative(ROOT, file), importsOf(file));
}
const graph = new Map([...imports].map(([file, list]) => [file, list.map((i) => i.target)]));

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

/** The imports (type-only ones too, unless `values`) of files under `folder` that lead anywhere but the places named. */
function importsOutside(folder: string, allowed: (target: string) => boolean, values = false): string[] {
  return [...imports]
    .filter(([file]) => file.startsWith(folder))
    .flatMap(([file, list]) =>
      list.filter((i) => !(values && i.typeOnly) && !allowed(i.target)).map((i) => `${file} → ${i.target}`),
    );
}

describe('the shape of the source tree', () => {
  it('reads a graph of the whole tree (the test would pass vacuously on an empty one)', () => {
    expect(graph.size).toBeGreaterThan(200);
    expect(graph.get('functions/routes.ts')?.length).toBeGreaterThan(10);
  });

  it('has no import cycles, counting type-only imports too', () => {
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
    expect(importsOutside('src/', allowed, true)).toEqual([]);
  });
});
