/**
 * Checks HTTP requests to, and responses from, GitHub's REST API against GitHub's published OpenAPI
 * description (@octokit/openapi, api.github.com.json), so that test fakes and the clients they serve
 * stay faithful to the real API: paths, methods, path and query parameters, JSON request bodies,
 * headers, and the JSON shapes of responses.
 *
 * The description is read with fs (the package index would load several hundred MB); schemas are
 * converted from OpenAPI 3.0 to JSON Schema (`nullable`) once, and ajv validators are compiled lazily
 * per operation and cached.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";

export interface OpenApiProblem {
  message: string;
}

export interface OperationMatch {
  operationId: string;
  pathTemplate: string;
  pathParams: Record<string, string>;
}

type Obj = Record<string, unknown>;

interface ParameterObject {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required?: boolean;
  schema?: Obj;
  "x-multi-segment"?: boolean;
}

interface MediaTypeObject {
  schema?: Obj;
}

interface RequestBodyObject {
  required?: boolean;
  content?: Record<string, MediaTypeObject>;
}

interface ResponseObject {
  description?: string;
  content?: Record<string, MediaTypeObject>;
}

interface OperationObject {
  operationId: string;
  description?: string;
  parameters?: Obj[];
  requestBody?: Obj;
  responses?: Record<string, Obj>;
}

interface OpenApiDocument {
  info?: Obj;
  paths: Record<string, Obj>;
  components: {
    schemas: Record<string, Obj>;
    parameters?: Record<string, Obj>;
    responses?: Record<string, Obj>;
    requestBodies?: Record<string, Obj>;
    headers?: Record<string, Obj>;
  };
}

interface CompiledPath {
  template: string;
  regex: RegExp;
  names: string[];
  /** Per segment: 3 literal, 2 partly templated, 1 one parameter, 0 a multi-segment parameter. */
  score: number[];
  item: Obj;
}

interface ResolvedOperation {
  method: string;
  operation: OperationObject;
  /** Path-level and operation-level parameters, $refs resolved, the operation's winning. */
  parameters: ParameterObject[];
}

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
const ROOT_ID = "https://api.github.com/openapi.json";
const ACCEPTABLE_MEDIA_TYPES = new Set([
  "application/vnd.github+json",
  "application/vnd.github.v3+json",
  "application/json",
  "*/*",
]);
/** Schema keywords that constrain nothing; a nullable schema holding only these stays as it is. */
const METADATA = new Set(["title", "description", "readOnly", "writeOnly", "deprecated", "default"]);
/** OpenAPI-only or annotation keywords dropped from converted schemas. */
const DROPPED = new Set(["nullable", "example", "examples", "discriminator", "externalDocs", "xml"]);
/** Keywords whose value is a map from names to schemas: the names are data, not keywords. */
const SCHEMA_MAPS = new Set(["properties", "patternProperties", "definitions", "$defs", "dependentSchemas"]);
/** Keywords whose value is data, copied as is. */
const LITERALS = new Set(["enum", "const", "default", "required"]);

