import { createServer, type Server } from 'node:http';

/** The secret key the fake verifier accepts; TEST_TURNSTILE_SECRET holds it in the test bindings. */
export const FAKE_TURNSTILE_SECRET = 'fake-turnstile-secret';

export interface VerifyRequest {
  secret: string;
  response: string;
  remoteip: string | null;
  idempotencyKey: string | null;
}

/**
 * A stand-in for Turnstile's siteverify on 127.0.0.1 (the real one is unreachable from the tests).
 * It answers by the token: `pass:<hostname>:<action>` verifies for that hostname and action, `refuse`
 * is refused, `http-500` answers 500, `hang-up` drops the connection. GET /requests lists what it got.
 */
export function startFakeVerifier(port: number): Promise<Server> {
  const received: VerifyRequest[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const send = (status: number, body: unknown) => {
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(JSON.stringify(body));
      };
      if (request.method === 'GET' && request.url === '/requests') return send(200, received);
      const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
      const token = form.get('response') ?? '';
      received.push({
        secret: form.get('secret') ?? '',
        response: token,
        remoteip: form.get('remoteip'),
        idempotencyKey: form.get('idempotency_key'),
      });
      if (form.get('secret') !== FAKE_TURNSTILE_SECRET) {
        return send(200, { success: false, 'error-codes': ['invalid-input-secret'] });
      }
      if (token === 'http-500') return send(500, { error: 'verifier broken' });
      if (token === 'hang-up') return request.socket.destroy();
      const [verdict, hostname, action] = token.split(':');
      if (verdict !== 'pass') return send(200, { success: false, 'error-codes': ['invalid-input-response'] });
      send(200, { success: true, challenge_ts: new Date().toISOString(), hostname, action, 'error-codes': [] });
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}
