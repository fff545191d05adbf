import { copyFile, mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';

/** The peers the bench compares Formwell with; each becomes a folder of static files. */
export const peers = ['plain', 'surveyjs', 'formio'] as const;
export type Peer = (typeof peers)[number];

const here = import.meta.dirname;

/**
 * Writes each peer's page into `outDir/<peer>/`: the hand-written plain form as it is, and the
 * SurveyJS and Form.io forms bundled and minified by esbuild for production, with the CSS they
 * import (and any fonts it references) as files beside the page.
 */
export async function buildPeers(outDir: string): Promise<void> {
  await rm(outDir, { recursive: true, force: true });
  for (const peer of peers) {
    const target = join(outDir, peer);
    await mkdir(target, { recursive: true });
    if (peer === 'plain') {
      await copyFile(join(here, 'plain', 'index.html'), join(target, 'index.html'));
      continue;
    }
    await copyFile(join(here, 'page.html'), join(target, 'index.html'));
    await build({
      entryPoints: { main: join(here, peer, 'main.ts') },
      outdir: target,
      bundle: true,
      minify: true,
      format: 'iife',
      platform: 'browser',
      target: 'es2022',
      define: { 'process.env.NODE_ENV': '"production"' },
      loader: { '.woff': 'file', '.woff2': 'file', '.ttf': 'file', '.eot': 'file', '.svg': 'file', '.png': 'file' },
      logLevel: 'error',
    });
  }
}