function isObj(x: unknown): x is Obj {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

/**
 * OpenAPI 3.0 schema → JSON Schema for ajv: `nullable: true` becomes a "null" type (or an anyOf with
 * null where the schema has no `type`, which ajv's own `nullable` support rejects), and null joins a
 * nullable `enum`; local `$ref`s point into the document registered with ajv under ROOT_ID.
 */
function convertSchema(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(convertSchema);
  if (!isObj(x)) return x;
  const out: Obj = {};
  for (const [k, v] of Object.entries(x)) {
    if (DROPPED.has(k) || k.startsWith("x-")) continue;
    if (k === "$ref" && typeof v === "string") {
      out[k] = v.startsWith("#/") ? ROOT_ID + v : v;
    } else if (SCHEMA_MAPS.has(k) && isObj(v)) {
      out[k] = Object.fromEntries(Object.entries(v).map(([name, s]) => [name, convertSchema(s)]));
    } else if (LITERALS.has(k)) {
      out[k] = v;
    } else {
      out[k] = convertSchema(v);
    }
  }
  if (x.nullable === true) {
    if (typeof out.type === "string" || Array.isArray(out.type)) {
      const types = Array.isArray(out.type) ? (out.type as unknown[]) : [out.type];
      if (!types.includes("null")) out.type = [...types, "null"];
      if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    } else if (Object.keys(out).some((k) => !METADATA.has(k))) {
      return { anyOf: [out, { type: "null" }] };
    }
  }
  return out;
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:?\d{2})$/;

function makeAjv(): Ajv {
  return new Ajv({
    strict: false,
    allErrors: true,
    validateSchema: false,
    formats: {
      "date-time": (s: string) => DATE_TIME.test(s) && !Number.isNaN(Date.parse(s)),
      date: /^\d{4}-\d{2}-\d{2}$/,
      uri: /^[A-Za-z][A-Za-z0-9+.-]*:\S*$/,
      "uri-template": true,
      email: /^[^\s@]+@[^\s@]+$/,
      "repo.nwo": /^[^/\s]+\/[^/\s]+$/,
      binary: true,
      int32: true,
      int64: true,
      timestamp: true,
      double: true,
    },
  });
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function compareScores(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (b[i] ?? -1) - (a[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

function headerValue(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v.join(", ") : v;
}

function describeErrors(where: string, errors: ErrorObject[] | null | undefined): OpenApiProblem[] {
  const list = (errors ?? []).slice(0, 12).map((e) => {
    const at = e.instancePath ? `${where} at ${e.instancePath}` : where;
    const p = e.params as Obj;
    let detail = "";
    if (Array.isArray(p.allowedValues))
      detail = `: ${p.allowedValues.map((v) => JSON.stringify(v)).join(", ")}`;
    else if (typeof p.additionalProperty === "string") detail = ` (${p.additionalProperty})`;
    return { message: `${at} ${e.message ?? "is invalid"}${detail}` };
  });
  const more = (errors?.length ?? 0) - list.length;
  if (more > 0) list.push({ message: `${where}: ${more} further schema errors` });
  return list;
}

export class GitHubOpenApi {
  private readonly paths: CompiledPath[];
  private readonly ajv = makeAjv();
  private readonly validators = new Map<string, ValidateFunction>();
  private readonly paramValidators = new WeakMap<object, ValidateFunction>();

  constructor(private readonly doc: OpenApiDocument) {
    const schemas: Record<string, unknown> = {};
    for (const [name, s] of Object.entries(doc.components.schemas)) schemas[name] = convertSchema(s);
    this.ajv.addSchema({ $id: ROOT_ID, components: { schemas } });
    this.paths = Object.entries(doc.paths)
      .map(([template, item]) => this.compilePath(template, item))
      .sort((a, b) => compareScores(a.score, b.score));
  }

  private compilePath(template: string, item: Obj): CompiledPath {
    const multi = new Set<string>();
    for (const method of METHODS) {
      const op = item[method];
      if (!isObj(op)) continue;
      for (const p of this.parameters(item, op as unknown as OperationObject)) {
        if (p.in === "path" && p["x-multi-segment"] === true) multi.add(p.name);
      }
    }
    const names: string[] = [];
    const score: number[] = [];
    const segments = template
      .split("/")
      .slice(1)
      .map((seg) => {
        if (!seg.includes("{")) {
          score.push(3);
          return escapeRegex(seg);
        }
        const whole = /^\{([^}]+)\}$/.exec(seg);
        score.push(whole ? (multi.has(whole[1] ?? "") ? 0 : 1) : 2);
        return seg
          .split(/(\{[^}]+\})/)
          .map((part) => {
            const m = /^\{([^}]+)\}$/.exec(part);
            if (!m) return escapeRegex(part);
            const name = m[1] ?? "";
            names.push(name);
            return multi.has(name) ? "(.+?)" : whole ? "([^/]+)" : "([^/]+?)";
          })
          .join("");
      });
    return { template, regex: new RegExp(`^/${segments.join("/")}$`), names, score, item };
  }

  private resolve(x: Obj): Obj {
    let cur = x;
    for (let i = 0; i < 10 && typeof cur.$ref === "string"; i++) {
      const parts = cur.$ref.replace(/^#\//, "").split("/");
      let node: unknown = this.doc;
      for (const part of parts)
        node = isObj(node) ? node[part.replace(/~1/g, "/").replace(/~0/g, "~")] : undefined;
      if (!isObj(node)) throw new Error(`unresolvable $ref ${String(cur.$ref)}`);
      cur = node;
    }
    return cur;
  }

  private parameters(item: Obj, op: OperationObject): ParameterObject[] {
    const byKey = new Map<string, ParameterObject>();
    const shared = Array.isArray(item.parameters) ? (item.parameters as Obj[]) : [];
    for (const raw of [...shared, ...(op.parameters ?? [])]) {
      const p = this.resolve(raw) as unknown as ParameterObject;
      byKey.set(`${p.in}:${p.name}`, p);
    }
    return [...byKey.values()];
  }

  private find(
    method: string,
    path: string,
  ): { match?: OperationMatch & ResolvedOperation; candidates: CompiledPath[] } {
    const m = method.toLowerCase();
    const candidates: CompiledPath[] = [];
    for (const cp of this.paths) {
      const r = cp.regex.exec(path);
      if (!r) continue;
      candidates.push(cp);
      const op = cp.item[m];
      if (!isObj(op)) continue;
      const operation = op as unknown as OperationObject;
      const pathParams: Record<string, string> = {};
      cp.names.forEach((name, i) => {
        const raw = r[i + 1] ?? "";
        let value = raw;
        try {
          value = decodeURIComponent(raw);
        } catch {
          // keep the raw text; the parameter check reports it if it matters
        }
        pathParams[name] = value;
      });
      return {
        match: {
          operationId: operation.operationId,
          pathTemplate: cp.template,
          pathParams,
          method: m,
          operation,
          parameters: this.parameters(cp.item, operation),
        },
        candidates,
      };
    }
    return { candidates };
  }

  /** Finds the operation for method + path (path without query, e.g. /repos/a/b/issues/7/comments). */
  match(method: string, path: string): OperationMatch | undefined {
    const found = this.find(method, path.split("?")[0] ?? "").match;
    if (!found) return undefined;
    return { operationId: found.operationId, pathTemplate: found.pathTemplate, pathParams: found.pathParams };
  }

  private compiled(key: string, schema: unknown): ValidateFunction {
    let v = this.validators.get(key);
    if (!v) {
      v = this.ajv.compile(convertSchema(schema) as Obj);
      this.validators.set(key, v);
    }
    return v;
  }

  private paramValidator(schema: Obj): ValidateFunction {
    let v = this.paramValidators.get(schema);
    if (!v) {
      v = this.ajv.compile(convertSchema(schema) as Obj);
      this.paramValidators.set(schema, v);
    }
    return v;
  }

  /** A parameter's text is valid when one of its readings (string, number, boolean, list) fits. */
  private checkParam(where: string, values: string[], schema: Obj | undefined): OpenApiProblem[] {
    if (!schema) return [];
    const validate = this.paramValidator(schema);
    const readings: unknown[] = [];
    const scalar = (s: string): unknown[] => {
      const r: unknown[] = [s];
      if (/^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(s)) r.push(Number(s));
      if (s === "true") r.push(true);
      if (s === "false") r.push(false);
      return r;
    };
    if (values.length === 1) readings.push(...scalar(values[0] ?? ""));
    const items = values.length === 1 ? (values[0] ?? "").split(",") : values;
    readings.push(items);
    if (items.every((s) => /^-?\d+(\.\d+)?$/.test(s))) readings.push(items.map(Number));
    for (const r of readings) if (validate(r)) return [];
    validate(readings[0]);
    const shown = values.length === 1 ? JSON.stringify(values[0]) : JSON.stringify(values);
    return describeErrors(`${where} = ${shown}`, validate.errors);
  }

  private checkHeaders(
    headers: Record<string, string | string[] | undefined>,
    operation: OperationObject | undefined,
  ): OpenApiProblem[] {
    const problems: OpenApiProblem[] = [];
    const lower: Record<string, string | undefined> = {};
    for (const [k, v] of Object.entries(headers)) lower[k.toLowerCase()] = headerValue(v);
    const accept = lower.accept;
    if (accept !== undefined) {
      const types = accept
        .split(",")
        .map((t) => (t.split(";")[0] ?? "").trim().toLowerCase())
        .filter((t) => t.length > 0);
      const documented = (t: string) =>
        t.startsWith("application/vnd.github") && (operation?.description ?? "").toLowerCase().includes(t);
      if (!types.some((t) => ACCEPTABLE_MEDIA_TYPES.has(t) || documented(t))) {
        problems.push({
          message: `accept header ${JSON.stringify(accept)} names none of ${[...ACCEPTABLE_MEDIA_TYPES].join(", ")}`,
        });
      }
    }
    const version = lower["x-github-api-version"];
    if (version !== undefined) {
      const listed = this.listedApiVersions();
      const dateLike =
        /^\d{4}-\d{2}-\d{2}$/.test(version) && !Number.isNaN(Date.parse(`${version}T00:00:00Z`));
      if (listed.length > 0 ? !listed.includes(version) : !dateLike) {
        problems.push({
          message: `x-github-api-version ${JSON.stringify(version)} is not ${
            listed.length > 0 ? `one of ${listed.join(", ")}` : "a date-like version such as 2022-11-28"
          }`,
        });
      }
    }
    return problems;
  }

  /** API versions listed in the description's info, if it lists any (api.github.com.json 23.x does not). */
  private listedApiVersions(): string[] {
    const info = this.doc.info ?? {};
    for (const key of ["x-github-api-versions", "x-api-versions"]) {
      const v = info[key];
      if (Array.isArray(v)) return v.filter((x): x is string => typeof x === "string");
    }
    return [];
  }

  /**
   * Problems with a request: unknown path/method; path params not matching their schema; query
   * parameters not declared, or values not matching their schema; required query params missing; the
   * request body (missing when required, not JSON, not valid against the application/json schema);
   * an unacceptable `accept` or `x-github-api-version` header. Empty array = valid.
   */
  checkRequest(req: {
    method: string;
    url: string;
    headers: Record<string, string | string[] | undefined>;
    body?: string;
  }): OpenApiProblem[] {
    const url = new URL(req.url, "http://placeholder");
    const method = req.method.toUpperCase();
    const { match, candidates } = this.find(method, url.pathname);
    if (!match) {
      if (candidates.length === 0) {
        return [{ message: `no operation in GitHub's REST API matches the path ${url.pathname}` }];
      }
      const allowed = [
        ...new Set(
          candidates.flatMap((c) => METHODS.filter((m) => isObj(c.item[m])).map((m) => m.toUpperCase())),
        ),
      ];
      return [
        {
          message: `no ${method} operation for ${url.pathname} (${candidates[0]?.template}); methods there: ${allowed.join(", ")}`,
        },
      ];
    }
    const { operation, parameters } = match;
    const id = operation.operationId;
    const problems: OpenApiProblem[] = this.checkHeaders(req.headers, operation);

    for (const p of parameters.filter((q) => q.in === "path")) {
      const value = match.pathParams[p.name];
      if (value === undefined) problems.push({ message: `path parameter ${p.name} missing for ${id}` });
      else problems.push(...this.checkParam(`path parameter ${p.name}`, [value], p.schema));
    }

    const query = new Map<string, string[]>();
    for (const [k, v] of url.searchParams) {
      const key = k.endsWith("[]") ? k.slice(0, -2) : k;
      query.set(key, [...(query.get(key) ?? []), v]);
    }
    const declared = new Map(parameters.filter((q) => q.in === "query").map((q) => [q.name, q]));
    for (const [name, values] of query) {
      const p = declared.get(name);
      if (!p) {
        const known = [...declared.keys()];
        problems.push({
          message: `query parameter ${name} is not declared for ${id} (declared: ${known.length ? known.join(", ") : "none"})`,
        });
        continue;
      }
      problems.push(...this.checkParam(`query parameter ${name}`, values, p.schema));
    }
    for (const p of declared.values()) {
      if (p.required && !query.has(p.name)) {
        problems.push({ message: `required query parameter ${p.name} missing for ${id}` });
      }
    }

    const body = req.body ?? "";
    const hasBody = body.length > 0;
    if (!operation.requestBody) {
      if (hasBody) problems.push({ message: `${id} takes no request body, but one was sent` });
      return problems;
    }
    const rb = this.resolve(operation.requestBody) as RequestBodyObject;
    if (!hasBody) {
      if (rb.required) problems.push({ message: `${id} requires a request body, none was sent` });
      return problems;
    }
    const jsonMedia = rb.content?.["application/json"];
    if (!jsonMedia) return problems;
    const contentType = Object.entries(req.headers).find(([k]) => k.toLowerCase() === "content-type")?.[1];
    const ct = headerValue(contentType);
    if (ct !== undefined && !/^application\/(.+\+)?json\b/i.test(ct.trim())) {
      problems.push({ message: `request body content-type ${JSON.stringify(ct)} is not application/json` });
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      problems.push({ message: `request body of ${id} is not JSON: ${JSON.stringify(body.slice(0, 80))}` });
      return problems;
    }
    if (jsonMedia.schema) {
      const validate = this.compiled(`${id} request`, jsonMedia.schema);
      if (!validate(parsed)) problems.push(...describeErrors("request body", validate.errors));
    }
    return problems;
  }

  /**
   * Problems with a response body: validated against the operation's application/json schema for
   * that status. Error statuses the description does not list (401, 429, 5xx…) must have GitHub's
   * basic-error shape; other undeclared statuses are problems, as is a body where none is declared.
   */
  checkResponse(method: string, path: string, status: number, body: unknown): OpenApiProblem[] {
    const { match } = this.find(method, path.split("?")[0] ?? "");
    if (!match) return [{ message: `no ${method.toUpperCase()} operation matches ${path}` }];
    const id = match.operationId;
    const responses = match.operation.responses ?? {};
    const raw = responses[String(status)] ?? responses[`${String(status)[0]}XX`] ?? responses.default;
    if (!raw) {
      if (status >= 400) {
        if (body === undefined) return [];
        const validate = this.compiled("basic-error", { $ref: "#/components/schemas/basic-error" });
        return validate(body) ? [] : describeErrors(`${status} response body`, validate.errors);
      }
      return [
        {
          message: `status ${status} is not declared for ${id} (declared: ${Object.keys(responses).join(", ")})`,
        },
      ];
    }
    const response = this.resolve(raw) as ResponseObject;
    const media = response.content?.["application/json"];
    if (!media?.schema) {
      if (body !== undefined && body !== "" && !response.content) {
        return [{ message: `${id} declares no body for status ${status}, but one was sent` }];
      }
      return [];
    }
    if (body === undefined) return [{ message: `${id} ${status} response is missing its JSON body` }];
    const validate = this.compiled(`${id} ${status}`, media.schema);
    return validate(body) ? [] : describeErrors(`${status} response body`, validate.errors);
  }
}

let cached: GitHubOpenApi | undefined;

/** GitHub's OpenAPI description (api.github.com), loaded once per process. */
export function loadGitHubOpenApi(): GitHubOpenApi {
  if (!cached) {
    const require = createRequire(import.meta.url);
    const dir = dirname(require.resolve("@octokit/openapi/package.json"));
    const doc = JSON.parse(
      readFileSync(join(dir, "generated", "api.github.com.json"), "utf8"),
    ) as OpenApiDocument;
    cached = new GitHubOpenApi(doc);
  }
  return cached;
}
