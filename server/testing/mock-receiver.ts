/** A real HTTP server on a random port standing in for a webhook receiver, a WMS, a TMS or a CRM in tests. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingMessage['headers'];
  readonly body: string;
  /** When it arrived (wall clock, ms). */
  readonly at: number;
  // Bodies are checked field by field in tests.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly json: any;
}

export interface MockAnswer {
  readonly status?: number;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
  /** Never answer (a hung receiver, for timeouts). */
  readonly hang?: boolean;
}

export type MockHandler = (request: ReceivedRequest) => MockAnswer | Promise<MockAnswer>;

export interface MockServer {
  readonly url: string;
  readonly port: number;
  readonly requests: ReceivedRequest[];
  handle(handler: MockHandler): void;
  close(): Promise<void>;
}

export async function startMockServer(handler: MockHandler = () => ({ status: 200, body: {} })): Promise<MockServer> {
  let current = handler;
  const requests: ReceivedRequest[] = [];
  const hung = new Set<ServerResponse>();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      let json: unknown;
      try {
        json = body ? JSON.parse(body) : undefined;
      } catch {
        json = undefined;
      }
      const request = {
        method: req.method ?? 'GET',
        path: req.url ?? '/',
        headers: req.headers,
        body,
        json,
        at: Date.now(),
      };
      requests.push(request);
      void Promise.resolve(current(request)).then((answer) => {
        if (answer.hang) {
          hung.add(res);
          return;
        }
        const text = answer.body === undefined ? '' : JSON.stringify(answer.body);
        res.writeHead(answer.status ?? 200, { 'content-type': 'application/json', ...answer.headers });
        res.end(text);
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    handle: (next) => (current = next),
    close: async () => {
      for (const res of hung) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
