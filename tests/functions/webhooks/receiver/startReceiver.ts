import type { TestProject } from 'vitest/node';
import { createReceiver } from './createReceiver';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The test receiver's origin on 127.0.0.1, e.g. http://127.0.0.1:41234 (tests/functions/webhooks/receiver). */
    webhookReceiver: string;
  }
}

/**
 * Global setup of the `functions` project: a real HTTP receiver on 127.0.0.1, outside workerd, that
 * the Worker delivers webhooks to and the tests steer through its control API.
 */
export default async function startReceiver(project: TestProject) {
  const receiver = await createReceiver();
  project.provide('webhookReceiver', receiver.origin);
  return () => receiver.close();
}
