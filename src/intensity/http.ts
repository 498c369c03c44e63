/**
 * The one HTTP layer every intensity provider goes through: JSON over GET with a per-request
 * timeout, one deadline shared by every call made with the same fetcher, a few attempts with
 * full-jitter exponential backoff, Retry-After honoured when it fits the deadline, and errors that
 * name provider, status and a URL stripped of its query and of every secret.
 *
 * Retried: network errors, timeouts, HTTP 5xx and 429. Never retried: any other status, and a
 * response that is not JSON. Redirects are followed only within the same host (an http → https
 * upgrade included), so headers carrying keys never travel to another host.
 *
 * Uses the global `fetch` (Node ≥ 20); no dependency.
 */

import type { IntensitySeries } from "./series.js";

/** What every provider's fetch function returns. */
export interface ProviderResult {
  series: IntensitySeries;
  /** Logical requests made (each may have been retried inside the fetcher). */
  requests: number;
  /** Periods in the series whose value is a forecast, not a measurement. */
  forecastPeriods: number;
}

/** What went wrong: the HTTP status, no answer in time, no connection, or an unreadable body. */
export type ProviderErrorStatus = number | "timeout" | "network" | "invalid-response";

export interface ProviderErrorInit {
  provider: string;
  status: ProviderErrorStatus;
  /** Already safe to show: no query string, no secret. */
  url: string;
  /** The sentence after "provider: ", already free of secrets. */
  detail: string;
  /** HTTP requests made for this call, retries included (0 when none could be sent). */
  attempts: number;
  /** The server's Retry-After, in milliseconds, when it sent one. */
  retryAfterMs?: number;
}

/** A provider could not be asked or did not answer usefully. Its message holds no secret. */
export class ProviderError extends Error {
  override readonly name = "ProviderError";
  readonly provider: string;
  readonly status: ProviderErrorStatus;
  readonly url: string;
  readonly attempts: number;
  readonly retryAfterMs?: number;

  constructor(init: ProviderErrorInit) {
    super(`${init.provider}: ${init.detail}`);
    this.provider = init.provider;
    this.status = init.status;
    this.url = init.url;
    this.attempts = init.attempts;
    if (init.retryAfterMs !== undefined) this.retryAfterMs = init.retryAfterMs;
  }
}

export interface FetcherOptions {
  /** Every call made with this fetcher must end within this long of the first one. */
  deadlineMs?: number;
  /** One HTTP request, body included (shortened when the deadline comes first). */
  timeoutMs?: number;
  /** HTTP requests per call at most, the first included. */
  attempts?: number;
  /** Keys, passwords and tokens: removed from every URL and message in every form they may take. */
  secrets: readonly string[];
  /** Backoff before retry n (0-based) is random() × min(maxDelayMs, baseDelayMs × 2^n). */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** [0, 1); Math.random by default. Tests pass a seeded one. */
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** Monotonic milliseconds for the deadline; performance.now by default. */
  clock?: () => number;
}

export interface GetJsonOptions {
  /** Names the provider in errors, e.g. "UK Carbon Intensity API". */
  provider: string;
  headers?: Record<string, string>;
}

export interface Fetcher {
  /** GETs a URL and parses its JSON body; throws {@link ProviderError}. */
  getJson(url: string, options: GetJsonOptions): Promise<unknown>;
  /** The URL as errors show it: origin and path only, every secret replaced by `***`. */
  safeUrl(url: string): string;
  /** Text with every secret replaced by `***`. */
  redact(text: string): string;
  /** A secret learnt later (a bearer token from a login): redacted from then on. */
  addSecret(secret: string): void;
  /** An error for a response that parsed as JSON but is not in the documented shape. */
  invalidResponse(provider: string, url: string, why: string): ProviderError;
  /** Milliseconds left before the shared deadline (the full deadline before the first call). */
  remainingMs(): number;
  /** HTTP requests sent so far with this fetcher, retries included. */
  readonly requestsSent: number;
}

export const DEFAULT_DEADLINE_MS = 60_000;
export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_ATTEMPTS = 3;
const DEFAULT_BASE_DELAY_MS = 1_000;
const DEFAULT_MAX_DELAY_MS = 8_000;
const MAX_REDIRECTS = 5;
/** Less time than this before the deadline is no time: a request could not be answered in it. */
const MIN_REQUEST_MS = 10;

/** One failed HTTP request, before the retry loop decides what to do with it. */
class AttemptFailure {
  constructor(
    readonly status: ProviderErrorStatus,
    readonly retryable: boolean,
    /** What happened, with the safe URL in it. */
    readonly detail: string,
    readonly retryAfterMs?: number,
  ) {}
}

