import { afterEach, describe, expect, it } from "vitest";
import {
  createFetcher,
  type FetcherOptions,
  ProviderError,
  parseRetryAfter,
  secretForms,
} from "../../src/intensity/http.js";
import { json, type LocalServer, seededRandom, startServer } from "./providers/local-server.js";

const servers: LocalServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function serve(handler: Parameters<typeof startServer>[0]): Promise<LocalServer> {
  const s = await startServer(handler);
  servers.push(s);
  return s;
}

/** Short timeouts and small backoff so faults resolve in well under a second. */
function fetcher(more: Partial<FetcherOptions> = {}) {
  return createFetcher({
    secrets: [],
    timeoutMs: 200,
    deadlineMs: 1000,
    baseDelayMs: 20,
    maxDelayMs: 50,
    random: seededRandom(42),
    ...more,
  });
}

async function failure(p: Promise<unknown>): Promise<ProviderError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(ProviderError);
    return e as ProviderError;
  }
  throw new Error("expected the call to fail");
}

const P = { provider: "Test API" };

describe("createFetcher().getJson", () => {
  it("GETs JSON, asking for JSON", async () => {
    const s = await serve((_req, res) => json(res, { data: [1, 2] }));
    const f = fetcher();
    await expect(f.getJson(`${s.base}/x?y=1`, P)).resolves.toEqual({ data: [1, 2] });
    expect(s.requests).toHaveLength(1);
    expect(s.requests[0]?.url).toBe("/x?y=1");
    expect(s.requests[0]?.headers.accept).toBe("application/json");
    expect(f.requestsSent).toBe(1);
  });

  it("retries a 5xx storm 3 times, then gives up within the deadline", async () => {
    const s = await serve((_req, res) => json(res, { error: "down" }, 503));
    const t0 = performance.now();
    const e = await failure(fetcher().getJson(`${s.base}/storm`, P));
    const elapsed = performance.now() - t0;
    expect(s.requests).toHaveLength(3);
    expect(e.status).toBe(503);
    expect(e.attempts).toBe(3);
    expect(e.provider).toBe("Test API");
    expect(e.url).toBe(`${s.base}/storm`);
    expect(e.message).toBe(`Test API: HTTP 503 from ${s.base}/storm (3 attempts)`);
    // The 1 s deadline, plus event-loop slack.
    expect(elapsed).toBeLessThan(1100);
  });

  it("recovers when a retry succeeds", async () => {
    const s = await serve((_req, res, n) => (n < 2 ? json(res, {}, 500) : json(res, { ok: true })));
    await expect(fetcher().getJson(`${s.base}/flaky`, P)).resolves.toEqual({ ok: true });
    expect(s.requests).toHaveLength(3);
  });

  it("waits full-jitter exponential backoff: random() × min(cap, base × 2^n)", async () => {
    const s = await serve((_req, res) => json(res, {}, 502));
    const slept: number[] = [];
    const f = fetcher({
      attempts: 4,
      baseDelayMs: 100,
      maxDelayMs: 300,
      random: () => 0.5,
      sleep: async (ms) => {
        slept.push(ms);
      },
    });
    await failure(f.getJson(`${s.base}/backoff`, P));
    expect(slept).toEqual([50, 100, 150]);
    expect(s.requests).toHaveLength(4);
  });

  it("times out a server that never answers, 3 times, inside the deadline", async () => {
    const s = await serve(() => {
      // Never answers.
    });
    const t0 = performance.now();
    const e = await failure(fetcher().getJson(`${s.base}/hang`, P));
    const elapsed = performance.now() - t0;
    expect(e.status).toBe("timeout");
    expect(e.attempts).toBe(3);
    expect(s.requests).toHaveLength(3);
    expect(e.message).toContain("no answer from");
    expect(e.message).toContain("within 0.2 s");
    expect(elapsed).toBeGreaterThanOrEqual(3 * 190);
    // The 1 s deadline, plus event-loop slack.
    expect(elapsed).toBeLessThan(1100);
  });

  it("times out a body that stops halfway", async () => {
    const s = await serve((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.write('{"data": [');
    });
    const e = await failure(fetcher({ attempts: 1 }).getJson(`${s.base}/stall`, P));
    expect(e.status).toBe("timeout");
  });

  it("shortens the last timeout to the deadline and says so", async () => {
    const s = await serve(() => {});
    const t0 = performance.now();
    const e = await failure(
      fetcher({ timeoutMs: 300, deadlineMs: 500, baseDelayMs: 1, maxDelayMs: 1 }).getJson(
        `${s.base}/hang`,
        P,
      ),
    );
    const elapsed = performance.now() - t0;
    expect(e.status).toBe("timeout");
    expect(e.message).toContain("deadline");
    expect(elapsed).toBeLessThan(700);
  });

  it("shares one deadline across every call of the fetcher", async () => {
    const s = await serve(() => {});
    const f = fetcher({ timeoutMs: 300, deadlineMs: 300, attempts: 1 });
    await failure(f.getJson(`${s.base}/first`, P));
    const t0 = performance.now();
    const e = await failure(f.getJson(`${s.base}/second`, P));
    expect(performance.now() - t0).toBeLessThan(50);
    expect(e.status).toBe("timeout");
    expect(e.attempts).toBe(0);
    expect(e.message).toContain("deadline for all intensity requests passed");
    expect(s.requests.map((r) => r.url)).toEqual(["/first"]);
    expect(f.remainingMs()).toBe(0);
  });

  it("honours a 429 Retry-After of 1 s that fits the deadline", async () => {
    const s = await serve((_req, res, n) =>
      n === 0 ? json(res, { error: "slow down" }, 429, { "retry-after": "1" }) : json(res, { ok: 1 }),
    );
    const t0 = performance.now();
    await expect(fetcher({ deadlineMs: 3000 }).getJson(`${s.base}/limited`, P)).resolves.toEqual({ ok: 1 });
    expect(s.requests).toHaveLength(2);
    const gap = (s.requests[1]?.at ?? 0) - (s.requests[0]?.at ?? 0);
    expect(gap).toBeGreaterThanOrEqual(990);
    expect(performance.now() - t0).toBeLessThan(1800);
  });

  it("does not wait for a Retry-After of 3600 s: fails at once, telling how long", async () => {
    const s = await serve((_req, res) => json(res, {}, 429, { "retry-after": "3600" }));
    const t0 = performance.now();
    const e = await failure(fetcher({ deadlineMs: 60_000 }).getJson(`${s.base}/limited`, P));
    expect(performance.now() - t0).toBeLessThan(200);
    expect(s.requests).toHaveLength(1);
    expect(e.status).toBe(429);
    expect(e.retryAfterMs).toBe(3_600_000);
    expect(e.message).toContain("asked to wait 3600 s");
  });

  it("reads Retry-After as an HTTP date too", async () => {
    const inAnHour = new Date(Date.now() + 3_600_000).toUTCString();
    const s = await serve((_req, res) => json(res, {}, 503, { "retry-after": inAnHour }));
    const e = await failure(fetcher().getJson(`${s.base}/maintenance`, P));
    expect(s.requests).toHaveLength(1);
    expect(e.status).toBe(503);
    expect(e.retryAfterMs).toBeGreaterThan(3_500_000);
  });

  it("never retries a 404 (nor any other 4xx)", async () => {
    const s = await serve((_req, res) => json(res, { error: "no such region" }, 404));
    const e = await failure(fetcher().getJson(`${s.base}/missing`, P));
    expect(s.requests).toHaveLength(1);
    expect(e.status).toBe(404);
    expect(e.attempts).toBe(1);
    expect(e.message).toBe(`Test API: HTTP 404 from ${s.base}/missing`);
  });

  it("retries network errors, then names the error code", async () => {
    const gone = await startServer(() => {});
    const url = `${gone.base}/closed`;
    await gone.close();
    const e = await failure(fetcher().getJson(url, P));
    expect(e.status).toBe("network");
    expect(e.attempts).toBe(3);
    expect(e.message).toMatch(
      /cannot reach http:\/\/127\.0\.0\.1:\d+\/closed \(ECONNREFUSED\) \(3 attempts\)/,
    );
  });

  it("does not retry a body that is not JSON", async () => {
    const s = await serve((_req, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      res.end("<html>maintenance</html>");
    });
    const e = await failure(fetcher().getJson(`${s.base}/html`, P));
    expect(s.requests).toHaveLength(1);
    expect(e.status).toBe("invalid-response");
    expect(e.message).toContain("is not JSON");
  });

  it("follows a redirect on the same host, not one to another host", async () => {
    const other = await serve((_req, res) => json(res, { leaked: true }));
    const s = await serve((req, res) => {
      if (req.url === "/old") {
        res.writeHead(301, { location: "/new" });
        res.end();
      } else if (req.url === "/away") {
        res.writeHead(302, { location: `http://localhost:${other.port}/steal` });
        res.end();
      } else json(res, { moved: true });
    });
    const f = fetcher();
    await expect(f.getJson(`${s.base}/old`, P)).resolves.toEqual({ moved: true });
    const e = await failure(f.getJson(`${s.base}/away`, { ...P, headers: { "auth-token": "k" } }));
    expect(e.status).toBe(302);
    expect(e.message).toContain("another host, not followed");
    expect(other.requests).toHaveLength(0);
  });
});

