/**
 * Report artifacts through GitHub's REST API: listing a run's artifacts, downloading one (a 302 to
 * a signed blob URL, fetched without our token and capped while streaming) and reading the
 * report.json inside it. Nothing is written to disk.
 */
import { InputError } from "../errors.js";
import { parseReportText } from "../report/read-report.js";
import type { Report } from "../report/schema.js";
import { ArtifactZipError, readReportFromZip } from "./artifact-zip.js";
import { GITHUB_API_VERSION, type GitHubClient } from "./client.js";
import type { RepoRef } from "./context.js";
import { isRetryableServerError, withRetries } from "./retry.js";

/** Largest artifact zip downloaded: a report artifact is a few hundred KiB at most. */
export const MAX_ARTIFACT_ZIP_BYTES = 64 * 1024 * 1024;
const DOWNLOAD_TIMEOUT_MS = 60_000;

export interface ArtifactRef {
  id: number;
  name: string;
  runId: number;
  expired: boolean;
  sizeInBytes: number;
}

/** A failed download or an unusable artifact, with a message fit for a note or a warning. */
export class ArtifactError extends Error {
  override readonly name = "ArtifactError";
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

/** The artifacts of a run, every page; `name` filters by exact name, `prefix` by its start. */
export async function listRunArtifacts(
  client: GitHubClient,
  repo: RepoRef,
  runId: number,
  filter: { name?: string; prefix?: string } = {},
): Promise<ArtifactRef[]> {
  const out: ArtifactRef[] = [];
  const route = client.octokit.rest.actions.listWorkflowRunArtifacts;
  for (let page = 1; page <= 10; page++) {
    const { data } = await withRetries(
      () =>
        route({
          ...repo,
          run_id: runId,
          per_page: 100,
          page,
          ...(filter.name !== undefined ? { name: filter.name } : {}),
        }),
      client.retry,
    );
    for (const a of data.artifacts) {
      if (filter.prefix !== undefined && !a.name.startsWith(filter.prefix)) continue;
      out.push({ id: a.id, name: a.name, runId, expired: a.expired, sizeInBytes: a.size_in_bytes });
    }
    if (data.artifacts.length < 100) break;
  }
  return out;
}

/** The artifact's zip bytes. The API answers with a redirect to a signed URL: our token stays home. */
export async function downloadArtifactZip(
  client: GitHubClient,
  repo: RepoRef,
  artifact: ArtifactRef,
  maxBytes = MAX_ARTIFACT_ZIP_BYTES,
): Promise<Uint8Array> {
  if (artifact.sizeInBytes > maxBytes) {
    throw new ArtifactError(
      `artifact "${artifact.name}" is ${artifact.sizeInBytes} bytes, more than the ${maxBytes} a report artifact may be`,
    );
  }
  const url = `${client.apiUrl}/repos/${encodeURIComponent(repo.owner)}/${encodeURIComponent(repo.repo)}/actions/artifacts/${artifact.id}/zip`;
  return withRetries(async () => {
    const first = await fetchOrThrow(url, {
      redirect: "manual",
      headers: {
        authorization: `Bearer ${client.token}`,
        accept: "application/vnd.github+json",
        "x-github-api-version": GITHUB_API_VERSION,
        "user-agent": client.userAgent,
      },
    });
    let res = first;
    if (first.status >= 300 && first.status < 400) {
      const location = first.headers.get("location");
      await first.body?.cancel();
      if (!location) throw new ArtifactError(`artifact download answered ${first.status} without a Location`);
      res = await fetchOrThrow(new URL(location, url).toString(), {
        redirect: "follow",
        headers: { "user-agent": client.userAgent },
      });
    }
    if (res.status === 410) {
      await res.body?.cancel();
      throw new ArtifactError(`artifact "${artifact.name}" has expired`, 410);
    }
    if (res.status !== 200) {
      await res.body?.cancel();
      // The headers go along so that a rate limit's asked wait (retry-after) is honoured.
      throw Object.assign(
        new ArtifactError(`artifact "${artifact.name}" download answered HTTP ${res.status}`, res.status),
        { response: { headers: Object.fromEntries(res.headers) } },
      );
    }
    return readCapped(res, maxBytes, `artifact "${artifact.name}"`);
  }, client.retry);
}

/** Downloads the artifact and returns the report inside it, validated. Errors are ArtifactError. */
export async function readReportArtifact(
  client: GitHubClient,
  repo: RepoRef,
  artifact: ArtifactRef,
): Promise<{ report: Report; entry: string }> {
  const zip = await downloadArtifactZip(client, repo, artifact);
  try {
    const { entry, text } = await readReportFromZip(zip);
    return { report: parseReportText(text, `artifact "${artifact.name}" ${entry}`), entry };
  } catch (error) {
    if (error instanceof ArtifactZipError)
      throw new ArtifactError(`artifact "${artifact.name}": ${error.message}`);
    if (error instanceof InputError) throw new ArtifactError(error.message);
    throw error;
  }
}

async function fetchOrThrow(url: string, init: RequestInit): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(url, { ...init, signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) });
  } catch (error) {
    // Shaped like octokit's errors so withRetries treats a network failure as a 5xx.
    throw Object.assign(new ArtifactError(`artifact download failed: ${(error as Error).message}`), {
      status: 500,
    });
  }
  if (isRetryableServerError(res.status)) {
    await res.body?.cancel();
    throw Object.assign(new ArtifactError(`artifact download answered HTTP ${res.status}`, res.status));
  }
  return res;
}

async function readCapped(res: Response, maxBytes: number, what: string): Promise<Uint8Array> {
  const declared = Number(res.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await res.body?.cancel();
    throw new ArtifactError(`${what} is ${declared} bytes, more than the ${maxBytes} allowed`);
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = res.body?.getReader();
  if (!reader) return new Uint8Array();
  for (;;) {
    let chunk: Awaited<ReturnType<typeof reader.read>>;
    try {
      chunk = await reader.read();
    } catch (error) {
      // A connection cut mid-body: a network failure like any other, so retried as a 5xx.
      throw Object.assign(new ArtifactError(`${what}: download interrupted (${(error as Error).message})`), {
        status: 500,
      });
    }
    const { done, value } = chunk;
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new ArtifactError(`${what} is more than the ${maxBytes} bytes allowed`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}
