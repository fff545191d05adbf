import type { TestProject } from 'vitest/node';
import { startFakeVerifier } from './fakeVerifier';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The fake Turnstile siteverify's origin on 127.0.0.1 (TURNSTILE_VERIFY_URL points at it). */
    turnstileVerifier: string;
  }
}

/**
 * Global setup of the `functions` project: the fake Turnstile verifier, on the port vitest.config.ts
 * chose when it set TURNSTILE_VERIFY_URL (the Worker's bindings are fixed before global setups run).
 */
export default async function startTurnstileVerifier(project: TestProject) {
  const port = Number(process.env.FORMWELL_TEST_TURNSTILE_PORT);
  if (!port) throw new Error('vitest.config.ts did not choose a port for the fake Turnstile verifier');
  const server = await startFakeVerifier(port);
  project.provide('turnstileVerifier', `http://127.0.0.1:${port}`);
  return () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
}