export function createFetcher(options: FetcherOptions): Fetcher {
  const deadlineMs = options.deadlineMs ?? DEFAULT_DEADLINE_MS;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const attempts = Math.max(1, Math.floor(options.attempts ?? DEFAULT_ATTEMPTS));
  const baseDelayMs = options.baseDelayMs ?? DEFAULT_BASE_DELAY_MS;
  const maxDelayMs = options.maxDelayMs ?? DEFAULT_MAX_DELAY_MS;
  const random = options.random ?? Math.random;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const clock = options.clock ?? (() => performance.now());
  const redactor = new Redactor(options.secrets);
  /** Set by the first call: the deadline is for the intensity calls, not for the whole run. */
  let deadlineAt: number | undefined;
  let requestsSent = 0;

  const safeUrl = (url: string) => redactor.safeUrl(url);
  const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;

  async function attempt(
    url: string,
    shown: string,
    headers: Record<string, string>,
    budgetMs: number,
    deadlineBound: boolean,
  ): Promise<unknown> {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, budgetMs);
    const noAnswer = () =>
      new AttemptFailure(
        "timeout",
        true,
        deadlineBound
          ? `no answer from ${shown} before the ${seconds(deadlineMs)} deadline for all intensity requests`
          : `no answer from ${shown} within ${seconds(timeoutMs)}`,
      );
    try {
      let current = url;
      for (let hop = 0; ; hop++) {
        let response: Response;
        try {
          requestsSent++;
          response = await fetch(current, { headers, signal: controller.signal, redirect: "manual" });
        } catch (e) {
          if (timedOut) throw noAnswer();
          throw new AttemptFailure("network", true, `cannot reach ${shown} (${networkCode(e)})`);
        }
        const status = response.status;
        if (status >= 300 && status < 400 && response.headers.has("location")) {
          await discard(response);
          const next = redirectTarget(current, response.headers.get("location") ?? "");
          if (next === undefined || hop >= MAX_REDIRECTS) {
            throw new AttemptFailure(
              status,
              false,
              next === undefined
                ? `HTTP ${status} from ${shown}: a redirect to another host, not followed`
                : `HTTP ${status} from ${shown}: more than ${MAX_REDIRECTS} redirects`,
            );
          }
          current = next;
          continue;
        }
        if (status < 200 || status >= 300) {
          await discard(response);
          const retryAfterMs = parseRetryAfter(response.headers.get("retry-after"), Date.now());
          const retryable = status >= 500 || status === 429;
          throw new AttemptFailure(status, retryable, `HTTP ${status} from ${shown}`, retryAfterMs);
        }
        let text: string;
        try {
          text = await response.text();
        } catch (e) {
          if (timedOut) throw noAnswer();
          throw new AttemptFailure("network", true, `connection to ${shown} broke (${networkCode(e)})`);
        }
        try {
          return JSON.parse(text);
        } catch {
          throw new AttemptFailure(
            "invalid-response",
            false,
            `the answer from ${shown} is not JSON (HTTP ${status}, ${text.length} characters)`,
          );
        }
      }
    } finally {
      clearTimeout(timer);
    }
  }

  async function getJson(url: string, { provider, headers = {} }: GetJsonOptions): Promise<unknown> {
    const shown = safeUrl(url);
    const allHeaders = { accept: "application/json", ...headers };
    deadlineAt ??= clock() + deadlineMs;
    const end = deadlineAt;
    let made = 0;
    const fail = (f: AttemptFailure, extra = ""): ProviderError => {
      const tries = made > 1 ? ` (${made} attempts)` : "";
      return new ProviderError({
        provider,
        status: f.status,
        url: shown,
        detail: redactor.redact(`${f.detail}${tries}${extra}`),
        attempts: made,
        ...(f.retryAfterMs === undefined ? {} : { retryAfterMs: f.retryAfterMs }),
      });
    };
    let last: AttemptFailure | undefined;
    for (;;) {
      const left = end - clock();
      if (left < MIN_REQUEST_MS) {
        if (last) throw fail(last, "; the deadline passed before another attempt");
        throw fail(
          new AttemptFailure(
            "timeout",
            false,
            `the ${seconds(deadlineMs)} deadline for all intensity requests passed before ${shown} could be asked`,
          ),
        );
      }
      made++;
      try {
        return await attempt(url, shown, allHeaders, Math.min(timeoutMs, left), left < timeoutMs);
      } catch (e) {
        if (!(e instanceof AttemptFailure)) throw e;
        last = e;
        if (!e.retryable || made >= attempts) throw fail(e);
        const leftNow = end - clock();
        if (e.retryAfterMs !== undefined) {
          if (e.retryAfterMs >= leftNow) {
            throw fail(
              e,
              `; the server asked to wait ${seconds(e.retryAfterMs)}, more than the ${seconds(Math.max(0, leftNow))} left before the deadline`,
            );
          }
          await sleep(e.retryAfterMs);
          continue;
        }
        const delay = random() * Math.min(maxDelayMs, baseDelayMs * 2 ** (made - 1));
        if (delay >= leftNow) throw fail(e);
        await sleep(delay);
      }
    }
  }

  return {
    getJson,
    safeUrl,
    redact: (text) => redactor.redact(text),
    addSecret: (secret) => redactor.add(secret),
    invalidResponse: (provider, url, why) => {
      const shown = safeUrl(url);
      return new ProviderError({
        provider,
        status: "invalid-response",
        url: shown,
        detail: redactor.redact(`the answer from ${shown} is not in the documented shape: ${why}`),
        attempts: 1,
      });
    },
    remainingMs: () => {
      if (deadlineAt === undefined) return deadlineMs;
      const left = deadlineAt - clock();
      return left < MIN_REQUEST_MS ? 0 : left;
    },
    get requestsSent() {
      return requestsSent;
    },
  };
}

