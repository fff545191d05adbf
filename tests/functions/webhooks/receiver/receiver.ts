import { inject } from 'vitest';
import type { HookSettings, ReceivedDelivery } from './receiverTypes';

/** The receiver started by startReceiver.ts, on 127.0.0.1. */
export const RECEIVER_ORIGIN = inject('webhookReceiver');

/** The delivery address of a hook; `port` picks an extra listener opened with openListener. */
export function hookUrl(name: string, port?: number): string {
  const origin = port === undefined ? RECEIVER_ORIGIN : `http://127.0.0.1:${port}`;
  return `${origin}/hooks/${name}`;
}

export async function configureHook(name: string, settings: HookSettings): Promise<void> {
  await control('PUT', `/control/hooks/${name}`, settings);
}

export async function deliveriesTo(name: string): Promise<ReceivedDelivery[]> {
  return ((await control('GET', `/control/hooks/${name}`)) as { deliveries: ReceivedDelivery[] }).deliveries;
}

/** Waits until the hook has received at least `count` deliveries. */
export async function waitForDeliveries(name: string, count: number, timeoutMs = 20_000): Promise<ReceivedDelivery[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const deliveries = await deliveriesTo(name);
    if (deliveries.length >= count) return deliveries;
    if (Date.now() > deadline) {
      throw new Error(`hook ${name} received ${deliveries.length} of ${count} deliveries in ${timeoutMs} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Opens another listener (on `port`, or a free one) serving the same hooks; returns its port. */
export async function openListener(port?: number): Promise<number> {
  return ((await control('POST', '/control/listeners', port === undefined ? {} : { port })) as { port: number }).port;
}

/** Closes a listener and its connections: deliveries to it are refused until it is opened again. */
export async function closeListener(port: number): Promise<void> {
  await control('DELETE', `/control/listeners/${port}`);
}

async function control(method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${RECEIVER_ORIGIN}${path}`, {
    method,
    ...(body !== undefined && { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
  });
  if (!response.ok) throw new Error(`receiver ${method} ${path}: ${response.status} ${await response.text()}`);
  return response.json();
}