describe("secrets never appear in errors", () => {
  const SECRET = "s3cr3t/Key+with spaces=&more";
  const forms = [
    SECRET,
    encodeURIComponent(SECRET),
    Buffer.from(SECRET).toString("base64"),
    Buffer.from(SECRET).toString("base64url"),
    Buffer.from(`user:${SECRET}`).toString("base64"),
  ];

  function expectClean(e: ProviderError) {
    const texts = [e.message, e.url, String(e.stack), JSON.stringify(e), String(e)];
    for (const text of texts) {
      for (const form of forms) expect(text).not.toContain(form);
      // Not even a long piece of it.
      expect(text).not.toContain("s3cr3t");
      expect(text).not.toContain("with spaces");
    }
  }

  it("in the URL path, the query and the headers, on an HTTP error", async () => {
    const s = await serve((_req, res) => json(res, {}, 500));
    const f = fetcher({ secrets: [SECRET], attempts: 1 });
    const url = `${s.base}/v1/${encodeURIComponent(SECRET)}/data?token=${encodeURIComponent(SECRET)}&zone=GB`;
    const e = await failure(
      f.getJson(url, {
        provider: "Test API",
        headers: {
          "auth-token": SECRET,
          authorization: `Basic ${Buffer.from(`user:${SECRET}`).toString("base64")}`,
        },
      }),
    );
    // The request did carry them: they were really in play.
    expect(s.requests[0]?.headers["auth-token"]).toBe(SECRET);
    expect(e.url).toBe(`${s.base}/v1/***/data`);
    expect(e.message).not.toContain("zone=GB");
    expectClean(e);
  });

  it("in user info and raw in a path, on a timeout and on a network error", async () => {
    const hang = await serve(() => {});
    const f = fetcher({ secrets: [SECRET], attempts: 1, timeoutMs: 100 });
    const withUser = `http://user:${encodeURIComponent(SECRET)}@127.0.0.1:${hang.port}/a`;
    expectClean(await failure(f.getJson(withUser, P)));
    const gone = await startServer(() => {});
    await gone.close();
    const g = fetcher({ secrets: [SECRET], attempts: 1 });
    expectClean(await failure(g.getJson(`${gone.base}/k/${SECRET}?k=${SECRET}`, P)));
  });

  it("learnt later (a login token)", async () => {
    const s = await serve((_req, res) => json(res, {}, 404));
    const f = fetcher({ attempts: 1 });
    f.addSecret("tok-123456");
    const e = await failure(f.getJson(`${s.base}/tok-123456/x`, P));
    expect(e.message).not.toContain("tok-123456");
    expect(f.redact("Bearer tok-123456")).toBe("Bearer ***");
  });

  it("in a response-shape error", () => {
    const f = fetcher({ secrets: [SECRET] });
    const e = f.invalidResponse(
      "Test API",
      `https://api.example/${encodeURIComponent(SECRET)}?q=${SECRET}`,
      "no data",
    );
    expect(e.status).toBe("invalid-response");
    expect(e.url).toBe("https://api.example/***");
    expectClean(e);
  });

  it("covers the encoded forms, and ignores empty secrets", () => {
    const all = secretForms("pa ss/wörd");
    expect(all).toContain("pa ss/wörd");
    expect(all).toContain("pa%20ss%2Fw%C3%B6rd");
    expect(all).toContain("pa%20ss%2fw%c3%b6rd");
    expect(all).toContain("pa+ss%2Fw%C3%B6rd");
    expect(all).toContain(Buffer.from("pa ss/wörd").toString("base64"));
    expect(secretForms("")).toEqual([]);
    const f = fetcher({ secrets: ["", "abc123"] });
    expect(f.redact("x abc123 y")).toBe("x *** y");
    expect(f.safeUrl("https://h.example/p?x=1#f")).toBe("https://h.example/p");
  });
});

describe("parseRetryAfter", () => {
  const now = Date.parse("2025-06-03T10:00:00Z");
  it("reads seconds and HTTP dates", () => {
    expect(parseRetryAfter("1", now)).toBe(1000);
    expect(parseRetryAfter(" 120 ", now)).toBe(120_000);
    expect(parseRetryAfter("Tue, 03 Jun 2025 10:00:30 GMT", now)).toBe(30_000);
    expect(parseRetryAfter("Tue, 03 Jun 2025 09:00:00 GMT", now)).toBe(0);
  });
  it("ignores what it cannot read", () => {
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter("", now)).toBeUndefined();
    expect(parseRetryAfter("soon", now)).toBeUndefined();
    expect(parseRetryAfter("-5", now)).toBeUndefined();
  });
});
