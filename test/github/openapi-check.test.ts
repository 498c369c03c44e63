import { beforeAll, describe, expect, it } from "vitest";
import { type GitHubOpenApi, loadGitHubOpenApi } from "./openapi-check.js";

const H = { accept: "application/vnd.github+json", "x-github-api-version": "2022-11-28" };
const JSON_H = { ...H, "content-type": "application/json; charset=utf-8" };

let api: GitHubOpenApi;

beforeAll(() => {
  const started = performance.now();
  api = loadGitHubOpenApi();
  api.checkRequest({ method: "GET", url: "/repos/a/b/actions/workflows/1/runs?per_page=1", headers: H });
  expect(performance.now() - started).toBeLessThan(2000);
});

function messages(
  method: string,
  url: string,
  body?: string,
  headers: Record<string, string> = JSON_H,
): string[] {
  return api.checkRequest({ method, url, headers, body }).map((p) => p.message);
}

describe("loadGitHubOpenApi", () => {
  it("loads once per process", () => {
    expect(loadGitHubOpenApi()).toBe(api);
  });
});

describe("GitHubOpenApi.match", () => {
  it("finds operations and path parameters", () => {
    expect(api.match("GET", "/repos/acme/train/actions/runs/42/artifacts")).toEqual({
      operationId: "actions/list-workflow-run-artifacts",
      pathTemplate: "/repos/{owner}/{repo}/actions/runs/{run_id}/artifacts",
      pathParams: { owner: "acme", repo: "train", run_id: "42" },
    });
    expect(api.match("post", "/repos/a/b/issues/7/comments")?.operationId).toBe("issues/create-comment");
    expect(api.match("GET", "/repos/a/b/actions/artifacts/9/zip")?.operationId).toBe(
      "actions/download-artifact",
    );
    expect(api.match("GET", "/user")?.operationId).toBe("users/get-authenticated");
  });

  it("prefers literal segments over templated ones", () => {
    // /repos/{owner}/{repo}/issues/comments/{comment_id} vs /repos/{owner}/{repo}/issues/{issue_number}/…
    expect(api.match("PATCH", "/repos/a/b/issues/comments/5")?.operationId).toBe("issues/update-comment");
    expect(api.match("GET", "/repos/a/b/issues/comments")?.operationId).toBe("issues/list-comments-for-repo");
    expect(api.match("GET", "/repos/a/b/actions/runs")?.operationId).toBe(
      "actions/list-workflow-runs-for-repo",
    );
  });

  it("lets multi-segment parameters span slashes and decodes parameters", () => {
    expect(api.match("GET", "/repos/a/b/commits/feature/x/pulls")?.pathParams.commit_sha).toBe("feature/x");
    expect(api.match("GET", "/repos/a/my%20repo/pulls")?.pathParams.repo).toBe("my repo");
  });

  it("returns undefined for unknown paths and methods", () => {
    expect(api.match("GET", "/nowhere/at/all")).toBeUndefined();
    expect(api.match("DELETE", "/repos/a/b/issues/7/comments")).toBeUndefined();
  });
});

