import type { TestProject } from 'vitest/node';
import { startFakeGraph } from './fakeGraph';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The fake Graph API's origin on 127.0.0.1 (META_GRAPH_URL points at it). */
    fakeGraph: string;
  }
}

/** Global setup of the `functions` project: the fake Graph API, on the port vitest.config.ts chose for META_GRAPH_URL. */
export default async function startGraph(project: TestProject) {
  const port = Number(process.env.FORMWELL_TEST_GRAPH_PORT);
  if (!port) throw new Error('vitest.config.ts did not choose a port for the fake Graph API');
  const server = await startFakeGraph(port);
  project.provide('fakeGraph', `http://127.0.0.1:${port}`);
  return () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
}
