import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import type { HookSettings, ReceivedDelivery, Reply } from './receiverTypes';

interface Hook {
  settings: HookSettings;
  deliveries: ReceivedDelivery[];
}

const DEFAULT_REPLY: Reply = { status: 200 };

/**
 * A webhook receiver the tests control: `POST /hooks/<name>` records a delivery, verifies it with the
 * `standardwebhooks` package when the hook has a secret, and answers as the hook's settings say.
 * `/control/...` sets those answers, lists deliveries, and opens or closes extra listeners, so that
 * a receiver can really be down (connection refused) and come back on the same port.
 */
export async function createReceiver(): Promise<{ origin: string; close: () => Promise<void> }> {
  const hooks = new Map<string, Hook>();
  const listeners = new Map<number, Server>();

  const hook = (name: string): Hook => {
    let found = hooks.get(name);
    if (!found) {
      found = { settings: {}, deliveries: [] };
      hooks.set(name, found);
    }
    return found;
  };

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://receiver');
    const body = await readBody(request);
    const [, area, name = '', extra] = url.pathname.split('/');
    if (area === 'hooks' && request.method === 'POST' && extra === undefined) {
      return receive(hook(name), request, body, response);
    }
    if (area === 'control' && name === 'hooks' && extra) {
      if (request.method === 'PUT') {
        hooks.set(extra, { settings: JSON.parse(body) as HookSettings, deliveries: [] });
        return send(response, 200, { ok: true });
      }
      return send(response, 200, { deliveries: hook(extra).deliveries });
    }
    if (area === 'control' && name === 'listeners') {
      if (request.method === 'POST') {
        const { port } = JSON.parse(body || '{}') as { port?: number };
        const server = await listen(handle, port ?? 0);
        listeners.set(portOf(server), server);
        return send(response, 200, { port: portOf(server) });
      }
      const server = listeners.get(Number(extra));
      listeners.delete(Number(extra));
      if (server) await stop(server);
      return send(response, 200, { closed: Boolean(server) });
    }
    return send(response, 404, { error: `no receiver route ${request.method} ${url.pathname}` });
  };

  const main = await listen(handle, 0);
  return {
    origin: `http://127.0.0.1:${portOf(main)}`,
    close: async () => {
      await Promise.all([main, ...listeners.values()].map(stop));
    },
  };
}

async function receive(hook: Hook, request: IncomingMessage, body: string, response: ServerResponse) {
  const reply = hook.settings.replies?.shift() ?? hook.settings.otherwise ?? DEFAULT_REPLY;
  const header = (name: string) => {
    const value = request.headers[name];
    return Array.isArray(value) ? value.join(', ') : (value ?? '');
  };
  const delivery: ReceivedDelivery = {
    receivedAt: Date.now(),
    path: request.url ?? '',
    id: header('webhook-id'),
    timestamp: header('webhook-timestamp'),
    signature: header('webhook-signature'),
    contentType: header('content-type'),
    body,
    verified: null,
    repliedWith: reply.status,
  };
  if (hook.settings.secret) {
    try {
      new Webhook(hook.settings.secret).verify(body, {
        'webhook-id': delivery.id,
        'webhook-timestamp': delivery.timestamp,
        'webhook-signature': delivery.signature,
      });
      delivery.verified = true;
    } catch (error) {
      delivery.verified = false;
      delivery.verifyError = error instanceof Error ? error.message : String(error);
    }
  }
  hook.deliveries.push(delivery);
  if (reply.delayMs) await new Promise((resolve) => setTimeout(resolve, reply.delayMs));
  if (response.destroyed) return;
  response.writeHead(reply.status, reply.headers ?? {});
  response.end(reply.body ?? '');
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}

function listen(handle: (request: IncomingMessage, response: ServerResponse) => Promise<void>, port: number) {
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) send(response, 500, { error: String(error) });
    });
  });
  return new Promise<Server>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

function stop(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    // Pooled keep-alive connections would otherwise keep a "down" receiver answering.
    server.closeAllConnections();
  });
}

function portOf(server: Server): number {
  return (server.address() as AddressInfo).port;
}