describe("GitHubOpenApi.checkRequest", () => {
  it("passes known-good requests", () => {
    expect(
      messages(
        "GET",
        "/repos/a/b/actions/workflows/123/runs?branch=main&event=push&status=success&per_page=10",
      ),
    ).toEqual([]);
    expect(
      messages(
        "GET",
        "/repos/a/b/actions/workflows/train.yml/runs?exclude_pull_requests=true&head_sha=abc&page=2",
      ),
    ).toEqual([]);
    expect(messages("POST", "/repos/a/b/issues/7/comments", '{"body":"x"}')).toEqual([]);
    expect(messages("PATCH", "/repos/a/b/issues/comments/9", '{"body":"y"}')).toEqual([]);
    expect(messages("GET", "/repos/a/b/actions/runs/5/artifacts?name=gridprint-report&per_page=100")).toEqual(
      [],
    );
    expect(messages("GET", "/repos/a/b/pulls?state=open&head=fork%3Afeature&base=main")).toEqual([]);
    expect(messages("GET", "/user", undefined, { accept: "application/vnd.github.v3+json" })).toEqual([]);
    expect(messages("GET", "/user", undefined, { accept: "text/html, */*;q=0.1" })).toEqual([]);
    expect(messages("GET", "/user", undefined, {})).toEqual([]);
  });

  it("reports unknown paths and wrong methods", () => {
    expect(messages("GET", "/repos/a/b/nonsense")).toEqual([
      "no operation in GitHub's REST API matches the path /repos/a/b/nonsense",
    ]);
    const wrong = messages("PUT", "/repos/a/b/issues/7/comments", '{"body":"x"}');
    expect(wrong).toHaveLength(1);
    expect(wrong[0]).toMatch(
      /^no PUT operation for \/repos\/a\/b\/issues\/7\/comments .*methods there: GET, POST/,
    );
  });

  it("reports undeclared query parameters", () => {
    expect(messages("GET", "/repos/a/b/actions/workflows/1/runs?foo=1")).toEqual([
      expect.stringMatching(
        /^query parameter foo is not declared for actions\/list-workflow-runs \(declared: actor, /,
      ),
    ]);
  });

  it("checks query values against their schemas", () => {
    expect(messages("GET", "/repos/a/b/actions/workflows/1/runs?status=bogus")).toEqual([
      expect.stringMatching(
        /^query parameter status = "bogus" must be equal to one of the allowed values: .*"success"/,
      ),
    ]);
    expect(messages("GET", "/repos/a/b/actions/workflows/1/runs?per_page=abc")).toEqual([
      'query parameter per_page = "abc" must be integer',
    ]);
    expect(messages("GET", "/repos/a/b/actions/workflows/1/runs?exclude_pull_requests=yes")).toEqual([
      'query parameter exclude_pull_requests = "yes" must be boolean',
    ]);
    expect(messages("GET", "/repos/a/b/actions/workflows/1/runs?page=1&page=2")).toEqual([
      expect.stringMatching(/^query parameter page = \["1","2"\] must be integer/),
    ]);
  });

  it("checks path parameters against their schemas", () => {
    expect(messages("POST", "/repos/a/b/issues/abc/comments", '{"body":"x"}')).toEqual([
      'path parameter issue_number = "abc" must be integer',
    ]);
    expect(messages("GET", "/repos/a/b/actions/runs/12.5")).toEqual([
      'path parameter run_id = "12.5" must be integer',
    ]);
  });

  it("checks JSON request bodies", () => {
    expect(messages("POST", "/repos/a/b/issues/7/comments")).toEqual([
      "issues/create-comment requires a request body, none was sent",
    ]);
    expect(messages("POST", "/repos/a/b/issues/7/comments", '{"body": 5}')).toEqual([
      "request body at /body must be string",
    ]);
    expect(messages("POST", "/repos/a/b/issues/7/comments", "{}")).toEqual([
      "request body must have required property 'body'",
    ]);
    expect(messages("POST", "/repos/a/b/issues/7/comments", "body=x")).toEqual([
      'request body of issues/create-comment is not JSON: "body=x"',
    ]);
    expect(
      messages("POST", "/repos/a/b/issues/7/comments", '{"body":"x"}', {
        ...H,
        "content-type": "text/plain",
      }),
    ).toEqual(['request body content-type "text/plain" is not application/json']);
    expect(messages("GET", "/user", '{"x":1}')).toEqual([
      "users/get-authenticated takes no request body, but one was sent",
    ]);
  });

  it("checks the accept and x-github-api-version headers", () => {
    expect(messages("GET", "/user", undefined, { accept: "text/html" })).toEqual([
      expect.stringMatching(/^accept header "text\/html" names none of application\/vnd.github\+json/),
    ]);
    expect(messages("GET", "/user", undefined, { "x-github-api-version": "latest" })).toEqual([
      'x-github-api-version "latest" is not a date-like version such as 2022-11-28',
    ]);
    // media types an operation documents are fine
    expect(
      messages("POST", "/repos/a/b/issues/7/comments", '{"body":"x"}', {
        ...JSON_H,
        accept: "application/vnd.github.html+json",
      }),
    ).toEqual([]);
  });
});

describe("GitHubOpenApi.checkResponse", () => {
  it("validates JSON bodies against the status's schema, honouring nullable", () => {
    const artifact = {
      id: 1,
      node_id: "MDg6QXJ0aWZhY3Qx",
      name: "report",
      size_in_bytes: 10,
      url: "https://api.github.com/repos/a/b/actions/artifacts/1",
      archive_download_url: "https://api.github.com/repos/a/b/actions/artifacts/1/zip",
      expired: false,
      created_at: null,
      expires_at: "2025-09-01T00:00:00Z",
      updated_at: null,
      workflow_run: null,
    };
    const path = "/repos/a/b/actions/runs/5/artifacts";
    expect(api.checkResponse("GET", path, 200, { total_count: 1, artifacts: [artifact] })).toEqual([]);
    expect(
      api.checkResponse("GET", path, 200, { total_count: "1", artifacts: [{ ...artifact, expired: "no" }] }),
    ).toEqual([
      { message: "200 response body at /total_count must be integer" },
      { message: "200 response body at /artifacts/0/expired must be boolean" },
    ]);
    expect(
      api.checkResponse("GET", path, 200, {
        total_count: 1,
        artifacts: [{ ...artifact, created_at: "yesterday" }],
      }),
    ).toEqual([{ message: '200 response body at /artifacts/0/created_at must match format "date-time"' }]);
  });

  it("handles bodiless statuses, undeclared statuses and GitHub's error shape", () => {
    const zip = "/repos/a/b/actions/artifacts/9/zip";
    expect(api.checkResponse("GET", zip, 302, undefined)).toEqual([]);
    expect(api.checkResponse("GET", zip, 302, { x: 1 })).toEqual([
      { message: "actions/download-artifact declares no body for status 302, but one was sent" },
    ]);
    expect(api.checkResponse("GET", zip, 410, { message: "Artifact has expired" })).toEqual([]);
    expect(api.checkResponse("GET", zip, 503, { message: "Service Unavailable" })).toEqual([]);
    expect(api.checkResponse("GET", zip, 500, { message: 5 })).toEqual([
      { message: "500 response body at /message must be string" },
    ]);
    expect(api.checkResponse("GET", zip, 200, undefined)).toEqual([
      { message: "status 200 is not declared for actions/download-artifact (declared: 302, 410)" },
    ]);
    expect(api.checkResponse("GET", "/nope", 200, {})).toEqual([
      { message: "no GET operation matches /nope" },
    ]);
  });
});
