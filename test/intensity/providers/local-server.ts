/**
 * A real HTTP server on 127.0.0.1 for provider tests: started by the test on a free port, it
 * records every request and answers with whatever the test's handler writes. No fetch is patched.
 */
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedRequest {
  method: string;
  /** Path and query as sent, e.g. /intensity/2025-06-03T10:00Z/2025-06-03T12:00Z */
  url: string;
  headers: IncomingHttpHeaders;
  /** Milliseconds since the server started. */
  at: number;
}

/** n is the 0-based index of this request among all the server received. */
export type Handler = (req: IncomingMessage, res: ServerResponse, n: number) => void | Promise<void>;

export interface LocalServer {
  /** http://127.0.0.1:PORT */
  base: string;
  port: number;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

export async function startServer(handler: Handler): Promise<LocalServer> {
  const started = performance.now();
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    const n = requests.length;
    requests.push({
      method: req.method ?? "",
      url: req.url ?? "",
      headers: req.headers,
      at: performance.now() - started,
    });
    Promise.resolve(handler(req, res, n)).catch((e: unknown) => {
      res.statusCode = 599;
      res.end(String(e));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Writes a JSON body with the given status and headers. */
export function json(res: ServerResponse, body: unknown, status = 200, headers: Record<string, string> = {}) {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
}

/** A deterministic [0, 1) generator (mulberry32), so backoff delays repeat run after run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
