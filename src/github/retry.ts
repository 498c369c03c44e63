/**
 * Bounded retries for GitHub REST calls: again after a 5xx or network error (exponential backoff),
 * and after a rate limit once the wait it asks for has passed, if that wait is short enough.
 */

export interface RetryOptions {
  /** Attempts per request, the first included (default 3). */
  attempts?: number;
  /** Wait before the second attempt; doubles after each failure (default 1000 ms). */
  backoffMs?: number;
  /** Longest wait a rate limit may ask for before we give up instead (default 60 000 ms). */
  maxRateLimitWaitMs?: number;
  /** Replaceable for tests. */
  sleep?: (ms: number) => Promise<void>;
}

/** A rate limit asked for a longer wait than we accept, or kept refusing. */
export class GitHubRateLimitError extends Error {
  override readonly name = "GitHubRateLimitError";
  constructor(
    readonly waitMs: number | undefined,
    message: string,
  ) {
    super(message);
  }
}

export interface SettledRetry {
  attempts: number;
  backoffMs: number;
  maxRateLimitWaitMs: number;
  sleep: (ms: number) => Promise<void>;
  retryServerErrors?: boolean;
}

export function settle(retry: RetryOptions = {}): SettledRetry {
  return {
    attempts: Math.max(1, retry.attempts ?? 3),
    backoffMs: retry.backoffMs ?? 1_000,
    maxRateLimitWaitMs: retry.maxRateLimitWaitMs ?? 60_000,
    sleep: retry.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
  };
}

/**
 * Runs `call` at most `attempts` times: again after a 5xx (network errors included; exponential
 * backoff) unless `retryServerErrors` is false, and after a rate limit (403/429 with retry-after, or
 * with x-ratelimit-remaining 0 and x-ratelimit-reset) once the asked wait has passed — when that
 * wait is within maxRateLimitWaitMs; a longer one throws GitHubRateLimitError at once.
 */
export async function withRetries<T>(call: () => Promise<T>, retry: SettledRetry): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (e) {
      const status = statusOf(e);
      const limitWait = rateLimitWaitMs(e);
      if (limitWait !== undefined) {
        if (limitWait > retry.maxRateLimitWaitMs) {
          throw new GitHubRateLimitError(
            limitWait,
            `GitHub's rate limit asks to wait ${Math.ceil(limitWait / 1000)} s, more than the ${Math.round(retry.maxRateLimitWaitMs / 1000)} s we wait; giving up (${messageOf(e)}).`,
          );
        }
        if (attempt >= retry.attempts) {
          throw new GitHubRateLimitError(
            limitWait,
            `GitHub's rate limit still refused after ${attempt} attempts (${messageOf(e)}).`,
          );
        }
        await retry.sleep(limitWait);
        continue;
      }
      // Octokit reports network failures as status 500 too.
      if (isRetryableServerError(status) && retry.retryServerErrors !== false && attempt < retry.attempts) {
        await retry.sleep(retry.backoffMs * 2 ** (attempt - 1));
        continue;
      }
      throw e;
    }
  }
}

export function isRetryableServerError(status: number | undefined): boolean {
  return status !== undefined && status >= 500 && status <= 599;
}

/** The wait a rate-limit response asks for, or undefined when `e` is no rate limit. */
function rateLimitWaitMs(e: unknown): number | undefined {
  const status = statusOf(e);
  if (status !== 403 && status !== 429) return undefined;
  const headers = headersOf(e);
  const retryAfter = headers["retry-after"];
  if (retryAfter !== undefined && retryAfter !== "") {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
    const date = Date.parse(retryAfter);
    if (Number.isFinite(date)) return Math.max(0, date - Date.now());
  }
  const reset = Number(headers["x-ratelimit-reset"]);
  if (headers["x-ratelimit-remaining"] === "0" && Number.isFinite(reset)) {
    return Math.max(0, reset * 1000 - Date.now());
  }
  // A secondary rate limit without headers: GitHub says to wait at least a minute.
  if (/secondary rate limit/i.test(messageOf(e))) return 60_000;
  return undefined;
}

export function statusOf(e: unknown): number | undefined {
  if (typeof e !== "object" || e === null || !("status" in e)) return undefined;
  const status = (e as { status: unknown }).status;
  return typeof status === "number" && status > 0 ? status : undefined;
}

function headersOf(e: unknown): Record<string, string | undefined> {
  if (typeof e !== "object" || e === null || !("response" in e)) return {};
  const headers = (e as { response?: { headers?: Record<string, unknown> } }).response?.headers ?? {};
  const out: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(headers)) {
    if (v !== undefined && v !== null) out[k.toLowerCase()] = String(v);
  }
  return out;
}

export function messageOf(e: unknown): string {
  const data = (e as { response?: { data?: unknown } } | null)?.response?.data;
  if (typeof data === "object" && data !== null && "message" in data && typeof data.message === "string") {
    return data.message;
  }
  return e instanceof Error ? e.message : String(e);
}