/**
 * Retry-After in milliseconds: delay-seconds or an HTTP date (RFC 9110 §10.2.3); undefined when
 * absent or unreadable. A date in the past means no wait.
 */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | undefined {
  if (value === null || value === undefined) return undefined;
  const v = value.trim();
  if (v === "") return undefined;
  if (/^\d+(?:\.\d+)?$/.test(v)) return Math.round(Number(v) * 1000);
  // Every HTTP-date form starts with the day name ("Tue, 03 Jun 2025 10:00:30 GMT").
  if (!/^[A-Za-z]{3}/.test(v)) return undefined;
  const date = Date.parse(v);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - nowMs);
}

/** Where a redirect may go: the same host (and port), or the same host upgraded to https. */
function redirectTarget(from: string, location: string): string | undefined {
  let source: URL;
  let target: URL;
  try {
    source = new URL(from);
    target = new URL(location, source);
  } catch {
    return undefined;
  }
  if (target.hostname !== source.hostname) return undefined;
  if (target.protocol === source.protocol && target.port === source.port) return target.href;
  if (source.protocol === "http:" && target.protocol === "https:" && target.port === "") return target.href;
  return undefined;
}

async function discard(response: Response): Promise<void> {
  try {
    await response.body?.cancel();
  } catch {
    // Nothing to free.
  }
}

/** A system error code (ECONNREFUSED, UND_ERR_SOCKET...) and nothing else of the error's text. */
function networkCode(e: unknown): string {
  let cause: unknown = e;
  for (let depth = 0; depth < 4 && cause !== undefined && cause !== null; depth++) {
    const code = (cause as { code?: unknown }).code;
    if (typeof code === "string" && /^[A-Z][A-Z0-9_]{1,40}$/.test(code)) return code;
    cause = (cause as { cause?: unknown }).cause;
  }
  return "fetch failed";
}

/**
 * Replaces secrets in text, in every form they may take in a URL or a header: raw, percent-encoded
 * (either hex case), form-encoded, and base64 / base64url — alone or inside a longer encoded value
 * (e.g. `user:password` in a Basic header), matched through the three byte alignments.
 */
/** Replaces every known form of the secrets (raw, URL-encoded, base64) with "***". */
export class Redactor {
  private forms: string[] = [];
  private readonly secrets = new Set<string>();

  constructor(secrets: readonly string[]) {
    for (const s of secrets) this.add(s);
  }

  add(secret: string): void {
    if (secret.length === 0 || this.secrets.has(secret)) return;
    this.secrets.add(secret);
    const forms = new Set(this.forms);
    for (const f of secretForms(secret)) forms.add(f);
    // Longest first, so a form is never half-replaced by a shorter one inside it.
    this.forms = [...forms].sort((a, b) => b.length - a.length);
  }

  redact(text: string): string {
    let out = text;
    for (const form of this.forms) if (out.includes(form)) out = out.split(form).join("***");
    return out;
  }

  /** Origin and path, no user info, query or fragment; every secret replaced. */
  safeUrl(url: string): string {
    let shown: string;
    let origin: string;
    try {
      const u = new URL(url);
      origin = u.origin;
      shown = `${u.origin}${u.pathname}`;
    } catch {
      shown = (url.split(/[?#]/)[0] ?? "").replace(/\/\/[^/@]*@/, "//");
      origin = shown.replace(/^([a-z][a-z0-9+.-]*:\/\/[^/]*).*$/i, "$1");
    }
    const out = this.redact(shown);
    // A secret spelt in an encoding not listed above still shows once decoded: hide the path.
    let decoded = out;
    try {
      decoded = decodeURIComponent(out);
    } catch {
      // Not decodable: checked as it is.
    }
    if (this.redact(decoded) !== decoded) return `${this.redact(origin)}/***`;
    return out;
  }
}

export function secretForms(secret: string): string[] {
  if (secret.length === 0) return [];
  const forms = new Set<string>([secret]);
  const encoded = encodeURIComponent(secret);
  forms.add(encoded);
  forms.add(encoded.replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase()));
  forms.add(encodeURI(secret));
  forms.add(new URLSearchParams({ s: secret }).toString().slice(2));
  const bytes = Buffer.from(secret, "utf8");
  forms.add(bytes.toString("base64"));
  forms.add(bytes.toString("base64url"));
  for (let offset = 0; offset < 3; offset++) {
    const padded = Buffer.concat([Buffer.alloc(offset), bytes]);
    // Characters that depend only on the secret's bytes, whatever precedes or follows them.
    const first = offset === 0 ? 0 : offset === 1 ? 2 : 3;
    const last = Math.floor(padded.length / 3) * 4;
    for (const b64 of [padded.toString("base64"), padded.toString("base64url")]) {
      const stable = b64.slice(first, last);
      if (stable.length >= 4) forms.add(stable);
    }
  }
  forms.delete("");
  return [...forms];
}
