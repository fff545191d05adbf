import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The packages the peer pages are built from. */
const PACKAGES = ['survey-core', 'survey-js-ui', '@formio/js', 'bootstrap'] as const;

/** Installed version of each peer package, for the report (read from node_modules, as bundled). */
export function peerVersions(): Record<string, string> {
  const root = join(import.meta.dirname, '..', '..', 'node_modules');
  return Object.fromEntries(
    PACKAGES.map((name) => {
      const manifest = JSON.parse(readFileSync(join(root, name, 'package.json'), 'utf8')) as { version: string };
      return [name, manifest.version];
    }),
  );
}
