#!/usr/bin/env node
import { stat, open as open$1, readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { createHash } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import * as nativeFs from 'fs';
import { statSync, stat as stat$1, realpathSync, realpath, readdirSync, readdir } from 'fs';
import { sep, basename, dirname, resolve as resolve$1, normalize, relative, posix, isAbsolute } from 'path';
import { fileURLToPath } from 'url';
import { createRequire } from 'module';

/**
 * The one list of settings. The action's inputs (action.yml) and the CLI's flags are both this
 * list: `intensity-file` is the input and `--intensity-file` the flag. A test keeps action.yml in
 * step with it.
 */
const OPTIONS = [
    {
        name: "traces",
        description: "Power trace files or glob patterns (repeat the flag, or one per line in the input). Formats are recognised from content.",
        multiple: true,
    },
    {
        name: "format",
        description: "Trace format: auto (recognise each file from its content) or one of nvidia-smi-csv, nvidia-smi-dmon, dcgm, codecarbon, rapl-energy-uj, intel-power-gadget, wandb-system, csv, jsonl.",
        default: "auto",
    },
    {
        name: "nvidia-smi-query",
        description: "For nvidia-smi CSV written with noheader: the --query-gpu field list in order, e.g. timestamp,index,power.draw.",
    },
    {
        name: "time-column",
        description: "Generic CSV / JSON Lines traces: the time column (default: recognised from the header).",
    },
    {
        name: "power-columns",
        description: "Generic CSV / JSON Lines traces: comma-separated power columns, one per device or node (default: recognised from the header).",
    },
    {
        name: "energy-columns",
        description: "Generic CSV / JSON Lines traces: comma-separated energy columns (cumulative counters or per-row energy).",
    },
    {
        name: "device-column",
        description: "Generic CSV / JSON Lines traces in long format: the column naming each row's device.",
    },
    {
        name: "power-unit",
        description: "Unit of power columns whose header names none: W, kW or mW.",
    },
    {
        name: "energy-unit",
        description: "Unit of energy columns whose header names none: J, kJ, Wh, kWh, mJ or uJ.",
    },
    {
        name: "run-start",
        description: "When training started (ISO 8601 date-time), for logs without wall-clock time (Hugging Face trainer_state.json, Lightning metrics.csv, Intel Power Gadget).",
    },
    {
        name: "devices",
        description: "Number of accelerators, to estimate energy from a training log when no power trace exists (default: as the log states).",
    },
    {
        name: "device-model",
        description: "Accelerator model for estimated energy (H100-SXM, A100-SXM4-80GB, L4, MI300X, TPU-v4, ...).",
    },
    {
        name: "device-watts",
        description: "Board power of one accelerator in W, for estimated energy when the model is not in gridprint's table.",
    },
    {
        name: "utilization",
        description: "Share of board power drawn on average, for estimated energy (0 to 1).",
        default: "0.8",
    },
    {
        name: "zone",
        description: "Electricity Maps zone id where the job ran (GB, DE, FR, US-CAL-CISO, ...).",
    },
    {
        name: "intensity-source",
        description: "Where hourly grid intensity comes from: auto (the file if given, else the annual average), file, or average.",
        default: "auto",
    },
    {
        name: "intensity-file",
        description: "Grid intensity file: an Electricity Maps CSV export or a CSV with a time column and a gCO2e/kWh (or kg/kWh, lbs/MWh) column.",
    },
    {
        name: "intensity-unit",
        description: "Unit of the intensity file's value column when its header names none (g/kWh, kg/kWh, lbs/MWh).",
    },
    {
        name: "emission-factor",
        description: "lifecycle (default; includes building and fuel supply) or direct (combustion only).",
        default: "lifecycle",
    },
    {
        name: "timezone",
        description: "IANA time zone of timestamps that carry no UTC offset (e.g. Europe/London). Unset: UTC, with a warning in the report when such timestamps are read.",
    },
    {
        name: "gap-limit",
        description: "Longest interval in seconds bridged between two samples of a device; auto = max(60 s, 5 x the device's median interval).",
        default: "auto",
    },
    {
        name: "baseline",
        description: "A report.json from the base branch to compare with.",
    },
    { name: "budget-g", description: "Fail when the run emits more than this many gCO2e." },
    { name: "budget-kwh", description: "Fail when the run uses more than this many kWh." },
    {
        name: "max-increase-percent",
        description: "Fail when energy rises more than this percentage over the baseline.",
    },
    {
        name: "report-path",
        description: "Where to write report.json (CLI: also --json; - for standard output).",
        default: "gridprint-report.json",
        cliDefault: null,
    },
    {
        name: "markdown-path",
        description: "Where to write the markdown report (CLI: also --markdown; - for standard output).",
    },
];

function getEnumValues(entries) {
    const numericValues = Object.values(entries).filter((v) => typeof v === "number");
    const values = Object.entries(entries)
        .filter(([k, _]) => numericValues.indexOf(+k) === -1)
        .map(([_, v]) => v);
    return values;
}
function joinValues(array, separator = "|") {
    return array.map((val) => stringifyPrimitive(val)).join(separator);
}
function jsonStringifyReplacer(_, value) {
    if (typeof value === "bigint")
        return value.toString();
    return value;
}
// the accessor lives on a shared prototype: an own accessor makes every box a dictionary-mode object (~360 B and a slow load per read against ~100 B and an inlined getter here)
class Cached {
    constructor(getter) {
        this._getter = getter;
        this._value = undefined;
    }
    get value() {
        const getter = this._getter;
        if (getter !== undefined) {
            this._value = getter();
            this._getter = undefined;
        }
        return this._value;
    }
}
function cached(getter) {
    return new Cached(getter);
}
function nullish(input) {
    return input === null || input === undefined;
}
function cleanRegex(source) {
    const start = source.startsWith("^") ? 1 : 0;
    const end = source.endsWith("$") ? source.length - 1 : source.length;
    return source.slice(start, end);
}
function floatSafeRemainder(val, step) {
    const ratio = val / step;
    const roundedRatio = Math.round(ratio);
    // `val` and `step` each round to a double before the division rounds again, so a true decimal multiple's quotient can sit up to 1.5 of these scaled epsilons from the integer. A 1x tolerance therefore rejected 2.03 as a multiple of 0.07; 4x covers the worst case with margin.
    const tolerance = 4 * Number.EPSILON * Math.max(Math.abs(ratio), 1);
    if (Math.abs(ratio - roundedRatio) < tolerance)
        return 0;
    return ratio - roundedRatio;
}
function assignProp(target, prop, value) {
    Object.defineProperty(target, prop, {
        value,
        writable: true,
        enumerable: true,
        configurable: true,
    });
}
/**
 * Whichever object a def's `shape` currently answers from: the one the caller passed until the first read, the frozen copy after it.
 *
 * Its keys and descriptors read without invoking anything, which is what lets a discriminated union check its discriminator, and the cycle walk read a shape, without resolving a getter that references the schema being constructed. A def that answers `shape` from an accessor of its own has none.
 */
function rawShape(def) {
    const desc = Object.getOwnPropertyDescriptor(def, "shape");
    return desc?.get ? desc.get.raw : desc?.value;
}
// where a builder reads its source's keys and descriptors, resolving only a shape a def answers for itself. A shape resolves by object spread, so only its enumerable keys are ever part of it.
function sourceShape(schema) {
    return rawShape(schema._zod.def) ?? schema._zod.def.shape;
}
// a key whose value is not settled yet, self-caching so every read after the first gets the same one
function deferProp(target, key, getter) {
    Object.defineProperty(target, key, {
        get() {
            const value = getter();
            assignProp(this, key, value);
            return value;
        },
        enumerable: true,
        configurable: true,
    });
}
// Writes a settled key. A plain assignment is much cheaper than `defineProperty` and produces the same descriptor, but it runs whatever setter already answers to the key — an accessor this shape deferred, or an inherited one, which `__proto__` has on every object and prototype pollution can add for any name.
function putProp(target, key, value) {
    if (key in target)
        assignProp(target, key, value);
    else
        target[key] = value;
}
/**
 * Copies `keys` of `source`'s shape onto `target`, each value passed through `wrap`.
 *
 * A key the source has resolved is copied through now, so the derived shape states it outright and nothing has to resolve it to learn what it holds. A key the source still defers stays deferred, and reads back through the source's own `shape`, so it resolves once and both shapes get that one schema.
 */
function mirrorShape(target, source, keys, wrap) {
    const raw = sourceShape(source);
    for (const key of keys) {
        const desc = Object.getOwnPropertyDescriptor(raw, key);
        if (!desc.enumerable)
            continue;
        if (desc.get) {
            deferProp(target, key, () => {
                const value = source._zod.def.shape[key];
                return wrap ? wrap(value, key) : value;
            });
        }
        else
            putProp(target, key, wrap ? wrap(desc.value, key) : desc.value);
    }
}
// same, for a plain shape a caller passed rather than a schema's
function mirrorProps(target, source) {
    for (const key of Reflect.ownKeys(source)) {
        const desc = Object.getOwnPropertyDescriptor(source, key);
        if (!desc.enumerable)
            continue;
        if (desc.get)
            deferProp(target, key, () => source[key]);
        else
            putProp(target, key, desc.value);
    }
}
function mergeDefs(...defs) {
    const mergedDescriptors = {};
    for (const def of defs) {
        const descriptors = Object.getOwnPropertyDescriptors(def);
        Object.assign(mergedDescriptors, descriptors);
    }
    return Object.defineProperties({}, mergedDescriptors);
}
function esc(str) {
    return JSON.stringify(str);
}
function slugify(input) {
    return input
        .toLowerCase()
        .trim()
        .replace(/[^\w\s-]/g, "")
        .replace(/[\s_-]+/g, "-")
        .replace(/^-+|-+$/g, "");
}
const captureStackTrace = ("captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => { });
function isObject(data) {
    return typeof data === "object" && data !== null && !Array.isArray(data);
}
const allowsEval = /* @__PURE__*/ cached(() => {
    // Skip the probe under `jitless`: strict CSPs report the caught `new Function` as a `securitypolicyviolation` even though the throw is swallowed.
    if (globalConfig.jitless) {
        return false;
    }
    // @ts-ignore
    if (typeof navigator !== "undefined" && navigator?.userAgent?.includes("Cloudflare")) {
        return false;
    }
    try {
        const F = Function;
        new F("");
        return true;
    }
    catch (_) {
        return false;
    }
});
function isPlainObject(o) {
    if (isObject(o) === false)
        return false;
    // modified constructor
    const ctor = o.constructor;
    if (ctor === undefined)
        return true;
    if (typeof ctor !== "function")
        return true;
    // modified prototype
    const prot = ctor.prototype;
    if (isObject(prot) === false)
        return false;
    // ctor doesn't have static `isPrototypeOf`
    if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
        return false;
    }
    return true;
}
function shallowClone(o) {
    if (isPlainObject(o))
        return { ...o };
    if (Array.isArray(o))
        return [...o];
    if (o instanceof Map)
        return new Map(o);
    if (o instanceof Set)
        return new Set(o);
    return o;
}
const propertyKeyTypes = /* @__PURE__*/ new Set(["string", "number", "symbol"]);
function escapeRegex(str) {
    return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
// zod-specific utils
function clone(inst, def, params) {
    const cl = new inst._zod.constr(def ?? inst._zod.def);
    if (!def || params?.parent)
        cl._zod.parent = inst;
    return cl;
}
function normalizeParams(_params) {
    const params = _params;
    if (!params)
        return {};
    if (typeof params === "string")
        return { error: () => params };
    if (params?.message !== undefined) {
        if (params?.error !== undefined)
            throw new Error("Cannot specify both `message` and `error` params");
        params.error = params.message;
    }
    delete params.message;
    if (typeof params.error === "string")
        return { ...params, error: () => params.error };
    return params;
}
function stringifyPrimitive(value) {
    if (typeof value === "bigint")
        return value.toString() + "n";
    if (typeof value === "string")
        return `"${value}"`;
    return `${value}`;
}
function optionalKeys(shape) {
    return Object.keys(shape).filter((k) => {
        return shape[k]._zod.optin !== undefined && shape[k]._zod.optout === "optional";
    });
}

const NUMBER_FORMAT_RANGES = /*@__PURE__*/ (() => ({
    safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
    int32: [-2147483648, 2147483647],
    uint32: [0, 4294967295],
    float32: [-34028234663852886e22, 3.4028234663852886e38],
    float64: [-Number.MAX_VALUE, Number.MAX_VALUE],
}))();
const BIGINT_FORMAT_RANGES = {
    int64: [/* @__PURE__*/ BigInt("-9223372036854775808"), /* @__PURE__*/ BigInt("9223372036854775807")],
    uint64: [/* @__PURE__*/ BigInt(0), /* @__PURE__*/ BigInt("18446744073709551615")],
};
function pick(schema, mask) {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(".pick() cannot be used on object schemas containing refinements");
    }
    const newShape = {};
    mirrorShape(newShape, schema, maskedKeys(schema, mask));
    return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
// the mask keys that select something, checked against the source's shape without resolving it
function maskedKeys(schema, mask) {
    const raw = sourceShape(schema);
    const keys = [];
    // `for...in` skips symbols, so a symbol in the mask would select nothing
    for (const key of Reflect.ownKeys(mask)) {
        if (!Object.getOwnPropertyDescriptor(raw, key)?.enumerable) {
            throw new Error(`Unrecognized key: "${String(key)}"`);
        }
        if (mask[key])
            keys.push(key);
    }
    return keys;
}
function omit(schema, mask) {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(".omit() cannot be used on object schemas containing refinements");
    }
    const omitted = new Set(maskedKeys(schema, mask));
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)).filter((key) => !omitted.has(key)));
    return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function extend(schema, shape) {
    if (!isPlainObject(shape)) {
        throw new Error("Invalid input to extend: expected a plain object");
    }
    const checks = schema._zod.def.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        // Only throw if new shape overlaps with existing shape. Use getOwnPropertyDescriptor to check key existence without accessing values
        const existingShape = sourceShape(schema);
        for (const key of Reflect.ownKeys(shape)) {
            if (Object.getOwnPropertyDescriptor(existingShape, key) !== undefined) {
                throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
            }
        }
    }
    return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
// the source's keys, then the caller's overlaid on top
function extended(schema, shape) {
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)));
    mirrorProps(newShape, shape);
    return newShape;
}
function safeExtend(schema, shape) {
    if (!isPlainObject(shape)) {
        throw new Error("Invalid input to safeExtend: expected a plain object");
    }
    return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function merge(a, b) {
    if (!b?._zod?.def) {
        throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");
    }
    if (a._zod.def.checks?.length) {
        throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");
    }
    const newShape = {};
    mirrorShape(newShape, a, Reflect.ownKeys(sourceShape(a)));
    mirrorShape(newShape, b, Reflect.ownKeys(sourceShape(b)));
    const def = mergeDefs(a._zod.def, {
        shape: newShape,
        get catchall() {
            return b._zod.def.catchall;
        },
        checks: b._zod.def.checks ?? [],
    });
    return clone(a, def);
}
function partial(Class, schema, mask, name = "partial") {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(`.${name}() cannot be used on object schemas containing refinements`);
    }
    const selected = mask ? new Set(maskedKeys(schema, mask)) : undefined;
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), Class &&
        ((value, key) => (selected && !selected.has(key) ? value : new Class({ type: "optional", innerType: value }))));
    return clone(schema, mergeDefs(schema._zod.def, { shape: newShape, checks: [] }));
}
function required(Class, schema, mask) {
    const selected = mask ? new Set(maskedKeys(schema, mask)) : undefined;
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), (value, key) => 
    // overwrite with non-optional
    selected && !selected.has(key) ? value : new Class({ type: "nonoptional", innerType: value }));
    return clone(schema, mergeDefs(schema._zod.def, { shape: newShape }));
}
// invalid_type | too_big | too_small | invalid_format | not_multiple_of | unrecognized_keys | invalid_union | invalid_key | invalid_element | invalid_value | custom
function aborted(x, startIndex = 0) {
    if (x.aborted === true)
        return true;
    for (let i = startIndex; i < x.issues.length; i++) {
        if (x.issues[i]?.continue !== true) {
            return true;
        }
    }
    return false;
}
// Checks for explicit abort (continue === false), as opposed to implicit abort (continue === undefined). Used to respect `abort: true` in .refine() even for checks that have a `when` function.
function explicitlyAborted(x, startIndex = 0) {
    if (x.aborted === true)
        return true;
    for (let i = startIndex; i < x.issues.length; i++) {
        if (x.issues[i]?.continue === false) {
            return true;
        }
    }
    return false;
}
function prefixIssues(path, issues) {
    return issues.map((iss) => {
        var _a;
        (_a = iss).path ?? (_a.path = []);
        iss.path.unshift(path);
        return iss;
    });
}
function unwrapMessage(message) {
    return typeof message === "string" ? message : message?.message;
}
/* A check holds no link back to the schema it is attached to — the same check instance is shared by every clone of that schema — so the owner is stamped onto the issues a check just raised, at the only point where both are in scope. Runs on the failure path only; `start` is the issue count from before the check ran. */
/** The leading size checks of `defChecks` that set an upper bound, each paired with it. */
function sizeCaps(defChecks) {
    const caps = [];
    for (const ch of defChecks ?? []) {
        const d = ch._zod.def;
        // a later check may rewrite the value
        if (!/_(length|size)$|_equals$/.test(d.check))
            break;
        const max = d.maximum ?? d.length ?? d.size;
        if (max >= 0)
            caps.push([max, ch]);
    }
    return caps;
}
function attachSchema(issues, start, inst) {
    var _a;
    for (let i = start; i < issues.length; i++) {
        (_a = issues[i]).schema ?? (_a.schema = inst);
    }
}
function finalizeIssue(iss, ctx, config) {
    var _a;
    // A schema that raised an issue itself owns it outright, and outranks any stamp an enclosing check left in `attachSchema`. String formats and z.custom() are schema and check at once, so when they act as a check they defer to that stamp instead.
    const traits = iss.inst?._zod?.traits;
    if (traits?.has("$ZodType")) {
        if (traits.has("$ZodCheck"))
            (_a = iss).schema ?? (_a.schema = iss.inst);
        else
            iss.schema = iss.inst;
    }
    // Decreasing specificity, first map to return a message wins. `inst` is whatever raised the issue, so a check's own map outranks the owning schema's.
    const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : undefined;
    const message = iss.message
        ? iss.message
        : (unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ??
            unwrapMessage(schemaError?.(iss)) ??
            unwrapMessage(ctx?.error?.(iss)) ??
            unwrapMessage(config.customError?.(iss)) ??
            unwrapMessage(config.localeError?.(iss)) ??
            "Invalid input");
    // an explicit own-key copy beats object rest with excluded keys, which v8 routes through a generic runtime call; Object.keys rather than for-in so an issue pushed with a prototype does not leak inherited keys, and an own __proto__ key is dropped rather than assigned through the setter
    const full = {};
    for (const k of Object.keys(iss)) {
        if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
            continue;
        full[k] = iss[k];
    }
    full.path ?? (full.path = []);
    full.message = message;
    if (ctx?.reportInput) {
        full.input = iss.input;
    }
    return full;
}
const highSurrogate = /[\uD800-\uDBFF]/;
// Code points in `str`: a surrogate pair counts once, a lone surrogate as itself. Hand-rolled because the string iterator allocates and runs ~250x slower on this path; the regex probe exits ~50x quicker for a string with no astral characters.
function codePointLength(str) {
    const units = str.length;
    if (!highSurrogate.test(str))
        return units;
    let count = units;
    for (let i = 0; i < units - 1; i++) {
        if ((str.charCodeAt(i) & 0xfc00) === 0xd800 && (str.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
            count--;
            i++;
        }
    }
    return count;
}
function getLengthableOrigin(input) {
    if (Array.isArray(input))
        return "array";
    if (typeof input === "string")
        return "string";
    return "unknown";
}
function parsedType(data) {
    const t = typeof data;
    switch (t) {
        case "number": {
            return Number.isNaN(data) ? "nan" : "number";
        }
        case "object": {
            if (data === null) {
                return "null";
            }
            if (Array.isArray(data)) {
                return "array";
            }
            const obj = data;
            if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) {
                return obj.constructor.name;
            }
        }
    }
    return t;
}
function issue(...args) {
    const [iss, input, inst] = args;
    if (typeof iss === "string") {
        return {
            message: iss,
            code: "custom",
            input,
            inst,
        };
    }
    return { ...iss };
}
//////////    PROTOTYPE INSTALLERS     //////////
//
// Members live on the prototype and materialize per instance on first read, which keeps own-property count under the step where V8 stops using inline slots. Changing anything here means re-measuring runtime, memory and bundle size together — see "The three axes" in AGENTS.md.
/**
 * Installs a trait's members on its prototype. Each value builds that member for the instance on first read; the built value shadows the accessor as an own property, so a detached `const { parse } = schema` keeps working.
 *
 * Call this from a `proto` initializer, which runs once per prototype — never per instance.
 */
function members(proto, table) {
    for (const key in table) {
        const desc = Object.getOwnPropertyDescriptor(table, key);
        // a getter installs as written, so it stays live: `description` reads through to the registry on every access. not enumerable: an object literal's is, and a prototype member never was
        if (desc.get)
            Object.defineProperty(proto, key, { ...desc, enumerable: false });
        // a method materializes bound on first read, which is what keeps a detached member working: `const opt = schema.optional; opt()`
        else
            defineBound(proto, key, desc.value);
    }
}
/** Shadows a prototype member with an own value, so a getter that builds from the instance runs once. */
function own(inst, key, value, enumerable = true) {
    Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
    return value;
}
/** Like {@link own}, for a member that was never an own data property and has to stay out of `Object.keys`. */
function hide(inst, key, value) {
    return own(inst, key, value, false);
}
/** Adds members a table derives from the instance: each builds on first read and shadows as own data, and assignment shadows the same way, as when these were own properties. */
function derived(computes, table) {
    for (const key in computes) {
        const compute = computes[key];
        // an object literal's accessor is configurable and enumerable, and `members` copies the descriptor as written
        Object.defineProperty(table, key, {
            configurable: true,
            enumerable: true,
            get() {
                return own(this, key, compute(this));
            },
            set(value) {
                own(this, key, value);
            },
        });
    }
    return table;
}
function defineBound(proto, key, fn) {
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // vitest's spyOn calls a prototype getter bare to find the function it wraps, so a nullish receiver answers the raw method
            return this == null ? fn : own(this, key, fn.bind(this));
        },
        set(value) {
            own(this, key, value);
        },
    });
}
/** Returns the prototype to install on, or `undefined` if this group is already installed on it. */
function claim(inst, sentinel) {
    const proto = Object.getPrototypeOf(inst);
    // Runs on every construction, so `in` rather than the costlier `hasOwnProperty.call`. Sentinels are keys the group itself defines.
    return sentinel in proto ? undefined : proto;
}
// The internals whose init chain is installing. A second call for the same one is a derived constructor overriding its base, so it must not construct another schema in between or the override is dropped.
let installing;
// Set while a getter is running, so a value that resolved through a recursion break is not memoized. One shared descriptor shadows the key for the duration, which costs no per-key allocation.
let broke = false;
const breaker = {
    configurable: true,
    get() {
        broke = true;
        return undefined;
    },
};
/**
 * Installs a lazily-derived internal on the `_zod` prototype of `inst`'s
 * constructor, computed from the internals object itself and cached there on
 * first read. One accessor per constructor rather than one per instance.
 */
function defineLazyInternal(inst, key, compute) {
    const proto = Object.getPrototypeOf(inst._zod);
    if (key in proto && installing !== inst._zod) {
        // A repeat construction: everything is installed already. Cleared here so the reference is not held past the first construction of every type.
        installing = undefined;
        return;
    }
    installing = inst._zod;
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // Shadowed before computing so a re-entrant read from a recursive schema resolves to undefined instead of running the getter again.
            Object.defineProperty(this, key, breaker);
            const outer = broke;
            broke = false;
            try {
                const value = compute(this);
                // A result that resolved through a recursion break is recomputed once the graph is complete; everything else memoizes, undefined included.
                if (broke)
                    delete this[key];
                else
                    Object.defineProperty(this, key, { configurable: true, writable: true, value });
                broke = broke || outer;
                return value;
            }
            catch (err) {
                // A compute that threw memoizes nothing, so a later read runs it again and fails the same way. The shadow goes with it, since leaving it installed would answer undefined for every later read.
                delete this[key];
                broke = broke || outer;
                throw err;
            }
        },
        set(value) {
            Object.defineProperty(this, key, { configurable: true, writable: true, value });
        },
    });
}
/**
 * Installs `key` on `inst`'s prototype, computed by `make` on first read and cached there as an own
 * data property. One accessor per constructor rather than one per instance, because an own accessor
 * puts every instance after the first into v8 dictionary mode. The key doubles as the sentinel.
 */
function installLazyProp(inst, key, make, enumerable) {
    const proto = claim(inst, key);
    if (!proto)
        return;
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // Shadowed before computing, so a re-entrant read from a self-referential shape resolves to undefined instead of running the getter again. A data property rather than an accessor: an own accessor is the dictionary-mode transition this exists to avoid.
            const desc = { configurable: true, writable: true, enumerable, value: undefined };
            Object.defineProperty(this, key, desc);
            // a compute that throws leaves the shadow behind, so later reads answer undefined instead of re-throwing; `defineLazy` did the same, and `defineLazyInternal`'s delete-on-catch would cost bytes in every bundle for a case only a throwing user getter reaches
            desc.value = make(this);
            Object.defineProperty(this, key, desc);
            return desc.value;
        },
        set(value) {
            Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
        },
    });
}
/** Marks the thunk `_catch` synthesises for a constant catch value. `Function.length` cannot tell that thunk from a user callback — rest and defaulted parameters both report arity 0 — and a user callback reads `ctx.error`, whose issues only finalize correctly against the caller's per-parse error map. Provenance can say what arity cannot. A plain string key rather than `Symbol.for`, whose call at module scope no bundler can prove pure — the same shape that anchored `urlCanParse` into every build. */
const CONSTANT_CATCH = "~constantCatch";
/** Wraps a constant catch value in a thunk tagged with {@link CONSTANT_CATCH}. */
function constantCatch(value) {
    const fn = () => value;
    fn[CONSTANT_CATCH] = true;
    return fn;
}

var _a$1;
/** A special constant with type `never` */
const NEVER = /*@__PURE__*/ Object.freeze({
    status: "aborted",
});
/* Shared descriptor for installing `_zod`; defineProperty reads it
 * synchronously, so reusing one object avoids a per-instance allocation. */
const _zodDesc = { value: undefined, enumerable: false };
// null where suppressing the capture would be unrecoverable: `parse()` puts the frames back with `captureStackTrace`, so without it the throw would lose its stack. also latched to null once `stackTraceLimit` proves unassignable, which a realm can do at any point by hardening Error
let _E = "captureStackTrace" in Error ? Error : null;
// v8 captures a stack trace inside the Error constructor, which dominates a failed parse; costs only the frames, and parse() restores those. the constructor must RUN: Object.create is cheaper and passes instanceof, but Error.isError and util.types.isNativeError check an internal slot
function newError(Definition) {
    const E = _E;
    if (E) {
        const saved = E.stackTraceLimit;
        if (typeof saved === "number") {
            try {
                E.stackTraceLimit = 0;
            }
            catch {
                _E = null;
                return new Definition();
            }
            try {
                return new Definition();
            }
            finally {
                E.stackTraceLimit = saved;
            }
        }
    }
    return new Definition();
}
function $constructor(name, initializer, 
/** This trait's members, installed once on every prototype that composes it. They cannot be declared in the initializer above: that runs per instance, and the prototype is shared. */
proto, params) {
    // Prototype for this constructor's `_zod` internals. Lazily-derived fields (`values`, `pattern`, `optin`, …) install here once rather than as an accessor on every instance.
    const zodProto = {};
    // Assigning the fields in the constructor body is what gives instances in-object slots; building the object literally and reparenting it costs a second allocation and a generic property copy.
    function Internals(def) {
        this.def = def;
        this.constr = _;
        this.traits = new Set();
    }
    Internals.prototype = zodProto;
    const protoMembers = proto;
    // One trait's members land on every prototype whose chain composes it, so the answer is per prototype rather than per trait.
    const initialized = protoMembers && new WeakSet();
    function init(inst, def) {
        if (!inst._zod) {
            _zodDesc.value = new Internals(def);
            try {
                Object.defineProperty(inst, "_zod", _zodDesc);
            }
            finally {
                // Cleared even on throw, so the shared descriptor never leaks one instance's internals into the next.
                _zodDesc.value = undefined;
            }
        }
        else if (inst._zod.traits.has(name)) {
            return;
        }
        inst._zod.traits.add(name);
        initializer(inst, def);
        if (initialized) {
            // `super(def)` from a user subclass gives `this` a prototype the subclass owns, and installing there would overwrite whatever the subclass declared. `constr` built the instance, so its prototype is the one below the subclass's that should carry the members. A receiver whose chain never reaches that prototype installs on its own, which for a plain object handed straight to `init` means `Object.prototype` — unchanged from before.
            const own = Object.getPrototypeOf(inst);
            const ctorProto = inst._zod.constr.prototype;
            let up = own;
            while (up && up !== ctorProto)
                up = Object.getPrototypeOf(up);
            const target = up ?? own;
            if (!initialized.has(target)) {
                initialized.add(target);
                members(target, protoMembers);
            }
        }
        // support prototype modifications; for-in avoids the array allocation of Object.keys on the (usually empty) prototype
        const proto = _.prototype;
        for (const k in proto) {
            if (!Object.prototype.hasOwnProperty.call(proto, k))
                continue;
            if (!(k in inst)) {
                inst[k] = proto[k].bind(inst);
            }
        }
    }
    // doesn't work if Parent has a constructor with arguments
    const Parent = params?.Parent ?? Object;
    class Definition extends Parent {
    }
    Object.defineProperty(Definition, "name", { value: name });
    function _(def) {
        const inst = params?.Parent ? newError(Definition) : this;
        init(inst, def);
        const deferred = inst._zod.deferred;
        if (deferred) {
            for (const fn of deferred) {
                fn();
            }
            // Released: initializers run once, and the list would otherwise be retained for the schema's lifetime.
            inst._zod.deferred = undefined;
        }
        // Global post-processor hook. Internal: installed by `import "zod/compile"` to enable AOT compilation for every constructed schema. Runs last, once the instance is fully built, because it hands the instance to compile(). The post-processor is expected to be reentrancy-guarded by its own implementation.
        const pp = globalThis.__zod_globalConfig?.postProcessor;
        if (pp)
            pp(inst);
        return inst;
    }
    Object.defineProperty(_, "init", { value: init });
    Object.defineProperty(_, Symbol.hasInstance, {
        value: (inst) => {
            if (params?.Parent && inst instanceof params.Parent)
                return true;
            return inst?._zod?.traits?.has(name);
        },
    });
    Object.defineProperty(_, "name", { value: name });
    return _;
}
class $ZodAsyncError extends Error {
    constructor() {
        super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
    }
}
class $ZodEncodeError extends Error {
    constructor(name) {
        super(`Encountered unidirectional transform during encode: ${name}`);
        this.name = "ZodEncodeError";
    }
}
(_a$1 = globalThis).__zod_globalConfig ?? (_a$1.__zod_globalConfig = {});
const globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
    if (newConfig)
        Object.assign(globalConfig, newConfig);
    return globalConfig;
}

/* Computing the message eagerly is expensive (pretty-printed JSON of all
 * issues), so defer it until first read. The accessor functions and
 * descriptors are shared across instances to keep error construction
 * cheap; the computed message is cached on the internals object. The
 * setter preserves plain assignment semantics for consumers that
 * overwrite `message`. */
function _getMessage() {
    const internals = this._zod;
    internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
    return internals.message;
}
function _setMessage(value) {
    this._zod.message = value;
}
const _messageDesc = {
    get: _getMessage,
    set: _setMessage,
    enumerable: true,
    configurable: true,
};
const _issuesDesc = { value: undefined, enumerable: false };
/* Prototypes that already carry the lazy `toString`. Seeded with the
 * intrinsics so that `init` on a foreign object — it accepts any object —
 * can never install an accessor onto a prototype we do not own. */
const _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
const initializer$1 = (inst, def) => {
    inst.name = "$ZodError";
    // `_zod` is already non-enumerable: $constructor's init defined it with this same descriptor
    _issuesDesc.value = def;
    Object.defineProperty(inst, "issues", _issuesDesc);
    // Clear the shared slot; a retained `value` pins the last error's issues.
    _issuesDesc.value = undefined;
    Object.defineProperty(inst, "message", _messageDesc);
    /* `toString` lives as a non-enumerable lazy getter on the shared
     * prototype; on first access it caches a per-instance closure so
     * detached usage still works. */
    const proto = Object.getPrototypeOf(inst);
    if (!_installedToString.has(proto)) {
        _installedToString.add(proto);
        Object.defineProperty(proto, "toString", {
            configurable: true,
            enumerable: false,
            get() {
                const value = () => this.message;
                Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
                return value;
            },
            set(value) {
                Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
            },
        });
    }
};
const $ZodError = $constructor("$ZodError", initializer$1);
/** Get-or-create `obj[key]` as an own data property. A path segment naming an inherited member
 * ("toString", "constructor") would otherwise read through to the prototype, and assigning
 * "__proto__" would hit the setter instead of creating a key. */
function node(obj, key, make) {
    if (!Object.prototype.hasOwnProperty.call(obj, key)) {
        if (key === "__proto__") {
            Object.defineProperty(obj, key, { value: make(), writable: true, enumerable: true, configurable: true });
        }
        else {
            obj[key] = make();
        }
    }
    return obj[key];
}
function flattenError(error, mapper = (issue) => issue.message) {
    const fieldErrors = {};
    const formErrors = [];
    for (const sub of error.issues) {
        if (sub.path.length > 0) {
            node(fieldErrors, sub.path[0], () => []).push(mapper(sub));
        }
        else {
            formErrors.push(mapper(sub));
        }
    }
    return { formErrors, fieldErrors };
}
function formatError(error, mapper = (issue) => issue.message) {
    const fieldErrors = { _errors: [] };
    const processError = (error, path = []) => {
        for (const issue of error.issues) {
            if (issue.code === "invalid_union" && issue.errors.length) {
                issue.errors.map((issues) => processError({ issues }, [...path, ...issue.path]));
            }
            else if (issue.code === "invalid_key") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else if (issue.code === "invalid_element") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else {
                const fullpath = [...path, ...issue.path];
                if (fullpath.length === 0) {
                    fieldErrors._errors.push(mapper(issue));
                }
                else {
                    let curr = fieldErrors;
                    let i = 0;
                    while (i < fullpath.length) {
                        const el = fullpath[i];
                        const terminal = i === fullpath.length - 1;
                        // `_errors` is reserved by this legacy format, so merge a matching path segment into the current node instead of treating its array as a child.
                        if (el === "_errors") {
                            if (terminal)
                                curr._errors.push(mapper(issue));
                            i++;
                            continue;
                        }
                        // A path element may collide with an inherited property name such as
                        // "__proto__" or "constructor". Truthiness checks read the prototype
                        // (so no node is created, then ._errors.push throws), and bracket
                        // assignment of "__proto__" hits the setter instead of creating an
                        // own key. Guard the read with hasOwnProperty and create the node
                        // with defineProperty so any path element becomes a real own key.
                        if (!Object.prototype.hasOwnProperty.call(curr, el)) {
                            Object.defineProperty(curr, el, {
                                value: { _errors: [] },
                                enumerable: true,
                                writable: true,
                                configurable: true,
                            });
                        }
                        const node = curr[el];
                        if (terminal) {
                            node._errors.push(mapper(issue));
                        }
                        curr = node;
                        i++;
                    }
                }
            }
        }
    };
    processError(error);
    return fieldErrors;
}

// Always both keys, so the `_params` read site in `_parse` sees one object shape rather than two.
function finalizeParams(callee, params) {
    return { callee: params?.callee ?? callee, Err: params?.Err };
}
const _parse = (_Err) => {
    const fn = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
        const result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise) {
            throw new $ZodAsyncError();
        }
        if (result.issues.length) {
            const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
            captureStackTrace(e, _params?.callee ?? fn);
            throw e;
        }
        return result.value;
    };
    return fn;
};
const _parseAsync = (_Err) => {
    const fn = async (schema, value, _ctx, params) => {
        const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
        let result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise)
            result = await result;
        if (result.issues.length) {
            const e = new (params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
            captureStackTrace(e, params?.callee ?? fn);
            throw e;
        }
        return result.value;
    };
    return fn;
};
const _safeParse = (_Err) => (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
    const result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise) {
        throw new $ZodAsyncError();
    }
    return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
// the error is built on the first read of `error`: finalizing the issues and constructing the instance is most of a failing parse, and a caller that only branches on `success` never pays it. a getter in the literal keeps this small; the alternative, one shared accessor descriptor plus a hidden state slot, reads ~15% faster but costs ~75 B gzipped in every bundle
function failure(Err, issues, ctx) {
    let error;
    return {
        success: false,
        get error() {
            if (!error) {
                error = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
                // finalizeIssue drops `input`, so the built error holds nothing; keeping the raw issues past this point pins the parsed value for the life of the result
                issues = undefined;
                ctx = undefined;
            }
            return error;
        },
        set error(e) {
            error = e;
            // a replacement makes the getter's branch unreachable, so the captures have to go here too
            issues = undefined;
            ctx = undefined;
        },
    };
}
const _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
        result = await result;
    return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
// registry mirrors of the compiler's sentinels, so this module never imports the compiler
const COMPILE_INVALID = /* @__PURE__ */ Symbol.for("zod.compile.invalid");
const COMPILE_FALLBACK = /* @__PURE__ */ Symbol.for("zod.compile.fallback");
// Deliberately tiny, because v8 will not inline a body carrying the fallback's object literals and throw. Everything that is not the compiled happy path lives in validateFallback, and that split is worth ~35% on a compiled schema.
const validate = ((schema, value, _ctx) => {
    const validator = schema._zod.bag.validator;
    if (validator !== undefined) {
        if (validator(value) !== COMPILE_INVALID)
            return true;
        // a definite sentinel means the runtime would reject, so skip the re-parse; a ctx can still change the answer
        if (validator.definite === true && _ctx === undefined)
            return false;
    }
    return validateFallback(schema, value, _ctx);
});
function validateFallback(schema, value, _ctx) {
    const ctx = _ctx
        ? { ..._ctx, async: false, abortEarly: true }
        : { async: false, abortEarly: true };
    const fallbackRun = schema._zod.bag.fallbackRun;
    let result;
    if (fallbackRun) {
        // skip nested fast paths on the fallback, so user callbacks keep the at-most-twice bound
        ctx[COMPILE_FALLBACK] = true;
        result = fallbackRun({ value, issues: [] }, ctx);
    }
    else {
        result = schema._zod.run({ value, issues: [] }, ctx);
    }
    if (result instanceof Promise) {
        throw new $ZodAsyncError();
    }
    return result.issues.length === 0;
}
// no fast path: the compiler keeps async parses on the runtime, because a promise-returning callback that is not declared async compiles to a throw
const validateAsync$1 = async (schema, value, _ctx) => {
    const ctx = _ctx
        ? { ..._ctx, async: true, abortEarly: true }
        : { async: true, abortEarly: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
        result = await result;
    return result.issues.length === 0;
};
const _encode = (_Err) => {
    const parse = _parse(_Err);
    const fn = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
        return parse(schema, value, ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const _decode = (_Err) => {
    const parse = _parse(_Err);
    const fn = (schema, value, _ctx, _params) => {
        return parse(schema, value, _ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const _encodeAsync = (_Err) => {
    const parseAsync = _parseAsync(_Err);
    const fn = async (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
        return (await parseAsync(schema, value, ctx, finalizeParams(fn, _params)));
    };
    return fn;
};
const _decodeAsync = (_Err) => {
    const parseAsync = _parseAsync(_Err);
    const fn = async (schema, value, _ctx, _params) => {
        return await parseAsync(schema, value, _ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const _safeEncode = (_Err) => (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return _safeParse(_Err)(schema, value, ctx);
};
const _safeDecode = (_Err) => (schema, value, _ctx) => {
    return _safeParse(_Err)(schema, value, _ctx);
};
const _safeEncodeAsync = (_Err) => async (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return _safeParseAsync(_Err)(schema, value, ctx);
};
const _safeDecodeAsync = (_Err) => async (schema, value, _ctx) => {
    return _safeParseAsync(_Err)(schema, value, _ctx);
};

/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link cuid2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const cuid = /^[cC][0-9a-z]{6,}$/;
const cuid2 = /^[0-9a-z]+$/;
const ulid = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/;
const xid = /^[0-9a-vA-V]{20}$/;
const ksuid = /^[A-Za-z0-9]{27}$/;
const nanoid = /^[a-zA-Z0-9_-]{21}$/;
function nanoidOfLength(length) {
    return new RegExp(`^[a-zA-Z0-9_-]{${length}}$`);
}
/** ISO 8601-1 duration regex. Does not support the 8601-2 extensions like negative durations or fractional/negative components. */
const duration = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/;
/** A regex for any UUID-like identifier: 8-4-4-4-12 hex pattern */
const guid = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;
/** Returns a regex for validating an RFC 9562/4122 UUID.
 *
 * @param version Optionally specify a version 1-8. If no version is specified, all versions are supported. */
const uuid = (version) => {
    if (!version)
        return /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;
    return new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${version}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`);
};
/** Practical email validation */
const email = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
// from https://thekevinscott.com/emojis-in-javascript/#writing-a-regular-expression
// Single character class, not an alternation: the two properties overlap (U+1F9B0-U+1F9B3), so `(A|B)+` backtracks exponentially on a failed match. The leading lookahead then demands one anchor — a pictograph, a regional indicator, or the enclosing keycap — because `\p{Emoji_Component}` on its own covers ASCII digits, `#`, `*`, ZWJ, variation selectors and skin tone modifiers, none of which is an emoji without a base.
const _emoji$1 = `^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$`;
function emoji() {
    return new RegExp(_emoji$1, "u");
}
const ipv4 = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;
const ipv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/;
const cidrv4 = /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/;
const cidrv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/;
// https://stackoverflow.com/questions/7860392/determine-if-string-is-in-base64-using-javascript
const base64 = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/;
const base64url = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/;
const httpProtocol = /^https?$/;
// https://blog.stevenlevithan.com/archives/validate-phone-number#r4-3 (regex sans spaces) E.164: leading digit must be 1-9; total digits (excluding '+') between 7-15
const e164 = /^\+[1-9]\d{6,14}$/;
const dateSource = `(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`;

function anchor(source) {
    return new RegExp(`^${source}$`);
}
const date = /*@__PURE__*/ anchor(dateSource);
function timeSource(args) {
    const hhmm = `(?:[01]\\d|2[0-3]):[0-5]\\d`;
    const regex = typeof args.precision === "number"
        ? args.precision === -1
            ? `${hhmm}`
            : args.precision === 0
                ? `${hhmm}:[0-5]\\d`
                : `${hhmm}:[0-5]\\d\\.\\d{${args.precision}}`
        : args.seconds
            ? `${hhmm}:[0-5]\\d(?:\\.\\d+)?`
            : `${hhmm}(?::[0-5]\\d(?:\\.\\d+)?)?`;
    return regex;
}
function time(args) {
    return new RegExp(`^${timeSource(args)}$`);
}
// Adapted from https://stackoverflow.com/a/3143231
function datetime$1(args) {
    const opts = ["Z"];
    // if (args.offset) opts.push(`([+-]\\d{2}:\\d{2})`);
    if (args.offset)
        opts.push(`([+-](?:[01]\\d|2[0-3]):[0-5]\\d)`);
    // RFC 3339 mandates seconds wherever the time carries a `Z` or an offset, so only the unqualified form `local` adds may omit them
    const qualified = `${timeSource({ precision: args.precision, seconds: true })}(?:${opts.join("|")})`;
    const timeRegex = args.local ? `${qualified}|${timeSource({ precision: args.precision })}` : qualified;
    return new RegExp(`^${dateSource}T(?:${timeRegex})$`);
}
// the unbounded form of `string()` as a literal, so every plain string shares one instance instead of building its own
const anyString = /^[\s\S]{0,}$/;
const integer = /^-?\d+$/;
const number$1 = /^-?\d+(?:\.\d+)?$/;
const boolean$1 = /^(?:true|false)$/i;
// regex for string with no uppercase letters
const lowercase = /^[^A-Z]*$/;
// regex for string with no lowercase letters
const uppercase = /^[^a-z]*$/;

// import { $ZodType } from "./schemas.js";
const $ZodCheck = /*@__PURE__*/ $constructor("$ZodCheck", (inst, def) => {
    var _a;
    inst._zod ?? (inst._zod = {});
    inst._zod.def = def;
    (_a = inst._zod).onattach ?? (_a.onattach = []);
});
/** Default `when` for length-based checks: run only on non-nullish values with a `length`. */
const _whenHasLength = (payload) => {
    const val = payload.value;
    return !nullish(val) && val.length !== undefined;
};
const numericOriginMap = {
    number: "number",
    bigint: "bigint",
    object: "date",
};
const $ZodCheckLessThan = /*@__PURE__*/ $constructor("$ZodCheckLessThan", (inst, def) => {
    $ZodCheck.init(inst, def);
    const origin = numericOriginMap[typeof def.value];
    inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value <= def.value : payload.value < def.value) {
            return;
        }
        payload.issues.push({
            origin: numericOriginMap[typeof payload.value] ?? origin,
            code: "too_big",
            maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
            input: payload.value,
            inclusive: def.inclusive,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckGreaterThan = /*@__PURE__*/ $constructor("$ZodCheckGreaterThan", (inst, def) => {
    $ZodCheck.init(inst, def);
    const origin = numericOriginMap[typeof def.value];
    inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value >= def.value : payload.value > def.value) {
            return;
        }
        payload.issues.push({
            origin: numericOriginMap[typeof payload.value] ?? origin,
            code: "too_small",
            minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
            input: payload.value,
            inclusive: def.inclusive,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckMultipleOf = 
/*@__PURE__*/ $constructor("$ZodCheckMultipleOf", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        if (typeof payload.value !== typeof def.value)
            throw new Error("Cannot mix number and bigint in multiple_of check.");
        const isMultiple = typeof payload.value === "bigint"
            ? // `value % 0n` throws, and nothing is a multiple of zero — the number branch already fails this way via NaN
                def.value !== BigInt(0) && payload.value % def.value === BigInt(0)
            : floatSafeRemainder(payload.value, def.value) === 0;
        if (isMultiple)
            return;
        payload.issues.push({
            origin: typeof payload.value,
            code: "not_multiple_of",
            divisor: def.value,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckNumberFormat = /*@__PURE__*/ $constructor("$ZodCheckNumberFormat", (inst, def) => {
    $ZodCheck.init(inst, def); // no format checks
    def.format = def.format || "float64";
    const isInt = def.format?.includes("int");
    const origin = isInt ? "int" : "number";
    const [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
    inst._zod.check = (payload) => {
        const input = payload.value;
        if (isInt) {
            if (!Number.isInteger(input)) {
                // invalid_format issue
                // payload.issues.push({
                //   expected: def.format,
                //   format: def.format,
                //   code: "invalid_format",
                //   input,
                //   inst,
                // });
                // invalid_type issue
                payload.issues.push({
                    expected: origin,
                    format: def.format,
                    code: "invalid_type",
                    continue: false,
                    input,
                    inst,
                });
                return;
                // not_multiple_of issue
                // payload.issues.push({
                //   code: "not_multiple_of",
                //   origin: "number",
                //   input,
                //   inst,
                //   divisor: 1,
                // });
            }
            if (!Number.isSafeInteger(input)) {
                if (input > 0) {
                    // too_big
                    payload.issues.push({
                        input,
                        code: "too_big",
                        maximum: Number.MAX_SAFE_INTEGER,
                        note: "Integers must be within the safe integer range.",
                        inst,
                        origin,
                        inclusive: true,
                        continue: !def.abort,
                    });
                }
                else {
                    // too_small
                    payload.issues.push({
                        input,
                        code: "too_small",
                        minimum: Number.MIN_SAFE_INTEGER,
                        note: "Integers must be within the safe integer range.",
                        inst,
                        origin,
                        inclusive: true,
                        continue: !def.abort,
                    });
                }
                return;
            }
        }
        if (input < minimum) {
            payload.issues.push({
                origin: "number",
                input,
                code: "too_small",
                minimum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
        if (input > maximum) {
            payload.issues.push({
                origin: "number",
                input,
                code: "too_big",
                maximum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodCheckMaxLength = /*@__PURE__*/ $constructor("$ZodCheckMaxLength", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // Strings are measured in Unicode code points, not UTF-16 units. A code point is at most two units, so a string that already fits in units fits in code points; only an overflow has to be counted.
        const length = typeof input === "string" && units > def.maximum ? codePointLength(input) : units;
        if (length <= def.maximum)
            return;
        const origin = getLengthableOrigin(input);
        payload.issues.push({
            origin,
            code: "too_big",
            maximum: def.maximum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckMinLength = /*@__PURE__*/ $constructor("$ZodCheckMinLength", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // A code point is one or two UTF-16 units, so fewer units than the floor can never reach it and twice the floor always clears it. Only in between is the exact count in doubt.
        const length = typeof input === "string" && units >= def.minimum && units < def.minimum * 2
            ? codePointLength(input)
            : units;
        if (length >= def.minimum)
            return;
        const origin = getLengthableOrigin(input);
        payload.issues.push({
            origin,
            code: "too_small",
            minimum: def.minimum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckLengthEquals = /*@__PURE__*/ $constructor("$ZodCheckLengthEquals", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // A code point is one or two UTF-16 units, so outside `[length, length * 2]` units the target is missed either way — and missed in the same direction in both measures.
        const length = typeof input === "string" && units >= def.length && units <= def.length * 2
            ? codePointLength(input)
            : units;
        if (length === def.length)
            return;
        const origin = getLengthableOrigin(input);
        const tooBig = length > def.length;
        payload.issues.push({
            origin,
            ...(tooBig ? { code: "too_big", maximum: def.length } : { code: "too_small", minimum: def.length }),
            inclusive: true,
            exact: true,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckStringFormat = /*@__PURE__*/ $constructor("$ZodCheckStringFormat", (inst, def) => {
    var _a, _b;
    $ZodCheck.init(inst, def);
    if (def.pattern)
        (_a = inst._zod).check ?? (_a.check = (payload) => {
            def.pattern.lastIndex = 0;
            if (def.pattern.test(payload.value))
                return;
            payload.issues.push({
                origin: "string",
                code: "invalid_format",
                format: def.format,
                input: payload.value,
                ...(def.pattern ? { pattern: def.pattern.toString() } : {}),
                inst,
                continue: !def.abort,
            });
        });
    else
        (_b = inst._zod).check ?? (_b.check = () => { });
});
const $ZodCheckRegex = /*@__PURE__*/ $constructor("$ZodCheckRegex", (inst, def) => {
    $ZodCheckStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        def.pattern.lastIndex = 0;
        if (def.pattern.test(payload.value))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "regex",
            input: payload.value,
            pattern: def.pattern.toString(),
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckLowerCase = /*@__PURE__*/ $constructor("$ZodCheckLowerCase", (inst, def) => {
    def.pattern ?? (def.pattern = lowercase);
    $ZodCheckStringFormat.init(inst, def);
});
const $ZodCheckUpperCase = /*@__PURE__*/ $constructor("$ZodCheckUpperCase", (inst, def) => {
    def.pattern ?? (def.pattern = uppercase);
    $ZodCheckStringFormat.init(inst, def);
});
const $ZodCheckIncludes = /*@__PURE__*/ $constructor("$ZodCheckIncludes", (inst, def) => {
    $ZodCheck.init(inst, def);
    const escapedRegex = escapeRegex(def.includes);
    // `String.prototype.includes(sub, position)` matches `sub` at `position`
    // OR LATER, so the pattern must allow at least `position` leading chars
    // (`{N,}`), not exactly `position` chars (`{N}`).
    const pattern = new RegExp(typeof def.position === "number" ? `^.{${def.position},}${escapedRegex}` : escapedRegex);
    def.pattern = pattern;
    inst._zod.check = (payload) => {
        if (payload.value.includes(def.includes, def.position))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "includes",
            includes: def.includes,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckStartsWith = /*@__PURE__*/ $constructor("$ZodCheckStartsWith", (inst, def) => {
    $ZodCheck.init(inst, def);
    const pattern = new RegExp(`^${escapeRegex(def.prefix)}.*`);
    def.pattern ?? (def.pattern = pattern);
    inst._zod.check = (payload) => {
        if (payload.value.startsWith(def.prefix))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "starts_with",
            prefix: def.prefix,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckEndsWith = /*@__PURE__*/ $constructor("$ZodCheckEndsWith", (inst, def) => {
    $ZodCheck.init(inst, def);
    const pattern = new RegExp(`.*${escapeRegex(def.suffix)}$`);
    def.pattern ?? (def.pattern = pattern);
    inst._zod.check = (payload) => {
        if (payload.value.endsWith(def.suffix))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "ends_with",
            suffix: def.suffix,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckOverwrite = /*@__PURE__*/ $constructor("$ZodCheckOverwrite", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        payload.value = def.tx(payload.value);
    };
});

class Doc {
    constructor(args = [], closed = {}) {
        this.content = [];
        this.indent = 0;
        this.args = args;
        this.closed = closed;
    }
    // the compiler catches a child's throw and keeps writing into this doc, so the indent has to unwind with it
    indented(fn) {
        this.indent += 1;
        try {
            fn(this);
        }
        finally {
            this.indent -= 1;
        }
    }
    write(arg) {
        if (typeof arg === "function") {
            arg(this, { execution: "sync" });
            arg(this, { execution: "async" });
            return;
        }
        const content = arg;
        const lines = content.split("\n").filter((x) => x);
        const minIndent = Math.min(...lines.map((x) => x.length - x.trimStart().length));
        const dedented = lines.map((x) => x.slice(minIndent)).map((x) => " ".repeat(this.indent * 2) + x);
        for (const line of dedented) {
            this.content.push(line);
        }
    }
    compile() {
        const F = Function;
        const content = this?.content ?? [``];
        const factory = new F(...Object.keys(this.closed), `return function (${this.args.join(", ")}) {\n${content.join("\n")}\n};`);
        return factory(...Object.values(this.closed));
    }
}

const version = {
    major: 4,
    minor: 6,
    patch: 7,
};

const $ZodType = /*@__PURE__*/ $constructor("$ZodType", (inst, def) => {
    var _a;
    inst ?? (inst = {});
    inst._zod.def = def; // set _def property
    inst._zod.bag = inst._zod.bag || {}; // initialize _bag object
    inst._zod.version = version;
    const defChecks = inst._zod.def.checks;
    // if inst is itself a checks.$ZodCheck, run it as a check
    const checks = inst._zod.traits.has("$ZodCheck")
        ? [inst, ...(defChecks ?? [])]
        : defChecks?.length
            ? [...defChecks]
            : [];
    for (const ch of checks) {
        for (const fn of ch._zod.onattach) {
            fn(inst);
        }
    }
    if (checks.length === 0) {
        // deferred initializer inst._zod.parse is not yet defined
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred?.push(() => {
            inst._zod.run = inst._zod.parse;
        });
    }
    else {
        const runChecks = (payload, checks, ctx) => {
            if (payload.memo)
                return payload;
            let isAborted = aborted(payload);
            let asyncResult;
            for (const ch of checks) {
                if (ch._zod.def.when) {
                    if (explicitlyAborted(payload))
                        continue;
                    const shouldRun = ch._zod.def.when(payload);
                    if (!shouldRun)
                        continue;
                }
                else if (isAborted) {
                    continue;
                }
                const currLen = payload.issues.length;
                const _ = ch._zod.check(payload);
                if (_ instanceof Promise && ctx?.async === false) {
                    throw new $ZodAsyncError();
                }
                if (asyncResult || _ instanceof Promise) {
                    asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
                        await _;
                        const nextLen = payload.issues.length;
                        if (nextLen === currLen)
                            return;
                        attachSchema(payload.issues, currLen, inst);
                        if (!isAborted)
                            isAborted = aborted(payload, currLen);
                    });
                }
                else {
                    const nextLen = payload.issues.length;
                    if (nextLen === currLen)
                        continue;
                    attachSchema(payload.issues, currLen, inst);
                    if (!isAborted)
                        isAborted = aborted(payload, currLen);
                }
            }
            if (asyncResult) {
                return asyncResult.then(() => {
                    return payload;
                });
            }
            return payload;
        };
        const handleCanaryResult = (canary, payload, ctx) => {
            // abort if the canary is aborted
            if (aborted(canary)) {
                canary.aborted = true;
                return canary;
            }
            // run checks first, then
            const checkResult = runChecks(payload, checks, ctx);
            if (checkResult instanceof Promise) {
                if (ctx.async === false)
                    throw new $ZodAsyncError();
                return checkResult.then((checkResult) => inst._zod.parse(checkResult, ctx));
            }
            return inst._zod.parse(checkResult, ctx);
        };
        inst._zod.run = (payload, ctx) => {
            if (ctx.skipChecks) {
                return inst._zod.parse(payload, ctx);
            }
            if (ctx.direction === "backward") {
                // run canary initial pass (no checks)
                const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
                if (canary instanceof Promise) {
                    return canary.then((canary) => {
                        return handleCanaryResult(canary, payload, ctx);
                    });
                }
                return handleCanaryResult(canary, payload, ctx);
            }
            // forward
            const result = inst._zod.parse(payload, ctx);
            if (result instanceof Promise) {
                if (ctx.async === false)
                    throw new $ZodAsyncError();
                return result.then((result) => runChecks(result, checks, ctx));
            }
            return runChecks(result, checks, ctx);
        };
    }
}, {
    // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
    get "~standard"() {
        return hide(this, "~standard", standardProps(this));
    },
    set "~standard"(value) {
        own(this, "~standard", value);
    },
});
/** The Standard Schema surface for `inst`. Shared so wrappers can extend it without forcing it. */
// a Standard Schema result only reports issues, so a failure finalizes them straight off the raw payload: no ZodError, and no lazy result to read through
const toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
async function validateAsync(inst, value) {
    const ctx = { async: true };
    return toStandardResult((await inst._zod.run({ value, issues: [] }, ctx)), ctx);
}
function standardProps(inst) {
    return {
        validate: (value) => {
            const ctx = { async: false };
            try {
                const r = inst._zod.run({ value, issues: [] }, ctx);
                if (!(r instanceof Promise))
                    return toStandardResult(r, ctx);
            }
            catch (_) { }
            // async function so a synchronously throwing check rejects instead of escaping validate
            return validateAsync(inst, value);
        },
        vendor: "zod",
        version: 1,
    };
}
const $ZodString = /*@__PURE__*/ $constructor("$ZodString", (inst, def) => {
    $ZodType.init(inst, def);
    // a format's own pattern, else unbounded; a template literal derives the check-aware form itself
    inst._zod.pattern = def.pattern ?? anyString;
    inst._zod.parse = (payload, _) => {
        if (def.coerce)
            try {
                payload.value = String(payload.value);
            }
            catch (_) { }
        if (typeof payload.value === "string")
            return payload;
        payload.issues.push({
            expected: "string",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
const $ZodStringFormat = /*@__PURE__*/ $constructor("$ZodStringFormat", (inst, def) => {
    // check initialization must come first
    $ZodCheckStringFormat.init(inst, def);
    $ZodString.init(inst, def);
});
const $ZodGUID = /*@__PURE__*/ $constructor("$ZodGUID", (inst, def) => {
    def.pattern ?? (def.pattern = guid);
    $ZodStringFormat.init(inst, def);
});
const $ZodUUID = /*@__PURE__*/ $constructor("$ZodUUID", (inst, def) => {
    if (def.version) {
        const versionMap = {
            v1: 1,
            v2: 2,
            v3: 3,
            v4: 4,
            v5: 5,
            v6: 6,
            v7: 7,
            v8: 8,
        };
        const v = versionMap[def.version];
        if (v === undefined)
            throw new Error(`Invalid UUID version: "${def.version}"`);
        def.pattern ?? (def.pattern = uuid(v));
    }
    else
        def.pattern ?? (def.pattern = uuid());
    $ZodStringFormat.init(inst, def);
});
const $ZodEmail = /*@__PURE__*/ $constructor("$ZodEmail", (inst, def) => {
    def.pattern ?? (def.pattern = email);
    $ZodStringFormat.init(inst, def);
});
/** The `://` guard rejected the input before the URL constructor saw it. */
const URL_BAD_FORMAT = 1;
/** The URL parser rejected the input. */
const URL_UNPARSEABLE = 2;
function canParseURL(input) {
    try {
        if (typeof URL !== "undefined" && typeof URL.canParse === "function")
            return URL.canParse(input);
        new URL(input);
        return true;
    }
    catch {
        return false;
    }
}
function validateURL(trimmed, def) {
    if (!("normalize" in def) && !("hostname" in def) && !("protocol" in def)) {
        return canParseURL(trimmed) || URL_UNPARSEABLE;
    }
    return parseURLObject(trimmed, def);
}
/** Parses a URL while preserving the non-normalizing HTTP guard. */
function parseURLObject(trimmed, def) {
    // When normalize is off, require :// for http/https URLs. This prevents strings like "http:example.com" or "https:/path" from being silently accepted
    if (!def.normalize && def.protocol?.source === httpProtocol.source && !/^https?:\/\//i.test(trimmed)) {
        return URL_BAD_FORMAT;
    }
    try {
        if (typeof URL !== "undefined") {
            const URLStatic = URL;
            if (typeof URLStatic.parse === "function")
                return URLStatic.parse(trimmed) ?? URL_UNPARSEABLE;
        }
        // @ts-ignore
        return new URL(trimmed);
    }
    catch {
        return URL_UNPARSEABLE;
    }
}
const asciiTabOrNewline = /[\t\n\r]/g;
/** The URL parser deletes every ASCII tab, LF and CR from its input before it parses, so `new URL("https://exa\nmple.com")` reports on `example.com`. Applying the same deletion to the returned value closes the half of that divergence which can move the host; the parser's other rewrite, stripping C0 controls at the edges, cannot. */
function stripTabAndNewline(value) {
    return value.replace(asciiTabOrNewline, "");
}
function urlHostnameOk(url, hostname) {
    hostname.lastIndex = 0;
    return hostname.test(url.hostname);
}
function urlProtocolOk(url, protocol) {
    protocol.lastIndex = 0;
    return protocol.test(url.protocol.endsWith(":") ? url.protocol.slice(0, -1) : url.protocol);
}
const $ZodURL = /*@__PURE__*/ $constructor("$ZodURL", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        try {
            // Trim whitespace from input
            const trimmed = payload.value.trim();
            const url = validateURL(trimmed, def);
            if (url === URL_BAD_FORMAT) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid URL format",
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
                return;
            }
            if (url === URL_UNPARSEABLE) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
                return;
            }
            if (url === true) {
                payload.value = stripTabAndNewline(trimmed);
                return;
            }
            if (def.hostname && !urlHostnameOk(url, def.hostname)) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid hostname",
                    pattern: def.hostname.source,
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
            }
            if (def.protocol && !urlProtocolOk(url, def.protocol)) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid protocol",
                    pattern: def.protocol.source,
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
            }
            // Set the output value based on normalize flag
            payload.value = def.normalize ? url.href : stripTabAndNewline(trimmed);
            return;
        }
        catch (_) {
            payload.issues.push({
                code: "invalid_format",
                format: "url",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodEmoji = /*@__PURE__*/ $constructor("$ZodEmoji", (inst, def) => {
    def.pattern ?? (def.pattern = emoji());
    $ZodStringFormat.init(inst, def);
});
const $ZodNanoID = /*@__PURE__*/ $constructor("$ZodNanoID", (inst, def) => {
    if (def.length !== undefined && (!Number.isInteger(def.length) || def.length < 1))
        throw new Error(`Invalid nanoid length: ${def.length}`);
    def.pattern ?? (def.pattern = def.length === undefined ? nanoid : nanoidOfLength(def.length));
    $ZodStringFormat.init(inst, def);
});
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link $ZodCUID2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const $ZodCUID = /*@__PURE__*/ $constructor("$ZodCUID", (inst, def) => {
    def.pattern ?? (def.pattern = cuid);
    $ZodStringFormat.init(inst, def);
});
const $ZodCUID2 = /*@__PURE__*/ $constructor("$ZodCUID2", (inst, def) => {
    def.pattern ?? (def.pattern = cuid2);
    $ZodStringFormat.init(inst, def);
});
const $ZodULID = /*@__PURE__*/ $constructor("$ZodULID", (inst, def) => {
    def.pattern ?? (def.pattern = ulid);
    $ZodStringFormat.init(inst, def);
});
const $ZodXID = /*@__PURE__*/ $constructor("$ZodXID", (inst, def) => {
    def.pattern ?? (def.pattern = xid);
    $ZodStringFormat.init(inst, def);
});
const $ZodKSUID = /*@__PURE__*/ $constructor("$ZodKSUID", (inst, def) => {
    def.pattern ?? (def.pattern = ksuid);
    $ZodStringFormat.init(inst, def);
});
const $ZodISODateTime = /*@__PURE__*/ $constructor("$ZodISODateTime", (inst, def) => {
    def.pattern ?? (def.pattern = datetime$1(def));
    $ZodStringFormat.init(inst, def);
});
const $ZodISODate = /*@__PURE__*/ $constructor("$ZodISODate", (inst, def) => {
    def.pattern ?? (def.pattern = date);
    $ZodStringFormat.init(inst, def);
});
const $ZodISOTime = /*@__PURE__*/ $constructor("$ZodISOTime", (inst, def) => {
    def.pattern ?? (def.pattern = time(def));
    $ZodStringFormat.init(inst, def);
});
const $ZodISODuration = /*@__PURE__*/ $constructor("$ZodISODuration", (inst, def) => {
    def.pattern ?? (def.pattern = duration);
    $ZodStringFormat.init(inst, def);
});
const $ZodIPv4 = /*@__PURE__*/ $constructor("$ZodIPv4", (inst, def) => {
    def.pattern ?? (def.pattern = ipv4);
    $ZodStringFormat.init(inst, def);
});
/** An IPv6 address is written with hex digits, colons and dots, and nothing else. The guard is what makes the check below an IPv6 check: `new URL("http://[...]")` parses an authority, not an address, so `@` and `\` re-delimit it and `"::@1\\"` validates against the host `0.0.0.1`. The URL parser also deletes ASCII tab, LF and CR rather than failing, which is how `"::1\n"` validated as `::1`. */
const ipv6Alphabet = /^[0-9a-fA-F:.]+$/;
function isValidIPv6(value) {
    if (!ipv6Alphabet.test(value))
        return false;
    return canParseURL(`http://[${value}]`);
}
const $ZodIPv6 = /*@__PURE__*/ $constructor("$ZodIPv6", (inst, def) => {
    def.pattern ?? (def.pattern = ipv6);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (!isValidIPv6(payload.value)) {
            payload.issues.push({
                code: "invalid_format",
                format: "ipv6",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodCIDRv4 = /*@__PURE__*/ $constructor("$ZodCIDRv4", (inst, def) => {
    def.pattern ?? (def.pattern = cidrv4);
    $ZodStringFormat.init(inst, def);
});
function isValidCIDRv6(value) {
    const parts = value.split("/");
    if (parts.length !== 2)
        return false;
    const [address, prefix] = parts;
    if (!prefix)
        return false;
    const prefixNum = Number(prefix);
    if (`${prefixNum}` !== prefix)
        return false;
    if (prefixNum < 0 || prefixNum > 128)
        return false;
    return isValidIPv6(address);
}
const $ZodCIDRv6 = /*@__PURE__*/ $constructor("$ZodCIDRv6", (inst, def) => {
    def.pattern ?? (def.pattern = cidrv6); // not used for validation
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (!isValidCIDRv6(payload.value)) {
            payload.issues.push({
                code: "invalid_format",
                format: "cidrv6",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
});
//////////////////////////////   ZodBase64   //////////////////////////////
function isValidBase64(data) {
    if (data === "")
        return true;
    // atob ignores whitespace, so reject it up front.
    if (/\s/.test(data))
        return false;
    if (data.length % 4 !== 0)
        return false;
    try {
        // @ts-ignore
        atob(data);
        return true;
    }
    catch {
        return false;
    }
}
// lax on purpose: the quantified regexes.base64 overflows the regex stack on multi-MB input and its leading ^$| alternation leaks through template-literal composition; isValidBase64 enforces length and padding
const base64Charset = /^[0-9a-zA-Z+/]*={0,2}$/;
const $ZodBase64 = /*@__PURE__*/ $constructor("$ZodBase64", (inst, def) => {
    def.pattern ?? (def.pattern = base64Charset);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidBase64(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "base64",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
//////////////////////////////   ZodBase64URL   //////////////////////////////
// lax on purpose: the quantified regexes.base64url overflows the regex stack on multi-MB input; isValidBase64 enforces length on the padded string
const base64urlCharset = /^[A-Za-z0-9_-]*$/;
function isValidBase64URL(data) {
    if (!base64urlCharset.test(data))
        return false;
    const base64 = data.replace(/[-_]/g, (c) => (c === "-" ? "+" : "/"));
    const padded = base64.padEnd(Math.ceil(base64.length / 4) * 4, "=");
    return isValidBase64(padded);
}
const $ZodBase64URL = /*@__PURE__*/ $constructor("$ZodBase64URL", (inst, def) => {
    def.pattern ?? (def.pattern = base64urlCharset);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidBase64URL(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "base64url",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodE164 = /*@__PURE__*/ $constructor("$ZodE164", (inst, def) => {
    def.pattern ?? (def.pattern = e164);
    $ZodStringFormat.init(inst, def);
});
//////////////////////////////   ZodJWT   //////////////////////////////
function isValidJWT(token, algorithm = null) {
    try {
        const tokensParts = token.split(".");
        if (tokensParts.length !== 3)
            return false;
        const [header] = tokensParts;
        if (!header)
            return false;
        // @ts-ignore
        const parsedHeader = JSON.parse(atob(header));
        if ("typ" in parsedHeader && parsedHeader?.typ !== "JWT")
            return false;
        if (!parsedHeader.alg)
            return false;
        if (algorithm && (!("alg" in parsedHeader) || parsedHeader.alg !== algorithm))
            return false;
        return true;
    }
    catch {
        return false;
    }
}
const $ZodJWT = /*@__PURE__*/ $constructor("$ZodJWT", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidJWT(payload.value, def.alg))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "jwt",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodNumber = /*@__PURE__*/ $constructor("$ZodNumber", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = number$1;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = Number(payload.value);
            }
            catch (_) { }
        const input = payload.value;
        if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) {
            return payload;
        }
        const received = typeof input === "number"
            ? Number.isNaN(input)
                ? "NaN"
                : !Number.isFinite(input)
                    ? String(input)
                    : undefined
            : undefined;
        payload.issues.push({
            expected: "number",
            code: "invalid_type",
            input,
            inst,
            ...(received ? { received } : {}),
        });
        return payload;
    };
});
const $ZodNumberFormat = /*@__PURE__*/ $constructor("$ZodNumberFormat", (inst, def) => {
    $ZodCheckNumberFormat.init(inst, def);
    $ZodNumber.init(inst, def); // no format checks
});
const $ZodBoolean = /*@__PURE__*/ $constructor("$ZodBoolean", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = boolean$1;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = Boolean(payload.value);
            }
            catch (_) { }
        const input = payload.value;
        if (typeof input === "boolean")
            return payload;
        payload.issues.push({
            expected: "boolean",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
});
const $ZodUnknown = /*@__PURE__*/ $constructor("$ZodUnknown", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload) => payload;
});
const $ZodNever = /*@__PURE__*/ $constructor("$ZodNever", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        payload.issues.push({
            expected: "never",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
// an oversized container fails its leading size checks before any element is parsed
function capSize(inst, size) {
    const caps = sizeCaps(inst._zod.def.checks);
    if (!caps.length)
        return;
    const cap = Math.min(...caps.map((c) => c[0]));
    const parse = inst._zod.parse;
    inst._zod.parse = (payload, ctx) => {
        const n = size(payload.value);
        if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
            for (const [max, ch] of sizeCaps(inst._zod.def.checks)) {
                if (n > max && ch._zod.def.when(payload)) {
                    const start = payload.issues.length;
                    ch._zod.check(payload);
                    // the value is still the raw input, so no later check may read it
                    payload.issues[start].continue = false;
                    attachSchema(payload.issues, start, inst);
                    return payload;
                }
            }
        }
        return parse(payload, ctx);
    };
}
const arraySize = (input) => (Array.isArray(input) ? input.length : -1);
function handleArrayResult(result, final, index) {
    if (result.issues.length) {
        final.issues.push(...prefixIssues(index, result.issues));
    }
    final.value[index] = result.value;
}
const $ZodArray = /*@__PURE__*/ $constructor("$ZodArray", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!Array.isArray(input)) {
            payload.issues.push({
                expected: "array",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
        const proms = [];
        const abortEarly = ctx?.abortEarly;
        for (let i = 0; i < input.length; i++) {
            const item = input[i];
            const result = def.element._zod.run({
                value: item,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                proms.push(result.then((result) => handleArrayResult(result, payload, i)));
            }
            else {
                handleArrayResult(result, payload, i);
                // the element's payload is authoritative here, since handleArrayResult forwards every issue; an object's is not, because it drops a failed absent optional
                if (abortEarly && result.issues.length !== 0 && aborted(result))
                    break;
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => payload);
        }
        return payload; //handleArrayResultsAsync(parseResults, final);
    };
    capSize(inst, arraySize);
});
function handlePropertyResult(result, final, key, input, optin, optout) {
    const isPresent = key in input;
    const isOptionalOut = optout === "optional";
    // The middle rung means "absence permitted, nothing supplied in its place", so an absent key contributes nothing — whatever the schema made of `undefined` is invented, not substituted. Only `optional` reaches this with a value: `defaulted` substitutes, and a schema that isn't optional-out has to keep the key.
    if (!isPresent && isOptionalOut && optin === "optional") {
        return;
    }
    if (result.issues.length) {
        // For optional-in/out schemas, ignore errors on absent keys.
        if (optin !== undefined && isOptionalOut && !isPresent) {
            return;
        }
        final.issues.push(...prefixIssues(key, result.issues));
    }
    if (!isPresent && optin === undefined) {
        if (!result.issues.length) {
            final.issues.push({
                code: "invalid_type",
                expected: "nonoptional",
                input: undefined,
                path: [key],
            });
        }
        return;
    }
    if (result.value === undefined) {
        if (isPresent || (optin === "defaulted" && !isOptionalOut)) {
            final.value[key] = undefined;
        }
    }
    else {
        final.value[key] = result.value;
    }
}
// one shared instance; a fresh [] per schema cost 56 bytes retained
const NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
    const keys = Object.keys(def.shape);
    const ownSymbols = Object.getOwnPropertySymbols(def.shape);
    const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
    // aliases `keys` when there are no symbols, so a string-only shape keeps one array
    const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
    for (const k of allKeys) {
        if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
            throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
        }
    }
    const okeys = optionalKeys(def.shape);
    return {
        ...def,
        allKeys,
        symbolKeys,
        // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
        keySet: new Set(keys),
        numKeys: keys.length,
        optionalKeys: new Set(okeys),
    };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
    const unrecognized = [];
    const keySet = def.keySet;
    const _catchall = def.catchall._zod;
    const t = _catchall.def.type;
    const optin = _catchall.optin;
    const optout = _catchall.optout;
    // starts at 0, not the current length: the shape phase already ran and may have aborted
    let seen = 0;
    for (const key in input) {
        if (abortEarly && payload.issues.length !== seen) {
            if (aborted(payload, seen))
                break;
            seen = payload.issues.length;
        }
        // Must precede the __proto__ branch: a declared key is not unrecognized, even though the shape loop deliberately strips __proto__ from the parsed output.
        if (keySet.has(key))
            continue;
        // Don't copy an undeclared __proto__ into the result; assignment to a plain {} would replace the result prototype. But in strict mode it is still an unknown key, so report it before skipping.
        if (key === "__proto__") {
            if (t === "never")
                unrecognized.push(key);
            continue;
        }
        if (t === "never") {
            unrecognized.push(key);
            continue;
        }
        const r = _catchall.run({ value: input[key], issues: [] }, ctx);
        if (r instanceof Promise) {
            proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
        }
        else {
            handlePropertyResult(r, payload, key, input, optin, optout);
        }
    }
    if (unrecognized.length) {
        payload.issues.push({
            code: "unrecognized_keys",
            keys: unrecognized,
            input,
            inst,
            // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
            continue: true,
        });
    }
    if (!proms.length)
        return payload;
    return Promise.all(proms).then(() => {
        return payload;
    });
}
const $ZodObject = /*@__PURE__*/ $constructor("$ZodObject", (inst, def) => {
    // requires cast because technically $ZodObject doesn't extend
    $ZodType.init(inst, def);
    const desc = Object.getOwnPropertyDescriptor(def, "shape");
    // a cloned def carries its source's accessor, which knows the shape it answers from; adopting that keeps the clone's keys readable without running it
    const sh = desc?.get ? desc.get.raw : (def.shape ?? {});
    if (sh) {
        // Freezes the shape on first read, so its getters resolve once and every later read sees the same schemas.
        const get = () => {
            const newSh = { ...sh };
            Object.defineProperty(def, "shape", { value: newSh });
            get.raw = newSh;
            return newSh;
        };
        get.raw = sh;
        Object.defineProperty(def, "shape", { get });
    }
    const _normalized = cached(() => normalizeDef(def));
    defineLazyInternal(inst, "propValues", (zod) => {
        const shape = zod.def.shape;
        const propValues = {};
        for (const key in shape) {
            const field = shape[key]._zod;
            if (field.values) {
                if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
                    assignProp(propValues, key, new Set());
                }
                for (const v of field.values)
                    propValues[key].add(v);
                // An omittable slot reads back as undefined at a discriminator lookup, so it has to claim undefined: two options that can both omit the key are not discriminable on it.
                if (field.optin !== undefined)
                    propValues[key].add(undefined);
            }
        }
        return propValues;
    });
    const isObject$1 = isObject;
    const catchall = def.catchall;
    let value;
    const memo = globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        const input = payload.value;
        if (!isObject$1(input)) {
            payload.issues.push({
                expected: "object",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
        const proms = [];
        const shape = value.shape;
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const key of value.allKeys) {
            if (abortEarly && payload.issues.length !== seen) {
                if (aborted(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            if (key === "__proto__")
                continue;
            const el = shape[key];
            const optin = el._zod.optin;
            const optout = el._zod.optout;
            const r = el._zod.run({ value: input[key], issues: [] }, ctx);
            if (r instanceof Promise) {
                proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
            }
            else {
                handlePropertyResult(r, payload, key, input, optin, optout);
            }
        }
        if (!catchall) {
            return proms.length ? Promise.all(proms).then(() => payload) : payload;
        }
        return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
    };
});
const $ZodObjectJIT = /*@__PURE__*/ $constructor("$ZodObjectJIT", (inst, def) => {
    // requires cast because technically $ZodObject doesn't extend
    $ZodObject.init(inst, def);
    const superParse = inst._zod.parse;
    const _normalized = cached(() => normalizeDef(def));
    const memo = globalConfig.memoizer;
    const generateFastpass = (shape) => {
        const normalized = _normalized.value;
        const syms = normalized.symbolKeys;
        // a symbol has no source literal, so it is read as `syms[i]` off the closed-over scope
        const doc = new Doc(["payload", "ctx"], { shape, inst, memo, syms });
        const parseStr = (k) => `shape[${k}]._zod.run({ value: input[${k}], issues: [] }, ctx)`;
        // prefixes in place, like util.prefixIssues. newResult must land before the early return: a catchall runs after this and would otherwise write onto the caller's input
        const prefixStr = (id, k) => `
          let ${id}_ab = false;
          for (let i = 0; i < ${id}.issues.length; i++) {
            const iss = ${id}.issues[i];
            iss.path = iss.path ? [${k}, ...iss.path] : [${k}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${id}_ab = true;
          }
          if (${id}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;
        doc.write(`const input = payload.value;`);
        const ids = Object.create(null);
        let counter = 0;
        for (const key of normalized.allKeys) {
            ids[key] = `key_${counter++}`;
        }
        // A: preserve key order {
        doc.write(memo ? `const newResult = memo.alloc(inst, payload, {}, ctx);` : `const newResult = {};`);
        for (const key of normalized.allKeys) {
            if (key === "__proto__")
                continue;
            const id = ids[key];
            const k = typeof key === "symbol" ? `syms[${syms.indexOf(key)}]` : esc(key);
            const isPresent = `${k} in input`;
            const schema = shape[key];
            const optin = schema?._zod?.optin;
            const isOptionalIn = optin !== undefined;
            const isOptionalOut = schema?._zod?.optout === "optional";
            doc.write(`const ${id} = ${parseStr(k)};`);
            if (isOptionalIn && isOptionalOut) {
                // For optional-in/out schemas, ignore errors on absent keys — and, like the interpreted path, drop the value produced alongside them. The middle rung goes further: it permits absence without supplying anything in its place, so an absent key contributes nothing at all.
                const assign = optin === "optional" ? `${id}_present` : `${id}.value !== undefined || ${id}_present`;
                doc.write(`
        const ${id}_present = ${isPresent};
        if (!${id}.issues.length || ${id}_present) {
          if (${id}.issues.length) {${prefixStr(id, k)}
          }

          if (${assign}) {
            newResult[${k}] = ${id}.value;
          }
        }

      `);
            }
            else if (!isOptionalIn) {
                doc.write(`
        const ${id}_present = ${isPresent};
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
        if (!${id}_present && !${id}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${k}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${id}_present) {
          newResult[${k}] = ${id}.value;
        }

      `);
            }
            else {
                doc.write(`
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
      `);
                if (optin === "defaulted") {
                    doc.write(`newResult[${k}] = ${id}.value;`);
                }
                else {
                    doc.write(`
        if (${id}.value !== undefined || ${isPresent}) {
          newResult[${k}] = ${id}.value;
        }
      `);
                }
            }
        }
        doc.write(`payload.value = newResult;`);
        doc.write(`return payload;`);
        // closing `shape` in is what pays: turbofan specializes the parser against that one shape object, so every `shape[k]._zod.run` folds to a known callee. as a parameter it stays a generic load and measures 13% slower even with the forwarding frame gone
        return doc.compile();
    };
    let fastpass;
    const isObject$1 = isObject;
    const jit = !globalConfig.jitless;
    const allowsEval$1 = allowsEval;
    const fastEnabled = jit && allowsEval$1.value; // && !def.catchall;
    const catchall = def.catchall;
    let value;
    inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        const input = payload.value;
        if (!isObject$1(input)) {
            payload.issues.push({
                expected: "object",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        if (jit && fastEnabled && ctx?.async === false && ctx.jitless !== true) {
            // always synchronous
            if (!fastpass)
                fastpass = generateFastpass(def.shape);
            payload = fastpass(payload, ctx);
            if (!catchall)
                return payload;
            return handleCatchall([], input, payload, ctx, value, inst, ctx?.abortEarly === true);
        }
        return superParse(payload, ctx);
    };
});
function handleUnionResults(results, final, inst, ctx) {
    for (const result of results) {
        if (result.issues.length === 0) {
            final.value = result.value;
            return final;
        }
    }
    const nonaborted = results.filter((r) => !aborted(r));
    if (nonaborted.length === 1) {
        final.value = nonaborted[0].value;
        return nonaborted[0];
    }
    final.issues.push({
        code: "invalid_union",
        input: final.value,
        inst,
        errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config()))),
    });
    return final;
}
const $ZodUnion = /*@__PURE__*/ $constructor("$ZodUnion", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted")
        ? "defaulted"
        : zod.def.options.some((o) => o._zod.optin !== undefined)
            ? "optional"
            : undefined);
    defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : undefined);
    defineLazyInternal(inst, "values", (zod) => {
        if (zod.def.options.every((o) => o._zod.values)) {
            return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
        }
        return undefined;
    });
    defineLazyInternal(inst, "pattern", (zod) => {
        if (zod.def.options.every((o) => o._zod.pattern)) {
            const patterns = zod.def.options.map((o) => o._zod.pattern);
            return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
        }
        return undefined;
    });
    const first = def.options.length === 1 ? def.options[0]._zod.run : null;
    inst._zod.parse = (payload, ctx) => {
        if (first) {
            return first(payload, ctx);
        }
        let async = false;
        const results = [];
        for (const option of def.options) {
            const result = option._zod.run({
                value: payload.value,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                results.push(result);
                async = true;
            }
            else {
                if (result.issues.length === 0)
                    return result;
                results.push(result);
            }
        }
        if (!async)
            return handleUnionResults(results, payload, inst, ctx);
        return Promise.all(results).then((results) => {
            return handleUnionResults(results, payload, inst, ctx);
        });
    };
});
const $ZodIntersection = /*@__PURE__*/ $constructor("$ZodIntersection", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        const left = def.left._zod.run({ value: input, issues: [] }, ctx);
        const right = def.right._zod.run({ value: input, issues: [] }, ctx);
        const async = left instanceof Promise || right instanceof Promise;
        if (async) {
            return Promise.all([left, right]).then(([left, right]) => {
                return handleIntersectionResults(payload, left, right);
            });
        }
        return handleIntersectionResults(payload, left, right);
    };
});
function mergeValues(a, b) {
    // const aType = parse.t(a);
    // const bType = parse.t(b);
    if (a === b) {
        return { valid: true, data: a };
    }
    if (a instanceof Date && b instanceof Date && +a === +b) {
        return { valid: true, data: a };
    }
    if (isPlainObject(a) && isPlainObject(b)) {
        const bKeys = Object.keys(b);
        const sharedKeys = Object.keys(a).filter((key) => bKeys.indexOf(key) !== -1);
        const newObj = { ...a, ...b };
        if (Object.prototype.hasOwnProperty.call(newObj, "__proto__"))
            delete newObj.__proto__;
        for (const key of sharedKeys) {
            if (key === "__proto__")
                continue;
            const sharedValue = mergeValues(a[key], b[key]);
            if (!sharedValue.valid) {
                return {
                    valid: false,
                    mergeErrorPath: [key, ...sharedValue.mergeErrorPath],
                };
            }
            newObj[key] = sharedValue.data;
        }
        return { valid: true, data: newObj };
    }
    if (Array.isArray(a) && Array.isArray(b)) {
        if (a.length !== b.length) {
            return { valid: false, mergeErrorPath: [] };
        }
        const newArray = [];
        for (let index = 0; index < a.length; index++) {
            const itemA = a[index];
            const itemB = b[index];
            const sharedValue = mergeValues(itemA, itemB);
            if (!sharedValue.valid) {
                return {
                    valid: false,
                    mergeErrorPath: [index, ...sharedValue.mergeErrorPath],
                };
            }
            newArray.push(sharedValue.data);
        }
        return { valid: true, data: newArray };
    }
    return { valid: false, mergeErrorPath: [] };
}
function handleIntersectionResults(result, left, right) {
    // Track which side(s) reject each key. A key rejection is reported only when BOTH sides reject it, so a key owned by one branch survives the other's key schema. strictObject reports these as unrecognized_keys; a record with an open key schema reports one invalid_key per key.
    const unrecKeys = new Map();
    let unrecIssue;
    const keyIssues = new Map();
    const collect = (iss, side) => {
        let keys;
        if (iss.code === "unrecognized_keys" && !iss.path?.length) {
            unrecIssue ?? (unrecIssue = iss);
            keys = iss.keys;
        }
        else if (iss.code === "invalid_key" && iss.origin === "record" && iss.path?.length === 1) {
            const k = String(iss.path[0]);
            if (!keyIssues.has(k))
                keyIssues.set(k, iss);
            keys = [k];
        }
        else {
            return false;
        }
        for (const k of keys) {
            if (!unrecKeys.has(k))
                unrecKeys.set(k, {});
            unrecKeys.get(k)[side] = true;
        }
        return true;
    };
    for (const iss of left.issues) {
        if (!collect(iss, "l"))
            result.issues.push(iss);
    }
    for (const iss of right.issues) {
        if (!collect(iss, "r"))
            result.issues.push(iss);
    }
    // Report only keys rejected by BOTH sides
    const bothKeys = [...unrecKeys].filter(([, f]) => f.l && f.r).map(([k]) => k);
    if (bothKeys.length) {
        const aggregated = unrecIssue ? bothKeys.filter((k) => unrecIssue.keys.includes(k)) : [];
        if (aggregated.length)
            result.issues.push({ ...unrecIssue, keys: aggregated });
        for (const k of bothKeys) {
            if (!aggregated.includes(k) && keyIssues.has(k))
                result.issues.push(keyIssues.get(k));
        }
    }
    const merged = mergeValues(left.value, right.value);
    if (!merged.valid) {
        if (aborted(result))
            return result;
        throw new Error(`Unmergable intersection. Error path: ` + `${JSON.stringify(merged.mergeErrorPath)}`);
    }
    result.value = merged.data;
    return result;
}
const $ZodRecord = /*@__PURE__*/ $constructor("$ZodRecord", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!isPlainObject(input)) {
            payload.issues.push({
                expected: "record",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        // no guard in either loop below: a record's invalid_key aborts but an enclosing intersection can reconcile it, so a stopped loop hides keys the sibling does not own and the intersection then rejects nothing
        const proms = [];
        const values = def.keyType._zod.values;
        if (values && !def.partial) {
            payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
            const recordKeys = new Set();
            for (const key of values) {
                if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
                    recordKeys.add(typeof key === "number" ? key.toString() : key);
                    // A declared __proto__ is stripped but is not an unrecognized key.
                    if (key === "__proto__")
                        continue;
                    const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
                    if (keyResult instanceof Promise) {
                        throw new Error("Async schemas not supported in object keys currently");
                    }
                    if (keyResult.issues.length) {
                        payload.issues.push({
                            code: "invalid_key",
                            origin: "record",
                            issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
                            input: key,
                            path: [key],
                            inst,
                        });
                        continue;
                    }
                    const outKey = keyResult.value;
                    if (outKey === "__proto__")
                        continue;
                    const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
                    if (result instanceof Promise) {
                        proms.push(result.then((result) => {
                            if (result.issues.length) {
                                payload.issues.push(...prefixIssues(key, result.issues));
                            }
                            payload.value[outKey] = result.value;
                        }));
                    }
                    else {
                        if (result.issues.length) {
                            payload.issues.push(...prefixIssues(key, result.issues));
                        }
                        payload.value[outKey] = result.value;
                    }
                }
            }
            let unrecognized;
            for (const key in input) {
                if (!recordKeys.has(key)) {
                    if (def.mode === "loose") {
                        // skip __proto__ so it can't replace the result prototype via the assignment setter on the plain {} we build into
                        if (key === "__proto__")
                            continue;
                        payload.value[key] = input[key];
                    }
                    else {
                        unrecognized = unrecognized ?? [];
                        unrecognized.push(key);
                    }
                }
            }
            if (unrecognized && unrecognized.length > 0) {
                payload.issues.push({
                    code: "unrecognized_keys",
                    input,
                    inst,
                    keys: unrecognized,
                    continue: true,
                });
            }
        }
        else {
            payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
            // An enumerable key schema declares which keys the record owns, so a key outside the set is unrecognized. A non-enumerable one (regex, refine) is a constraint every key must satisfy, so a failing key is invalid. Only the former is reconcilable against the other side of an intersection.
            let unrecognized;
            // Reflect.ownKeys for Symbol-key support; filter non-enumerable to match z.object()
            for (const key of Reflect.ownKeys(input)) {
                if (key === "__proto__")
                    continue;
                if (!Object.prototype.propertyIsEnumerable.call(input, key))
                    continue;
                let keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
                if (keyResult instanceof Promise) {
                    throw new Error("Async schemas not supported in object keys currently");
                }
                // Numeric string fallback: if key is a numeric string and failed, retry with Number(key). This handles z.number(), z.literal([1, 2, 3]), and unions containing numeric literals
                const checkNumericKey = typeof key === "string" && number$1.test(key) && keyResult.issues.length;
                if (checkNumericKey) {
                    const retryResult = def.keyType._zod.run({ value: Number(key), issues: [] }, ctx);
                    if (retryResult instanceof Promise) {
                        throw new Error("Async schemas not supported in object keys currently");
                    }
                    if (retryResult.issues.length === 0) {
                        keyResult = retryResult;
                    }
                }
                if (keyResult.issues.length) {
                    if (def.mode === "loose") {
                        // Pass through unchanged
                        payload.value[key] = input[key];
                    }
                    else if (values) {
                        unrecognized = unrecognized ?? [];
                        unrecognized.push(key);
                    }
                    else {
                        // Default "strict" behavior: error on invalid key
                        payload.issues.push({
                            code: "invalid_key",
                            origin: "record",
                            issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
                            input: key,
                            path: [key],
                            inst,
                        });
                    }
                    continue;
                }
                // the guard above tests the raw input key, but the key schema can normalize an ordinary key into __proto__; re-check the key we actually write under
                const outKey = keyResult.value;
                if (outKey === "__proto__")
                    continue;
                const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
                if (result instanceof Promise) {
                    proms.push(result.then((result) => {
                        if (result.issues.length) {
                            payload.issues.push(...prefixIssues(key, result.issues));
                        }
                        payload.value[outKey] = result.value;
                    }));
                }
                else {
                    if (result.issues.length) {
                        payload.issues.push(...prefixIssues(key, result.issues));
                    }
                    payload.value[outKey] = result.value;
                }
            }
            if (unrecognized && unrecognized.length > 0) {
                payload.issues.push({
                    code: "unrecognized_keys",
                    input,
                    inst,
                    keys: unrecognized,
                    continue: true,
                });
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => payload);
        }
        return payload;
    };
});
const $ZodEnum = /*@__PURE__*/ $constructor("$ZodEnum", (inst, def) => {
    $ZodType.init(inst, def);
    const values = getEnumValues(def.entries);
    const valuesSet = new Set(values);
    inst._zod.values = valuesSet;
    defineLazyInternal(inst, "pattern", (zod) => {
        const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
        // unmatchable fallback, RE2-safe: an empty alternation would compile to /^()$/, which matches ""
        return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
    });
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (valuesSet.has(input)) {
            return payload;
        }
        payload.issues.push({
            code: "invalid_value",
            values,
            input,
            inst,
        });
        return payload;
    };
});
const $ZodLiteral = /*@__PURE__*/ $constructor("$ZodLiteral", (inst, def) => {
    $ZodType.init(inst, def);
    const values = new Set(def.values);
    inst._zod.values = values;
    defineLazyInternal(inst, "pattern", (zod) => {
        const vals = zod.def.values;
        // unmatchable fallback, RE2-safe: an empty alternation would compile to /^()$/, which matches ""
        return new RegExp(vals.length
            ? `^(${vals
                .map((o) => typeof o === "string" ? escapeRegex(o) : o ? escapeRegex(o.toString()) : String(o))
                .join("|")})$`
            : "^[^\\s\\S]$");
    });
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (values.has(input)) {
            return payload;
        }
        payload.issues.push({
            code: "invalid_value",
            values: def.values,
            input,
            inst,
        });
        return payload;
    };
});
const $ZodTransform = /*@__PURE__*/ $constructor("$ZodTransform", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.optin = "optional";
    globalConfig.memoizer?.guard(inst);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            throw new $ZodEncodeError(inst.constructor.name);
        }
        const _out = def.transform(payload.value, payload);
        if (ctx.async) {
            const output = _out instanceof Promise ? _out : Promise.resolve(_out);
            return output.then((output) => {
                payload.value = output;
                return payload;
            });
        }
        if (_out instanceof Promise) {
            throw new $ZodAsyncError();
        }
        payload.value = _out;
        return payload;
    };
});
function handleOptionalResult(payload, result) {
    // A substituting schema that still failed has no usable answer; yield undefined. Its issues are simply dropped: it ran on a payload of its own, so there is no shared array to truncate and nothing of the caller's to lose with it.
    payload.value = result.issues.length ? undefined : result.value;
    return payload;
}
const $ZodOptional = /*@__PURE__*/ $constructor("$ZodOptional", (inst, def) => {
    $ZodType.init(inst, def);
    // .optional() propagates absence rather than substituting for it, so a defaulted inner keeps its rung.
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
    inst._zod.optout = "optional";
    defineLazyInternal(inst, "values", (zod) => {
        const values = zod.def.innerType._zod.values;
        return values ? new Set([...values, undefined]) : undefined;
    });
    defineLazyInternal(inst, "pattern", (zod) => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        if (payload.value === undefined) {
            // Only the top rung substitutes a value for absence; everything else leaves it intact, which is what .optional() means.
            if (def.innerType._zod.optin !== "defaulted")
                return payload;
            // Its own payload, for the same reason $ZodCatch gets one: a pipe forwards an unrecognized key through the caller's issues array, and this must not read that as the substituting schema failing and drop it.
            const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
            if (result instanceof Promise)
                return result.then((result) => handleOptionalResult(payload, result));
            return handleOptionalResult(payload, result);
        }
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodExactOptional = /*@__PURE__*/ $constructor("$ZodExactOptional", (inst, def) => {
    // Call parent init - inherits optin/optout = "optional"
    $ZodOptional.init(inst, def);
    // Override values/pattern to NOT add undefined
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    defineLazyInternal(inst, "pattern", (zod) => zod.def.innerType._zod.pattern);
    // Override parse to just delegate (no undefined handling)
    inst._zod.parse = (payload, ctx) => {
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodNullable = /*@__PURE__*/ $constructor("$ZodNullable", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin);
    defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
    defineLazyInternal(inst, "pattern", (zod) => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${cleanRegex(pattern.source)}|null)$`) : undefined;
    });
    defineLazyInternal(inst, "values", (zod) => {
        return zod.def.innerType._zod.values ? new Set([...zod.def.innerType._zod.values, null]) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        // Forward direction (decode): allow null to pass through
        if (payload.value === null)
            return payload;
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodDefault = /*@__PURE__*/ $constructor("$ZodDefault", (inst, def) => {
    $ZodType.init(inst, def);
    // inst._zod.qin = "true";
    inst._zod.optin = "defaulted";
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply defaults for undefined input
        if (payload.value === undefined) {
            payload.value = def.defaultValue;
            /**
             * $ZodDefault returns the default value immediately in forward direction.
             * It doesn't pass the default value into the validator ("prefault"). There's no reason to pass the default value through validation. The validity of the default is enforced by TypeScript statically. Otherwise, it's the responsibility of the user to ensure the default is valid. In the case of pipes with divergent in/out types, you can specify the default on the `in` schema of your ZodPipe to set a "prefault" for the pipe.   */
            return payload;
        }
        // Forward direction: continue with default handling
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleDefaultResult(result, def));
        }
        return handleDefaultResult(result, def);
    };
});
function handleDefaultResult(payload, def) {
    if (payload.value === undefined) {
        payload.value = def.defaultValue;
    }
    return payload;
}
const $ZodPrefault = /*@__PURE__*/ $constructor("$ZodPrefault", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.optin = "defaulted";
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply prefault for undefined input
        if (payload.value === undefined) {
            payload.value = def.defaultValue;
        }
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodNonOptional = /*@__PURE__*/ $constructor("$ZodNonOptional", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "values", (zod) => {
        const v = zod.def.innerType._zod.values;
        return v ? new Set([...v].filter((x) => x !== undefined)) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleNonOptionalResult(result, inst));
        }
        return handleNonOptionalResult(result, inst);
    };
});
function handleNonOptionalResult(payload, inst) {
    if (!payload.issues.length && payload.value === undefined) {
        payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: payload.value,
            inst,
        });
    }
    return payload;
}
function handleCatchResult(payload, result, def, ctx) {
    if (!result.issues.length) {
        payload.value = result.value;
        // The value carries up, so the flag describing it has to carry with it: a back-edge into a node still being parsed must not be frozen by an enclosing readonly, and its checks belong to the node itself. Guarded so the ordinary case adds no own property.
        if (result.memo)
            payload.memo = true;
        return payload;
    }
    // Spread the inner's own payload, not ours: `value` has to stay the input the catch was handed, and the inner ran on a payload of its own so its issues are already private to this call.
    payload.value = def.catchValue({
        ...result,
        value: payload.value,
        error: {
            issues: result.issues.map((iss) => finalizeIssue(iss, ctx, config())),
        },
        input: payload.value,
    });
    return payload;
}
const $ZodCatch = /*@__PURE__*/ $constructor("$ZodCatch", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
    defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply catch logic
        const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleCatchResult(payload, result, def, ctx));
        }
        return handleCatchResult(payload, result, def, ctx);
    };
});
const $ZodPipe = /*@__PURE__*/ $constructor("$ZodPipe", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
    defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
    defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
    defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            const right = def.out._zod.run(payload, ctx);
            if (right instanceof Promise) {
                return right.then((right) => handlePipeResult(right, def.in, ctx));
            }
            return handlePipeResult(right, def.in, ctx);
        }
        const left = def.in._zod.run(payload, ctx);
        if (left instanceof Promise) {
            return left.then((left) => handlePipeResult(left, def.out, ctx));
        }
        return handlePipeResult(left, def.out, ctx);
    };
});
function handlePipeResult(left, next, ctx) {
    // Any issue stops the pipe, so a failing refinement never feeds its transform. An unrecognized key is the exception: it describes the input's extra properties, not the value being piped, and an enclosing intersection may yet reconcile it.
    if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
        // prevent further checks
        left.aborted = true;
        return left;
    }
    return next._zod.run({ value: left.value, issues: left.issues }, ctx);
}
const $ZodPreprocess = /*@__PURE__*/ $constructor("$ZodPreprocess", (inst, def) => {
    $ZodPipe.init(inst, def);
});
const $ZodReadonly = /*@__PURE__*/ $constructor("$ZodReadonly", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "propValues", (zod) => zod.def.innerType._zod.propValues);
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType?._zod?.optin);
    defineLazyInternal(inst, "optout", (zod) => zod.def.innerType?._zod?.optout);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then(handleReadonlyResult);
        }
        return handleReadonlyResult(result);
    };
});
function handleReadonlyResult(payload) {
    // A repeat visit hands back a node that is still being built; freezing it here would make the rest of its keys fail to assign.
    if (!payload.memo)
        payload.value = Object.freeze(payload.value);
    return payload;
}
const $ZodCustom = /*@__PURE__*/ $constructor("$ZodCustom", (inst, def) => {
    $ZodCheck.init(inst, def);
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _) => {
        return payload;
    };
    inst._zod.check = (payload) => {
        const input = payload.value;
        const r = def.fn(input);
        if (r instanceof Promise) {
            return r.then((r) => handleRefineResult(r, payload, input, inst));
        }
        handleRefineResult(r, payload, input, inst);
        return;
    };
});
function handleRefineResult(result, payload, input, inst) {
    if (!result) {
        const _iss = {
            code: "custom",
            input,
            inst, // incorporates params.error into issue reporting
            path: [...(inst._zod.def.path ?? [])], // incorporates params.error into issue reporting
            continue: !inst._zod.def.abort,
            // params: inst._zod.def.params,
        };
        if (inst._zod.def.params)
            _iss.params = inst._zod.def.params;
        payload.issues.push(issue(_iss));
    }
}

class $ZodCyclicError extends Error {
    constructor() {
        super(`Cannot parse a reference cycle that closes through a transform`);
        this.name = "ZodCyclicError";
    }
}
/** Keyed off the context object every schema in one parse call already shares. */
const STATE = "~memo";
const NO_ISSUES = [];
// a value a cycle can close through
function isRef(value) {
    return value !== null && typeof value === "object";
}
// Receivers prefix paths in place, so the cache and every hand-out need their own copies.
function cloneIssues(issues) {
    return issues.map((iss) => (iss.path ? { ...iss, path: iss.path.slice() } : { ...iss }));
}
const recursive = /*@__PURE__*/ new WeakMap();
/** What the walk established, in order of certainty: ordered so the strongest answer among children wins. */
const NONE = 0;
const ASSUMED = 1;
const PROVEN = 2;
/** Whether this schema's subtree contains a cycle, so one parse can re-enter it. */
function isRecursive$1(inst, stack, resolve) {
    const cached = recursive.get(inst);
    if (cached !== undefined)
        return cached ? PROVEN : NONE;
    // Relative to the walk in progress, so not cached.
    if (stack.has(inst))
        return PROVEN;
    stack.add(inst);
    let result = NONE;
    const check = (child) => {
        if (result !== PROVEN && child?._zod) {
            const answer = isRecursive$1(child, stack);
            if (answer > result)
                result = answer;
        }
    };
    // `Reflect.ownKeys` rather than `Object.keys`, so a cycle through a declared symbol key is still seen
    const shape = (sh, spread) => {
        let answer = NONE;
        for (const key of Reflect.ownKeys(sh)) {
            const desc = Object.getOwnPropertyDescriptor(sh, key);
            // an object resolves its shape by spread, so a key it does not enumerate is never parsed; `z.properties` reads every own key and so keeps them all
            if (!desc.enumerable)
                continue;
            // resolving runs user code, and a factory mints a fresh subtree per read, so an edge the walk can't follow counts as a cycle
            const child = desc.get ? ASSUMED : desc.value?._zod ? isRecursive$1(desc.value, stack) : NONE;
            if (child > answer)
                answer = child;
        }
        return answer;
    };
    const merge = (answer) => {
        if (answer > result)
            result = answer;
    };
    const def = inst._zod.def;
    const kind = def.type;
    switch (kind) {
        case "object": {
            const raw = rawShape(def);
            // a def with no raw shape answers `shape` from an accessor of its own, and running that can mint a whole fresh subtree
            merge(raw ? shape(raw) : ASSUMED);
            check(def.catchall);
            break;
        }
        case "array":
            check(def.element);
            break;
        case "tuple":
            for (const el of def.items)
                check(el);
            check(def.rest);
            break;
        case "record":
        case "map":
            check(def.keyType);
            check(def.valueType);
            break;
        case "set":
            check(def.valueType);
            break;
        case "union":
            for (const el of def.options)
                check(el);
            break;
        case "intersection":
            check(def.left);
            check(def.right);
            break;
        case "optional":
        case "nullable":
        case "default":
        case "prefault":
        case "catch":
        case "readonly":
        case "nonoptional":
        case "promise":
        case "success":
            check(def.innerType);
            break;
        case "pipe":
            check(def.in);
            check(def.out);
            break;
        case "function":
            check(def.input);
            check(def.output);
            break;
        // `$ZodLazy` caches its inner on the def, so a resolved edge is followed exactly
        case "lazy": {
            const inner = def._cachedInner ?? (undefined);
            // walked with resolution off: one hop sees past the deferral, and a lazy that yields only another unresolved lazy is generative, so it stops there
            merge(inner ? isRecursive$1(inner, stack) : ASSUMED);
            break;
        }
        // a leaf by choice: `parts` are regex fragments, not data positions
        case "template_literal":
        // leaves
        case "string":
        case "number":
        case "int":
        case "boolean":
        case "bigint":
        case "symbol":
        case "undefined":
        case "null":
        case "void":
        case "never":
        case "any":
        case "unknown":
        case "date":
        case "nan":
        case "enum":
        case "literal":
        case "file":
        case "transform":
        case "custom":
            break;
        default: {
            // a user-defined kind can still hold children, and only its author knows where, so fall back to scanning the def — skipping accessors, since reading one can run user code
            for (const key in def) {
                const desc = Object.getOwnPropertyDescriptor(def, key);
                if (!desc || desc.get)
                    continue;
                const value = desc.value;
                if (!value || typeof value !== "object")
                    continue;
                if (value._zod)
                    check(value);
                else if (Array.isArray(value))
                    for (const el of value)
                        check(el);
            }
        }
    }
    stack.delete(inst);
    return settle(inst, result);
}
/** An assumed answer must not outlive the resolution that settles it, so only a certain one is cached. */
function settle(inst, answer) {
    if (answer !== ASSUMED)
        recursive.set(inst, answer === PROVEN);
    return answer;
}
function bucketFor(state, inst) {
    let bucket = state.buckets.get(inst);
    if (!bucket) {
        bucket = new WeakMap();
        state.buckets.set(inst, bucket);
    }
    return bucket;
}
// Set immediately before delegating to core and cleared immediately after, so `alloc` registers only for a visit this module is driving.
let handoff;
// Allocated but unfinished entries. `alloc` and the matching pop both happen in the synchronous part of a parse, so they nest even when children are async, and one stack serves every schema.
const open = [];
const memo = {
    alloc(_inst, payload, empty) {
        const bucket = handoff;
        if (!bucket)
            return empty;
        handoff = undefined;
        const entry = { value: empty, issues: null };
        bucket.set(payload.value, entry);
        open.push(entry);
        return empty;
    },
    guard(inst) {
        var _a;
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred.push(() => {
            const base = inst._zod.parse;
            const wrapped = (payload, ctx) => {
                // The value is a placeholder a back-edge is still waiting on, so the cycle closes through this transform. Its output can't exist in time to bind.
                if (ctx.direction !== "backward" && isBackEdge(ctx, payload.value))
                    throw new $ZodCyclicError();
                return base(payload, ctx);
            };
            inst._zod.parse = wrapped;
            if (inst._zod.run === base)
                inst._zod.run = wrapped;
        });
    },
    attach(inst) {
        var _a;
        let isRecursiveInst;
        let rechecked = false;
        // a recursive schema is re-entered many times per parse and its bucket never changes
        let lastCtx;
        let lastBucket;
        // Wraps `parse` in a deferred so it sees the container's final parse. Core's own deferred copies `parse` into `run` when there are no checks, and it ran first, so `run` is patched to match; with checks, `run` reads `parse` dynamically.
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred.push(() => {
            const base = inst._zod.parse;
            const wrapped = (payload, ctx) => {
                if (isRecursiveInst === undefined) {
                    const walked = isRecursive$1(inst, new Set());
                    if (walked === NONE) {
                        // Nothing here can ever fire, so take it back out.
                        inst._zod.parse = base;
                        if (inst._zod.run === wrapped)
                            inst._zod.run = base;
                        return base(payload, ctx);
                    }
                    // this parse resolves the deferred edges on its own path, so ask once more before latching
                    if (walked === PROVEN || rechecked)
                        isRecursiveInst = true;
                    else
                        rechecked = true;
                }
                const input = payload.value;
                if (!isRef(input))
                    return base(payload, ctx);
                let state = ctx[STATE];
                if (!state) {
                    state = { buckets: new WeakMap(), backEdges: undefined };
                    ctx[STATE] = state;
                }
                let bucket;
                if (lastCtx === ctx) {
                    bucket = lastBucket;
                }
                else {
                    bucket = bucketFor(state, inst);
                    lastCtx = ctx;
                    lastBucket = bucket;
                }
                const hit = bucket.get(input);
                if (hit) {
                    payload.value = hit.value;
                    if (hit.issues) {
                        if (hit.issues.length)
                            payload.issues.push(...cloneIssues(hit.issues));
                    }
                    else {
                        // Still being parsed: its own checks cover it, so skip them here.
                        payload.memo = true;
                        state.backEdges ?? (state.backEdges = new WeakSet());
                        state.backEdges.add(hit.value);
                    }
                    return payload;
                }
                handoff = bucket;
                const depth = open.length;
                const result = base(payload, ctx);
                handoff = undefined;
                // A container that rejected its input outright allocated nothing.
                const entry = open.length > depth ? open.pop() : undefined;
                // Both paths written out so the sync one allocates no closure. It runs once per node, and capturing here cost more than everything else combined.
                if (result instanceof Promise) {
                    return result.then((r) => {
                        if (entry)
                            entry.issues = r.issues.length ? cloneIssues(r.issues) : NO_ISSUES;
                        return r;
                    });
                }
                if (entry)
                    entry.issues = result.issues.length ? cloneIssues(result.issues) : NO_ISSUES;
                return result;
            };
            inst._zod.parse = wrapped;
            if (inst._zod.run === base)
                inst._zod.run = wrapped;
        });
    },
};
/** The memoizer that gives containers cycle support. `zod` installs it by default; `zod/mini` opts in with `config({ memoizer: memoizer() })`. */
function memoizer() {
    return memo;
}
/** Whether this value is a node a back-edge resolved to before it finished. */
function isBackEdge(ctx, value) {
    const backEdges = ctx[STATE]?.backEdges;
    return backEdges !== undefined && isRef(value) && backEdges.has(value);
}

const error = () => {
    const Sizable = {
        string: { unit: "characters", verb: "to have" },
        file: { unit: "bytes", verb: "to have" },
        array: { unit: "items", verb: "to have" },
        set: { unit: "items", verb: "to have" },
        map: { unit: "entries", verb: "to have" },
    };
    function getSizing(origin) {
        return Sizable[origin] ?? null;
    }
    const FormatDictionary = {
        regex: "input",
        email: "email address",
        url: "URL",
        emoji: "emoji",
        uuid: "UUID",
        uuidv4: "UUIDv4",
        uuidv6: "UUIDv6",
        nanoid: "nanoid",
        guid: "GUID",
        cuid: "cuid",
        cuid2: "cuid2",
        ulid: "ULID",
        xid: "XID",
        ksuid: "KSUID",
        datetime: "ISO datetime",
        date: "ISO date",
        time: "ISO time",
        duration: "ISO duration",
        ipv4: "IPv4 address",
        ipv6: "IPv6 address",
        mac: "MAC address",
        cidrv4: "IPv4 range",
        cidrv6: "IPv6 range",
        base64: "base64-encoded string",
        base64url: "base64url-encoded string",
        json_string: "JSON string",
        e164: "E.164 number",
        currency_code: "currency code",
        credit_card: "credit card number",
        iban: "IBAN",
        jwt: "JWT",
        template_literal: "input",
    };
    // type names: missing keys = do not translate (use raw value via ?? fallback)
    const TypeDictionary = {
        // Compatibility: "nan" -> "NaN" for display
        nan: "NaN",
        // All other type names omitted - they fall back to raw values via ?? operator
    };
    function getTypeName(type, input) {
        if (type === "number" && typeof input === "number" && !Number.isFinite(input)) {
            return String(input);
        }
        return TypeDictionary[type] ?? type;
    }
    return (issue) => {
        switch (issue.code) {
            case "invalid_type": {
                const expected = getTypeName(issue.expected);
                const receivedType = parsedType(issue.input);
                const received = getTypeName(receivedType, issue.input);
                return `Invalid input: expected ${expected}, received ${received}`;
            }
            case "invalid_value":
                if (issue.values.length === 1)
                    return `Invalid input: expected ${stringifyPrimitive(issue.values[0])}`;
                return `Invalid option: expected one of ${joinValues(issue.values, "|")}`;
            case "too_big": {
                const adj = issue.exact ? "exactly " : issue.inclusive ? "<=" : "<";
                const sizing = getSizing(issue.origin);
                if (sizing)
                    return `Too big: expected ${issue.origin ?? "value"} to have ${adj}${issue.maximum.toString()} ${sizing.unit ?? "elements"}`;
                return `Too big: expected ${issue.origin ?? "value"} to be ${adj}${issue.maximum.toString()}`;
            }
            case "too_small": {
                const adj = issue.exact ? "exactly " : issue.inclusive ? ">=" : ">";
                const sizing = getSizing(issue.origin);
                if (sizing) {
                    return `Too small: expected ${issue.origin} to have ${adj}${issue.minimum.toString()} ${sizing.unit}`;
                }
                return `Too small: expected ${issue.origin} to be ${adj}${issue.minimum.toString()}`;
            }
            case "invalid_format": {
                const _issue = issue;
                if (_issue.format === "starts_with") {
                    return `Invalid string: must start with "${_issue.prefix}"`;
                }
                if (_issue.format === "ends_with")
                    return `Invalid string: must end with "${_issue.suffix}"`;
                if (_issue.format === "includes")
                    return `Invalid string: must include "${_issue.includes}"`;
                if (_issue.format === "regex")
                    return `Invalid string: must match pattern ${_issue.pattern}`;
                return `Invalid ${FormatDictionary[_issue.format] ?? issue.format}`;
            }
            case "not_multiple_of":
                return `Invalid number: must be a multiple of ${issue.divisor}`;
            case "unrecognized_keys":
                return `Unrecognized key${issue.keys.length > 1 ? "s" : ""}: ${joinValues(issue.keys, ", ")}`;
            case "invalid_key":
                return `Invalid key in ${issue.origin}`;
            case "invalid_union":
                if (issue.options && Array.isArray(issue.options) && issue.options.length > 0) {
                    const opts = issue.options.map((o) => `'${o}'`).join(" | ");
                    return `Invalid discriminator value. Expected ${opts}`;
                }
                if (issue.inclusive === false) {
                    return "Invalid input: more than one option matched";
                }
                return "Invalid input";
            case "invalid_element":
                return `Invalid value in ${issue.origin}`;
            default:
                return `Invalid input`;
        }
    };
};
function en () {
    return {
        localeError: error(),
    };
}

var _a;
class $ZodRegistry {
    constructor() {
        this._map = new WeakMap();
        this._idmap = new Map();
    }
    add(schema, ..._meta) {
        const meta = _meta[0];
        this._map.set(schema, meta);
        if (meta && typeof meta === "object" && "id" in meta) {
            this._idmap.set(meta.id, schema);
        }
        return this;
    }
    clear() {
        this._map = new WeakMap();
        this._idmap = new Map();
        return this;
    }
    remove(schema) {
        const meta = this._map.get(schema);
        if (meta && typeof meta === "object" && "id" in meta) {
            this._idmap.delete(meta.id);
        }
        this._map.delete(schema);
        return this;
    }
    get(schema) {
        // return this._map.get(schema) as any;
        // inherit metadata
        const p = schema._zod.parent;
        if (p) {
            const pm = { ...(this.get(p) ?? {}) };
            delete pm.id; // do not inherit id
            const f = { ...pm, ...this._map.get(schema) };
            return Object.keys(f).length ? f : undefined;
        }
        return this._map.get(schema);
    }
    has(schema) {
        return this._map.has(schema);
    }
}
// registries
function registry() {
    return new $ZodRegistry();
}
(_a = globalThis).__zod_globalRegistry ?? (_a.__zod_globalRegistry = registry());
const globalRegistry = globalThis.__zod_globalRegistry;

function snapshotChecks(def) {
    if (def.checks)
        def.checks = [...def.checks];
    return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class, params) {
    return new Class(snapshotChecks({ type: "string", ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _email(Class, params) {
    return new Class({
        type: "string",
        format: "email",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _guid(Class, params) {
    return new Class({
        type: "string",
        format: "guid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuid(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv4(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v4",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv6(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v6",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv7(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v7",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _url(Class, params) {
    return new Class({
        type: "string",
        format: "url",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _emoji(Class, params) {
    return new Class({
        type: "string",
        format: "emoji",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _nanoid(Class, params) {
    return new Class({
        type: "string",
        format: "nanoid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link _cuid2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
// @__NO_SIDE_EFFECTS__
function _cuid(Class, params) {
    return new Class({
        type: "string",
        format: "cuid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cuid2(Class, params) {
    return new Class({
        type: "string",
        format: "cuid2",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ulid(Class, params) {
    return new Class({
        type: "string",
        format: "ulid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _xid(Class, params) {
    return new Class({
        type: "string",
        format: "xid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ksuid(Class, params) {
    return new Class({
        type: "string",
        format: "ksuid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ipv4(Class, params) {
    return new Class({
        type: "string",
        format: "ipv4",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ipv6(Class, params) {
    return new Class({
        type: "string",
        format: "ipv6",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cidrv4(Class, params) {
    return new Class({
        type: "string",
        format: "cidrv4",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cidrv6(Class, params) {
    return new Class({
        type: "string",
        format: "cidrv6",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _base64(Class, params) {
    return new Class({
        type: "string",
        format: "base64",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _base64url(Class, params) {
    return new Class({
        type: "string",
        format: "base64url",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _e164(Class, params) {
    return new Class({
        type: "string",
        format: "e164",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _jwt(Class, params) {
    return new Class({
        type: "string",
        format: "jwt",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoDateTime(Class, params) {
    return new Class({
        type: "string",
        format: "datetime",
        check: "string_format",
        offset: false,
        local: false,
        precision: null,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoDate(Class, params) {
    return new Class({
        type: "string",
        format: "date",
        check: "string_format",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoTime(Class, params) {
    return new Class({
        type: "string",
        format: "time",
        check: "string_format",
        precision: null,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoDuration(Class, params) {
    return new Class({
        type: "string",
        format: "duration",
        check: "string_format",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _number(Class, params) {
    return new Class(snapshotChecks({ type: "number", checks: [], ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _int(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "safeint",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class, params) {
    return new Class({
        type: "boolean",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _unknown(Class) {
    return new Class({
        type: "unknown",
    });
}
// @__NO_SIDE_EFFECTS__
function _never(Class, params) {
    return new Class({
        type: "never",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _lt(value, params) {
    return new $ZodCheckLessThan({
        check: "less_than",
        ...normalizeParams(params),
        value,
        inclusive: false,
    });
}
// @__NO_SIDE_EFFECTS__
function _lte(value, params) {
    return new $ZodCheckLessThan({
        check: "less_than",
        ...normalizeParams(params),
        value,
        inclusive: true,
    });
}
// @__NO_SIDE_EFFECTS__
function _gt(value, params) {
    return new $ZodCheckGreaterThan({
        check: "greater_than",
        ...normalizeParams(params),
        value,
        inclusive: false,
    });
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params) {
    return new $ZodCheckGreaterThan({
        check: "greater_than",
        ...normalizeParams(params),
        value,
        inclusive: true,
    });
}
// @__NO_SIDE_EFFECTS__
function _multipleOf(value, params) {
    return new $ZodCheckMultipleOf({
        check: "multiple_of",
        ...normalizeParams(params),
        value,
    });
}
// @__NO_SIDE_EFFECTS__
function _maxLength(maximum, params) {
    const ch = new $ZodCheckMaxLength({
        check: "max_length",
        ...normalizeParams(params),
        maximum,
    });
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
    return new $ZodCheckMinLength({
        check: "min_length",
        ...normalizeParams(params),
        minimum,
    });
}
// @__NO_SIDE_EFFECTS__
function _length(length, params) {
    return new $ZodCheckLengthEquals({
        check: "length_equals",
        ...normalizeParams(params),
        length,
    });
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
    return new $ZodCheckRegex({
        check: "string_format",
        format: "regex",
        ...normalizeParams(params),
        pattern,
    });
}
// @__NO_SIDE_EFFECTS__
function _lowercase(params) {
    return new $ZodCheckLowerCase({
        check: "string_format",
        format: "lowercase",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uppercase(params) {
    return new $ZodCheckUpperCase({
        check: "string_format",
        format: "uppercase",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _includes(includes, params) {
    return new $ZodCheckIncludes({
        check: "string_format",
        format: "includes",
        ...normalizeParams(params),
        includes,
    });
}
// @__NO_SIDE_EFFECTS__
function _startsWith(prefix, params) {
    return new $ZodCheckStartsWith({
        check: "string_format",
        format: "starts_with",
        ...normalizeParams(params),
        prefix,
    });
}
// @__NO_SIDE_EFFECTS__
function _endsWith(suffix, params) {
    return new $ZodCheckEndsWith({
        check: "string_format",
        format: "ends_with",
        ...normalizeParams(params),
        suffix,
    });
}
// @__NO_SIDE_EFFECTS__
function _overwrite(tx) {
    return new $ZodCheckOverwrite({
        check: "overwrite",
        tx,
    });
}
// normalize
// @__NO_SIDE_EFFECTS__
function _normalize(form) {
    return _overwrite((input) => input.normalize(form));
}
// trim
// @__NO_SIDE_EFFECTS__
function _trim() {
    return _overwrite((input) => input.trim());
}
// toLowerCase
// @__NO_SIDE_EFFECTS__
function _toLowerCase() {
    return _overwrite((input) => input.toLowerCase());
}
// toUpperCase
// @__NO_SIDE_EFFECTS__
function _toUpperCase() {
    return _overwrite((input) => input.toUpperCase());
}
// slugify
// @__NO_SIDE_EFFECTS__
function _slugify() {
    return _overwrite((input) => slugify(input));
}
// @__NO_SIDE_EFFECTS__
function _array(Class, element, params) {
    return new Class({
        type: "array",
        element,
        // get element() {
        //   return element;
        // },
        ...normalizeParams(params),
    });
}
// same as _custom but defaults to abort:false
// @__NO_SIDE_EFFECTS__
function _refine(Class, fn, _params) {
    const schema = new Class({
        type: "custom",
        check: "custom",
        fn: fn,
        ...normalizeParams(_params),
    });
    return schema;
}
// @__NO_SIDE_EFFECTS__
function _superRefine(fn, params) {
    const ch = _check((payload) => {
        payload.addIssue = (issue$1) => {
            if (typeof issue$1 === "string") {
                payload.issues.push(issue(issue$1, payload.value, ch._zod.def));
            }
            else {
                // for Zod 3 backwards compatibility
                const _issue = issue$1;
                if (_issue.fatal)
                    _issue.continue = false;
                _issue.code ?? (_issue.code = "custom");
                if (!("input" in _issue))
                    _issue.input = payload.value;
                _issue.inst ?? (_issue.inst = ch);
                _issue.continue ?? (_issue.continue = !ch._zod.def.abort); // abort is always undefined, so this is always true...
                payload.issues.push(issue(_issue));
            }
        };
        return fn(payload.value, payload);
    }, params);
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _check(fn, params) {
    const ch = new $ZodCheck({
        check: "custom",
        ...normalizeParams(params),
    });
    ch._zod.check = fn;
    return ch;
}

function assignProps(target, ...sources) {
    for (const source of sources) {
        for (const key of Reflect.ownKeys(source)) {
            if (Object.prototype.propertyIsEnumerable.call(source, key)) {
                assignProp(target, key, source[key]);
            }
        }
    }
    return target;
}
// function initializeContext<T extends schemas.$ZodType>(inputs: JSONSchemaGeneratorParams<T>): ToJSONSchemaContext<T> {
//   return {
//     processor: inputs.processor,
//     metadataRegistry: inputs.metadata ?? globalRegistry,
//     target: inputs.target ?? "draft-2020-12",
//     unrepresentable: inputs.unrepresentable ?? "throw",
//   };
// }
function initializeContext(params) {
    // Normalize target: convert old non-hyphenated versions to hyphenated versions
    let target = params?.target ?? "draft-2020-12";
    if (target === "draft-4")
        target = "draft-04";
    if (target === "draft-7")
        target = "draft-07";
    return {
        processors: params.processors ?? {},
        metadataRegistry: params?.metadata ?? globalRegistry,
        target,
        unrepresentable: params?.unrepresentable ?? "throw",
        override: params?.override ?? (() => { }),
        io: params?.io ?? "output",
        counter: 0,
        seen: new Map(),
        sharedDefsExtractedFor: undefined,
        sharedEmitDoneFor: undefined,
        cycles: params?.cycles ?? "ref",
        reused: params?.reused ?? "inline",
        intersections: [],
        deferred: [],
        external: params?.external ?? undefined,
    };
}
/**
 * Applies the `unrepresentable` setting at a site that has no JSON Schema equivalent. Throws
 * `message` unless the setting (or the handler's return value) says otherwise. Returns `true` if a
 * custom JSON Schema was written into `json`, in which case the caller must not write its own.
 */
function handleUnrepresentable(schema, ctx, json, params, message) {
    const result = typeof ctx.unrepresentable === "function"
        ? ctx.unrepresentable({ zodSchema: schema, path: params.path, message })
        : ctx.unrepresentable;
    if (result === "any")
        return false;
    if (result === undefined || result === "throw")
        throw new Error(message);
    Object.assign(json, result);
    return true;
}
// never rename this back to `process`: bundler polyfills inject a top-level `const process` that a lexical declaration of the same name collides with (#6397)
function processSchema(schema, ctx, _params = { path: [], schemaPath: [] }) {
    var _a;
    const def = schema._zod.def;
    // check for schema in seens
    const seen = ctx.seen.get(schema);
    if (seen) {
        seen.count++;
        // check if cycle
        const isCycle = _params.schemaPath.includes(schema);
        if (isCycle) {
            seen.cycle = _params.path;
        }
        return seen.schema;
    }
    // initialize
    const result = { schema: {}, count: 1, cycle: undefined, path: _params.path };
    ctx.seen.set(schema, result);
    ctx.sharedDefsExtractedFor = undefined;
    ctx.sharedEmitDoneFor = undefined;
    // custom method overrides default behavior
    const overrideSchema = schema._zod.toJSONSchema?.();
    if (overrideSchema) {
        result.schema = overrideSchema;
    }
    else {
        const params = {
            ..._params,
            schemaPath: [..._params.schemaPath, schema],
            path: _params.path,
        };
        if (schema._zod.processJSONSchema) {
            schema._zod.processJSONSchema(ctx, result.schema, params);
        }
        else {
            const _json = result.schema;
            const processor = ctx.processors[def.type];
            if (!processor) {
                throw new Error(`[toJSONSchema]: Non-representable type encountered: ${def.type}`);
            }
            processor(schema, ctx, _json, params);
        }
        const parent = schema._zod.parent;
        if (parent) {
            // Also set ref if processor didn't (for inheritance)
            if (!result.ref)
                result.ref = parent;
            processSchema(parent, ctx, params);
            ctx.seen.get(parent).isParent = true;
        }
    }
    // metadata
    const meta = ctx.metadataRegistry.get(schema);
    if (meta)
        assignProps(result.schema, meta);
    if (ctx.io === "input" && isTransforming(schema)) {
        // examples/defaults only apply to output type of pipe
        delete result.schema.examples;
        delete result.schema.default;
    }
    // set prefault as default
    if (ctx.io === "input" && "_prefault" in result.schema)
        (_a = result.schema).default ?? (_a.default = result.schema._prefault);
    delete result.schema._prefault;
    // pulling fresh from ctx.seen in case it was overwritten
    const _result = ctx.seen.get(schema);
    return _result.schema;
}
// Escape a reference token for use in a JSON Pointer fragment (RFC 6901): `~` becomes `~0` and `/` becomes `~1`. The `~` replacement must run first.
function encodeJSONPointerSegment(segment) {
    return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function extractDefs(ctx, schema
// params: EmitParams
) {
    // iterate over seen map;
    const root = ctx.seen.get(schema);
    if (!root)
        throw new Error("Unprocessed schema. This is a bug in Zod.");
    // With `external` set, every registered schema resolves through the external branch of `makeURI`, so the root branch below produces the same ref the external branch would — this pass is identical whichever schema it is called with, and only needs to run once.
    if (ctx.external && ctx.sharedDefsExtractedFor === ctx.external)
        return;
    // Track ids to detect duplicates across different schemas
    const idToSchema = new Map();
    for (const entry of ctx.seen.entries()) {
        const id = ctx.metadataRegistry.get(entry[0])?.id;
        if (id) {
            const existing = idToSchema.get(id);
            if (existing && existing !== entry[0]) {
                throw new Error(`Duplicate schema id "${id}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);
            }
            idToSchema.set(id, entry[0]);
        }
    }
    // returns a ref to the schema defId will be empty if the ref points to an external schema (or #)
    const makeURI = (entry) => {
        // comparing the seen objects because sometimes multiple schemas map to the same seen object. e.g. lazy
        // external is configured
        const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
        if (ctx.external) {
            const externalId = ctx.external.registry.get(entry[0])?.id; // ?? "__shared";// `__schema${ctx.counter++}`;
            // check if schema is in the external registry
            const uriGenerator = ctx.external.uri ?? ((id) => id);
            if (externalId) {
                return { ref: uriGenerator(externalId) };
            }
            // otherwise, add to __shared
            const id = entry[1].defId ?? entry[1].schema.id ?? `schema${ctx.counter++}`;
            entry[1].defId = id; // set defId so it will be reused if needed
            return { defId: id, ref: `${uriGenerator("__shared")}#/${defsSegment}/${encodeJSONPointerSegment(id)}` };
        }
        const uriPrefix = `#`;
        const defUriPrefix = `${uriPrefix}/${defsSegment}/`;
        // an id-less root has nowhere to be extracted to, so it stays inline and self-references as `#`
        if (entry[1] === root && !entry[1].schema.id) {
            return { ref: uriPrefix };
        }
        // self-contained schema
        const defId = entry[1].schema.id ?? `__schema${ctx.counter++}`;
        return { defId, ref: defUriPrefix + encodeJSONPointerSegment(defId) };
    };
    // stored cached version in `def` property remove all properties, set $ref
    const extractToDef = (entry) => {
        // if the schema is already a reference, do not extract it
        if (entry[1].schema.$ref) {
            return;
        }
        const seen = entry[1];
        const { ref, defId } = makeURI(entry);
        seen.def = { ...seen.schema };
        // defId won't be set if the schema is a reference to an external schema or if the schema is the root schema
        if (defId)
            seen.defId = defId;
        // wipe away all properties except $ref
        const schema = seen.schema;
        for (const key in schema) {
            delete schema[key];
        }
        schema.$ref = ref;
    };
    // throw on cycles
    // break cycles
    if (ctx.cycles === "throw") {
        for (const entry of ctx.seen.entries()) {
            const seen = entry[1];
            if (seen.cycle) {
                throw new Error("Cycle detected: " +
                    `#/${seen.cycle?.join("/")}/<root>` +
                    '\n\nSet the `cycles` parameter to `"ref"` to resolve cyclical schemas with defs.');
            }
        }
    }
    // extract schemas into $defs
    for (const entry of ctx.seen.entries()) {
        const seen = entry[1];
        // convert root schema to # $ref
        if (schema === entry[0]) {
            extractToDef(entry); // this has special handling for the root schema
            continue;
        }
        // extract schemas that are in the external registry
        if (ctx.external) {
            const ext = ctx.external.registry.get(entry[0])?.id;
            if (schema !== entry[0] && ext) {
                extractToDef(entry);
                continue;
            }
        }
        // extract schemas with `id` meta
        const id = ctx.metadataRegistry.get(entry[0])?.id;
        if (id) {
            extractToDef(entry);
            continue;
        }
        // break cycles
        if (seen.cycle) {
            // any
            extractToDef(entry);
            continue;
        }
        // extract reused schemas
        if (seen.count > 1) {
            if (ctx.reused === "ref") {
                extractToDef(entry);
            }
        }
    }
    if (ctx.external)
        ctx.sharedDefsExtractedFor = ctx.external;
}
/** Rewrites `anyOf: [{type: "a"}, {type: "b"}]` to `type: ["a", "b"]`, which every JSON Schema draft treats as equivalent and most consumers render far better for the nullable case. Only branches that are a bare type assertion qualify — anything carrying a constraint, `$ref`, `const` or metadata is left alone. Runs after `flattenRef`, so a branch an override decorated or `$defs` extraction turned into a `$ref` is no longer bare and correctly stays in `anyOf`. `oneOf` is excluded: `integer` and `number` overlap, so "exactly one" and "at least one" are not the same there. OpenAPI 3.0 is excluded: its `type` must be a single string. */
function compactTypeUnion(schema) {
    const options = schema.anyOf;
    if (!Array.isArray(options) || options.length === 0 || schema.type !== undefined)
        return;
    const types = [];
    for (const option of options) {
        if (!option || typeof option !== "object")
            return;
        // A branch that is itself a compactible union folds into this one — nested `anyOf` and a flat `type` array say the same thing. Compacting it first also makes the result independent of the order this pass walks the seen map in.
        compactTypeUnion(option);
        const keys = Object.keys(option);
        if (keys.length !== 1 || keys[0] !== "type")
            return;
        const type = option.type;
        for (const member of Array.isArray(type) ? type : [type]) {
            if (typeof member !== "string")
                return;
            if (!types.includes(member))
                types.push(member);
        }
    }
    delete schema.anyOf;
    // A `type` array must be non-empty and unique (metaschema); a single member is spelled as a bare string.
    schema.type = types.length === 1 ? types[0] : types;
}
/** Keywords `foldIntersection` knows how to combine. Anything else — `$ref`, `patternProperties`,
 * an annotation like `description` — makes a member unfoldable, so a constraint this does not
 * understand leaves the `allOf` alone instead of being silently dropped or misattributed. */
const FOLDABLE_KEYS = new Set(["type", "properties", "required", "additionalProperties"]);
const UNION_KEYS = ["oneOf", "anyOf"];
/** A member's constraint on a key it does not declare itself. A `catchall` states one; `false`, an absent `additionalProperties`, and the empty schema a loose object emits state nothing. */
function undeclaredConstraint(member) {
    const extra = member.additionalProperties;
    if (extra === undefined || extra === false || typeof extra !== "object" || extra === null)
        return null;
    return Object.keys(extra).length ? extra : null;
}
/** Combines object members into the single object they describe together, or returns `null` if any of them carries a keyword outside {@link FOLDABLE_KEYS}. */
function foldObjects(members) {
    const objects = [];
    for (const member of members) {
        // A boolean subschema is legal JSON Schema and carries no keywords to fold.
        if (typeof member !== "object" || member.type !== "object")
            return null;
        for (const key in member) {
            if (!FOLDABLE_KEYS.has(key))
                return null;
        }
        objects.push(member);
    }
    const properties = {};
    const required = new Set();
    for (const object of objects) {
        for (const key in object.properties) {
            // `in` would report a `__proto__` key as already present via the prototype chain and skip it.
            if (Object.prototype.hasOwnProperty.call(properties, key))
                continue;
            // Every member constrains this key: the ones that declare it say how, and a `catchall` member constrains it too even though it does not name it. The key has to satisfy all of them, which is the same intersection one level down.
            const parts = [];
            for (const other of objects) {
                const part = other.properties?.[key] ?? undeclaredConstraint(other);
                if (part === null || part === undefined)
                    continue;
                if (!parts.some((seen) => JSON.stringify(seen) === JSON.stringify(part)))
                    parts.push(part);
            }
            const merged = parts.length === 1
                ? parts[0]
                : (foldObjects(parts) ?? { allOf: parts });
            assignProp(properties, key, merged);
        }
        for (const key of object.required ?? [])
            required.add(key);
    }
    const folded = { type: "object", properties };
    if (required.size)
        folded.required = [...required];
    // A key no member declares is rejected only when every member rejects it, so the fold is closed only when every member is. Otherwise it carries whatever the `catchall` members demand of such a key.
    if (objects.every((object) => object.additionalProperties === false)) {
        folded.additionalProperties = false;
    }
    else {
        const constraints = [];
        for (const object of objects) {
            const constraint = undeclaredConstraint(object);
            if (constraint && !constraints.some((seen) => JSON.stringify(seen) === JSON.stringify(constraint)))
                constraints.push(constraint);
        }
        if (constraints.length === 1)
            folded.additionalProperties = constraints[0];
        else if (constraints.length > 1)
            folded.additionalProperties = { allOf: constraints };
    }
    return folded;
}
/** `additionalProperties` in an `allOf` member sees only that member's own `properties`, so two
 * closed object members reject each other's keys and the schema validates nothing. Zod's parser
 * pools the key sets instead — `handleIntersectionResults` reports a key as unrecognized only when
 * *every* side rejects it — so the emitted schema has to pool them too, and folding the members
 * into one object is the encoding that says so on every target.
 *
 * This runs from `finalize`, after `extractDefs`, which is what keeps it clear of the `$ref`
 * machinery: a member extracted into `$defs` is already a `$ref` by now and declines to fold, so it
 * keeps its reference and its own closedness rather than being inlined as a stale copy. */
function foldIntersection(json) {
    const allOf = json.allOf;
    if (!Array.isArray(allOf) || allOf.length < 2)
        return;
    // An `override` runs before this pass and may have written object keywords onto the intersection itself. Those are deliberate, so decline rather than overwrite them.
    for (const key of FOLDABLE_KEYS)
        if (key in json)
            return;
    // An intersection distributes over a union: `A & (X | Y)` is `(A & X) | (A & Y)`. Only the first union is distributed over; a second one stays among the members every branch folds against, where it fails the object check and declines the whole intersection rather than multiplying out.
    const unions = allOf.filter((m) => UNION_KEYS.some((k) => Array.isArray(m[k])));
    let folded = null;
    if (!unions.length) {
        folded = foldObjects(allOf);
    }
    else {
        const union = unions[0];
        const keyword = UNION_KEYS.find((k) => Array.isArray(union[k]));
        if (Object.keys(union).length !== 1)
            return;
        const rest = allOf.filter((m) => m !== union);
        const branches = union[keyword].map((branch) => foldObjects([...rest, branch]));
        if (branches.some((b) => !b))
            return;
        folded = { [keyword]: branches };
    }
    if (!folded)
        return;
    delete json.allOf;
    assignProps(json, folded);
}
function finalize(ctx, schema) {
    const root = ctx.seen.get(schema);
    if (!root)
        throw new Error("Unprocessed schema. This is a bug in Zod.");
    // flatten refs - inherit properties from parent schemas
    const flattenRef = (zodSchema) => {
        const seen = ctx.seen.get(zodSchema);
        // already processed
        if (seen.ref === null)
            return;
        const schema = seen.def ?? seen.schema;
        const _cached = { ...schema };
        const ref = seen.ref;
        seen.ref = null; // prevent infinite recursion
        if (ref) {
            flattenRef(ref);
            const refSeen = ctx.seen.get(ref);
            const refSchema = refSeen.schema;
            // merge referenced schema into current
            if (refSchema.$ref && (ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0")) {
                // older drafts can't combine $ref with other properties
                schema.allOf = schema.allOf ?? [];
                schema.allOf.push(refSchema);
            }
            else {
                assignProps(schema, refSchema);
            }
            // restore child's own properties (child wins)
            assignProps(schema, _cached);
            const isParentRef = zodSchema._zod.parent === ref;
            // For parent chain, child is a refinement - remove parent-only properties
            if (isParentRef) {
                for (const key in schema) {
                    if (key === "$ref" || key === "allOf")
                        continue;
                    if (!(key in _cached)) {
                        delete schema[key];
                    }
                }
            }
            // When ref was extracted to $defs, remove properties that match the definition
            if (refSchema.$ref && refSeen.def) {
                for (const key in schema) {
                    if (key === "$ref" || key === "allOf")
                        continue;
                    if (key in refSeen.def && JSON.stringify(schema[key]) === JSON.stringify(refSeen.def[key])) {
                        delete schema[key];
                    }
                }
            }
        }
        // If parent was extracted (has $ref), propagate $ref to this schema. This handles cases like: readonly().meta({id}).describe() where processor sets ref to innerType but parent should be referenced
        const parent = zodSchema._zod.parent;
        if (parent && parent !== ref) {
            // Ensure parent is processed first so its def has inherited properties
            flattenRef(parent);
            const parentSeen = ctx.seen.get(parent);
            if (parentSeen?.schema.$ref) {
                schema.$ref = parentSeen.schema.$ref;
                // De-duplicate with parent's definition
                if (parentSeen.def) {
                    for (const key in schema) {
                        if (key === "$ref" || key === "allOf")
                            continue;
                        if (key in parentSeen.def && JSON.stringify(schema[key]) === JSON.stringify(parentSeen.def[key])) {
                            delete schema[key];
                        }
                    }
                }
            }
        }
        // execute overrides
        ctx.override({
            zodSchema: zodSchema,
            jsonSchema: schema,
            path: seen.path ?? [],
        });
    };
    // Flattening walks the whole map and clears each `ref` as it goes, so a second call over the same map is a no-op scan. Skip it outright once it has run for a registry conversion.
    if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
        for (const entry of [...ctx.seen.entries()].reverse()) {
            flattenRef(entry[0]);
        }
        if (ctx.target !== "openapi-3.0") {
            for (const entry of ctx.seen.entries()) {
                compactTypeUnion(entry[1].def ?? entry[1].schema);
            }
        }
        for (const rewrite of ctx.deferred)
            rewrite();
        // After flattening, every member that was extracted is a `$ref`, so the fold sees the final shape. A schema that inherits an intersection — through `z.lazy`, or any `ref` chain — holds the same `allOf` array, so fold by array identity to catch every copy.
        if (ctx.intersections.length) {
            const carriers = new Map();
            for (const seen of ctx.seen.values()) {
                for (const json of [seen.schema, seen.def]) {
                    const allOf = json?.allOf;
                    if (!Array.isArray(allOf))
                        continue;
                    const existing = carriers.get(allOf);
                    if (existing)
                        existing.push(json);
                    else
                        carriers.set(allOf, [json]);
                }
            }
            for (const allOf of ctx.intersections) {
                for (const json of carriers.get(allOf) ?? [])
                    foldIntersection(json);
            }
        }
    }
    const result = {};
    if (ctx.target === "draft-2020-12") {
        result.$schema = "https://json-schema.org/draft/2020-12/schema";
    }
    else if (ctx.target === "draft-07") {
        result.$schema = "http://json-schema.org/draft-07/schema#";
    }
    else if (ctx.target === "draft-04") {
        result.$schema = "http://json-schema.org/draft-04/schema#";
    }
    else if (ctx.target === "openapi-3.0") ;
    else ;
    if (ctx.external?.uri) {
        const id = ctx.external.registry.get(schema)?.id;
        if (!id)
            throw new Error("Schema is missing an `id` property");
        result.$id = ctx.external.uri(id);
    }
    // when the root was extracted into $defs, `root.schema` is the `$ref` wrapper and `root.def` is the body that now lives under $defs
    assignProps(result, root.defId ? root.schema : (root.def ?? root.schema));
    // The `id` in `.meta()` is a Zod-specific registration tag used to extract schemas into $defs — it is not user-facing JSON Schema metadata. Strip it from the output body where it would otherwise leak. The id is preserved implicitly via the $defs key (and via $ref paths).
    const rootMetaId = ctx.metadataRegistry.get(schema)?.id;
    if (rootMetaId !== undefined && result.id === rootMetaId)
        delete result.id;
    // build defs object. With `external`, `defs` is the shared object every schema writes into, so the same entries are reassigned on every call. Without it, `defs` is fresh per call and must be rebuilt.
    const defs = ctx.external?.defs ?? {};
    if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
        for (const entry of ctx.seen.entries()) {
            const seen = entry[1];
            if (seen.def && seen.defId) {
                if (seen.def.id === seen.defId)
                    delete seen.def.id;
                assignProp(defs, seen.defId, seen.def);
            }
        }
    }
    if (ctx.external)
        ctx.sharedEmitDoneFor = ctx.external;
    // set definitions in result
    if (ctx.external) ;
    else {
        if (Object.keys(defs).length > 0) {
            if (ctx.target === "draft-2020-12") {
                result.$defs = defs;
            }
            else {
                result.definitions = defs;
            }
        }
    }
    try {
        // this "finalizes" this schema and ensures all cycles are removed each call to finalize() is functionally independent though the seen map is shared
        const finalized = JSON.parse(JSON.stringify(result));
        Object.defineProperty(finalized, "~standard", {
            value: {
                ...schema["~standard"],
                jsonSchema: {
                    input: createStandardJSONSchemaMethod(schema, "input", ctx.processors),
                    output: createStandardJSONSchemaMethod(schema, "output", ctx.processors),
                },
            },
            enumerable: false,
            writable: false,
        });
        return finalized;
    }
    catch (_err) {
        throw new Error("Error converting schema to JSON.");
    }
}
function isTransforming(_schema, _ctx) {
    const ctx = _ctx ?? { seen: new Set() };
    if (ctx.seen.has(_schema))
        return false;
    ctx.seen.add(_schema);
    const def = _schema._zod.def;
    if (def.type === "transform")
        return true;
    if (def.type === "array")
        return isTransforming(def.element, ctx);
    if (def.type === "set")
        return isTransforming(def.valueType, ctx);
    if (def.type === "lazy")
        return isTransforming(def.getter(), ctx);
    if (def.type === "promise" ||
        def.type === "optional" ||
        def.type === "nonoptional" ||
        def.type === "nullable" ||
        def.type === "readonly" ||
        def.type === "default" ||
        def.type === "prefault" ||
        def.type === "catch") {
        return isTransforming(def.innerType, ctx);
    }
    if (def.type === "intersection") {
        return isTransforming(def.left, ctx) || isTransforming(def.right, ctx);
    }
    if (def.type === "record" || def.type === "map") {
        return isTransforming(def.keyType, ctx) || isTransforming(def.valueType, ctx);
    }
    if (def.type === "pipe") {
        if (_schema._zod.traits.has("$ZodCodec"))
            return true;
        return isTransforming(def.in, ctx) || isTransforming(def.out, ctx);
    }
    if (def.type === "object") {
        for (const key in def.shape) {
            if (isTransforming(def.shape[key], ctx))
                return true;
        }
        return false;
    }
    if (def.type === "union") {
        for (const option of def.options) {
            if (isTransforming(option, ctx))
                return true;
        }
        return false;
    }
    if (def.type === "tuple") {
        for (const item of def.items) {
            if (isTransforming(item, ctx))
                return true;
        }
        if (def.rest && isTransforming(def.rest, ctx))
            return true;
        return false;
    }
    return false;
}
/**
 * Creates a toJSONSchema method for a schema instance.
 * This encapsulates the logic of initializing context, processing, extracting defs, and finalizing.
 */
const createToJSONSchemaMethod = (schema, processors = {}) => (params) => {
    const ctx = initializeContext({ ...params, processors });
    processSchema(schema, ctx);
    extractDefs(ctx, schema);
    return finalize(ctx, schema);
};
const createStandardJSONSchemaMethod = (schema, io, processors = {}) => (params) => {
    const { libraryOptions, target } = params ?? {};
    const ctx = initializeContext({ ...(libraryOptions ?? {}), target, io, processors });
    processSchema(schema, ctx);
    extractDefs(ctx, schema);
    return finalize(ctx, schema);
};

const narrowMin = (agg, key, value) => {
    if (agg[key] === undefined || value > agg[key])
        agg[key] = value;
};
const narrowMax = (agg, key, value) => {
    if (agg[key] === undefined || value < agg[key])
        agg[key] = value;
};
const narrowBoth = (agg, value) => {
    narrowMin(agg, "minimum", value);
    narrowMax(agg, "maximum", value);
};
const addDivisor = (agg, value) => {
    agg.multipleOf ?? (agg.multipleOf = []);
    if (!agg.multipleOf.includes(value))
        agg.multipleOf.push(value);
};
const addPattern = (agg, pattern) => {
    agg.patterns ?? (agg.patterns = new Set());
    agg.patterns.add(pattern);
};
const intersectMime = (agg, mime) => {
    agg.mime = agg.mime ? agg.mime.filter((m) => mime.includes(m)) : [...mime];
};
// last-wins, matching the bag's historical write order; the flag keeps an integer format from being lost to a later float one
const setFormat = (agg, format) => {
    agg.format = format;
    if (format.includes("int"))
        agg.isInt = true;
};
const minContributor = (agg, def) => narrowMin(agg, "minimum", def.minimum);
const maxContributor = (agg, def) => narrowMax(agg, "maximum", def.maximum);
const formatContributor = (ranges) => (agg, def) => {
    setFormat(agg, def.format);
    const [minimum, maximum] = ranges[def.format];
    narrowMin(agg, "minimum", minimum);
    narrowMax(agg, "maximum", maximum);
};
const contributors = {
    greater_than: (agg, def) => narrowMin(agg, def.inclusive ? "minimum" : "exclusiveMinimum", def.value),
    less_than: (agg, def) => narrowMax(agg, def.inclusive ? "maximum" : "exclusiveMaximum", def.value),
    multiple_of: (agg, def) => addDivisor(agg, def.value),
    number_format: formatContributor(NUMBER_FORMAT_RANGES),
    bigint_format: formatContributor(BIGINT_FORMAT_RANGES),
    min_length: minContributor,
    max_length: maxContributor,
    length_equals: (agg, def) => narrowBoth(agg, def.length),
    min_size: minContributor,
    max_size: maxContributor,
    size_equals: (agg, def) => narrowBoth(agg, def.size),
    string_format: (agg, def) => {
        setFormat(agg, def.format);
        if (def.pattern)
            addPattern(agg, def.pattern);
        if (def.format === "base64" || def.format === "base64url")
            agg.contentEncoding = def.format;
        if (def.local || def.precision === -1)
            agg.laxFormat = true;
    },
    mime_type: (agg, def) => intersectMime(agg, def.mime),
};
function aggregateChecks(schema) {
    const agg = {};
    const def = schema._zod.def;
    // a format schema is its own first check, same rule as $ZodType init
    const list = schema._zod.traits.has("$ZodCheck")
        ? [schema, ...(def.checks ?? [])]
        : (def.checks ?? []);
    for (const ch of list)
        contributors[ch._zod.def.check]?.(agg, ch._zod.def);
    // reconcile with the bag so third-party onattach contributions still land; first-party residue is never tighter than the fold, so merging it back is idempotent for one and additive for the other
    const bag = schema._zod.bag;
    if (bag.minimum !== undefined)
        narrowMin(agg, "minimum", bag.minimum);
    if (bag.exclusiveMinimum !== undefined)
        narrowMin(agg, "exclusiveMinimum", bag.exclusiveMinimum);
    if (bag.maximum !== undefined)
        narrowMax(agg, "maximum", bag.maximum);
    if (bag.exclusiveMaximum !== undefined)
        narrowMax(agg, "exclusiveMaximum", bag.exclusiveMaximum);
    if (bag.multipleOf !== undefined)
        addDivisor(agg, bag.multipleOf);
    if (bag.format !== undefined) {
        agg.format ?? (agg.format = bag.format);
        if (bag.format.includes("int"))
            agg.isInt = true;
    }
    if (bag.mime)
        intersectMime(agg, bag.mime);
    for (const pattern of bag.patterns ?? [])
        addPattern(agg, pattern);
    return agg;
}
const formatMap = {
    guid: "uuid",
    url: "uri",
    datetime: "date-time",
    json_string: "json-string",
    regex: "", // do not set
};
// ==================== SIMPLE TYPE PROCESSORS ====================
// the runtime patterns are lax so parse paths never overflow the regex stack; the emitted schema swaps in the exact block forms, which zod itself never executes
const exactPatterns = new Map([
    [base64Charset, base64],
    [base64urlCharset, base64url],
]);
const exactPattern = (p) => exactPatterns.get(p) ?? p;
const stringProcessor = (schema, ctx, _json, _params) => {
    const json = _json;
    json.type = "string";
    const { minimum, maximum, format, patterns, contentEncoding, laxFormat } = aggregateChecks(schema);
    if (typeof minimum === "number")
        json.minLength = minimum;
    if (typeof maximum === "number")
        json.maxLength = maximum;
    // custom pattern overrides format
    if (format) {
        json.format = formatMap[format] ?? format;
        if (json.format === "")
            delete json.format; // empty format is not valid
        // `z.iso.time()` is never full-time, and `laxFormat` carries the datetime shapes that also accept what their keyword forbids
        if (format === "time" || laxFormat) {
            delete json.format;
        }
    }
    if (contentEncoding)
        json.contentEncoding = contentEncoding;
    if (patterns && patterns.size > 0) {
        const patternList = [...patterns].map(exactPattern);
        if (patternList.length === 1)
            json.pattern = patternList[0].source;
        else if (patternList.length > 1) {
            json.allOf = [
                ...patternList.map((regex) => ({
                    ...(ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0"
                        ? { type: "string" }
                        : {}),
                    pattern: regex.source,
                })),
            ];
        }
    }
};
const numberProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const { minimum, maximum, multipleOf, exclusiveMaximum, exclusiveMinimum, isInt } = aggregateChecks(schema);
    json.type = isInt ? "integer" : "number";
    // when both minimum and exclusiveMinimum exist, pick the more restrictive one
    const exMin = typeof exclusiveMinimum === "number" && exclusiveMinimum >= (minimum ?? Number.NEGATIVE_INFINITY);
    const exMax = typeof exclusiveMaximum === "number" && exclusiveMaximum <= (maximum ?? Number.POSITIVE_INFINITY);
    const legacy = ctx.target === "draft-04" || ctx.target === "openapi-3.0";
    if (exMin) {
        if (legacy) {
            json.minimum = exclusiveMinimum;
            json.exclusiveMinimum = true;
        }
        else {
            json.exclusiveMinimum = exclusiveMinimum;
        }
    }
    else if (typeof minimum === "number") {
        json.minimum = minimum;
    }
    if (exMax) {
        if (legacy) {
            json.maximum = exclusiveMaximum;
            json.exclusiveMaximum = true;
        }
        else {
            json.exclusiveMaximum = exclusiveMaximum;
        }
    }
    else if (typeof maximum === "number") {
        json.maximum = maximum;
    }
    if (multipleOf) {
        // JSON Schema requires a divisor strictly greater than zero, and a non-finite one does not survive JSON at all. A negative divisor accepts exactly what its absolute value accepts, so it still maps; zero, NaN and Infinity have no keyword form.
        const divisors = new Set();
        for (const divisor of multipleOf) {
            if (Number.isFinite(divisor) && divisor !== 0)
                divisors.add(Math.abs(divisor));
            else
                handleUnrepresentable(schema, ctx, json, params, `A multipleOf divisor of ${divisor} cannot be represented in JSON Schema`);
        }
        // chained divisors are a conjunction the keyword cannot carry alone, so extras ride an allOf, same as stacked patterns
        const [first, ...rest] = divisors;
        if (first !== undefined)
            json.multipleOf = first;
        if (rest.length)
            json.allOf = [...(json.allOf ?? []), ...rest.map((m) => ({ multipleOf: m }))];
    }
};
const booleanProcessor = (_schema, _ctx, json, _params) => {
    json.type = "boolean";
};
const neverProcessor = (_schema, _ctx, json, _params) => {
    json.not = {};
};
const unknownProcessor = (_schema, _ctx, _json, _params) => {
    // empty schema accepts anything
};
const enumProcessor = (schema, _ctx, json, _params) => {
    const def = schema._zod.def;
    const values = getEnumValues(def.entries);
    // an empty enum accepts nothing, same as z.never()
    if (values.length === 0) {
        json.not = {};
        return;
    }
    // Number enums can have both string and number values
    if (values.every((v) => typeof v === "number"))
        json.type = "number";
    if (values.every((v) => typeof v === "string"))
        json.type = "string";
    json.enum = values;
};
const literalProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    // a literal with no values accepts nothing, same as z.never()
    if (def.values.length === 0) {
        json.not = {};
        return;
    }
    const vals = [];
    for (const val of def.values) {
        if (val === undefined) {
            // a custom schema replaces the whole literal, so there is nothing left to accumulate
            if (handleUnrepresentable(schema, ctx, json, params, "Literal `undefined` cannot be represented in JSON Schema"))
                return;
            // otherwise do not add to vals
        }
        else if (typeof val === "bigint") {
            if (handleUnrepresentable(schema, ctx, json, params, "BigInt literals cannot be represented in JSON Schema"))
                return;
            vals.push(Number(val));
        }
        else {
            vals.push(val);
        }
    }
    if (vals.length === 0) ;
    else if (vals.length === 1) {
        const val = vals[0];
        json.type = val === null ? "null" : typeof val;
        if (ctx.target === "draft-04" || ctx.target === "openapi-3.0") {
            json.enum = [val];
        }
        else {
            json.const = val;
        }
    }
    else {
        if (vals.every((v) => typeof v === "number"))
            json.type = "number";
        if (vals.every((v) => typeof v === "string"))
            json.type = "string";
        if (vals.every((v) => typeof v === "boolean"))
            json.type = "boolean";
        if (vals.every((v) => v === null))
            json.type = "null";
        json.enum = vals;
    }
};
const customProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Custom types cannot be represented in JSON Schema");
};
const transformProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Transforms cannot be represented in JSON Schema");
};
// ==================== COMPOSITE TYPE PROCESSORS ====================
const arrayProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    const { minimum, maximum } = aggregateChecks(schema);
    if (typeof minimum === "number")
        json.minItems = minimum;
    if (typeof maximum === "number")
        json.maxItems = maximum;
    json.type = "array";
    json.items = processSchema(def.element, ctx, {
        ...params,
        path: [...params.path, "items"],
    });
};
// Transform and catch set `optin = "optional"` at runtime so the parser lets them observe an
// absent key, but their declared input type stays required. An input JSON Schema describes the
// declared type, so resolve past them to the schema that actually carries the optionality.
// Used by both `objectProcessor` (for `required`) and `tupleProcessor` (for `minItems`); see
// wiki/optionality.md, "The JSON Schema emitter reads the *static* value".
function inputOptin(schema) {
    const def = schema._zod.def;
    if (def.type === "pipe" && def.in._zod.traits.has("$ZodTransform")) {
        return inputOptin(def.out);
    }
    if (def.type === "catch") {
        return inputOptin(def.innerType);
    }
    return schema._zod.optin;
}
const objectProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    const shape = def.shape;
    // dropping it while still emitting `additionalProperties: false` would emit a schema that rejects data this one requires
    const symbolKeys = Object.getOwnPropertySymbols(shape);
    if (symbolKeys.length &&
        handleUnrepresentable(schema, ctx, json, params, "Symbol keys cannot be represented in JSON Schema")) {
        return;
    }
    json.type = "object";
    json.properties = {};
    for (const key in shape) {
        // assignProp so a __proto__ key becomes an own property instead of hitting the inherited setter on the plain {} we build into
        assignProp(json.properties, key, processSchema(shape[key], ctx, {
            ...params,
            path: [...params.path, "properties", key],
        }));
    }
    // required keys
    const requiredKeys = [];
    for (const key of Object.keys(shape)) {
        const field = def.shape[key];
        if (ctx.io === "input" ? inputOptin(field) === undefined : field._zod.optout === undefined) {
            requiredKeys.push(key);
        }
    }
    if (requiredKeys.length > 0) {
        json.required = requiredKeys;
    }
    // catchall
    if (def.catchall?._zod.def.type === "never") {
        // strict
        json.additionalProperties = false;
    }
    else if (!def.catchall) {
        // regular
        if (ctx.io === "output")
            json.additionalProperties = false;
    }
    else if (def.catchall) {
        json.additionalProperties = processSchema(def.catchall, ctx, {
            ...params,
            path: [...params.path, "additionalProperties"],
        });
    }
};
const unionProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    // Exclusive unions (inclusive === false) use oneOf (exactly one match) instead of anyOf (one or more matches). This includes both z.xor() and discriminated unions
    const isExclusive = def.inclusive === false;
    const options = def.options.map((x, i) => processSchema(x, ctx, {
        ...params,
        path: [...params.path, isExclusive ? "oneOf" : "anyOf", i],
    }));
    if (isExclusive) {
        json.oneOf = options;
    }
    else {
        json.anyOf = options;
    }
};
const intersectionProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    const a = processSchema(def.left, ctx, {
        ...params,
        path: [...params.path, "allOf", 0],
    });
    const b = processSchema(def.right, ctx, {
        ...params,
        path: [...params.path, "allOf", 1],
    });
    const isSimpleIntersection = (val) => "allOf" in val && Object.keys(val).length === 1;
    const allOf = [
        ...(isSimpleIntersection(a) ? a.allOf : [a]),
        ...(isSimpleIntersection(b) ? b.allOf : [b]),
    ];
    json.allOf = allOf;
    // Recorded innermost first, so a nested intersection has already folded by the time this one is considered. The array is the handle rather than the schema, because a wrapper that inherits this schema shares the same array; `finalize` folds every object holding it. See `foldIntersection`.
    ctx.intersections.push(allOf);
};
/** JSON object keys are always strings, so a numeric record key schema is re-expressed over the
 * numeric-string form the record parser matches. Deferred to `finalize`, after the flatten: a key
 * behind a wrapper only carries its own `type` before then, and a union key only has its branches.
 *
 * A numeric bound cannot apply to a property name, so `minimum` and its siblings are dropped rather
 * than carried over: keeping them beside `type: "string"` reproduces the match-nothing schema this
 * exists to fix. A key that carries one therefore emits wider than the record parses — `z.record(z.number().min(5), V)`
 * accepts `"3"` — which is the deliberate trade, since throwing on it would reject an ordinary schema
 * outright. */
function stringifyKeyNames(bySchema, json, visited) {
    // an extracted key that rewrites cannot go on sharing its definition — the string form a key position needs is not the number form every other reference wants — so it inlines. One that does not rewrite keeps the `$ref`.
    if (json.$ref) {
        // a recursive key holds its own reference inside its definition, so a node already on the path is left alone rather than resolved again
        if (visited.has(json))
            return json;
        visited.add(json);
        const def = bySchema.get(json)?.def;
        if (!def)
            return json;
        const inlined = stringifyKeyNames(bySchema, def, visited);
        return inlined === def ? json : inlined;
    }
    for (const keyword of ["anyOf", "oneOf"]) {
        const branches = json[keyword];
        if (!Array.isArray(branches))
            continue;
        const mapped = branches.map((branch) => stringifyKeyNames(bySchema, branch, visited));
        // rebuilding regardless would detach a key that had nothing to re-express, dropping its `$ref` and leaking the internal `id`
        if (mapped.some((branch, i) => branch !== branches[i]))
            json = { ...json, [keyword]: mapped };
    }
    // a member that already admits a string leaves the key unconstrained, so the node's own type re-expresses only when every member is numeric
    const types = Array.isArray(json.type) ? json.type : [json.type];
    const numericType = !types.includes("string") && types.some((t) => t === "number" || t === "integer");
    // a heterogeneous key carries no type at all, so its numeric members are caught here instead
    const values = json.enum ?? (json.const !== undefined ? [json.const] : undefined);
    if (!numericType && !values?.some((v) => typeof v === "number"))
        return json;
    const { minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf, format, id, ...rest } = json;
    if (rest.enum)
        rest.enum = rest.enum.map((v) => (typeof v === "number" ? String(v) : v));
    else if (typeof rest.const === "number")
        rest.const = String(rest.const);
    // a heterogeneous key keeps its absent type: the stringified members already say what a key may be
    if (!numericType)
        return rest;
    rest.type = "string";
    if (!values)
        rest.pattern = (types.includes("number") ? number$1 : integer).source;
    return rest;
}
/** Every record of one conversion, so the carriers are found in a single pass rather than once per record. */
const pendingRecords = new WeakMap();
function rewriteKeyNames(ctx) {
    // an extracted key is resolved by the object `extractToDef` left in its place, so the map is built once rather than searched per reference. `_zod.toJSONSchema` can hand the same object to two schemas, so the first entry carrying a body wins, as a search would have found it.
    const bySchema = new Map();
    for (const entry of ctx.seen.values()) {
        if (entry.def && !bySchema.has(entry.schema))
            bySchema.set(entry.schema, entry);
    }
    const rewrites = new Map();
    for (const record of pendingRecords.get(ctx) ?? []) {
        const seen = ctx.seen.get(record);
        const names = (seen?.def ?? seen?.schema)?.propertyNames;
        if (!names || names === true || rewrites.has(names))
            continue;
        const rewritten = stringifyKeyNames(bySchema, names, new Set());
        if (rewritten !== names)
            rewrites.set(names, rewritten);
    }
    if (!rewrites.size)
        return;
    // the flatten has already copied each record's own properties onto every wrapper by reference, and an extracted body is another such copy, so every carrier holding a rewritten key is updated together
    for (const entry of ctx.seen.values()) {
        for (const carrier of [entry.schema, entry.def]) {
            const rewritten = carrier && rewrites.get(carrier.propertyNames);
            if (rewritten)
                carrier.propertyNames = rewritten;
        }
    }
}
const recordProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    json.type = "object";
    // For looseRecord with regex patterns, use patternProperties. This correctly represents "only validate keys matching the pattern" semantics and composes well with allOf (intersections)
    const keyType = def.keyType;
    const patterns = aggregateChecks(keyType).patterns;
    if (def.mode === "loose" && patterns && patterns.size > 0) {
        // Use patternProperties for looseRecord with regex patterns
        const valueSchema = processSchema(def.valueType, ctx, {
            ...params,
            path: [...params.path, "patternProperties", "*"],
        });
        json.patternProperties = {};
        for (const pattern of patterns) {
            assignProp(json.patternProperties, exactPattern(pattern).source, valueSchema);
        }
    }
    else {
        // Default behavior: use propertyNames + additionalProperties
        if (ctx.target === "draft-07" || ctx.target === "draft-2020-12") {
            json.propertyNames = processSchema(def.keyType, ctx, {
                ...params,
                path: [...params.path, "propertyNames"],
            });
            let pending = pendingRecords.get(ctx);
            if (!pending) {
                pending = [];
                pendingRecords.set(ctx, pending);
                ctx.deferred.push(() => rewriteKeyNames(ctx));
            }
            pending.push(schema);
        }
        json.additionalProperties = processSchema(def.valueType, ctx, {
            ...params,
            path: [...params.path, "additionalProperties"],
        });
    }
    // Add required for keys with discrete values (enum, literal, etc.)
    const keyValues = keyType._zod.values;
    // Every key shares one value schema, so an optional-in value makes the whole key set omittable on input. Output keeps them: the exhaustive branch assigns every key, even one whose value came back undefined.
    const omittableOnInput = ctx.io === "input" && inputOptin(def.valueType) !== undefined;
    if (keyValues && !def.partial && !omittableOnInput) {
        const validKeyValues = [...keyValues].filter((v) => typeof v === "string" || typeof v === "number");
        if (validKeyValues.length > 0) {
            json.required = validKeyValues.map(String);
        }
    }
};
const nullableProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    const inner = processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    if (ctx.target === "openapi-3.0") {
        seen.ref = def.innerType;
        json.nullable = true;
    }
    else {
        json.anyOf = [inner, { type: "null" }];
    }
};
const nonoptionalProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
};
/** Round-trips a default value through JSON so the emitted schema is guaranteed to be valid JSON.
 * A BigInt has no reliable encoding, so it goes through `unrepresentable` like any other
 * unrepresentable value. Returns a sentinel when the caller must not write a default of its own. */
const UNREPRESENTABLE_DEFAULT = Symbol();
function serializeDefaultValue(value, schema, ctx, json, params) {
    let unrepresentable = false;
    const serialized = JSON.stringify(value, (_, val) => {
        if (typeof val !== "bigint")
            return val;
        unrepresentable = true;
        return null;
    });
    if (!unrepresentable)
        return JSON.parse(serialized);
    handleUnrepresentable(schema, ctx, json, params, "BigInt defaults cannot be represented in JSON Schema");
    return UNREPRESENTABLE_DEFAULT;
}
const defaultProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
    if (value !== UNREPRESENTABLE_DEFAULT)
        json.default = value;
};
const prefaultProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    if (ctx.io !== "input")
        return;
    const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
    if (value !== UNREPRESENTABLE_DEFAULT)
        json._prefault = value;
};
const catchProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    let catchValue;
    try {
        catchValue = def.catchValue(undefined);
    }
    catch {
        handleUnrepresentable(schema, ctx, json, params, "Dynamic catch values are not supported in JSON Schema");
        return;
    }
    json.default = catchValue;
};
const pipeProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    const inIsTransform = def.in._zod.traits.has("$ZodTransform");
    const innerType = ctx.io === "input" ? (inIsTransform ? def.out : def.in) : def.out;
    processSchema(innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = innerType;
};
const readonlyProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    json.readOnly = true;
};
const optionalProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
};

/* Prototypes that already carry the lazy helper methods. Seeded with the
 * intrinsics so that `init` on a foreign object — it accepts any object —
 * can never install an accessor onto a prototype we do not own. */
const _installedErrorProtos = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
/* Helper methods live as non-enumerable lazy getters on the shared
 * prototype instead of own properties on every instance. On first
 * access the getter allocates the per-instance closure and caches it
 * as a non-enumerable own property, so detached usage still works and
 * the allocation only happens for methods actually touched. */
function _lazyMethod(proto, key, make) {
    Object.defineProperty(proto, key, {
        configurable: true,
        enumerable: false,
        get() {
            const value = make(this);
            Object.defineProperty(this, key, { value, configurable: true, writable: true });
            return value;
        },
        set(value) {
            Object.defineProperty(this, key, { value, configurable: true, writable: true });
        },
    });
}
const initializer = (inst, issues) => {
    $ZodError.init(inst, issues);
    inst.name = "ZodError";
    const proto = Object.getPrototypeOf(inst);
    if (_installedErrorProtos.has(proto))
        return;
    _installedErrorProtos.add(proto);
    _lazyMethod(proto, "format", (self) => (mapper) => formatError(self, mapper));
    _lazyMethod(proto, "flatten", (self) => (mapper) => flattenError(self, mapper));
    _lazyMethod(proto, "addIssue", (self) => (issue) => {
        self.issues.push(issue);
        self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
    });
    _lazyMethod(proto, "addIssues", (self) => (issues) => {
        self.issues.push(...issues);
        self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
    });
    Object.defineProperty(proto, "isEmpty", {
        configurable: true,
        enumerable: false,
        get() {
            return this.issues.length === 0;
        },
    });
};
const ZodRealError = /*@__PURE__*/ $constructor("ZodError", initializer, undefined, {
    Parent: Error,
});
// /** @deprecated Use `z.core.$ZodErrorMapCtx` instead. */
// export type ErrorMapCtx = core.$ZodErrorMapCtx;

const parse = /* @__PURE__ */ _parse(ZodRealError);
const parseAsync = /* @__PURE__ */ _parseAsync(ZodRealError);
const safeParse = /* @__PURE__ */ _safeParse(ZodRealError);
const safeParseAsync = /* @__PURE__ */ _safeParseAsync(ZodRealError);
// Codec functions
const encode = /* @__PURE__ */ _encode(ZodRealError);
const decode = /* @__PURE__ */ _decode(ZodRealError);
const encodeAsync = /* @__PURE__ */ _encodeAsync(ZodRealError);
const decodeAsync = /* @__PURE__ */ _decodeAsync(ZodRealError);
const safeEncode = /* @__PURE__ */ _safeEncode(ZodRealError);
const safeDecode = /* @__PURE__ */ _safeDecode(ZodRealError);
const safeEncodeAsync = /* @__PURE__ */ _safeEncodeAsync(ZodRealError);
const safeDecodeAsync = /* @__PURE__ */ _safeDecodeAsync(ZodRealError);

// Register English as the default locale on first ZodType construction. Hooked into the `ZodType` `$constructor` (rather than a top-level `config(en())` in `external.ts`) so bundlers honoring `sideEffects: false` can't tree-shake it out — see #5953, #5725. An explicit `z.config(z.locales.xx())` call wins regardless of order, since this only sets the default when none is present.
function _ensureDefaultLocale() {
    if (!globalConfig.localeError)
        config(en());
}
// the default memoizer is read by the core container init, which runs before `ZodType.init`, so each container calls this first
function _ensureDefaultMemoizer() {
    if (!globalConfig.memoizer)
        config({ memoizer: memoizer() });
}
const ZodType = /*@__PURE__*/ $constructor("ZodType", (inst, def) => {
    _ensureDefaultLocale();
    $ZodType.init(inst, def);
    inst.def = def;
    inst.type = def.type;
    return inst;
}, {
    check(...chks) {
        const def = this.def;
        return this.clone(mergeDefs(def, {
            checks: [
                ...(def.checks ?? []),
                ...chks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch),
            ],
        }), { parent: true });
    },
    with(...chks) {
        return this.check(...chks);
    },
    clone(def, params) {
        return clone(this, def, params);
    },
    brand() {
        return this;
    },
    register(reg, meta) {
        reg.add(this, meta);
        return this;
    },
    refine(check, params) {
        return this.check(refine(check, params));
    },
    superRefine(refinement, params) {
        return this.check(superRefine(refinement, params));
    },
    overwrite(fn) {
        return this.check(_overwrite(fn));
    },
    optional() {
        return optional(this);
    },
    exactOptional() {
        return exactOptional(this);
    },
    nullable() {
        return nullable(this);
    },
    nullish() {
        return optional(nullable(this));
    },
    nonoptional(params) {
        return nonoptional(this, params);
    },
    array() {
        return array(this);
    },
    or(arg) {
        return union([this, arg]);
    },
    and(arg) {
        return intersection(this, arg);
    },
    transform(tx) {
        return pipe(this, transform(tx));
    },
    default(d) {
        return _default(this, d);
    },
    prefault(d) {
        return prefault(this, d);
    },
    catch(params) {
        return _catch(this, params);
    },
    pipe(target) {
        return pipe(this, target);
    },
    readonly() {
        return readonly(this);
    },
    describe(description) {
        const cl = this.clone();
        globalRegistry.add(cl, { description });
        return cl;
    },
    meta(...args) {
        // overloaded: meta() returns the registered metadata, meta(data) returns a clone with `data` registered. The mapped type picks up the second overload, so we accept variadic any-args and return `any` to satisfy both at runtime.
        if (args.length === 0)
            return globalRegistry.get(this);
        const cl = this.clone();
        globalRegistry.add(cl, args[0]);
        return cl;
    },
    isOptional() {
        return this.safeParse(undefined).success;
    },
    isNullable() {
        return this.safeParse(null).success;
    },
    apply(fn, ...args) {
        return args.length === 0 ? fn(this) : fn(this, ...args);
    },
    // Overrides core's `~standard` to add `jsonSchema`. Must stay a prototype entry: redefining it per instance demotes instances to dictionary mode.
    get "~standard"() {
        return hide(this, "~standard", {
            ...standardProps(this),
            jsonSchema: {
                input: createStandardJSONSchemaMethod(this, "input"),
                output: createStandardJSONSchemaMethod(this, "output"),
            },
        });
    },
    set "~standard"(value) {
        own(this, "~standard", value);
    },
    parse: function _parse(data, params) {
        return parse(this, data, params, { callee: _parse });
    },
    parseAsync: async function _parseAsync(data, params) {
        return await parseAsync(this, data, params, { callee: _parseAsync });
    },
    safeParse(data, params) {
        return safeParse(this, data, params);
    },
    async safeParseAsync(data, params) {
        return safeParseAsync(this, data, params);
    },
    // `spa` is an alias: same function object as `safeParseAsync`, as before.
    get spa() {
        return this?.safeParseAsync;
    },
    set spa(value) {
        own(this, "spa", value);
    },
    validate(data, params) {
        return validate(this, data, params);
    },
    validateAsync(data, params) {
        return validateAsync$1(this, data, params);
    },
    encode: function _encode(data, params) {
        return encode(this, data, params, { callee: _encode });
    },
    decode: function _decode(data, params) {
        return decode(this, data, params, { callee: _decode });
    },
    encodeAsync: async function _encodeAsync(data, params) {
        return await encodeAsync(this, data, params, { callee: _encodeAsync });
    },
    decodeAsync: async function _decodeAsync(data, params) {
        return await decodeAsync(this, data, params, { callee: _decodeAsync });
    },
    safeEncode(data, params) {
        return safeEncode(this, data, params);
    },
    safeDecode(data, params) {
        return safeDecode(this, data, params);
    },
    async safeEncodeAsync(data, params) {
        return safeEncodeAsync(this, data, params);
    },
    async safeDecodeAsync(data, params) {
        return safeDecodeAsync(this, data, params);
    },
    toJSONSchema(params) {
        return createToJSONSchemaMethod(this, {})(params);
    },
    // Reads through to the registry on every access, so it must not cache.
    get description() {
        return globalRegistry.get(this)?.description;
    },
    // No setter: `schema._def = x` throws, as it did when `_def` was a non-writable own property.
    get _def() {
        return this._zod.def;
    },
});
/** @internal */
const _ZodString = /*@__PURE__*/ $constructor("_ZodString", (inst, def) => {
    $ZodString.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => stringProcessor(inst, ctx, json);
}, 
/*@__PURE__*/ derived({
    format: (inst) => aggregateChecks(inst).format ?? null,
    minLength: (inst) => aggregateChecks(inst).minimum ?? null,
    maxLength: (inst) => aggregateChecks(inst).maximum ?? null,
}, {
    regex(...args) {
        return this.check(_regex(...args));
    },
    includes(...args) {
        return this.check(_includes(...args));
    },
    startsWith(...args) {
        return this.check(_startsWith(...args));
    },
    endsWith(...args) {
        return this.check(_endsWith(...args));
    },
    min(...args) {
        return this.check(_minLength(...args));
    },
    max(...args) {
        return this.check(_maxLength(...args));
    },
    length(...args) {
        return this.check(_length(...args));
    },
    nonempty(...args) {
        return this.check(_minLength(1, ...args));
    },
    lowercase(params) {
        return this.check(_lowercase(params));
    },
    uppercase(params) {
        return this.check(_uppercase(params));
    },
    trim() {
        return this.check(_trim());
    },
    normalize(...args) {
        return this.check(_normalize(...args));
    },
    toLowerCase() {
        return this.check(_toLowerCase());
    },
    toUpperCase() {
        return this.check(_toUpperCase());
    },
    slugify() {
        return this.check(_slugify());
    },
}));
const ZodString = /*@__PURE__*/ $constructor("ZodString", (inst, def) => {
    $ZodString.init(inst, def);
    _ZodString.init(inst, def);
}, {
    email(params) {
        return this.check(_email(ZodEmail, params));
    },
    url(params) {
        return this.check(_url(ZodURL, params));
    },
    jwt(params) {
        return this.check(_jwt(ZodJWT, params));
    },
    emoji(params) {
        return this.check(_emoji(ZodEmoji, params));
    },
    guid(params) {
        return this.check(_guid(ZodGUID, params));
    },
    uuid(params) {
        return this.check(_uuid(ZodUUID, params));
    },
    uuidv4(params) {
        return this.check(_uuidv4(ZodUUID, params));
    },
    uuidv6(params) {
        return this.check(_uuidv6(ZodUUID, params));
    },
    uuidv7(params) {
        return this.check(_uuidv7(ZodUUID, params));
    },
    nanoid(params) {
        return this.check(_nanoid(ZodNanoID, params));
    },
    cuid(params) {
        return this.check(_cuid(ZodCUID, params));
    },
    cuid2(params) {
        return this.check(_cuid2(ZodCUID2, params));
    },
    ulid(params) {
        return this.check(_ulid(ZodULID, params));
    },
    base64(params) {
        return this.check(_base64(ZodBase64, params));
    },
    base64url(params) {
        return this.check(_base64url(ZodBase64URL, params));
    },
    xid(params) {
        return this.check(_xid(ZodXID, params));
    },
    ksuid(params) {
        return this.check(_ksuid(ZodKSUID, params));
    },
    ipv4(params) {
        return this.check(_ipv4(ZodIPv4, params));
    },
    ipv6(params) {
        return this.check(_ipv6(ZodIPv6, params));
    },
    cidrv4(params) {
        return this.check(_cidrv4(ZodCIDRv4, params));
    },
    cidrv6(params) {
        return this.check(_cidrv6(ZodCIDRv6, params));
    },
    e164(params) {
        return this.check(_e164(ZodE164, params));
    },
    datetime(params) {
        return this.check(_isoDateTime(ZodISODateTime, params));
    },
    date(params) {
        return this.check(_isoDate(ZodISODate, params));
    },
    time(params) {
        return this.check(_isoTime(ZodISOTime, params));
    },
    duration(params) {
        return this.check(_isoDuration(ZodISODuration, params));
    },
});
function string(params) {
    return _string(ZodString, params);
}
const ZodStringFormat = /*@__PURE__*/ $constructor("ZodStringFormat", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    _ZodString.init(inst, def);
});
const ZodISODateTime = /*@__PURE__*/ $constructor("ZodISODateTime", (inst, def) => {
    $ZodISODateTime.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodISODate = /*@__PURE__*/ $constructor("ZodISODate", (inst, def) => {
    $ZodISODate.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodISOTime = /*@__PURE__*/ $constructor("ZodISOTime", (inst, def) => {
    $ZodISOTime.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodISODuration = /*@__PURE__*/ $constructor("ZodISODuration", (inst, def) => {
    $ZodISODuration.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodEmail = /*@__PURE__*/ $constructor("ZodEmail", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodEmail.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodGUID = /*@__PURE__*/ $constructor("ZodGUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodGUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodUUID = /*@__PURE__*/ $constructor("ZodUUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodUUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodURL = /*@__PURE__*/ $constructor("ZodURL", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodURL.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodEmoji = /*@__PURE__*/ $constructor("ZodEmoji", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodEmoji.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodNanoID = /*@__PURE__*/ $constructor("ZodNanoID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodNanoID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link ZodCUID2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const ZodCUID = /*@__PURE__*/ $constructor("ZodCUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodCUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodCUID2 = /*@__PURE__*/ $constructor("ZodCUID2", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodCUID2.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodULID = /*@__PURE__*/ $constructor("ZodULID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodULID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodXID = /*@__PURE__*/ $constructor("ZodXID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodXID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodKSUID = /*@__PURE__*/ $constructor("ZodKSUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodKSUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodIPv4 = /*@__PURE__*/ $constructor("ZodIPv4", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodIPv4.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodIPv6 = /*@__PURE__*/ $constructor("ZodIPv6", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodIPv6.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodCIDRv4 = /*@__PURE__*/ $constructor("ZodCIDRv4", (inst, def) => {
    $ZodCIDRv4.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodCIDRv6 = /*@__PURE__*/ $constructor("ZodCIDRv6", (inst, def) => {
    $ZodCIDRv6.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodBase64 = /*@__PURE__*/ $constructor("ZodBase64", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodBase64.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodBase64URL = /*@__PURE__*/ $constructor("ZodBase64URL", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodBase64URL.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodE164 = /*@__PURE__*/ $constructor("ZodE164", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodE164.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodJWT = /*@__PURE__*/ $constructor("ZodJWT", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodJWT.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodNumber = /*@__PURE__*/ $constructor("ZodNumber", (inst, def) => {
    $ZodNumber.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => numberProcessor(inst, ctx, json, params);
    inst.isFinite = true;
}, 
/*@__PURE__*/ derived({
    minValue: (inst) => {
        const { minimum, exclusiveMinimum } = aggregateChecks(inst);
        return Math.max(minimum ?? Number.NEGATIVE_INFINITY, exclusiveMinimum ?? Number.NEGATIVE_INFINITY);
    },
    maxValue: (inst) => {
        const { maximum, exclusiveMaximum } = aggregateChecks(inst);
        return Math.min(maximum ?? Number.POSITIVE_INFINITY, exclusiveMaximum ?? Number.POSITIVE_INFINITY);
    },
    isInt: (inst) => {
        const { isInt, multipleOf } = aggregateChecks(inst);
        return !!isInt || !!multipleOf?.some(Number.isSafeInteger);
    },
    format: (inst) => aggregateChecks(inst).format ?? null,
}, {
    gt(value, params) {
        return this.check(_gt(value, params));
    },
    gte(value, params) {
        return this.check(_gte(value, params));
    },
    min(value, params) {
        return this.check(_gte(value, params));
    },
    lt(value, params) {
        return this.check(_lt(value, params));
    },
    lte(value, params) {
        return this.check(_lte(value, params));
    },
    max(value, params) {
        return this.check(_lte(value, params));
    },
    int(params) {
        return this.check(int(params));
    },
    safe(params) {
        return this.check(int(params));
    },
    positive(params) {
        return this.check(_gt(0, params));
    },
    nonnegative(params) {
        return this.check(_gte(0, params));
    },
    negative(params) {
        return this.check(_lt(0, params));
    },
    nonpositive(params) {
        return this.check(_lte(0, params));
    },
    multipleOf(value, params) {
        return this.check(_multipleOf(value, params));
    },
    step(value, params) {
        return this.check(_multipleOf(value, params));
    },
    finite() {
        return this;
    },
}));
function number(params) {
    return _number(ZodNumber, params);
}
const ZodNumberFormat = /*@__PURE__*/ $constructor("ZodNumberFormat", (inst, def) => {
    $ZodNumberFormat.init(inst, def);
    ZodNumber.init(inst, def);
});
function int(params) {
    return _int(ZodNumberFormat, params);
}
const ZodBoolean = /*@__PURE__*/ $constructor("ZodBoolean", (inst, def) => {
    $ZodBoolean.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => booleanProcessor(inst, ctx, json);
});
function boolean(params) {
    return _boolean(ZodBoolean, params);
}
const ZodUnknown = /*@__PURE__*/ $constructor("ZodUnknown", (inst, def) => {
    $ZodUnknown.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => unknownProcessor();
});
function unknown() {
    return _unknown(ZodUnknown);
}
const ZodNever = /*@__PURE__*/ $constructor("ZodNever", (inst, def) => {
    $ZodNever.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => neverProcessor(inst, ctx, json);
});
function never(params) {
    return _never(ZodNever, params);
}
const ZodArray = /*@__PURE__*/ $constructor("ZodArray", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodArray.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => arrayProcessor(inst, ctx, json, params);
    inst.element = def.element;
}, {
    min(n, params) {
        return this.check(_minLength(n, params));
    },
    nonempty(params) {
        return this.check(_minLength(1, params));
    },
    max(n, params) {
        return this.check(_maxLength(n, params));
    },
    length(n, params) {
        return this.check(_length(n, params));
    },
    unwrap() {
        return this.element;
    },
});
function array(element, params) {
    return _array(ZodArray, element, params);
}
const ZodObject = /*@__PURE__*/ $constructor("ZodObject", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodObjectJIT.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => objectProcessor(inst, ctx, json, params);
    installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
}, {
    keyof() {
        return _enum(Object.keys(this._zod.def.shape));
    },
    catchall(catchall) {
        // `mergeDefs` rather than a spread: spreading reads `shape`, and resolving it can mint a whole fresh subtree
        return this.clone(mergeDefs(this._zod.def, { catchall: catchall }));
    },
    passthrough() {
        return this.clone(mergeDefs(this._zod.def, { catchall: unknown() }));
    },
    loose() {
        return this.clone(mergeDefs(this._zod.def, { catchall: unknown() }));
    },
    strict() {
        return this.clone(mergeDefs(this._zod.def, { catchall: never() }));
    },
    strip() {
        return this.clone(mergeDefs(this._zod.def, { catchall: undefined }));
    },
    extend(incoming) {
        return extend(this, incoming);
    },
    safeExtend(incoming) {
        return safeExtend(this, incoming);
    },
    merge(other) {
        return merge(this, other);
    },
    pick(mask) {
        return pick(this, mask);
    },
    omit(mask) {
        return omit(this, mask);
    },
    partial(...args) {
        return partial(ZodOptional, this, args[0]);
    },
    exactPartial(...args) {
        return partial(ZodExactOptional, this, args[0], "exactPartial");
    },
    required(...args) {
        return required(ZodNonOptional, this, args[0]);
    },
});
function object(shape, params) {
    const def = {
        type: "object",
        shape: shape ?? {},
        ...normalizeParams(params),
    };
    return new ZodObject(def);
}
const ZodUnion = /*@__PURE__*/ $constructor("ZodUnion", (inst, def) => {
    $ZodUnion.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => unionProcessor(inst, ctx, json, params);
    inst.options = def.options;
});
function union(options, params) {
    return new ZodUnion({
        type: "union",
        options: options,
        ...normalizeParams(params),
    });
}
const ZodIntersection = /*@__PURE__*/ $constructor("ZodIntersection", (inst, def) => {
    $ZodIntersection.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => intersectionProcessor(inst, ctx, json, params);
});
function intersection(left, right) {
    return new ZodIntersection({
        type: "intersection",
        left: left,
        right: right,
    });
}
const ZodRecord = /*@__PURE__*/ $constructor("ZodRecord", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodRecord.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => recordProcessor(inst, ctx, json, params);
    inst.keyType = def.keyType;
    inst.valueType = def.valueType;
});
function record(keyType, valueType, params) {
    // v3-compat: z.record(valueType, params?) — defaults keyType to z.string()
    if (!valueType || !valueType._zod) {
        return new ZodRecord({
            type: "record",
            keyType: string(),
            valueType: keyType,
            ...normalizeParams(valueType),
        });
    }
    return new ZodRecord({
        type: "record",
        keyType,
        valueType: valueType,
        ...normalizeParams(params),
    });
}
const ZodEnum = /*@__PURE__*/ $constructor("ZodEnum", (inst, def) => {
    $ZodEnum.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => enumProcessor(inst, ctx, json);
    inst.enum = def.entries;
    // reuse the parsed value set so a numeric TS enum's reverse-mapping keys stay out
    inst.options = [...inst._zod.values];
    const keys = new Set(Object.keys(def.entries));
    inst.extract = (values, params) => {
        const newEntries = {};
        for (const value of values) {
            if (keys.has(value)) {
                newEntries[value] = def.entries[value];
            }
            else
                throw new Error(`Key ${value} not found in enum`);
        }
        return new ZodEnum({
            ...def,
            checks: [],
            ...normalizeParams(params),
            entries: newEntries,
        });
    };
    inst.exclude = (values, params) => {
        const newEntries = { ...def.entries };
        for (const value of values) {
            if (keys.has(value)) {
                delete newEntries[value];
            }
            else
                throw new Error(`Key ${value} not found in enum`);
        }
        return new ZodEnum({
            ...def,
            checks: [],
            ...normalizeParams(params),
            entries: newEntries,
        });
    };
});
function _enum(values, params) {
    const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
    return new ZodEnum({
        type: "enum",
        entries,
        ...normalizeParams(params),
    });
}
const ZodLiteral = /*@__PURE__*/ $constructor("ZodLiteral", (inst, def) => {
    $ZodLiteral.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => literalProcessor(inst, ctx, json, params);
    inst.values = new Set(def.values);
    Object.defineProperty(inst, "value", {
        get() {
            if (def.values.length > 1) {
                throw new Error("This schema contains multiple valid literal values. Use `.values` instead.");
            }
            return def.values[0];
        },
    });
});
function literal(value, params) {
    return new ZodLiteral({
        type: "literal",
        values: Array.isArray(value) ? value : [value],
        ...normalizeParams(params),
    });
}
const ZodTransform = /*@__PURE__*/ $constructor("ZodTransform", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodTransform.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => transformProcessor(inst, ctx, json, params);
    inst._zod.parse = (payload, _ctx) => {
        if (_ctx.direction === "backward") {
            throw new $ZodEncodeError(inst.constructor.name);
        }
        payload.addIssue = (issue$1) => {
            if (typeof issue$1 === "string") {
                payload.issues.push(issue(issue$1, payload.value, def));
            }
            else {
                // for Zod 3 backwards compatibility
                const _issue = issue$1;
                if (_issue.fatal)
                    _issue.continue = false;
                _issue.code ?? (_issue.code = "custom");
                if (!("input" in _issue))
                    _issue.input = payload.value;
                _issue.inst ?? (_issue.inst = inst);
                // _issue.continue ??= true;
                payload.issues.push(issue(_issue));
            }
        };
        const output = def.transform(payload.value, payload);
        if (output instanceof Promise) {
            return output.then((output) => {
                payload.value = output;
                return payload;
            });
        }
        payload.value = output;
        return payload;
    };
});
function transform(fn) {
    return new ZodTransform({
        type: "transform",
        transform: fn,
    });
}
const ZodOptional = /*@__PURE__*/ $constructor("ZodOptional", (inst, def) => {
    $ZodOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function optional(innerType) {
    return new ZodOptional({
        type: "optional",
        innerType: innerType,
    });
}
const ZodExactOptional = /*@__PURE__*/ $constructor("ZodExactOptional", (inst, def) => {
    $ZodExactOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function exactOptional(innerType) {
    return new ZodExactOptional({
        type: "optional",
        innerType: innerType,
    });
}
const ZodNullable = /*@__PURE__*/ $constructor("ZodNullable", (inst, def) => {
    $ZodNullable.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => nullableProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function nullable(innerType) {
    return new ZodNullable({
        type: "nullable",
        innerType: innerType,
    });
}
const ZodDefault = /*@__PURE__*/ $constructor("ZodDefault", (inst, def) => {
    $ZodDefault.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => defaultProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
    inst.removeDefault = inst.unwrap;
});
function _default(innerType, defaultValue) {
    return new ZodDefault({
        type: "default",
        innerType: innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
        },
    });
}
const ZodPrefault = /*@__PURE__*/ $constructor("ZodPrefault", (inst, def) => {
    $ZodPrefault.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => prefaultProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function prefault(innerType, defaultValue) {
    return new ZodPrefault({
        type: "prefault",
        innerType: innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
        },
    });
}
const ZodNonOptional = /*@__PURE__*/ $constructor("ZodNonOptional", (inst, def) => {
    $ZodNonOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => nonoptionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function nonoptional(innerType, params) {
    return new ZodNonOptional({
        type: "nonoptional",
        innerType: innerType,
        ...normalizeParams(params),
    });
}
const ZodCatch = /*@__PURE__*/ $constructor("ZodCatch", (inst, def) => {
    $ZodCatch.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => catchProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
    inst.removeCatch = inst.unwrap;
});
function _catch(innerType, catchValue) {
    return new ZodCatch({
        type: "catch",
        innerType: innerType,
        catchValue: (typeof catchValue === "function" ? catchValue : constantCatch(catchValue)),
    });
}
const ZodPipe = /*@__PURE__*/ $constructor("ZodPipe", (inst, def) => {
    $ZodPipe.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => pipeProcessor(inst, ctx, json, params);
    inst.in = def.in;
    inst.out = def.out;
});
function pipe(in_, out) {
    return new ZodPipe({
        type: "pipe",
        in: in_,
        out: out,
        // ...util.normalizeParams(params),
    });
}
const ZodPreprocess = /*@__PURE__*/ $constructor("ZodPreprocess", (inst, def) => {
    ZodPipe.init(inst, def);
    $ZodPreprocess.init(inst, def);
});
const ZodReadonly = /*@__PURE__*/ $constructor("ZodReadonly", (inst, def) => {
    $ZodReadonly.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => readonlyProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function readonly(innerType) {
    return new ZodReadonly({
        type: "readonly",
        innerType: innerType,
    });
}
const ZodCustom = /*@__PURE__*/ $constructor("ZodCustom", (inst, def) => {
    $ZodCustom.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => customProcessor(inst, ctx, json, params);
});
function refine(fn, _params = {}) {
    return _refine(ZodCustom, fn, _params);
}
// superRefine
function superRefine(fn, params) {
    return _superRefine(fn, params);
}
// preprocess
function preprocess(fn, schema) {
    return new ZodPreprocess({
        type: "pipe",
        in: transform(fn),
        out: schema,
    });
}

function datetime(params) {
    return _isoDateTime(ZodISODateTime, params);
}

/**
 * Errors the shells turn into exit code 2 / a failed step with a readable message: input that
 * cannot be used at all. Problems confined to single rows are not errors; readers skip and count
 * them.
 */
class InputError extends Error {
    file;
    line;
    name = "InputError";
    constructor(message, file, line) {
        super(file === undefined ? message : `${file}${line === undefined ? "" : `:${line}`}: ${message}`);
        this.file = file;
        this.line = line;
    }
}
/** A wrong flag, input or combination of them. */
class UsageError extends Error {
    name = "UsageError";
}

/**
 * One CSV record per line (RFC 4180 quoting within the line; fields are trimmed of the padding
 * tools add, e.g. nvidia-smi's ", " separators). Records spanning lines do not occur in the
 * traces and grid files gridprint reads.
 */
function splitCsvLine(line, delimiter = ",") {
    if (line.indexOf('"') === -1) {
        const fields = line.split(delimiter);
        for (let i = 0; i < fields.length; i++)
            fields[i] = fields[i].trim();
        return fields;
    }
    const fields = [];
    let field = "";
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (quoted) {
            if (c === '"') {
                if (line[i + 1] === '"') {
                    field += '"';
                    i++;
                }
                else
                    quoted = false;
            }
            else
                field += c;
        }
        else if (c === '"')
            quoted = true;
        else if (c === delimiter) {
            fields.push(field.trim());
            field = "";
        }
        else
            field += c;
    }
    fields.push(field.trim());
    return fields;
}
/** Strips a UTF-8 byte-order mark, which spreadsheet exports put before the header. */
function stripBom(line) {
    return line.charCodeAt(0) === 0xfeff ? line.slice(1) : line;
}
/**
 * Parses a number the way a careful reader should: finite decimal notation only. Empty text,
 * hex, `Infinity`, `NaN` and overflow (`1e400`) give undefined, never 0 or Infinity.
 */
function parseDecimal(text) {
    const s = text.trim();
    if (!/^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/.test(s))
        return undefined;
    const v = Number(s);
    return Number.isFinite(v) ? v : undefined;
}

/** Line sources for readers: files are streamed, never loaded whole. */
/** The file's lines without line terminators; a leading byte-order mark is dropped. */
async function* fileLines(path) {
    const stream = createReadStream(path, { encoding: "utf8" });
    let first = true;
    try {
        for await (const line of createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY })) {
            if (first) {
                first = false;
                yield stripBom(line);
            }
            else
                yield line;
        }
    }
    finally {
        // A reader that stops early (an unusable file) must not leave the descriptor open.
        stream.destroy();
    }
}

/** Checks and peeks shared by every stage that opens the user's files. */
/** Only regular files are read: a FIFO or device would block or never end. */
async function assertRegularFile(path, shown, expected) {
    let info;
    try {
        info = await stat(path);
    }
    catch (error) {
        const code = error.code;
        throw new InputError(code === "ENOENT" ? "no such file" : `cannot read the file (${code ?? String(error)})`, shown);
    }
    if (!info.isFile())
        throw new InputError(`not a regular file: expected ${expected}`, shown);
}
/** The first `count` lines of a file (fewer if it is shorter), for sniffing its format. */
async function headLines(path, count) {
    const head = [];
    const lines = fileLines(path)[Symbol.asyncIterator]();
    try {
        while (head.length < count) {
            const next = await lines.next();
            if (next.done)
                break;
            head.push(next.value);
        }
    }
    finally {
        await lines.return?.();
    }
    return head;
}

/**
 * Timestamp parsing shared by every reader.
 *
 * A timestamp either names its instant (an offset, `Z`, or an epoch number) or is a wall-clock
 * reading with no zone, which only a {@link LocalClock} can place on the UTC time line.
 */
// 2024-10-13T03:33:31.779Z, 2024-10-13 03:33:31, 2024/10/13 03:33:31.779, 2024-10-13T03:33+02:00
const DATE_TIME = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|z|UTC|[+-]\d{2}(?::?\d{2})?)?$/;
const EPOCH = /^\d{9,19}(?:\.\d+)?$/;
/**
 * Parses ISO 8601 and the near-ISO spellings tools write (`/` date separators, a space before
 * the time, `UTC` suffix), or an epoch number in seconds, milliseconds, microseconds or
 * nanoseconds (told apart by magnitude). Returns undefined when the text is not a timestamp or
 * names an impossible date.
 */
function parseTimestamp(text) {
    const s = text.trim();
    if (s.length === 0)
        return undefined;
    if (EPOCH.test(s))
        return parseEpoch(s);
    const m = DATE_TIME.exec(s);
    if (!m)
        return undefined;
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = Number(m[3]);
    const hour = m[4] === undefined ? 0 : Number(m[4]);
    const minute = m[5] === undefined ? 0 : Number(m[5]);
    const second = m[6] === undefined ? 0 : Number(m[6]);
    const fraction = m[7] === undefined ? 0 : Number(`0.${m[7]}`);
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
        return undefined;
    // 24:00:00 is ISO's end of day; anything past it, or a leap second, is not a clock reading we trust.
    if (hour > 24 || minute > 59 || second > 59 || (hour === 24 && (minute || second || fraction))) {
        return undefined;
    }
    const wallMs = Date.UTC(year, month - 1, day, hour, minute, second) + Math.round(fraction * 1000);
    const zone = m[8];
    if (zone === undefined)
        return { kind: "local", wallMs };
    if (zone === "Z" || zone === "z" || zone === "UTC")
        return { kind: "instant", ms: wallMs };
    const sign = zone[0] === "-" ? -1 : 1;
    const digits = zone.slice(1).replace(":", "");
    const offsetHours = Number(digits.slice(0, 2));
    const offsetMinutes = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
    if (offsetHours > 18 || offsetMinutes > 59)
        return undefined;
    return { kind: "instant", ms: wallMs - sign * (offsetHours * 60 + offsetMinutes) * 60_000 };
}
function parseEpoch(s) {
    const value = Number(s);
    if (!Number.isFinite(value))
        return undefined;
    const integerDigits = s.indexOf(".") === -1 ? s.length : s.indexOf(".");
    // Seconds until 2286 have 10 digits, milliseconds 13, microseconds 16, nanoseconds 19.
    let ms;
    if (integerDigits <= 11)
        ms = value * 1000;
    else if (integerDigits <= 14)
        ms = value;
    else if (integerDigits <= 17)
        ms = value / 1000;
    else
        ms = value / 1e6;
    return { kind: "instant", ms };
}
function daysInMonth(year, month) {
    return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
/** ISO 8601 in UTC with second precision, or milliseconds when they are not zero. */
function isoUtc$1(ms) {
    const iso = new Date(ms).toISOString();
    return iso.endsWith(".000Z") ? `${iso.slice(0, -5)}Z` : iso;
}
const HOUR_MS = 3_600_000;
function floorHour(ms) {
    return Math.floor(ms / HOUR_MS) * HOUR_MS;
}

/**
 * Placing wall-clock readings that carry no zone on the UTC time line, in an IANA time zone.
 *
 * Around a DST fall-back the same wall-clock hour happens twice; a real clock walks through the
 * first one and then the second, so a {@link LocalClock} resolves the repeat by the order in which
 * readings arrive. Around a spring-forward the skipped wall-clock hour never happened; readings in
 * it are moved forward by the size of the jump (as a clock that was not yet changed would read)
 * and counted.
 */
const formatters$1 = new Map();
/** Throws a RangeError naming the zone when it is not a known IANA zone. */
function assertTimeZone(zone) {
    formatterFor(zone);
}
function formatterFor(zone) {
    let f = formatters$1.get(zone);
    if (!f) {
        try {
            f = new Intl.DateTimeFormat("en-US", {
                timeZone: zone,
                hourCycle: "h23",
                year: "numeric",
                month: "numeric",
                day: "numeric",
                hour: "numeric",
                minute: "numeric",
                second: "numeric",
            });
        }
        catch {
            throw new RangeError(`unknown time zone "${zone}" (expected an IANA name such as Europe/London or UTC)`);
        }
        formatters$1.set(zone, f);
    }
    return f;
}
/** The zone's offset from UTC at an instant, in milliseconds (positive east of Greenwich). */
function offsetAt(zone, utcMs) {
    const parts = formatterFor(zone).formatToParts(new Date(utcMs));
    const get = (type) => Number(parts.find((p) => p.type === type)?.value);
    const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
    return asUtc - (utcMs - (((utcMs % 1000) + 1000) % 1000));
}
class LocalClock {
    zone;
    /** Readings in a skipped (spring-forward) hour, moved forward. */
    nonexistent = 0;
    /** Readings in a repeated (fall-back) hour, resolved by order. */
    ambiguous = 0;
    /** Readings that carried no zone and were placed by this clock. */
    localReadings = 0;
    last = Number.NEGATIVE_INFINITY;
    candidatesByHour = new Map();
    isUtc;
    constructor(zone) {
        this.zone = zone;
        assertTimeZone(zone);
        this.isUtc = zone === "UTC" || zone === "Etc/UTC";
    }
    /** The UTC instant of a parsed timestamp; instants pass through, wall-clock readings are placed. */
    toUtc(t) {
        if (t.kind === "instant")
            return t.ms;
        this.localReadings++;
        return this.place(t.wallMs);
    }
    /** The UTC instant of a wall-clock reading (its fields encoded as if UTC). */
    place(wallMs) {
        if (this.isUtc)
            return wallMs;
        const hourKey = Math.floor(wallMs / HOUR_MS);
        let offsets = this.candidatesByHour.get(hourKey);
        if (!offsets) {
            offsets = this.offsetsFor(hourKey * HOUR_MS);
            this.candidatesByHour.set(hourKey, offsets);
        }
        let utc;
        if (offsets.length === 1) {
            utc = wallMs - offsets[0];
        }
        else if (offsets.length === 0) {
            // Skipped hour: read it with the offset in force before the jump.
            this.nonexistent++;
            utc = wallMs - offsetAt(this.zone, wallMs - 12 * HOUR_MS);
        }
        else {
            // Repeated hour: the earliest placement not before the previous reading, else the latest.
            this.ambiguous++;
            const placements = offsets.map((o) => wallMs - o).sort((a, b) => a - b);
            utc = placements.find((p) => p >= this.last) ?? placements[placements.length - 1];
        }
        this.last = utc;
        return utc;
    }
    /** Offsets under which the wall-clock hour starting at hourWallMs exists (0, 1 or 2 of them). */
    offsetsFor(hourWallMs) {
        const candidates = new Set([
            offsetAt(this.zone, hourWallMs - 24 * HOUR_MS),
            offsetAt(this.zone, hourWallMs + 24 * HOUR_MS),
            offsetAt(this.zone, hourWallMs),
        ]);
        const found = [];
        for (const o of candidates) {
            // A placement is valid when the zone really shows that wall time at that instant; check the
            // middle of the hour so a transition at the hour's edge does not count twice.
            const probe = hourWallMs + HOUR_MS / 2 - o;
            if (offsetAt(this.zone, probe) === o)
                found.push(o);
        }
        return found;
    }
}

const data$4 = { "AE": { "zone": { "zoneName": "United Arab Emirates" }, "carbonIntensity": { "value": 348, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 9, "unit": "%" }, "carbonFreeEnergy": { "value": 31, "unit": "%" } }, "AF": { "zone": { "zoneName": "Afghanistan" }, "carbonIntensity": { "value": 120, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 87, "unit": "%" }, "carbonFreeEnergy": { "value": 87, "unit": "%" } }, "AG": { "zone": { "zoneName": "Antigua and Barbuda" }, "carbonIntensity": { "value": 665, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 5, "unit": "%" }, "carbonFreeEnergy": { "value": 5, "unit": "%" } }, "AL": { "zone": { "zoneName": "Albania" }, "carbonIntensity": { "value": 69, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 91, "unit": "%" }, "carbonFreeEnergy": { "value": 91, "unit": "%" } }, "AM": { "zone": { "zoneName": "Armenia" }, "carbonIntensity": { "value": 194, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 31, "unit": "%" }, "carbonFreeEnergy": { "value": 63, "unit": "%" } }, "AO": { "zone": { "zoneName": "Angola" }, "carbonIntensity": { "value": 213, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 68, "unit": "%" }, "carbonFreeEnergy": { "value": 68, "unit": "%" } }, "AR": { "zone": { "zoneName": "Argentina" }, "carbonIntensity": { "value": 313, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 40, "unit": "%" }, "carbonFreeEnergy": { "value": 47, "unit": "%" } }, "AT": { "zone": { "zoneName": "Austria" }, "carbonIntensity": { "value": 163, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 73, "unit": "%" }, "carbonFreeEnergy": { "value": 79, "unit": "%" } }, "AU": { "zone": { "zoneName": "Australia" }, "carbonIntensity": { "value": 474, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 40, "unit": "%" }, "carbonFreeEnergy": { "value": 40, "unit": "%" } }, "AU-NSW": { "zone": { "zoneName": "New South Wales", "countryName": "Australia" }, "carbonIntensity": { "value": 525, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 36, "unit": "%" }, "carbonFreeEnergy": { "value": 36, "unit": "%" } }, "AU-NT": { "zone": { "zoneName": "Northern Territory", "countryName": "Australia" }, "carbonIntensity": { "value": 503, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "AU-QLD": { "zone": { "zoneName": "Queensland", "countryName": "Australia" }, "carbonIntensity": { "value": 577, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 29, "unit": "%" }, "carbonFreeEnergy": { "value": 29, "unit": "%" } }, "AU-SA": { "zone": { "zoneName": "South Australia", "countryName": "Australia" }, "carbonIntensity": { "value": 170, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 71, "unit": "%" }, "carbonFreeEnergy": { "value": 71, "unit": "%" } }, "AU-TAS": { "zone": { "zoneName": "Tasmania", "countryName": "Australia" }, "carbonIntensity": { "value": 69, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 94, "unit": "%" }, "carbonFreeEnergy": { "value": 94, "unit": "%" } }, "AU-TAS-FI": { "zone": { "zoneName": "Flinders Island", "countryName": "Australia" }, "carbonIntensity": { "value": 224, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 66, "unit": "%" }, "carbonFreeEnergy": { "value": 66, "unit": "%" } }, "AU-TAS-KI": { "zone": { "zoneName": "King Island", "countryName": "Australia" }, "carbonIntensity": { "value": 471, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 29, "unit": "%" }, "carbonFreeEnergy": { "value": 29, "unit": "%" } }, "AU-VIC": { "zone": { "zoneName": "Victoria", "countryName": "Australia" }, "carbonIntensity": { "value": 474, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 42, "unit": "%" }, "carbonFreeEnergy": { "value": 42, "unit": "%" } }, "AU-WA": { "zone": { "zoneName": "Western Australia", "countryName": "Australia" }, "carbonIntensity": { "value": 395, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 42, "unit": "%" }, "carbonFreeEnergy": { "value": 42, "unit": "%" } }, "AU-WA-RI": { "zone": { "zoneName": "Rottnest Island", "countryName": "Australia" }, "carbonIntensity": { "value": 494, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 25, "unit": "%" }, "carbonFreeEnergy": { "value": 25, "unit": "%" } }, "AW": { "zone": { "zoneName": "Aruba" }, "carbonIntensity": { "value": 545, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 16, "unit": "%" }, "carbonFreeEnergy": { "value": 16, "unit": "%" } }, "AX": { "zone": { "zoneName": "\xC5land Islands" }, "carbonIntensity": { "value": 17, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 83, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "AZ": { "zone": { "zoneName": "Azerbaijan" }, "carbonIntensity": { "value": 420, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 15, "unit": "%" }, "carbonFreeEnergy": { "value": 16, "unit": "%" } }, "BA": { "zone": { "zoneName": "Bosnia and Herzegovina" }, "carbonIntensity": { "value": 462, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 41, "unit": "%" }, "carbonFreeEnergy": { "value": 44, "unit": "%" } }, "BB": { "zone": { "zoneName": "Barbados" }, "carbonIntensity": { "value": 636, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 9, "unit": "%" }, "carbonFreeEnergy": { "value": 9, "unit": "%" } }, "BD": { "zone": { "zoneName": "Bangladesh" }, "carbonIntensity": { "value": 630, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 4, "unit": "%" }, "carbonFreeEnergy": { "value": 4, "unit": "%" } }, "BE": { "zone": { "zoneName": "Belgium" }, "carbonIntensity": { "value": 180, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 38, "unit": "%" }, "carbonFreeEnergy": { "value": 72, "unit": "%" } }, "BF": { "zone": { "zoneName": "Burkina Faso" }, "carbonIntensity": { "value": 545, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 19, "unit": "%" }, "carbonFreeEnergy": { "value": 19, "unit": "%" } }, "BG": { "zone": { "zoneName": "Bulgaria" }, "carbonIntensity": { "value": 365, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 28, "unit": "%" }, "carbonFreeEnergy": { "value": 64, "unit": "%" } }, "BH": { "zone": { "zoneName": "Bahrain" }, "carbonIntensity": { "value": 488, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "BI": { "zone": { "zoneName": "Burundi" }, "carbonIntensity": { "value": 241, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 69, "unit": "%" }, "carbonFreeEnergy": { "value": 69, "unit": "%" } }, "BJ": { "zone": { "zoneName": "Benin" }, "carbonIntensity": { "value": 502, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 6, "unit": "%" }, "carbonFreeEnergy": { "value": 6, "unit": "%" } }, "BN": { "zone": { "zoneName": "Brunei" }, "carbonIntensity": { "value": 562, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "BO": { "zone": { "zoneName": "Bolivia" }, "carbonIntensity": { "value": 327, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 37, "unit": "%" }, "carbonFreeEnergy": { "value": 37, "unit": "%" } }, "BR": { "zone": { "zoneName": "Brazil" }, "carbonIntensity": { "value": 98, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 87, "unit": "%" }, "carbonFreeEnergy": { "value": 89, "unit": "%" } }, "BR-CS": { "zone": { "zoneName": "Central Brazil", "countryName": "Brazil" }, "carbonIntensity": { "value": 106, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 84, "unit": "%" }, "carbonFreeEnergy": { "value": 88, "unit": "%" } }, "BR-N": { "zone": { "zoneName": "North Brazil", "countryName": "Brazil" }, "carbonIntensity": { "value": 154, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 81, "unit": "%" }, "carbonFreeEnergy": { "value": 81, "unit": "%" } }, "BR-NE": { "zone": { "zoneName": "North-East Brazil", "countryName": "Brazil" }, "carbonIntensity": { "value": 47, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 96, "unit": "%" }, "carbonFreeEnergy": { "value": 96, "unit": "%" } }, "BR-S": { "zone": { "zoneName": "South Brazil", "countryName": "Brazil" }, "carbonIntensity": { "value": 89, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 90, "unit": "%" }, "carbonFreeEnergy": { "value": 91, "unit": "%" } }, "BS": { "zone": { "zoneName": "Bahamas" }, "carbonIntensity": { "value": 692, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 1, "unit": "%" }, "carbonFreeEnergy": { "value": 1, "unit": "%" } }, "BT": { "zone": { "zoneName": "Bhutan" }, "carbonIntensity": { "value": 60, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 95, "unit": "%" }, "carbonFreeEnergy": { "value": 96, "unit": "%" } }, "BW": { "zone": { "zoneName": "Botswana" }, "carbonIntensity": { "value": 814, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "BY": { "zone": { "zoneName": "Belarus" }, "carbonIntensity": { "value": 285, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 47, "unit": "%" } }, "BZ": { "zone": { "zoneName": "Belize" }, "carbonIntensity": { "value": 161, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 90, "unit": "%" }, "carbonFreeEnergy": { "value": 90, "unit": "%" } }, "CA": { "zone": { "zoneName": "Canada" }, "carbonIntensity": { "value": 136, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 66, "unit": "%" }, "carbonFreeEnergy": { "value": 78, "unit": "%" } }, "CA-AB": { "zone": { "zoneName": "Alberta", "countryName": "Canada" }, "carbonIntensity": { "value": 385, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 23, "unit": "%" }, "carbonFreeEnergy": { "value": 23, "unit": "%" } }, "CA-BC": { "zone": { "zoneName": "British Columbia", "countryName": "Canada" }, "carbonIntensity": { "value": 71, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 94, "unit": "%" }, "carbonFreeEnergy": { "value": 94, "unit": "%" } }, "CA-MB": { "zone": { "zoneName": "Manitoba", "countryName": "Canada" }, "carbonIntensity": { "value": 74, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 91, "unit": "%" }, "carbonFreeEnergy": { "value": 93, "unit": "%" } }, "CA-NB": { "zone": { "zoneName": "New Brunswick", "countryName": "Canada" }, "carbonIntensity": { "value": 161, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 48, "unit": "%" }, "carbonFreeEnergy": { "value": 77, "unit": "%" } }, "CA-NL": { "zone": { "zoneName": "Newfoundland and Labrador", "countryName": "Canada" }, "carbonIntensity": { "value": 26, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "CA-NS": { "zone": { "zoneName": "Nova Scotia", "countryName": "Canada" }, "carbonIntensity": { "value": 374, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 51, "unit": "%" }, "carbonFreeEnergy": { "value": 52, "unit": "%" } }, "CA-NT": { "zone": { "zoneName": "Northwest Territories", "countryName": "Canada" }, "carbonIntensity": { "value": 91, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 88, "unit": "%" }, "carbonFreeEnergy": { "value": 88, "unit": "%" } }, "CA-NU": { "zone": { "zoneName": "Nunavut", "countryName": "Canada" }, "carbonIntensity": { "value": 649, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "CA-ON": { "zone": { "zoneName": "Ontario", "countryName": "Canada" }, "carbonIntensity": { "value": 111, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 32, "unit": "%" }, "carbonFreeEnergy": { "value": 80, "unit": "%" } }, "CA-PE": { "zone": { "zoneName": "Prince Edward Island", "countryName": "Canada" }, "carbonIntensity": { "value": 28, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 98, "unit": "%" }, "carbonFreeEnergy": { "value": 98, "unit": "%" } }, "CA-QC": { "zone": { "zoneName": "Qu\xE9bec", "countryName": "Canada" }, "carbonIntensity": { "value": 41, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 94, "unit": "%" }, "carbonFreeEnergy": { "value": 97, "unit": "%" } }, "CA-SK": { "zone": { "zoneName": "Saskatchewan", "countryName": "Canada" }, "carbonIntensity": { "value": 485, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 23, "unit": "%" }, "carbonFreeEnergy": { "value": 23, "unit": "%" } }, "CA-YT": { "zone": { "zoneName": "Yukon", "countryName": "Canada" }, "carbonIntensity": { "value": 216, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 64, "unit": "%" }, "carbonFreeEnergy": { "value": 64, "unit": "%" } }, "CD": { "zone": { "zoneName": "Democratic Republic of the Congo" }, "carbonIntensity": { "value": 82, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 92, "unit": "%" }, "carbonFreeEnergy": { "value": 92, "unit": "%" } }, "CF": { "zone": { "zoneName": "Central African Republic" }, "carbonIntensity": { "value": 24, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "CG": { "zone": { "zoneName": "Congo" }, "carbonIntensity": { "value": 379, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 26, "unit": "%" }, "carbonFreeEnergy": { "value": 26, "unit": "%" } }, "CH": { "zone": { "zoneName": "Switzerland" }, "carbonIntensity": { "value": 50, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 63, "unit": "%" }, "carbonFreeEnergy": { "value": 96, "unit": "%" } }, "CI": { "zone": { "zoneName": "Ivory Coast" }, "carbonIntensity": { "value": 401, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 23, "unit": "%" }, "carbonFreeEnergy": { "value": 23, "unit": "%" } }, "CL-SEN": { "zone": { "zoneName": "Sistema El\xE9ctrico Nacional", "countryName": "Chile" }, "carbonIntensity": { "value": 259, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 63, "unit": "%" }, "carbonFreeEnergy": { "value": 63, "unit": "%" } }, "CM": { "zone": { "zoneName": "Cameroon" }, "carbonIntensity": { "value": 181, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 71, "unit": "%" }, "carbonFreeEnergy": { "value": 71, "unit": "%" } }, "CN": { "zone": { "zoneName": "China" }, "carbonIntensity": { "value": 485, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 37, "unit": "%" }, "carbonFreeEnergy": { "value": 41, "unit": "%" } }, "CO": { "zone": { "zoneName": "Colombia" }, "carbonIntensity": { "value": 102, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 87, "unit": "%" }, "carbonFreeEnergy": { "value": 87, "unit": "%" } }, "CR": { "zone": { "zoneName": "Costa Rica" }, "carbonIntensity": { "value": 36, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 98, "unit": "%" }, "carbonFreeEnergy": { "value": 98, "unit": "%" } }, "CU": { "zone": { "zoneName": "Cuba" }, "carbonIntensity": { "value": 609, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 4, "unit": "%" }, "carbonFreeEnergy": { "value": 4, "unit": "%" } }, "CV": { "zone": { "zoneName": "Cabo Verde" }, "carbonIntensity": { "value": 486, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 32, "unit": "%" }, "carbonFreeEnergy": { "value": 32, "unit": "%" } }, "CW": { "zone": { "zoneName": "Cura\xE7ao" }, "carbonIntensity": { "value": 517, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 21, "unit": "%" }, "carbonFreeEnergy": { "value": 21, "unit": "%" } }, "CY": { "zone": { "zoneName": "Cyprus" }, "carbonIntensity": { "value": 838, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 25, "unit": "%" }, "carbonFreeEnergy": { "value": 25, "unit": "%" } }, "CZ": { "zone": { "zoneName": "Czechia" }, "carbonIntensity": { "value": 439, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 18, "unit": "%" }, "carbonFreeEnergy": { "value": 56, "unit": "%" } }, "DE": { "zone": { "zoneName": "Germany" }, "carbonIntensity": { "value": 342, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 60, "unit": "%" }, "carbonFreeEnergy": { "value": 64, "unit": "%" } }, "DJ": { "zone": { "zoneName": "Djibouti" }, "carbonIntensity": { "value": 434, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 39, "unit": "%" }, "carbonFreeEnergy": { "value": 39, "unit": "%" } }, "DK": { "zone": { "zoneName": "Denmark" }, "carbonIntensity": { "value": 123, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 81, "unit": "%" }, "carbonFreeEnergy": { "value": 88, "unit": "%" } }, "DK-BHM": { "zone": { "zoneName": "Bornholm", "countryName": "Denmark" }, "carbonIntensity": { "value": 101, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 94, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "DK-DK1": { "zone": { "zoneName": "West Denmark", "countryName": "Denmark" }, "carbonIntensity": { "value": 112, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 84, "unit": "%" }, "carbonFreeEnergy": { "value": 88, "unit": "%" } }, "DK-DK2": { "zone": { "zoneName": "East Denmark", "countryName": "Denmark" }, "carbonIntensity": { "value": 144, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 77, "unit": "%" }, "carbonFreeEnergy": { "value": 88, "unit": "%" } }, "DM": { "zone": { "zoneName": "Dominica" }, "carbonIntensity": { "value": 613, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 13, "unit": "%" }, "carbonFreeEnergy": { "value": 13, "unit": "%" } }, "DO": { "zone": { "zoneName": "Dominican Republic" }, "carbonIntensity": { "value": 527, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 21, "unit": "%" }, "carbonFreeEnergy": { "value": 21, "unit": "%" } }, "DZ": { "zone": { "zoneName": "Algeria" }, "carbonIntensity": { "value": 487, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 1, "unit": "%" }, "carbonFreeEnergy": { "value": 1, "unit": "%" } }, "EC": { "zone": { "zoneName": "Ecuador" }, "carbonIntensity": { "value": 209, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 72, "unit": "%" }, "carbonFreeEnergy": { "value": 72, "unit": "%" } }, "EE": { "zone": { "zoneName": "Estonia" }, "carbonIntensity": { "value": 243, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 59, "unit": "%" }, "carbonFreeEnergy": { "value": 76, "unit": "%" } }, "EG": { "zone": { "zoneName": "Egypt" }, "carbonIntensity": { "value": 442, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 14, "unit": "%" }, "carbonFreeEnergy": { "value": 14, "unit": "%" } }, "ER": { "zone": { "zoneName": "Eritrea" }, "carbonIntensity": { "value": 607, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 7, "unit": "%" }, "carbonFreeEnergy": { "value": 7, "unit": "%" } }, "ES": { "zone": { "zoneName": "Spain" }, "carbonIntensity": { "value": 136, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 57, "unit": "%" }, "carbonFreeEnergy": { "value": 78, "unit": "%" } }, "ES-CE": { "zone": { "zoneName": "Ceuta", "countryName": "Spain" }, "carbonIntensity": { "value": 649, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "ES-CN-FV": { "zone": { "zoneName": "Fuerteventura", "countryName": "Spain" }, "carbonIntensity": { "value": 748, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 24, "unit": "%" }, "carbonFreeEnergy": { "value": 24, "unit": "%" } }, "ES-CN-GC": { "zone": { "zoneName": "Gran Canaria", "countryName": "Spain" }, "carbonIntensity": { "value": 683, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 27, "unit": "%" }, "carbonFreeEnergy": { "value": 27, "unit": "%" } }, "ES-CN-HI": { "zone": { "zoneName": "El Hierro", "countryName": "Spain" }, "carbonIntensity": { "value": 504, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 48, "unit": "%" }, "carbonFreeEnergy": { "value": 48, "unit": "%" } }, "ES-CN-IG": { "zone": { "zoneName": "Isla de la Gomera", "countryName": "Spain" }, "carbonIntensity": { "value": 830, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 11, "unit": "%" }, "carbonFreeEnergy": { "value": 11, "unit": "%" } }, "ES-CN-LP": { "zone": { "zoneName": "La Palma", "countryName": "Spain" }, "carbonIntensity": { "value": 843, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 8, "unit": "%" }, "carbonFreeEnergy": { "value": 8, "unit": "%" } }, "ES-CN-LZ": { "zone": { "zoneName": "Lanzarote", "countryName": "Spain" }, "carbonIntensity": { "value": 793, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 12, "unit": "%" }, "carbonFreeEnergy": { "value": 12, "unit": "%" } }, "ES-CN-TE": { "zone": { "zoneName": "Tenerife", "countryName": "Spain" }, "carbonIntensity": { "value": 761, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 19, "unit": "%" }, "carbonFreeEnergy": { "value": 19, "unit": "%" } }, "ES-IB-FO": { "zone": { "zoneName": "Formentera", "countryName": "Spain" }, "carbonIntensity": { "value": 487, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 20, "unit": "%" }, "carbonFreeEnergy": { "value": 24, "unit": "%" } }, "ES-IB-IZ": { "zone": { "zoneName": "Ibiza", "countryName": "Spain" }, "carbonIntensity": { "value": 504, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 17, "unit": "%" }, "carbonFreeEnergy": { "value": 21, "unit": "%" } }, "ES-IB-MA": { "zone": { "zoneName": "Mallorca", "countryName": "Spain" }, "carbonIntensity": { "value": 399, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 26, "unit": "%" }, "carbonFreeEnergy": { "value": 32, "unit": "%" } }, "ES-IB-ME": { "zone": { "zoneName": "Menorca", "countryName": "Spain" }, "carbonIntensity": { "value": 799, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 20, "unit": "%" }, "carbonFreeEnergy": { "value": 21, "unit": "%" } }, "ES-ML": { "zone": { "zoneName": "Melilla", "countryName": "Spain" }, "carbonIntensity": { "value": 617, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 8, "unit": "%" }, "carbonFreeEnergy": { "value": 8, "unit": "%" } }, "ET": { "zone": { "zoneName": "Ethiopia" }, "carbonIntensity": { "value": 84, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 91, "unit": "%" }, "carbonFreeEnergy": { "value": 91, "unit": "%" } }, "FI": { "zone": { "zoneName": "Finland" }, "carbonIntensity": { "value": 68, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 59, "unit": "%" }, "carbonFreeEnergy": { "value": 95, "unit": "%" } }, "FJ": { "zone": { "zoneName": "Fiji" }, "carbonIntensity": { "value": 291, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 64, "unit": "%" }, "carbonFreeEnergy": { "value": 64, "unit": "%" } }, "FK": { "zone": { "zoneName": "Falkland Islands" }, "carbonIntensity": { "value": 700, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "FM": { "zone": { "zoneName": "Micronesia" }, "carbonIntensity": { "value": 590, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 10, "unit": "%" }, "carbonFreeEnergy": { "value": 10, "unit": "%" } }, "FO": { "zone": { "zoneName": "Faroe Islands" }, "carbonIntensity": { "value": 549, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 51, "unit": "%" }, "carbonFreeEnergy": { "value": 51, "unit": "%" } }, "FO-MI": { "zone": { "zoneName": "Main Islands", "countryName": "Faroe Islands" }, "carbonIntensity": { "value": 546, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 51, "unit": "%" }, "carbonFreeEnergy": { "value": 51, "unit": "%" } }, "FO-SI": { "zone": { "zoneName": "South Island", "countryName": "Faroe Islands" }, "carbonIntensity": { "value": 594, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 47, "unit": "%" }, "carbonFreeEnergy": { "value": 47, "unit": "%" } }, "FR": { "zone": { "zoneName": "France" }, "carbonIntensity": { "value": 31, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 27, "unit": "%" }, "carbonFreeEnergy": { "value": 96, "unit": "%" } }, "FR-COR": { "zone": { "zoneName": "Corsica", "countryName": "France" }, "carbonIntensity": { "value": 546, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 43, "unit": "%" }, "carbonFreeEnergy": { "value": 44, "unit": "%" } }, "GA": { "zone": { "zoneName": "Gabon" }, "carbonIntensity": { "value": 325, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 43, "unit": "%" }, "carbonFreeEnergy": { "value": 43, "unit": "%" } }, "GB": { "zone": { "zoneName": "Great Britain" }, "carbonIntensity": { "value": 176, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 52, "unit": "%" }, "carbonFreeEnergy": { "value": 70, "unit": "%" } }, "GB-NIR": { "zone": { "zoneName": "Northern Ireland" }, "carbonIntensity": { "value": 280, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 44, "unit": "%" }, "carbonFreeEnergy": { "value": 49, "unit": "%" } }, "GB-ORK": { "zone": { "zoneName": "Orkney Islands", "countryName": "Great Britain" }, "carbonIntensity": { "value": 57, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 87, "unit": "%" }, "carbonFreeEnergy": { "value": 92, "unit": "%" } }, "GE": { "zone": { "zoneName": "Georgia" }, "carbonIntensity": { "value": 168, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 67, "unit": "%" }, "carbonFreeEnergy": { "value": 70, "unit": "%" } }, "GF": { "zone": { "zoneName": "French Guiana" }, "carbonIntensity": { "value": 442, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 35, "unit": "%" }, "carbonFreeEnergy": { "value": 35, "unit": "%" } }, "GH": { "zone": { "zoneName": "Ghana" }, "carbonIntensity": { "value": 339, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 34, "unit": "%" }, "carbonFreeEnergy": { "value": 34, "unit": "%" } }, "GI": { "zone": { "zoneName": "Gibraltar" }, "carbonIntensity": { "value": 506, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "GL": { "zone": { "zoneName": "Greenland" }, "carbonIntensity": { "value": 103, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 88, "unit": "%" }, "carbonFreeEnergy": { "value": 88, "unit": "%" } }, "GM": { "zone": { "zoneName": "Gambia" }, "carbonIntensity": { "value": 700, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "GN": { "zone": { "zoneName": "Guinea" }, "carbonIntensity": { "value": 188, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 76, "unit": "%" }, "carbonFreeEnergy": { "value": 76, "unit": "%" } }, "GP": { "zone": { "zoneName": "Guadeloupe" }, "carbonIntensity": { "value": 487, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 33, "unit": "%" }, "carbonFreeEnergy": { "value": 33, "unit": "%" } }, "GQ": { "zone": { "zoneName": "Equatorial Guinea" }, "carbonIntensity": { "value": 365, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 29, "unit": "%" }, "carbonFreeEnergy": { "value": 29, "unit": "%" } }, "GR": { "zone": { "zoneName": "Greece" }, "carbonIntensity": { "value": 296, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 47, "unit": "%" }, "carbonFreeEnergy": { "value": 49, "unit": "%" } }, "GS": { "zone": { "zoneName": "South Georgia and the South Sandwich Islands" }, "carbonIntensity": { "value": 28, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 99, "unit": "%" }, "carbonFreeEnergy": { "value": 99, "unit": "%" } }, "GT": { "zone": { "zoneName": "Guatemala" }, "carbonIntensity": { "value": 359, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 57, "unit": "%" }, "carbonFreeEnergy": { "value": 57, "unit": "%" } }, "GU": { "zone": { "zoneName": "Guam" }, "carbonIntensity": { "value": 639, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 9, "unit": "%" }, "carbonFreeEnergy": { "value": 9, "unit": "%" } }, "GW": { "zone": { "zoneName": "Guinea-Bissau" }, "carbonIntensity": { "value": 700, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "GY": { "zone": { "zoneName": "Guyana" }, "carbonIntensity": { "value": 653, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 9, "unit": "%" }, "carbonFreeEnergy": { "value": 9, "unit": "%" } }, "HK": { "zone": { "zoneName": "Hong Kong" }, "carbonIntensity": { "value": 590, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 1, "unit": "%" }, "carbonFreeEnergy": { "value": 1, "unit": "%" } }, "HN": { "zone": { "zoneName": "Honduras" }, "carbonIntensity": { "value": 316, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 58, "unit": "%" }, "carbonFreeEnergy": { "value": 58, "unit": "%" } }, "HR": { "zone": { "zoneName": "Croatia" }, "carbonIntensity": { "value": 221, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 58, "unit": "%" }, "carbonFreeEnergy": { "value": 71, "unit": "%" } }, "HT": { "zone": { "zoneName": "Haiti" }, "carbonIntensity": { "value": 515, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 22, "unit": "%" }, "carbonFreeEnergy": { "value": 22, "unit": "%" } }, "HU": { "zone": { "zoneName": "Hungary" }, "carbonIntensity": { "value": 219, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 27, "unit": "%" }, "carbonFreeEnergy": { "value": 71, "unit": "%" } }, "ID": { "zone": { "zoneName": "Indonesia" }, "carbonIntensity": { "value": 667, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 15, "unit": "%" }, "carbonFreeEnergy": { "value": 15, "unit": "%" } }, "IE": { "zone": { "zoneName": "Ireland" }, "carbonIntensity": { "value": 301, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 47, "unit": "%" }, "carbonFreeEnergy": { "value": 50, "unit": "%" } }, "IL": { "zone": { "zoneName": "Israel" }, "carbonIntensity": { "value": 475, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 14, "unit": "%" }, "carbonFreeEnergy": { "value": 14, "unit": "%" } }, "IN": { "zone": { "zoneName": "Mainland India", "countryName": "India" }, "carbonIntensity": { "value": 593, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 25, "unit": "%" }, "carbonFreeEnergy": { "value": 28, "unit": "%" } }, "IN-EA": { "zone": { "zoneName": "Eastern India", "countryName": "India" }, "carbonIntensity": { "value": 740, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 10, "unit": "%" }, "carbonFreeEnergy": { "value": 10, "unit": "%" } }, "IN-NE": { "zone": { "zoneName": "North Eastern India", "countryName": "India" }, "carbonIntensity": { "value": 401, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 38, "unit": "%" }, "carbonFreeEnergy": { "value": 38, "unit": "%" } }, "IN-NO": { "zone": { "zoneName": "Northern India", "countryName": "India" }, "carbonIntensity": { "value": 508, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 37, "unit": "%" }, "carbonFreeEnergy": { "value": 39, "unit": "%" } }, "IN-SO": { "zone": { "zoneName": "Southern India", "countryName": "India" }, "carbonIntensity": { "value": 489, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 37, "unit": "%" }, "carbonFreeEnergy": { "value": 42, "unit": "%" } }, "IN-WE": { "zone": { "zoneName": "Western India", "countryName": "India" }, "carbonIntensity": { "value": 653, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 17, "unit": "%" }, "carbonFreeEnergy": { "value": 20, "unit": "%" } }, "IQ": { "zone": { "zoneName": "Iraq" }, "carbonIntensity": { "value": 563, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 1, "unit": "%" }, "carbonFreeEnergy": { "value": 1, "unit": "%" } }, "IR": { "zone": { "zoneName": "Iran" }, "carbonIntensity": { "value": 489, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 4, "unit": "%" }, "carbonFreeEnergy": { "value": 4, "unit": "%" } }, "IS": { "zone": { "zoneName": "Iceland" }, "carbonIntensity": { "value": 28, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "IT": { "zone": { "zoneName": "Italy" }, "carbonIntensity": { "value": 286, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 43, "unit": "%" }, "carbonFreeEnergy": { "value": 52, "unit": "%" } }, "IT-CNO": { "zone": { "zoneName": "Central North Italy", "countryName": "Italy" }, "carbonIntensity": { "value": 251, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 54, "unit": "%" }, "carbonFreeEnergy": { "value": 59, "unit": "%" } }, "IT-CSO": { "zone": { "zoneName": "Central South Italy", "countryName": "Italy" }, "carbonIntensity": { "value": 297, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 48, "unit": "%" }, "carbonFreeEnergy": { "value": 49, "unit": "%" } }, "IT-NO": { "zone": { "zoneName": "North Italy", "countryName": "Italy" }, "carbonIntensity": { "value": 275, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 38, "unit": "%" }, "carbonFreeEnergy": { "value": 53, "unit": "%" } }, "IT-SAR": { "zone": { "zoneName": "Sardinia", "countryName": "Italy" }, "carbonIntensity": { "value": 488, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 36, "unit": "%" }, "carbonFreeEnergy": { "value": 36, "unit": "%" } }, "IT-SIC": { "zone": { "zoneName": "Sicily", "countryName": "Italy" }, "carbonIntensity": { "value": 280, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 53, "unit": "%" }, "carbonFreeEnergy": { "value": 53, "unit": "%" } }, "IT-SO": { "zone": { "zoneName": "South Italy", "countryName": "Italy" }, "carbonIntensity": { "value": 293, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 49, "unit": "%" }, "carbonFreeEnergy": { "value": 49, "unit": "%" } }, "JM": { "zone": { "zoneName": "Jamaica" }, "carbonIntensity": { "value": 489, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 10, "unit": "%" }, "carbonFreeEnergy": { "value": 10, "unit": "%" } }, "JO": { "zone": { "zoneName": "Jordan" }, "carbonIntensity": { "value": 424, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 23, "unit": "%" }, "carbonFreeEnergy": { "value": 23, "unit": "%" } }, "JP": { "zone": { "zoneName": "Japan" }, "carbonIntensity": { "value": 463, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 22, "unit": "%" }, "carbonFreeEnergy": { "value": 30, "unit": "%" } }, "JP-CB": { "zone": { "zoneName": "Ch\u016Bbu", "countryName": "Japan" }, "carbonIntensity": { "value": 481, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 25, "unit": "%" }, "carbonFreeEnergy": { "value": 27, "unit": "%" } }, "JP-CG": { "zone": { "zoneName": "Ch\u016Bgoku", "countryName": "Japan" }, "carbonIntensity": { "value": 487, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 23, "unit": "%" }, "carbonFreeEnergy": { "value": 27, "unit": "%" } }, "JP-HKD": { "zone": { "zoneName": "Hokkaid\u014D", "countryName": "Japan" }, "carbonIntensity": { "value": 457, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 33, "unit": "%" }, "carbonFreeEnergy": { "value": 33, "unit": "%" } }, "JP-HR": { "zone": { "zoneName": "Hokuriku", "countryName": "Japan" }, "carbonIntensity": { "value": 459, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 30, "unit": "%" }, "carbonFreeEnergy": { "value": 31, "unit": "%" } }, "JP-KN": { "zone": { "zoneName": "Kansai", "countryName": "Japan" }, "carbonIntensity": { "value": 370, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 18, "unit": "%" }, "carbonFreeEnergy": { "value": 45, "unit": "%" } }, "JP-KY": { "zone": { "zoneName": "Ky\u016Bsh\u016B", "countryName": "Japan" }, "carbonIntensity": { "value": 307, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 25, "unit": "%" }, "carbonFreeEnergy": { "value": 56, "unit": "%" } }, "JP-ON": { "zone": { "zoneName": "Okinawa", "countryName": "Japan" }, "carbonIntensity": { "value": 590, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 10, "unit": "%" }, "carbonFreeEnergy": { "value": 10, "unit": "%" } }, "JP-SK": { "zone": { "zoneName": "Shikoku", "countryName": "Japan" }, "carbonIntensity": { "value": 493, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 20, "unit": "%" }, "carbonFreeEnergy": { "value": 30, "unit": "%" } }, "JP-TH": { "zone": { "zoneName": "T\u014Dhoku", "countryName": "Japan" }, "carbonIntensity": { "value": 480, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 28, "unit": "%" }, "carbonFreeEnergy": { "value": 28, "unit": "%" } }, "JP-TK": { "zone": { "zoneName": "T\u014Dky\u014D", "countryName": "Japan" }, "carbonIntensity": { "value": 535, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 19, "unit": "%" }, "carbonFreeEnergy": { "value": 19, "unit": "%" } }, "KE": { "zone": { "zoneName": "Kenya" }, "carbonIntensity": { "value": 206, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 74, "unit": "%" }, "carbonFreeEnergy": { "value": 74, "unit": "%" } }, "KG": { "zone": { "zoneName": "Kyrgyzstan" }, "carbonIntensity": { "value": 152, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 83, "unit": "%" }, "carbonFreeEnergy": { "value": 83, "unit": "%" } }, "KH": { "zone": { "zoneName": "Cambodia" }, "carbonIntensity": { "value": 476, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 43, "unit": "%" }, "carbonFreeEnergy": { "value": 43, "unit": "%" } }, "KM": { "zone": { "zoneName": "Comoros" }, "carbonIntensity": { "value": 700, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "KP": { "zone": { "zoneName": "North Korea" }, "carbonIntensity": { "value": 335, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 60, "unit": "%" }, "carbonFreeEnergy": { "value": 60, "unit": "%" } }, "KR": { "zone": { "zoneName": "South Korea" }, "carbonIntensity": { "value": 423, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 4, "unit": "%" }, "carbonFreeEnergy": { "value": 37, "unit": "%" } }, "KW": { "zone": { "zoneName": "Kuwait" }, "carbonIntensity": { "value": 517, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "KY": { "zone": { "zoneName": "Cayman Islands" }, "carbonIntensity": { "value": 681, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 3, "unit": "%" } }, "KZ": { "zone": { "zoneName": "Kazakhstan" }, "carbonIntensity": { "value": 592, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 17, "unit": "%" }, "carbonFreeEnergy": { "value": 17, "unit": "%" } }, "LA": { "zone": { "zoneName": "Laos" }, "carbonIntensity": { "value": 248, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 71, "unit": "%" }, "carbonFreeEnergy": { "value": 71, "unit": "%" } }, "LB": { "zone": { "zoneName": "Lebanon" }, "carbonIntensity": { "value": 362, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 47, "unit": "%" }, "carbonFreeEnergy": { "value": 47, "unit": "%" } }, "LC": { "zone": { "zoneName": "Saint Lucia" }, "carbonIntensity": { "value": 683, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 3, "unit": "%" } }, "LK": { "zone": { "zoneName": "Sri Lanka" }, "carbonIntensity": { "value": 367, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 54, "unit": "%" }, "carbonFreeEnergy": { "value": 54, "unit": "%" } }, "LR": { "zone": { "zoneName": "Liberia" }, "carbonIntensity": { "value": 470, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 34, "unit": "%" }, "carbonFreeEnergy": { "value": 34, "unit": "%" } }, "LS": { "zone": { "zoneName": "Lesotho" }, "carbonIntensity": { "value": 24, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "LT": { "zone": { "zoneName": "Lithuania" }, "carbonIntensity": { "value": 135, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 73, "unit": "%" }, "carbonFreeEnergy": { "value": 82, "unit": "%" } }, "LU": { "zone": { "zoneName": "Luxembourg" }, "carbonIntensity": { "value": 212, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 56, "unit": "%" }, "carbonFreeEnergy": { "value": 77, "unit": "%" } }, "LV": { "zone": { "zoneName": "Latvia" }, "carbonIntensity": { "value": 155, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 70, "unit": "%" }, "carbonFreeEnergy": { "value": 77, "unit": "%" } }, "LY": { "zone": { "zoneName": "Libya" }, "carbonIntensity": { "value": 530, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "MA": { "zone": { "zoneName": "Morocco" }, "carbonIntensity": { "value": 516, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 32, "unit": "%" }, "carbonFreeEnergy": { "value": 34, "unit": "%" } }, "MD": { "zone": { "zoneName": "Moldova" }, "carbonIntensity": { "value": 324, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 30, "unit": "%" }, "carbonFreeEnergy": { "value": 50, "unit": "%" } }, "ME": { "zone": { "zoneName": "Montenegro" }, "carbonIntensity": { "value": 356, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 52, "unit": "%" }, "carbonFreeEnergy": { "value": 55, "unit": "%" } }, "MG": { "zone": { "zoneName": "Madagascar" }, "carbonIntensity": { "value": 431, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 41, "unit": "%" }, "carbonFreeEnergy": { "value": 41, "unit": "%" } }, "MK": { "zone": { "zoneName": "North Macedonia" }, "carbonIntensity": { "value": 452, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 32, "unit": "%" }, "carbonFreeEnergy": { "value": 37, "unit": "%" } }, "ML": { "zone": { "zoneName": "Mali" }, "carbonIntensity": { "value": 410, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 43, "unit": "%" }, "carbonFreeEnergy": { "value": 43, "unit": "%" } }, "MM": { "zone": { "zoneName": "Myanmar" }, "carbonIntensity": { "value": 335, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 40, "unit": "%" }, "carbonFreeEnergy": { "value": 40, "unit": "%" } }, "MN": { "zone": { "zoneName": "Mongolia" }, "carbonIntensity": { "value": 744, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 9, "unit": "%" }, "carbonFreeEnergy": { "value": 9, "unit": "%" } }, "MO": { "zone": { "zoneName": "Macao" }, "carbonIntensity": { "value": 393, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 42, "unit": "%" }, "carbonFreeEnergy": { "value": 42, "unit": "%" } }, "MQ": { "zone": { "zoneName": "Martinique" }, "carbonIntensity": { "value": 577, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 17, "unit": "%" }, "carbonFreeEnergy": { "value": 17, "unit": "%" } }, "MR": { "zone": { "zoneName": "Mauritania" }, "carbonIntensity": { "value": 522, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 26, "unit": "%" }, "carbonFreeEnergy": { "value": 26, "unit": "%" } }, "MT": { "zone": { "zoneName": "Malta" }, "carbonIntensity": { "value": 404, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 24, "unit": "%" }, "carbonFreeEnergy": { "value": 24, "unit": "%" } }, "MU": { "zone": { "zoneName": "Mauritius" }, "carbonIntensity": { "value": 621, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 17, "unit": "%" }, "carbonFreeEnergy": { "value": 17, "unit": "%" } }, "MV": { "zone": { "zoneName": "Maldives" }, "carbonIntensity": { "value": 648, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 8, "unit": "%" }, "carbonFreeEnergy": { "value": 8, "unit": "%" } }, "MW": { "zone": { "zoneName": "Malawi" }, "carbonIntensity": { "value": 60, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 96, "unit": "%" }, "carbonFreeEnergy": { "value": 96, "unit": "%" } }, "MX": { "zone": { "zoneName": "Mexico" }, "carbonIntensity": { "value": 385, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 22, "unit": "%" }, "carbonFreeEnergy": { "value": 25, "unit": "%" } }, "MY": { "zone": { "zoneName": "Malaysia" }, "carbonIntensity": { "value": 611, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 12, "unit": "%" }, "carbonFreeEnergy": { "value": 12, "unit": "%" } }, "MY-EM": { "zone": { "zoneName": "Borneo", "countryName": "Malaysia" }, "carbonIntensity": { "value": 517, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 23, "unit": "%" }, "carbonFreeEnergy": { "value": 23, "unit": "%" } }, "MY-WM": { "zone": { "zoneName": "Peninsula", "countryName": "Malaysia" }, "carbonIntensity": { "value": 651, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 7, "unit": "%" }, "carbonFreeEnergy": { "value": 7, "unit": "%" } }, "MZ": { "zone": { "zoneName": "Mozambique" }, "carbonIntensity": { "value": 149, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 77, "unit": "%" }, "carbonFreeEnergy": { "value": 77, "unit": "%" } }, "NA": { "zone": { "zoneName": "Namibia" }, "carbonIntensity": { "value": 93, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 91, "unit": "%" }, "carbonFreeEnergy": { "value": 91, "unit": "%" } }, "NC": { "zone": { "zoneName": "New Caledonia" }, "carbonIntensity": { "value": 539, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 30, "unit": "%" }, "carbonFreeEnergy": { "value": 30, "unit": "%" } }, "NE": { "zone": { "zoneName": "Niger" }, "carbonIntensity": { "value": 650, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 3, "unit": "%" } }, "NG": { "zone": { "zoneName": "Nigeria" }, "carbonIntensity": { "value": 362, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 27, "unit": "%" }, "carbonFreeEnergy": { "value": 27, "unit": "%" } }, "NI": { "zone": { "zoneName": "Nicaragua" }, "carbonIntensity": { "value": 221, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 72, "unit": "%" }, "carbonFreeEnergy": { "value": 72, "unit": "%" } }, "NL": { "zone": { "zoneName": "Netherlands" }, "carbonIntensity": { "value": 253, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 54, "unit": "%" }, "carbonFreeEnergy": { "value": 58, "unit": "%" } }, "NO": { "zone": { "zoneName": "Norway" }, "carbonIntensity": { "value": 30, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 97, "unit": "%" }, "carbonFreeEnergy": { "value": 99, "unit": "%" } }, "NO-NO1": { "zone": { "zoneName": "Southeast Norway", "countryName": "Norway" }, "carbonIntensity": { "value": 24, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 95, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "NO-NO2": { "zone": { "zoneName": "Southwest Norway", "countryName": "Norway" }, "carbonIntensity": { "value": 29, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 98, "unit": "%" }, "carbonFreeEnergy": { "value": 99, "unit": "%" } }, "NO-NO3": { "zone": { "zoneName": "Middle Norway", "countryName": "Norway" }, "carbonIntensity": { "value": 28, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 99, "unit": "%" }, "carbonFreeEnergy": { "value": 99, "unit": "%" } }, "NO-NO4": { "zone": { "zoneName": "North Norway", "countryName": "Norway" }, "carbonIntensity": { "value": 49, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 95, "unit": "%" }, "carbonFreeEnergy": { "value": 95, "unit": "%" } }, "NO-NO5": { "zone": { "zoneName": "West Norway", "countryName": "Norway" }, "carbonIntensity": { "value": 25, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "NP": { "zone": { "zoneName": "Nepal" }, "carbonIntensity": { "value": 86, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 91, "unit": "%" }, "carbonFreeEnergy": { "value": 91, "unit": "%" } }, "NZ": { "zone": { "zoneName": "New Zealand" }, "carbonIntensity": { "value": 90, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 89, "unit": "%" }, "carbonFreeEnergy": { "value": 89, "unit": "%" } }, "OM": { "zone": { "zoneName": "Oman" }, "carbonIntensity": { "value": 481, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 2, "unit": "%" }, "carbonFreeEnergy": { "value": 2, "unit": "%" } }, "PA": { "zone": { "zoneName": "Panama" }, "carbonIntensity": { "value": 148, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 75, "unit": "%" }, "carbonFreeEnergy": { "value": 75, "unit": "%" } }, "PE": { "zone": { "zoneName": "Peru" }, "carbonIntensity": { "value": 173, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 69, "unit": "%" }, "carbonFreeEnergy": { "value": 69, "unit": "%" } }, "PF": { "zone": { "zoneName": "French Polynesia" }, "carbonIntensity": { "value": 365, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 46, "unit": "%" }, "carbonFreeEnergy": { "value": 46, "unit": "%" } }, "PG": { "zone": { "zoneName": "Papua New Guinea" }, "carbonIntensity": { "value": 512, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 22, "unit": "%" }, "carbonFreeEnergy": { "value": 22, "unit": "%" } }, "PH": { "zone": { "zoneName": "Philippines" }, "carbonIntensity": { "value": 613, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 19, "unit": "%" }, "carbonFreeEnergy": { "value": 19, "unit": "%" } }, "PH-LU": { "zone": { "zoneName": "Luzon", "countryName": "Philippines" }, "carbonIntensity": { "value": 632, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 14, "unit": "%" }, "carbonFreeEnergy": { "value": 14, "unit": "%" } }, "PH-MI": { "zone": { "zoneName": "Mindanao", "countryName": "Philippines" }, "carbonIntensity": { "value": 545, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 34, "unit": "%" }, "carbonFreeEnergy": { "value": 34, "unit": "%" } }, "PH-VI": { "zone": { "zoneName": "Visayas", "countryName": "Philippines" }, "carbonIntensity": { "value": 591, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 27, "unit": "%" }, "carbonFreeEnergy": { "value": 27, "unit": "%" } }, "PK": { "zone": { "zoneName": "Pakistan" }, "carbonIntensity": { "value": 268, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 47, "unit": "%" }, "carbonFreeEnergy": { "value": 61, "unit": "%" } }, "PL": { "zone": { "zoneName": "Poland" }, "carbonIntensity": { "value": 565, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 31, "unit": "%" }, "carbonFreeEnergy": { "value": 32, "unit": "%" } }, "PM": { "zone": { "zoneName": "Saint Pierre and Miquelon" }, "carbonIntensity": { "value": 700, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "PR": { "zone": { "zoneName": "Puerto Rico" }, "carbonIntensity": { "value": 499, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 39, "unit": "%" }, "carbonFreeEnergy": { "value": 39, "unit": "%" } }, "PS": { "zone": { "zoneName": "State of Palestine" }, "carbonIntensity": { "value": 448, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 39, "unit": "%" }, "carbonFreeEnergy": { "value": 39, "unit": "%" } }, "PT": { "zone": { "zoneName": "Portugal" }, "carbonIntensity": { "value": 117, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 77, "unit": "%" }, "carbonFreeEnergy": { "value": 81, "unit": "%" } }, "PT-MA": { "zone": { "zoneName": "Madeira", "countryName": "Portugal" }, "carbonIntensity": { "value": 633, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 36, "unit": "%" }, "carbonFreeEnergy": { "value": 36, "unit": "%" } }, "PW": { "zone": { "zoneName": "Palau" }, "carbonIntensity": { "value": 489, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 27, "unit": "%" }, "carbonFreeEnergy": { "value": 27, "unit": "%" } }, "PY": { "zone": { "zoneName": "Paraguay" }, "carbonIntensity": { "value": 25, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "QA": { "zone": { "zoneName": "Qatar" }, "carbonIntensity": { "value": 490, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "RE": { "zone": { "zoneName": "R\xE9union" }, "carbonIntensity": { "value": 208, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 96, "unit": "%" }, "carbonFreeEnergy": { "value": 96, "unit": "%" } }, "RO": { "zone": { "zoneName": "Romania" }, "carbonIntensity": { "value": 300, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 41, "unit": "%" }, "carbonFreeEnergy": { "value": 66, "unit": "%" } }, "RS": { "zone": { "zoneName": "Serbia" }, "carbonIntensity": { "value": 528, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 31, "unit": "%" }, "carbonFreeEnergy": { "value": 35, "unit": "%" } }, "RU-1": { "zone": { "zoneName": "Europe-Ural", "countryName": "Russia" }, "carbonIntensity": { "value": 353, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 8, "unit": "%" }, "carbonFreeEnergy": { "value": 33, "unit": "%" } }, "RU-2": { "zone": { "zoneName": "Siberia", "countryName": "Russia" }, "carbonIntensity": { "value": 411, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 49, "unit": "%" }, "carbonFreeEnergy": { "value": 49, "unit": "%" } }, "RU-AS": { "zone": { "zoneName": "East", "countryName": "Russia" }, "carbonIntensity": { "value": 426, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 39, "unit": "%" }, "carbonFreeEnergy": { "value": 39, "unit": "%" } }, "RW": { "zone": { "zoneName": "Rwanda" }, "carbonIntensity": { "value": 351, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 47, "unit": "%" }, "carbonFreeEnergy": { "value": 47, "unit": "%" } }, "SA": { "zone": { "zoneName": "Saudi Arabia" }, "carbonIntensity": { "value": 552, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 1, "unit": "%" }, "carbonFreeEnergy": { "value": 1, "unit": "%" } }, "SB": { "zone": { "zoneName": "Solomon Islands" }, "carbonIntensity": { "value": 626, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 11, "unit": "%" }, "carbonFreeEnergy": { "value": 11, "unit": "%" } }, "SC": { "zone": { "zoneName": "Seychelles" }, "carbonIntensity": { "value": 593, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 16, "unit": "%" }, "carbonFreeEnergy": { "value": 16, "unit": "%" } }, "SD": { "zone": { "zoneName": "Sudan" }, "carbonIntensity": { "value": 194, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 73, "unit": "%" }, "carbonFreeEnergy": { "value": 73, "unit": "%" } }, "SE": { "zone": { "zoneName": "Sweden" }, "carbonIntensity": { "value": 21, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 72, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "SE-SE1": { "zone": { "zoneName": "North Sweden", "countryName": "Sweden" }, "carbonIntensity": { "value": 15, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 99, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "SE-SE2": { "zone": { "zoneName": "North Central Sweden", "countryName": "Sweden" }, "carbonIntensity": { "value": 15, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "SE-SE3": { "zone": { "zoneName": "South Central Sweden", "countryName": "Sweden" }, "carbonIntensity": { "value": 20, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 64, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "SE-SE4": { "zone": { "zoneName": "South Sweden", "countryName": "Sweden" }, "carbonIntensity": { "value": 37, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 72, "unit": "%" }, "carbonFreeEnergy": { "value": 99, "unit": "%" } }, "SG": { "zone": { "zoneName": "Singapore" }, "carbonIntensity": { "value": 483, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 5, "unit": "%" }, "carbonFreeEnergy": { "value": 5, "unit": "%" } }, "SI": { "zone": { "zoneName": "Slovenia" }, "carbonIntensity": { "value": 194, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 48, "unit": "%" }, "carbonFreeEnergy": { "value": 78, "unit": "%" } }, "SK": { "zone": { "zoneName": "Slovakia" }, "carbonIntensity": { "value": 232, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 18, "unit": "%" }, "carbonFreeEnergy": { "value": 72, "unit": "%" } }, "SL": { "zone": { "zoneName": "Sierra Leone" }, "carbonIntensity": { "value": 53, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 96, "unit": "%" }, "carbonFreeEnergy": { "value": 96, "unit": "%" } }, "SN": { "zone": { "zoneName": "Senegal" }, "carbonIntensity": { "value": 573, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 13, "unit": "%" }, "carbonFreeEnergy": { "value": 13, "unit": "%" } }, "SO": { "zone": { "zoneName": "Somalia" }, "carbonIntensity": { "value": 557, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 22, "unit": "%" }, "carbonFreeEnergy": { "value": 22, "unit": "%" } }, "SR": { "zone": { "zoneName": "Suriname" }, "carbonIntensity": { "value": 269, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 61, "unit": "%" }, "carbonFreeEnergy": { "value": 61, "unit": "%" } }, "SS": { "zone": { "zoneName": "South Sudan" }, "carbonIntensity": { "value": 611, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 7, "unit": "%" }, "carbonFreeEnergy": { "value": 7, "unit": "%" } }, "ST": { "zone": { "zoneName": "S\xE3o Tom\xE9 and Pr\xEDncipe" }, "carbonIntensity": { "value": 623, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 4, "unit": "%" }, "carbonFreeEnergy": { "value": 4, "unit": "%" } }, "SV": { "zone": { "zoneName": "El Salvador" }, "carbonIntensity": { "value": 239, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 64, "unit": "%" }, "carbonFreeEnergy": { "value": 64, "unit": "%" } }, "SY": { "zone": { "zoneName": "Syria" }, "carbonIntensity": { "value": 554, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 4, "unit": "%" }, "carbonFreeEnergy": { "value": 4, "unit": "%" } }, "SZ": { "zone": { "zoneName": "Eswatini" }, "carbonIntensity": { "value": 146, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 93, "unit": "%" }, "carbonFreeEnergy": { "value": 93, "unit": "%" } }, "TD": { "zone": { "zoneName": "Chad" }, "carbonIntensity": { "value": 638, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 2, "unit": "%" }, "carbonFreeEnergy": { "value": 2, "unit": "%" } }, "TG": { "zone": { "zoneName": "Togo" }, "carbonIntensity": { "value": 384, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 24, "unit": "%" }, "carbonFreeEnergy": { "value": 24, "unit": "%" } }, "TH": { "zone": { "zoneName": "Thailand" }, "carbonIntensity": { "value": 485, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 16, "unit": "%" }, "carbonFreeEnergy": { "value": 16, "unit": "%" } }, "TJ": { "zone": { "zoneName": "Tajikistan" }, "carbonIntensity": { "value": 72, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 94, "unit": "%" }, "carbonFreeEnergy": { "value": 94, "unit": "%" } }, "TL": { "zone": { "zoneName": "Timor-Leste" }, "carbonIntensity": { "value": 665, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "TM": { "zone": { "zoneName": "Turkmenistan" }, "carbonIntensity": { "value": 490, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "TN": { "zone": { "zoneName": "Tunisia" }, "carbonIntensity": { "value": 483, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 2, "unit": "%" }, "carbonFreeEnergy": { "value": 2, "unit": "%" } }, "TO": { "zone": { "zoneName": "Tonga" }, "carbonIntensity": { "value": 600, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 15, "unit": "%" }, "carbonFreeEnergy": { "value": 15, "unit": "%" } }, "TR": { "zone": { "zoneName": "Turkey" }, "carbonIntensity": { "value": 440, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 38, "unit": "%" }, "carbonFreeEnergy": { "value": 38, "unit": "%" } }, "TT": { "zone": { "zoneName": "Trinidad and Tobago" }, "carbonIntensity": { "value": 490, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "TW": { "zone": { "zoneName": "Taiwan" }, "carbonIntensity": { "value": 519, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 14, "unit": "%" }, "carbonFreeEnergy": { "value": 15, "unit": "%" } }, "TZ": { "zone": { "zoneName": "Tanzania" }, "carbonIntensity": { "value": 388, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 24, "unit": "%" }, "carbonFreeEnergy": { "value": 24, "unit": "%" } }, "UG": { "zone": { "zoneName": "Uganda" }, "carbonIntensity": { "value": 108, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 89, "unit": "%" }, "carbonFreeEnergy": { "value": 89, "unit": "%" } }, "US": { "zone": { "zoneName": "United States" }, "carbonIntensity": { "value": 414, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 24, "unit": "%" }, "carbonFreeEnergy": { "value": 42, "unit": "%" } }, "US-AK": { "zone": { "zoneName": "Alaska", "countryName": "USA" }, "carbonIntensity": { "value": 469, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 30, "unit": "%" }, "carbonFreeEnergy": { "value": 30, "unit": "%" } }, "US-AK-SEAPA": { "zone": { "zoneName": "Southeast Alaska Power Agency", "countryName": "USA" }, "carbonIntensity": { "value": 28, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "US-CAL-BANC": { "zone": { "zoneName": "Balancing Authority of Northern California", "displayName": "BANC", "countryName": "USA" }, "carbonIntensity": { "value": 275, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 50, "unit": "%" }, "carbonFreeEnergy": { "value": 52, "unit": "%" } }, "US-CAL-CISO": { "zone": { "zoneName": "CAISO", "displayName": "California ISO", "countryName": "USA" }, "carbonIntensity": { "value": 208, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 55, "unit": "%" }, "carbonFreeEnergy": { "value": 66, "unit": "%" } }, "US-CAL-IID": { "zone": { "zoneName": "Imperial Irrigation District", "countryName": "USA" }, "carbonIntensity": { "value": 168, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 79, "unit": "%" }, "carbonFreeEnergy": { "value": 80, "unit": "%" } }, "US-CAL-LDWP": { "zone": { "zoneName": "Los Angeles Department of Water and Power", "countryName": "USA" }, "carbonIntensity": { "value": 355, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 45, "unit": "%" }, "carbonFreeEnergy": { "value": 50, "unit": "%" } }, "US-CAL-TIDC": { "zone": { "zoneName": "Turlock Irrigation District", "countryName": "USA" }, "carbonIntensity": { "value": 439, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 24, "unit": "%" }, "carbonFreeEnergy": { "value": 25, "unit": "%" } }, "US-CAR-CPLE": { "zone": { "zoneName": "Duke Energy Progress East", "countryName": "USA" }, "carbonIntensity": { "value": 341, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 8, "unit": "%" }, "carbonFreeEnergy": { "value": 54, "unit": "%" } }, "US-CAR-CPLW": { "zone": { "zoneName": "Duke Energy Progress West", "countryName": "USA" }, "carbonIntensity": { "value": 508, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 7, "unit": "%" }, "carbonFreeEnergy": { "value": 16, "unit": "%" } }, "US-CAR-DUK": { "zone": { "zoneName": "Duke Energy Carolinas", "countryName": "USA" }, "carbonIntensity": { "value": 320, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 5, "unit": "%" }, "carbonFreeEnergy": { "value": 56, "unit": "%" } }, "US-CAR-SC": { "zone": { "zoneName": "South Carolina Public Service Authority", "countryName": "USA" }, "carbonIntensity": { "value": 654, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 7, "unit": "%" }, "carbonFreeEnergy": { "value": 25, "unit": "%" } }, "US-CAR-SCEG": { "zone": { "zoneName": "South Carolina Electric & Gas Company", "countryName": "USA" }, "carbonIntensity": { "value": 466, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 11, "unit": "%" }, "carbonFreeEnergy": { "value": 35, "unit": "%" } }, "US-CAR-YAD": { "zone": { "zoneName": "Alcoa Power Generating, Inc. Yadkin Division", "displayName": "Alcoa Power Generating", "countryName": "USA" }, "carbonIntensity": { "value": 57, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 89, "unit": "%" }, "carbonFreeEnergy": { "value": 95, "unit": "%" } }, "US-CENT-SPA": { "zone": { "zoneName": "Southwestern Power Administration", "countryName": "USA" }, "carbonIntensity": { "value": 48, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 97, "unit": "%" }, "carbonFreeEnergy": { "value": 97, "unit": "%" } }, "US-CENT-SWPP": { "zone": { "zoneName": "Southwest Power Pool", "displayName": "SPP", "countryName": "USA" }, "carbonIntensity": { "value": 477, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 40, "unit": "%" }, "carbonFreeEnergy": { "value": 46, "unit": "%" } }, "US-FLA-FMPP": { "zone": { "zoneName": "Florida Municipal Power Pool", "countryName": "USA" }, "carbonIntensity": { "value": 507, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 4, "unit": "%" }, "carbonFreeEnergy": { "value": 12, "unit": "%" } }, "US-FLA-FPC": { "zone": { "zoneName": "Duke Energy Florida", "countryName": "USA" }, "carbonIntensity": { "value": 541, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 8, "unit": "%" }, "carbonFreeEnergy": { "value": 11, "unit": "%" } }, "US-FLA-FPL": { "zone": { "zoneName": "Florida Power and Light Company", "countryName": "USA" }, "carbonIntensity": { "value": 356, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 10, "unit": "%" }, "carbonFreeEnergy": { "value": 30, "unit": "%" } }, "US-FLA-GVL": { "zone": { "zoneName": "Gainesville Regional Utilities", "countryName": "USA" }, "carbonIntensity": { "value": 699, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 2, "unit": "%" }, "carbonFreeEnergy": { "value": 4, "unit": "%" } }, "US-FLA-HST": { "zone": { "zoneName": "City of Homestead", "countryName": "USA" }, "carbonIntensity": { "value": 357, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 10, "unit": "%" }, "carbonFreeEnergy": { "value": 30, "unit": "%" } }, "US-FLA-JEA": { "zone": { "zoneName": "Jacksonville Electric Authority", "countryName": "USA" }, "carbonIntensity": { "value": 655, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 4, "unit": "%" }, "carbonFreeEnergy": { "value": 11, "unit": "%" } }, "US-FLA-SEC": { "zone": { "zoneName": "Seminole Electric Cooperative", "countryName": "USA" }, "carbonIntensity": { "value": 549, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "US-FLA-TAL": { "zone": { "zoneName": "City of Tallahassee", "countryName": "USA" }, "carbonIntensity": { "value": 497, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 4, "unit": "%" }, "carbonFreeEnergy": { "value": 8, "unit": "%" } }, "US-FLA-TEC": { "zone": { "zoneName": "Tampa Electric Company", "countryName": "USA" }, "carbonIntensity": { "value": 504, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 10, "unit": "%" }, "carbonFreeEnergy": { "value": 10, "unit": "%" } }, "US-HI": { "zone": { "zoneName": "Hawaii", "countryName": "USA" }, "carbonIntensity": { "value": 784, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 22, "unit": "%" }, "carbonFreeEnergy": { "value": 22, "unit": "%" } }, "US-MIDA-PJM": { "zone": { "zoneName": "PJM Interconnection", "displayName": "PJM", "countryName": "USA" }, "carbonIntensity": { "value": 418, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 8, "unit": "%" }, "carbonFreeEnergy": { "value": 39, "unit": "%" } }, "US-MIDW-AECI": { "zone": { "zoneName": "Associated Electric Cooperative", "countryName": "USA" }, "carbonIntensity": { "value": 678, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 19, "unit": "%" }, "carbonFreeEnergy": { "value": 20, "unit": "%" } }, "US-MIDW-LGEE": { "zone": { "zoneName": "Louisville Gas and Electric Company and Kentucky Utilities", "displayName": "Louisville Gas And Electric Company", "countryName": "USA" }, "carbonIntensity": { "value": 848, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 7, "unit": "%" } }, "US-MIDW-MISO": { "zone": { "zoneName": "Midcontinent ISO", "displayName": "MISO", "countryName": "USA" }, "carbonIntensity": { "value": 501, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 21, "unit": "%" }, "carbonFreeEnergy": { "value": 36, "unit": "%" } }, "US-NE-ISNE": { "zone": { "zoneName": "ISO New England", "countryName": "USA" }, "carbonIntensity": { "value": 309, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 20, "unit": "%" }, "carbonFreeEnergy": { "value": 45, "unit": "%" } }, "US-NW-AVA": { "zone": { "zoneName": "Avista Corporation", "countryName": "USA" }, "carbonIntensity": { "value": 241, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 63, "unit": "%" }, "carbonFreeEnergy": { "value": 65, "unit": "%" } }, "US-NW-BPAT": { "zone": { "zoneName": "Bonneville Power Administration", "countryName": "USA" }, "carbonIntensity": { "value": 129, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 77, "unit": "%" }, "carbonFreeEnergy": { "value": 84, "unit": "%" } }, "US-NW-CHPD": { "zone": { "zoneName": "Chelan County", "countryName": "USA" }, "carbonIntensity": { "value": 26, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "US-NW-DOPD": { "zone": { "zoneName": "Douglas County", "countryName": "USA" }, "carbonIntensity": { "value": 33, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 98, "unit": "%" }, "carbonFreeEnergy": { "value": 99, "unit": "%" } }, "US-NW-GCPD": { "zone": { "zoneName": "Grant County", "countryName": "USA" }, "carbonIntensity": { "value": 51, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 95, "unit": "%" }, "carbonFreeEnergy": { "value": 95, "unit": "%" } }, "US-NW-GRID": { "zone": { "zoneName": "Gridforce Energy Management", "countryName": "USA" }, "carbonIntensity": { "value": 541, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 15, "unit": "%" }, "carbonFreeEnergy": { "value": 15, "unit": "%" } }, "US-NW-IPCO": { "zone": { "zoneName": "Idaho Power Company", "countryName": "USA" }, "carbonIntensity": { "value": 316, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 62, "unit": "%" }, "carbonFreeEnergy": { "value": 62, "unit": "%" } }, "US-NW-NEVP": { "zone": { "zoneName": "Nevada Power Company", "countryName": "USA" }, "carbonIntensity": { "value": 435, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 31, "unit": "%" }, "carbonFreeEnergy": { "value": 33, "unit": "%" } }, "US-NW-NWMT": { "zone": { "zoneName": "Northwestern Energy", "countryName": "USA" }, "carbonIntensity": { "value": 580, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 45, "unit": "%" }, "carbonFreeEnergy": { "value": 45, "unit": "%" } }, "US-NW-PACE": { "zone": { "zoneName": "Pacificorp East", "countryName": "USA" }, "carbonIntensity": { "value": 618, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 37, "unit": "%" }, "carbonFreeEnergy": { "value": 37, "unit": "%" } }, "US-NW-PACW": { "zone": { "zoneName": "Pacificorp West", "countryName": "USA" }, "carbonIntensity": { "value": 204, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 67, "unit": "%" }, "carbonFreeEnergy": { "value": 70, "unit": "%" } }, "US-NW-PGE": { "zone": { "zoneName": "Portland General Electric Company", "countryName": "USA" }, "carbonIntensity": { "value": 274, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 54, "unit": "%" }, "carbonFreeEnergy": { "value": 58, "unit": "%" } }, "US-NW-PSCO": { "zone": { "zoneName": "Public Service Company of Colorado", "displayName": "PSCo", "countryName": "USA" }, "carbonIntensity": { "value": 438, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 46, "unit": "%" }, "carbonFreeEnergy": { "value": 46, "unit": "%" } }, "US-NW-PSEI": { "zone": { "zoneName": "Puget Sound Energy", "countryName": "USA" }, "carbonIntensity": { "value": 166, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 70, "unit": "%" }, "carbonFreeEnergy": { "value": 75, "unit": "%" } }, "US-NW-SCL": { "zone": { "zoneName": "Seattle City Light", "countryName": "USA" }, "carbonIntensity": { "value": 84, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 87, "unit": "%" }, "carbonFreeEnergy": { "value": 91, "unit": "%" } }, "US-NW-TPWR": { "zone": { "zoneName": "City of Tacoma", "countryName": "USA" }, "carbonIntensity": { "value": 89, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 86, "unit": "%" }, "carbonFreeEnergy": { "value": 90, "unit": "%" } }, "US-NW-WACM": { "zone": { "zoneName": "Western Area Power Administration - Rocky Mountain Region", "displayName": "WAPA Rocky Mountains", "countryName": "USA" }, "carbonIntensity": { "value": 687, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 36, "unit": "%" }, "carbonFreeEnergy": { "value": 37, "unit": "%" } }, "US-NW-WAUW": { "zone": { "zoneName": "Western Area Power Administration - Upper Great Plains West", "displayName": "WAPA Upper Great Plains", "countryName": "USA" }, "carbonIntensity": { "value": 335, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 61, "unit": "%" }, "carbonFreeEnergy": { "value": 64, "unit": "%" } }, "US-NY-NYIS": { "zone": { "zoneName": "New York ISO", "countryName": "USA" }, "carbonIntensity": { "value": 314, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 22, "unit": "%" }, "carbonFreeEnergy": { "value": 46, "unit": "%" } }, "US-SE-SEPA": { "zone": { "zoneName": "Southeastern Power Administration", "countryName": "USA" }, "carbonIntensity": { "value": 534, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 9, "unit": "%" }, "carbonFreeEnergy": { "value": 35, "unit": "%" } }, "US-SE-SOCO": { "zone": { "zoneName": "Southern Company Services", "countryName": "USA" }, "carbonIntensity": { "value": 470, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 6, "unit": "%" }, "carbonFreeEnergy": { "value": 33, "unit": "%" } }, "US-SW-AZPS": { "zone": { "zoneName": "Arizona Public Service Company", "countryName": "USA" }, "carbonIntensity": { "value": 393, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 20, "unit": "%" }, "carbonFreeEnergy": { "value": 44, "unit": "%" } }, "US-SW-EPE": { "zone": { "zoneName": "El Paso Electric Company", "countryName": "USA" }, "carbonIntensity": { "value": 524, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 20, "unit": "%" }, "carbonFreeEnergy": { "value": 21, "unit": "%" } }, "US-SW-PNM": { "zone": { "zoneName": "Public Service Company of New Mexico", "countryName": "USA" }, "carbonIntensity": { "value": 293, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 62, "unit": "%" }, "carbonFreeEnergy": { "value": 64, "unit": "%" } }, "US-SW-SRP": { "zone": { "zoneName": "Salt River Project", "countryName": "USA" }, "carbonIntensity": { "value": 304, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 9, "unit": "%" }, "carbonFreeEnergy": { "value": 55, "unit": "%" } }, "US-SW-TEPC": { "zone": { "zoneName": "Tucson Electric Power Company", "countryName": "USA" }, "carbonIntensity": { "value": 485, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 23, "unit": "%" }, "carbonFreeEnergy": { "value": 27, "unit": "%" } }, "US-SW-WALC": { "zone": { "zoneName": "Western Area Power Administration - Desert Southwest Region", "displayName": "WAPA Desert Southwest", "countryName": "USA" }, "carbonIntensity": { "value": 325, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 46, "unit": "%" }, "carbonFreeEnergy": { "value": 54, "unit": "%" } }, "US-TEN-TVA": { "zone": { "zoneName": "Tennessee Valley Authority", "displayName": "TVA", "countryName": "USA" }, "carbonIntensity": { "value": 404, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 13, "unit": "%" }, "carbonFreeEnergy": { "value": 47, "unit": "%" } }, "US-TEX-ERCO": { "zone": { "zoneName": "Electric Reliability Council of Texas", "displayName": "ERCOT", "countryName": "USA" }, "carbonIntensity": { "value": 363, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 37, "unit": "%" }, "carbonFreeEnergy": { "value": 46, "unit": "%" } }, "UY": { "zone": { "zoneName": "Uruguay" }, "carbonIntensity": { "value": 71, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 96, "unit": "%" }, "carbonFreeEnergy": { "value": 96, "unit": "%" } }, "UZ": { "zone": { "zoneName": "Uzbekistan" }, "carbonIntensity": { "value": 487, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 10, "unit": "%" }, "carbonFreeEnergy": { "value": 10, "unit": "%" } }, "VC": { "zone": { "zoneName": "Saint Vincent and the Grenadines" }, "carbonIntensity": { "value": 609, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 14, "unit": "%" }, "carbonFreeEnergy": { "value": 14, "unit": "%" } }, "VE": { "zone": { "zoneName": "Venezuela" }, "carbonIntensity": { "value": 144, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 79, "unit": "%" }, "carbonFreeEnergy": { "value": 79, "unit": "%" } }, "VI": { "zone": { "zoneName": "Virgin Islands", "countryName": "USA" }, "carbonIntensity": { "value": 680, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 3, "unit": "%" } }, "VN": { "zone": { "zoneName": "Vietnam" }, "carbonIntensity": { "value": 426, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 47, "unit": "%" }, "carbonFreeEnergy": { "value": 47, "unit": "%" } }, "VU": { "zone": { "zoneName": "Vanuatu" }, "carbonIntensity": { "value": 521, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 27, "unit": "%" }, "carbonFreeEnergy": { "value": 27, "unit": "%" } }, "WS": { "zone": { "zoneName": "Samoa" }, "carbonIntensity": { "value": 455, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 39, "unit": "%" }, "carbonFreeEnergy": { "value": 39, "unit": "%" } }, "XK": { "zone": { "zoneName": "Kosovo" }, "carbonIntensity": { "value": 605, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 24, "unit": "%" }, "carbonFreeEnergy": { "value": 25, "unit": "%" } }, "YE": { "zone": { "zoneName": "Yemen" }, "carbonIntensity": { "value": 567, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 13, "unit": "%" }, "carbonFreeEnergy": { "value": 13, "unit": "%" } }, "YT": { "zone": { "zoneName": "Mayotte" }, "carbonIntensity": { "value": 567, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 14, "unit": "%" }, "carbonFreeEnergy": { "value": 14, "unit": "%" } }, "ZA": { "zone": { "zoneName": "South Africa" }, "carbonIntensity": { "value": 700, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 10, "unit": "%" }, "carbonFreeEnergy": { "value": 15, "unit": "%" } }, "ZM": { "zone": { "zoneName": "Zambia" }, "carbonIntensity": { "value": 166, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 81, "unit": "%" }, "carbonFreeEnergy": { "value": 81, "unit": "%" } }, "ZW": { "zone": { "zoneName": "Zimbabwe" }, "carbonIntensity": { "value": 419, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 50, "unit": "%" }, "carbonFreeEnergy": { "value": 50, "unit": "%" } } };
const methodology$4 = "https://www.electricitymaps.com/data/methodology";
var yearly_2025_default = { data: data$4, methodology: methodology$4 };

const data$3 = { "AE": { "zone": { "zoneName": "United Arab Emirates" }, "carbonIntensity": { "value": 383, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 6, "unit": "%" }, "carbonFreeEnergy": { "value": 23, "unit": "%" } }, "AF": { "zone": { "zoneName": "Afghanistan" }, "carbonIntensity": { "value": 121, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 86, "unit": "%" }, "carbonFreeEnergy": { "value": 86, "unit": "%" } }, "AG": { "zone": { "zoneName": "Antigua and Barbuda" }, "carbonIntensity": { "value": 663, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 6, "unit": "%" }, "carbonFreeEnergy": { "value": 6, "unit": "%" } }, "AL": { "zone": { "zoneName": "Albania" }, "carbonIntensity": { "value": 80, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 90, "unit": "%" }, "carbonFreeEnergy": { "value": 90, "unit": "%" } }, "AM": { "zone": { "zoneName": "Armenia" }, "carbonIntensity": { "value": 208, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 27, "unit": "%" }, "carbonFreeEnergy": { "value": 60, "unit": "%" } }, "AO": { "zone": { "zoneName": "Angola" }, "carbonIntensity": { "value": 177, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 73, "unit": "%" }, "carbonFreeEnergy": { "value": 73, "unit": "%" } }, "AR": { "zone": { "zoneName": "Argentina" }, "carbonIntensity": { "value": 380, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 40, "unit": "%" }, "carbonFreeEnergy": { "value": 47, "unit": "%" } }, "AT": { "zone": { "zoneName": "Austria" }, "carbonIntensity": { "value": 119, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 81, "unit": "%" }, "carbonFreeEnergy": { "value": 85, "unit": "%" } }, "AU": { "zone": { "zoneName": "Australia" }, "carbonIntensity": { "value": 489, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 39, "unit": "%" }, "carbonFreeEnergy": { "value": 39, "unit": "%" } }, "AU-NSW": { "zone": { "zoneName": "New South Wales", "countryName": "Australia" }, "carbonIntensity": { "value": 541, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 35, "unit": "%" }, "carbonFreeEnergy": { "value": 35, "unit": "%" } }, "AU-NT": { "zone": { "zoneName": "Northern Territory", "countryName": "Australia" }, "carbonIntensity": { "value": 495, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 1, "unit": "%" }, "carbonFreeEnergy": { "value": 1, "unit": "%" } }, "AU-QLD": { "zone": { "zoneName": "Queensland", "countryName": "Australia" }, "carbonIntensity": { "value": 581, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 28, "unit": "%" }, "carbonFreeEnergy": { "value": 28, "unit": "%" } }, "AU-SA": { "zone": { "zoneName": "South Australia", "countryName": "Australia" }, "carbonIntensity": { "value": 187, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 70, "unit": "%" }, "carbonFreeEnergy": { "value": 70, "unit": "%" } }, "AU-TAS": { "zone": { "zoneName": "Tasmania", "countryName": "Australia" }, "carbonIntensity": { "value": 133, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 84, "unit": "%" }, "carbonFreeEnergy": { "value": 84, "unit": "%" } }, "AU-TAS-FI": { "zone": { "zoneName": "Flinders Island", "countryName": "Australia" }, "carbonIntensity": { "value": 260, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 61, "unit": "%" }, "carbonFreeEnergy": { "value": 61, "unit": "%" } }, "AU-TAS-KI": { "zone": { "zoneName": "King Island", "countryName": "Australia" }, "carbonIntensity": { "value": 454, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 31, "unit": "%" }, "carbonFreeEnergy": { "value": 31, "unit": "%" } }, "AU-VIC": { "zone": { "zoneName": "Victoria", "countryName": "Australia" }, "carbonIntensity": { "value": 496, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 40, "unit": "%" }, "carbonFreeEnergy": { "value": 40, "unit": "%" } }, "AU-WA": { "zone": { "zoneName": "Western Australia", "countryName": "Australia" }, "carbonIntensity": { "value": 395, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 41, "unit": "%" }, "carbonFreeEnergy": { "value": 41, "unit": "%" } }, "AU-WA-RI": { "zone": { "zoneName": "Rottnest Island", "countryName": "Australia" }, "carbonIntensity": { "value": 519, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 21, "unit": "%" }, "carbonFreeEnergy": { "value": 21, "unit": "%" } }, "AW": { "zone": { "zoneName": "Aruba" }, "carbonIntensity": { "value": 573, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 12, "unit": "%" }, "carbonFreeEnergy": { "value": 12, "unit": "%" } }, "AX": { "zone": { "zoneName": "\xC5land Islands" }, "carbonIntensity": { "value": 19, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 81, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "AZ": { "zone": { "zoneName": "Azerbaijan" }, "carbonIntensity": { "value": 431, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 13, "unit": "%" }, "carbonFreeEnergy": { "value": 13, "unit": "%" } }, "BA": { "zone": { "zoneName": "Bosnia and Herzegovina" }, "carbonIntensity": { "value": 484, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 39, "unit": "%" }, "carbonFreeEnergy": { "value": 41, "unit": "%" } }, "BB": { "zone": { "zoneName": "Barbados" }, "carbonIntensity": { "value": 638, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 9, "unit": "%" }, "carbonFreeEnergy": { "value": 9, "unit": "%" } }, "BD": { "zone": { "zoneName": "Bangladesh" }, "carbonIntensity": { "value": 618, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 4, "unit": "%" }, "carbonFreeEnergy": { "value": 4, "unit": "%" } }, "BE": { "zone": { "zoneName": "Belgium" }, "carbonIntensity": { "value": 153, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 34, "unit": "%" }, "carbonFreeEnergy": { "value": 76, "unit": "%" } }, "BF": { "zone": { "zoneName": "Burkina Faso" }, "carbonIntensity": { "value": 577, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 14, "unit": "%" }, "carbonFreeEnergy": { "value": 14, "unit": "%" } }, "BG": { "zone": { "zoneName": "Bulgaria" }, "carbonIntensity": { "value": 349, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 27, "unit": "%" }, "carbonFreeEnergy": { "value": 65, "unit": "%" } }, "BH": { "zone": { "zoneName": "Bahrain" }, "carbonIntensity": { "value": 488, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "BI": { "zone": { "zoneName": "Burundi" }, "carbonIntensity": { "value": 239, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 69, "unit": "%" }, "carbonFreeEnergy": { "value": 69, "unit": "%" } }, "BJ": { "zone": { "zoneName": "Benin" }, "carbonIntensity": { "value": 508, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 4, "unit": "%" }, "carbonFreeEnergy": { "value": 4, "unit": "%" } }, "BN": { "zone": { "zoneName": "Brunei" }, "carbonIntensity": { "value": 566, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "BO": { "zone": { "zoneName": "Bolivia" }, "carbonIntensity": { "value": 333, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 36, "unit": "%" }, "carbonFreeEnergy": { "value": 36, "unit": "%" } }, "BR": { "zone": { "zoneName": "Brazil" }, "carbonIntensity": { "value": 91, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 88, "unit": "%" }, "carbonFreeEnergy": { "value": 90, "unit": "%" } }, "BR-CS": { "zone": { "zoneName": "Central Brazil", "countryName": "Brazil" }, "carbonIntensity": { "value": 102, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 85, "unit": "%" }, "carbonFreeEnergy": { "value": 89, "unit": "%" } }, "BR-N": { "zone": { "zoneName": "North Brazil", "countryName": "Brazil" }, "carbonIntensity": { "value": 133, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 84, "unit": "%" }, "carbonFreeEnergy": { "value": 84, "unit": "%" } }, "BR-NE": { "zone": { "zoneName": "North-East Brazil", "countryName": "Brazil" }, "carbonIntensity": { "value": 45, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 96, "unit": "%" }, "carbonFreeEnergy": { "value": 96, "unit": "%" } }, "BR-S": { "zone": { "zoneName": "South Brazil", "countryName": "Brazil" }, "carbonIntensity": { "value": 78, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 92, "unit": "%" }, "carbonFreeEnergy": { "value": 92, "unit": "%" } }, "BS": { "zone": { "zoneName": "Bahamas" }, "carbonIntensity": { "value": 691, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 1, "unit": "%" }, "carbonFreeEnergy": { "value": 1, "unit": "%" } }, "BT": { "zone": { "zoneName": "Bhutan" }, "carbonIntensity": { "value": 121, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 88, "unit": "%" }, "carbonFreeEnergy": { "value": 88, "unit": "%" } }, "BW": { "zone": { "zoneName": "Botswana" }, "carbonIntensity": { "value": 811, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "BY": { "zone": { "zoneName": "Belarus" }, "carbonIntensity": { "value": 317, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 4, "unit": "%" }, "carbonFreeEnergy": { "value": 40, "unit": "%" } }, "BZ": { "zone": { "zoneName": "Belize" }, "carbonIntensity": { "value": 166, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 89, "unit": "%" }, "carbonFreeEnergy": { "value": 89, "unit": "%" } }, "CA": { "zone": { "zoneName": "Canada" }, "carbonIntensity": { "value": 132, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 66, "unit": "%" }, "carbonFreeEnergy": { "value": 79, "unit": "%" } }, "CA-AB": { "zone": { "zoneName": "Alberta", "countryName": "Canada" }, "carbonIntensity": { "value": 402, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 22, "unit": "%" }, "carbonFreeEnergy": { "value": 22, "unit": "%" } }, "CA-BC": { "zone": { "zoneName": "British Columbia", "countryName": "Canada" }, "carbonIntensity": { "value": 71, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 93, "unit": "%" }, "carbonFreeEnergy": { "value": 94, "unit": "%" } }, "CA-MB": { "zone": { "zoneName": "Manitoba", "countryName": "Canada" }, "carbonIntensity": { "value": 55, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 94, "unit": "%" }, "carbonFreeEnergy": { "value": 95, "unit": "%" } }, "CA-NB": { "zone": { "zoneName": "New Brunswick", "countryName": "Canada" }, "carbonIntensity": { "value": 154, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 51, "unit": "%" }, "carbonFreeEnergy": { "value": 78, "unit": "%" } }, "CA-NL": { "zone": { "zoneName": "Newfoundland and Labrador", "countryName": "Canada" }, "carbonIntensity": { "value": 27, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 99, "unit": "%" }, "carbonFreeEnergy": { "value": 99, "unit": "%" } }, "CA-NS": { "zone": { "zoneName": "Nova Scotia", "countryName": "Canada" }, "carbonIntensity": { "value": 396, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 47, "unit": "%" }, "carbonFreeEnergy": { "value": 49, "unit": "%" } }, "CA-NT": { "zone": { "zoneName": "Northwest Territories", "countryName": "Canada" }, "carbonIntensity": { "value": 104, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 86, "unit": "%" }, "carbonFreeEnergy": { "value": 86, "unit": "%" } }, "CA-NU": { "zone": { "zoneName": "Nunavut", "countryName": "Canada" }, "carbonIntensity": { "value": 649, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "CA-ON": { "zone": { "zoneName": "Ontario", "countryName": "Canada" }, "carbonIntensity": { "value": 91, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 33, "unit": "%" }, "carbonFreeEnergy": { "value": 84, "unit": "%" } }, "CA-PE": { "zone": { "zoneName": "Prince Edward Island", "countryName": "Canada" }, "carbonIntensity": { "value": 71, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 81, "unit": "%" }, "carbonFreeEnergy": { "value": 91, "unit": "%" } }, "CA-QC": { "zone": { "zoneName": "Qu\xE9bec", "countryName": "Canada" }, "carbonIntensity": { "value": 35, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 96, "unit": "%" }, "carbonFreeEnergy": { "value": 99, "unit": "%" } }, "CA-SK": { "zone": { "zoneName": "Saskatchewan", "countryName": "Canada" }, "carbonIntensity": { "value": 488, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 22, "unit": "%" }, "carbonFreeEnergy": { "value": 22, "unit": "%" } }, "CA-YT": { "zone": { "zoneName": "Yukon", "countryName": "Canada" }, "carbonIntensity": { "value": 215, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 64, "unit": "%" }, "carbonFreeEnergy": { "value": 64, "unit": "%" } }, "CD": { "zone": { "zoneName": "Democratic Republic of the Congo" }, "carbonIntensity": { "value": 25, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "CF": { "zone": { "zoneName": "Central African Republic" }, "carbonIntensity": { "value": 24, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "CG": { "zone": { "zoneName": "Congo" }, "carbonIntensity": { "value": 398, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 22, "unit": "%" }, "carbonFreeEnergy": { "value": 22, "unit": "%" } }, "CH": { "zone": { "zoneName": "Switzerland" }, "carbonIntensity": { "value": 42, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 65, "unit": "%" }, "carbonFreeEnergy": { "value": 97, "unit": "%" } }, "CI": { "zone": { "zoneName": "Ivory Coast" }, "carbonIntensity": { "value": 389, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 23, "unit": "%" }, "carbonFreeEnergy": { "value": 23, "unit": "%" } }, "CL-SEN": { "zone": { "zoneName": "Sistema El\xE9ctrico Nacional", "countryName": "Chile" }, "carbonIntensity": { "value": 236, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 67, "unit": "%" }, "carbonFreeEnergy": { "value": 67, "unit": "%" } }, "CM": { "zone": { "zoneName": "Cameroon" }, "carbonIntensity": { "value": 160, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 74, "unit": "%" }, "carbonFreeEnergy": { "value": 74, "unit": "%" } }, "CN": { "zone": { "zoneName": "China" }, "carbonIntensity": { "value": 513, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 33, "unit": "%" }, "carbonFreeEnergy": { "value": 38, "unit": "%" } }, "CO": { "zone": { "zoneName": "Colombia" }, "carbonIntensity": { "value": 101, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 87, "unit": "%" }, "carbonFreeEnergy": { "value": 87, "unit": "%" } }, "CR": { "zone": { "zoneName": "Costa Rica" }, "carbonIntensity": { "value": 94, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 89, "unit": "%" }, "carbonFreeEnergy": { "value": 89, "unit": "%" } }, "CU": { "zone": { "zoneName": "Cuba" }, "carbonIntensity": { "value": 607, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 4, "unit": "%" }, "carbonFreeEnergy": { "value": 4, "unit": "%" } }, "CV": { "zone": { "zoneName": "Cabo Verde" }, "carbonIntensity": { "value": 487, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 32, "unit": "%" }, "carbonFreeEnergy": { "value": 32, "unit": "%" } }, "CW": { "zone": { "zoneName": "Cura\xE7ao" }, "carbonIntensity": { "value": 494, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 25, "unit": "%" }, "carbonFreeEnergy": { "value": 25, "unit": "%" } }, "CY": { "zone": { "zoneName": "Cyprus" }, "carbonIntensity": { "value": 853, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 23, "unit": "%" }, "carbonFreeEnergy": { "value": 23, "unit": "%" } }, "CZ": { "zone": { "zoneName": "Czechia" }, "carbonIntensity": { "value": 447, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 20, "unit": "%" }, "carbonFreeEnergy": { "value": 56, "unit": "%" } }, "DE": { "zone": { "zoneName": "Germany" }, "carbonIntensity": { "value": 341, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 60, "unit": "%" }, "carbonFreeEnergy": { "value": 65, "unit": "%" } }, "DJ": { "zone": { "zoneName": "Djibouti" }, "carbonIntensity": { "value": 450, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 36, "unit": "%" }, "carbonFreeEnergy": { "value": 36, "unit": "%" } }, "DK": { "zone": { "zoneName": "Denmark" }, "carbonIntensity": { "value": 136, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 80, "unit": "%" }, "carbonFreeEnergy": { "value": 87, "unit": "%" } }, "DK-BHM": { "zone": { "zoneName": "Bornholm", "countryName": "Denmark" }, "carbonIntensity": { "value": 58, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 90, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "DK-DK1": { "zone": { "zoneName": "West Denmark", "countryName": "Denmark" }, "carbonIntensity": { "value": 131, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 82, "unit": "%" }, "carbonFreeEnergy": { "value": 86, "unit": "%" } }, "DK-DK2": { "zone": { "zoneName": "East Denmark", "countryName": "Denmark" }, "carbonIntensity": { "value": 146, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 77, "unit": "%" }, "carbonFreeEnergy": { "value": 88, "unit": "%" } }, "DM": { "zone": { "zoneName": "Dominica" }, "carbonIntensity": { "value": 611, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 13, "unit": "%" }, "carbonFreeEnergy": { "value": 13, "unit": "%" } }, "DO": { "zone": { "zoneName": "Dominican Republic" }, "carbonIntensity": { "value": 565, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 15, "unit": "%" }, "carbonFreeEnergy": { "value": 15, "unit": "%" } }, "DZ": { "zone": { "zoneName": "Algeria" }, "carbonIntensity": { "value": 487, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 1, "unit": "%" }, "carbonFreeEnergy": { "value": 1, "unit": "%" } }, "EC": { "zone": { "zoneName": "Ecuador" }, "carbonIntensity": { "value": 232, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 69, "unit": "%" }, "carbonFreeEnergy": { "value": 69, "unit": "%" } }, "EE": { "zone": { "zoneName": "Estonia" }, "carbonIntensity": { "value": 285, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 55, "unit": "%" }, "carbonFreeEnergy": { "value": 70, "unit": "%" } }, "EG": { "zone": { "zoneName": "Egypt" }, "carbonIntensity": { "value": 450, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 12, "unit": "%" }, "carbonFreeEnergy": { "value": 12, "unit": "%" } }, "ER": { "zone": { "zoneName": "Eritrea" }, "carbonIntensity": { "value": 633, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 3, "unit": "%" } }, "ES": { "zone": { "zoneName": "Spain" }, "carbonIntensity": { "value": 129, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 58, "unit": "%" }, "carbonFreeEnergy": { "value": 81, "unit": "%" } }, "ES-CE": { "zone": { "zoneName": "Ceuta", "countryName": "Spain" }, "carbonIntensity": { "value": 649, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "ES-CN-FV": { "zone": { "zoneName": "Fuerteventura", "countryName": "Spain" }, "carbonIntensity": { "value": 755, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 24, "unit": "%" }, "carbonFreeEnergy": { "value": 24, "unit": "%" } }, "ES-CN-GC": { "zone": { "zoneName": "Gran Canaria", "countryName": "Spain" }, "carbonIntensity": { "value": 698, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 26, "unit": "%" }, "carbonFreeEnergy": { "value": 26, "unit": "%" } }, "ES-CN-HI": { "zone": { "zoneName": "El Hierro", "countryName": "Spain" }, "carbonIntensity": { "value": 505, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 48, "unit": "%" }, "carbonFreeEnergy": { "value": 48, "unit": "%" } }, "ES-CN-IG": { "zone": { "zoneName": "Isla de la Gomera", "countryName": "Spain" }, "carbonIntensity": { "value": 836, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 10, "unit": "%" }, "carbonFreeEnergy": { "value": 10, "unit": "%" } }, "ES-CN-LP": { "zone": { "zoneName": "La Palma", "countryName": "Spain" }, "carbonIntensity": { "value": 836, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 9, "unit": "%" }, "carbonFreeEnergy": { "value": 9, "unit": "%" } }, "ES-CN-LZ": { "zone": { "zoneName": "Lanzarote", "countryName": "Spain" }, "carbonIntensity": { "value": 815, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 9, "unit": "%" }, "carbonFreeEnergy": { "value": 9, "unit": "%" } }, "ES-CN-TE": { "zone": { "zoneName": "Tenerife", "countryName": "Spain" }, "carbonIntensity": { "value": 761, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 19, "unit": "%" }, "carbonFreeEnergy": { "value": 19, "unit": "%" } }, "ES-IB-FO": { "zone": { "zoneName": "Formentera", "countryName": "Spain" }, "carbonIntensity": { "value": 606, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 22, "unit": "%" }, "carbonFreeEnergy": { "value": 25, "unit": "%" } }, "ES-IB-IZ": { "zone": { "zoneName": "Ibiza", "countryName": "Spain" }, "carbonIntensity": { "value": 480, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 20, "unit": "%" }, "carbonFreeEnergy": { "value": 24, "unit": "%" } }, "ES-IB-MA": { "zone": { "zoneName": "Mallorca", "countryName": "Spain" }, "carbonIntensity": { "value": 382, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 28, "unit": "%" }, "carbonFreeEnergy": { "value": 35, "unit": "%" } }, "ES-IB-ME": { "zone": { "zoneName": "Menorca", "countryName": "Spain" }, "carbonIntensity": { "value": 797, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 21, "unit": "%" }, "carbonFreeEnergy": { "value": 22, "unit": "%" } }, "ES-ML": { "zone": { "zoneName": "Melilla", "countryName": "Spain" }, "carbonIntensity": { "value": 619, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 7, "unit": "%" }, "carbonFreeEnergy": { "value": 7, "unit": "%" } }, "ET": { "zone": { "zoneName": "Ethiopia" }, "carbonIntensity": { "value": 24, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "FI": { "zone": { "zoneName": "Finland" }, "carbonIntensity": { "value": 80, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 56, "unit": "%" }, "carbonFreeEnergy": { "value": 93, "unit": "%" } }, "FJ": { "zone": { "zoneName": "Fiji" }, "carbonIntensity": { "value": 290, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 64, "unit": "%" }, "carbonFreeEnergy": { "value": 64, "unit": "%" } }, "FK": { "zone": { "zoneName": "Falkland Islands" }, "carbonIntensity": { "value": 700, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "FM": { "zone": { "zoneName": "Micronesia" }, "carbonIntensity": { "value": 615, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 6, "unit": "%" }, "carbonFreeEnergy": { "value": 6, "unit": "%" } }, "FO": { "zone": { "zoneName": "Faroe Islands" }, "carbonIntensity": { "value": 493, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 56, "unit": "%" }, "carbonFreeEnergy": { "value": 56, "unit": "%" } }, "FO-MI": { "zone": { "zoneName": "Main Islands", "countryName": "Faroe Islands" }, "carbonIntensity": { "value": 491, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 56, "unit": "%" }, "carbonFreeEnergy": { "value": 56, "unit": "%" } }, "FO-SI": { "zone": { "zoneName": "South Island", "countryName": "Faroe Islands" }, "carbonIntensity": { "value": 523, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 53, "unit": "%" }, "carbonFreeEnergy": { "value": 53, "unit": "%" } }, "FR": { "zone": { "zoneName": "France" }, "carbonIntensity": { "value": 33, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 28, "unit": "%" }, "carbonFreeEnergy": { "value": 96, "unit": "%" } }, "FR-COR": { "zone": { "zoneName": "Corsica", "countryName": "France" }, "carbonIntensity": { "value": 556, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 40, "unit": "%" }, "carbonFreeEnergy": { "value": 41, "unit": "%" } }, "GA": { "zone": { "zoneName": "Gabon" }, "carbonIntensity": { "value": 293, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 48, "unit": "%" }, "carbonFreeEnergy": { "value": 48, "unit": "%" } }, "GB": { "zone": { "zoneName": "Great Britain" }, "carbonIntensity": { "value": 175, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 51, "unit": "%" }, "carbonFreeEnergy": { "value": 71, "unit": "%" } }, "GB-NIR": { "zone": { "zoneName": "Northern Ireland" }, "carbonIntensity": { "value": 300, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 40, "unit": "%" }, "carbonFreeEnergy": { "value": 46, "unit": "%" } }, "GB-ORK": { "zone": { "zoneName": "Orkney Islands", "countryName": "Great Britain" }, "carbonIntensity": { "value": 64, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 86, "unit": "%" }, "carbonFreeEnergy": { "value": 91, "unit": "%" } }, "GE": { "zone": { "zoneName": "Georgia" }, "carbonIntensity": { "value": 161, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 69, "unit": "%" }, "carbonFreeEnergy": { "value": 71, "unit": "%" } }, "GF": { "zone": { "zoneName": "French Guiana" }, "carbonIntensity": { "value": 410, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 40, "unit": "%" }, "carbonFreeEnergy": { "value": 40, "unit": "%" } }, "GH": { "zone": { "zoneName": "Ghana" }, "carbonIntensity": { "value": 327, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 35, "unit": "%" }, "carbonFreeEnergy": { "value": 35, "unit": "%" } }, "GI": { "zone": { "zoneName": "Gibraltar" }, "carbonIntensity": { "value": 490, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "GL": { "zone": { "zoneName": "Greenland" }, "carbonIntensity": { "value": 103, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 88, "unit": "%" }, "carbonFreeEnergy": { "value": 88, "unit": "%" } }, "GM": { "zone": { "zoneName": "Gambia" }, "carbonIntensity": { "value": 700, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "GN": { "zone": { "zoneName": "Guinea" }, "carbonIntensity": { "value": 190, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 75, "unit": "%" }, "carbonFreeEnergy": { "value": 75, "unit": "%" } }, "GP": { "zone": { "zoneName": "Guadeloupe" }, "carbonIntensity": { "value": 533, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 26, "unit": "%" }, "carbonFreeEnergy": { "value": 26, "unit": "%" } }, "GQ": { "zone": { "zoneName": "Equatorial Guinea" }, "carbonIntensity": { "value": 349, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 31, "unit": "%" }, "carbonFreeEnergy": { "value": 31, "unit": "%" } }, "GR": { "zone": { "zoneName": "Greece" }, "carbonIntensity": { "value": 298, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 48, "unit": "%" }, "carbonFreeEnergy": { "value": 50, "unit": "%" } }, "GS": { "zone": { "zoneName": "South Georgia and the South Sandwich Islands" }, "carbonIntensity": { "value": 24, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "GT": { "zone": { "zoneName": "Guatemala" }, "carbonIntensity": { "value": 369, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 55, "unit": "%" }, "carbonFreeEnergy": { "value": 55, "unit": "%" } }, "GU": { "zone": { "zoneName": "Guam" }, "carbonIntensity": { "value": 639, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 9, "unit": "%" }, "carbonFreeEnergy": { "value": 9, "unit": "%" } }, "GW": { "zone": { "zoneName": "Guinea-Bissau" }, "carbonIntensity": { "value": 700, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "GY": { "zone": { "zoneName": "Guyana" }, "carbonIntensity": { "value": 657, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 8, "unit": "%" }, "carbonFreeEnergy": { "value": 8, "unit": "%" } }, "HK": { "zone": { "zoneName": "Hong Kong" }, "carbonIntensity": { "value": 594, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 1, "unit": "%" }, "carbonFreeEnergy": { "value": 1, "unit": "%" } }, "HN": { "zone": { "zoneName": "Honduras" }, "carbonIntensity": { "value": 305, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 58, "unit": "%" }, "carbonFreeEnergy": { "value": 58, "unit": "%" } }, "HR": { "zone": { "zoneName": "Croatia" }, "carbonIntensity": { "value": 225, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 58, "unit": "%" }, "carbonFreeEnergy": { "value": 70, "unit": "%" } }, "HT": { "zone": { "zoneName": "Haiti" }, "carbonIntensity": { "value": 523, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 20, "unit": "%" }, "carbonFreeEnergy": { "value": 20, "unit": "%" } }, "HU": { "zone": { "zoneName": "Hungary" }, "carbonIntensity": { "value": 228, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 29, "unit": "%" }, "carbonFreeEnergy": { "value": 72, "unit": "%" } }, "ID": { "zone": { "zoneName": "Indonesia" }, "carbonIntensity": { "value": 663, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 16, "unit": "%" }, "carbonFreeEnergy": { "value": 16, "unit": "%" } }, "IE": { "zone": { "zoneName": "Ireland" }, "carbonIntensity": { "value": 352, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 44, "unit": "%" }, "carbonFreeEnergy": { "value": 45, "unit": "%" } }, "IL": { "zone": { "zoneName": "Israel" }, "carbonIntensity": { "value": 492, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 12, "unit": "%" }, "carbonFreeEnergy": { "value": 12, "unit": "%" } }, "IN": { "zone": { "zoneName": "Mainland India", "countryName": "India" }, "carbonIntensity": { "value": 614, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 22, "unit": "%" }, "carbonFreeEnergy": { "value": 25, "unit": "%" } }, "IN-EA": { "zone": { "zoneName": "Eastern India", "countryName": "India" }, "carbonIntensity": { "value": 714, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 12, "unit": "%" }, "carbonFreeEnergy": { "value": 13, "unit": "%" } }, "IN-NE": { "zone": { "zoneName": "North Eastern India", "countryName": "India" }, "carbonIntensity": { "value": 462, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 31, "unit": "%" }, "carbonFreeEnergy": { "value": 31, "unit": "%" } }, "IN-NO": { "zone": { "zoneName": "Northern India", "countryName": "India" }, "carbonIntensity": { "value": 534, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 33, "unit": "%" }, "carbonFreeEnergy": { "value": 35, "unit": "%" } }, "IN-SO": { "zone": { "zoneName": "Southern India", "countryName": "India" }, "carbonIntensity": { "value": 534, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 30, "unit": "%" }, "carbonFreeEnergy": { "value": 36, "unit": "%" } }, "IN-WE": { "zone": { "zoneName": "Western India", "countryName": "India" }, "carbonIntensity": { "value": 657, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 17, "unit": "%" }, "carbonFreeEnergy": { "value": 20, "unit": "%" } }, "IQ": { "zone": { "zoneName": "Iraq" }, "carbonIntensity": { "value": 563, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 2, "unit": "%" }, "carbonFreeEnergy": { "value": 2, "unit": "%" } }, "IR": { "zone": { "zoneName": "Iran" }, "carbonIntensity": { "value": 495, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 6, "unit": "%" }, "carbonFreeEnergy": { "value": 6, "unit": "%" } }, "IS": { "zone": { "zoneName": "Iceland" }, "carbonIntensity": { "value": 28, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "IT": { "zone": { "zoneName": "Italy" }, "carbonIntensity": { "value": 267, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 48, "unit": "%" }, "carbonFreeEnergy": { "value": 56, "unit": "%" } }, "IT-CNO": { "zone": { "zoneName": "Central North Italy", "countryName": "Italy" }, "carbonIntensity": { "value": 258, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 54, "unit": "%" }, "carbonFreeEnergy": { "value": 59, "unit": "%" } }, "IT-CSO": { "zone": { "zoneName": "Central South Italy", "countryName": "Italy" }, "carbonIntensity": { "value": 295, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 50, "unit": "%" }, "carbonFreeEnergy": { "value": 52, "unit": "%" } }, "IT-NO": { "zone": { "zoneName": "North Italy", "countryName": "Italy" }, "carbonIntensity": { "value": 238, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 47, "unit": "%" }, "carbonFreeEnergy": { "value": 60, "unit": "%" } }, "IT-SAR": { "zone": { "zoneName": "Sardinia", "countryName": "Italy" }, "carbonIntensity": { "value": 523, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 32, "unit": "%" }, "carbonFreeEnergy": { "value": 32, "unit": "%" } }, "IT-SIC": { "zone": { "zoneName": "Sicily", "countryName": "Italy" }, "carbonIntensity": { "value": 306, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 47, "unit": "%" }, "carbonFreeEnergy": { "value": 47, "unit": "%" } }, "IT-SO": { "zone": { "zoneName": "South Italy", "countryName": "Italy" }, "carbonIntensity": { "value": 290, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 50, "unit": "%" }, "carbonFreeEnergy": { "value": 50, "unit": "%" } }, "JM": { "zone": { "zoneName": "Jamaica" }, "carbonIntensity": { "value": 487, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 12, "unit": "%" }, "carbonFreeEnergy": { "value": 12, "unit": "%" } }, "JO": { "zone": { "zoneName": "Jordan" }, "carbonIntensity": { "value": 383, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 25, "unit": "%" }, "carbonFreeEnergy": { "value": 25, "unit": "%" } }, "JP": { "zone": { "zoneName": "Japan" }, "carbonIntensity": { "value": 464, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 21, "unit": "%" }, "carbonFreeEnergy": { "value": 30, "unit": "%" } }, "JP-CB": { "zone": { "zoneName": "Ch\u016Bbu", "countryName": "Japan" }, "carbonIntensity": { "value": 480, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 24, "unit": "%" }, "carbonFreeEnergy": { "value": 28, "unit": "%" } }, "JP-CG": { "zone": { "zoneName": "Ch\u016Bgoku", "countryName": "Japan" }, "carbonIntensity": { "value": 470, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 24, "unit": "%" }, "carbonFreeEnergy": { "value": 30, "unit": "%" } }, "JP-HKD": { "zone": { "zoneName": "Hokkaid\u014D", "countryName": "Japan" }, "carbonIntensity": { "value": 460, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 32, "unit": "%" }, "carbonFreeEnergy": { "value": 32, "unit": "%" } }, "JP-HR": { "zone": { "zoneName": "Hokuriku", "countryName": "Japan" }, "carbonIntensity": { "value": 455, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 29, "unit": "%" }, "carbonFreeEnergy": { "value": 32, "unit": "%" } }, "JP-KN": { "zone": { "zoneName": "Kansai", "countryName": "Japan" }, "carbonIntensity": { "value": 365, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 16, "unit": "%" }, "carbonFreeEnergy": { "value": 45, "unit": "%" } }, "JP-KY": { "zone": { "zoneName": "Ky\u016Bsh\u016B", "countryName": "Japan" }, "carbonIntensity": { "value": 309, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 24, "unit": "%" }, "carbonFreeEnergy": { "value": 55, "unit": "%" } }, "JP-ON": { "zone": { "zoneName": "Okinawa", "countryName": "Japan" }, "carbonIntensity": { "value": 593, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 10, "unit": "%" }, "carbonFreeEnergy": { "value": 10, "unit": "%" } }, "JP-SK": { "zone": { "zoneName": "Shikoku", "countryName": "Japan" }, "carbonIntensity": { "value": 515, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 17, "unit": "%" }, "carbonFreeEnergy": { "value": 27, "unit": "%" } }, "JP-TH": { "zone": { "zoneName": "T\u014Dhoku", "countryName": "Japan" }, "carbonIntensity": { "value": 482, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 28, "unit": "%" }, "carbonFreeEnergy": { "value": 28, "unit": "%" } }, "JP-TK": { "zone": { "zoneName": "T\u014Dky\u014D", "countryName": "Japan" }, "carbonIntensity": { "value": 539, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 18, "unit": "%" }, "carbonFreeEnergy": { "value": 18, "unit": "%" } }, "KE": { "zone": { "zoneName": "Kenya" }, "carbonIntensity": { "value": 95, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 90, "unit": "%" }, "carbonFreeEnergy": { "value": 90, "unit": "%" } }, "KG": { "zone": { "zoneName": "Kyrgyzstan" }, "carbonIntensity": { "value": 127, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 86, "unit": "%" }, "carbonFreeEnergy": { "value": 86, "unit": "%" } }, "KH": { "zone": { "zoneName": "Cambodia" }, "carbonIntensity": { "value": 273, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 68, "unit": "%" }, "carbonFreeEnergy": { "value": 68, "unit": "%" } }, "KM": { "zone": { "zoneName": "Comoros" }, "carbonIntensity": { "value": 700, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "KP": { "zone": { "zoneName": "North Korea" }, "carbonIntensity": { "value": 300, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 65, "unit": "%" }, "carbonFreeEnergy": { "value": 65, "unit": "%" } }, "KR": { "zone": { "zoneName": "South Korea" }, "carbonIntensity": { "value": 423, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 36, "unit": "%" } }, "KW": { "zone": { "zoneName": "Kuwait" }, "carbonIntensity": { "value": 515, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "KY": { "zone": { "zoneName": "Cayman Islands" }, "carbonIntensity": { "value": 681, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 3, "unit": "%" } }, "KZ": { "zone": { "zoneName": "Kazakhstan" }, "carbonIntensity": { "value": 592, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 17, "unit": "%" }, "carbonFreeEnergy": { "value": 17, "unit": "%" } }, "LA": { "zone": { "zoneName": "Laos" }, "carbonIntensity": { "value": 202, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 78, "unit": "%" }, "carbonFreeEnergy": { "value": 78, "unit": "%" } }, "LB": { "zone": { "zoneName": "Lebanon" }, "carbonIntensity": { "value": 307, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 56, "unit": "%" }, "carbonFreeEnergy": { "value": 56, "unit": "%" } }, "LC": { "zone": { "zoneName": "Saint Lucia" }, "carbonIntensity": { "value": 683, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 3, "unit": "%" } }, "LK": { "zone": { "zoneName": "Sri Lanka" }, "carbonIntensity": { "value": 405, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 49, "unit": "%" }, "carbonFreeEnergy": { "value": 49, "unit": "%" } }, "LR": { "zone": { "zoneName": "Liberia" }, "carbonIntensity": { "value": 472, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 34, "unit": "%" }, "carbonFreeEnergy": { "value": 34, "unit": "%" } }, "LS": { "zone": { "zoneName": "Lesotho" }, "carbonIntensity": { "value": 24, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "LT": { "zone": { "zoneName": "Lithuania" }, "carbonIntensity": { "value": 153, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 69, "unit": "%" }, "carbonFreeEnergy": { "value": 81, "unit": "%" } }, "LU": { "zone": { "zoneName": "Luxembourg" }, "carbonIntensity": { "value": 222, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 58, "unit": "%" }, "carbonFreeEnergy": { "value": 77, "unit": "%" } }, "LV": { "zone": { "zoneName": "Latvia" }, "carbonIntensity": { "value": 176, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 67, "unit": "%" }, "carbonFreeEnergy": { "value": 73, "unit": "%" } }, "LY": { "zone": { "zoneName": "Libya" }, "carbonIntensity": { "value": 527, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "MA": { "zone": { "zoneName": "Morocco" }, "carbonIntensity": { "value": 527, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 31, "unit": "%" }, "carbonFreeEnergy": { "value": 32, "unit": "%" } }, "MD": { "zone": { "zoneName": "Moldova" }, "carbonIntensity": { "value": 408, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 17, "unit": "%" }, "carbonFreeEnergy": { "value": 25, "unit": "%" } }, "ME": { "zone": { "zoneName": "Montenegro" }, "carbonIntensity": { "value": 400, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 48, "unit": "%" }, "carbonFreeEnergy": { "value": 50, "unit": "%" } }, "MG": { "zone": { "zoneName": "Madagascar" }, "carbonIntensity": { "value": 475, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 34, "unit": "%" }, "carbonFreeEnergy": { "value": 34, "unit": "%" } }, "MK": { "zone": { "zoneName": "North Macedonia" }, "carbonIntensity": { "value": 476, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 29, "unit": "%" }, "carbonFreeEnergy": { "value": 34, "unit": "%" } }, "ML": { "zone": { "zoneName": "Mali" }, "carbonIntensity": { "value": 414, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 43, "unit": "%" }, "carbonFreeEnergy": { "value": 43, "unit": "%" } }, "MM": { "zone": { "zoneName": "Myanmar" }, "carbonIntensity": { "value": 335, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 40, "unit": "%" }, "carbonFreeEnergy": { "value": 40, "unit": "%" } }, "MN": { "zone": { "zoneName": "Mongolia" }, "carbonIntensity": { "value": 746, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 9, "unit": "%" }, "carbonFreeEnergy": { "value": 9, "unit": "%" } }, "MO": { "zone": { "zoneName": "Macao" }, "carbonIntensity": { "value": 395, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 42, "unit": "%" }, "carbonFreeEnergy": { "value": 42, "unit": "%" } }, "MQ": { "zone": { "zoneName": "Martinique" }, "carbonIntensity": { "value": 579, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 14, "unit": "%" }, "carbonFreeEnergy": { "value": 14, "unit": "%" } }, "MR": { "zone": { "zoneName": "Mauritania" }, "carbonIntensity": { "value": 519, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 27, "unit": "%" }, "carbonFreeEnergy": { "value": 27, "unit": "%" } }, "MT": { "zone": { "zoneName": "Malta" }, "carbonIntensity": { "value": 411, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 22, "unit": "%" }, "carbonFreeEnergy": { "value": 22, "unit": "%" } }, "MU": { "zone": { "zoneName": "Mauritius" }, "carbonIntensity": { "value": 621, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 17, "unit": "%" }, "carbonFreeEnergy": { "value": 17, "unit": "%" } }, "MV": { "zone": { "zoneName": "Maldives" }, "carbonIntensity": { "value": 652, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 7, "unit": "%" }, "carbonFreeEnergy": { "value": 7, "unit": "%" } }, "MW": { "zone": { "zoneName": "Malawi" }, "carbonIntensity": { "value": 60, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 96, "unit": "%" }, "carbonFreeEnergy": { "value": 96, "unit": "%" } }, "MX": { "zone": { "zoneName": "Mexico" }, "carbonIntensity": { "value": 392, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 21, "unit": "%" }, "carbonFreeEnergy": { "value": 24, "unit": "%" } }, "MY": { "zone": { "zoneName": "Malaysia" }, "carbonIntensity": { "value": 568, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 18, "unit": "%" }, "carbonFreeEnergy": { "value": 18, "unit": "%" } }, "MY-EM": { "zone": { "zoneName": "Borneo", "countryName": "Malaysia" }, "carbonIntensity": { "value": 385, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 44, "unit": "%" }, "carbonFreeEnergy": { "value": 44, "unit": "%" } }, "MY-WM": { "zone": { "zoneName": "Peninsula", "countryName": "Malaysia" }, "carbonIntensity": { "value": 645, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 7, "unit": "%" }, "carbonFreeEnergy": { "value": 7, "unit": "%" } }, "MZ": { "zone": { "zoneName": "Mozambique" }, "carbonIntensity": { "value": 101, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 84, "unit": "%" }, "carbonFreeEnergy": { "value": 84, "unit": "%" } }, "NA": { "zone": { "zoneName": "Namibia" }, "carbonIntensity": { "value": 43, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 99, "unit": "%" }, "carbonFreeEnergy": { "value": 99, "unit": "%" } }, "NC": { "zone": { "zoneName": "New Caledonia" }, "carbonIntensity": { "value": 543, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 30, "unit": "%" }, "carbonFreeEnergy": { "value": 30, "unit": "%" } }, "NE": { "zone": { "zoneName": "Niger" }, "carbonIntensity": { "value": 658, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 3, "unit": "%" } }, "NG": { "zone": { "zoneName": "Nigeria" }, "carbonIntensity": { "value": 374, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 25, "unit": "%" }, "carbonFreeEnergy": { "value": 25, "unit": "%" } }, "NI": { "zone": { "zoneName": "Nicaragua" }, "carbonIntensity": { "value": 311, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 59, "unit": "%" }, "carbonFreeEnergy": { "value": 59, "unit": "%" } }, "NL": { "zone": { "zoneName": "Netherlands" }, "carbonIntensity": { "value": 251, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 54, "unit": "%" }, "carbonFreeEnergy": { "value": 58, "unit": "%" } }, "NO": { "zone": { "zoneName": "Norway" }, "carbonIntensity": { "value": 33, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 96, "unit": "%" }, "carbonFreeEnergy": { "value": 98, "unit": "%" } }, "NO-NO1": { "zone": { "zoneName": "Southeast Norway", "countryName": "Norway" }, "carbonIntensity": { "value": 27, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 94, "unit": "%" }, "carbonFreeEnergy": { "value": 99, "unit": "%" } }, "NO-NO2": { "zone": { "zoneName": "Southwest Norway", "countryName": "Norway" }, "carbonIntensity": { "value": 35, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 97, "unit": "%" }, "carbonFreeEnergy": { "value": 98, "unit": "%" } }, "NO-NO3": { "zone": { "zoneName": "Middle Norway", "countryName": "Norway" }, "carbonIntensity": { "value": 29, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 98, "unit": "%" }, "carbonFreeEnergy": { "value": 99, "unit": "%" } }, "NO-NO4": { "zone": { "zoneName": "North Norway", "countryName": "Norway" }, "carbonIntensity": { "value": 55, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 93, "unit": "%" }, "carbonFreeEnergy": { "value": 93, "unit": "%" } }, "NO-NO5": { "zone": { "zoneName": "West Norway", "countryName": "Norway" }, "carbonIntensity": { "value": 26, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "NP": { "zone": { "zoneName": "Nepal" }, "carbonIntensity": { "value": 112, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 89, "unit": "%" }, "carbonFreeEnergy": { "value": 89, "unit": "%" } }, "NZ": { "zone": { "zoneName": "New Zealand" }, "carbonIntensity": { "value": 112, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 85, "unit": "%" }, "carbonFreeEnergy": { "value": 85, "unit": "%" } }, "OM": { "zone": { "zoneName": "Oman" }, "carbonIntensity": { "value": 479, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 3, "unit": "%" } }, "PA": { "zone": { "zoneName": "Panama" }, "carbonIntensity": { "value": 167, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 73, "unit": "%" }, "carbonFreeEnergy": { "value": 73, "unit": "%" } }, "PE": { "zone": { "zoneName": "Peru" }, "carbonIntensity": { "value": 186, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 65, "unit": "%" }, "carbonFreeEnergy": { "value": 65, "unit": "%" } }, "PF": { "zone": { "zoneName": "French Polynesia" }, "carbonIntensity": { "value": 368, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 45, "unit": "%" }, "carbonFreeEnergy": { "value": 45, "unit": "%" } }, "PG": { "zone": { "zoneName": "Papua New Guinea" }, "carbonIntensity": { "value": 513, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 22, "unit": "%" }, "carbonFreeEnergy": { "value": 22, "unit": "%" } }, "PH": { "zone": { "zoneName": "Philippines" }, "carbonIntensity": { "value": 623, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 18, "unit": "%" }, "carbonFreeEnergy": { "value": 18, "unit": "%" } }, "PH-LU": { "zone": { "zoneName": "Luzon", "countryName": "Philippines" }, "carbonIntensity": { "value": 641, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 13, "unit": "%" }, "carbonFreeEnergy": { "value": 13, "unit": "%" } }, "PH-MI": { "zone": { "zoneName": "Mindanao", "countryName": "Philippines" }, "carbonIntensity": { "value": 563, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 31, "unit": "%" }, "carbonFreeEnergy": { "value": 31, "unit": "%" } }, "PH-VI": { "zone": { "zoneName": "Visayas", "countryName": "Philippines" }, "carbonIntensity": { "value": 594, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 26, "unit": "%" }, "carbonFreeEnergy": { "value": 26, "unit": "%" } }, "PK": { "zone": { "zoneName": "Pakistan" }, "carbonIntensity": { "value": 261, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 44, "unit": "%" }, "carbonFreeEnergy": { "value": 60, "unit": "%" } }, "PL": { "zone": { "zoneName": "Poland" }, "carbonIntensity": { "value": 581, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 31, "unit": "%" }, "carbonFreeEnergy": { "value": 32, "unit": "%" } }, "PM": { "zone": { "zoneName": "Saint Pierre and Miquelon" }, "carbonIntensity": { "value": 700, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "PR": { "zone": { "zoneName": "Puerto Rico" }, "carbonIntensity": { "value": 479, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 41, "unit": "%" }, "carbonFreeEnergy": { "value": 41, "unit": "%" } }, "PS": { "zone": { "zoneName": "State of Palestine" }, "carbonIntensity": { "value": 452, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 38, "unit": "%" }, "carbonFreeEnergy": { "value": 38, "unit": "%" } }, "PT": { "zone": { "zoneName": "Portugal" }, "carbonIntensity": { "value": 100, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 80, "unit": "%" }, "carbonFreeEnergy": { "value": 86, "unit": "%" } }, "PT-MA": { "zone": { "zoneName": "Madeira", "countryName": "Portugal" }, "carbonIntensity": { "value": 675, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 34, "unit": "%" }, "carbonFreeEnergy": { "value": 34, "unit": "%" } }, "PW": { "zone": { "zoneName": "Palau" }, "carbonIntensity": { "value": 608, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 7, "unit": "%" }, "carbonFreeEnergy": { "value": 7, "unit": "%" } }, "PY": { "zone": { "zoneName": "Paraguay" }, "carbonIntensity": { "value": 25, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "QA": { "zone": { "zoneName": "Qatar" }, "carbonIntensity": { "value": 490, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "RE": { "zone": { "zoneName": "R\xE9union" }, "carbonIntensity": { "value": 471, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 39, "unit": "%" }, "carbonFreeEnergy": { "value": 39, "unit": "%" } }, "RO": { "zone": { "zoneName": "Romania" }, "carbonIntensity": { "value": 301, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 42, "unit": "%" }, "carbonFreeEnergy": { "value": 66, "unit": "%" } }, "RS": { "zone": { "zoneName": "Serbia" }, "carbonIntensity": { "value": 505, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 35, "unit": "%" }, "carbonFreeEnergy": { "value": 38, "unit": "%" } }, "RU-1": { "zone": { "zoneName": "Europe-Ural", "countryName": "Russia" }, "carbonIntensity": { "value": 355, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 9, "unit": "%" }, "carbonFreeEnergy": { "value": 33, "unit": "%" } }, "RU-2": { "zone": { "zoneName": "Siberia", "countryName": "Russia" }, "carbonIntensity": { "value": 391, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 51, "unit": "%" }, "carbonFreeEnergy": { "value": 51, "unit": "%" } }, "RU-AS": { "zone": { "zoneName": "East", "countryName": "Russia" }, "carbonIntensity": { "value": 449, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 36, "unit": "%" }, "carbonFreeEnergy": { "value": 36, "unit": "%" } }, "RW": { "zone": { "zoneName": "Rwanda" }, "carbonIntensity": { "value": 335, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 50, "unit": "%" }, "carbonFreeEnergy": { "value": 50, "unit": "%" } }, "SA": { "zone": { "zoneName": "Saudi Arabia" }, "carbonIntensity": { "value": 552, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 1, "unit": "%" }, "carbonFreeEnergy": { "value": 1, "unit": "%" } }, "SB": { "zone": { "zoneName": "Solomon Islands" }, "carbonIntensity": { "value": 632, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 10, "unit": "%" }, "carbonFreeEnergy": { "value": 10, "unit": "%" } }, "SC": { "zone": { "zoneName": "Seychelles" }, "carbonIntensity": { "value": 603, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 15, "unit": "%" }, "carbonFreeEnergy": { "value": 15, "unit": "%" } }, "SD": { "zone": { "zoneName": "Sudan" }, "carbonIntensity": { "value": 185, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 74, "unit": "%" }, "carbonFreeEnergy": { "value": 74, "unit": "%" } }, "SE": { "zone": { "zoneName": "Sweden" }, "carbonIntensity": { "value": 23, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 69, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "SE-SE1": { "zone": { "zoneName": "North Sweden", "countryName": "Sweden" }, "carbonIntensity": { "value": 15, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 98, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "SE-SE2": { "zone": { "zoneName": "North Central Sweden", "countryName": "Sweden" }, "carbonIntensity": { "value": 16, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "SE-SE3": { "zone": { "zoneName": "South Central Sweden", "countryName": "Sweden" }, "carbonIntensity": { "value": 21, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 60, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "SE-SE4": { "zone": { "zoneName": "South Sweden", "countryName": "Sweden" }, "carbonIntensity": { "value": 39, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 70, "unit": "%" }, "carbonFreeEnergy": { "value": 98, "unit": "%" } }, "SG": { "zone": { "zoneName": "Singapore" }, "carbonIntensity": { "value": 485, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 4, "unit": "%" }, "carbonFreeEnergy": { "value": 4, "unit": "%" } }, "SI": { "zone": { "zoneName": "Slovenia" }, "carbonIntensity": { "value": 224, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 49, "unit": "%" }, "carbonFreeEnergy": { "value": 76, "unit": "%" } }, "SK": { "zone": { "zoneName": "Slovakia" }, "carbonIntensity": { "value": 216, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 22, "unit": "%" }, "carbonFreeEnergy": { "value": 74, "unit": "%" } }, "SL": { "zone": { "zoneName": "Sierra Leone" }, "carbonIntensity": { "value": 55, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 96, "unit": "%" }, "carbonFreeEnergy": { "value": 96, "unit": "%" } }, "SN": { "zone": { "zoneName": "Senegal" }, "carbonIntensity": { "value": 572, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 13, "unit": "%" }, "carbonFreeEnergy": { "value": 13, "unit": "%" } }, "SO": { "zone": { "zoneName": "Somalia" }, "carbonIntensity": { "value": 565, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 20, "unit": "%" }, "carbonFreeEnergy": { "value": 20, "unit": "%" } }, "SR": { "zone": { "zoneName": "Suriname" }, "carbonIntensity": { "value": 242, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 65, "unit": "%" }, "carbonFreeEnergy": { "value": 65, "unit": "%" } }, "SS": { "zone": { "zoneName": "South Sudan" }, "carbonIntensity": { "value": 596, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 9, "unit": "%" }, "carbonFreeEnergy": { "value": 9, "unit": "%" } }, "ST": { "zone": { "zoneName": "S\xE3o Tom\xE9 and Pr\xEDncipe" }, "carbonIntensity": { "value": 623, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 4, "unit": "%" }, "carbonFreeEnergy": { "value": 4, "unit": "%" } }, "SV": { "zone": { "zoneName": "El Salvador" }, "carbonIntensity": { "value": 248, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 63, "unit": "%" }, "carbonFreeEnergy": { "value": 63, "unit": "%" } }, "SY": { "zone": { "zoneName": "Syria" }, "carbonIntensity": { "value": 564, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 5, "unit": "%" }, "carbonFreeEnergy": { "value": 5, "unit": "%" } }, "SZ": { "zone": { "zoneName": "Eswatini" }, "carbonIntensity": { "value": 106, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 98, "unit": "%" }, "carbonFreeEnergy": { "value": 98, "unit": "%" } }, "TD": { "zone": { "zoneName": "Chad" }, "carbonIntensity": { "value": 637, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 2, "unit": "%" }, "carbonFreeEnergy": { "value": 2, "unit": "%" } }, "TG": { "zone": { "zoneName": "Togo" }, "carbonIntensity": { "value": 396, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 21, "unit": "%" }, "carbonFreeEnergy": { "value": 21, "unit": "%" } }, "TH": { "zone": { "zoneName": "Thailand" }, "carbonIntensity": { "value": 490, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 15, "unit": "%" }, "carbonFreeEnergy": { "value": 15, "unit": "%" } }, "TJ": { "zone": { "zoneName": "Tajikistan" }, "carbonIntensity": { "value": 75, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 93, "unit": "%" }, "carbonFreeEnergy": { "value": 93, "unit": "%" } }, "TL": { "zone": { "zoneName": "Timor-Leste" }, "carbonIntensity": { "value": 649, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "TM": { "zone": { "zoneName": "Turkmenistan" }, "carbonIntensity": { "value": 490, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "TN": { "zone": { "zoneName": "Tunisia" }, "carbonIntensity": { "value": 482, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 2, "unit": "%" }, "carbonFreeEnergy": { "value": 2, "unit": "%" } }, "TO": { "zone": { "zoneName": "Tonga" }, "carbonIntensity": { "value": 605, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 15, "unit": "%" }, "carbonFreeEnergy": { "value": 15, "unit": "%" } }, "TR": { "zone": { "zoneName": "Turkey" }, "carbonIntensity": { "value": 423, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 42, "unit": "%" }, "carbonFreeEnergy": { "value": 42, "unit": "%" } }, "TT": { "zone": { "zoneName": "Trinidad and Tobago" }, "carbonIntensity": { "value": 490, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "TW": { "zone": { "zoneName": "Taiwan" }, "carbonIntensity": { "value": 525, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 12, "unit": "%" }, "carbonFreeEnergy": { "value": 17, "unit": "%" } }, "TZ": { "zone": { "zoneName": "Tanzania" }, "carbonIntensity": { "value": 361, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 28, "unit": "%" }, "carbonFreeEnergy": { "value": 28, "unit": "%" } }, "UG": { "zone": { "zoneName": "Uganda" }, "carbonIntensity": { "value": 60, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 97, "unit": "%" }, "carbonFreeEnergy": { "value": 97, "unit": "%" } }, "US": { "zone": { "zoneName": "United States" }, "carbonIntensity": { "value": 409, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 23, "unit": "%" }, "carbonFreeEnergy": { "value": 41, "unit": "%" } }, "US-AK": { "zone": { "zoneName": "Alaska", "countryName": "USA" }, "carbonIntensity": { "value": 467, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 30, "unit": "%" }, "carbonFreeEnergy": { "value": 30, "unit": "%" } }, "US-AK-SEAPA": { "zone": { "zoneName": "Southeast Alaska Power Agency", "countryName": "USA" }, "carbonIntensity": { "value": 29, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "US-CAL-BANC": { "zone": { "zoneName": "Balancing Authority of Northern California", "displayName": "BANC", "countryName": "USA" }, "carbonIntensity": { "value": 273, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 49, "unit": "%" }, "carbonFreeEnergy": { "value": 52, "unit": "%" } }, "US-CAL-CISO": { "zone": { "zoneName": "CAISO", "displayName": "California ISO", "countryName": "USA" }, "carbonIntensity": { "value": 229, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 50, "unit": "%" }, "carbonFreeEnergy": { "value": 62, "unit": "%" } }, "US-CAL-IID": { "zone": { "zoneName": "Imperial Irrigation District", "countryName": "USA" }, "carbonIntensity": { "value": 502, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 25, "unit": "%" }, "carbonFreeEnergy": { "value": 26, "unit": "%" } }, "US-CAL-LDWP": { "zone": { "zoneName": "Los Angeles Department of Water and Power", "countryName": "USA" }, "carbonIntensity": { "value": 385, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 39, "unit": "%" }, "carbonFreeEnergy": { "value": 46, "unit": "%" } }, "US-CAL-TIDC": { "zone": { "zoneName": "Turlock Irrigation District", "countryName": "USA" }, "carbonIntensity": { "value": 383, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 34, "unit": "%" }, "carbonFreeEnergy": { "value": 35, "unit": "%" } }, "US-CAR-CPLE": { "zone": { "zoneName": "Duke Energy Progress East", "countryName": "USA" }, "carbonIntensity": { "value": 335, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 9, "unit": "%" }, "carbonFreeEnergy": { "value": 55, "unit": "%" } }, "US-CAR-CPLW": { "zone": { "zoneName": "Duke Energy Progress West", "countryName": "USA" }, "carbonIntensity": { "value": 499, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 7, "unit": "%" }, "carbonFreeEnergy": { "value": 17, "unit": "%" } }, "US-CAR-DUK": { "zone": { "zoneName": "Duke Energy Carolinas", "countryName": "USA" }, "carbonIntensity": { "value": 315, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 7, "unit": "%" }, "carbonFreeEnergy": { "value": 57, "unit": "%" } }, "US-CAR-SC": { "zone": { "zoneName": "South Carolina Public Service Authority", "countryName": "USA" }, "carbonIntensity": { "value": 647, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 7, "unit": "%" }, "carbonFreeEnergy": { "value": 25, "unit": "%" } }, "US-CAR-SCEG": { "zone": { "zoneName": "South Carolina Electric & Gas Company", "countryName": "USA" }, "carbonIntensity": { "value": 466, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 10, "unit": "%" }, "carbonFreeEnergy": { "value": 32, "unit": "%" } }, "US-CAR-YAD": { "zone": { "zoneName": "Alcoa Power Generating, Inc. Yadkin Division", "displayName": "Alcoa Power Generating", "countryName": "USA" }, "carbonIntensity": { "value": 52, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 91, "unit": "%" }, "carbonFreeEnergy": { "value": 96, "unit": "%" } }, "US-CENT-SPA": { "zone": { "zoneName": "Southwestern Power Administration", "countryName": "USA" }, "carbonIntensity": { "value": 128, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 86, "unit": "%" }, "carbonFreeEnergy": { "value": 87, "unit": "%" } }, "US-CENT-SWPP": { "zone": { "zoneName": "Southwest Power Pool", "displayName": "SPP", "countryName": "USA" }, "carbonIntensity": { "value": 451, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 41, "unit": "%" }, "carbonFreeEnergy": { "value": 47, "unit": "%" } }, "US-FLA-FMPP": { "zone": { "zoneName": "Florida Municipal Power Pool", "countryName": "USA" }, "carbonIntensity": { "value": 508, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 4, "unit": "%" }, "carbonFreeEnergy": { "value": 11, "unit": "%" } }, "US-FLA-FPC": { "zone": { "zoneName": "Duke Energy Florida", "countryName": "USA" }, "carbonIntensity": { "value": 545, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 6, "unit": "%" }, "carbonFreeEnergy": { "value": 9, "unit": "%" } }, "US-FLA-FPL": { "zone": { "zoneName": "Florida Power and Light Company", "countryName": "USA" }, "carbonIntensity": { "value": 375, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 8, "unit": "%" }, "carbonFreeEnergy": { "value": 27, "unit": "%" } }, "US-FLA-GVL": { "zone": { "zoneName": "Gainesville Regional Utilities", "countryName": "USA" }, "carbonIntensity": { "value": 702, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 1, "unit": "%" }, "carbonFreeEnergy": { "value": 4, "unit": "%" } }, "US-FLA-HST": { "zone": { "zoneName": "City of Homestead", "countryName": "USA" }, "carbonIntensity": { "value": 376, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 8, "unit": "%" }, "carbonFreeEnergy": { "value": 26, "unit": "%" } }, "US-FLA-JEA": { "zone": { "zoneName": "Jacksonville Electric Authority", "countryName": "USA" }, "carbonIntensity": { "value": 686, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 9, "unit": "%" } }, "US-FLA-SEC": { "zone": { "zoneName": "Seminole Electric Cooperative", "countryName": "USA" }, "carbonIntensity": { "value": 541, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "US-FLA-TAL": { "zone": { "zoneName": "City of Tallahassee", "countryName": "USA" }, "carbonIntensity": { "value": 495, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 4, "unit": "%" }, "carbonFreeEnergy": { "value": 9, "unit": "%" } }, "US-FLA-TEC": { "zone": { "zoneName": "Tampa Electric Company", "countryName": "USA" }, "carbonIntensity": { "value": 517, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 9, "unit": "%" }, "carbonFreeEnergy": { "value": 10, "unit": "%" } }, "US-HI": { "zone": { "zoneName": "Hawaii", "countryName": "USA" }, "carbonIntensity": { "value": 787, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 22, "unit": "%" }, "carbonFreeEnergy": { "value": 22, "unit": "%" } }, "US-MIDA-PJM": { "zone": { "zoneName": "PJM Interconnection", "displayName": "PJM", "countryName": "USA" }, "carbonIntensity": { "value": 403, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 8, "unit": "%" }, "carbonFreeEnergy": { "value": 40, "unit": "%" } }, "US-MIDW-AECI": { "zone": { "zoneName": "Associated Electric Cooperative", "countryName": "USA" }, "carbonIntensity": { "value": 638, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 20, "unit": "%" }, "carbonFreeEnergy": { "value": 21, "unit": "%" } }, "US-MIDW-LGEE": { "zone": { "zoneName": "Louisville Gas and Electric Company and Kentucky Utilities", "displayName": "Louisville Gas And Electric Company", "countryName": "USA" }, "carbonIntensity": { "value": 848, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 7, "unit": "%" } }, "US-MIDW-MISO": { "zone": { "zoneName": "Midcontinent ISO", "displayName": "MISO", "countryName": "USA" }, "carbonIntensity": { "value": 487, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 20, "unit": "%" }, "carbonFreeEnergy": { "value": 35, "unit": "%" } }, "US-NE-ISNE": { "zone": { "zoneName": "ISO New England", "countryName": "USA" }, "carbonIntensity": { "value": 299, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 21, "unit": "%" }, "carbonFreeEnergy": { "value": 46, "unit": "%" } }, "US-NW-AVA": { "zone": { "zoneName": "Avista Corporation", "countryName": "USA" }, "carbonIntensity": { "value": 225, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 65, "unit": "%" }, "carbonFreeEnergy": { "value": 68, "unit": "%" } }, "US-NW-BPAT": { "zone": { "zoneName": "Bonneville Power Administration", "countryName": "USA" }, "carbonIntensity": { "value": 109, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 77, "unit": "%" }, "carbonFreeEnergy": { "value": 87, "unit": "%" } }, "US-NW-CHPD": { "zone": { "zoneName": "Chelan County", "countryName": "USA" }, "carbonIntensity": { "value": 27, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 99, "unit": "%" }, "carbonFreeEnergy": { "value": 99, "unit": "%" } }, "US-NW-DOPD": { "zone": { "zoneName": "Douglas County", "countryName": "USA" }, "carbonIntensity": { "value": 34, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 98, "unit": "%" }, "carbonFreeEnergy": { "value": 99, "unit": "%" } }, "US-NW-GCPD": { "zone": { "zoneName": "Grant County", "countryName": "USA" }, "carbonIntensity": { "value": 53, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 94, "unit": "%" }, "carbonFreeEnergy": { "value": 95, "unit": "%" } }, "US-NW-GRID": { "zone": { "zoneName": "Gridforce Energy Management", "countryName": "USA" }, "carbonIntensity": { "value": 534, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 14, "unit": "%" }, "carbonFreeEnergy": { "value": 14, "unit": "%" } }, "US-NW-IPCO": { "zone": { "zoneName": "Idaho Power Company", "countryName": "USA" }, "carbonIntensity": { "value": 318, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 60, "unit": "%" }, "carbonFreeEnergy": { "value": 60, "unit": "%" } }, "US-NW-NEVP": { "zone": { "zoneName": "Nevada Power Company", "countryName": "USA" }, "carbonIntensity": { "value": 441, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 29, "unit": "%" }, "carbonFreeEnergy": { "value": 31, "unit": "%" } }, "US-NW-NWMT": { "zone": { "zoneName": "Northwestern Energy", "countryName": "USA" }, "carbonIntensity": { "value": 561, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 47, "unit": "%" }, "carbonFreeEnergy": { "value": 47, "unit": "%" } }, "US-NW-PACE": { "zone": { "zoneName": "Pacificorp East", "countryName": "USA" }, "carbonIntensity": { "value": 637, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 33, "unit": "%" }, "carbonFreeEnergy": { "value": 33, "unit": "%" } }, "US-NW-PACW": { "zone": { "zoneName": "Pacificorp West", "countryName": "USA" }, "carbonIntensity": { "value": 197, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 66, "unit": "%" }, "carbonFreeEnergy": { "value": 70, "unit": "%" } }, "US-NW-PGE": { "zone": { "zoneName": "Portland General Electric Company", "countryName": "USA" }, "carbonIntensity": { "value": 226, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 60, "unit": "%" }, "carbonFreeEnergy": { "value": 66, "unit": "%" } }, "US-NW-PSCO": { "zone": { "zoneName": "Public Service Company of Colorado", "displayName": "PSCo", "countryName": "USA" }, "carbonIntensity": { "value": 464, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 44, "unit": "%" }, "carbonFreeEnergy": { "value": 44, "unit": "%" } }, "US-NW-PSEI": { "zone": { "zoneName": "Puget Sound Energy", "countryName": "USA" }, "carbonIntensity": { "value": 181, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 65, "unit": "%" }, "carbonFreeEnergy": { "value": 71, "unit": "%" } }, "US-NW-SCL": { "zone": { "zoneName": "Seattle City Light", "countryName": "USA" }, "carbonIntensity": { "value": 83, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 85, "unit": "%" }, "carbonFreeEnergy": { "value": 91, "unit": "%" } }, "US-NW-TPWR": { "zone": { "zoneName": "City of Tacoma", "countryName": "USA" }, "carbonIntensity": { "value": 77, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 86, "unit": "%" }, "carbonFreeEnergy": { "value": 92, "unit": "%" } }, "US-NW-WACM": { "zone": { "zoneName": "Western Area Power Administration - Rocky Mountain Region", "displayName": "WAPA Rocky Mountains", "countryName": "USA" }, "carbonIntensity": { "value": 678, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 37, "unit": "%" }, "carbonFreeEnergy": { "value": 37, "unit": "%" } }, "US-NW-WAUW": { "zone": { "zoneName": "Western Area Power Administration - Upper Great Plains West", "displayName": "WAPA Upper Great Plains", "countryName": "USA" }, "carbonIntensity": { "value": 290, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 66, "unit": "%" }, "carbonFreeEnergy": { "value": 69, "unit": "%" } }, "US-NY-NYIS": { "zone": { "zoneName": "New York ISO", "countryName": "USA" }, "carbonIntensity": { "value": 302, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 24, "unit": "%" }, "carbonFreeEnergy": { "value": 48, "unit": "%" } }, "US-SE-SEPA": { "zone": { "zoneName": "Southeastern Power Administration", "countryName": "USA" }, "carbonIntensity": { "value": 542, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 8, "unit": "%" }, "carbonFreeEnergy": { "value": 34, "unit": "%" } }, "US-SE-SOCO": { "zone": { "zoneName": "Southern Company Services", "countryName": "USA" }, "carbonIntensity": { "value": 460, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 7, "unit": "%" }, "carbonFreeEnergy": { "value": 33, "unit": "%" } }, "US-SW-AZPS": { "zone": { "zoneName": "Arizona Public Service Company", "countryName": "USA" }, "carbonIntensity": { "value": 425, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 15, "unit": "%" }, "carbonFreeEnergy": { "value": 40, "unit": "%" } }, "US-SW-EPE": { "zone": { "zoneName": "El Paso Electric Company", "countryName": "USA" }, "carbonIntensity": { "value": 507, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 23, "unit": "%" }, "carbonFreeEnergy": { "value": 24, "unit": "%" } }, "US-SW-PNM": { "zone": { "zoneName": "Public Service Company of New Mexico", "countryName": "USA" }, "carbonIntensity": { "value": 335, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 55, "unit": "%" }, "carbonFreeEnergy": { "value": 56, "unit": "%" } }, "US-SW-SRP": { "zone": { "zoneName": "Salt River Project", "countryName": "USA" }, "carbonIntensity": { "value": 317, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 8, "unit": "%" }, "carbonFreeEnergy": { "value": 52, "unit": "%" } }, "US-SW-TEPC": { "zone": { "zoneName": "Tucson Electric Power Company", "countryName": "USA" }, "carbonIntensity": { "value": 504, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 19, "unit": "%" }, "carbonFreeEnergy": { "value": 22, "unit": "%" } }, "US-SW-WALC": { "zone": { "zoneName": "Western Area Power Administration - Desert Southwest Region", "displayName": "WAPA Desert Southwest", "countryName": "USA" }, "carbonIntensity": { "value": 326, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 43, "unit": "%" }, "carbonFreeEnergy": { "value": 52, "unit": "%" } }, "US-TEN-TVA": { "zone": { "zoneName": "Tennessee Valley Authority", "displayName": "TVA", "countryName": "USA" }, "carbonIntensity": { "value": 380, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 13, "unit": "%" }, "carbonFreeEnergy": { "value": 49, "unit": "%" } }, "US-TEX-ERCO": { "zone": { "zoneName": "Electric Reliability Council of Texas", "displayName": "ERCOT", "countryName": "USA" }, "carbonIntensity": { "value": 377, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 35, "unit": "%" }, "carbonFreeEnergy": { "value": 43, "unit": "%" } }, "UY": { "zone": { "zoneName": "Uruguay" }, "carbonIntensity": { "value": 53, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 99, "unit": "%" }, "carbonFreeEnergy": { "value": 99, "unit": "%" } }, "UZ": { "zone": { "zoneName": "Uzbekistan" }, "carbonIntensity": { "value": 472, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 10, "unit": "%" }, "carbonFreeEnergy": { "value": 10, "unit": "%" } }, "VC": { "zone": { "zoneName": "Saint Vincent and the Grenadines" }, "carbonIntensity": { "value": 610, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 13, "unit": "%" }, "carbonFreeEnergy": { "value": 13, "unit": "%" } }, "VE": { "zone": { "zoneName": "Venezuela" }, "carbonIntensity": { "value": 126, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 80, "unit": "%" }, "carbonFreeEnergy": { "value": 80, "unit": "%" } }, "VI": { "zone": { "zoneName": "Virgin Islands", "countryName": "USA" }, "carbonIntensity": { "value": 680, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 3, "unit": "%" } }, "VN": { "zone": { "zoneName": "Vietnam" }, "carbonIntensity": { "value": 442, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 44, "unit": "%" }, "carbonFreeEnergy": { "value": 44, "unit": "%" } }, "VU": { "zone": { "zoneName": "Vanuatu" }, "carbonIntensity": { "value": 533, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 25, "unit": "%" }, "carbonFreeEnergy": { "value": 25, "unit": "%" } }, "WS": { "zone": { "zoneName": "Samoa" }, "carbonIntensity": { "value": 452, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 39, "unit": "%" }, "carbonFreeEnergy": { "value": 39, "unit": "%" } }, "XK": { "zone": { "zoneName": "Kosovo" }, "carbonIntensity": { "value": 650, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 19, "unit": "%" }, "carbonFreeEnergy": { "value": 20, "unit": "%" } }, "YE": { "zone": { "zoneName": "Yemen" }, "carbonIntensity": { "value": 522, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 21, "unit": "%" }, "carbonFreeEnergy": { "value": 21, "unit": "%" } }, "YT": { "zone": { "zoneName": "Mayotte" }, "carbonIntensity": { "value": 571, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 13, "unit": "%" }, "carbonFreeEnergy": { "value": 13, "unit": "%" } }, "ZA": { "zone": { "zoneName": "South Africa" }, "carbonIntensity": { "value": 712, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 9, "unit": "%" }, "carbonFreeEnergy": { "value": 13, "unit": "%" } }, "ZM": { "zone": { "zoneName": "Zambia" }, "carbonIntensity": { "value": 119, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 88, "unit": "%" }, "carbonFreeEnergy": { "value": 88, "unit": "%" } }, "ZW": { "zone": { "zoneName": "Zimbabwe" }, "carbonIntensity": { "value": 258, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 71, "unit": "%" }, "carbonFreeEnergy": { "value": 71, "unit": "%" } } };
const methodology$3 = "https://www.electricitymaps.com/data/methodology";
var yearly_2024_default = { data: data$3, methodology: methodology$3 };

const data$2 = { "AE": { "zone": { "zoneName": "United Arab Emirates" }, "carbonIntensity": { "value": 391, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 5, "unit": "%" }, "carbonFreeEnergy": { "value": 21, "unit": "%" } }, "AF": { "zone": { "zoneName": "Afghanistan" }, "carbonIntensity": { "value": 120, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 87, "unit": "%" }, "carbonFreeEnergy": { "value": 87, "unit": "%" } }, "AG": { "zone": { "zoneName": "Antigua and Barbuda" }, "carbonIntensity": { "value": 664, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 6, "unit": "%" }, "carbonFreeEnergy": { "value": 6, "unit": "%" } }, "AL": { "zone": { "zoneName": "Albania" }, "carbonIntensity": { "value": 85, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 90, "unit": "%" }, "carbonFreeEnergy": { "value": 90, "unit": "%" } }, "AM": { "zone": { "zoneName": "Armenia" }, "carbonIntensity": { "value": 224, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 25, "unit": "%" }, "carbonFreeEnergy": { "value": 56, "unit": "%" } }, "AO": { "zone": { "zoneName": "Angola" }, "carbonIntensity": { "value": 177, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 73, "unit": "%" }, "carbonFreeEnergy": { "value": 73, "unit": "%" } }, "AR": { "zone": { "zoneName": "Argentina" }, "carbonIntensity": { "value": 368, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 43, "unit": "%" }, "carbonFreeEnergy": { "value": 49, "unit": "%" } }, "AT": { "zone": { "zoneName": "Austria" }, "carbonIntensity": { "value": 152, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 75, "unit": "%" }, "carbonFreeEnergy": { "value": 81, "unit": "%" } }, "AU": { "zone": { "zoneName": "Australia" }, "carbonIntensity": { "value": 493, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 38, "unit": "%" }, "carbonFreeEnergy": { "value": 38, "unit": "%" } }, "AU-NSW": { "zone": { "zoneName": "New South Wales", "countryName": "Australia" }, "carbonIntensity": { "value": 545, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 34, "unit": "%" }, "carbonFreeEnergy": { "value": 34, "unit": "%" } }, "AU-NT": { "zone": { "zoneName": "Northern Territory", "countryName": "Australia" }, "carbonIntensity": { "value": 490, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 1, "unit": "%" }, "carbonFreeEnergy": { "value": 1, "unit": "%" } }, "AU-QLD": { "zone": { "zoneName": "Queensland", "countryName": "Australia" }, "carbonIntensity": { "value": 592, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 26, "unit": "%" }, "carbonFreeEnergy": { "value": 26, "unit": "%" } }, "AU-SA": { "zone": { "zoneName": "South Australia", "countryName": "Australia" }, "carbonIntensity": { "value": 184, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 70, "unit": "%" }, "carbonFreeEnergy": { "value": 70, "unit": "%" } }, "AU-TAS": { "zone": { "zoneName": "Tasmania", "countryName": "Australia" }, "carbonIntensity": { "value": 90, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 91, "unit": "%" }, "carbonFreeEnergy": { "value": 91, "unit": "%" } }, "AU-TAS-FI": { "zone": { "zoneName": "Flinders Island", "countryName": "Australia" }, "carbonIntensity": { "value": 263, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 60, "unit": "%" }, "carbonFreeEnergy": { "value": 60, "unit": "%" } }, "AU-TAS-KI": { "zone": { "zoneName": "King Island", "countryName": "Australia" }, "carbonIntensity": { "value": 486, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 26, "unit": "%" }, "carbonFreeEnergy": { "value": 26, "unit": "%" } }, "AU-VIC": { "zone": { "zoneName": "Victoria", "countryName": "Australia" }, "carbonIntensity": { "value": 498, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 40, "unit": "%" }, "carbonFreeEnergy": { "value": 40, "unit": "%" } }, "AU-WA": { "zone": { "zoneName": "Western Australia", "countryName": "Australia" }, "carbonIntensity": { "value": 428, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 35, "unit": "%" }, "carbonFreeEnergy": { "value": 35, "unit": "%" } }, "AU-WA-RI": { "zone": { "zoneName": "Rottnest Island", "countryName": "Australia" }, "carbonIntensity": { "value": 493, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 25, "unit": "%" }, "carbonFreeEnergy": { "value": 25, "unit": "%" } }, "AW": { "zone": { "zoneName": "Aruba" }, "carbonIntensity": { "value": 548, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 16, "unit": "%" }, "carbonFreeEnergy": { "value": 16, "unit": "%" } }, "AX": { "zone": { "zoneName": "\xC5land Islands" }, "carbonIntensity": { "value": 22, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 79, "unit": "%" }, "carbonFreeEnergy": { "value": 99, "unit": "%" } }, "AZ": { "zone": { "zoneName": "Azerbaijan" }, "carbonIntensity": { "value": 457, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 7, "unit": "%" }, "carbonFreeEnergy": { "value": 7, "unit": "%" } }, "BA": { "zone": { "zoneName": "Bosnia and Herzegovina" }, "carbonIntensity": { "value": 483, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 40, "unit": "%" }, "carbonFreeEnergy": { "value": 41, "unit": "%" } }, "BB": { "zone": { "zoneName": "Barbados" }, "carbonIntensity": { "value": 641, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 8, "unit": "%" }, "carbonFreeEnergy": { "value": 8, "unit": "%" } }, "BD": { "zone": { "zoneName": "Bangladesh" }, "carbonIntensity": { "value": 602, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 3, "unit": "%" } }, "BE": { "zone": { "zoneName": "Belgium" }, "carbonIntensity": { "value": 175, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 33, "unit": "%" }, "carbonFreeEnergy": { "value": 72, "unit": "%" } }, "BF": { "zone": { "zoneName": "Burkina Faso" }, "carbonIntensity": { "value": 576, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 14, "unit": "%" }, "carbonFreeEnergy": { "value": 14, "unit": "%" } }, "BG": { "zone": { "zoneName": "Bulgaria" }, "carbonIntensity": { "value": 405, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 22, "unit": "%" }, "carbonFreeEnergy": { "value": 61, "unit": "%" } }, "BH": { "zone": { "zoneName": "Bahrain" }, "carbonIntensity": { "value": 488, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "BI": { "zone": { "zoneName": "Burundi" }, "carbonIntensity": { "value": 237, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 69, "unit": "%" }, "carbonFreeEnergy": { "value": 69, "unit": "%" } }, "BJ": { "zone": { "zoneName": "Benin" }, "carbonIntensity": { "value": 510, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 4, "unit": "%" }, "carbonFreeEnergy": { "value": 4, "unit": "%" } }, "BN": { "zone": { "zoneName": "Brunei" }, "carbonIntensity": { "value": 565, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "BO": { "zone": { "zoneName": "Bolivia" }, "carbonIntensity": { "value": 349, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 32, "unit": "%" }, "carbonFreeEnergy": { "value": 32, "unit": "%" } }, "BR": { "zone": { "zoneName": "Brazil" }, "carbonIntensity": { "value": 82, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 89, "unit": "%" }, "carbonFreeEnergy": { "value": 91, "unit": "%" } }, "BR-CS": { "zone": { "zoneName": "Central Brazil", "countryName": "Brazil" }, "carbonIntensity": { "value": 90, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 87, "unit": "%" }, "carbonFreeEnergy": { "value": 90, "unit": "%" } }, "BR-N": { "zone": { "zoneName": "North Brazil", "countryName": "Brazil" }, "carbonIntensity": { "value": 108, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 87, "unit": "%" }, "carbonFreeEnergy": { "value": 87, "unit": "%" } }, "BR-NE": { "zone": { "zoneName": "North-East Brazil", "countryName": "Brazil" }, "carbonIntensity": { "value": 43, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 96, "unit": "%" }, "carbonFreeEnergy": { "value": 96, "unit": "%" } }, "BR-S": { "zone": { "zoneName": "South Brazil", "countryName": "Brazil" }, "carbonIntensity": { "value": 83, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 90, "unit": "%" }, "carbonFreeEnergy": { "value": 91, "unit": "%" } }, "BS": { "zone": { "zoneName": "Bahamas" }, "carbonIntensity": { "value": 692, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 1, "unit": "%" }, "carbonFreeEnergy": { "value": 1, "unit": "%" } }, "BT": { "zone": { "zoneName": "Bhutan" }, "carbonIntensity": { "value": 67, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 95, "unit": "%" }, "carbonFreeEnergy": { "value": 95, "unit": "%" } }, "BW": { "zone": { "zoneName": "Botswana" }, "carbonIntensity": { "value": 812, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "BY": { "zone": { "zoneName": "Belarus" }, "carbonIntensity": { "value": 362, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 32, "unit": "%" } }, "BZ": { "zone": { "zoneName": "Belize" }, "carbonIntensity": { "value": 168, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 89, "unit": "%" }, "carbonFreeEnergy": { "value": 89, "unit": "%" } }, "CA": { "zone": { "zoneName": "Canada" }, "carbonIntensity": { "value": 132, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 67, "unit": "%" }, "carbonFreeEnergy": { "value": 80, "unit": "%" } }, "CA-AB": { "zone": { "zoneName": "Alberta", "countryName": "Canada" }, "carbonIntensity": { "value": 438, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 20, "unit": "%" }, "carbonFreeEnergy": { "value": 20, "unit": "%" } }, "CA-BC": { "zone": { "zoneName": "British Columbia", "countryName": "Canada" }, "carbonIntensity": { "value": 76, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 93, "unit": "%" }, "carbonFreeEnergy": { "value": 94, "unit": "%" } }, "CA-MB": { "zone": { "zoneName": "Manitoba", "countryName": "Canada" }, "carbonIntensity": { "value": 47, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 96, "unit": "%" }, "carbonFreeEnergy": { "value": 97, "unit": "%" } }, "CA-NB": { "zone": { "zoneName": "New Brunswick", "countryName": "Canada" }, "carbonIntensity": { "value": 149, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 52, "unit": "%" }, "carbonFreeEnergy": { "value": 79, "unit": "%" } }, "CA-NL": { "zone": { "zoneName": "Newfoundland and Labrador", "countryName": "Canada" }, "carbonIntensity": { "value": 27, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 99, "unit": "%" }, "carbonFreeEnergy": { "value": 99, "unit": "%" } }, "CA-NS": { "zone": { "zoneName": "Nova Scotia", "countryName": "Canada" }, "carbonIntensity": { "value": 403, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 45, "unit": "%" }, "carbonFreeEnergy": { "value": 48, "unit": "%" } }, "CA-NT": { "zone": { "zoneName": "Northwest Territories", "countryName": "Canada" }, "carbonIntensity": { "value": 112, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 84, "unit": "%" }, "carbonFreeEnergy": { "value": 84, "unit": "%" } }, "CA-NU": { "zone": { "zoneName": "Nunavut", "countryName": "Canada" }, "carbonIntensity": { "value": 649, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "CA-ON": { "zone": { "zoneName": "Ontario", "countryName": "Canada" }, "carbonIntensity": { "value": 76, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 35, "unit": "%" }, "carbonFreeEnergy": { "value": 87, "unit": "%" } }, "CA-PE": { "zone": { "zoneName": "Prince Edward Island", "countryName": "Canada" }, "carbonIntensity": { "value": 91, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 74, "unit": "%" }, "carbonFreeEnergy": { "value": 88, "unit": "%" } }, "CA-QC": { "zone": { "zoneName": "Qu\xE9bec", "countryName": "Canada" }, "carbonIntensity": { "value": 31, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 99, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "CA-SK": { "zone": { "zoneName": "Saskatchewan", "countryName": "Canada" }, "carbonIntensity": { "value": 494, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 22, "unit": "%" }, "carbonFreeEnergy": { "value": 22, "unit": "%" } }, "CA-YT": { "zone": { "zoneName": "Yukon", "countryName": "Canada" }, "carbonIntensity": { "value": 210, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 65, "unit": "%" }, "carbonFreeEnergy": { "value": 65, "unit": "%" } }, "CD": { "zone": { "zoneName": "Democratic Republic of the Congo" }, "carbonIntensity": { "value": 25, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "CF": { "zone": { "zoneName": "Central African Republic" }, "carbonIntensity": { "value": 24, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "CG": { "zone": { "zoneName": "Congo" }, "carbonIntensity": { "value": 397, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 22, "unit": "%" }, "carbonFreeEnergy": { "value": 22, "unit": "%" } }, "CH": { "zone": { "zoneName": "Switzerland" }, "carbonIntensity": { "value": 64, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 63, "unit": "%" }, "carbonFreeEnergy": { "value": 95, "unit": "%" } }, "CI": { "zone": { "zoneName": "Ivory Coast" }, "carbonIntensity": { "value": 388, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 23, "unit": "%" }, "carbonFreeEnergy": { "value": 23, "unit": "%" } }, "CL-SEN": { "zone": { "zoneName": "Sistema El\xE9ctrico Nacional", "countryName": "Chile" }, "carbonIntensity": { "value": 272, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 61, "unit": "%" }, "carbonFreeEnergy": { "value": 61, "unit": "%" } }, "CM": { "zone": { "zoneName": "Cameroon" }, "carbonIntensity": { "value": 164, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 73, "unit": "%" }, "carbonFreeEnergy": { "value": 73, "unit": "%" } }, "CN": { "zone": { "zoneName": "China" }, "carbonIntensity": { "value": 535, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 30, "unit": "%" }, "carbonFreeEnergy": { "value": 35, "unit": "%" } }, "CO": { "zone": { "zoneName": "Colombia" }, "carbonIntensity": { "value": 148, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 80, "unit": "%" }, "carbonFreeEnergy": { "value": 80, "unit": "%" } }, "CR": { "zone": { "zoneName": "Costa Rica" }, "carbonIntensity": { "value": 67, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 93, "unit": "%" }, "carbonFreeEnergy": { "value": 93, "unit": "%" } }, "CU": { "zone": { "zoneName": "Cuba" }, "carbonIntensity": { "value": 607, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 4, "unit": "%" }, "carbonFreeEnergy": { "value": 4, "unit": "%" } }, "CV": { "zone": { "zoneName": "Cabo Verde" }, "carbonIntensity": { "value": 497, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 30, "unit": "%" }, "carbonFreeEnergy": { "value": 30, "unit": "%" } }, "CW": { "zone": { "zoneName": "Cura\xE7ao" }, "carbonIntensity": { "value": 493, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 25, "unit": "%" }, "carbonFreeEnergy": { "value": 25, "unit": "%" } }, "CY": { "zone": { "zoneName": "Cyprus" }, "carbonIntensity": { "value": 831, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 20, "unit": "%" }, "carbonFreeEnergy": { "value": 20, "unit": "%" } }, "CZ": { "zone": { "zoneName": "Czechia" }, "carbonIntensity": { "value": 493, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 16, "unit": "%" }, "carbonFreeEnergy": { "value": 52, "unit": "%" } }, "DE": { "zone": { "zoneName": "Germany" }, "carbonIntensity": { "value": 379, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 57, "unit": "%" }, "carbonFreeEnergy": { "value": 62, "unit": "%" } }, "DJ": { "zone": { "zoneName": "Djibouti" }, "carbonIntensity": { "value": 459, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 35, "unit": "%" }, "carbonFreeEnergy": { "value": 35, "unit": "%" } }, "DK": { "zone": { "zoneName": "Denmark" }, "carbonIntensity": { "value": 140, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 79, "unit": "%" }, "carbonFreeEnergy": { "value": 86, "unit": "%" } }, "DK-BHM": { "zone": { "zoneName": "Bornholm", "countryName": "Denmark" }, "carbonIntensity": { "value": 56, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 89, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "DK-DK1": { "zone": { "zoneName": "West Denmark", "countryName": "Denmark" }, "carbonIntensity": { "value": 138, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 81, "unit": "%" }, "carbonFreeEnergy": { "value": 85, "unit": "%" } }, "DK-DK2": { "zone": { "zoneName": "East Denmark", "countryName": "Denmark" }, "carbonIntensity": { "value": 144, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 77, "unit": "%" }, "carbonFreeEnergy": { "value": 87, "unit": "%" } }, "DM": { "zone": { "zoneName": "Dominica" }, "carbonIntensity": { "value": 610, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 13, "unit": "%" }, "carbonFreeEnergy": { "value": 13, "unit": "%" } }, "DO": { "zone": { "zoneName": "Dominican Republic" }, "carbonIntensity": { "value": 577, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 15, "unit": "%" }, "carbonFreeEnergy": { "value": 15, "unit": "%" } }, "DZ": { "zone": { "zoneName": "Algeria" }, "carbonIntensity": { "value": 487, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 1, "unit": "%" }, "carbonFreeEnergy": { "value": 1, "unit": "%" } }, "EC": { "zone": { "zoneName": "Ecuador" }, "carbonIntensity": { "value": 197, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 74, "unit": "%" }, "carbonFreeEnergy": { "value": 74, "unit": "%" } }, "EE": { "zone": { "zoneName": "Estonia" }, "carbonIntensity": { "value": 287, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 49, "unit": "%" }, "carbonFreeEnergy": { "value": 72, "unit": "%" } }, "EG": { "zone": { "zoneName": "Egypt" }, "carbonIntensity": { "value": 454, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 12, "unit": "%" }, "carbonFreeEnergy": { "value": 12, "unit": "%" } }, "ER": { "zone": { "zoneName": "Eritrea" }, "carbonIntensity": { "value": 633, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 3, "unit": "%" } }, "ES": { "zone": { "zoneName": "Spain" }, "carbonIntensity": { "value": 153, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 52, "unit": "%" }, "carbonFreeEnergy": { "value": 76, "unit": "%" } }, "ES-CE": { "zone": { "zoneName": "Ceuta", "countryName": "Spain" }, "carbonIntensity": { "value": 650, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "ES-CN-FV": { "zone": { "zoneName": "Fuerteventura", "countryName": "Spain" }, "carbonIntensity": { "value": 796, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 19, "unit": "%" }, "carbonFreeEnergy": { "value": 19, "unit": "%" } }, "ES-CN-GC": { "zone": { "zoneName": "Gran Canaria", "countryName": "Spain" }, "carbonIntensity": { "value": 720, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 23, "unit": "%" }, "carbonFreeEnergy": { "value": 23, "unit": "%" } }, "ES-CN-HI": { "zone": { "zoneName": "El Hierro", "countryName": "Spain" }, "carbonIntensity": { "value": 596, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 38, "unit": "%" }, "carbonFreeEnergy": { "value": 38, "unit": "%" } }, "ES-CN-IG": { "zone": { "zoneName": "Isla de la Gomera", "countryName": "Spain" }, "carbonIntensity": { "value": 890, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 7, "unit": "%" }, "carbonFreeEnergy": { "value": 7, "unit": "%" } }, "ES-CN-LP": { "zone": { "zoneName": "La Palma", "countryName": "Spain" }, "carbonIntensity": { "value": 857, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 7, "unit": "%" }, "carbonFreeEnergy": { "value": 7, "unit": "%" } }, "ES-CN-LZ": { "zone": { "zoneName": "Lanzarote", "countryName": "Spain" }, "carbonIntensity": { "value": 827, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 8, "unit": "%" }, "carbonFreeEnergy": { "value": 8, "unit": "%" } }, "ES-CN-TE": { "zone": { "zoneName": "Tenerife", "countryName": "Spain" }, "carbonIntensity": { "value": 762, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 19, "unit": "%" }, "carbonFreeEnergy": { "value": 19, "unit": "%" } }, "ES-IB-FO": { "zone": { "zoneName": "Formentera", "countryName": "Spain" }, "carbonIntensity": { "value": 502, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 19, "unit": "%" }, "carbonFreeEnergy": { "value": 23, "unit": "%" } }, "ES-IB-IZ": { "zone": { "zoneName": "Ibiza", "countryName": "Spain" }, "carbonIntensity": { "value": 497, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 17, "unit": "%" }, "carbonFreeEnergy": { "value": 21, "unit": "%" } }, "ES-IB-MA": { "zone": { "zoneName": "Mallorca", "countryName": "Spain" }, "carbonIntensity": { "value": 409, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 24, "unit": "%" }, "carbonFreeEnergy": { "value": 30, "unit": "%" } }, "ES-IB-ME": { "zone": { "zoneName": "Menorca", "countryName": "Spain" }, "carbonIntensity": { "value": 932, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 7, "unit": "%" }, "carbonFreeEnergy": { "value": 8, "unit": "%" } }, "ES-ML": { "zone": { "zoneName": "Melilla", "countryName": "Spain" }, "carbonIntensity": { "value": 620, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 7, "unit": "%" }, "carbonFreeEnergy": { "value": 7, "unit": "%" } }, "ET": { "zone": { "zoneName": "Ethiopia" }, "carbonIntensity": { "value": 24, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "FI": { "zone": { "zoneName": "Finland" }, "carbonIntensity": { "value": 84, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 51, "unit": "%" }, "carbonFreeEnergy": { "value": 92, "unit": "%" } }, "FJ": { "zone": { "zoneName": "Fiji" }, "carbonIntensity": { "value": 293, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 63, "unit": "%" }, "carbonFreeEnergy": { "value": 63, "unit": "%" } }, "FK": { "zone": { "zoneName": "Falkland Islands" }, "carbonIntensity": { "value": 700, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "FM": { "zone": { "zoneName": "Micronesia" }, "carbonIntensity": { "value": 615, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 6, "unit": "%" }, "carbonFreeEnergy": { "value": 6, "unit": "%" } }, "FO": { "zone": { "zoneName": "Faroe Islands" }, "carbonIntensity": { "value": 523, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 50, "unit": "%" }, "carbonFreeEnergy": { "value": 50, "unit": "%" } }, "FO-MI": { "zone": { "zoneName": "Main Islands", "countryName": "Faroe Islands" }, "carbonIntensity": { "value": 528, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 50, "unit": "%" }, "carbonFreeEnergy": { "value": 50, "unit": "%" } }, "FO-SI": { "zone": { "zoneName": "South Island", "countryName": "Faroe Islands" }, "carbonIntensity": { "value": 463, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 56, "unit": "%" }, "carbonFreeEnergy": { "value": 56, "unit": "%" } }, "FR": { "zone": { "zoneName": "France" }, "carbonIntensity": { "value": 49, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 28, "unit": "%" }, "carbonFreeEnergy": { "value": 93, "unit": "%" } }, "FR-COR": { "zone": { "zoneName": "Corsica", "countryName": "France" }, "carbonIntensity": { "value": 480, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 46, "unit": "%" }, "carbonFreeEnergy": { "value": 47, "unit": "%" } }, "GA": { "zone": { "zoneName": "Gabon" }, "carbonIntensity": { "value": 294, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 48, "unit": "%" }, "carbonFreeEnergy": { "value": 48, "unit": "%" } }, "GB": { "zone": { "zoneName": "Great Britain" }, "carbonIntensity": { "value": 200, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 46, "unit": "%" }, "carbonFreeEnergy": { "value": 65, "unit": "%" } }, "GB-NIR": { "zone": { "zoneName": "Northern Ireland" }, "carbonIntensity": { "value": 294, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 43, "unit": "%" }, "carbonFreeEnergy": { "value": 48, "unit": "%" } }, "GB-ORK": { "zone": { "zoneName": "Orkney Islands", "countryName": "Great Britain" }, "carbonIntensity": { "value": 84, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 80, "unit": "%" }, "carbonFreeEnergy": { "value": 86, "unit": "%" } }, "GE": { "zone": { "zoneName": "Georgia" }, "carbonIntensity": { "value": 198, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 61, "unit": "%" }, "carbonFreeEnergy": { "value": 63, "unit": "%" } }, "GF": { "zone": { "zoneName": "French Guiana" }, "carbonIntensity": { "value": 246, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 65, "unit": "%" }, "carbonFreeEnergy": { "value": 65, "unit": "%" } }, "GH": { "zone": { "zoneName": "Ghana" }, "carbonIntensity": { "value": 326, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 36, "unit": "%" }, "carbonFreeEnergy": { "value": 36, "unit": "%" } }, "GI": { "zone": { "zoneName": "Gibraltar" }, "carbonIntensity": { "value": 490, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "GL": { "zone": { "zoneName": "Greenland" }, "carbonIntensity": { "value": 106, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 88, "unit": "%" }, "carbonFreeEnergy": { "value": 88, "unit": "%" } }, "GM": { "zone": { "zoneName": "Gambia" }, "carbonIntensity": { "value": 700, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "GN": { "zone": { "zoneName": "Guinea" }, "carbonIntensity": { "value": 194, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 75, "unit": "%" }, "carbonFreeEnergy": { "value": 75, "unit": "%" } }, "GP": { "zone": { "zoneName": "Guadeloupe" }, "carbonIntensity": { "value": 263, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 60, "unit": "%" }, "carbonFreeEnergy": { "value": 60, "unit": "%" } }, "GQ": { "zone": { "zoneName": "Equatorial Guinea" }, "carbonIntensity": { "value": 348, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 31, "unit": "%" }, "carbonFreeEnergy": { "value": 31, "unit": "%" } }, "GR": { "zone": { "zoneName": "Greece" }, "carbonIntensity": { "value": 326, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 48, "unit": "%" }, "carbonFreeEnergy": { "value": 51, "unit": "%" } }, "GS": { "zone": { "zoneName": "South Georgia and the South Sandwich Islands" }, "carbonIntensity": { "value": 24, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "GT": { "zone": { "zoneName": "Guatemala" }, "carbonIntensity": { "value": 288, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 62, "unit": "%" }, "carbonFreeEnergy": { "value": 62, "unit": "%" } }, "GU": { "zone": { "zoneName": "Guam" }, "carbonIntensity": { "value": 642, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 9, "unit": "%" }, "carbonFreeEnergy": { "value": 9, "unit": "%" } }, "GW": { "zone": { "zoneName": "Guinea-Bissau" }, "carbonIntensity": { "value": 700, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "GY": { "zone": { "zoneName": "Guyana" }, "carbonIntensity": { "value": 664, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 7, "unit": "%" }, "carbonFreeEnergy": { "value": 7, "unit": "%" } }, "HK": { "zone": { "zoneName": "Hong Kong" }, "carbonIntensity": { "value": 598, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 1, "unit": "%" }, "carbonFreeEnergy": { "value": 1, "unit": "%" } }, "HN": { "zone": { "zoneName": "Honduras" }, "carbonIntensity": { "value": 359, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 50, "unit": "%" }, "carbonFreeEnergy": { "value": 50, "unit": "%" } }, "HR": { "zone": { "zoneName": "Croatia" }, "carbonIntensity": { "value": 272, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 57, "unit": "%" }, "carbonFreeEnergy": { "value": 65, "unit": "%" } }, "HT": { "zone": { "zoneName": "Haiti" }, "carbonIntensity": { "value": 527, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 20, "unit": "%" }, "carbonFreeEnergy": { "value": 20, "unit": "%" } }, "HU": { "zone": { "zoneName": "Hungary" }, "carbonIntensity": { "value": 250, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 25, "unit": "%" }, "carbonFreeEnergy": { "value": 69, "unit": "%" } }, "ID": { "zone": { "zoneName": "Indonesia" }, "carbonIntensity": { "value": 660, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 16, "unit": "%" }, "carbonFreeEnergy": { "value": 16, "unit": "%" } }, "IE": { "zone": { "zoneName": "Ireland" }, "carbonIntensity": { "value": 403, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 43, "unit": "%" }, "carbonFreeEnergy": { "value": 44, "unit": "%" } }, "IL": { "zone": { "zoneName": "Israel" }, "carbonIntensity": { "value": 502, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 11, "unit": "%" }, "carbonFreeEnergy": { "value": 11, "unit": "%" } }, "IN": { "zone": { "zoneName": "Mainland India", "countryName": "India" }, "carbonIntensity": { "value": 613, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 23, "unit": "%" }, "carbonFreeEnergy": { "value": 25, "unit": "%" } }, "IN-EA": { "zone": { "zoneName": "Eastern India", "countryName": "India" }, "carbonIntensity": { "value": 707, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 13, "unit": "%" }, "carbonFreeEnergy": { "value": 14, "unit": "%" } }, "IN-NE": { "zone": { "zoneName": "North Eastern India", "countryName": "India" }, "carbonIntensity": { "value": 474, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 27, "unit": "%" }, "carbonFreeEnergy": { "value": 27, "unit": "%" } }, "IN-NO": { "zone": { "zoneName": "Northern India", "countryName": "India" }, "carbonIntensity": { "value": 527, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 34, "unit": "%" }, "carbonFreeEnergy": { "value": 36, "unit": "%" } }, "IN-SO": { "zone": { "zoneName": "Southern India", "countryName": "India" }, "carbonIntensity": { "value": 535, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 30, "unit": "%" }, "carbonFreeEnergy": { "value": 36, "unit": "%" } }, "IN-WE": { "zone": { "zoneName": "Western India", "countryName": "India" }, "carbonIntensity": { "value": 662, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 17, "unit": "%" }, "carbonFreeEnergy": { "value": 19, "unit": "%" } }, "IQ": { "zone": { "zoneName": "Iraq" }, "carbonIntensity": { "value": 561, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 2, "unit": "%" }, "carbonFreeEnergy": { "value": 2, "unit": "%" } }, "IR": { "zone": { "zoneName": "Iran" }, "carbonIntensity": { "value": 484, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 6, "unit": "%" }, "carbonFreeEnergy": { "value": 6, "unit": "%" } }, "IS": { "zone": { "zoneName": "Iceland" }, "carbonIntensity": { "value": 28, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "IT": { "zone": { "zoneName": "Italy" }, "carbonIntensity": { "value": 316, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 43, "unit": "%" }, "carbonFreeEnergy": { "value": 50, "unit": "%" } }, "IT-CNO": { "zone": { "zoneName": "Central North Italy", "countryName": "Italy" }, "carbonIntensity": { "value": 272, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 54, "unit": "%" }, "carbonFreeEnergy": { "value": 57, "unit": "%" } }, "IT-CSO": { "zone": { "zoneName": "Central South Italy", "countryName": "Italy" }, "carbonIntensity": { "value": 340, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 51, "unit": "%" }, "carbonFreeEnergy": { "value": 52, "unit": "%" } }, "IT-NO": { "zone": { "zoneName": "North Italy", "countryName": "Italy" }, "carbonIntensity": { "value": 291, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 40, "unit": "%" }, "carbonFreeEnergy": { "value": 52, "unit": "%" } }, "IT-SAR": { "zone": { "zoneName": "Sardinia", "countryName": "Italy" }, "carbonIntensity": { "value": 546, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 32, "unit": "%" }, "carbonFreeEnergy": { "value": 32, "unit": "%" } }, "IT-SIC": { "zone": { "zoneName": "Sicily", "countryName": "Italy" }, "carbonIntensity": { "value": 380, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 38, "unit": "%" }, "carbonFreeEnergy": { "value": 38, "unit": "%" } }, "IT-SO": { "zone": { "zoneName": "South Italy", "countryName": "Italy" }, "carbonIntensity": { "value": 341, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 46, "unit": "%" }, "carbonFreeEnergy": { "value": 47, "unit": "%" } }, "JM": { "zone": { "zoneName": "Jamaica" }, "carbonIntensity": { "value": 488, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 12, "unit": "%" }, "carbonFreeEnergy": { "value": 12, "unit": "%" } }, "JO": { "zone": { "zoneName": "Jordan" }, "carbonIntensity": { "value": 385, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 24, "unit": "%" }, "carbonFreeEnergy": { "value": 24, "unit": "%" } }, "JP": { "zone": { "zoneName": "Japan" }, "carbonIntensity": { "value": 467, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 22, "unit": "%" }, "carbonFreeEnergy": { "value": 30, "unit": "%" } }, "JP-CB": { "zone": { "zoneName": "Ch\u016Bbu", "countryName": "Japan" }, "carbonIntensity": { "value": 479, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 25, "unit": "%" }, "carbonFreeEnergy": { "value": 28, "unit": "%" } }, "JP-CG": { "zone": { "zoneName": "Ch\u016Bgoku", "countryName": "Japan" }, "carbonIntensity": { "value": 465, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 24, "unit": "%" }, "carbonFreeEnergy": { "value": 30, "unit": "%" } }, "JP-HKD": { "zone": { "zoneName": "Hokkaid\u014D", "countryName": "Japan" }, "carbonIntensity": { "value": 461, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 32, "unit": "%" }, "carbonFreeEnergy": { "value": 32, "unit": "%" } }, "JP-HR": { "zone": { "zoneName": "Hokuriku", "countryName": "Japan" }, "carbonIntensity": { "value": 459, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 30, "unit": "%" }, "carbonFreeEnergy": { "value": 31, "unit": "%" } }, "JP-KN": { "zone": { "zoneName": "Kansai", "countryName": "Japan" }, "carbonIntensity": { "value": 380, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 17, "unit": "%" }, "carbonFreeEnergy": { "value": 43, "unit": "%" } }, "JP-KY": { "zone": { "zoneName": "Ky\u016Bsh\u016B", "countryName": "Japan" }, "carbonIntensity": { "value": 307, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 24, "unit": "%" }, "carbonFreeEnergy": { "value": 56, "unit": "%" } }, "JP-ON": { "zone": { "zoneName": "Okinawa", "countryName": "Japan" }, "carbonIntensity": { "value": 590, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 10, "unit": "%" }, "carbonFreeEnergy": { "value": 10, "unit": "%" } }, "JP-SK": { "zone": { "zoneName": "Shikoku", "countryName": "Japan" }, "carbonIntensity": { "value": 600, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 14, "unit": "%" }, "carbonFreeEnergy": { "value": 15, "unit": "%" } }, "JP-TH": { "zone": { "zoneName": "T\u014Dhoku", "countryName": "Japan" }, "carbonIntensity": { "value": 482, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 28, "unit": "%" }, "carbonFreeEnergy": { "value": 28, "unit": "%" } }, "JP-TK": { "zone": { "zoneName": "T\u014Dky\u014D", "countryName": "Japan" }, "carbonIntensity": { "value": 536, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 18, "unit": "%" }, "carbonFreeEnergy": { "value": 18, "unit": "%" } }, "KE": { "zone": { "zoneName": "Kenya" }, "carbonIntensity": { "value": 97, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 90, "unit": "%" }, "carbonFreeEnergy": { "value": 90, "unit": "%" } }, "KG": { "zone": { "zoneName": "Kyrgyzstan" }, "carbonIntensity": { "value": 130, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 86, "unit": "%" }, "carbonFreeEnergy": { "value": 86, "unit": "%" } }, "KH": { "zone": { "zoneName": "Cambodia" }, "carbonIntensity": { "value": 282, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 67, "unit": "%" }, "carbonFreeEnergy": { "value": 67, "unit": "%" } }, "KM": { "zone": { "zoneName": "Comoros" }, "carbonIntensity": { "value": 700, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "KP": { "zone": { "zoneName": "North Korea" }, "carbonIntensity": { "value": 305, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 64, "unit": "%" }, "carbonFreeEnergy": { "value": 64, "unit": "%" } }, "KR": { "zone": { "zoneName": "South Korea" }, "carbonIntensity": { "value": 443, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 34, "unit": "%" } }, "KW": { "zone": { "zoneName": "Kuwait" }, "carbonIntensity": { "value": 515, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "KY": { "zone": { "zoneName": "Cayman Islands" }, "carbonIntensity": { "value": 681, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 3, "unit": "%" } }, "KZ": { "zone": { "zoneName": "Kazakhstan" }, "carbonIntensity": { "value": 610, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 13, "unit": "%" }, "carbonFreeEnergy": { "value": 14, "unit": "%" } }, "LA": { "zone": { "zoneName": "Laos" }, "carbonIntensity": { "value": 206, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 77, "unit": "%" }, "carbonFreeEnergy": { "value": 77, "unit": "%" } }, "LB": { "zone": { "zoneName": "Lebanon" }, "carbonIntensity": { "value": 336, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 51, "unit": "%" }, "carbonFreeEnergy": { "value": 51, "unit": "%" } }, "LC": { "zone": { "zoneName": "Saint Lucia" }, "carbonIntensity": { "value": 683, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 3, "unit": "%" } }, "LK": { "zone": { "zoneName": "Sri Lanka" }, "carbonIntensity": { "value": 395, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 49, "unit": "%" }, "carbonFreeEnergy": { "value": 49, "unit": "%" } }, "LR": { "zone": { "zoneName": "Liberia" }, "carbonIntensity": { "value": 475, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 33, "unit": "%" }, "carbonFreeEnergy": { "value": 33, "unit": "%" } }, "LS": { "zone": { "zoneName": "Lesotho" }, "carbonIntensity": { "value": 24, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "LT": { "zone": { "zoneName": "Lithuania" }, "carbonIntensity": { "value": 169, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 65, "unit": "%" }, "carbonFreeEnergy": { "value": 79, "unit": "%" } }, "LU": { "zone": { "zoneName": "Luxembourg" }, "carbonIntensity": { "value": 272, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 59, "unit": "%" }, "carbonFreeEnergy": { "value": 71, "unit": "%" } }, "LV": { "zone": { "zoneName": "Latvia" }, "carbonIntensity": { "value": 192, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 61, "unit": "%" }, "carbonFreeEnergy": { "value": 72, "unit": "%" } }, "LY": { "zone": { "zoneName": "Libya" }, "carbonIntensity": { "value": 527, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "MA": { "zone": { "zoneName": "Morocco" }, "carbonIntensity": { "value": 573, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 25, "unit": "%" }, "carbonFreeEnergy": { "value": 27, "unit": "%" } }, "MD": { "zone": { "zoneName": "Moldova" }, "carbonIntensity": { "value": 416, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 15, "unit": "%" }, "carbonFreeEnergy": { "value": 21, "unit": "%" } }, "ME": { "zone": { "zoneName": "Montenegro" }, "carbonIntensity": { "value": 385, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 53, "unit": "%" }, "carbonFreeEnergy": { "value": 53, "unit": "%" } }, "MG": { "zone": { "zoneName": "Madagascar" }, "carbonIntensity": { "value": 474, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 34, "unit": "%" }, "carbonFreeEnergy": { "value": 34, "unit": "%" } }, "MK": { "zone": { "zoneName": "North Macedonia" }, "carbonIntensity": { "value": 506, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 26, "unit": "%" }, "carbonFreeEnergy": { "value": 33, "unit": "%" } }, "ML": { "zone": { "zoneName": "Mali" }, "carbonIntensity": { "value": 416, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 43, "unit": "%" }, "carbonFreeEnergy": { "value": 43, "unit": "%" } }, "MM": { "zone": { "zoneName": "Myanmar" }, "carbonIntensity": { "value": 320, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 41, "unit": "%" }, "carbonFreeEnergy": { "value": 41, "unit": "%" } }, "MN": { "zone": { "zoneName": "Mongolia" }, "carbonIntensity": { "value": 731, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 11, "unit": "%" }, "carbonFreeEnergy": { "value": 11, "unit": "%" } }, "MO": { "zone": { "zoneName": "Macao" }, "carbonIntensity": { "value": 398, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 41, "unit": "%" }, "carbonFreeEnergy": { "value": 41, "unit": "%" } }, "MQ": { "zone": { "zoneName": "Martinique" }, "carbonIntensity": { "value": 520, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 14, "unit": "%" }, "carbonFreeEnergy": { "value": 14, "unit": "%" } }, "MR": { "zone": { "zoneName": "Mauritania" }, "carbonIntensity": { "value": 518, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 27, "unit": "%" }, "carbonFreeEnergy": { "value": 27, "unit": "%" } }, "MT": { "zone": { "zoneName": "Malta" }, "carbonIntensity": { "value": 439, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 17, "unit": "%" }, "carbonFreeEnergy": { "value": 17, "unit": "%" } }, "MU": { "zone": { "zoneName": "Mauritius" }, "carbonIntensity": { "value": 619, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 18, "unit": "%" }, "carbonFreeEnergy": { "value": 18, "unit": "%" } }, "MV": { "zone": { "zoneName": "Maldives" }, "carbonIntensity": { "value": 654, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 7, "unit": "%" }, "carbonFreeEnergy": { "value": 7, "unit": "%" } }, "MW": { "zone": { "zoneName": "Malawi" }, "carbonIntensity": { "value": 60, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 96, "unit": "%" }, "carbonFreeEnergy": { "value": 96, "unit": "%" } }, "MX": { "zone": { "zoneName": "Mexico" }, "carbonIntensity": { "value": 394, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 20, "unit": "%" }, "carbonFreeEnergy": { "value": 24, "unit": "%" } }, "MY": { "zone": { "zoneName": "Malaysia" }, "carbonIntensity": { "value": 567, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 18, "unit": "%" }, "carbonFreeEnergy": { "value": 18, "unit": "%" } }, "MY-EM": { "zone": { "zoneName": "Borneo", "countryName": "Malaysia" }, "carbonIntensity": { "value": 380, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 45, "unit": "%" }, "carbonFreeEnergy": { "value": 45, "unit": "%" } }, "MY-WM": { "zone": { "zoneName": "Peninsula", "countryName": "Malaysia" }, "carbonIntensity": { "value": 650, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 6, "unit": "%" }, "carbonFreeEnergy": { "value": 6, "unit": "%" } }, "MZ": { "zone": { "zoneName": "Mozambique" }, "carbonIntensity": { "value": 101, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 84, "unit": "%" }, "carbonFreeEnergy": { "value": 84, "unit": "%" } }, "NA": { "zone": { "zoneName": "Namibia" }, "carbonIntensity": { "value": 43, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 99, "unit": "%" }, "carbonFreeEnergy": { "value": 99, "unit": "%" } }, "NC": { "zone": { "zoneName": "New Caledonia" }, "carbonIntensity": { "value": 551, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 29, "unit": "%" }, "carbonFreeEnergy": { "value": 29, "unit": "%" } }, "NE": { "zone": { "zoneName": "Niger" }, "carbonIntensity": { "value": 659, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 3, "unit": "%" } }, "NG": { "zone": { "zoneName": "Nigeria" }, "carbonIntensity": { "value": 375, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 25, "unit": "%" }, "carbonFreeEnergy": { "value": 25, "unit": "%" } }, "NI": { "zone": { "zoneName": "Nicaragua" }, "carbonIntensity": { "value": 331, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 56, "unit": "%" }, "carbonFreeEnergy": { "value": 56, "unit": "%" } }, "NL": { "zone": { "zoneName": "Netherlands" }, "carbonIntensity": { "value": 280, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 50, "unit": "%" }, "carbonFreeEnergy": { "value": 55, "unit": "%" } }, "NO": { "zone": { "zoneName": "Norway" }, "carbonIntensity": { "value": 34, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 97, "unit": "%" }, "carbonFreeEnergy": { "value": 98, "unit": "%" } }, "NO-NO1": { "zone": { "zoneName": "Southeast Norway", "countryName": "Norway" }, "carbonIntensity": { "value": 29, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 94, "unit": "%" }, "carbonFreeEnergy": { "value": 99, "unit": "%" } }, "NO-NO2": { "zone": { "zoneName": "Southwest Norway", "countryName": "Norway" }, "carbonIntensity": { "value": 38, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 97, "unit": "%" }, "carbonFreeEnergy": { "value": 98, "unit": "%" } }, "NO-NO3": { "zone": { "zoneName": "Middle Norway", "countryName": "Norway" }, "carbonIntensity": { "value": 29, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 99, "unit": "%" }, "carbonFreeEnergy": { "value": 99, "unit": "%" } }, "NO-NO4": { "zone": { "zoneName": "North Norway", "countryName": "Norway" }, "carbonIntensity": { "value": 52, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 94, "unit": "%" }, "carbonFreeEnergy": { "value": 94, "unit": "%" } }, "NO-NO5": { "zone": { "zoneName": "West Norway", "countryName": "Norway" }, "carbonIntensity": { "value": 27, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 99, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "NP": { "zone": { "zoneName": "Nepal" }, "carbonIntensity": { "value": 106, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 90, "unit": "%" }, "carbonFreeEnergy": { "value": 90, "unit": "%" } }, "NZ": { "zone": { "zoneName": "New Zealand" }, "carbonIntensity": { "value": 97, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 88, "unit": "%" }, "carbonFreeEnergy": { "value": 88, "unit": "%" } }, "OM": { "zone": { "zoneName": "Oman" }, "carbonIntensity": { "value": 481, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 3, "unit": "%" } }, "PA": { "zone": { "zoneName": "Panama" }, "carbonIntensity": { "value": 301, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 55, "unit": "%" }, "carbonFreeEnergy": { "value": 55, "unit": "%" } }, "PE": { "zone": { "zoneName": "Peru" }, "carbonIntensity": { "value": 219, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 59, "unit": "%" }, "carbonFreeEnergy": { "value": 59, "unit": "%" } }, "PF": { "zone": { "zoneName": "French Polynesia" }, "carbonIntensity": { "value": 422, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 37, "unit": "%" }, "carbonFreeEnergy": { "value": 37, "unit": "%" } }, "PG": { "zone": { "zoneName": "Papua New Guinea" }, "carbonIntensity": { "value": 514, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 22, "unit": "%" }, "carbonFreeEnergy": { "value": 22, "unit": "%" } }, "PH": { "zone": { "zoneName": "Philippines" }, "carbonIntensity": { "value": 620, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 18, "unit": "%" }, "carbonFreeEnergy": { "value": 18, "unit": "%" } }, "PH-LU": { "zone": { "zoneName": "Luzon", "countryName": "Philippines" }, "carbonIntensity": { "value": 641, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 13, "unit": "%" }, "carbonFreeEnergy": { "value": 13, "unit": "%" } }, "PH-MI": { "zone": { "zoneName": "Mindanao", "countryName": "Philippines" }, "carbonIntensity": { "value": 517, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 37, "unit": "%" }, "carbonFreeEnergy": { "value": 37, "unit": "%" } }, "PH-VI": { "zone": { "zoneName": "Visayas", "countryName": "Philippines" }, "carbonIntensity": { "value": 616, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 23, "unit": "%" }, "carbonFreeEnergy": { "value": 23, "unit": "%" } }, "PK": { "zone": { "zoneName": "Pakistan" }, "carbonIntensity": { "value": 291, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 39, "unit": "%" }, "carbonFreeEnergy": { "value": 55, "unit": "%" } }, "PL": { "zone": { "zoneName": "Poland" }, "carbonIntensity": { "value": 726, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 29, "unit": "%" }, "carbonFreeEnergy": { "value": 31, "unit": "%" } }, "PM": { "zone": { "zoneName": "Saint Pierre and Miquelon" }, "carbonIntensity": { "value": 700, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "PR": { "zone": { "zoneName": "Puerto Rico" }, "carbonIntensity": { "value": 471, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 41, "unit": "%" }, "carbonFreeEnergy": { "value": 41, "unit": "%" } }, "PS": { "zone": { "zoneName": "State of Palestine" }, "carbonIntensity": { "value": 461, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 36, "unit": "%" }, "carbonFreeEnergy": { "value": 36, "unit": "%" } }, "PT": { "zone": { "zoneName": "Portugal" }, "carbonIntensity": { "value": 149, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 69, "unit": "%" }, "carbonFreeEnergy": { "value": 75, "unit": "%" } }, "PT-MA": { "zone": { "zoneName": "Madeira", "countryName": "Portugal" }, "carbonIntensity": { "value": 758, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 29, "unit": "%" }, "carbonFreeEnergy": { "value": 29, "unit": "%" } }, "PW": { "zone": { "zoneName": "Palau" }, "carbonIntensity": { "value": 609, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 7, "unit": "%" }, "carbonFreeEnergy": { "value": 7, "unit": "%" } }, "PY": { "zone": { "zoneName": "Paraguay" }, "carbonIntensity": { "value": 26, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "QA": { "zone": { "zoneName": "Qatar" }, "carbonIntensity": { "value": 490, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "RE": { "zone": { "zoneName": "R\xE9union" }, "carbonIntensity": { "value": 497, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 34, "unit": "%" }, "carbonFreeEnergy": { "value": 34, "unit": "%" } }, "RO": { "zone": { "zoneName": "Romania" }, "carbonIntensity": { "value": 283, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 47, "unit": "%" }, "carbonFreeEnergy": { "value": 68, "unit": "%" } }, "RS": { "zone": { "zoneName": "Serbia" }, "carbonIntensity": { "value": 493, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 37, "unit": "%" }, "carbonFreeEnergy": { "value": 40, "unit": "%" } }, "RU-1": { "zone": { "zoneName": "Europe-Ural", "countryName": "Russia" }, "carbonIntensity": { "value": 352, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 8, "unit": "%" }, "carbonFreeEnergy": { "value": 33, "unit": "%" } }, "RU-2": { "zone": { "zoneName": "Siberia", "countryName": "Russia" }, "carbonIntensity": { "value": 398, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 50, "unit": "%" }, "carbonFreeEnergy": { "value": 50, "unit": "%" } }, "RU-AS": { "zone": { "zoneName": "East", "countryName": "Russia" }, "carbonIntensity": { "value": 434, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 38, "unit": "%" }, "carbonFreeEnergy": { "value": 38, "unit": "%" } }, "RW": { "zone": { "zoneName": "Rwanda" }, "carbonIntensity": { "value": 328, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 51, "unit": "%" }, "carbonFreeEnergy": { "value": 51, "unit": "%" } }, "SA": { "zone": { "zoneName": "Saudi Arabia" }, "carbonIntensity": { "value": 552, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 1, "unit": "%" }, "carbonFreeEnergy": { "value": 1, "unit": "%" } }, "SB": { "zone": { "zoneName": "Solomon Islands" }, "carbonIntensity": { "value": 640, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 9, "unit": "%" }, "carbonFreeEnergy": { "value": 9, "unit": "%" } }, "SC": { "zone": { "zoneName": "Seychelles" }, "carbonIntensity": { "value": 606, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 14, "unit": "%" }, "carbonFreeEnergy": { "value": 14, "unit": "%" } }, "SD": { "zone": { "zoneName": "Sudan" }, "carbonIntensity": { "value": 191, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 73, "unit": "%" }, "carbonFreeEnergy": { "value": 73, "unit": "%" } }, "SE": { "zone": { "zoneName": "Sweden" }, "carbonIntensity": { "value": 25, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 70, "unit": "%" }, "carbonFreeEnergy": { "value": 99, "unit": "%" } }, "SE-SE1": { "zone": { "zoneName": "North Sweden", "countryName": "Sweden" }, "carbonIntensity": { "value": 16, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 99, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "SE-SE2": { "zone": { "zoneName": "North Central Sweden", "countryName": "Sweden" }, "carbonIntensity": { "value": 17, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "SE-SE3": { "zone": { "zoneName": "South Central Sweden", "countryName": "Sweden" }, "carbonIntensity": { "value": 23, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 61, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "SE-SE4": { "zone": { "zoneName": "South Sweden", "countryName": "Sweden" }, "carbonIntensity": { "value": 40, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 71, "unit": "%" }, "carbonFreeEnergy": { "value": 99, "unit": "%" } }, "SG": { "zone": { "zoneName": "Singapore" }, "carbonIntensity": { "value": 488, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 4, "unit": "%" }, "carbonFreeEnergy": { "value": 4, "unit": "%" } }, "SI": { "zone": { "zoneName": "Slovenia" }, "carbonIntensity": { "value": 246, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 45, "unit": "%" }, "carbonFreeEnergy": { "value": 74, "unit": "%" } }, "SK": { "zone": { "zoneName": "Slovakia" }, "carbonIntensity": { "value": 238, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 21, "unit": "%" }, "carbonFreeEnergy": { "value": 74, "unit": "%" } }, "SL": { "zone": { "zoneName": "Sierra Leone" }, "carbonIntensity": { "value": 58, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 95, "unit": "%" }, "carbonFreeEnergy": { "value": 95, "unit": "%" } }, "SN": { "zone": { "zoneName": "Senegal" }, "carbonIntensity": { "value": 571, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 13, "unit": "%" }, "carbonFreeEnergy": { "value": 13, "unit": "%" } }, "SO": { "zone": { "zoneName": "Somalia" }, "carbonIntensity": { "value": 574, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 19, "unit": "%" }, "carbonFreeEnergy": { "value": 19, "unit": "%" } }, "SR": { "zone": { "zoneName": "Suriname" }, "carbonIntensity": { "value": 264, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 62, "unit": "%" }, "carbonFreeEnergy": { "value": 62, "unit": "%" } }, "SS": { "zone": { "zoneName": "South Sudan" }, "carbonIntensity": { "value": 601, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 8, "unit": "%" }, "carbonFreeEnergy": { "value": 8, "unit": "%" } }, "ST": { "zone": { "zoneName": "S\xE3o Tom\xE9 and Pr\xEDncipe" }, "carbonIntensity": { "value": 623, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 4, "unit": "%" }, "carbonFreeEnergy": { "value": 4, "unit": "%" } }, "SV": { "zone": { "zoneName": "El Salvador" }, "carbonIntensity": { "value": 285, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 57, "unit": "%" }, "carbonFreeEnergy": { "value": 57, "unit": "%" } }, "SY": { "zone": { "zoneName": "Syria" }, "carbonIntensity": { "value": 563, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 4, "unit": "%" }, "carbonFreeEnergy": { "value": 4, "unit": "%" } }, "SZ": { "zone": { "zoneName": "Eswatini" }, "carbonIntensity": { "value": 108, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 97, "unit": "%" }, "carbonFreeEnergy": { "value": 97, "unit": "%" } }, "TD": { "zone": { "zoneName": "Chad" }, "carbonIntensity": { "value": 638, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 2, "unit": "%" }, "carbonFreeEnergy": { "value": 2, "unit": "%" } }, "TG": { "zone": { "zoneName": "Togo" }, "carbonIntensity": { "value": 396, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 21, "unit": "%" }, "carbonFreeEnergy": { "value": 21, "unit": "%" } }, "TH": { "zone": { "zoneName": "Thailand" }, "carbonIntensity": { "value": 485, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 16, "unit": "%" }, "carbonFreeEnergy": { "value": 16, "unit": "%" } }, "TJ": { "zone": { "zoneName": "Tajikistan" }, "carbonIntensity": { "value": 66, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 94, "unit": "%" }, "carbonFreeEnergy": { "value": 94, "unit": "%" } }, "TL": { "zone": { "zoneName": "Timor-Leste" }, "carbonIntensity": { "value": 649, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "TM": { "zone": { "zoneName": "Turkmenistan" }, "carbonIntensity": { "value": 490, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "TN": { "zone": { "zoneName": "Tunisia" }, "carbonIntensity": { "value": 482, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 2, "unit": "%" }, "carbonFreeEnergy": { "value": 2, "unit": "%" } }, "TO": { "zone": { "zoneName": "Tonga" }, "carbonIntensity": { "value": 606, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 14, "unit": "%" }, "carbonFreeEnergy": { "value": 14, "unit": "%" } }, "TR": { "zone": { "zoneName": "Turkey" }, "carbonIntensity": { "value": 437, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 39, "unit": "%" }, "carbonFreeEnergy": { "value": 39, "unit": "%" } }, "TT": { "zone": { "zoneName": "Trinidad and Tobago" }, "carbonIntensity": { "value": 490, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "TW": { "zone": { "zoneName": "Taiwan" }, "carbonIntensity": { "value": 534, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 9, "unit": "%" }, "carbonFreeEnergy": { "value": 17, "unit": "%" } }, "TZ": { "zone": { "zoneName": "Tanzania" }, "carbonIntensity": { "value": 358, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 29, "unit": "%" }, "carbonFreeEnergy": { "value": 29, "unit": "%" } }, "UG": { "zone": { "zoneName": "Uganda" }, "carbonIntensity": { "value": 60, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 97, "unit": "%" }, "carbonFreeEnergy": { "value": 97, "unit": "%" } }, "US": { "zone": { "zoneName": "United States" }, "carbonIntensity": { "value": 420, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 21, "unit": "%" }, "carbonFreeEnergy": { "value": 40, "unit": "%" } }, "US-AK": { "zone": { "zoneName": "Alaska", "countryName": "USA" }, "carbonIntensity": { "value": 467, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 29, "unit": "%" }, "carbonFreeEnergy": { "value": 29, "unit": "%" } }, "US-AK-SEAPA": { "zone": { "zoneName": "Southeast Alaska Power Agency", "countryName": "USA" }, "carbonIntensity": { "value": 28, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "US-CAL-BANC": { "zone": { "zoneName": "Balancing Authority of Northern California", "displayName": "BANC", "countryName": "USA" }, "carbonIntensity": { "value": 269, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 50, "unit": "%" }, "carbonFreeEnergy": { "value": 52, "unit": "%" } }, "US-CAL-CISO": { "zone": { "zoneName": "CAISO", "displayName": "California ISO", "countryName": "USA" }, "carbonIntensity": { "value": 263, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 44, "unit": "%" }, "carbonFreeEnergy": { "value": 55, "unit": "%" } }, "US-CAL-IID": { "zone": { "zoneName": "Imperial Irrigation District", "countryName": "USA" }, "carbonIntensity": { "value": 523, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 22, "unit": "%" }, "carbonFreeEnergy": { "value": 23, "unit": "%" } }, "US-CAL-LDWP": { "zone": { "zoneName": "Los Angeles Department of Water and Power", "countryName": "USA" }, "carbonIntensity": { "value": 394, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 37, "unit": "%" }, "carbonFreeEnergy": { "value": 43, "unit": "%" } }, "US-CAL-TIDC": { "zone": { "zoneName": "Turlock Irrigation District", "countryName": "USA" }, "carbonIntensity": { "value": 372, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 34, "unit": "%" }, "carbonFreeEnergy": { "value": 37, "unit": "%" } }, "US-CAR-CPLE": { "zone": { "zoneName": "Duke Energy Progress East", "countryName": "USA" }, "carbonIntensity": { "value": 297, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 9, "unit": "%" }, "carbonFreeEnergy": { "value": 59, "unit": "%" } }, "US-CAR-CPLW": { "zone": { "zoneName": "Duke Energy Progress West", "countryName": "USA" }, "carbonIntensity": { "value": 495, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 8, "unit": "%" }, "carbonFreeEnergy": { "value": 18, "unit": "%" } }, "US-CAR-DUK": { "zone": { "zoneName": "Duke Energy Carolinas", "countryName": "USA" }, "carbonIntensity": { "value": 307, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 7, "unit": "%" }, "carbonFreeEnergy": { "value": 58, "unit": "%" } }, "US-CAR-SC": { "zone": { "zoneName": "South Carolina Public Service Authority", "countryName": "USA" }, "carbonIntensity": { "value": 633, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 7, "unit": "%" }, "carbonFreeEnergy": { "value": 25, "unit": "%" } }, "US-CAR-SCEG": { "zone": { "zoneName": "South Carolina Electric & Gas Company", "countryName": "USA" }, "carbonIntensity": { "value": 460, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 11, "unit": "%" }, "carbonFreeEnergy": { "value": 32, "unit": "%" } }, "US-CAR-YAD": { "zone": { "zoneName": "Alcoa Power Generating, Inc. Yadkin Division", "displayName": "Alcoa Power Generating", "countryName": "USA" }, "carbonIntensity": { "value": 51, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 90, "unit": "%" }, "carbonFreeEnergy": { "value": 96, "unit": "%" } }, "US-CENT-SPA": { "zone": { "zoneName": "Southwestern Power Administration", "countryName": "USA" }, "carbonIntensity": { "value": 201, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 75, "unit": "%" }, "carbonFreeEnergy": { "value": 76, "unit": "%" } }, "US-CENT-SWPP": { "zone": { "zoneName": "Southwest Power Pool", "displayName": "SPP", "countryName": "USA" }, "carbonIntensity": { "value": 468, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 40, "unit": "%" }, "carbonFreeEnergy": { "value": 46, "unit": "%" } }, "US-FLA-FMPP": { "zone": { "zoneName": "Florida Municipal Power Pool", "countryName": "USA" }, "carbonIntensity": { "value": 520, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 11, "unit": "%" } }, "US-FLA-FPC": { "zone": { "zoneName": "Duke Energy Florida", "countryName": "USA" }, "carbonIntensity": { "value": 562, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 5, "unit": "%" }, "carbonFreeEnergy": { "value": 8, "unit": "%" } }, "US-FLA-FPL": { "zone": { "zoneName": "Florida Power and Light Company", "countryName": "USA" }, "carbonIntensity": { "value": 407, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 6, "unit": "%" }, "carbonFreeEnergy": { "value": 25, "unit": "%" } }, "US-FLA-GVL": { "zone": { "zoneName": "Gainesville Regional Utilities", "countryName": "USA" }, "carbonIntensity": { "value": 703, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 1, "unit": "%" }, "carbonFreeEnergy": { "value": 4, "unit": "%" } }, "US-FLA-HST": { "zone": { "zoneName": "City of Homestead", "countryName": "USA" }, "carbonIntensity": { "value": 408, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 6, "unit": "%" }, "carbonFreeEnergy": { "value": 25, "unit": "%" } }, "US-FLA-JEA": { "zone": { "zoneName": "Jacksonville Electric Authority", "countryName": "USA" }, "carbonIntensity": { "value": 705, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 8, "unit": "%" } }, "US-FLA-SEC": { "zone": { "zoneName": "Seminole Electric Cooperative", "countryName": "USA" }, "carbonIntensity": { "value": 562, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "US-FLA-TAL": { "zone": { "zoneName": "City of Tallahassee", "countryName": "USA" }, "carbonIntensity": { "value": 498, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 4, "unit": "%" }, "carbonFreeEnergy": { "value": 8, "unit": "%" } }, "US-FLA-TEC": { "zone": { "zoneName": "Tampa Electric Company", "countryName": "USA" }, "carbonIntensity": { "value": 560, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 7, "unit": "%" }, "carbonFreeEnergy": { "value": 8, "unit": "%" } }, "US-HI": { "zone": { "zoneName": "Hawaii", "countryName": "USA" }, "carbonIntensity": { "value": 802, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 20, "unit": "%" }, "carbonFreeEnergy": { "value": 20, "unit": "%" } }, "US-MIDA-PJM": { "zone": { "zoneName": "PJM Interconnection", "displayName": "PJM", "countryName": "USA" }, "carbonIntensity": { "value": 401, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 7, "unit": "%" }, "carbonFreeEnergy": { "value": 40, "unit": "%" } }, "US-MIDW-AECI": { "zone": { "zoneName": "Associated Electric Cooperative", "countryName": "USA" }, "carbonIntensity": { "value": 640, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 18, "unit": "%" }, "carbonFreeEnergy": { "value": 20, "unit": "%" } }, "US-MIDW-LGEE": { "zone": { "zoneName": "Louisville Gas and Electric Company and Kentucky Utilities", "displayName": "Louisville Gas And Electric Company", "countryName": "USA" }, "carbonIntensity": { "value": 854, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 7, "unit": "%" } }, "US-MIDW-MISO": { "zone": { "zoneName": "Midcontinent ISO", "displayName": "MISO", "countryName": "USA" }, "carbonIntensity": { "value": 503, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 18, "unit": "%" }, "carbonFreeEnergy": { "value": 34, "unit": "%" } }, "US-NE-ISNE": { "zone": { "zoneName": "ISO New England", "countryName": "USA" }, "carbonIntensity": { "value": 286, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 27, "unit": "%" }, "carbonFreeEnergy": { "value": 48, "unit": "%" } }, "US-NW-AVA": { "zone": { "zoneName": "Avista Corporation", "countryName": "USA" }, "carbonIntensity": { "value": 251, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 61, "unit": "%" }, "carbonFreeEnergy": { "value": 64, "unit": "%" } }, "US-NW-BPAT": { "zone": { "zoneName": "Bonneville Power Administration", "countryName": "USA" }, "carbonIntensity": { "value": 123, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 77, "unit": "%" }, "carbonFreeEnergy": { "value": 85, "unit": "%" } }, "US-NW-CHPD": { "zone": { "zoneName": "Chelan County", "countryName": "USA" }, "carbonIntensity": { "value": 28, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 99, "unit": "%" }, "carbonFreeEnergy": { "value": 99, "unit": "%" } }, "US-NW-DOPD": { "zone": { "zoneName": "Douglas County", "countryName": "USA" }, "carbonIntensity": { "value": 34, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 98, "unit": "%" }, "carbonFreeEnergy": { "value": 98, "unit": "%" } }, "US-NW-GCPD": { "zone": { "zoneName": "Grant County", "countryName": "USA" }, "carbonIntensity": { "value": 60, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 93, "unit": "%" }, "carbonFreeEnergy": { "value": 94, "unit": "%" } }, "US-NW-GRID": { "zone": { "zoneName": "Gridforce Energy Management", "countryName": "USA" }, "carbonIntensity": { "value": 585, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 15, "unit": "%" }, "carbonFreeEnergy": { "value": 15, "unit": "%" } }, "US-NW-IPCO": { "zone": { "zoneName": "Idaho Power Company", "countryName": "USA" }, "carbonIntensity": { "value": 358, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 57, "unit": "%" }, "carbonFreeEnergy": { "value": 58, "unit": "%" } }, "US-NW-NEVP": { "zone": { "zoneName": "Nevada Power Company", "countryName": "USA" }, "carbonIntensity": { "value": 464, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 25, "unit": "%" }, "carbonFreeEnergy": { "value": 27, "unit": "%" } }, "US-NW-NWMT": { "zone": { "zoneName": "Northwestern Energy", "countryName": "USA" }, "carbonIntensity": { "value": 669, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 38, "unit": "%" }, "carbonFreeEnergy": { "value": 38, "unit": "%" } }, "US-NW-PACE": { "zone": { "zoneName": "Pacificorp East", "countryName": "USA" }, "carbonIntensity": { "value": 677, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 29, "unit": "%" }, "carbonFreeEnergy": { "value": 29, "unit": "%" } }, "US-NW-PACW": { "zone": { "zoneName": "Pacificorp West", "countryName": "USA" }, "carbonIntensity": { "value": 217, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 66, "unit": "%" }, "carbonFreeEnergy": { "value": 69, "unit": "%" } }, "US-NW-PGE": { "zone": { "zoneName": "Portland General Electric Company", "countryName": "USA" }, "carbonIntensity": { "value": 254, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 57, "unit": "%" }, "carbonFreeEnergy": { "value": 62, "unit": "%" } }, "US-NW-PSCO": { "zone": { "zoneName": "Public Service Company of Colorado", "displayName": "PSCo", "countryName": "USA" }, "carbonIntensity": { "value": 521, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 40, "unit": "%" }, "carbonFreeEnergy": { "value": 40, "unit": "%" } }, "US-NW-PSEI": { "zone": { "zoneName": "Puget Sound Energy", "countryName": "USA" }, "carbonIntensity": { "value": 211, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 62, "unit": "%" }, "carbonFreeEnergy": { "value": 67, "unit": "%" } }, "US-NW-SCL": { "zone": { "zoneName": "Seattle City Light", "countryName": "USA" }, "carbonIntensity": { "value": 104, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 83, "unit": "%" }, "carbonFreeEnergy": { "value": 88, "unit": "%" } }, "US-NW-TPWR": { "zone": { "zoneName": "City of Tacoma", "countryName": "USA" }, "carbonIntensity": { "value": 104, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 83, "unit": "%" }, "carbonFreeEnergy": { "value": 88, "unit": "%" } }, "US-NW-WACM": { "zone": { "zoneName": "Western Area Power Administration - Rocky Mountain Region", "displayName": "WAPA Rocky Mountains", "countryName": "USA" }, "carbonIntensity": { "value": 755, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 31, "unit": "%" }, "carbonFreeEnergy": { "value": 31, "unit": "%" } }, "US-NW-WAUW": { "zone": { "zoneName": "Western Area Power Administration - Upper Great Plains West", "displayName": "WAPA Upper Great Plains", "countryName": "USA" }, "carbonIntensity": { "value": 284, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 67, "unit": "%" }, "carbonFreeEnergy": { "value": 70, "unit": "%" } }, "US-NY-NYIS": { "zone": { "zoneName": "New York ISO", "countryName": "USA" }, "carbonIntensity": { "value": 286, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 27, "unit": "%" }, "carbonFreeEnergy": { "value": 50, "unit": "%" } }, "US-SE-SEPA": { "zone": { "zoneName": "Southeastern Power Administration", "countryName": "USA" }, "carbonIntensity": { "value": 503, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 8, "unit": "%" }, "carbonFreeEnergy": { "value": 38, "unit": "%" } }, "US-SE-SOCO": { "zone": { "zoneName": "Southern Company Services", "countryName": "USA" }, "carbonIntensity": { "value": 475, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 7, "unit": "%" }, "carbonFreeEnergy": { "value": 30, "unit": "%" } }, "US-SW-AZPS": { "zone": { "zoneName": "Arizona Public Service Company", "countryName": "USA" }, "carbonIntensity": { "value": 435, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 11, "unit": "%" }, "carbonFreeEnergy": { "value": 37, "unit": "%" } }, "US-SW-EPE": { "zone": { "zoneName": "El Paso Electric Company", "countryName": "USA" }, "carbonIntensity": { "value": 520, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 23, "unit": "%" }, "carbonFreeEnergy": { "value": 24, "unit": "%" } }, "US-SW-PNM": { "zone": { "zoneName": "Public Service Company of New Mexico", "countryName": "USA" }, "carbonIntensity": { "value": 415, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 44, "unit": "%" }, "carbonFreeEnergy": { "value": 46, "unit": "%" } }, "US-SW-SRP": { "zone": { "zoneName": "Salt River Project", "countryName": "USA" }, "carbonIntensity": { "value": 326, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 5, "unit": "%" }, "carbonFreeEnergy": { "value": 49, "unit": "%" } }, "US-SW-TEPC": { "zone": { "zoneName": "Tucson Electric Power Company", "countryName": "USA" }, "carbonIntensity": { "value": 535, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 20, "unit": "%" }, "carbonFreeEnergy": { "value": 26, "unit": "%" } }, "US-SW-WALC": { "zone": { "zoneName": "Western Area Power Administration - Desert Southwest Region", "displayName": "WAPA Desert Southwest", "countryName": "USA" }, "carbonIntensity": { "value": 387, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 33, "unit": "%" }, "carbonFreeEnergy": { "value": 41, "unit": "%" } }, "US-TEN-TVA": { "zone": { "zoneName": "Tennessee Valley Authority", "displayName": "TVA", "countryName": "USA" }, "carbonIntensity": { "value": 359, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 12, "unit": "%" }, "carbonFreeEnergy": { "value": 53, "unit": "%" } }, "US-TEX-ERCO": { "zone": { "zoneName": "Electric Reliability Council of Texas", "displayName": "ERCOT", "countryName": "USA" }, "carbonIntensity": { "value": 394, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 32, "unit": "%" }, "carbonFreeEnergy": { "value": 41, "unit": "%" } }, "UY": { "zone": { "zoneName": "Uruguay" }, "carbonIntensity": { "value": 97, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 91, "unit": "%" }, "carbonFreeEnergy": { "value": 91, "unit": "%" } }, "UZ": { "zone": { "zoneName": "Uzbekistan" }, "carbonIntensity": { "value": 472, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 10, "unit": "%" }, "carbonFreeEnergy": { "value": 10, "unit": "%" } }, "VC": { "zone": { "zoneName": "Saint Vincent and the Grenadines" }, "carbonIntensity": { "value": 610, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 13, "unit": "%" }, "carbonFreeEnergy": { "value": 13, "unit": "%" } }, "VE": { "zone": { "zoneName": "Venezuela" }, "carbonIntensity": { "value": 129, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 80, "unit": "%" }, "carbonFreeEnergy": { "value": 80, "unit": "%" } }, "VI": { "zone": { "zoneName": "Virgin Islands", "countryName": "USA" }, "carbonIntensity": { "value": 680, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 3, "unit": "%" } }, "VN": { "zone": { "zoneName": "Vietnam" }, "carbonIntensity": { "value": 441, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 44, "unit": "%" }, "carbonFreeEnergy": { "value": 44, "unit": "%" } }, "VU": { "zone": { "zoneName": "Vanuatu" }, "carbonIntensity": { "value": 534, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 25, "unit": "%" }, "carbonFreeEnergy": { "value": 25, "unit": "%" } }, "WS": { "zone": { "zoneName": "Samoa" }, "carbonIntensity": { "value": 446, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 40, "unit": "%" }, "carbonFreeEnergy": { "value": 40, "unit": "%" } }, "XK": { "zone": { "zoneName": "Kosovo" }, "carbonIntensity": { "value": 634, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 22, "unit": "%" }, "carbonFreeEnergy": { "value": 23, "unit": "%" } }, "YE": { "zone": { "zoneName": "Yemen" }, "carbonIntensity": { "value": 524, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 20, "unit": "%" }, "carbonFreeEnergy": { "value": 20, "unit": "%" } }, "YT": { "zone": { "zoneName": "Mayotte" }, "carbonIntensity": { "value": 573, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 13, "unit": "%" }, "carbonFreeEnergy": { "value": 13, "unit": "%" } }, "ZA": { "zone": { "zoneName": "South Africa" }, "carbonIntensity": { "value": 700, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 10, "unit": "%" }, "carbonFreeEnergy": { "value": 14, "unit": "%" } }, "ZM": { "zone": { "zoneName": "Zambia" }, "carbonIntensity": { "value": 117, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 88, "unit": "%" }, "carbonFreeEnergy": { "value": 88, "unit": "%" } }, "ZW": { "zone": { "zoneName": "Zimbabwe" }, "carbonIntensity": { "value": 263, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 70, "unit": "%" }, "carbonFreeEnergy": { "value": 70, "unit": "%" } } };
const methodology$2 = "https://www.electricitymaps.com/data/methodology";
var yearly_2023_default = { data: data$2, methodology: methodology$2 };

const data$1 = { "AE": { "zone": { "zoneName": "United Arab Emirates" }, "carbonIntensity": { "value": 406, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 5, "unit": "%" }, "carbonFreeEnergy": { "value": 18, "unit": "%" } }, "AF": { "zone": { "zoneName": "Afghanistan" }, "carbonIntensity": { "value": 121, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 86, "unit": "%" }, "carbonFreeEnergy": { "value": 86, "unit": "%" } }, "AG": { "zone": { "zoneName": "Antigua and Barbuda" }, "carbonIntensity": { "value": 664, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 6, "unit": "%" }, "carbonFreeEnergy": { "value": 6, "unit": "%" } }, "AL": { "zone": { "zoneName": "Albania" }, "carbonIntensity": { "value": 167, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 80, "unit": "%" }, "carbonFreeEnergy": { "value": 80, "unit": "%" } }, "AM": { "zone": { "zoneName": "Armenia" }, "carbonIntensity": { "value": 222, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 25, "unit": "%" }, "carbonFreeEnergy": { "value": 57, "unit": "%" } }, "AO": { "zone": { "zoneName": "Angola" }, "carbonIntensity": { "value": 177, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 73, "unit": "%" }, "carbonFreeEnergy": { "value": 73, "unit": "%" } }, "AR": { "zone": { "zoneName": "Argentina" }, "carbonIntensity": { "value": 413, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 36, "unit": "%" }, "carbonFreeEnergy": { "value": 41, "unit": "%" } }, "AT": { "zone": { "zoneName": "Austria" }, "carbonIntensity": { "value": 248, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 63, "unit": "%" }, "carbonFreeEnergy": { "value": 71, "unit": "%" } }, "AU": { "zone": { "zoneName": "Australia" }, "carbonIntensity": { "value": 525, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 33, "unit": "%" }, "carbonFreeEnergy": { "value": 33, "unit": "%" } }, "AU-NSW": { "zone": { "zoneName": "New South Wales", "countryName": "Australia" }, "carbonIntensity": { "value": 586, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 28, "unit": "%" }, "carbonFreeEnergy": { "value": 28, "unit": "%" } }, "AU-NT": { "zone": { "zoneName": "Northern Territory", "countryName": "Australia" }, "carbonIntensity": { "value": 489, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "AU-QLD": { "zone": { "zoneName": "Queensland", "countryName": "Australia" }, "carbonIntensity": { "value": 648, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 19, "unit": "%" }, "carbonFreeEnergy": { "value": 19, "unit": "%" } }, "AU-SA": { "zone": { "zoneName": "South Australia", "countryName": "Australia" }, "carbonIntensity": { "value": 168, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 69, "unit": "%" }, "carbonFreeEnergy": { "value": 69, "unit": "%" } }, "AU-TAS": { "zone": { "zoneName": "Tasmania", "countryName": "Australia" }, "carbonIntensity": { "value": 27, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 99, "unit": "%" }, "carbonFreeEnergy": { "value": 99, "unit": "%" } }, "AU-TAS-FI": { "zone": { "zoneName": "Flinders Island", "countryName": "Australia" }, "carbonIntensity": { "value": 276, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 59, "unit": "%" }, "carbonFreeEnergy": { "value": 59, "unit": "%" } }, "AU-TAS-KI": { "zone": { "zoneName": "King Island", "countryName": "Australia" }, "carbonIntensity": { "value": 361, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 45, "unit": "%" }, "carbonFreeEnergy": { "value": 45, "unit": "%" } }, "AU-VIC": { "zone": { "zoneName": "Victoria", "countryName": "Australia" }, "carbonIntensity": { "value": 535, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 34, "unit": "%" }, "carbonFreeEnergy": { "value": 34, "unit": "%" } }, "AU-WA": { "zone": { "zoneName": "Western Australia", "countryName": "Australia" }, "carbonIntensity": { "value": 431, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 35, "unit": "%" }, "carbonFreeEnergy": { "value": 35, "unit": "%" } }, "AU-WA-RI": { "zone": { "zoneName": "Rottnest Island", "countryName": "Australia" }, "carbonIntensity": { "value": 503, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 23, "unit": "%" }, "carbonFreeEnergy": { "value": 23, "unit": "%" } }, "AW": { "zone": { "zoneName": "Aruba" }, "carbonIntensity": { "value": 520, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 20, "unit": "%" }, "carbonFreeEnergy": { "value": 20, "unit": "%" } }, "AX": { "zone": { "zoneName": "\xC5land Islands" }, "carbonIntensity": { "value": 26, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 75, "unit": "%" }, "carbonFreeEnergy": { "value": 99, "unit": "%" } }, "AZ": { "zone": { "zoneName": "Azerbaijan" }, "carbonIntensity": { "value": 461, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 6, "unit": "%" }, "carbonFreeEnergy": { "value": 6, "unit": "%" } }, "BA": { "zone": { "zoneName": "Bosnia and Herzegovina" }, "carbonIntensity": { "value": 555, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 32, "unit": "%" }, "carbonFreeEnergy": { "value": 33, "unit": "%" } }, "BB": { "zone": { "zoneName": "Barbados" }, "carbonIntensity": { "value": 646, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 7, "unit": "%" }, "carbonFreeEnergy": { "value": 7, "unit": "%" } }, "BD": { "zone": { "zoneName": "Bangladesh" }, "carbonIntensity": { "value": 578, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 2, "unit": "%" }, "carbonFreeEnergy": { "value": 2, "unit": "%" } }, "BE": { "zone": { "zoneName": "Belgium" }, "carbonIntensity": { "value": 197, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 26, "unit": "%" }, "carbonFreeEnergy": { "value": 69, "unit": "%" } }, "BF": { "zone": { "zoneName": "Burkina Faso" }, "carbonIntensity": { "value": 574, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 14, "unit": "%" }, "carbonFreeEnergy": { "value": 14, "unit": "%" } }, "BG": { "zone": { "zoneName": "Bulgaria" }, "carbonIntensity": { "value": 538, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 15, "unit": "%" }, "carbonFreeEnergy": { "value": 47, "unit": "%" } }, "BH": { "zone": { "zoneName": "Bahrain" }, "carbonIntensity": { "value": 488, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "BI": { "zone": { "zoneName": "Burundi" }, "carbonIntensity": { "value": 237, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 69, "unit": "%" }, "carbonFreeEnergy": { "value": 69, "unit": "%" } }, "BJ": { "zone": { "zoneName": "Benin" }, "carbonIntensity": { "value": 513, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 3, "unit": "%" } }, "BN": { "zone": { "zoneName": "Brunei" }, "carbonIntensity": { "value": 562, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "BO": { "zone": { "zoneName": "Bolivia" }, "carbonIntensity": { "value": 320, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 39, "unit": "%" }, "carbonFreeEnergy": { "value": 39, "unit": "%" } }, "BR": { "zone": { "zoneName": "Brazil" }, "carbonIntensity": { "value": 92, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 87, "unit": "%" }, "carbonFreeEnergy": { "value": 90, "unit": "%" } }, "BR-CS": { "zone": { "zoneName": "Central Brazil", "countryName": "Brazil" }, "carbonIntensity": { "value": 100, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 85, "unit": "%" }, "carbonFreeEnergy": { "value": 89, "unit": "%" } }, "BR-N": { "zone": { "zoneName": "North Brazil", "countryName": "Brazil" }, "carbonIntensity": { "value": 105, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 88, "unit": "%" }, "carbonFreeEnergy": { "value": 88, "unit": "%" } }, "BR-NE": { "zone": { "zoneName": "North-East Brazil", "countryName": "Brazil" }, "carbonIntensity": { "value": 52, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 95, "unit": "%" }, "carbonFreeEnergy": { "value": 95, "unit": "%" } }, "BR-S": { "zone": { "zoneName": "South Brazil", "countryName": "Brazil" }, "carbonIntensity": { "value": 95, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 88, "unit": "%" }, "carbonFreeEnergy": { "value": 89, "unit": "%" } }, "BS": { "zone": { "zoneName": "Bahamas" }, "carbonIntensity": { "value": 694, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 1, "unit": "%" }, "carbonFreeEnergy": { "value": 1, "unit": "%" } }, "BT": { "zone": { "zoneName": "Bhutan" }, "carbonIntensity": { "value": 40, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 98, "unit": "%" }, "carbonFreeEnergy": { "value": 98, "unit": "%" } }, "BW": { "zone": { "zoneName": "Botswana" }, "carbonIntensity": { "value": 812, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "BY": { "zone": { "zoneName": "Belarus" }, "carbonIntensity": { "value": 447, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 15, "unit": "%" } }, "BZ": { "zone": { "zoneName": "Belize" }, "carbonIntensity": { "value": 181, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 87, "unit": "%" }, "carbonFreeEnergy": { "value": 87, "unit": "%" } }, "CA": { "zone": { "zoneName": "Canada" }, "carbonIntensity": { "value": 130, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 68, "unit": "%" }, "carbonFreeEnergy": { "value": 81, "unit": "%" } }, "CA-AB": { "zone": { "zoneName": "Alberta", "countryName": "Canada" }, "carbonIntensity": { "value": 455, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 18, "unit": "%" }, "carbonFreeEnergy": { "value": 18, "unit": "%" } }, "CA-BC": { "zone": { "zoneName": "British Columbia", "countryName": "Canada" }, "carbonIntensity": { "value": 57, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 96, "unit": "%" }, "carbonFreeEnergy": { "value": 97, "unit": "%" } }, "CA-MB": { "zone": { "zoneName": "Manitoba", "countryName": "Canada" }, "carbonIntensity": { "value": 53, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 95, "unit": "%" }, "carbonFreeEnergy": { "value": 96, "unit": "%" } }, "CA-NB": { "zone": { "zoneName": "New Brunswick", "countryName": "Canada" }, "carbonIntensity": { "value": 140, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 55, "unit": "%" }, "carbonFreeEnergy": { "value": 81, "unit": "%" } }, "CA-NL": { "zone": { "zoneName": "Newfoundland and Labrador", "countryName": "Canada" }, "carbonIntensity": { "value": 28, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 99, "unit": "%" }, "carbonFreeEnergy": { "value": 99, "unit": "%" } }, "CA-NS": { "zone": { "zoneName": "Nova Scotia", "countryName": "Canada" }, "carbonIntensity": { "value": 427, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 42, "unit": "%" }, "carbonFreeEnergy": { "value": 44, "unit": "%" } }, "CA-NT": { "zone": { "zoneName": "Northwest Territories", "countryName": "Canada" }, "carbonIntensity": { "value": 121, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 83, "unit": "%" }, "carbonFreeEnergy": { "value": 83, "unit": "%" } }, "CA-NU": { "zone": { "zoneName": "Nunavut", "countryName": "Canada" }, "carbonIntensity": { "value": 649, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "CA-ON": { "zone": { "zoneName": "Ontario", "countryName": "Canada" }, "carbonIntensity": { "value": 63, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 38, "unit": "%" }, "carbonFreeEnergy": { "value": 89, "unit": "%" } }, "CA-PE": { "zone": { "zoneName": "Prince Edward Island", "countryName": "Canada" }, "carbonIntensity": { "value": 84, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 77, "unit": "%" }, "carbonFreeEnergy": { "value": 89, "unit": "%" } }, "CA-QC": { "zone": { "zoneName": "Qu\xE9bec", "countryName": "Canada" }, "carbonIntensity": { "value": 28, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 99, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "CA-SK": { "zone": { "zoneName": "Saskatchewan", "countryName": "Canada" }, "carbonIntensity": { "value": 505, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 21, "unit": "%" }, "carbonFreeEnergy": { "value": 21, "unit": "%" } }, "CA-YT": { "zone": { "zoneName": "Yukon", "countryName": "Canada" }, "carbonIntensity": { "value": 197, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 68, "unit": "%" }, "carbonFreeEnergy": { "value": 68, "unit": "%" } }, "CD": { "zone": { "zoneName": "Democratic Republic of the Congo" }, "carbonIntensity": { "value": 25, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "CF": { "zone": { "zoneName": "Central African Republic" }, "carbonIntensity": { "value": 24, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "CG": { "zone": { "zoneName": "Congo" }, "carbonIntensity": { "value": 394, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 23, "unit": "%" }, "carbonFreeEnergy": { "value": 23, "unit": "%" } }, "CH": { "zone": { "zoneName": "Switzerland" }, "carbonIntensity": { "value": 122, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 58, "unit": "%" }, "carbonFreeEnergy": { "value": 89, "unit": "%" } }, "CI": { "zone": { "zoneName": "Ivory Coast" }, "carbonIntensity": { "value": 384, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 24, "unit": "%" }, "carbonFreeEnergy": { "value": 24, "unit": "%" } }, "CL-SEN": { "zone": { "zoneName": "Sistema El\xE9ctrico Nacional", "countryName": "Chile" }, "carbonIntensity": { "value": 322, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 53, "unit": "%" }, "carbonFreeEnergy": { "value": 53, "unit": "%" } }, "CM": { "zone": { "zoneName": "Cameroon" }, "carbonIntensity": { "value": 172, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 71, "unit": "%" }, "carbonFreeEnergy": { "value": 71, "unit": "%" } }, "CN": { "zone": { "zoneName": "China" }, "carbonIntensity": { "value": 539, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 30, "unit": "%" }, "carbonFreeEnergy": { "value": 34, "unit": "%" } }, "CO": { "zone": { "zoneName": "Colombia" }, "carbonIntensity": { "value": 112, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 85, "unit": "%" }, "carbonFreeEnergy": { "value": 85, "unit": "%" } }, "CR": { "zone": { "zoneName": "Costa Rica" }, "carbonIntensity": { "value": 39, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 98, "unit": "%" }, "carbonFreeEnergy": { "value": 98, "unit": "%" } }, "CU": { "zone": { "zoneName": "Cuba" }, "carbonIntensity": { "value": 608, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 4, "unit": "%" }, "carbonFreeEnergy": { "value": 4, "unit": "%" } }, "CV": { "zone": { "zoneName": "Cabo Verde" }, "carbonIntensity": { "value": 512, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 28, "unit": "%" }, "carbonFreeEnergy": { "value": 28, "unit": "%" } }, "CW": { "zone": { "zoneName": "Cura\xE7ao" }, "carbonIntensity": { "value": 492, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 25, "unit": "%" }, "carbonFreeEnergy": { "value": 25, "unit": "%" } }, "CY": { "zone": { "zoneName": "Cyprus" }, "carbonIntensity": { "value": 823, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 16, "unit": "%" }, "carbonFreeEnergy": { "value": 16, "unit": "%" } }, "CZ": { "zone": { "zoneName": "Czechia" }, "carbonIntensity": { "value": 578, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 12, "unit": "%" }, "carbonFreeEnergy": { "value": 45, "unit": "%" } }, "DE": { "zone": { "zoneName": "Germany" }, "carbonIntensity": { "value": 475, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 49, "unit": "%" }, "carbonFreeEnergy": { "value": 56, "unit": "%" } }, "DJ": { "zone": { "zoneName": "Djibouti" }, "carbonIntensity": { "value": 459, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 35, "unit": "%" }, "carbonFreeEnergy": { "value": 35, "unit": "%" } }, "DK": { "zone": { "zoneName": "Denmark" }, "carbonIntensity": { "value": 186, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 75, "unit": "%" }, "carbonFreeEnergy": { "value": 82, "unit": "%" } }, "DK-BHM": { "zone": { "zoneName": "Bornholm", "countryName": "Denmark" }, "carbonIntensity": { "value": 70, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 89, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "DK-DK1": { "zone": { "zoneName": "West Denmark", "countryName": "Denmark" }, "carbonIntensity": { "value": 199, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 75, "unit": "%" }, "carbonFreeEnergy": { "value": 79, "unit": "%" } }, "DK-DK2": { "zone": { "zoneName": "East Denmark", "countryName": "Denmark" }, "carbonIntensity": { "value": 166, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 76, "unit": "%" }, "carbonFreeEnergy": { "value": 87, "unit": "%" } }, "DM": { "zone": { "zoneName": "Dominica" }, "carbonIntensity": { "value": 610, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 13, "unit": "%" }, "carbonFreeEnergy": { "value": 13, "unit": "%" } }, "DO": { "zone": { "zoneName": "Dominican Republic" }, "carbonIntensity": { "value": 545, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 16, "unit": "%" }, "carbonFreeEnergy": { "value": 16, "unit": "%" } }, "DZ": { "zone": { "zoneName": "Algeria" }, "carbonIntensity": { "value": 487, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 1, "unit": "%" }, "carbonFreeEnergy": { "value": 1, "unit": "%" } }, "EC": { "zone": { "zoneName": "Ecuador" }, "carbonIntensity": { "value": 180, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 76, "unit": "%" }, "carbonFreeEnergy": { "value": 76, "unit": "%" } }, "EE": { "zone": { "zoneName": "Estonia" }, "carbonIntensity": { "value": 426, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 43, "unit": "%" }, "carbonFreeEnergy": { "value": 59, "unit": "%" } }, "EG": { "zone": { "zoneName": "Egypt" }, "carbonIntensity": { "value": 462, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 12, "unit": "%" }, "carbonFreeEnergy": { "value": 12, "unit": "%" } }, "ER": { "zone": { "zoneName": "Eritrea" }, "carbonIntensity": { "value": 633, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 3, "unit": "%" } }, "ES": { "zone": { "zoneName": "Spain" }, "carbonIntensity": { "value": 220, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 45, "unit": "%" }, "carbonFreeEnergy": { "value": 67, "unit": "%" } }, "ES-CE": { "zone": { "zoneName": "Ceuta", "countryName": "Spain" }, "carbonIntensity": { "value": 650, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "ES-CN-FV": { "zone": { "zoneName": "Fuerteventura", "countryName": "Spain" }, "carbonIntensity": { "value": 825, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 21, "unit": "%" }, "carbonFreeEnergy": { "value": 21, "unit": "%" } }, "ES-CN-GC": { "zone": { "zoneName": "Gran Canaria", "countryName": "Spain" }, "carbonIntensity": { "value": 709, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 24, "unit": "%" }, "carbonFreeEnergy": { "value": 24, "unit": "%" } }, "ES-CN-HI": { "zone": { "zoneName": "El Hierro", "countryName": "Spain" }, "carbonIntensity": { "value": 473, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 51, "unit": "%" }, "carbonFreeEnergy": { "value": 51, "unit": "%" } }, "ES-CN-IG": { "zone": { "zoneName": "Isla de la Gomera", "countryName": "Spain" }, "carbonIntensity": { "value": 938, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "ES-CN-LP": { "zone": { "zoneName": "La Palma", "countryName": "Spain" }, "carbonIntensity": { "value": 855, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 8, "unit": "%" }, "carbonFreeEnergy": { "value": 8, "unit": "%" } }, "ES-CN-LZ": { "zone": { "zoneName": "Lanzarote", "countryName": "Spain" }, "carbonIntensity": { "value": 824, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 11, "unit": "%" }, "carbonFreeEnergy": { "value": 11, "unit": "%" } }, "ES-CN-TE": { "zone": { "zoneName": "Tenerife", "countryName": "Spain" }, "carbonIntensity": { "value": 757, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 19, "unit": "%" }, "carbonFreeEnergy": { "value": 19, "unit": "%" } }, "ES-IB-FO": { "zone": { "zoneName": "Formentera", "countryName": "Spain" }, "carbonIntensity": { "value": 682, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 10, "unit": "%" }, "carbonFreeEnergy": { "value": 11, "unit": "%" } }, "ES-IB-IZ": { "zone": { "zoneName": "Ibiza", "countryName": "Spain" }, "carbonIntensity": { "value": 566, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 8, "unit": "%" }, "carbonFreeEnergy": { "value": 10, "unit": "%" } }, "ES-IB-MA": { "zone": { "zoneName": "Mallorca", "countryName": "Spain" }, "carbonIntensity": { "value": 493, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 12, "unit": "%" }, "carbonFreeEnergy": { "value": 15, "unit": "%" } }, "ES-IB-ME": { "zone": { "zoneName": "Menorca", "countryName": "Spain" }, "carbonIntensity": { "value": 976, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 4, "unit": "%" }, "carbonFreeEnergy": { "value": 4, "unit": "%" } }, "ES-ML": { "zone": { "zoneName": "Melilla", "countryName": "Spain" }, "carbonIntensity": { "value": 618, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 8, "unit": "%" }, "carbonFreeEnergy": { "value": 8, "unit": "%" } }, "ET": { "zone": { "zoneName": "Ethiopia" }, "carbonIntensity": { "value": 24, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "FI": { "zone": { "zoneName": "Finland" }, "carbonIntensity": { "value": 133, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 52, "unit": "%" }, "carbonFreeEnergy": { "value": 85, "unit": "%" } }, "FJ": { "zone": { "zoneName": "Fiji" }, "carbonIntensity": { "value": 297, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 61, "unit": "%" }, "carbonFreeEnergy": { "value": 61, "unit": "%" } }, "FK": { "zone": { "zoneName": "Falkland Islands" }, "carbonIntensity": { "value": 700, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "FM": { "zone": { "zoneName": "Micronesia" }, "carbonIntensity": { "value": 614, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 6, "unit": "%" }, "carbonFreeEnergy": { "value": 6, "unit": "%" } }, "FO": { "zone": { "zoneName": "Faroe Islands" }, "carbonIntensity": { "value": 566, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 52, "unit": "%" }, "carbonFreeEnergy": { "value": 52, "unit": "%" } }, "FO-MI": { "zone": { "zoneName": "Main Islands", "countryName": "Faroe Islands" }, "carbonIntensity": { "value": 561, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 53, "unit": "%" }, "carbonFreeEnergy": { "value": 53, "unit": "%" } }, "FO-SI": { "zone": { "zoneName": "South Island", "countryName": "Faroe Islands" }, "carbonIntensity": { "value": 626, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 47, "unit": "%" }, "carbonFreeEnergy": { "value": 47, "unit": "%" } }, "FR": { "zone": { "zoneName": "France" }, "carbonIntensity": { "value": 91, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 26, "unit": "%" }, "carbonFreeEnergy": { "value": 86, "unit": "%" } }, "FR-COR": { "zone": { "zoneName": "Corsica", "countryName": "France" }, "carbonIntensity": { "value": 483, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 34, "unit": "%" }, "carbonFreeEnergy": { "value": 35, "unit": "%" } }, "GA": { "zone": { "zoneName": "Gabon" }, "carbonIntensity": { "value": 294, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 48, "unit": "%" }, "carbonFreeEnergy": { "value": 48, "unit": "%" } }, "GB": { "zone": { "zoneName": "Great Britain" }, "carbonIntensity": { "value": 235, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 41, "unit": "%" }, "carbonFreeEnergy": { "value": 58, "unit": "%" } }, "GB-NIR": { "zone": { "zoneName": "Northern Ireland" }, "carbonIntensity": { "value": 359, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 44, "unit": "%" }, "carbonFreeEnergy": { "value": 44, "unit": "%" } }, "GB-ORK": { "zone": { "zoneName": "Orkney Islands", "countryName": "Great Britain" }, "carbonIntensity": { "value": 68, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 86, "unit": "%" }, "carbonFreeEnergy": { "value": 89, "unit": "%" } }, "GE": { "zone": { "zoneName": "Georgia" }, "carbonIntensity": { "value": 201, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 59, "unit": "%" }, "carbonFreeEnergy": { "value": 62, "unit": "%" } }, "GF": { "zone": { "zoneName": "French Guiana" }, "carbonIntensity": { "value": 160, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 73, "unit": "%" }, "carbonFreeEnergy": { "value": 73, "unit": "%" } }, "GH": { "zone": { "zoneName": "Ghana" }, "carbonIntensity": { "value": 324, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 36, "unit": "%" }, "carbonFreeEnergy": { "value": 36, "unit": "%" } }, "GI": { "zone": { "zoneName": "Gibraltar" }, "carbonIntensity": { "value": 490, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "GL": { "zone": { "zoneName": "Greenland" }, "carbonIntensity": { "value": 112, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 87, "unit": "%" }, "carbonFreeEnergy": { "value": 87, "unit": "%" } }, "GM": { "zone": { "zoneName": "Gambia" }, "carbonIntensity": { "value": 700, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "GN": { "zone": { "zoneName": "Guinea" }, "carbonIntensity": { "value": 197, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 74, "unit": "%" }, "carbonFreeEnergy": { "value": 74, "unit": "%" } }, "GP": { "zone": { "zoneName": "Guadeloupe" }, "carbonIntensity": { "value": 343, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 38, "unit": "%" }, "carbonFreeEnergy": { "value": 38, "unit": "%" } }, "GQ": { "zone": { "zoneName": "Equatorial Guinea" }, "carbonIntensity": { "value": 346, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 31, "unit": "%" }, "carbonFreeEnergy": { "value": 31, "unit": "%" } }, "GR": { "zone": { "zoneName": "Greece" }, "carbonIntensity": { "value": 435, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 41, "unit": "%" }, "carbonFreeEnergy": { "value": 43, "unit": "%" } }, "GS": { "zone": { "zoneName": "South Georgia and the South Sandwich Islands" }, "carbonIntensity": { "value": 24, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "GT": { "zone": { "zoneName": "Guatemala" }, "carbonIntensity": { "value": 163, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 77, "unit": "%" }, "carbonFreeEnergy": { "value": 77, "unit": "%" } }, "GU": { "zone": { "zoneName": "Guam" }, "carbonIntensity": { "value": 649, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 8, "unit": "%" }, "carbonFreeEnergy": { "value": 8, "unit": "%" } }, "GW": { "zone": { "zoneName": "Guinea-Bissau" }, "carbonIntensity": { "value": 700, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "GY": { "zone": { "zoneName": "Guyana" }, "carbonIntensity": { "value": 689, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 2, "unit": "%" }, "carbonFreeEnergy": { "value": 2, "unit": "%" } }, "HK": { "zone": { "zoneName": "Hong Kong" }, "carbonIntensity": { "value": 604, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 1, "unit": "%" }, "carbonFreeEnergy": { "value": 1, "unit": "%" } }, "HN": { "zone": { "zoneName": "Honduras" }, "carbonIntensity": { "value": 288, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 60, "unit": "%" }, "carbonFreeEnergy": { "value": 60, "unit": "%" } }, "HR": { "zone": { "zoneName": "Croatia" }, "carbonIntensity": { "value": 348, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 46, "unit": "%" }, "carbonFreeEnergy": { "value": 57, "unit": "%" } }, "HT": { "zone": { "zoneName": "Haiti" }, "carbonIntensity": { "value": 534, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 18, "unit": "%" }, "carbonFreeEnergy": { "value": 18, "unit": "%" } }, "HU": { "zone": { "zoneName": "Hungary" }, "carbonIntensity": { "value": 308, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 20, "unit": "%" }, "carbonFreeEnergy": { "value": 64, "unit": "%" } }, "ID": { "zone": { "zoneName": "Indonesia" }, "carbonIntensity": { "value": 649, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 17, "unit": "%" }, "carbonFreeEnergy": { "value": 17, "unit": "%" } }, "IE": { "zone": { "zoneName": "Ireland" }, "carbonIntensity": { "value": 405, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 39, "unit": "%" }, "carbonFreeEnergy": { "value": 39, "unit": "%" } }, "IL": { "zone": { "zoneName": "Israel" }, "carbonIntensity": { "value": 530, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 8, "unit": "%" }, "carbonFreeEnergy": { "value": 8, "unit": "%" } }, "IN": { "zone": { "zoneName": "Mainland India", "countryName": "India" }, "carbonIntensity": { "value": 592, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 25, "unit": "%" }, "carbonFreeEnergy": { "value": 28, "unit": "%" } }, "IN-EA": { "zone": { "zoneName": "Eastern India", "countryName": "India" }, "carbonIntensity": { "value": 690, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 16, "unit": "%" }, "carbonFreeEnergy": { "value": 16, "unit": "%" } }, "IN-NE": { "zone": { "zoneName": "North Eastern India", "countryName": "India" }, "carbonIntensity": { "value": 402, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 34, "unit": "%" }, "carbonFreeEnergy": { "value": 34, "unit": "%" } }, "IN-NO": { "zone": { "zoneName": "Northern India", "countryName": "India" }, "carbonIntensity": { "value": 518, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 35, "unit": "%" }, "carbonFreeEnergy": { "value": 38, "unit": "%" } }, "IN-SO": { "zone": { "zoneName": "Southern India", "countryName": "India" }, "carbonIntensity": { "value": 487, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 36, "unit": "%" }, "carbonFreeEnergy": { "value": 42, "unit": "%" } }, "IN-WE": { "zone": { "zoneName": "Western India", "countryName": "India" }, "carbonIntensity": { "value": 655, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 18, "unit": "%" }, "carbonFreeEnergy": { "value": 20, "unit": "%" } }, "IQ": { "zone": { "zoneName": "Iraq" }, "carbonIntensity": { "value": 557, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 2, "unit": "%" }, "carbonFreeEnergy": { "value": 2, "unit": "%" } }, "IR": { "zone": { "zoneName": "Iran" }, "carbonIntensity": { "value": 495, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 4, "unit": "%" }, "carbonFreeEnergy": { "value": 4, "unit": "%" } }, "IS": { "zone": { "zoneName": "Iceland" }, "carbonIntensity": { "value": 27, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "IT": { "zone": { "zoneName": "Italy" }, "carbonIntensity": { "value": 399, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 35, "unit": "%" }, "carbonFreeEnergy": { "value": 40, "unit": "%" } }, "IT-CNO": { "zone": { "zoneName": "Central North Italy", "countryName": "Italy" }, "carbonIntensity": { "value": 345, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 47, "unit": "%" }, "carbonFreeEnergy": { "value": 49, "unit": "%" } }, "IT-CSO": { "zone": { "zoneName": "Central South Italy", "countryName": "Italy" }, "carbonIntensity": { "value": 454, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 39, "unit": "%" }, "carbonFreeEnergy": { "value": 39, "unit": "%" } }, "IT-NO": { "zone": { "zoneName": "North Italy", "countryName": "Italy" }, "carbonIntensity": { "value": 365, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 32, "unit": "%" }, "carbonFreeEnergy": { "value": 42, "unit": "%" } }, "IT-SAR": { "zone": { "zoneName": "Sardinia", "countryName": "Italy" }, "carbonIntensity": { "value": 607, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 27, "unit": "%" }, "carbonFreeEnergy": { "value": 27, "unit": "%" } }, "IT-SIC": { "zone": { "zoneName": "Sicily", "countryName": "Italy" }, "carbonIntensity": { "value": 462, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 30, "unit": "%" }, "carbonFreeEnergy": { "value": 30, "unit": "%" } }, "IT-SO": { "zone": { "zoneName": "South Italy", "countryName": "Italy" }, "carbonIntensity": { "value": 442, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 38, "unit": "%" }, "carbonFreeEnergy": { "value": 38, "unit": "%" } }, "JM": { "zone": { "zoneName": "Jamaica" }, "carbonIntensity": { "value": 489, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 12, "unit": "%" }, "carbonFreeEnergy": { "value": 12, "unit": "%" } }, "JO": { "zone": { "zoneName": "Jordan" }, "carbonIntensity": { "value": 391, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 23, "unit": "%" }, "carbonFreeEnergy": { "value": 23, "unit": "%" } }, "JP": { "zone": { "zoneName": "Japan" }, "carbonIntensity": { "value": 496, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 20, "unit": "%" }, "carbonFreeEnergy": { "value": 25, "unit": "%" } }, "JP-CB": { "zone": { "zoneName": "Ch\u016Bbu", "countryName": "Japan" }, "carbonIntensity": { "value": 509, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 21, "unit": "%" }, "carbonFreeEnergy": { "value": 23, "unit": "%" } }, "JP-CG": { "zone": { "zoneName": "Ch\u016Bgoku", "countryName": "Japan" }, "carbonIntensity": { "value": 498, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 21, "unit": "%" }, "carbonFreeEnergy": { "value": 25, "unit": "%" } }, "JP-HKD": { "zone": { "zoneName": "Hokkaid\u014D", "countryName": "Japan" }, "carbonIntensity": { "value": 455, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 32, "unit": "%" }, "carbonFreeEnergy": { "value": 32, "unit": "%" } }, "JP-HR": { "zone": { "zoneName": "Hokuriku", "countryName": "Japan" }, "carbonIntensity": { "value": 468, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 29, "unit": "%" }, "carbonFreeEnergy": { "value": 30, "unit": "%" } }, "JP-KN": { "zone": { "zoneName": "Kansai", "countryName": "Japan" }, "carbonIntensity": { "value": 433, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 18, "unit": "%" }, "carbonFreeEnergy": { "value": 35, "unit": "%" } }, "JP-KY": { "zone": { "zoneName": "Ky\u016Bsh\u016B", "countryName": "Japan" }, "carbonIntensity": { "value": 394, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 22, "unit": "%" }, "carbonFreeEnergy": { "value": 42, "unit": "%" } }, "JP-ON": { "zone": { "zoneName": "Okinawa", "countryName": "Japan" }, "carbonIntensity": { "value": 597, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 9, "unit": "%" }, "carbonFreeEnergy": { "value": 9, "unit": "%" } }, "JP-SK": { "zone": { "zoneName": "Shikoku", "countryName": "Japan" }, "carbonIntensity": { "value": 612, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 13, "unit": "%" }, "carbonFreeEnergy": { "value": 13, "unit": "%" } }, "JP-TH": { "zone": { "zoneName": "T\u014Dhoku", "countryName": "Japan" }, "carbonIntensity": { "value": 486, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 27, "unit": "%" }, "carbonFreeEnergy": { "value": 27, "unit": "%" } }, "JP-TK": { "zone": { "zoneName": "T\u014Dky\u014D", "countryName": "Japan" }, "carbonIntensity": { "value": 547, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 17, "unit": "%" }, "carbonFreeEnergy": { "value": 17, "unit": "%" } }, "KE": { "zone": { "zoneName": "Kenya" }, "carbonIntensity": { "value": 109, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 88, "unit": "%" }, "carbonFreeEnergy": { "value": 88, "unit": "%" } }, "KG": { "zone": { "zoneName": "Kyrgyzstan" }, "carbonIntensity": { "value": 122, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 87, "unit": "%" }, "carbonFreeEnergy": { "value": 87, "unit": "%" } }, "KH": { "zone": { "zoneName": "Cambodia" }, "carbonIntensity": { "value": 301, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 65, "unit": "%" }, "carbonFreeEnergy": { "value": 65, "unit": "%" } }, "KM": { "zone": { "zoneName": "Comoros" }, "carbonIntensity": { "value": 700, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "KP": { "zone": { "zoneName": "North Korea" }, "carbonIntensity": { "value": 315, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 63, "unit": "%" }, "carbonFreeEnergy": { "value": 63, "unit": "%" } }, "KR": { "zone": { "zoneName": "South Korea" }, "carbonIntensity": { "value": 455, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 2, "unit": "%" }, "carbonFreeEnergy": { "value": 32, "unit": "%" } }, "KW": { "zone": { "zoneName": "Kuwait" }, "carbonIntensity": { "value": 515, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "KY": { "zone": { "zoneName": "Cayman Islands" }, "carbonIntensity": { "value": 681, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 3, "unit": "%" } }, "KZ": { "zone": { "zoneName": "Kazakhstan" }, "carbonIntensity": { "value": 633, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 12, "unit": "%" }, "carbonFreeEnergy": { "value": 13, "unit": "%" } }, "LA": { "zone": { "zoneName": "Laos" }, "carbonIntensity": { "value": 214, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 76, "unit": "%" }, "carbonFreeEnergy": { "value": 76, "unit": "%" } }, "LB": { "zone": { "zoneName": "Lebanon" }, "carbonIntensity": { "value": 373, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 45, "unit": "%" }, "carbonFreeEnergy": { "value": 45, "unit": "%" } }, "LC": { "zone": { "zoneName": "Saint Lucia" }, "carbonIntensity": { "value": 684, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 3, "unit": "%" } }, "LK": { "zone": { "zoneName": "Sri Lanka" }, "carbonIntensity": { "value": 388, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 51, "unit": "%" }, "carbonFreeEnergy": { "value": 51, "unit": "%" } }, "LR": { "zone": { "zoneName": "Liberia" }, "carbonIntensity": { "value": 475, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 33, "unit": "%" }, "carbonFreeEnergy": { "value": 33, "unit": "%" } }, "LS": { "zone": { "zoneName": "Lesotho" }, "carbonIntensity": { "value": 24, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "LT": { "zone": { "zoneName": "Lithuania" }, "carbonIntensity": { "value": 226, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 56, "unit": "%" }, "carbonFreeEnergy": { "value": 70, "unit": "%" } }, "LU": { "zone": { "zoneName": "Luxembourg" }, "carbonIntensity": { "value": 360, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 53, "unit": "%" }, "carbonFreeEnergy": { "value": 65, "unit": "%" } }, "LV": { "zone": { "zoneName": "Latvia" }, "carbonIntensity": { "value": 285, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 54, "unit": "%" }, "carbonFreeEnergy": { "value": 64, "unit": "%" } }, "LY": { "zone": { "zoneName": "Libya" }, "carbonIntensity": { "value": 528, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "MA": { "zone": { "zoneName": "Morocco" }, "carbonIntensity": { "value": 620, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 21, "unit": "%" }, "carbonFreeEnergy": { "value": 22, "unit": "%" } }, "MD": { "zone": { "zoneName": "Moldova" }, "carbonIntensity": { "value": 435, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 12, "unit": "%" }, "carbonFreeEnergy": { "value": 19, "unit": "%" } }, "ME": { "zone": { "zoneName": "Montenegro" }, "carbonIntensity": { "value": 424, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 47, "unit": "%" }, "carbonFreeEnergy": { "value": 48, "unit": "%" } }, "MG": { "zone": { "zoneName": "Madagascar" }, "carbonIntensity": { "value": 470, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 34, "unit": "%" }, "carbonFreeEnergy": { "value": 34, "unit": "%" } }, "MK": { "zone": { "zoneName": "North Macedonia" }, "carbonIntensity": { "value": 549, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 22, "unit": "%" }, "carbonFreeEnergy": { "value": 31, "unit": "%" } }, "ML": { "zone": { "zoneName": "Mali" }, "carbonIntensity": { "value": 414, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 43, "unit": "%" }, "carbonFreeEnergy": { "value": 43, "unit": "%" } }, "MM": { "zone": { "zoneName": "Myanmar" }, "carbonIntensity": { "value": 305, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 42, "unit": "%" }, "carbonFreeEnergy": { "value": 42, "unit": "%" } }, "MN": { "zone": { "zoneName": "Mongolia" }, "carbonIntensity": { "value": 729, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 11, "unit": "%" }, "carbonFreeEnergy": { "value": 11, "unit": "%" } }, "MO": { "zone": { "zoneName": "Macao" }, "carbonIntensity": { "value": 401, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 41, "unit": "%" }, "carbonFreeEnergy": { "value": 41, "unit": "%" } }, "MQ": { "zone": { "zoneName": "Martinique" }, "carbonIntensity": { "value": 563, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 26, "unit": "%" }, "carbonFreeEnergy": { "value": 26, "unit": "%" } }, "MR": { "zone": { "zoneName": "Mauritania" }, "carbonIntensity": { "value": 516, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 27, "unit": "%" }, "carbonFreeEnergy": { "value": 27, "unit": "%" } }, "MT": { "zone": { "zoneName": "Malta" }, "carbonIntensity": { "value": 510, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 8, "unit": "%" }, "carbonFreeEnergy": { "value": 8, "unit": "%" } }, "MU": { "zone": { "zoneName": "Mauritius" }, "carbonIntensity": { "value": 605, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 19, "unit": "%" }, "carbonFreeEnergy": { "value": 19, "unit": "%" } }, "MV": { "zone": { "zoneName": "Maldives" }, "carbonIntensity": { "value": 654, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 7, "unit": "%" }, "carbonFreeEnergy": { "value": 7, "unit": "%" } }, "MW": { "zone": { "zoneName": "Malawi" }, "carbonIntensity": { "value": 59, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 96, "unit": "%" }, "carbonFreeEnergy": { "value": 96, "unit": "%" } }, "MX": { "zone": { "zoneName": "Mexico" }, "carbonIntensity": { "value": 377, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 24, "unit": "%" }, "carbonFreeEnergy": { "value": 28, "unit": "%" } }, "MY": { "zone": { "zoneName": "Malaysia" }, "carbonIntensity": { "value": 561, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 18, "unit": "%" }, "carbonFreeEnergy": { "value": 18, "unit": "%" } }, "MY-EM": { "zone": { "zoneName": "Borneo", "countryName": "Malaysia" }, "carbonIntensity": { "value": 369, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 46, "unit": "%" }, "carbonFreeEnergy": { "value": 46, "unit": "%" } }, "MY-WM": { "zone": { "zoneName": "Peninsula", "countryName": "Malaysia" }, "carbonIntensity": { "value": 645, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 6, "unit": "%" }, "carbonFreeEnergy": { "value": 6, "unit": "%" } }, "MZ": { "zone": { "zoneName": "Mozambique" }, "carbonIntensity": { "value": 102, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 84, "unit": "%" }, "carbonFreeEnergy": { "value": 84, "unit": "%" } }, "NA": { "zone": { "zoneName": "Namibia" }, "carbonIntensity": { "value": 44, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 98, "unit": "%" }, "carbonFreeEnergy": { "value": 98, "unit": "%" } }, "NC": { "zone": { "zoneName": "New Caledonia" }, "carbonIntensity": { "value": 568, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 26, "unit": "%" }, "carbonFreeEnergy": { "value": 26, "unit": "%" } }, "NE": { "zone": { "zoneName": "Niger" }, "carbonIntensity": { "value": 661, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 3, "unit": "%" } }, "NG": { "zone": { "zoneName": "Nigeria" }, "carbonIntensity": { "value": 366, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 27, "unit": "%" }, "carbonFreeEnergy": { "value": 27, "unit": "%" } }, "NI": { "zone": { "zoneName": "Nicaragua" }, "carbonIntensity": { "value": 245, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 69, "unit": "%" }, "carbonFreeEnergy": { "value": 69, "unit": "%" } }, "NL": { "zone": { "zoneName": "Netherlands" }, "carbonIntensity": { "value": 347, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 42, "unit": "%" }, "carbonFreeEnergy": { "value": 47, "unit": "%" } }, "NO": { "zone": { "zoneName": "Norway" }, "carbonIntensity": { "value": 38, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 96, "unit": "%" }, "carbonFreeEnergy": { "value": 98, "unit": "%" } }, "NO-NO1": { "zone": { "zoneName": "Southeast Norway", "countryName": "Norway" }, "carbonIntensity": { "value": 30, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 93, "unit": "%" }, "carbonFreeEnergy": { "value": 99, "unit": "%" } }, "NO-NO2": { "zone": { "zoneName": "Southwest Norway", "countryName": "Norway" }, "carbonIntensity": { "value": 52, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 94, "unit": "%" }, "carbonFreeEnergy": { "value": 96, "unit": "%" } }, "NO-NO3": { "zone": { "zoneName": "Middle Norway", "countryName": "Norway" }, "carbonIntensity": { "value": 27, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 99, "unit": "%" }, "carbonFreeEnergy": { "value": 99, "unit": "%" } }, "NO-NO4": { "zone": { "zoneName": "North Norway", "countryName": "Norway" }, "carbonIntensity": { "value": 44, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 96, "unit": "%" }, "carbonFreeEnergy": { "value": 96, "unit": "%" } }, "NO-NO5": { "zone": { "zoneName": "West Norway", "countryName": "Norway" }, "carbonIntensity": { "value": 31, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 98, "unit": "%" }, "carbonFreeEnergy": { "value": 99, "unit": "%" } }, "NP": { "zone": { "zoneName": "Nepal" }, "carbonIntensity": { "value": 97, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 91, "unit": "%" }, "carbonFreeEnergy": { "value": 91, "unit": "%" } }, "NZ": { "zone": { "zoneName": "New Zealand" }, "carbonIntensity": { "value": 96, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 88, "unit": "%" }, "carbonFreeEnergy": { "value": 88, "unit": "%" } }, "OM": { "zone": { "zoneName": "Oman" }, "carbonIntensity": { "value": 483, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 3, "unit": "%" } }, "PA": { "zone": { "zoneName": "Panama" }, "carbonIntensity": { "value": 238, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 68, "unit": "%" }, "carbonFreeEnergy": { "value": 68, "unit": "%" } }, "PE": { "zone": { "zoneName": "Peru" }, "carbonIntensity": { "value": 205, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 62, "unit": "%" }, "carbonFreeEnergy": { "value": 62, "unit": "%" } }, "PF": { "zone": { "zoneName": "French Polynesia" }, "carbonIntensity": { "value": 357, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 47, "unit": "%" }, "carbonFreeEnergy": { "value": 47, "unit": "%" } }, "PG": { "zone": { "zoneName": "Papua New Guinea" }, "carbonIntensity": { "value": 531, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 19, "unit": "%" }, "carbonFreeEnergy": { "value": 19, "unit": "%" } }, "PH": { "zone": { "zoneName": "Philippines" }, "carbonIntensity": { "value": 618, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 18, "unit": "%" }, "carbonFreeEnergy": { "value": 18, "unit": "%" } }, "PH-LU": { "zone": { "zoneName": "Luzon", "countryName": "Philippines" }, "carbonIntensity": { "value": 637, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 14, "unit": "%" }, "carbonFreeEnergy": { "value": 14, "unit": "%" } }, "PH-MI": { "zone": { "zoneName": "Mindanao", "countryName": "Philippines" }, "carbonIntensity": { "value": 546, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 34, "unit": "%" }, "carbonFreeEnergy": { "value": 34, "unit": "%" } }, "PH-VI": { "zone": { "zoneName": "Visayas", "countryName": "Philippines" }, "carbonIntensity": { "value": 602, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 25, "unit": "%" }, "carbonFreeEnergy": { "value": 25, "unit": "%" } }, "PK": { "zone": { "zoneName": "Pakistan" }, "carbonIntensity": { "value": 332, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 34, "unit": "%" }, "carbonFreeEnergy": { "value": 49, "unit": "%" } }, "PL": { "zone": { "zoneName": "Poland" }, "carbonIntensity": { "value": 876, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 23, "unit": "%" }, "carbonFreeEnergy": { "value": 24, "unit": "%" } }, "PM": { "zone": { "zoneName": "Saint Pierre and Miquelon" }, "carbonIntensity": { "value": 700, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "PR": { "zone": { "zoneName": "Puerto Rico" }, "carbonIntensity": { "value": 416, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 51, "unit": "%" }, "carbonFreeEnergy": { "value": 51, "unit": "%" } }, "PS": { "zone": { "zoneName": "State of Palestine" }, "carbonIntensity": { "value": 482, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 33, "unit": "%" }, "carbonFreeEnergy": { "value": 33, "unit": "%" } }, "PT": { "zone": { "zoneName": "Portugal" }, "carbonIntensity": { "value": 223, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 56, "unit": "%" }, "carbonFreeEnergy": { "value": 61, "unit": "%" } }, "PT-MA": { "zone": { "zoneName": "Madeira", "countryName": "Portugal" }, "carbonIntensity": { "value": 697, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 33, "unit": "%" }, "carbonFreeEnergy": { "value": 33, "unit": "%" } }, "PW": { "zone": { "zoneName": "Palau" }, "carbonIntensity": { "value": 611, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 6, "unit": "%" }, "carbonFreeEnergy": { "value": 6, "unit": "%" } }, "PY": { "zone": { "zoneName": "Paraguay" }, "carbonIntensity": { "value": 29, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 99, "unit": "%" }, "carbonFreeEnergy": { "value": 99, "unit": "%" } }, "QA": { "zone": { "zoneName": "Qatar" }, "carbonIntensity": { "value": 490, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "RE": { "zone": { "zoneName": "R\xE9union" }, "carbonIntensity": { "value": 498, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 29, "unit": "%" }, "carbonFreeEnergy": { "value": 29, "unit": "%" } }, "RO": { "zone": { "zoneName": "Romania" }, "carbonIntensity": { "value": 371, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 39, "unit": "%" }, "carbonFreeEnergy": { "value": 61, "unit": "%" } }, "RS": { "zone": { "zoneName": "Serbia" }, "carbonIntensity": { "value": 548, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 29, "unit": "%" }, "carbonFreeEnergy": { "value": 34, "unit": "%" } }, "RU-1": { "zone": { "zoneName": "Europe-Ural", "countryName": "Russia" }, "carbonIntensity": { "value": 347, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 8, "unit": "%" }, "carbonFreeEnergy": { "value": 34, "unit": "%" } }, "RU-2": { "zone": { "zoneName": "Siberia", "countryName": "Russia" }, "carbonIntensity": { "value": 409, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 49, "unit": "%" }, "carbonFreeEnergy": { "value": 49, "unit": "%" } }, "RU-AS": { "zone": { "zoneName": "East", "countryName": "Russia" }, "carbonIntensity": { "value": 418, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 41, "unit": "%" }, "carbonFreeEnergy": { "value": 41, "unit": "%" } }, "RW": { "zone": { "zoneName": "Rwanda" }, "carbonIntensity": { "value": 315, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 52, "unit": "%" }, "carbonFreeEnergy": { "value": 52, "unit": "%" } }, "SA": { "zone": { "zoneName": "Saudi Arabia" }, "carbonIntensity": { "value": 553, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 1, "unit": "%" }, "carbonFreeEnergy": { "value": 1, "unit": "%" } }, "SB": { "zone": { "zoneName": "Solomon Islands" }, "carbonIntensity": { "value": 640, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 9, "unit": "%" }, "carbonFreeEnergy": { "value": 9, "unit": "%" } }, "SC": { "zone": { "zoneName": "Seychelles" }, "carbonIntensity": { "value": 604, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 15, "unit": "%" }, "carbonFreeEnergy": { "value": 15, "unit": "%" } }, "SD": { "zone": { "zoneName": "Sudan" }, "carbonIntensity": { "value": 203, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 71, "unit": "%" }, "carbonFreeEnergy": { "value": 71, "unit": "%" } }, "SE": { "zone": { "zoneName": "Sweden" }, "carbonIntensity": { "value": 26, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 69, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "SE-SE1": { "zone": { "zoneName": "North Sweden", "countryName": "Sweden" }, "carbonIntensity": { "value": 16, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "SE-SE2": { "zone": { "zoneName": "North Central Sweden", "countryName": "Sweden" }, "carbonIntensity": { "value": 17, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "SE-SE3": { "zone": { "zoneName": "South Central Sweden", "countryName": "Sweden" }, "carbonIntensity": { "value": 25, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 60, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "SE-SE4": { "zone": { "zoneName": "South Sweden", "countryName": "Sweden" }, "carbonIntensity": { "value": 40, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 69, "unit": "%" }, "carbonFreeEnergy": { "value": 99, "unit": "%" } }, "SG": { "zone": { "zoneName": "Singapore" }, "carbonIntensity": { "value": 491, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 4, "unit": "%" }, "carbonFreeEnergy": { "value": 4, "unit": "%" } }, "SI": { "zone": { "zoneName": "Slovenia" }, "carbonIntensity": { "value": 278, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 39, "unit": "%" }, "carbonFreeEnergy": { "value": 70, "unit": "%" } }, "SK": { "zone": { "zoneName": "Slovakia" }, "carbonIntensity": { "value": 366, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 18, "unit": "%" }, "carbonFreeEnergy": { "value": 64, "unit": "%" } }, "SL": { "zone": { "zoneName": "Sierra Leone" }, "carbonIntensity": { "value": 59, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 95, "unit": "%" }, "carbonFreeEnergy": { "value": 95, "unit": "%" } }, "SN": { "zone": { "zoneName": "Senegal" }, "carbonIntensity": { "value": 577, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 14, "unit": "%" }, "carbonFreeEnergy": { "value": 14, "unit": "%" } }, "SO": { "zone": { "zoneName": "Somalia" }, "carbonIntensity": { "value": 574, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 19, "unit": "%" }, "carbonFreeEnergy": { "value": 19, "unit": "%" } }, "SR": { "zone": { "zoneName": "Suriname" }, "carbonIntensity": { "value": 371, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 45, "unit": "%" }, "carbonFreeEnergy": { "value": 45, "unit": "%" } }, "SS": { "zone": { "zoneName": "South Sudan" }, "carbonIntensity": { "value": 611, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 7, "unit": "%" }, "carbonFreeEnergy": { "value": 7, "unit": "%" } }, "ST": { "zone": { "zoneName": "S\xE3o Tom\xE9 and Pr\xEDncipe" }, "carbonIntensity": { "value": 623, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 4, "unit": "%" }, "carbonFreeEnergy": { "value": 4, "unit": "%" } }, "SV": { "zone": { "zoneName": "El Salvador" }, "carbonIntensity": { "value": 191, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 74, "unit": "%" }, "carbonFreeEnergy": { "value": 74, "unit": "%" } }, "SY": { "zone": { "zoneName": "Syria" }, "carbonIntensity": { "value": 562, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 4, "unit": "%" }, "carbonFreeEnergy": { "value": 4, "unit": "%" } }, "SZ": { "zone": { "zoneName": "Eswatini" }, "carbonIntensity": { "value": 114, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 97, "unit": "%" }, "carbonFreeEnergy": { "value": 97, "unit": "%" } }, "TD": { "zone": { "zoneName": "Chad" }, "carbonIntensity": { "value": 638, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 2, "unit": "%" }, "carbonFreeEnergy": { "value": 2, "unit": "%" } }, "TG": { "zone": { "zoneName": "Togo" }, "carbonIntensity": { "value": 397, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 21, "unit": "%" }, "carbonFreeEnergy": { "value": 21, "unit": "%" } }, "TH": { "zone": { "zoneName": "Thailand" }, "carbonIntensity": { "value": 497, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 16, "unit": "%" }, "carbonFreeEnergy": { "value": 16, "unit": "%" } }, "TJ": { "zone": { "zoneName": "Tajikistan" }, "carbonIntensity": { "value": 75, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 93, "unit": "%" }, "carbonFreeEnergy": { "value": 93, "unit": "%" } }, "TL": { "zone": { "zoneName": "Timor-Leste" }, "carbonIntensity": { "value": 649, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "TM": { "zone": { "zoneName": "Turkmenistan" }, "carbonIntensity": { "value": 490, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "TN": { "zone": { "zoneName": "Tunisia" }, "carbonIntensity": { "value": 482, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 2, "unit": "%" }, "carbonFreeEnergy": { "value": 2, "unit": "%" } }, "TO": { "zone": { "zoneName": "Tonga" }, "carbonIntensity": { "value": 618, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 13, "unit": "%" }, "carbonFreeEnergy": { "value": 13, "unit": "%" } }, "TR": { "zone": { "zoneName": "Turkey" }, "carbonIntensity": { "value": 431, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 39, "unit": "%" }, "carbonFreeEnergy": { "value": 40, "unit": "%" } }, "TT": { "zone": { "zoneName": "Trinidad and Tobago" }, "carbonIntensity": { "value": 490, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "TW": { "zone": { "zoneName": "Taiwan" }, "carbonIntensity": { "value": 535, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 8, "unit": "%" }, "carbonFreeEnergy": { "value": 17, "unit": "%" } }, "TZ": { "zone": { "zoneName": "Tanzania" }, "carbonIntensity": { "value": 350, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 30, "unit": "%" }, "carbonFreeEnergy": { "value": 30, "unit": "%" } }, "UG": { "zone": { "zoneName": "Uganda" }, "carbonIntensity": { "value": 59, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 97, "unit": "%" }, "carbonFreeEnergy": { "value": 97, "unit": "%" } }, "US": { "zone": { "zoneName": "United States" }, "carbonIntensity": { "value": 434, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 22, "unit": "%" }, "carbonFreeEnergy": { "value": 40, "unit": "%" } }, "US-AK": { "zone": { "zoneName": "Alaska", "countryName": "USA" }, "carbonIntensity": { "value": 507, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 29, "unit": "%" }, "carbonFreeEnergy": { "value": 29, "unit": "%" } }, "US-AK-SEAPA": { "zone": { "zoneName": "Southeast Alaska Power Agency", "countryName": "USA" }, "carbonIntensity": { "value": 28, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "US-CAL-BANC": { "zone": { "zoneName": "Balancing Authority of Northern California", "displayName": "BANC", "countryName": "USA" }, "carbonIntensity": { "value": 263, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 52, "unit": "%" }, "carbonFreeEnergy": { "value": 55, "unit": "%" } }, "US-CAL-CISO": { "zone": { "zoneName": "CAISO", "displayName": "California ISO", "countryName": "USA" }, "carbonIntensity": { "value": 262, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 44, "unit": "%" }, "carbonFreeEnergy": { "value": 55, "unit": "%" } }, "US-CAL-IID": { "zone": { "zoneName": "Imperial Irrigation District", "countryName": "USA" }, "carbonIntensity": { "value": 517, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 24, "unit": "%" }, "carbonFreeEnergy": { "value": 24, "unit": "%" } }, "US-CAL-LDWP": { "zone": { "zoneName": "Los Angeles Department of Water and Power", "countryName": "USA" }, "carbonIntensity": { "value": 368, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 43, "unit": "%" }, "carbonFreeEnergy": { "value": 49, "unit": "%" } }, "US-CAL-TIDC": { "zone": { "zoneName": "Turlock Irrigation District", "countryName": "USA" }, "carbonIntensity": { "value": 385, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 30, "unit": "%" }, "carbonFreeEnergy": { "value": 35, "unit": "%" } }, "US-CAR-CPLE": { "zone": { "zoneName": "Duke Energy Progress East", "countryName": "USA" }, "carbonIntensity": { "value": 335, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 9, "unit": "%" }, "carbonFreeEnergy": { "value": 54, "unit": "%" } }, "US-CAR-CPLW": { "zone": { "zoneName": "Duke Energy Progress West", "countryName": "USA" }, "carbonIntensity": { "value": 505, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 8, "unit": "%" }, "carbonFreeEnergy": { "value": 18, "unit": "%" } }, "US-CAR-DUK": { "zone": { "zoneName": "Duke Energy Carolinas", "countryName": "USA" }, "carbonIntensity": { "value": 363, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 6, "unit": "%" }, "carbonFreeEnergy": { "value": 57, "unit": "%" } }, "US-CAR-SC": { "zone": { "zoneName": "South Carolina Public Service Authority", "countryName": "USA" }, "carbonIntensity": { "value": 603, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 7, "unit": "%" }, "carbonFreeEnergy": { "value": 27, "unit": "%" } }, "US-CAR-SCEG": { "zone": { "zoneName": "South Carolina Electric & Gas Company", "countryName": "USA" }, "carbonIntensity": { "value": 450, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 10, "unit": "%" }, "carbonFreeEnergy": { "value": 34, "unit": "%" } }, "US-CAR-YAD": { "zone": { "zoneName": "Alcoa Power Generating, Inc. Yadkin Division", "displayName": "Alcoa Power Generating", "countryName": "USA" }, "carbonIntensity": { "value": 58, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 90, "unit": "%" }, "carbonFreeEnergy": { "value": 95, "unit": "%" } }, "US-CENT-SPA": { "zone": { "zoneName": "Southwestern Power Administration", "countryName": "USA" }, "carbonIntensity": { "value": 234, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 70, "unit": "%" }, "carbonFreeEnergy": { "value": 70, "unit": "%" } }, "US-CENT-SWPP": { "zone": { "zoneName": "Southwest Power Pool", "displayName": "SPP", "countryName": "USA" }, "carbonIntensity": { "value": 487, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 40, "unit": "%" }, "carbonFreeEnergy": { "value": 45, "unit": "%" } }, "US-FLA-FMPP": { "zone": { "zoneName": "Florida Municipal Power Pool", "countryName": "USA" }, "carbonIntensity": { "value": 536, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 10, "unit": "%" } }, "US-FLA-FPC": { "zone": { "zoneName": "Duke Energy Florida", "countryName": "USA" }, "carbonIntensity": { "value": 534, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 6, "unit": "%" } }, "US-FLA-FPL": { "zone": { "zoneName": "Florida Power and Light Company", "countryName": "USA" }, "carbonIntensity": { "value": 397, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 5, "unit": "%" }, "carbonFreeEnergy": { "value": 26, "unit": "%" } }, "US-FLA-GVL": { "zone": { "zoneName": "Gainesville Regional Utilities", "countryName": "USA" }, "carbonIntensity": { "value": 741, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 1, "unit": "%" }, "carbonFreeEnergy": { "value": 2, "unit": "%" } }, "US-FLA-HST": { "zone": { "zoneName": "City of Homestead", "countryName": "USA" }, "carbonIntensity": { "value": 398, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 5, "unit": "%" }, "carbonFreeEnergy": { "value": 26, "unit": "%" } }, "US-FLA-JEA": { "zone": { "zoneName": "Jacksonville Electric Authority", "countryName": "USA" }, "carbonIntensity": { "value": 681, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 2, "unit": "%" }, "carbonFreeEnergy": { "value": 8, "unit": "%" } }, "US-FLA-SEC": { "zone": { "zoneName": "Seminole Electric Cooperative", "countryName": "USA" }, "carbonIntensity": { "value": 751, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "US-FLA-TAL": { "zone": { "zoneName": "City of Tallahassee", "countryName": "USA" }, "carbonIntensity": { "value": 497, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 5, "unit": "%" }, "carbonFreeEnergy": { "value": 9, "unit": "%" } }, "US-FLA-TEC": { "zone": { "zoneName": "Tampa Electric Company", "countryName": "USA" }, "carbonIntensity": { "value": 529, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 6, "unit": "%" }, "carbonFreeEnergy": { "value": 6, "unit": "%" } }, "US-HI": { "zone": { "zoneName": "Hawaii", "countryName": "USA" }, "carbonIntensity": { "value": 822, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 19, "unit": "%" }, "carbonFreeEnergy": { "value": 19, "unit": "%" } }, "US-MIDA-PJM": { "zone": { "zoneName": "PJM Interconnection", "displayName": "PJM", "countryName": "USA" }, "carbonIntensity": { "value": 434, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 7, "unit": "%" }, "carbonFreeEnergy": { "value": 39, "unit": "%" } }, "US-MIDW-AECI": { "zone": { "zoneName": "Associated Electric Cooperative", "countryName": "USA" }, "carbonIntensity": { "value": 680, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 19, "unit": "%" }, "carbonFreeEnergy": { "value": 20, "unit": "%" } }, "US-MIDW-LGEE": { "zone": { "zoneName": "Louisville Gas and Electric Company and Kentucky Utilities", "displayName": "Louisville Gas And Electric Company", "countryName": "USA" }, "carbonIntensity": { "value": 824, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 6, "unit": "%" } }, "US-MIDW-MISO": { "zone": { "zoneName": "Midcontinent ISO", "displayName": "MISO", "countryName": "USA" }, "carbonIntensity": { "value": 525, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 19, "unit": "%" }, "carbonFreeEnergy": { "value": 34, "unit": "%" } }, "US-NE-ISNE": { "zone": { "zoneName": "ISO New England", "countryName": "USA" }, "carbonIntensity": { "value": 282, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 27, "unit": "%" }, "carbonFreeEnergy": { "value": 51, "unit": "%" } }, "US-NW-AVA": { "zone": { "zoneName": "Avista Corporation", "countryName": "USA" }, "carbonIntensity": { "value": 187, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 71, "unit": "%" }, "carbonFreeEnergy": { "value": 73, "unit": "%" } }, "US-NW-BPAT": { "zone": { "zoneName": "Bonneville Power Administration", "countryName": "USA" }, "carbonIntensity": { "value": 88, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 83, "unit": "%" }, "carbonFreeEnergy": { "value": 90, "unit": "%" } }, "US-NW-CHPD": { "zone": { "zoneName": "Chelan County", "countryName": "USA" }, "carbonIntensity": { "value": 25, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "US-NW-DOPD": { "zone": { "zoneName": "Douglas County", "countryName": "USA" }, "carbonIntensity": { "value": 27, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 99, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "US-NW-GCPD": { "zone": { "zoneName": "Grant County", "countryName": "USA" }, "carbonIntensity": { "value": 37, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 97, "unit": "%" }, "carbonFreeEnergy": { "value": 98, "unit": "%" } }, "US-NW-GRID": { "zone": { "zoneName": "Gridforce Energy Management", "countryName": "USA" }, "carbonIntensity": { "value": 561, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 17, "unit": "%" }, "carbonFreeEnergy": { "value": 17, "unit": "%" } }, "US-NW-IPCO": { "zone": { "zoneName": "Idaho Power Company", "countryName": "USA" }, "carbonIntensity": { "value": 363, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 57, "unit": "%" }, "carbonFreeEnergy": { "value": 58, "unit": "%" } }, "US-NW-NEVP": { "zone": { "zoneName": "Nevada Power Company", "countryName": "USA" }, "carbonIntensity": { "value": 471, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 26, "unit": "%" }, "carbonFreeEnergy": { "value": 27, "unit": "%" } }, "US-NW-NWMT": { "zone": { "zoneName": "Northwestern Energy", "countryName": "USA" }, "carbonIntensity": { "value": 687, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 35, "unit": "%" }, "carbonFreeEnergy": { "value": 36, "unit": "%" } }, "US-NW-PACE": { "zone": { "zoneName": "Pacificorp East", "countryName": "USA" }, "carbonIntensity": { "value": 670, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 29, "unit": "%" }, "carbonFreeEnergy": { "value": 30, "unit": "%" } }, "US-NW-PACW": { "zone": { "zoneName": "Pacificorp West", "countryName": "USA" }, "carbonIntensity": { "value": 277, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 64, "unit": "%" }, "carbonFreeEnergy": { "value": 67, "unit": "%" } }, "US-NW-PGE": { "zone": { "zoneName": "Portland General Electric Company", "countryName": "USA" }, "carbonIntensity": { "value": 182, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 68, "unit": "%" }, "carbonFreeEnergy": { "value": 74, "unit": "%" } }, "US-NW-PSCO": { "zone": { "zoneName": "Public Service Company of Colorado", "displayName": "PSCo", "countryName": "USA" }, "carbonIntensity": { "value": 568, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 38, "unit": "%" }, "carbonFreeEnergy": { "value": 38, "unit": "%" } }, "US-NW-PSEI": { "zone": { "zoneName": "Puget Sound Energy", "countryName": "USA" }, "carbonIntensity": { "value": 136, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 74, "unit": "%" }, "carbonFreeEnergy": { "value": 80, "unit": "%" } }, "US-NW-SCL": { "zone": { "zoneName": "Seattle City Light", "countryName": "USA" }, "carbonIntensity": { "value": 66, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 89, "unit": "%" }, "carbonFreeEnergy": { "value": 94, "unit": "%" } }, "US-NW-TPWR": { "zone": { "zoneName": "City of Tacoma", "countryName": "USA" }, "carbonIntensity": { "value": 66, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 89, "unit": "%" }, "carbonFreeEnergy": { "value": 94, "unit": "%" } }, "US-NW-WACM": { "zone": { "zoneName": "Western Area Power Administration - Rocky Mountain Region", "displayName": "WAPA Rocky Mountains", "countryName": "USA" }, "carbonIntensity": { "value": 792, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 29, "unit": "%" }, "carbonFreeEnergy": { "value": 29, "unit": "%" } }, "US-NW-WAUW": { "zone": { "zoneName": "Western Area Power Administration - Upper Great Plains West", "displayName": "WAPA Upper Great Plains", "countryName": "USA" }, "carbonIntensity": { "value": 343, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 62, "unit": "%" }, "carbonFreeEnergy": { "value": 65, "unit": "%" } }, "US-NY-NYIS": { "zone": { "zoneName": "New York ISO", "countryName": "USA" }, "carbonIntensity": { "value": 289, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 28, "unit": "%" }, "carbonFreeEnergy": { "value": 50, "unit": "%" } }, "US-SE-SEPA": { "zone": { "zoneName": "Southeastern Power Administration", "countryName": "USA" }, "carbonIntensity": { "value": 503, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 7, "unit": "%" }, "carbonFreeEnergy": { "value": 38, "unit": "%" } }, "US-SE-SOCO": { "zone": { "zoneName": "Southern Company Services", "countryName": "USA" }, "carbonIntensity": { "value": 463, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 8, "unit": "%" }, "carbonFreeEnergy": { "value": 28, "unit": "%" } }, "US-SW-AZPS": { "zone": { "zoneName": "Arizona Public Service Company", "countryName": "USA" }, "carbonIntensity": { "value": 474, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 10, "unit": "%" }, "carbonFreeEnergy": { "value": 36, "unit": "%" } }, "US-SW-EPE": { "zone": { "zoneName": "El Paso Electric Company", "countryName": "USA" }, "carbonIntensity": { "value": 612, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 19, "unit": "%" }, "carbonFreeEnergy": { "value": 21, "unit": "%" } }, "US-SW-PNM": { "zone": { "zoneName": "Public Service Company of New Mexico", "countryName": "USA" }, "carbonIntensity": { "value": 596, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 37, "unit": "%" }, "carbonFreeEnergy": { "value": 38, "unit": "%" } }, "US-SW-SRP": { "zone": { "zoneName": "Salt River Project", "countryName": "USA" }, "carbonIntensity": { "value": 286, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 4, "unit": "%" }, "carbonFreeEnergy": { "value": 54, "unit": "%" } }, "US-SW-TEPC": { "zone": { "zoneName": "Tucson Electric Power Company", "countryName": "USA" }, "carbonIntensity": { "value": 615, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 24, "unit": "%" }, "carbonFreeEnergy": { "value": 31, "unit": "%" } }, "US-SW-WALC": { "zone": { "zoneName": "Western Area Power Administration - Desert Southwest Region", "displayName": "WAPA Desert Southwest", "countryName": "USA" }, "carbonIntensity": { "value": 384, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 35, "unit": "%" }, "carbonFreeEnergy": { "value": 44, "unit": "%" } }, "US-TEN-TVA": { "zone": { "zoneName": "Tennessee Valley Authority", "displayName": "TVA", "countryName": "USA" }, "carbonIntensity": { "value": 376, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 13, "unit": "%" }, "carbonFreeEnergy": { "value": 51, "unit": "%" } }, "US-TEX-ERCO": { "zone": { "zoneName": "Electric Reliability Council of Texas", "displayName": "ERCOT", "countryName": "USA" }, "carbonIntensity": { "value": 410, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 31, "unit": "%" }, "carbonFreeEnergy": { "value": 41, "unit": "%" } }, "UY": { "zone": { "zoneName": "Uruguay" }, "carbonIntensity": { "value": 99, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 90, "unit": "%" }, "carbonFreeEnergy": { "value": 90, "unit": "%" } }, "UZ": { "zone": { "zoneName": "Uzbekistan" }, "carbonIntensity": { "value": 473, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 9, "unit": "%" }, "carbonFreeEnergy": { "value": 9, "unit": "%" } }, "VC": { "zone": { "zoneName": "Saint Vincent and the Grenadines" }, "carbonIntensity": { "value": 610, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 13, "unit": "%" }, "carbonFreeEnergy": { "value": 13, "unit": "%" } }, "VE": { "zone": { "zoneName": "Venezuela" }, "carbonIntensity": { "value": 136, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 78, "unit": "%" }, "carbonFreeEnergy": { "value": 78, "unit": "%" } }, "VI": { "zone": { "zoneName": "Virgin Islands", "countryName": "USA" }, "carbonIntensity": { "value": 681, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 3, "unit": "%" } }, "VN": { "zone": { "zoneName": "Vietnam" }, "carbonIntensity": { "value": 381, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 51, "unit": "%" }, "carbonFreeEnergy": { "value": 51, "unit": "%" } }, "VU": { "zone": { "zoneName": "Vanuatu" }, "carbonIntensity": { "value": 534, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 25, "unit": "%" }, "carbonFreeEnergy": { "value": 25, "unit": "%" } }, "WS": { "zone": { "zoneName": "Samoa" }, "carbonIntensity": { "value": 420, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 44, "unit": "%" }, "carbonFreeEnergy": { "value": 44, "unit": "%" } }, "XK": { "zone": { "zoneName": "Kosovo" }, "carbonIntensity": { "value": 675, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 16, "unit": "%" }, "carbonFreeEnergy": { "value": 18, "unit": "%" } }, "YE": { "zone": { "zoneName": "Yemen" }, "carbonIntensity": { "value": 527, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 20, "unit": "%" }, "carbonFreeEnergy": { "value": 20, "unit": "%" } }, "YT": { "zone": { "zoneName": "Mayotte" }, "carbonIntensity": { "value": 577, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 12, "unit": "%" }, "carbonFreeEnergy": { "value": 12, "unit": "%" } }, "ZA": { "zone": { "zoneName": "South Africa" }, "carbonIntensity": { "value": 704, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 9, "unit": "%" }, "carbonFreeEnergy": { "value": 14, "unit": "%" } }, "ZM": { "zone": { "zoneName": "Zambia" }, "carbonIntensity": { "value": 113, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 89, "unit": "%" }, "carbonFreeEnergy": { "value": 89, "unit": "%" } }, "ZW": { "zone": { "zoneName": "Zimbabwe" }, "carbonIntensity": { "value": 273, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 69, "unit": "%" }, "carbonFreeEnergy": { "value": 69, "unit": "%" } } };
const methodology$1 = "https://www.electricitymaps.com/data/methodology";
var yearly_2022_default = { data: data$1, methodology: methodology$1 };

const data = { "AE": { "zone": { "zoneName": "United Arab Emirates" }, "carbonIntensity": { "value": 447, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 4, "unit": "%" }, "carbonFreeEnergy": { "value": 11, "unit": "%" } }, "AF": { "zone": { "zoneName": "Afghanistan" }, "carbonIntensity": { "value": 112, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 88, "unit": "%" }, "carbonFreeEnergy": { "value": 88, "unit": "%" } }, "AG": { "zone": { "zoneName": "Antigua and Barbuda" }, "carbonIntensity": { "value": 663, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 6, "unit": "%" }, "carbonFreeEnergy": { "value": 6, "unit": "%" } }, "AL": { "zone": { "zoneName": "Albania" }, "carbonIntensity": { "value": 121, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 85, "unit": "%" }, "carbonFreeEnergy": { "value": 85, "unit": "%" } }, "AM": { "zone": { "zoneName": "Armenia" }, "carbonIntensity": { "value": 222, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 32, "unit": "%" }, "carbonFreeEnergy": { "value": 57, "unit": "%" } }, "AO": { "zone": { "zoneName": "Angola" }, "carbonIntensity": { "value": 177, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 73, "unit": "%" }, "carbonFreeEnergy": { "value": 73, "unit": "%" } }, "AR": { "zone": { "zoneName": "Argentina" }, "carbonIntensity": { "value": 345, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 27, "unit": "%" }, "carbonFreeEnergy": { "value": 34, "unit": "%" } }, "AT": { "zone": { "zoneName": "Austria" }, "carbonIntensity": { "value": 224, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 66, "unit": "%" }, "carbonFreeEnergy": { "value": 73, "unit": "%" } }, "AU": { "zone": { "zoneName": "Australia" }, "carbonIntensity": { "value": 568, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 28, "unit": "%" }, "carbonFreeEnergy": { "value": 28, "unit": "%" } }, "AU-NSW": { "zone": { "zoneName": "New South Wales", "countryName": "Australia" }, "carbonIntensity": { "value": 652, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 20, "unit": "%" }, "carbonFreeEnergy": { "value": 20, "unit": "%" } }, "AU-NT": { "zone": { "zoneName": "Northern Territory", "countryName": "Australia" }, "carbonIntensity": { "value": 489, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "AU-QLD": { "zone": { "zoneName": "Queensland", "countryName": "Australia" }, "carbonIntensity": { "value": 679, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 15, "unit": "%" }, "carbonFreeEnergy": { "value": 15, "unit": "%" } }, "AU-SA": { "zone": { "zoneName": "South Australia", "countryName": "Australia" }, "carbonIntensity": { "value": 199, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 62, "unit": "%" }, "carbonFreeEnergy": { "value": 62, "unit": "%" } }, "AU-TAS": { "zone": { "zoneName": "Tasmania", "countryName": "Australia" }, "carbonIntensity": { "value": 23, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "AU-TAS-FI": { "zone": { "zoneName": "Flinders Island", "countryName": "Australia" }, "carbonIntensity": { "value": 255, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 62, "unit": "%" }, "carbonFreeEnergy": { "value": 62, "unit": "%" } }, "AU-TAS-KI": { "zone": { "zoneName": "King Island", "countryName": "Australia" }, "carbonIntensity": { "value": 291, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 56, "unit": "%" }, "carbonFreeEnergy": { "value": 56, "unit": "%" } }, "AU-VIC": { "zone": { "zoneName": "Victoria", "countryName": "Australia" }, "carbonIntensity": { "value": 586, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 29, "unit": "%" }, "carbonFreeEnergy": { "value": 29, "unit": "%" } }, "AU-WA": { "zone": { "zoneName": "Western Australia", "countryName": "Australia" }, "carbonIntensity": { "value": 464, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 33, "unit": "%" }, "carbonFreeEnergy": { "value": 33, "unit": "%" } }, "AU-WA-RI": { "zone": { "zoneName": "Rottnest Island", "countryName": "Australia" }, "carbonIntensity": { "value": 503, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 23, "unit": "%" }, "carbonFreeEnergy": { "value": 23, "unit": "%" } }, "AW": { "zone": { "zoneName": "Aruba" }, "carbonIntensity": { "value": 544, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 17, "unit": "%" }, "carbonFreeEnergy": { "value": 17, "unit": "%" } }, "AX": { "zone": { "zoneName": "\xC5land Islands" }, "carbonIntensity": { "value": 33, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 66, "unit": "%" }, "carbonFreeEnergy": { "value": 98, "unit": "%" } }, "AZ": { "zone": { "zoneName": "Azerbaijan" }, "carbonIntensity": { "value": 470, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 5, "unit": "%" }, "carbonFreeEnergy": { "value": 5, "unit": "%" } }, "BA": { "zone": { "zoneName": "Bosnia and Herzegovina" }, "carbonIntensity": { "value": 522, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 36, "unit": "%" }, "carbonFreeEnergy": { "value": 37, "unit": "%" } }, "BB": { "zone": { "zoneName": "Barbados" }, "carbonIntensity": { "value": 647, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 8, "unit": "%" }, "carbonFreeEnergy": { "value": 8, "unit": "%" } }, "BD": { "zone": { "zoneName": "Bangladesh" }, "carbonIntensity": { "value": 558, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 1, "unit": "%" }, "carbonFreeEnergy": { "value": 1, "unit": "%" } }, "BE": { "zone": { "zoneName": "Belgium" }, "carbonIntensity": { "value": 179, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 22, "unit": "%" }, "carbonFreeEnergy": { "value": 72, "unit": "%" } }, "BF": { "zone": { "zoneName": "Burkina Faso" }, "carbonIntensity": { "value": 559, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 16, "unit": "%" }, "carbonFreeEnergy": { "value": 16, "unit": "%" } }, "BG": { "zone": { "zoneName": "Bulgaria" }, "carbonIntensity": { "value": 469, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 18, "unit": "%" }, "carbonFreeEnergy": { "value": 52, "unit": "%" } }, "BH": { "zone": { "zoneName": "Bahrain" }, "carbonIntensity": { "value": 489, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "BI": { "zone": { "zoneName": "Burundi" }, "carbonIntensity": { "value": 237, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 69, "unit": "%" }, "carbonFreeEnergy": { "value": 69, "unit": "%" } }, "BJ": { "zone": { "zoneName": "Benin" }, "carbonIntensity": { "value": 515, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 1, "unit": "%" }, "carbonFreeEnergy": { "value": 1, "unit": "%" } }, "BN": { "zone": { "zoneName": "Brunei" }, "carbonIntensity": { "value": 563, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "BO": { "zone": { "zoneName": "Bolivia" }, "carbonIntensity": { "value": 344, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 32, "unit": "%" }, "carbonFreeEnergy": { "value": 32, "unit": "%" } }, "BR": { "zone": { "zoneName": "Brazil" }, "carbonIntensity": { "value": 169, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 76, "unit": "%" }, "carbonFreeEnergy": { "value": 78, "unit": "%" } }, "BR-CS": { "zone": { "zoneName": "Central Brazil", "countryName": "Brazil" }, "carbonIntensity": { "value": 170, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 74, "unit": "%" }, "carbonFreeEnergy": { "value": 78, "unit": "%" } }, "BR-N": { "zone": { "zoneName": "North Brazil", "countryName": "Brazil" }, "carbonIntensity": { "value": 184, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 76, "unit": "%" }, "carbonFreeEnergy": { "value": 76, "unit": "%" } }, "BR-NE": { "zone": { "zoneName": "North-East Brazil", "countryName": "Brazil" }, "carbonIntensity": { "value": 156, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 80, "unit": "%" }, "carbonFreeEnergy": { "value": 80, "unit": "%" } }, "BR-S": { "zone": { "zoneName": "South Brazil", "countryName": "Brazil" }, "carbonIntensity": { "value": 170, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 76, "unit": "%" }, "carbonFreeEnergy": { "value": 78, "unit": "%" } }, "BS": { "zone": { "zoneName": "Bahamas" }, "carbonIntensity": { "value": 697, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "BT": { "zone": { "zoneName": "Bhutan" }, "carbonIntensity": { "value": 25, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "BW": { "zone": { "zoneName": "Botswana" }, "carbonIntensity": { "value": 811, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "BY": { "zone": { "zoneName": "Belarus" }, "carbonIntensity": { "value": 436, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 17, "unit": "%" } }, "BZ": { "zone": { "zoneName": "Belize" }, "carbonIntensity": { "value": 199, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 86, "unit": "%" }, "carbonFreeEnergy": { "value": 86, "unit": "%" } }, "CA": { "zone": { "zoneName": "Canada" }, "carbonIntensity": { "value": 141, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 66, "unit": "%" }, "carbonFreeEnergy": { "value": 80, "unit": "%" } }, "CA-AB": { "zone": { "zoneName": "Alberta", "countryName": "Canada" }, "carbonIntensity": { "value": 502, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 14, "unit": "%" }, "carbonFreeEnergy": { "value": 14, "unit": "%" } }, "CA-BC": { "zone": { "zoneName": "British Columbia", "countryName": "Canada" }, "carbonIntensity": { "value": 48, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 97, "unit": "%" }, "carbonFreeEnergy": { "value": 97, "unit": "%" } }, "CA-MB": { "zone": { "zoneName": "Manitoba", "countryName": "Canada" }, "carbonIntensity": { "value": 57, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 94, "unit": "%" }, "carbonFreeEnergy": { "value": 96, "unit": "%" } }, "CA-NB": { "zone": { "zoneName": "New Brunswick", "countryName": "Canada" }, "carbonIntensity": { "value": 134, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 58, "unit": "%" }, "carbonFreeEnergy": { "value": 83, "unit": "%" } }, "CA-NL": { "zone": { "zoneName": "Newfoundland and Labrador", "countryName": "Canada" }, "carbonIntensity": { "value": 37, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 98, "unit": "%" }, "carbonFreeEnergy": { "value": 98, "unit": "%" } }, "CA-NS": { "zone": { "zoneName": "Nova Scotia", "countryName": "Canada" }, "carbonIntensity": { "value": 511, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 30, "unit": "%" }, "carbonFreeEnergy": { "value": 32, "unit": "%" } }, "CA-NT": { "zone": { "zoneName": "Northwest Territories", "countryName": "Canada" }, "carbonIntensity": { "value": 184, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 69, "unit": "%" }, "carbonFreeEnergy": { "value": 69, "unit": "%" } }, "CA-NU": { "zone": { "zoneName": "Nunavut", "countryName": "Canada" }, "carbonIntensity": { "value": 649, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "CA-ON": { "zone": { "zoneName": "Ontario", "countryName": "Canada" }, "carbonIntensity": { "value": 54, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 36, "unit": "%" }, "carbonFreeEnergy": { "value": 91, "unit": "%" } }, "CA-PE": { "zone": { "zoneName": "Prince Edward Island", "countryName": "Canada" }, "carbonIntensity": { "value": 90, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 74, "unit": "%" }, "carbonFreeEnergy": { "value": 89, "unit": "%" } }, "CA-QC": { "zone": { "zoneName": "Qu\xE9bec", "countryName": "Canada" }, "carbonIntensity": { "value": 28, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "CA-SK": { "zone": { "zoneName": "Saskatchewan", "countryName": "Canada" }, "carbonIntensity": { "value": 561, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 14, "unit": "%" }, "carbonFreeEnergy": { "value": 14, "unit": "%" } }, "CA-YT": { "zone": { "zoneName": "Yukon", "countryName": "Canada" }, "carbonIntensity": { "value": 170, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 73, "unit": "%" }, "carbonFreeEnergy": { "value": 73, "unit": "%" } }, "CD": { "zone": { "zoneName": "Democratic Republic of the Congo" }, "carbonIntensity": { "value": 25, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "CF": { "zone": { "zoneName": "Central African Republic" }, "carbonIntensity": { "value": 24, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "CG": { "zone": { "zoneName": "Congo" }, "carbonIntensity": { "value": 387, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 24, "unit": "%" }, "carbonFreeEnergy": { "value": 24, "unit": "%" } }, "CH": { "zone": { "zoneName": "Switzerland" }, "carbonIntensity": { "value": 107, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 61, "unit": "%" }, "carbonFreeEnergy": { "value": 91, "unit": "%" } }, "CI": { "zone": { "zoneName": "Ivory Coast" }, "carbonIntensity": { "value": 385, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 24, "unit": "%" }, "carbonFreeEnergy": { "value": 24, "unit": "%" } }, "CL-SEN": { "zone": { "zoneName": "Sistema El\xE9ctrico Nacional", "countryName": "Chile" }, "carbonIntensity": { "value": 405, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 43, "unit": "%" }, "carbonFreeEnergy": { "value": 43, "unit": "%" } }, "CM": { "zone": { "zoneName": "Cameroon" }, "carbonIntensity": { "value": 191, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 67, "unit": "%" }, "carbonFreeEnergy": { "value": 67, "unit": "%" } }, "CN": { "zone": { "zoneName": "China" }, "carbonIntensity": { "value": 552, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 28, "unit": "%" }, "carbonFreeEnergy": { "value": 33, "unit": "%" } }, "CO": { "zone": { "zoneName": "Colombia" }, "carbonIntensity": { "value": 126, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 83, "unit": "%" }, "carbonFreeEnergy": { "value": 83, "unit": "%" } }, "CR": { "zone": { "zoneName": "Costa Rica" }, "carbonIntensity": { "value": 33, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 99, "unit": "%" }, "carbonFreeEnergy": { "value": 99, "unit": "%" } }, "CU": { "zone": { "zoneName": "Cuba" }, "carbonIntensity": { "value": 612, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 5, "unit": "%" }, "carbonFreeEnergy": { "value": 5, "unit": "%" } }, "CV": { "zone": { "zoneName": "Cabo Verde" }, "carbonIntensity": { "value": 573, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 19, "unit": "%" }, "carbonFreeEnergy": { "value": 19, "unit": "%" } }, "CW": { "zone": { "zoneName": "Cura\xE7ao" }, "carbonIntensity": { "value": 482, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 26, "unit": "%" }, "carbonFreeEnergy": { "value": 26, "unit": "%" } }, "CY": { "zone": { "zoneName": "Cyprus" }, "carbonIntensity": { "value": 820, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 15, "unit": "%" }, "carbonFreeEnergy": { "value": 15, "unit": "%" } }, "CZ": { "zone": { "zoneName": "Czechia" }, "carbonIntensity": { "value": 555, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 12, "unit": "%" }, "carbonFreeEnergy": { "value": 45, "unit": "%" } }, "DE": { "zone": { "zoneName": "Germany" }, "carbonIntensity": { "value": 439, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 44, "unit": "%" }, "carbonFreeEnergy": { "value": 58, "unit": "%" } }, "DJ": { "zone": { "zoneName": "Djibouti" }, "carbonIntensity": { "value": 459, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 35, "unit": "%" }, "carbonFreeEnergy": { "value": 35, "unit": "%" } }, "DK": { "zone": { "zoneName": "Denmark" }, "carbonIntensity": { "value": 211, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 73, "unit": "%" }, "carbonFreeEnergy": { "value": 79, "unit": "%" } }, "DK-BHM": { "zone": { "zoneName": "Bornholm", "countryName": "Denmark" }, "carbonIntensity": { "value": 63, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 85, "unit": "%" }, "carbonFreeEnergy": { "value": 99, "unit": "%" } }, "DK-DK1": { "zone": { "zoneName": "West Denmark", "countryName": "Denmark" }, "carbonIntensity": { "value": 212, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 74, "unit": "%" }, "carbonFreeEnergy": { "value": 78, "unit": "%" } }, "DK-DK2": { "zone": { "zoneName": "East Denmark", "countryName": "Denmark" }, "carbonIntensity": { "value": 211, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 72, "unit": "%" }, "carbonFreeEnergy": { "value": 82, "unit": "%" } }, "DM": { "zone": { "zoneName": "Dominica" }, "carbonIntensity": { "value": 603, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 14, "unit": "%" }, "carbonFreeEnergy": { "value": 14, "unit": "%" } }, "DO": { "zone": { "zoneName": "Dominican Republic" }, "carbonIntensity": { "value": 543, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 16, "unit": "%" }, "carbonFreeEnergy": { "value": 16, "unit": "%" } }, "DZ": { "zone": { "zoneName": "Algeria" }, "carbonIntensity": { "value": 487, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 1, "unit": "%" }, "carbonFreeEnergy": { "value": 1, "unit": "%" } }, "EC": { "zone": { "zoneName": "Ecuador" }, "carbonIntensity": { "value": 147, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 81, "unit": "%" }, "carbonFreeEnergy": { "value": 81, "unit": "%" } }, "EE": { "zone": { "zoneName": "Estonia" }, "carbonIntensity": { "value": 386, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 38, "unit": "%" }, "carbonFreeEnergy": { "value": 55, "unit": "%" } }, "EG": { "zone": { "zoneName": "Egypt" }, "carbonIntensity": { "value": 444, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 12, "unit": "%" }, "carbonFreeEnergy": { "value": 12, "unit": "%" } }, "ER": { "zone": { "zoneName": "Eritrea" }, "carbonIntensity": { "value": 632, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 3, "unit": "%" } }, "ES": { "zone": { "zoneName": "Spain" }, "carbonIntensity": { "value": 172, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 49, "unit": "%" }, "carbonFreeEnergy": { "value": 72, "unit": "%" } }, "ES-CE": { "zone": { "zoneName": "Ceuta", "countryName": "Spain" }, "carbonIntensity": { "value": 650, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "ES-CN-FV": { "zone": { "zoneName": "Fuerteventura", "countryName": "Spain" }, "carbonIntensity": { "value": 779, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 19, "unit": "%" }, "carbonFreeEnergy": { "value": 19, "unit": "%" } }, "ES-CN-GC": { "zone": { "zoneName": "Gran Canaria", "countryName": "Spain" }, "carbonIntensity": { "value": 738, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 22, "unit": "%" }, "carbonFreeEnergy": { "value": 22, "unit": "%" } }, "ES-CN-HI": { "zone": { "zoneName": "El Hierro", "countryName": "Spain" }, "carbonIntensity": { "value": 424, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 56, "unit": "%" }, "carbonFreeEnergy": { "value": 56, "unit": "%" } }, "ES-CN-IG": { "zone": { "zoneName": "Isla de la Gomera", "countryName": "Spain" }, "carbonIntensity": { "value": 951, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "ES-CN-LP": { "zone": { "zoneName": "La Palma", "countryName": "Spain" }, "carbonIntensity": { "value": 832, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 10, "unit": "%" }, "carbonFreeEnergy": { "value": 10, "unit": "%" } }, "ES-CN-LZ": { "zone": { "zoneName": "Lanzarote", "countryName": "Spain" }, "carbonIntensity": { "value": 831, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 11, "unit": "%" }, "carbonFreeEnergy": { "value": 11, "unit": "%" } }, "ES-CN-TE": { "zone": { "zoneName": "Tenerife", "countryName": "Spain" }, "carbonIntensity": { "value": 746, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 21, "unit": "%" }, "carbonFreeEnergy": { "value": 21, "unit": "%" } }, "ES-IB-FO": { "zone": { "zoneName": "Formentera", "countryName": "Spain" }, "carbonIntensity": { "value": 613, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 13, "unit": "%" }, "carbonFreeEnergy": { "value": 15, "unit": "%" } }, "ES-IB-IZ": { "zone": { "zoneName": "Ibiza", "countryName": "Spain" }, "carbonIntensity": { "value": 508, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 12, "unit": "%" }, "carbonFreeEnergy": { "value": 15, "unit": "%" } }, "ES-IB-MA": { "zone": { "zoneName": "Mallorca", "countryName": "Spain" }, "carbonIntensity": { "value": 440, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 15, "unit": "%" }, "carbonFreeEnergy": { "value": 19, "unit": "%" } }, "ES-IB-ME": { "zone": { "zoneName": "Menorca", "countryName": "Spain" }, "carbonIntensity": { "value": 909, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 5, "unit": "%" }, "carbonFreeEnergy": { "value": 5, "unit": "%" } }, "ES-ML": { "zone": { "zoneName": "Melilla", "countryName": "Spain" }, "carbonIntensity": { "value": 619, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 7, "unit": "%" }, "carbonFreeEnergy": { "value": 7, "unit": "%" } }, "ET": { "zone": { "zoneName": "Ethiopia" }, "carbonIntensity": { "value": 24, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "FI": { "zone": { "zoneName": "Finland" }, "carbonIntensity": { "value": 168, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 48, "unit": "%" }, "carbonFreeEnergy": { "value": 79, "unit": "%" } }, "FJ": { "zone": { "zoneName": "Fiji" }, "carbonIntensity": { "value": 299, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 62, "unit": "%" }, "carbonFreeEnergy": { "value": 62, "unit": "%" } }, "FK": { "zone": { "zoneName": "Falkland Islands" }, "carbonIntensity": { "value": 700, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "FM": { "zone": { "zoneName": "Micronesia" }, "carbonIntensity": { "value": 614, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 6, "unit": "%" }, "carbonFreeEnergy": { "value": 6, "unit": "%" } }, "FO": { "zone": { "zoneName": "Faroe Islands" }, "carbonIntensity": { "value": 543, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 53, "unit": "%" }, "carbonFreeEnergy": { "value": 53, "unit": "%" } }, "FO-MI": { "zone": { "zoneName": "Main Islands", "countryName": "Faroe Islands" }, "carbonIntensity": { "value": 542, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 53, "unit": "%" }, "carbonFreeEnergy": { "value": 53, "unit": "%" } }, "FO-SI": { "zone": { "zoneName": "South Island", "countryName": "Faroe Islands" }, "carbonIntensity": { "value": 564, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 50, "unit": "%" }, "carbonFreeEnergy": { "value": 50, "unit": "%" } }, "FR": { "zone": { "zoneName": "France" }, "carbonIntensity": { "value": 60, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 23, "unit": "%" }, "carbonFreeEnergy": { "value": 91, "unit": "%" } }, "FR-COR": { "zone": { "zoneName": "Corsica", "countryName": "France" }, "carbonIntensity": { "value": 351, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 43, "unit": "%" }, "carbonFreeEnergy": { "value": 44, "unit": "%" } }, "GA": { "zone": { "zoneName": "Gabon" }, "carbonIntensity": { "value": 299, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 47, "unit": "%" }, "carbonFreeEnergy": { "value": 47, "unit": "%" } }, "GB": { "zone": { "zoneName": "Great Britain" }, "carbonIntensity": { "value": 239, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 37, "unit": "%" }, "carbonFreeEnergy": { "value": 58, "unit": "%" } }, "GB-NIR": { "zone": { "zoneName": "Northern Ireland" }, "carbonIntensity": { "value": 376, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 41, "unit": "%" }, "carbonFreeEnergy": { "value": 41, "unit": "%" } }, "GB-ORK": { "zone": { "zoneName": "Orkney Islands", "countryName": "Great Britain" }, "carbonIntensity": { "value": 89, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 79, "unit": "%" }, "carbonFreeEnergy": { "value": 86, "unit": "%" } }, "GE": { "zone": { "zoneName": "Georgia" }, "carbonIntensity": { "value": 159, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 70, "unit": "%" }, "carbonFreeEnergy": { "value": 72, "unit": "%" } }, "GF": { "zone": { "zoneName": "French Guiana" }, "carbonIntensity": { "value": 169, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 71, "unit": "%" }, "carbonFreeEnergy": { "value": 71, "unit": "%" } }, "GH": { "zone": { "zoneName": "Ghana" }, "carbonIntensity": { "value": 333, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 35, "unit": "%" }, "carbonFreeEnergy": { "value": 35, "unit": "%" } }, "GI": { "zone": { "zoneName": "Gibraltar" }, "carbonIntensity": { "value": 490, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "GL": { "zone": { "zoneName": "Greenland" }, "carbonIntensity": { "value": 130, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 84, "unit": "%" }, "carbonFreeEnergy": { "value": 84, "unit": "%" } }, "GM": { "zone": { "zoneName": "Gambia" }, "carbonIntensity": { "value": 700, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "GN": { "zone": { "zoneName": "Guinea" }, "carbonIntensity": { "value": 206, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 73, "unit": "%" }, "carbonFreeEnergy": { "value": 73, "unit": "%" } }, "GP": { "zone": { "zoneName": "Guadeloupe" }, "carbonIntensity": { "value": 348, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 37, "unit": "%" }, "carbonFreeEnergy": { "value": 37, "unit": "%" } }, "GQ": { "zone": { "zoneName": "Equatorial Guinea" }, "carbonIntensity": { "value": 340, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 33, "unit": "%" }, "carbonFreeEnergy": { "value": 33, "unit": "%" } }, "GR": { "zone": { "zoneName": "Greece" }, "carbonIntensity": { "value": 426, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 40, "unit": "%" }, "carbonFreeEnergy": { "value": 41, "unit": "%" } }, "GS": { "zone": { "zoneName": "South Georgia and the South Sandwich Islands" }, "carbonIntensity": { "value": 24, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "GT": { "zone": { "zoneName": "Guatemala" }, "carbonIntensity": { "value": 362, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 55, "unit": "%" }, "carbonFreeEnergy": { "value": 56, "unit": "%" } }, "GU": { "zone": { "zoneName": "Guam" }, "carbonIntensity": { "value": 670, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 5, "unit": "%" }, "carbonFreeEnergy": { "value": 5, "unit": "%" } }, "GW": { "zone": { "zoneName": "Guinea-Bissau" }, "carbonIntensity": { "value": 700, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "GY": { "zone": { "zoneName": "Guyana" }, "carbonIntensity": { "value": 690, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 2, "unit": "%" }, "carbonFreeEnergy": { "value": 2, "unit": "%" } }, "HK": { "zone": { "zoneName": "Hong Kong" }, "carbonIntensity": { "value": 609, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 1, "unit": "%" }, "carbonFreeEnergy": { "value": 1, "unit": "%" } }, "HN": { "zone": { "zoneName": "Honduras" }, "carbonIntensity": { "value": 280, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 62, "unit": "%" }, "carbonFreeEnergy": { "value": 62, "unit": "%" } }, "HR": { "zone": { "zoneName": "Croatia" }, "carbonIntensity": { "value": 307, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 54, "unit": "%" }, "carbonFreeEnergy": { "value": 63, "unit": "%" } }, "HT": { "zone": { "zoneName": "Haiti" }, "carbonIntensity": { "value": 567, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 13, "unit": "%" }, "carbonFreeEnergy": { "value": 13, "unit": "%" } }, "HU": { "zone": { "zoneName": "Hungary" }, "carbonIntensity": { "value": 305, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 19, "unit": "%" }, "carbonFreeEnergy": { "value": 62, "unit": "%" } }, "ID": { "zone": { "zoneName": "Indonesia" }, "carbonIntensity": { "value": 649, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 16, "unit": "%" }, "carbonFreeEnergy": { "value": 16, "unit": "%" } }, "IE": { "zone": { "zoneName": "Ireland" }, "carbonIntensity": { "value": 373, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 36, "unit": "%" }, "carbonFreeEnergy": { "value": 37, "unit": "%" } }, "IL": { "zone": { "zoneName": "Israel" }, "carbonIntensity": { "value": 537, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 7, "unit": "%" }, "carbonFreeEnergy": { "value": 7, "unit": "%" } }, "IN": { "zone": { "zoneName": "Mainland India", "countryName": "India" }, "carbonIntensity": { "value": 583, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 26, "unit": "%" }, "carbonFreeEnergy": { "value": 29, "unit": "%" } }, "IN-EA": { "zone": { "zoneName": "Eastern India", "countryName": "India" }, "carbonIntensity": { "value": 676, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 17, "unit": "%" }, "carbonFreeEnergy": { "value": 18, "unit": "%" } }, "IN-NE": { "zone": { "zoneName": "North Eastern India", "countryName": "India" }, "carbonIntensity": { "value": 397, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 34, "unit": "%" }, "carbonFreeEnergy": { "value": 34, "unit": "%" } }, "IN-NO": { "zone": { "zoneName": "Northern India", "countryName": "India" }, "carbonIntensity": { "value": 489, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 38, "unit": "%" }, "carbonFreeEnergy": { "value": 41, "unit": "%" } }, "IN-SO": { "zone": { "zoneName": "Southern India", "countryName": "India" }, "carbonIntensity": { "value": 482, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 36, "unit": "%" }, "carbonFreeEnergy": { "value": 42, "unit": "%" } }, "IN-WE": { "zone": { "zoneName": "Western India", "countryName": "India" }, "carbonIntensity": { "value": 650, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 18, "unit": "%" }, "carbonFreeEnergy": { "value": 20, "unit": "%" } }, "IQ": { "zone": { "zoneName": "Iraq" }, "carbonIntensity": { "value": 542, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 3, "unit": "%" } }, "IR": { "zone": { "zoneName": "Iran" }, "carbonIntensity": { "value": 495, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 4, "unit": "%" }, "carbonFreeEnergy": { "value": 4, "unit": "%" } }, "IS": { "zone": { "zoneName": "Iceland" }, "carbonIntensity": { "value": 28, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "IT": { "zone": { "zoneName": "Italy" }, "carbonIntensity": { "value": 354, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 39, "unit": "%" }, "carbonFreeEnergy": { "value": 45, "unit": "%" } }, "IT-CNO": { "zone": { "zoneName": "Central North Italy", "countryName": "Italy" }, "carbonIntensity": { "value": 294, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 52, "unit": "%" }, "carbonFreeEnergy": { "value": 54, "unit": "%" } }, "IT-CSO": { "zone": { "zoneName": "Central South Italy", "countryName": "Italy" }, "carbonIntensity": { "value": 404, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 42, "unit": "%" }, "carbonFreeEnergy": { "value": 42, "unit": "%" } }, "IT-NO": { "zone": { "zoneName": "North Italy", "countryName": "Italy" }, "carbonIntensity": { "value": 323, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 37, "unit": "%" }, "carbonFreeEnergy": { "value": 47, "unit": "%" } }, "IT-SAR": { "zone": { "zoneName": "Sardinia", "countryName": "Italy" }, "carbonIntensity": { "value": 583, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 30, "unit": "%" }, "carbonFreeEnergy": { "value": 30, "unit": "%" } }, "IT-SIC": { "zone": { "zoneName": "Sicily", "countryName": "Italy" }, "carbonIntensity": { "value": 416, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 37, "unit": "%" }, "carbonFreeEnergy": { "value": 37, "unit": "%" } }, "IT-SO": { "zone": { "zoneName": "South Italy", "countryName": "Italy" }, "carbonIntensity": { "value": 388, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 41, "unit": "%" }, "carbonFreeEnergy": { "value": 41, "unit": "%" } }, "JM": { "zone": { "zoneName": "Jamaica" }, "carbonIntensity": { "value": 477, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 13, "unit": "%" }, "carbonFreeEnergy": { "value": 13, "unit": "%" } }, "JO": { "zone": { "zoneName": "Jordan" }, "carbonIntensity": { "value": 392, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 23, "unit": "%" }, "carbonFreeEnergy": { "value": 23, "unit": "%" } }, "JP": { "zone": { "zoneName": "Japan" }, "carbonIntensity": { "value": 483, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 20, "unit": "%" }, "carbonFreeEnergy": { "value": 27, "unit": "%" } }, "JP-CB": { "zone": { "zoneName": "Ch\u016Bbu", "countryName": "Japan" }, "carbonIntensity": { "value": 513, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 21, "unit": "%" }, "carbonFreeEnergy": { "value": 22, "unit": "%" } }, "JP-CG": { "zone": { "zoneName": "Ch\u016Bgoku", "countryName": "Japan" }, "carbonIntensity": { "value": 470, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 22, "unit": "%" }, "carbonFreeEnergy": { "value": 30, "unit": "%" } }, "JP-HKD": { "zone": { "zoneName": "Hokkaid\u014D", "countryName": "Japan" }, "carbonIntensity": { "value": 470, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 29, "unit": "%" }, "carbonFreeEnergy": { "value": 29, "unit": "%" } }, "JP-HR": { "zone": { "zoneName": "Hokuriku", "countryName": "Japan" }, "carbonIntensity": { "value": 463, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 30, "unit": "%" }, "carbonFreeEnergy": { "value": 30, "unit": "%" } }, "JP-KN": { "zone": { "zoneName": "Kansai", "countryName": "Japan" }, "carbonIntensity": { "value": 408, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 18, "unit": "%" }, "carbonFreeEnergy": { "value": 39, "unit": "%" } }, "JP-KY": { "zone": { "zoneName": "Ky\u016Bsh\u016B", "countryName": "Japan" }, "carbonIntensity": { "value": 309, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 21, "unit": "%" }, "carbonFreeEnergy": { "value": 55, "unit": "%" } }, "JP-ON": { "zone": { "zoneName": "Okinawa", "countryName": "Japan" }, "carbonIntensity": { "value": 600, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 8, "unit": "%" }, "carbonFreeEnergy": { "value": 8, "unit": "%" } }, "JP-SK": { "zone": { "zoneName": "Shikoku", "countryName": "Japan" }, "carbonIntensity": { "value": 617, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 12, "unit": "%" }, "carbonFreeEnergy": { "value": 12, "unit": "%" } }, "JP-TH": { "zone": { "zoneName": "T\u014Dhoku", "countryName": "Japan" }, "carbonIntensity": { "value": 484, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 27, "unit": "%" }, "carbonFreeEnergy": { "value": 27, "unit": "%" } }, "JP-TK": { "zone": { "zoneName": "T\u014Dky\u014D", "countryName": "Japan" }, "carbonIntensity": { "value": 549, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 16, "unit": "%" }, "carbonFreeEnergy": { "value": 16, "unit": "%" } }, "KE": { "zone": { "zoneName": "Kenya" }, "carbonIntensity": { "value": 96, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 90, "unit": "%" }, "carbonFreeEnergy": { "value": 90, "unit": "%" } }, "KG": { "zone": { "zoneName": "Kyrgyzstan" }, "carbonIntensity": { "value": 131, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 86, "unit": "%" }, "carbonFreeEnergy": { "value": 86, "unit": "%" } }, "KH": { "zone": { "zoneName": "Cambodia" }, "carbonIntensity": { "value": 351, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 58, "unit": "%" }, "carbonFreeEnergy": { "value": 58, "unit": "%" } }, "KM": { "zone": { "zoneName": "Comoros" }, "carbonIntensity": { "value": 700, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "KP": { "zone": { "zoneName": "North Korea" }, "carbonIntensity": { "value": 313, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 63, "unit": "%" }, "carbonFreeEnergy": { "value": 63, "unit": "%" } }, "KR": { "zone": { "zoneName": "South Korea" }, "carbonIntensity": { "value": 489, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 4, "unit": "%" }, "carbonFreeEnergy": { "value": 31, "unit": "%" } }, "KW": { "zone": { "zoneName": "Kuwait" }, "carbonIntensity": { "value": 515, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "KY": { "zone": { "zoneName": "Cayman Islands" }, "carbonIntensity": { "value": 681, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 3, "unit": "%" } }, "KZ": { "zone": { "zoneName": "Kazakhstan" }, "carbonIntensity": { "value": 646, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 11, "unit": "%" }, "carbonFreeEnergy": { "value": 12, "unit": "%" } }, "LA": { "zone": { "zoneName": "Laos" }, "carbonIntensity": { "value": 235, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 74, "unit": "%" }, "carbonFreeEnergy": { "value": 74, "unit": "%" } }, "LB": { "zone": { "zoneName": "Lebanon" }, "carbonIntensity": { "value": 595, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 9, "unit": "%" }, "carbonFreeEnergy": { "value": 9, "unit": "%" } }, "LC": { "zone": { "zoneName": "Saint Lucia" }, "carbonIntensity": { "value": 684, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 3, "unit": "%" } }, "LK": { "zone": { "zoneName": "Sri Lanka" }, "carbonIntensity": { "value": 388, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 51, "unit": "%" }, "carbonFreeEnergy": { "value": 51, "unit": "%" } }, "LR": { "zone": { "zoneName": "Liberia" }, "carbonIntensity": { "value": 469, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 34, "unit": "%" }, "carbonFreeEnergy": { "value": 34, "unit": "%" } }, "LS": { "zone": { "zoneName": "Lesotho" }, "carbonIntensity": { "value": 24, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "LT": { "zone": { "zoneName": "Lithuania" }, "carbonIntensity": { "value": 293, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 40, "unit": "%" }, "carbonFreeEnergy": { "value": 52, "unit": "%" } }, "LU": { "zone": { "zoneName": "Luxembourg" }, "carbonIntensity": { "value": 290, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 44, "unit": "%" }, "carbonFreeEnergy": { "value": 70, "unit": "%" } }, "LV": { "zone": { "zoneName": "Latvia" }, "carbonIntensity": { "value": 299, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 48, "unit": "%" }, "carbonFreeEnergy": { "value": 56, "unit": "%" } }, "LY": { "zone": { "zoneName": "Libya" }, "carbonIntensity": { "value": 527, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "MA": { "zone": { "zoneName": "Morocco" }, "carbonIntensity": { "value": 609, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 22, "unit": "%" }, "carbonFreeEnergy": { "value": 23, "unit": "%" } }, "MD": { "zone": { "zoneName": "Moldova" }, "carbonIntensity": { "value": 445, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 6, "unit": "%" }, "carbonFreeEnergy": { "value": 11, "unit": "%" } }, "ME": { "zone": { "zoneName": "Montenegro" }, "carbonIntensity": { "value": 407, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 50, "unit": "%" }, "carbonFreeEnergy": { "value": 51, "unit": "%" } }, "MG": { "zone": { "zoneName": "Madagascar" }, "carbonIntensity": { "value": 478, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 33, "unit": "%" }, "carbonFreeEnergy": { "value": 33, "unit": "%" } }, "MK": { "zone": { "zoneName": "North Macedonia" }, "carbonIntensity": { "value": 501, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 25, "unit": "%" }, "carbonFreeEnergy": { "value": 34, "unit": "%" } }, "ML": { "zone": { "zoneName": "Mali" }, "carbonIntensity": { "value": 440, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 39, "unit": "%" }, "carbonFreeEnergy": { "value": 39, "unit": "%" } }, "MM": { "zone": { "zoneName": "Myanmar" }, "carbonIntensity": { "value": 333, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 40, "unit": "%" }, "carbonFreeEnergy": { "value": 40, "unit": "%" } }, "MN": { "zone": { "zoneName": "Mongolia" }, "carbonIntensity": { "value": 724, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 12, "unit": "%" }, "carbonFreeEnergy": { "value": 12, "unit": "%" } }, "MO": { "zone": { "zoneName": "Macao" }, "carbonIntensity": { "value": 398, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 42, "unit": "%" }, "carbonFreeEnergy": { "value": 42, "unit": "%" } }, "MQ": { "zone": { "zoneName": "Martinique" }, "carbonIntensity": { "value": 567, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 25, "unit": "%" }, "carbonFreeEnergy": { "value": 25, "unit": "%" } }, "MR": { "zone": { "zoneName": "Mauritania" }, "carbonIntensity": { "value": 509, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 28, "unit": "%" }, "carbonFreeEnergy": { "value": 28, "unit": "%" } }, "MT": { "zone": { "zoneName": "Malta" }, "carbonIntensity": { "value": 526, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 5, "unit": "%" }, "carbonFreeEnergy": { "value": 5, "unit": "%" } }, "MU": { "zone": { "zoneName": "Mauritius" }, "carbonIntensity": { "value": 614, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 21, "unit": "%" }, "carbonFreeEnergy": { "value": 21, "unit": "%" } }, "MV": { "zone": { "zoneName": "Maldives" }, "carbonIntensity": { "value": 661, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 6, "unit": "%" }, "carbonFreeEnergy": { "value": 6, "unit": "%" } }, "MW": { "zone": { "zoneName": "Malawi" }, "carbonIntensity": { "value": 59, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 96, "unit": "%" }, "carbonFreeEnergy": { "value": 96, "unit": "%" } }, "MX": { "zone": { "zoneName": "Mexico" }, "carbonIntensity": { "value": 365, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 25, "unit": "%" }, "carbonFreeEnergy": { "value": 29, "unit": "%" } }, "MY": { "zone": { "zoneName": "Malaysia" }, "carbonIntensity": { "value": 562, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 19, "unit": "%" }, "carbonFreeEnergy": { "value": 19, "unit": "%" } }, "MY-EM": { "zone": { "zoneName": "Borneo", "countryName": "Malaysia" }, "carbonIntensity": { "value": 343, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 49, "unit": "%" }, "carbonFreeEnergy": { "value": 49, "unit": "%" } }, "MY-WM": { "zone": { "zoneName": "Peninsula", "countryName": "Malaysia" }, "carbonIntensity": { "value": 656, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 6, "unit": "%" }, "carbonFreeEnergy": { "value": 6, "unit": "%" } }, "MZ": { "zone": { "zoneName": "Mozambique" }, "carbonIntensity": { "value": 106, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 83, "unit": "%" }, "carbonFreeEnergy": { "value": 83, "unit": "%" } }, "NA": { "zone": { "zoneName": "Namibia" }, "carbonIntensity": { "value": 52, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 97, "unit": "%" }, "carbonFreeEnergy": { "value": 97, "unit": "%" } }, "NC": { "zone": { "zoneName": "New Caledonia" }, "carbonIntensity": { "value": 597, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 22, "unit": "%" }, "carbonFreeEnergy": { "value": 22, "unit": "%" } }, "NE": { "zone": { "zoneName": "Niger" }, "carbonIntensity": { "value": 664, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 3, "unit": "%" } }, "NG": { "zone": { "zoneName": "Nigeria" }, "carbonIntensity": { "value": 374, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 25, "unit": "%" }, "carbonFreeEnergy": { "value": 25, "unit": "%" } }, "NI": { "zone": { "zoneName": "Nicaragua" }, "carbonIntensity": { "value": 199, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 76, "unit": "%" }, "carbonFreeEnergy": { "value": 76, "unit": "%" } }, "NL": { "zone": { "zoneName": "Netherlands" }, "carbonIntensity": { "value": 377, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 37, "unit": "%" }, "carbonFreeEnergy": { "value": 41, "unit": "%" } }, "NO": { "zone": { "zoneName": "Norway" }, "carbonIntensity": { "value": 32, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 98, "unit": "%" }, "carbonFreeEnergy": { "value": 99, "unit": "%" } }, "NO-NO1": { "zone": { "zoneName": "Southeast Norway", "countryName": "Norway" }, "carbonIntensity": { "value": 30, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 96, "unit": "%" }, "carbonFreeEnergy": { "value": 99, "unit": "%" } }, "NO-NO2": { "zone": { "zoneName": "Southwest Norway", "countryName": "Norway" }, "carbonIntensity": { "value": 36, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 98, "unit": "%" }, "carbonFreeEnergy": { "value": 99, "unit": "%" } }, "NO-NO3": { "zone": { "zoneName": "Middle Norway", "countryName": "Norway" }, "carbonIntensity": { "value": 25, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 99, "unit": "%" }, "carbonFreeEnergy": { "value": 99, "unit": "%" } }, "NO-NO4": { "zone": { "zoneName": "North Norway", "countryName": "Norway" }, "carbonIntensity": { "value": 29, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 99, "unit": "%" }, "carbonFreeEnergy": { "value": 99, "unit": "%" } }, "NO-NO5": { "zone": { "zoneName": "West Norway", "countryName": "Norway" }, "carbonIntensity": { "value": 36, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 98, "unit": "%" }, "carbonFreeEnergy": { "value": 98, "unit": "%" } }, "NP": { "zone": { "zoneName": "Nepal" }, "carbonIntensity": { "value": 32, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 99, "unit": "%" }, "carbonFreeEnergy": { "value": 99, "unit": "%" } }, "NZ": { "zone": { "zoneName": "New Zealand" }, "carbonIntensity": { "value": 140, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 81, "unit": "%" }, "carbonFreeEnergy": { "value": 81, "unit": "%" } }, "OM": { "zone": { "zoneName": "Oman" }, "carbonIntensity": { "value": 493, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 1, "unit": "%" }, "carbonFreeEnergy": { "value": 1, "unit": "%" } }, "PA": { "zone": { "zoneName": "Panama" }, "carbonIntensity": { "value": 228, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 69, "unit": "%" }, "carbonFreeEnergy": { "value": 69, "unit": "%" } }, "PE": { "zone": { "zoneName": "Peru" }, "carbonIntensity": { "value": 184, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 66, "unit": "%" }, "carbonFreeEnergy": { "value": 66, "unit": "%" } }, "PF": { "zone": { "zoneName": "French Polynesia" }, "carbonIntensity": { "value": 442, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 33, "unit": "%" }, "carbonFreeEnergy": { "value": 33, "unit": "%" } }, "PG": { "zone": { "zoneName": "Papua New Guinea" }, "carbonIntensity": { "value": 508, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 23, "unit": "%" }, "carbonFreeEnergy": { "value": 23, "unit": "%" } }, "PH": { "zone": { "zoneName": "Philippines" }, "carbonIntensity": { "value": 618, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 18, "unit": "%" }, "carbonFreeEnergy": { "value": 18, "unit": "%" } }, "PH-LU": { "zone": { "zoneName": "Luzon", "countryName": "Philippines" }, "carbonIntensity": { "value": 637, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 14, "unit": "%" }, "carbonFreeEnergy": { "value": 14, "unit": "%" } }, "PH-MI": { "zone": { "zoneName": "Mindanao", "countryName": "Philippines" }, "carbonIntensity": { "value": 546, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 34, "unit": "%" }, "carbonFreeEnergy": { "value": 34, "unit": "%" } }, "PH-VI": { "zone": { "zoneName": "Visayas", "countryName": "Philippines" }, "carbonIntensity": { "value": 602, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 25, "unit": "%" }, "carbonFreeEnergy": { "value": 25, "unit": "%" } }, "PK": { "zone": { "zoneName": "Pakistan" }, "carbonIntensity": { "value": 359, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 34, "unit": "%" }, "carbonFreeEnergy": { "value": 45, "unit": "%" } }, "PL": { "zone": { "zoneName": "Poland" }, "carbonIntensity": { "value": 851, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 18, "unit": "%" }, "carbonFreeEnergy": { "value": 20, "unit": "%" } }, "PM": { "zone": { "zoneName": "Saint Pierre and Miquelon" }, "carbonIntensity": { "value": 700, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "PR": { "zone": { "zoneName": "Puerto Rico" }, "carbonIntensity": { "value": 477, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 40, "unit": "%" }, "carbonFreeEnergy": { "value": 40, "unit": "%" } }, "PS": { "zone": { "zoneName": "State of Palestine" }, "carbonIntensity": { "value": 542, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 24, "unit": "%" }, "carbonFreeEnergy": { "value": 24, "unit": "%" } }, "PT": { "zone": { "zoneName": "Portugal" }, "carbonIntensity": { "value": 204, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 61, "unit": "%" }, "carbonFreeEnergy": { "value": 65, "unit": "%" } }, "PT-MA": { "zone": { "zoneName": "Madeira", "countryName": "Portugal" }, "carbonIntensity": { "value": 618, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 33, "unit": "%" }, "carbonFreeEnergy": { "value": 33, "unit": "%" } }, "PW": { "zone": { "zoneName": "Palau" }, "carbonIntensity": { "value": 611, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 6, "unit": "%" }, "carbonFreeEnergy": { "value": 6, "unit": "%" } }, "PY": { "zone": { "zoneName": "Paraguay" }, "carbonIntensity": { "value": 42, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 96, "unit": "%" }, "carbonFreeEnergy": { "value": 96, "unit": "%" } }, "QA": { "zone": { "zoneName": "Qatar" }, "carbonIntensity": { "value": 490, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "RE": { "zone": { "zoneName": "R\xE9union" }, "carbonIntensity": { "value": 523, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 29, "unit": "%" }, "carbonFreeEnergy": { "value": 29, "unit": "%" } }, "RO": { "zone": { "zoneName": "Romania" }, "carbonIntensity": { "value": 391, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 42, "unit": "%" }, "carbonFreeEnergy": { "value": 63, "unit": "%" } }, "RS": { "zone": { "zoneName": "Serbia" }, "carbonIntensity": { "value": 519, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 34, "unit": "%" }, "carbonFreeEnergy": { "value": 38, "unit": "%" } }, "RU-1": { "zone": { "zoneName": "Europe-Ural", "countryName": "Russia" }, "carbonIntensity": { "value": 350, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 7, "unit": "%" }, "carbonFreeEnergy": { "value": 34, "unit": "%" } }, "RU-2": { "zone": { "zoneName": "Siberia", "countryName": "Russia" }, "carbonIntensity": { "value": 337, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 59, "unit": "%" }, "carbonFreeEnergy": { "value": 59, "unit": "%" } }, "RU-AS": { "zone": { "zoneName": "East", "countryName": "Russia" }, "carbonIntensity": { "value": 415, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 41, "unit": "%" }, "carbonFreeEnergy": { "value": 41, "unit": "%" } }, "RW": { "zone": { "zoneName": "Rwanda" }, "carbonIntensity": { "value": 260, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 58, "unit": "%" }, "carbonFreeEnergy": { "value": 58, "unit": "%" } }, "SA": { "zone": { "zoneName": "Saudi Arabia" }, "carbonIntensity": { "value": 555, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "SB": { "zone": { "zoneName": "Solomon Islands" }, "carbonIntensity": { "value": 700, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "SC": { "zone": { "zoneName": "Seychelles" }, "carbonIntensity": { "value": 612, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 13, "unit": "%" }, "carbonFreeEnergy": { "value": 13, "unit": "%" } }, "SD": { "zone": { "zoneName": "Sudan" }, "carbonIntensity": { "value": 260, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 62, "unit": "%" }, "carbonFreeEnergy": { "value": 62, "unit": "%" } }, "SE": { "zone": { "zoneName": "Sweden" }, "carbonIntensity": { "value": 27, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 68, "unit": "%" }, "carbonFreeEnergy": { "value": 99, "unit": "%" } }, "SE-SE1": { "zone": { "zoneName": "North Sweden", "countryName": "Sweden" }, "carbonIntensity": { "value": 15, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "SE-SE2": { "zone": { "zoneName": "North Central Sweden", "countryName": "Sweden" }, "carbonIntensity": { "value": 17, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "SE-SE3": { "zone": { "zoneName": "South Central Sweden", "countryName": "Sweden" }, "carbonIntensity": { "value": 24, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 59, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "SE-SE4": { "zone": { "zoneName": "South Sweden", "countryName": "Sweden" }, "carbonIntensity": { "value": 51, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 67, "unit": "%" }, "carbonFreeEnergy": { "value": 98, "unit": "%" } }, "SG": { "zone": { "zoneName": "Singapore" }, "carbonIntensity": { "value": 491, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 3, "unit": "%" } }, "SI": { "zone": { "zoneName": "Slovenia" }, "carbonIntensity": { "value": 271, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 45, "unit": "%" }, "carbonFreeEnergy": { "value": 72, "unit": "%" } }, "SK": { "zone": { "zoneName": "Slovakia" }, "carbonIntensity": { "value": 331, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 18, "unit": "%" }, "carbonFreeEnergy": { "value": 63, "unit": "%" } }, "SL": { "zone": { "zoneName": "Sierra Leone" }, "carbonIntensity": { "value": 59, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 95, "unit": "%" }, "carbonFreeEnergy": { "value": 95, "unit": "%" } }, "SN": { "zone": { "zoneName": "Senegal" }, "carbonIntensity": { "value": 561, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 16, "unit": "%" }, "carbonFreeEnergy": { "value": 16, "unit": "%" } }, "SO": { "zone": { "zoneName": "Somalia" }, "carbonIntensity": { "value": 630, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 11, "unit": "%" }, "carbonFreeEnergy": { "value": 11, "unit": "%" } }, "SR": { "zone": { "zoneName": "Suriname" }, "carbonIntensity": { "value": 346, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 49, "unit": "%" }, "carbonFreeEnergy": { "value": 49, "unit": "%" } }, "SS": { "zone": { "zoneName": "South Sudan" }, "carbonIntensity": { "value": 633, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 3, "unit": "%" } }, "ST": { "zone": { "zoneName": "S\xE3o Tom\xE9 and Pr\xEDncipe" }, "carbonIntensity": { "value": 622, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 5, "unit": "%" }, "carbonFreeEnergy": { "value": 5, "unit": "%" } }, "SV": { "zone": { "zoneName": "El Salvador" }, "carbonIntensity": { "value": 182, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 78, "unit": "%" }, "carbonFreeEnergy": { "value": 78, "unit": "%" } }, "SY": { "zone": { "zoneName": "Syria" }, "carbonIntensity": { "value": 557, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 4, "unit": "%" }, "carbonFreeEnergy": { "value": 4, "unit": "%" } }, "SZ": { "zone": { "zoneName": "Eswatini" }, "carbonIntensity": { "value": 122, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 97, "unit": "%" }, "carbonFreeEnergy": { "value": 97, "unit": "%" } }, "TD": { "zone": { "zoneName": "Chad" }, "carbonIntensity": { "value": 639, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 2, "unit": "%" }, "carbonFreeEnergy": { "value": 2, "unit": "%" } }, "TG": { "zone": { "zoneName": "Togo" }, "carbonIntensity": { "value": 390, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 22, "unit": "%" }, "carbonFreeEnergy": { "value": 22, "unit": "%" } }, "TH": { "zone": { "zoneName": "Thailand" }, "carbonIntensity": { "value": 503, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 15, "unit": "%" }, "carbonFreeEnergy": { "value": 15, "unit": "%" } }, "TJ": { "zone": { "zoneName": "Tajikistan" }, "carbonIntensity": { "value": 81, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 92, "unit": "%" }, "carbonFreeEnergy": { "value": 92, "unit": "%" } }, "TL": { "zone": { "zoneName": "Timor-Leste" }, "carbonIntensity": { "value": 649, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "TM": { "zone": { "zoneName": "Turkmenistan" }, "carbonIntensity": { "value": 490, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "TN": { "zone": { "zoneName": "Tunisia" }, "carbonIntensity": { "value": 480, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 2, "unit": "%" }, "carbonFreeEnergy": { "value": 2, "unit": "%" } }, "TO": { "zone": { "zoneName": "Tonga" }, "carbonIntensity": { "value": 606, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 14, "unit": "%" }, "carbonFreeEnergy": { "value": 14, "unit": "%" } }, "TR": { "zone": { "zoneName": "Turkey" }, "carbonIntensity": { "value": 448, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 33, "unit": "%" }, "carbonFreeEnergy": { "value": 33, "unit": "%" } }, "TT": { "zone": { "zoneName": "Trinidad and Tobago" }, "carbonIntensity": { "value": 490, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "TW": { "zone": { "zoneName": "Taiwan" }, "carbonIntensity": { "value": 541, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 5, "unit": "%" }, "carbonFreeEnergy": { "value": 16, "unit": "%" } }, "TZ": { "zone": { "zoneName": "Tanzania" }, "carbonIntensity": { "value": 322, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 37, "unit": "%" }, "carbonFreeEnergy": { "value": 37, "unit": "%" } }, "UG": { "zone": { "zoneName": "Uganda" }, "carbonIntensity": { "value": 54, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 98, "unit": "%" }, "carbonFreeEnergy": { "value": 98, "unit": "%" } }, "US": { "zone": { "zoneName": "United States" }, "carbonIntensity": { "value": 444, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 20, "unit": "%" }, "carbonFreeEnergy": { "value": 40, "unit": "%" } }, "US-AK": { "zone": { "zoneName": "Alaska", "countryName": "USA" }, "carbonIntensity": { "value": 513, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 29, "unit": "%" }, "carbonFreeEnergy": { "value": 29, "unit": "%" } }, "US-AK-SEAPA": { "zone": { "zoneName": "Southeast Alaska Power Agency", "countryName": "USA" }, "carbonIntensity": { "value": 28, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "US-CAL-BANC": { "zone": { "zoneName": "Balancing Authority of Northern California", "displayName": "BANC", "countryName": "USA" }, "carbonIntensity": { "value": 281, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 47, "unit": "%" }, "carbonFreeEnergy": { "value": 50, "unit": "%" } }, "US-CAL-CISO": { "zone": { "zoneName": "CAISO", "displayName": "California ISO", "countryName": "USA" }, "carbonIntensity": { "value": 278, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 42, "unit": "%" }, "carbonFreeEnergy": { "value": 53, "unit": "%" } }, "US-CAL-IID": { "zone": { "zoneName": "Imperial Irrigation District", "countryName": "USA" }, "carbonIntensity": { "value": 608, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 10, "unit": "%" }, "carbonFreeEnergy": { "value": 10, "unit": "%" } }, "US-CAL-LDWP": { "zone": { "zoneName": "Los Angeles Department of Water and Power", "countryName": "USA" }, "carbonIntensity": { "value": 417, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 39, "unit": "%" }, "carbonFreeEnergy": { "value": 44, "unit": "%" } }, "US-CAL-TIDC": { "zone": { "zoneName": "Turlock Irrigation District", "countryName": "USA" }, "carbonIntensity": { "value": 389, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 30, "unit": "%" }, "carbonFreeEnergy": { "value": 35, "unit": "%" } }, "US-CAR-CPLE": { "zone": { "zoneName": "Duke Energy Progress East", "countryName": "USA" }, "carbonIntensity": { "value": 319, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 9, "unit": "%" }, "carbonFreeEnergy": { "value": 57, "unit": "%" } }, "US-CAR-CPLW": { "zone": { "zoneName": "Duke Energy Progress West", "countryName": "USA" }, "carbonIntensity": { "value": 485, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 9, "unit": "%" }, "carbonFreeEnergy": { "value": 20, "unit": "%" } }, "US-CAR-DUK": { "zone": { "zoneName": "Duke Energy Carolinas", "countryName": "USA" }, "carbonIntensity": { "value": 291, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 6, "unit": "%" }, "carbonFreeEnergy": { "value": 58, "unit": "%" } }, "US-CAR-SC": { "zone": { "zoneName": "South Carolina Public Service Authority", "countryName": "USA" }, "carbonIntensity": { "value": 631, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 7, "unit": "%" }, "carbonFreeEnergy": { "value": 25, "unit": "%" } }, "US-CAR-SCEG": { "zone": { "zoneName": "South Carolina Electric & Gas Company", "countryName": "USA" }, "carbonIntensity": { "value": 474, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 11, "unit": "%" }, "carbonFreeEnergy": { "value": 31, "unit": "%" } }, "US-CAR-YAD": { "zone": { "zoneName": "Alcoa Power Generating, Inc. Yadkin Division", "displayName": "Alcoa Power Generating", "countryName": "USA" }, "carbonIntensity": { "value": 54, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 89, "unit": "%" }, "carbonFreeEnergy": { "value": 95, "unit": "%" } }, "US-CENT-SPA": { "zone": { "zoneName": "Southwestern Power Administration", "countryName": "USA" }, "carbonIntensity": { "value": 210, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 73, "unit": "%" }, "carbonFreeEnergy": { "value": 73, "unit": "%" } }, "US-CENT-SWPP": { "zone": { "zoneName": "Southwest Power Pool", "displayName": "SPP", "countryName": "USA" }, "carbonIntensity": { "value": 502, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 38, "unit": "%" }, "carbonFreeEnergy": { "value": 44, "unit": "%" } }, "US-FLA-FMPP": { "zone": { "zoneName": "Florida Municipal Power Pool", "countryName": "USA" }, "carbonIntensity": { "value": 586, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 10, "unit": "%" } }, "US-FLA-FPC": { "zone": { "zoneName": "Duke Energy Florida", "countryName": "USA" }, "carbonIntensity": { "value": 546, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 6, "unit": "%" } }, "US-FLA-FPL": { "zone": { "zoneName": "Florida Power and Light Company", "countryName": "USA" }, "carbonIntensity": { "value": 401, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 4, "unit": "%" }, "carbonFreeEnergy": { "value": 26, "unit": "%" } }, "US-FLA-GVL": { "zone": { "zoneName": "Gainesville Regional Utilities", "countryName": "USA" }, "carbonIntensity": { "value": 697, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 1, "unit": "%" }, "carbonFreeEnergy": { "value": 2, "unit": "%" } }, "US-FLA-HST": { "zone": { "zoneName": "City of Homestead", "countryName": "USA" }, "carbonIntensity": { "value": 402, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 4, "unit": "%" }, "carbonFreeEnergy": { "value": 26, "unit": "%" } }, "US-FLA-JEA": { "zone": { "zoneName": "Jacksonville Electric Authority", "countryName": "USA" }, "carbonIntensity": { "value": 681, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 2, "unit": "%" }, "carbonFreeEnergy": { "value": 8, "unit": "%" } }, "US-FLA-SEC": { "zone": { "zoneName": "Seminole Electric Cooperative", "countryName": "USA" }, "carbonIntensity": { "value": 777, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "US-FLA-TAL": { "zone": { "zoneName": "City of Tallahassee", "countryName": "USA" }, "carbonIntensity": { "value": 467, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 4, "unit": "%" }, "carbonFreeEnergy": { "value": 9, "unit": "%" } }, "US-FLA-TEC": { "zone": { "zoneName": "Tampa Electric Company", "countryName": "USA" }, "carbonIntensity": { "value": 559, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 5, "unit": "%" }, "carbonFreeEnergy": { "value": 5, "unit": "%" } }, "US-HI": { "zone": { "zoneName": "Hawaii", "countryName": "USA" }, "carbonIntensity": { "value": 834, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 19, "unit": "%" }, "carbonFreeEnergy": { "value": 19, "unit": "%" } }, "US-MIDA-PJM": { "zone": { "zoneName": "PJM Interconnection", "displayName": "PJM", "countryName": "USA" }, "carbonIntensity": { "value": 439, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 6, "unit": "%" }, "carbonFreeEnergy": { "value": 39, "unit": "%" } }, "US-MIDW-AECI": { "zone": { "zoneName": "Associated Electric Cooperative", "countryName": "USA" }, "carbonIntensity": { "value": 673, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 21, "unit": "%" }, "carbonFreeEnergy": { "value": 22, "unit": "%" } }, "US-MIDW-LGEE": { "zone": { "zoneName": "Louisville Gas and Electric Company and Kentucky Utilities", "displayName": "Louisville Gas And Electric Company", "countryName": "USA" }, "carbonIntensity": { "value": 860, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 2, "unit": "%" }, "carbonFreeEnergy": { "value": 6, "unit": "%" } }, "US-MIDW-MISO": { "zone": { "zoneName": "Midcontinent ISO", "displayName": "MISO", "countryName": "USA" }, "carbonIntensity": { "value": 561, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 16, "unit": "%" }, "carbonFreeEnergy": { "value": 32, "unit": "%" } }, "US-NE-ISNE": { "zone": { "zoneName": "ISO New England", "countryName": "USA" }, "carbonIntensity": { "value": 272, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 28, "unit": "%" }, "carbonFreeEnergy": { "value": 52, "unit": "%" } }, "US-NW-AVA": { "zone": { "zoneName": "Avista Corporation", "countryName": "USA" }, "carbonIntensity": { "value": 200, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 68, "unit": "%" }, "carbonFreeEnergy": { "value": 71, "unit": "%" } }, "US-NW-BPAT": { "zone": { "zoneName": "Bonneville Power Administration", "countryName": "USA" }, "carbonIntensity": { "value": 92, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 82, "unit": "%" }, "carbonFreeEnergy": { "value": 89, "unit": "%" } }, "US-NW-CHPD": { "zone": { "zoneName": "Chelan County", "countryName": "USA" }, "carbonIntensity": { "value": 25, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "US-NW-DOPD": { "zone": { "zoneName": "Douglas County", "countryName": "USA" }, "carbonIntensity": { "value": 27, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 99, "unit": "%" }, "carbonFreeEnergy": { "value": 99, "unit": "%" } }, "US-NW-GCPD": { "zone": { "zoneName": "Grant County", "countryName": "USA" }, "carbonIntensity": { "value": 42, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 96, "unit": "%" }, "carbonFreeEnergy": { "value": 97, "unit": "%" } }, "US-NW-GRID": { "zone": { "zoneName": "Gridforce Energy Management", "countryName": "USA" }, "carbonIntensity": { "value": 539, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 18, "unit": "%" }, "carbonFreeEnergy": { "value": 18, "unit": "%" } }, "US-NW-IPCO": { "zone": { "zoneName": "Idaho Power Company", "countryName": "USA" }, "carbonIntensity": { "value": 369, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 55, "unit": "%" }, "carbonFreeEnergy": { "value": 56, "unit": "%" } }, "US-NW-NEVP": { "zone": { "zoneName": "Nevada Power Company", "countryName": "USA" }, "carbonIntensity": { "value": 504, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 21, "unit": "%" }, "carbonFreeEnergy": { "value": 22, "unit": "%" } }, "US-NW-NWMT": { "zone": { "zoneName": "Northwestern Energy", "countryName": "USA" }, "carbonIntensity": { "value": 701, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 35, "unit": "%" }, "carbonFreeEnergy": { "value": 35, "unit": "%" } }, "US-NW-PACE": { "zone": { "zoneName": "Pacificorp East", "countryName": "USA" }, "carbonIntensity": { "value": 646, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 31, "unit": "%" }, "carbonFreeEnergy": { "value": 31, "unit": "%" } }, "US-NW-PACW": { "zone": { "zoneName": "Pacificorp West", "countryName": "USA" }, "carbonIntensity": { "value": 397, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 54, "unit": "%" }, "carbonFreeEnergy": { "value": 57, "unit": "%" } }, "US-NW-PGE": { "zone": { "zoneName": "Portland General Electric Company", "countryName": "USA" }, "carbonIntensity": { "value": 201, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 64, "unit": "%" }, "carbonFreeEnergy": { "value": 70, "unit": "%" } }, "US-NW-PSCO": { "zone": { "zoneName": "Public Service Company of Colorado", "displayName": "PSCo", "countryName": "USA" }, "carbonIntensity": { "value": 610, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 33, "unit": "%" }, "carbonFreeEnergy": { "value": 33, "unit": "%" } }, "US-NW-PSEI": { "zone": { "zoneName": "Puget Sound Energy", "countryName": "USA" }, "carbonIntensity": { "value": 152, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 71, "unit": "%" }, "carbonFreeEnergy": { "value": 77, "unit": "%" } }, "US-NW-SCL": { "zone": { "zoneName": "Seattle City Light", "countryName": "USA" }, "carbonIntensity": { "value": 67, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 89, "unit": "%" }, "carbonFreeEnergy": { "value": 93, "unit": "%" } }, "US-NW-TPWR": { "zone": { "zoneName": "City of Tacoma", "countryName": "USA" }, "carbonIntensity": { "value": 66, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 89, "unit": "%" }, "carbonFreeEnergy": { "value": 93, "unit": "%" } }, "US-NW-WACM": { "zone": { "zoneName": "Western Area Power Administration - Rocky Mountain Region", "displayName": "WAPA Rocky Mountains", "countryName": "USA" }, "carbonIntensity": { "value": 777, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 30, "unit": "%" }, "carbonFreeEnergy": { "value": 31, "unit": "%" } }, "US-NW-WAUW": { "zone": { "zoneName": "Western Area Power Administration - Upper Great Plains West", "displayName": "WAPA Upper Great Plains", "countryName": "USA" }, "carbonIntensity": { "value": 353, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 61, "unit": "%" }, "carbonFreeEnergy": { "value": 64, "unit": "%" } }, "US-NY-NYIS": { "zone": { "zoneName": "New York ISO", "countryName": "USA" }, "carbonIntensity": { "value": 266, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 29, "unit": "%" }, "carbonFreeEnergy": { "value": 54, "unit": "%" } }, "US-SE-SEPA": { "zone": { "zoneName": "Southeastern Power Administration", "countryName": "USA" }, "carbonIntensity": { "value": 449, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 12, "unit": "%" }, "carbonFreeEnergy": { "value": 43, "unit": "%" } }, "US-SE-SOCO": { "zone": { "zoneName": "Southern Company Services", "countryName": "USA" }, "carbonIntensity": { "value": 462, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 7, "unit": "%" }, "carbonFreeEnergy": { "value": 28, "unit": "%" } }, "US-SW-AZPS": { "zone": { "zoneName": "Arizona Public Service Company", "countryName": "USA" }, "carbonIntensity": { "value": 461, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 9, "unit": "%" }, "carbonFreeEnergy": { "value": 36, "unit": "%" } }, "US-SW-EPE": { "zone": { "zoneName": "El Paso Electric Company", "countryName": "USA" }, "carbonIntensity": { "value": 655, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 14, "unit": "%" }, "carbonFreeEnergy": { "value": 16, "unit": "%" } }, "US-SW-PNM": { "zone": { "zoneName": "Public Service Company of New Mexico", "countryName": "USA" }, "carbonIntensity": { "value": 685, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 27, "unit": "%" }, "carbonFreeEnergy": { "value": 29, "unit": "%" } }, "US-SW-SRP": { "zone": { "zoneName": "Salt River Project", "countryName": "USA" }, "carbonIntensity": { "value": 291, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 4, "unit": "%" }, "carbonFreeEnergy": { "value": 54, "unit": "%" } }, "US-SW-TEPC": { "zone": { "zoneName": "Tucson Electric Power Company", "countryName": "USA" }, "carbonIntensity": { "value": 651, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 14, "unit": "%" }, "carbonFreeEnergy": { "value": 23, "unit": "%" } }, "US-SW-WALC": { "zone": { "zoneName": "Western Area Power Administration - Desert Southwest Region", "displayName": "WAPA Desert Southwest", "countryName": "USA" }, "carbonIntensity": { "value": 399, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 32, "unit": "%" }, "carbonFreeEnergy": { "value": 41, "unit": "%" } }, "US-TEN-TVA": { "zone": { "zoneName": "Tennessee Valley Authority", "displayName": "TVA", "countryName": "USA" }, "carbonIntensity": { "value": 366, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 14, "unit": "%" }, "carbonFreeEnergy": { "value": 54, "unit": "%" } }, "US-TEX-ERCO": { "zone": { "zoneName": "Electric Reliability Council of Texas", "displayName": "ERCOT", "countryName": "USA" }, "carbonIntensity": { "value": 431, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 28, "unit": "%" }, "carbonFreeEnergy": { "value": 39, "unit": "%" } }, "UY": { "zone": { "zoneName": "Uruguay" }, "carbonIntensity": { "value": 145, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 82, "unit": "%" }, "carbonFreeEnergy": { "value": 82, "unit": "%" } }, "UZ": { "zone": { "zoneName": "Uzbekistan" }, "carbonIntensity": { "value": 483, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 7, "unit": "%" }, "carbonFreeEnergy": { "value": 7, "unit": "%" } }, "VC": { "zone": { "zoneName": "Saint Vincent and the Grenadines" }, "carbonIntensity": { "value": 603, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 14, "unit": "%" }, "carbonFreeEnergy": { "value": 14, "unit": "%" } }, "VE": { "zone": { "zoneName": "Venezuela" }, "carbonIntensity": { "value": 131, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 79, "unit": "%" }, "carbonFreeEnergy": { "value": 79, "unit": "%" } }, "VI": { "zone": { "zoneName": "Virgin Islands", "countryName": "USA" }, "carbonIntensity": { "value": 680, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 3, "unit": "%" } }, "VN": { "zone": { "zoneName": "Vietnam" }, "carbonIntensity": { "value": 446, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 43, "unit": "%" }, "carbonFreeEnergy": { "value": 43, "unit": "%" } }, "VU": { "zone": { "zoneName": "Vanuatu" }, "carbonIntensity": { "value": 534, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 25, "unit": "%" }, "carbonFreeEnergy": { "value": 25, "unit": "%" } }, "WS": { "zone": { "zoneName": "Samoa" }, "carbonIntensity": { "value": 396, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 47, "unit": "%" }, "carbonFreeEnergy": { "value": 47, "unit": "%" } }, "XK": { "zone": { "zoneName": "Kosovo" }, "carbonIntensity": { "value": 663, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 18, "unit": "%" }, "carbonFreeEnergy": { "value": 19, "unit": "%" } }, "YE": { "zone": { "zoneName": "Yemen" }, "carbonIntensity": { "value": 520, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 21, "unit": "%" }, "carbonFreeEnergy": { "value": 21, "unit": "%" } }, "YT": { "zone": { "zoneName": "Mayotte" }, "carbonIntensity": { "value": 577, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 12, "unit": "%" }, "carbonFreeEnergy": { "value": 12, "unit": "%" } }, "ZA": { "zone": { "zoneName": "South Africa" }, "carbonIntensity": { "value": 710, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 8, "unit": "%" }, "carbonFreeEnergy": { "value": 13, "unit": "%" } }, "ZM": { "zone": { "zoneName": "Zambia" }, "carbonIntensity": { "value": 87, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 92, "unit": "%" }, "carbonFreeEnergy": { "value": 92, "unit": "%" } }, "ZW": { "zone": { "zoneName": "Zimbabwe" }, "carbonIntensity": { "value": 260, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 71, "unit": "%" }, "carbonFreeEnergy": { "value": 71, "unit": "%" } } };
const methodology = "https://www.electricitymaps.com/data/methodology";
var yearly_2021_default = { data, methodology };

/**
 * The bundled yearly averages: Electricity Maps' figure per zone and year (life-cycle, gCO2e/kWh),
 * as shipped by @tgwf/co2. The last resort when no hourly data is at hand, and the basis of the
 * naive figure when the intensity source does not cover the run's whole year.
 */
const TABLES = new Map([
    [2021, yearly_2021_default],
    [2022, yearly_2022_default],
    [2023, yearly_2023_default],
    [2024, yearly_2024_default],
    [2025, yearly_2025_default],
]);
[...TABLES.keys()];
const BUNDLED_SOURCE = "Electricity Maps yearly average (bundled with @tgwf/co2)";
/** The zone's yearly average for the year, or the nearest year that has the zone; undefined if no year has it. */
function bundledAnnualAverage(zone, year) {
    const years = [...TABLES.keys()].sort((a, b) => Math.abs(a - year) - Math.abs(b - year) || b - a);
    for (const y of years) {
        const entry = TABLES.get(y)?.data[zone];
        const value = entry?.carbonIntensity?.value;
        if (typeof value === "number" && Number.isFinite(value) && value >= 0) {
            return {
                zone,
                zoneName: entry?.zone?.zoneName,
                requestedYear: year,
                year: y,
                gPerKwh: value,
                source: BUNDLED_SOURCE,
            };
        }
    }
    return undefined;
}

const MAX_SKIPPED_EXAMPLES = 5;
function newStats() {
    return { rowsRead: 0, rowsSkipped: 0, skippedExamples: [], missingValues: 0, warnings: [], notes: [] };
}
function skip(stats, line, reason) {
    stats.rowsSkipped++;
    if (stats.skippedExamples.length < MAX_SKIPPED_EXAMPLES)
        stats.skippedExamples.push({ line, reason });
}

/**
 * Units of carbon intensity as people write them in column headers and flags: `g/kWh`,
 * `gCO₂eq/kWh`, `carbon_intensity_gco2_per_kwh`, `moer (kg/kWh)`, `lbs_co2_per_mwh`...
 *
 * Only units that can be read one way are recognised: a `ton` (short or metric?) or `Mt` (megatonne
 * or metric ton?) gives undefined, and callers turn undefined into an error, never a guess.
 */
const GRAMS_PER_POUND = 453.59237;
const MASS = {
    mg: { grams: 0.001, name: "mg" },
    g: { grams: 1, name: "g" },
    gram: { grams: 1, name: "g" },
    grams: { grams: 1, name: "g" },
    kg: { grams: 1000, name: "kg" },
    t: { grams: 1e6, name: "t" },
    tonne: { grams: 1e6, name: "t" },
    tonnes: { grams: 1e6, name: "t" },
    lb: { grams: GRAMS_PER_POUND, name: "lb" },
    lbs: { grams: GRAMS_PER_POUND, name: "lb" },
    pound: { grams: GRAMS_PER_POUND, name: "lb" },
    pounds: { grams: GRAMS_PER_POUND, name: "lb" },
};
const ENERGY = {
    wh: { kwh: 0.001, name: "Wh" },
    kwh: { kwh: 1, name: "kWh" },
    mwh: { kwh: 1000, name: "MWh" },
    gwh: { kwh: 1e6, name: "GWh" },
};
/**
 * mass [CO2 qualifier] separator energy. The mass must not follow a letter, so the `g` of `kg` or
 * `avg` is never read as grams; alternatives are tried longest first; the energy unit must not run
 * on into a longer word.
 */
const UNIT = /(?<![a-z])(tonnes|tonne|pounds|pound|grams|gram|lbs|lb|kg|mg|g|t)(?:[\s_-]?co2(?:[\s_-]?(?:equivalent|equiv|eq|e))?)?(?:\s*\/\s*|[\s_-]+per[\s_-]+)(gwh|mwh|kwh|wh)(?![a-z])/;
/** Lower case, with the Unicode subscript two (CO₂) and the like spelled in ASCII. */
function normalizeUnitText(text) {
    return text
        .toLowerCase()
        .replace(/₂/g, "2")
        .replace(/[‐‑–—]/g, "-")
        .replace(/∕/g, "/");
}
/**
 * The unit named anywhere in text (a column header or a flag), case-insensitively; undefined when
 * there is none or it is not one gridprint can convert without guessing.
 */
function parseIntensityUnit(text) {
    const m = UNIT.exec(normalizeUnitText(text));
    if (!m)
        return undefined;
    const mass = MASS[m[1]];
    const energy = ENERGY[m[2]];
    if (!mass || !energy)
        return undefined;
    return { factorToGPerKwh: mass.grams / energy.kwh, unit: `${mass.name}/${energy.name}` };
}
/**
 * True when text looks like it tries to name a unit (`something/kWh`, `per MWh`, or a bracketed
 * `(a/b)`), whether or not {@link parseIntensityUnit} knows it: such a header with an unknown unit
 * is an error, not a column without a unit.
 */
function looksLikeUnit(text) {
    const s = normalizeUnitText(text);
    return (/(?:\/|(?<![a-z])per(?![a-z]))[\s_]*(?:[kmgt]?wh|kilowatt|megawatt)(?![a-z])/.test(s) ||
        /[([][^)\]]*\/[^)\]]*[)\]]/.test(s));
}
/** The spellings to suggest in messages. */
const UNIT_EXAMPLES = "g/kWh, gCO2eq/kWh, kg/kWh, kg/MWh, t/MWh, lb/MWh";

/**
 * What both intensity CSV readers share: header matching, timestamps, units, and turning rows
 * (time, value) into the periods of an IntensitySeries.
 */
/** Blank lines and `#` comment lines (some tools write a comment above the header) hold no rows. */
function isNotRow(line) {
    const s = line.trimStart();
    return s === "" || s.startsWith("#");
}
/** The first line of a file's head that is neither blank nor a comment: the header. */
function headerOf(head) {
    return head.find((l) => !isNotRow(l));
}
/** A header reduced to its words: lower case, brackets dropped, `snake_case`: "Datetime (UTC)" → "datetime". */
function headerKey(header) {
    return normalizeUnitText(header)
        .replace(/\([^)]*\)|\[[^\]]*\]/g, " ")
        .replace(/[^a-z0-9]+/g, "_")
        .replace(/^_+|_+$/g, "");
}
const TIME_KEYS = new Set([
    "time",
    "timestamp",
    "datetime",
    "date_time",
    "date",
    "period_start",
    "start",
    "start_time",
    "starttime",
    "start_date",
    "interval_start",
    "period",
    "from",
    "valid_from",
    "point_time",
    "ts",
    "utc",
    "time_utc",
    "datetime_utc",
    "timestamp_utc",
    "utc_time",
    "utc_datetime",
    "utc_timestamp",
    "local_time",
    "time_local",
    "datetime_local",
]);
/** Index of the first column whose header names the (start) time of a period, or -1. */
function findTimeColumn(headers) {
    return headers.findIndex((h) => TIME_KEYS.has(headerKey(h)));
}
/** True when the time column's header says its zone-less times are UTC ("Datetime (UTC)", "time_utc"). */
function headerSaysUtc(header) {
    return /(?<![a-z])(?:utc|gmt)(?![a-z])/.test(normalizeUnitText(header));
}
/** How a factor is written in messages. */
const FACTOR_NAME = { direct: "direct", lifecycle: "life-cycle" };
/** Whether a header says direct or life-cycle figures. */
function headerFactor(header) {
    const s = normalizeUnitText(header);
    if (/life[\s_-]?cycle|(?<![a-z])lca(?![a-z])/.test(s))
        return "lifecycle";
    if (/(?<![a-z])direct(?![a-z])/.test(s))
        return "direct";
    return undefined;
}
/** A value column's unit: named by its header, else by `--intensity-unit`, else an error. */
function resolveUnit(header, flagUnit, file, headerLine, headerText) {
    const flag = flagUnit === undefined ? undefined : parseFlagUnit(flagUnit);
    const named = parseIntensityUnit(header);
    if (named) {
        if (flag && flag.factorToGPerKwh !== named.factorToGPerKwh) {
            throw new InputError(`column "${header}" is in ${named.unit} but --intensity-unit says ${flag.unit}; drop the flag or fix the header`, file, headerLine);
        }
        return { unit: named, from: "header" };
    }
    if (flag)
        return { unit: flag, from: "flag" };
    throw missingUnitError(file, headerLine, headerText);
}
function parseFlagUnit(flagUnit) {
    const unit = parseIntensityUnit(flagUnit);
    if (!unit) {
        throw new UsageError(`--intensity-unit "${flagUnit}" is not a unit of carbon intensity gridprint knows (expected one of ${UNIT_EXAMPLES})`);
    }
    return unit;
}
function missingUnitError(file, headerLine, headerText) {
    return new InputError(`the header "${clip(headerText)}" does not name the unit of carbon intensity; name it in the header (e.g. "gco2_per_kwh" or "moer (kg/kWh)") or pass --intensity-unit (one of ${UNIT_EXAMPLES})`, file, headerLine);
}
function clip(text, max = 200) {
    return text.length <= max ? text : `${text.slice(0, max)}…`;
}
/**
 * Reads a time field as a UTC instant: explicit instants pass through; zone-less times are UTC
 * when the header says so, else placed by the user's clock.
 */
class TimeReader {
    clock;
    utc;
    /** Zone-less times read as UTC because of the header. */
    utcByHeader = 0;
    /** Zone-less times placed in the clock's zone. */
    placed = 0;
    nonexistentBefore;
    ambiguousBefore;
    constructor(clock, utc) {
        this.clock = clock;
        this.utc = utc;
        this.nonexistentBefore = clock.nonexistent;
        this.ambiguousBefore = clock.ambiguous;
    }
    read(text) {
        const t = parseTimestamp(text);
        if (t === undefined)
            return undefined;
        if (t.kind === "instant")
            return t.ms;
        if (this.utc) {
            this.utcByHeader++;
            return t.wallMs;
        }
        this.placed++;
        return this.clock.toUtc(t);
    }
    /** Notes and warnings about how zone-less times were read. */
    report(stats, timeHeader) {
        if (this.utcByHeader > 0) {
            stats.notes.push(`times without a zone read as UTC, as the header "${timeHeader}" says`);
        }
        if (this.placed > 0)
            stats.notes.push(`times without a zone read in ${this.clock.zone}`);
        const nonexistent = this.clock.nonexistent - this.nonexistentBefore;
        const ambiguous = this.clock.ambiguous - this.ambiguousBefore;
        if (nonexistent > 0) {
            stats.warnings.push(`${nonexistent} time${plural(nonexistent)} fell in the hour skipped when ${this.clock.zone} changed to summer time; moved forward`);
        }
        if (ambiguous > 0) {
            stats.notes.push(`${ambiguous} time${plural(ambiguous)} fell in the hour repeated when ${this.clock.zone} changed back from summer time; placed by their order`);
        }
    }
}
function plural(n) {
    return n === 1 ? "" : "s";
}
/** Parses a value field; skips the row (counted) when it is not a usable intensity. */
function readValue(text, factor, stats, line, column, parse) {
    if (text === undefined) {
        skip(stats, line, `no "${column}" field`);
        return undefined;
    }
    if (text === "") {
        skip(stats, line, `empty "${column}"`);
        return undefined;
    }
    const v = parse(text);
    if (v === undefined) {
        skip(stats, line, `"${column}" is not a number: "${clip(text, 40)}"`);
        return undefined;
    }
    if (v < 0) {
        skip(stats, line, `negative "${column}": ${text}`);
        return undefined;
    }
    const g = v * factor;
    if (!Number.isFinite(g)) {
        skip(stats, line, `"${column}" out of range: ${text}`);
        return undefined;
    }
    return g;
}
/** "5 min", "1 h", "30 s". */
function formatDuration(ms) {
    if (ms % HOUR_MS === 0)
        return `${ms / HOUR_MS} h`;
    if (ms % 60_000 === 0)
        return `${ms / 60_000} min`;
    return `${ms / 1000} s`;
}
/** "2024-03-01T04:00Z" (seconds only when not zero). */
function formatInstant(ms) {
    const iso = isoUtc$1(ms);
    return iso.replace(/^(.*T\d\d:\d\d):00Z$/, "$1Z");
}
/** "2024-03-01T04:00Z–07:00Z", or both dates in full when the range crosses midnight UTC. */
function formatRange(start, end) {
    const a = formatInstant(start);
    const b = formatInstant(end);
    return a.slice(0, 10) === b.slice(0, 10) ? `${a}–${b.slice(11)}` : `${a}–${b}`;
}
/** Holes listed one by one in the warnings; more are summed up in one line. */
const MAX_LISTED_HOLES = 10;
/**
 * Turns rows into periods: sorted by time; of rows with the same time the first in the file is
 * kept; each value holds until the next row's time, except across a gap longer than twice the
 * median step, where the period ends after one step and the hole is reported; the last row holds
 * for one step.
 */
function buildPeriods(rows, stats, options) {
    let sorted = true;
    for (let i = 1; i < rows.length; i++) {
        if (rows[i].t < rows[i - 1].t) {
            sorted = false;
            break;
        }
    }
    if (!sorted) {
        // Array.prototype.sort is stable: of rows with equal times, the first in the file stays first.
        rows.sort((a, b) => a.t - b.t);
        stats.notes.push("rows were not in time order; sorted");
    }
    const unique = [];
    let duplicates = 0;
    let firstDuplicate;
    for (const row of rows) {
        const prev = unique[unique.length - 1];
        if (prev !== undefined && prev.t === row.t) {
            duplicates++;
            firstDuplicate ??= { line: row.line, kept: prev.line, t: row.t };
            skip(stats, row.line, `duplicate time ${isoUtc$1(row.t)} (kept line ${prev.line})`);
            continue;
        }
        unique.push(row);
    }
    if (firstDuplicate) {
        stats.warnings.push(`${duplicates} row${plural(duplicates)} repeated the time of an earlier row; kept the first (e.g. line ${firstDuplicate.line} repeats ${isoUtc$1(firstDuplicate.t)} of line ${firstDuplicate.kept})`);
    }
    let stepMs = options.fallbackStepMs;
    let stepInferred = false;
    if (unique.length >= 2) {
        const steps = new Float64Array(unique.length - 1);
        for (let i = 1; i < unique.length; i++) {
            steps[i - 1] = unique[i].t - unique[i - 1].t;
        }
        steps.sort();
        stepMs = steps[(steps.length - 1) >>> 1];
        stepInferred = true;
    }
    const periods = new Array(unique.length);
    const holes = [];
    let holeMs = 0;
    let bridged = 0;
    for (let i = 0; i < unique.length; i++) {
        const row = unique[i];
        const next = unique[i + 1];
        let end = row.t + stepMs;
        if (next !== undefined) {
            const gap = next.t - row.t;
            if (gap <= 2 * stepMs) {
                end = next.t;
                if (gap > 1.5 * stepMs)
                    bridged++;
            }
            else {
                holes.push([end, next.t]);
                holeMs += next.t - end;
            }
        }
        periods[i] = {
            start: row.t,
            end,
            gPerKwh: row.gPerKwh,
            estimated: row.estimated,
            forecast: options.forecast,
        };
    }
    for (const [a, b] of holes.slice(0, MAX_LISTED_HOLES))
        stats.warnings.push(`no data ${formatRange(a, b)}`);
    if (holes.length > MAX_LISTED_HOLES) {
        const rest = holes.slice(MAX_LISTED_HOLES);
        const restMs = rest.reduce((sum, [a, b]) => sum + (b - a), 0);
        stats.warnings.push(`no data in ${rest.length} more gaps (${formatDuration(restMs)} in all)`);
    }
    if (holes.length > 0) {
        stats.notes.push(`${holes.length} gap${plural(holes.length)} longer than twice the ${formatDuration(stepMs)} step left without data (${formatDuration(holeMs)} in all)`);
    }
    if (bridged > 0) {
        stats.notes.push(`${bridged} gap${plural(bridged)} of up to twice the ${formatDuration(stepMs)} step bridged by holding the value before`);
    }
    return { periods, stepMs, stepInferred };
}
/** The error for a file none of whose rows could be used. */
function noRowsError(file, headerLine, stats) {
    const first = stats.skippedExamples[0];
    return new InputError(stats.rowsRead === 0 || first === undefined
        ? "the file has a header but no data rows"
        : `none of the ${stats.rowsRead} data rows is usable (line ${first.line}: ${first.reason})`, file, headerLine);
}

/**
 * Electricity Maps CSV exports (the hourly/daily/yearly downloads of the data portal), both header
 * generations:
 *
 *   current: Datetime (UTC),Country,Zone name,Zone id,Carbon intensity gCO₂eq/kWh (direct),
 *            Carbon intensity gCO₂eq/kWh (Life cycle),Carbon-free energy percentage (CFE%),...,
 *            Data source,Data estimated,Data estimation method
 *   legacy:  Datetime (UTC),Country,Zone Name,Zone Id,Carbon Intensity gCO₂eq/kWh (direct),
 *            Carbon Intensity gCO₂eq/kWh (LCA),Low Carbon Percentage,...,Data Estimated,...
 *
 * Columns are found by meaning, not position. Times are period starts in UTC without a zone marker;
 * each row holds for the spacing of the rows (1 h in hourly exports).
 */
const FORMAT$1 = "electricity-maps-csv";
function isIntensityKey(key) {
    return key.startsWith("carbon_intensity") || key.includes("co2eq_intensity");
}
function isZoneIdKey(key) {
    return key === "zone_id" || key === "zoneid" || key === "zone_key";
}
function isEstimatedKey(key) {
    return key === "data_estimated" || key === "estimated" || key === "is_estimated" || key === "isestimated";
}
function isEmHeader(headers) {
    const keys = headers.map(headerKey);
    return (findTimeColumn(headers) !== -1 &&
        keys.some(isIntensityKey) &&
        keys.some((k) => isZoneIdKey(k) || k === "zone_name" || isEstimatedKey(k)));
}
function findColumns(headers, options, headerLine, headerText, warnings) {
    const keys = headers.map(headerKey);
    const time = findTimeColumn(headers);
    if (time === -1) {
        throw new InputError(`no time column in the Electricity Maps header "${clip(headerText)}" (expected "Datetime (UTC)")`, options.file, headerLine);
    }
    const intensity = keys.flatMap((k, i) => (isIntensityKey(k) ? [i] : []));
    let value = intensity.find((i) => headerFactor(headers[i]) === options.factor);
    if (value === undefined) {
        const unqualified = intensity.filter((i) => headerFactor(headers[i]) === undefined);
        const [only] = unqualified;
        if (unqualified.length === 1 && only !== undefined) {
            value = only;
            warnings.push(`column "${headers[only]}" does not say whether it holds direct or life-cycle figures; read as ${FACTOR_NAME[options.factor]}`);
        }
        else {
            const found = intensity.map((i) => `"${headers[i]}"`).join(", ");
            throw new InputError(`no ${FACTOR_NAME[options.factor]} carbon intensity column in this Electricity Maps export (found ${found || "none"}); ask for the factor the file has`, options.file, headerLine);
        }
    }
    return {
        time,
        value,
        zone: keys.findIndex(isZoneIdKey),
        estimated: keys.findIndex(isEstimatedKey),
    };
}
function isTrue(text) {
    if (text === undefined)
        return false;
    const s = text.toLowerCase();
    return s === "true" || s === "1" || s === "yes";
}
const electricityMapsCsv = {
    format: FORMAT$1,
    sniff(head) {
        const first = headerOf(head);
        return first !== undefined && isEmHeader(splitCsvLine(first));
    },
    async read(lines, options) {
        const stats = newStats();
        const rows = [];
        let lineNo = 0;
        let headerLine = 0;
        let headers;
        let cols;
        let factor = 1;
        let valueHeader = "";
        let times;
        let zone;
        const otherZones = new Map();
        for await (const line of lines) {
            lineNo++;
            if (isNotRow(line))
                continue;
            if (cols === undefined || headers === undefined || times === undefined) {
                headers = splitCsvLine(line);
                headerLine = lineNo;
                cols = findColumns(headers, options, headerLine, line, stats.warnings);
                valueHeader = headers[cols.value];
                const unit = resolveUnit(valueHeader, options.unit, options.file, headerLine, line);
                factor = unit.unit.factorToGPerKwh;
                if (unit.from === "flag")
                    stats.notes.push(`values in ${unit.unit.unit}, as --intensity-unit says`);
                times = new TimeReader(options.clock, headerSaysUtc(headers[cols.time]));
                continue;
            }
            stats.rowsRead++;
            const f = splitCsvLine(line);
            const timeText = f[cols.time];
            const t = timeText === undefined ? undefined : times.read(timeText);
            if (t === undefined) {
                skip(stats, lineNo, `not a time: "${clip(timeText ?? "", 40)}"`);
                continue;
            }
            if (cols.zone !== -1) {
                const z = f[cols.zone] ?? "";
                if (zone === undefined && z !== "")
                    zone = z;
                else if (z !== zone && z !== "") {
                    otherZones.set(z, (otherZones.get(z) ?? 0) + 1);
                    skip(stats, lineNo, `zone ${z}, not ${zone}`);
                    continue;
                }
            }
            const g = readValue(f[cols.value], factor, stats, lineNo, valueHeader, parseDecimal);
            if (g === undefined)
                continue;
            const est = cols.estimated !== -1 && isTrue(f[cols.estimated]);
            rows.push({ t, gPerKwh: g, estimated: est, line: lineNo });
        }
        if (headers === undefined || cols === undefined || times === undefined) {
            throw new InputError("the file is empty", options.file, 1);
        }
        if (otherZones.size > 0) {
            const skipped = [...otherZones.values()].reduce((a, b) => a + b, 0);
            stats.warnings.push(`the file holds several zones (${[zone, ...otherZones.keys()].join(", ")}); read ${zone} only and skipped ${skipped} row${plural(skipped)} of the others`);
        }
        if (rows.length === 0)
            throw noRowsError(options.file, headerLine, stats);
        const built = buildPeriods(rows, stats, { forecast: false, fallbackStepMs: HOUR_MS });
        const estimatedKept = built.periods.reduce((n, p) => n + (p.estimated ? 1 : 0), 0);
        stats.notes.unshift(`carbon intensity from "${valueHeader}" (${FACTOR_NAME[options.factor]})`, ...(estimatedKept > 0
            ? [`${estimatedKept} of ${built.periods.length} periods estimated by Electricity Maps`]
            : []));
        if (built.stepInferred && built.stepMs !== HOUR_MS) {
            stats.notes.push(`rows are ${formatDuration(built.stepMs)} apart (median), so each holds for ${formatDuration(built.stepMs)}`);
        }
        times.report(stats, headers[cols.time]);
        return {
            series: {
                source: "Electricity Maps CSV export",
                ...(zone === undefined ? {} : { zone }),
                factor: options.factor,
                signal: "average",
                periods: built.periods,
            },
            stats,
        };
    },
};

/**
 * Any CSV with a time column and a carbon intensity column: `time,gco2_per_kwh`,
 * `period_start,carbon_intensity (g/kWh)`, WattTime's `time,moer,f1..f36`...
 *
 * Times are period starts (ISO 8601 with or without offset, or epoch seconds/milliseconds); each
 * value holds until the next row's time, the last for the median spacing of the rows. The value
 * column's header names its unit, or `--intensity-unit` does; nothing is assumed.
 */
const FORMAT = "intensity-csv";
/** Columns that hold no intensity even though they are not the (start) time. */
const NOT_VALUE_KEYS = new Set([
    "end",
    "end_time",
    "endtime",
    "end_date",
    "period_end",
    "interval_end",
    "to",
    "valid_to",
    "zone",
    "zone_id",
    "zone_name",
    "region",
    "ba",
    "country",
    "source",
    "data_source",
    "unit",
    "units",
]);
/** Names that say "this is the intensity", most specific first. */
const PREFERRED_NAMES = ["moer", "carbon_intensity", "intensity", "co2", "value"];
function hasToken(key, name) {
    return `_${key}_`.includes(`_${name}_`);
}
function preferred(headers, candidates) {
    for (const name of PREFERRED_NAMES) {
        const hit = candidates.find((i) => hasToken(headerKey(headers[i]), name));
        if (hit !== undefined)
            return hit;
    }
    return undefined;
}
function chooseValueColumn(headers, time, options, headerLine, headerText) {
    const candidates = headers.flatMap((h, i) => i !== time && h !== "" && !NOT_VALUE_KEYS.has(headerKey(h)) ? [i] : []);
    const names = (list) => list.map((i) => `"${headers[i]}"`).join(", ");
    if (candidates.length === 0) {
        throw new InputError(`no carbon intensity column next to the time column "${headers[time]}" in the header "${clip(headerText)}"`, options.file, headerLine);
    }
    const ambiguous = (list) => new InputError(`cannot tell which column holds the carbon intensity (${clip(names(list))}); keep one, or name it like ${PREFERRED_NAMES.join(", ")}`, options.file, headerLine);
    const withUnit = candidates.filter((i) => parseIntensityUnit(headers[i]) !== undefined || looksLikeUnit(headers[i]));
    let index;
    if (withUnit.length > 0) {
        if (withUnit.length === 1)
            index = withUnit[0];
        else {
            const byFactor = withUnit.filter((i) => headerFactor(headers[i]) === options.factor);
            index =
                byFactor.length === 1 ? byFactor[0] : preferred(headers, byFactor.length > 1 ? byFactor : withUnit);
        }
        if (index === undefined)
            throw ambiguous(withUnit);
        const header = headers[index];
        if (parseIntensityUnit(header) === undefined) {
            throw new InputError(`the unit in column "${header}" is not one gridprint knows (expected one of ${UNIT_EXAMPLES}); fix the header`, options.file, headerLine);
        }
        const { unit, from } = resolveUnit(header, options.unit, options.file, headerLine, headerText);
        return { index, unit, unitFrom: from };
    }
    // No header names a unit: only --intensity-unit can, and then the column must be unmistakable.
    if (options.unit === undefined)
        throw missingUnitError(options.file, headerLine, headerText);
    const unit = parseFlagUnit(options.unit);
    index = candidates.length === 1 ? candidates[0] : preferred(headers, candidates);
    if (index === undefined)
        throw ambiguous(candidates);
    return { index, unit, unitFrom: "flag" };
}
function signalOf(header) {
    const key = headerKey(header);
    return hasToken(key, "moer") || key.includes("marginal") ? "marginal" : "average";
}
const genericIntensityCsv = {
    format: FORMAT,
    sniff(head) {
        const first = headerOf(head);
        if (first === undefined)
            return false;
        const headers = splitCsvLine(first);
        return headers.length >= 2 && findTimeColumn(headers) !== -1;
    },
    async read(lines, options) {
        const stats = newStats();
        const rows = [];
        let lineNo = 0;
        let headerLine = 0;
        let headers;
        let time = -1;
        let value;
        let times;
        for await (const line of lines) {
            lineNo++;
            if (isNotRow(line))
                continue;
            if (headers === undefined || value === undefined || times === undefined) {
                headers = splitCsvLine(line);
                headerLine = lineNo;
                time = findTimeColumn(headers);
                if (time === -1) {
                    throw new InputError(`no time column in the header "${clip(line)}" (expected one named time, timestamp, datetime, date, period_start or start)`, options.file, headerLine);
                }
                value = chooseValueColumn(headers, time, options, headerLine, line);
                times = new TimeReader(options.clock, headerSaysUtc(headers[time]));
                continue;
            }
            stats.rowsRead++;
            const f = splitCsvLine(line);
            const timeText = f[time];
            const t = timeText === undefined ? undefined : times.read(timeText);
            if (t === undefined) {
                skip(stats, lineNo, `not a time: "${clip(timeText ?? "", 40)}"`);
                continue;
            }
            const g = readValue(f[value.index], value.unit.factorToGPerKwh, stats, lineNo, headers[value.index], parseDecimal);
            if (g === undefined)
                continue;
            rows.push({ t, gPerKwh: g, estimated: false, line: lineNo });
        }
        if (headers === undefined || value === undefined || times === undefined) {
            throw new InputError("the file is empty", options.file, 1);
        }
        if (rows.length === 0)
            throw noRowsError(options.file, headerLine, stats);
        const valueHeader = headers[value.index];
        const key = headerKey(valueHeader);
        const forecast = hasToken(key, "forecast");
        const built = buildPeriods(rows, stats, { forecast, fallbackStepMs: HOUR_MS });
        const signal = signalOf(valueHeader);
        const named = headerFactor(valueHeader);
        const factor = named ?? options.factor;
        if (named !== undefined && named !== options.factor) {
            stats.warnings.push(`column "${valueHeader}" holds ${FACTOR_NAME[named]} figures, not the ${FACTOR_NAME[options.factor]} ones asked for`);
        }
        const { unit, unitFrom } = value;
        const conversion = unit.factorToGPerKwh === 1 ? "" : ` (× ${unit.factorToGPerKwh} → g/kWh)`;
        const ignored = headers.length - 2;
        stats.notes.unshift(`carbon intensity from "${valueHeader}" in ${unit.unit}${conversion}${unitFrom === "flag" ? ", as --intensity-unit says" : ""}`, `${signal} signal${forecast ? ", forecast" : ""}`, ...(ignored > 0 ? [`ignored ${ignored} other column${ignored === 1 ? "" : "s"}`] : []));
        if (built.stepInferred) {
            stats.notes.push(`periods of ${formatDuration(built.stepMs)} (the median spacing of the rows)`);
        }
        else {
            stats.warnings.push(`only one time in the file, so the length of its period is unknown; assumed ${formatDuration(built.stepMs)}`);
        }
        times.report(stats, headers[time]);
        return {
            series: { source: "generic CSV", factor, signal, periods: built.periods },
            stats,
        };
    },
};

/**
 * Reading a grid carbon intensity file of any known format, plain or gzip-compressed: the format
 * is told by the content of the first lines, never by the file name.
 */
/** In the order they are tried: the most specific first. */
const INTENSITY_FILE_READERS = [
    electricityMapsCsv,
    genericIntensityCsv,
];
/** Lines that are not blank or comments looked at to tell the format, and all lines at most. */
const HEAD_ROWS = 3;
const MAX_HEAD_LINES = 200;
const EXPECTED_FORMATS = 'expected an Electricity Maps CSV export (header "Datetime (UTC),Country,Zone name,Zone id,Carbon intensity gCO₂eq/kWh (direct),...") or a CSV with a time column and a carbon intensity column (e.g. "time,gco2_per_kwh")';
async function readIntensityFile(path, options) {
    const file = options.file ?? path;
    const { format = "auto", file: _file, ...rest } = options;
    const readOptions = { ...rest, file };
    if (format !== "auto" && !INTENSITY_FILE_READERS.some((r) => r.format === format)) {
        throw new UsageError(`unknown intensity file format "${format}" (expected auto, ${INTENSITY_FILE_READERS.map((r) => r.format).join(", ")})`);
    }
    const gzip = await isGzip(path, file);
    const source = gzip ? gunzipLines(path, file) : fileLines(path);
    const iterator = source[Symbol.asyncIterator]();
    try {
        const head = [];
        let contentLines = 0;
        while (contentLines < HEAD_ROWS && head.length < MAX_HEAD_LINES) {
            const r = await next(iterator, file);
            if (r.done)
                break;
            head.push(r.value);
            if (!isNotRow(r.value))
                contentLines++;
        }
        if (contentLines === 0) {
            throw new InputError(head.every((l) => l.trim() === "") ? "the file is empty" : "the file holds only comments", file, 1);
        }
        const reader = format === "auto"
            ? INTENSITY_FILE_READERS.find((r) => r.sniff(head))
            : INTENSITY_FILE_READERS.find((r) => r.format === format);
        if (!reader) {
            const firstIndex = head.findIndex((l) => !isNotRow(l));
            const afterComments = head.slice(0, firstIndex).some((l) => l.trimStart().startsWith("#"));
            throw new InputError(`not a carbon intensity file gridprint can read: the first line${afterComments ? " after the comments" : ""} is "${clip(head[firstIndex] ?? "", 120)}"; ${EXPECTED_FORMATS}`, file, firstIndex + 1);
        }
        const result = await reader.read(rejoin(head, iterator, file), readOptions);
        // Example data says so in a leading comment; the report repeats it.
        const synthetic = head.some((l) => l.trimStart().startsWith("#") && /synthetic/i.test(l));
        return { ...result, format: reader.format, synthetic };
    }
    finally {
        await iterator.return?.();
    }
}
/** True when the file starts with the gzip magic bytes 1f 8b. */
async function isGzip(path, file) {
    let handle;
    try {
        handle = await open$1(path, "r");
    }
    catch (e) {
        throw openError(e, file);
    }
    try {
        const buffer = Buffer.alloc(2);
        const { bytesRead } = await handle.read(buffer, 0, 2, 0);
        if (bytesRead === 0)
            throw new InputError("the file is empty", file, 1);
        return bytesRead === 2 && buffer[0] === 0x1f && buffer[1] === 0x8b;
    }
    catch (e) {
        throw e instanceof InputError ? e : openError(e, file);
    }
    finally {
        await handle.close();
    }
}
function openError(e, file) {
    const code = e.code;
    const why = code === "ENOENT"
        ? "no such file"
        : code === "EISDIR"
            ? "a directory, not a file"
            : code === "EACCES"
                ? "permission denied"
                : e.message;
    return new InputError(`cannot read the carbon intensity file: ${why}`, file);
}
/** The decompressed lines of a gzip file, split as {@link fileLines} splits those of a plain one. */
async function* gunzipLines(path, file) {
    const raw = createReadStream(path);
    const gunzip = createGunzip();
    raw.on("error", (e) => gunzip.destroy(e));
    const text = raw.pipe(gunzip).setEncoding("utf8");
    let pending = "";
    let first = true;
    const line = (s) => {
        const l = s.endsWith("\r") ? s.slice(0, -1) : s;
        if (!first)
            return l;
        first = false;
        return stripBom(l);
    };
    try {
        for await (const chunk of text) {
            pending += chunk;
            let from = 0;
            for (let nl = pending.indexOf("\n"); nl !== -1; nl = pending.indexOf("\n", from)) {
                yield line(pending.slice(from, nl));
                from = nl + 1;
            }
            pending = pending.slice(from);
        }
        if (pending !== "")
            yield line(pending);
    }
    catch (e) {
        throw e instanceof InputError
            ? e
            : new InputError(`not a readable gzip file: ${e.message}`, file);
    }
    finally {
        raw.destroy();
        gunzip.destroy();
    }
}
async function next(iterator, file) {
    try {
        return await iterator.next();
    }
    catch (e) {
        throw e instanceof InputError ? e : openError(e, file);
    }
}
/** The lines already looked at, then the rest of the file. */
async function* rejoin(head, iterator, file) {
    yield* head;
    for (;;) {
        const r = await next(iterator, file);
        if (r.done)
            return;
        yield r.value;
    }
}

/**
 * Picks the intensity source for a run and loads its series. In this version the sources are a
 * file (any format the file readers know) and the bundled annual average, the last resort.
 */
const INTENSITY_SOURCES = ["auto", "file", "average"];
async function resolveIntensity(request) {
    const source = request.source === "auto" ? (request.file ? "file" : "average") : request.source;
    if (source === "file") {
        if (!request.file) {
            throw new UsageError("intensity-source file needs an intensity file (--intensity-file / intensity-file)");
        }
        const path = resolve(request.cwd, request.file);
        await assertRegularFile(path, request.file, "a carbon intensity file");
        const clock = new LocalClock(request.timezone);
        const read = await readIntensityFile(path, {
            file: request.file,
            clock,
            factor: request.factor,
            unit: request.unit,
            format: (request.format ?? "auto"),
        });
        if (read.series.periods.length === 0) {
            throw new InputError("no usable intensity rows: expected times with gCO2e/kWh values", request.file);
        }
        const warnings = [...read.stats.warnings];
        if (request.zone && read.series.zone && request.zone !== read.series.zone) {
            warnings.push(`The intensity file is for zone ${read.series.zone} but the zone given is ${request.zone}; the file's figures are used.`);
        }
        return {
            provider: "file",
            series: read.series,
            file: request.file,
            format: read.format,
            stats: read.stats,
            clock,
            synthetic: read.synthetic,
            warnings,
        };
    }
    if (!request.zone) {
        throw new UsageError("a zone is needed for the annual average (--zone / zone, e.g. GB, DE, US-CAL-CISO)");
    }
    return {
        provider: "average",
        warnings: [
            `No hourly intensity data was available: every hour is priced with the ${BUNDLED_SOURCE} for ${request.zone}. Give an intensity file (--intensity-file / intensity-file) for hour-by-hour figures.`,
        ],
    };
}
/** The fallback for hours the series lacks: the zone's bundled yearly average. */
function fallbackIntensity(zone, year) {
    return zone ? bundledAnnualAverage(zone, year) : undefined;
}

//#region rolldown:runtime
var __require = /* @__PURE__ */ createRequire(import.meta.url);

//#endregion
//#region src/utils.ts
function cleanPath(path) {
	let normalized = normalize(path);
	if (normalized.length > 1 && normalized[normalized.length - 1] === sep) normalized = normalized.substring(0, normalized.length - 1);
	return normalized;
}
const SLASHES_REGEX = /[\\/]/g;
function convertSlashes(path, separator) {
	return path.replace(SLASHES_REGEX, separator);
}
const WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
function isRootDirectory(path) {
	return path === "/" || WINDOWS_ROOT_DIR_REGEX.test(path);
}
function normalizePath(path, options) {
	const { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options;
	const pathNeedsCleaning = process.platform === "win32" && path.includes("/") || path.startsWith(".");
	if (resolvePaths) path = resolve$1(path);
	if (normalizePath$1 || pathNeedsCleaning) path = cleanPath(path);
	if (path === ".") return "";
	const needsSeperator = path[path.length - 1] !== pathSeparator;
	return convertSlashes(needsSeperator ? path + pathSeparator : path, pathSeparator);
}

//#endregion
//#region src/api/functions/join-path.ts
function joinPathWithBasePath(filename, directoryPath) {
	return directoryPath + filename;
}
function joinPathWithRelativePath(root, options) {
	return function(filename, directoryPath) {
		const sameRoot = directoryPath.startsWith(root);
		if (sameRoot) return directoryPath.slice(root.length) + filename;
		else return convertSlashes(relative(root, directoryPath), options.pathSeparator) + options.pathSeparator + filename;
	};
}
function joinPath(filename) {
	return filename;
}
function joinDirectoryPath(filename, directoryPath, separator) {
	return directoryPath + filename + separator;
}
function build$7(root, options) {
	const { relativePaths, includeBasePath } = options;
	return relativePaths && root ? joinPathWithRelativePath(root, options) : includeBasePath ? joinPathWithBasePath : joinPath;
}

//#endregion
//#region src/api/functions/push-directory.ts
function pushDirectoryWithRelativePath(root) {
	return function(directoryPath, paths) {
		paths.push(directoryPath.substring(root.length) || ".");
	};
}
function pushDirectoryFilterWithRelativePath(root) {
	return function(directoryPath, paths, filters) {
		const relativePath = directoryPath.substring(root.length) || ".";
		if (filters.every((filter) => filter(relativePath, true))) paths.push(relativePath);
	};
}
const pushDirectory = (directoryPath, paths) => {
	paths.push(directoryPath || ".");
};
const pushDirectoryFilter = (directoryPath, paths, filters) => {
	const path = directoryPath || ".";
	if (filters.every((filter) => filter(path, true))) paths.push(path);
};
const empty$2 = () => {};
function build$6(root, options) {
	const { includeDirs, filters, relativePaths } = options;
	if (!includeDirs) return empty$2;
	if (relativePaths) return filters && filters.length ? pushDirectoryFilterWithRelativePath(root) : pushDirectoryWithRelativePath(root);
	return filters && filters.length ? pushDirectoryFilter : pushDirectory;
}

//#endregion
//#region src/api/functions/push-file.ts
const pushFileFilterAndCount = (filename, _paths, counts, filters) => {
	if (filters.every((filter) => filter(filename, false))) counts.files++;
};
const pushFileFilter = (filename, paths, _counts, filters) => {
	if (filters.every((filter) => filter(filename, false))) paths.push(filename);
};
const pushFileCount = (_filename, _paths, counts, _filters) => {
	counts.files++;
};
const pushFile = (filename, paths) => {
	paths.push(filename);
};
const empty$1 = () => {};
function build$5(options) {
	const { excludeFiles, filters, onlyCounts } = options;
	if (excludeFiles) return empty$1;
	if (filters && filters.length) return onlyCounts ? pushFileFilterAndCount : pushFileFilter;
	else if (onlyCounts) return pushFileCount;
	else return pushFile;
}

//#endregion
//#region src/api/functions/get-array.ts
const getArray = (paths) => {
	return paths;
};
const getArrayGroup = () => {
	return [""].slice(0, 0);
};
function build$4(options) {
	return options.group ? getArrayGroup : getArray;
}

//#endregion
//#region src/api/functions/group-files.ts
const groupFiles = (groups, directory, files) => {
	groups.push({
		directory,
		files,
		dir: directory
	});
};
const empty = () => {};
function build$3(options) {
	return options.group ? groupFiles : empty;
}

//#endregion
//#region src/api/functions/resolve-symlink.ts
const resolveSymlinksAsync = function(path, state, callback$1) {
	const { queue, fs, options: { suppressErrors } } = state;
	queue.enqueue();
	fs.realpath(path, (error, resolvedPath) => {
		if (error) return queue.dequeue(suppressErrors ? null : error, state);
		fs.stat(resolvedPath, (error$1, stat) => {
			if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
			if (stat.isDirectory() && isRecursive(path, resolvedPath, state)) return queue.dequeue(null, state);
			callback$1(stat, resolvedPath);
			queue.dequeue(null, state);
		});
	});
};
const resolveSymlinks = function(path, state, callback$1) {
	const { queue, fs, options: { suppressErrors } } = state;
	queue.enqueue();
	try {
		const resolvedPath = fs.realpathSync(path);
		const stat = fs.statSync(resolvedPath);
		if (stat.isDirectory() && isRecursive(path, resolvedPath, state)) return;
		callback$1(stat, resolvedPath);
	} catch (e) {
		if (!suppressErrors) throw e;
	}
};
function build$2(options, isSynchronous) {
	if (!options.resolveSymlinks || options.excludeSymlinks) return null;
	return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path, resolved, state) {
	if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
	let parent = dirname(path);
	let depth = 1;
	while (parent !== state.root && depth < 2) {
		const resolvedPath = state.symlinks.get(parent);
		const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
		if (isSameRoot) depth++;
		else parent = dirname(parent);
	}
	state.symlinks.set(path, resolved);
	return depth > 1;
}
function isRecursiveUsingRealPaths(resolved, state) {
	return state.visited.includes(resolved + state.options.pathSeparator);
}

//#endregion
//#region src/api/functions/invoke-callback.ts
const onlyCountsSync = (state) => {
	return state.counts;
};
const groupsSync = (state) => {
	return state.groups;
};
const defaultSync = (state) => {
	return state.paths;
};
const limitFilesSync = (state) => {
	return state.paths.slice(0, state.options.maxFiles);
};
const onlyCountsAsync = (state, error, callback$1) => {
	report(error, callback$1, state.counts, state.options.suppressErrors);
	return null;
};
const defaultAsync = (state, error, callback$1) => {
	report(error, callback$1, state.paths, state.options.suppressErrors);
	return null;
};
const limitFilesAsync = (state, error, callback$1) => {
	report(error, callback$1, state.paths.slice(0, state.options.maxFiles), state.options.suppressErrors);
	return null;
};
const groupsAsync = (state, error, callback$1) => {
	report(error, callback$1, state.groups, state.options.suppressErrors);
	return null;
};
function report(error, callback$1, output, suppressErrors) {
	if (error && !suppressErrors) callback$1(error, output);
	else callback$1(null, output);
}
function build$1(options, isSynchronous) {
	const { onlyCounts, group, maxFiles } = options;
	if (onlyCounts) return isSynchronous ? onlyCountsSync : onlyCountsAsync;
	else if (group) return isSynchronous ? groupsSync : groupsAsync;
	else if (maxFiles) return isSynchronous ? limitFilesSync : limitFilesAsync;
	else return isSynchronous ? defaultSync : defaultAsync;
}

//#endregion
//#region src/api/functions/walk-directory.ts
const readdirOpts = { withFileTypes: true };
const walkAsync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
	state.queue.enqueue();
	if (currentDepth < 0) return state.queue.dequeue(null, state);
	const { fs } = state;
	state.visited.push(crawlPath);
	state.counts.directories++;
	fs.readdir(crawlPath || ".", readdirOpts, (error, entries = []) => {
		callback$1(entries, directoryPath, currentDepth);
		state.queue.dequeue(state.options.suppressErrors ? null : error, state);
	});
};
const walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
	const { fs } = state;
	if (currentDepth < 0) return;
	state.visited.push(crawlPath);
	state.counts.directories++;
	let entries = [];
	try {
		entries = fs.readdirSync(crawlPath || ".", readdirOpts);
	} catch (e) {
		if (!state.options.suppressErrors) throw e;
	}
	callback$1(entries, directoryPath, currentDepth);
};
function build(isSynchronous) {
	return isSynchronous ? walkSync : walkAsync;
}

//#endregion
//#region src/api/queue.ts
/**
* This is a custom stateless queue to track concurrent async fs calls.
* It increments a counter whenever a call is queued and decrements it
* as soon as it completes. When the counter hits 0, it calls onQueueEmpty.
*/
var Queue = class {
	count = 0;
	constructor(onQueueEmpty) {
		this.onQueueEmpty = onQueueEmpty;
	}
	enqueue() {
		this.count++;
		return this.count;
	}
	dequeue(error, output) {
		if (this.onQueueEmpty && (--this.count <= 0 || error)) {
			this.onQueueEmpty(error, output);
			if (error) {
				output.controller.abort();
				this.onQueueEmpty = void 0;
			}
		}
	}
};

//#endregion
//#region src/api/counter.ts
var Counter = class {
	_files = 0;
	_directories = 0;
	set files(num) {
		this._files = num;
	}
	get files() {
		return this._files;
	}
	set directories(num) {
		this._directories = num;
	}
	get directories() {
		return this._directories;
	}
	/**
	* @deprecated use `directories` instead
	*/
	/* c8 ignore next 3 */
	get dirs() {
		return this._directories;
	}
};

//#endregion
//#region src/api/aborter.ts
/**
* AbortController is not supported on Node 14 so we use this until we can drop
* support for Node 14.
*/
var Aborter = class {
	aborted = false;
	abort() {
		this.aborted = true;
	}
};

//#endregion
//#region src/api/walker.ts
var Walker = class {
	root;
	isSynchronous;
	state;
	joinPath;
	pushDirectory;
	pushFile;
	getArray;
	groupFiles;
	resolveSymlink;
	walkDirectory;
	callbackInvoker;
	constructor(root, options, callback$1) {
		this.isSynchronous = !callback$1;
		this.callbackInvoker = build$1(options, this.isSynchronous);
		this.root = normalizePath(root, options);
		this.state = {
			root: isRootDirectory(this.root) ? this.root : this.root.slice(0, -1),
			paths: [""].slice(0, 0),
			groups: [],
			counts: new Counter(),
			options,
			queue: new Queue((error, state) => this.callbackInvoker(state, error, callback$1)),
			symlinks: /* @__PURE__ */ new Map(),
			visited: [""].slice(0, 0),
			controller: new Aborter(),
			fs: options.fs || nativeFs
		};
		this.joinPath = build$7(this.root, options);
		this.pushDirectory = build$6(this.root, options);
		this.pushFile = build$5(options);
		this.getArray = build$4(options);
		this.groupFiles = build$3(options);
		this.resolveSymlink = build$2(options, this.isSynchronous);
		this.walkDirectory = build(this.isSynchronous);
	}
	start() {
		this.pushDirectory(this.root, this.state.paths, this.state.options.filters);
		this.walkDirectory(this.state, this.root, this.root, this.state.options.maxDepth, this.walk);
		return this.isSynchronous ? this.callbackInvoker(this.state, null) : null;
	}
	walk = (entries, directoryPath, depth) => {
		const { paths, options: { filters, resolveSymlinks: resolveSymlinks$1, excludeSymlinks, exclude, maxFiles, signal, useRealPaths, pathSeparator }, controller } = this.state;
		if (controller.aborted || signal && signal.aborted || maxFiles && paths.length > maxFiles) return;
		const files = this.getArray(this.state.paths);
		for (let i = 0; i < entries.length; ++i) {
			const entry = entries[i];
			if (entry.isFile() || entry.isSymbolicLink() && !resolveSymlinks$1 && !excludeSymlinks) {
				const filename = this.joinPath(entry.name, directoryPath);
				this.pushFile(filename, files, this.state.counts, filters);
			} else if (entry.isDirectory()) {
				let path = joinDirectoryPath(entry.name, directoryPath, this.state.options.pathSeparator);
				if (exclude && exclude(entry.name, path)) continue;
				this.pushDirectory(path, paths, filters);
				this.walkDirectory(this.state, path, path, depth - 1, this.walk);
			} else if (this.resolveSymlink && entry.isSymbolicLink()) {
				let path = joinPathWithBasePath(entry.name, directoryPath);
				this.resolveSymlink(path, this.state, (stat, resolvedPath) => {
					if (stat.isDirectory()) {
						resolvedPath = normalizePath(resolvedPath, this.state.options);
						if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path + pathSeparator)) return;
						this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path + pathSeparator, depth - 1, this.walk);
					} else {
						resolvedPath = useRealPaths ? resolvedPath : path;
						const filename = basename(resolvedPath);
						const directoryPath$1 = normalizePath(dirname(resolvedPath), this.state.options);
						resolvedPath = this.joinPath(filename, directoryPath$1);
						this.pushFile(resolvedPath, files, this.state.counts, filters);
					}
				});
			}
		}
		this.groupFiles(this.state.groups, directoryPath, files);
	};
};

//#endregion
//#region src/api/async.ts
function promise(root, options) {
	return new Promise((resolve$1, reject) => {
		callback(root, options, (err, output) => {
			if (err) return reject(err);
			resolve$1(output);
		});
	});
}
function callback(root, options, callback$1) {
	let walker = new Walker(root, options, callback$1);
	walker.start();
}

//#endregion
//#region src/api/sync.ts
function sync(root, options) {
	const walker = new Walker(root, options);
	return walker.start();
}

//#endregion
//#region src/builder/api-builder.ts
var APIBuilder = class {
	constructor(root, options) {
		this.root = root;
		this.options = options;
	}
	withPromise() {
		return promise(this.root, this.options);
	}
	withCallback(cb) {
		callback(this.root, this.options, cb);
	}
	sync() {
		return sync(this.root, this.options);
	}
};

//#endregion
//#region src/builder/index.ts
let pm = null;
/* c8 ignore next 6 */
try {
	__require.resolve("picomatch");
	pm = __require("picomatch");
} catch {}
var Builder = class {
	globCache = {};
	options = {
		maxDepth: Infinity,
		suppressErrors: true,
		pathSeparator: sep,
		filters: []
	};
	globFunction;
	constructor(options) {
		this.options = {
			...this.options,
			...options
		};
		this.globFunction = this.options.globFunction;
	}
	group() {
		this.options.group = true;
		return this;
	}
	withPathSeparator(separator) {
		this.options.pathSeparator = separator;
		return this;
	}
	withBasePath() {
		this.options.includeBasePath = true;
		return this;
	}
	withRelativePaths() {
		this.options.relativePaths = true;
		return this;
	}
	withDirs() {
		this.options.includeDirs = true;
		return this;
	}
	withMaxDepth(depth) {
		this.options.maxDepth = depth;
		return this;
	}
	withMaxFiles(limit) {
		this.options.maxFiles = limit;
		return this;
	}
	withFullPaths() {
		this.options.resolvePaths = true;
		this.options.includeBasePath = true;
		return this;
	}
	withErrors() {
		this.options.suppressErrors = false;
		return this;
	}
	withSymlinks({ resolvePaths = true } = {}) {
		this.options.resolveSymlinks = true;
		this.options.useRealPaths = resolvePaths;
		return this.withFullPaths();
	}
	withAbortSignal(signal) {
		this.options.signal = signal;
		return this;
	}
	normalize() {
		this.options.normalizePath = true;
		return this;
	}
	filter(predicate) {
		this.options.filters.push(predicate);
		return this;
	}
	onlyDirs() {
		this.options.excludeFiles = true;
		this.options.includeDirs = true;
		return this;
	}
	exclude(predicate) {
		this.options.exclude = predicate;
		return this;
	}
	onlyCounts() {
		this.options.onlyCounts = true;
		return this;
	}
	crawl(root) {
		return new APIBuilder(root || ".", this.options);
	}
	withGlobFunction(fn) {
		this.globFunction = fn;
		return this;
	}
	/**
	* @deprecated Pass options using the constructor instead:
	* ```ts
	* new fdir(options).crawl("/path/to/root");
	* ```
	* This method will be removed in v7.0
	*/
	/* c8 ignore next 4 */
	crawlWithOptions(root, options) {
		this.options = {
			...this.options,
			...options
		};
		return new APIBuilder(root || ".", this.options);
	}
	glob(...patterns) {
		if (this.globFunction) return this.globWithOptions(patterns);
		return this.globWithOptions(patterns, ...[{ dot: true }]);
	}
	globWithOptions(patterns, ...options) {
		const globFn = this.globFunction || pm;
		/* c8 ignore next 5 */
		if (!globFn) throw new Error("Please specify a glob function to use glob matching.");
		var isMatch = this.globCache[patterns.join("\0")];
		if (!isMatch) {
			isMatch = globFn(patterns, ...options);
			this.globCache[patterns.join("\0")] = isMatch;
		}
		this.options.filters.push((path) => isMatch(path));
		return this;
	}
};

function getDefaultExportFromCjs (x) {
	return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, 'default') ? x['default'] : x;
}

var utils = {};

var constants;
var hasRequiredConstants;

function requireConstants () {
	if (hasRequiredConstants) return constants;
	hasRequiredConstants = 1;

	const WIN_SLASH = '\\\\/';
	const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

	const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

	/**
	 * Posix glob regex
	 */

	const DOT_LITERAL = '\\.';
	const PLUS_LITERAL = '\\+';
	const QMARK_LITERAL = '\\?';
	const SLASH_LITERAL = '\\/';
	const ONE_CHAR = '(?=.)';
	const QMARK = '[^/]';
	const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
	const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
	const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
	const NO_DOT = `(?!${DOT_LITERAL})`;
	const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
	const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
	const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
	const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
	const STAR = `${QMARK}*?`;
	const SEP = '/';

	const POSIX_CHARS = {
	  DOT_LITERAL,
	  PLUS_LITERAL,
	  QMARK_LITERAL,
	  SLASH_LITERAL,
	  ONE_CHAR,
	  QMARK,
	  END_ANCHOR,
	  DOTS_SLASH,
	  NO_DOT,
	  NO_DOTS,
	  NO_DOT_SLASH,
	  NO_DOTS_SLASH,
	  QMARK_NO_DOT,
	  STAR,
	  START_ANCHOR,
	  SEP
	};

	/**
	 * Windows glob regex
	 */

	const WINDOWS_CHARS = {
	  ...POSIX_CHARS,

	  SLASH_LITERAL: `[${WIN_SLASH}]`,
	  QMARK: WIN_NO_SLASH,
	  STAR: `${WIN_NO_SLASH}*?`,
	  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
	  NO_DOT: `(?!${DOT_LITERAL})`,
	  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
	  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
	  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
	  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
	  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
	  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
	  SEP: '\\'
	};

	/**
	 * POSIX Bracket Regex
	 */

	const POSIX_REGEX_SOURCE = {
	  __proto__: null,
	  alnum: 'a-zA-Z0-9',
	  alpha: 'a-zA-Z',
	  ascii: '\\x00-\\x7F',
	  blank: ' \\t',
	  cntrl: '\\x00-\\x1F\\x7F',
	  digit: '0-9',
	  graph: '\\x21-\\x7E',
	  lower: 'a-z',
	  print: '\\x20-\\x7E ',
	  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
	  space: ' \\t\\r\\n\\v\\f',
	  upper: 'A-Z',
	  word: 'A-Za-z0-9_',
	  xdigit: 'A-Fa-f0-9'
	};

	constants = {
	  DEFAULT_MAX_EXTGLOB_RECURSION,
	  MAX_LENGTH: 1024 * 64,
	  POSIX_REGEX_SOURCE,

	  // regular expressions
	  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
	  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
	  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
	  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
	  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
	  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

	  // Replace globs with equivalent patterns to reduce parsing time.
	  REPLACEMENTS: {
	    __proto__: null,
	    '***': '*',
	    '**/**': '**',
	    '**/**/**': '**'
	  },

	  // Digits
	  CHAR_0: 48, /* 0 */
	  CHAR_9: 57, /* 9 */

	  // Alphabet chars.
	  CHAR_UPPERCASE_A: 65, /* A */
	  CHAR_LOWERCASE_A: 97, /* a */
	  CHAR_UPPERCASE_Z: 90, /* Z */
	  CHAR_LOWERCASE_Z: 122, /* z */

	  CHAR_LEFT_PARENTHESES: 40, /* ( */
	  CHAR_RIGHT_PARENTHESES: 41, /* ) */

	  CHAR_ASTERISK: 42, /* * */

	  // Non-alphabetic chars.
	  CHAR_AMPERSAND: 38, /* & */
	  CHAR_AT: 64, /* @ */
	  CHAR_BACKWARD_SLASH: 92, /* \ */
	  CHAR_CARRIAGE_RETURN: 13, /* \r */
	  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
	  CHAR_COLON: 58, /* : */
	  CHAR_COMMA: 44, /* , */
	  CHAR_DOT: 46, /* . */
	  CHAR_DOUBLE_QUOTE: 34, /* " */
	  CHAR_EQUAL: 61, /* = */
	  CHAR_EXCLAMATION_MARK: 33, /* ! */
	  CHAR_FORM_FEED: 12, /* \f */
	  CHAR_FORWARD_SLASH: 47, /* / */
	  CHAR_GRAVE_ACCENT: 96, /* ` */
	  CHAR_HASH: 35, /* # */
	  CHAR_HYPHEN_MINUS: 45, /* - */
	  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
	  CHAR_LEFT_CURLY_BRACE: 123, /* { */
	  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
	  CHAR_LINE_FEED: 10, /* \n */
	  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
	  CHAR_PERCENT: 37, /* % */
	  CHAR_PLUS: 43, /* + */
	  CHAR_QUESTION_MARK: 63, /* ? */
	  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
	  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
	  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
	  CHAR_SEMICOLON: 59, /* ; */
	  CHAR_SINGLE_QUOTE: 39, /* ' */
	  CHAR_SPACE: 32, /*   */
	  CHAR_TAB: 9, /* \t */
	  CHAR_UNDERSCORE: 95, /* _ */
	  CHAR_VERTICAL_LINE: 124, /* | */
	  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

	  /**
	   * Create EXTGLOB_CHARS
	   */

	  extglobChars(chars) {
	    return {
	      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
	      '?': { type: 'qmark', open: '(?:', close: ')?' },
	      '+': { type: 'plus', open: '(?:', close: ')+' },
	      '*': { type: 'star', open: '(?:', close: ')*' },
	      '@': { type: 'at', open: '(?:', close: ')' }
	    };
	  },

	  /**
	   * Create GLOB_CHARS
	   */

	  globChars(win32) {
	    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
	  }
	};
	return constants;
}

/*global navigator*/

var hasRequiredUtils;

function requireUtils () {
	if (hasRequiredUtils) return utils;
	hasRequiredUtils = 1;
	(function (exports) {

		const {
		  REGEX_BACKSLASH,
		  REGEX_REMOVE_BACKSLASH,
		  REGEX_SPECIAL_CHARS,
		  REGEX_SPECIAL_CHARS_GLOBAL
		} = /*@__PURE__*/ requireConstants();

		exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
		exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
		exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
		exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
		exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

		exports.isWindows = () => {
		  if (typeof navigator !== 'undefined' && navigator.platform) {
		    const platform = navigator.platform.toLowerCase();
		    return platform === 'win32' || platform === 'windows';
		  }

		  if (typeof process !== 'undefined' && process.platform) {
		    return process.platform === 'win32';
		  }

		  return false;
		};

		exports.removeBackslashes = str => {
		  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
		    return match === '\\' ? '' : match;
		  });
		};

		exports.escapeLast = (input, char, lastIdx) => {
		  const idx = input.lastIndexOf(char, lastIdx);
		  if (idx === -1) return input;
		  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
		  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
		};

		exports.removePrefix = (input, state = {}) => {
		  let output = input;
		  if (output.startsWith('./')) {
		    output = output.slice(2);
		    state.prefix = './';
		  }
		  return output;
		};

		exports.wrapOutput = (input, state = {}, options = {}) => {
		  const prepend = options.contains ? '' : '^';
		  const append = options.contains ? '' : '$';

		  let output = `${prepend}(?:${input})${append}`;
		  if (state.negated === true) {
		    output = `(?:^(?!${output}).*$)`;
		  }
		  return output;
		};

		exports.basename = (path, { windows } = {}) => {
		  const segs = path.split(windows ? /[\\/]/ : '/');
		  const last = segs[segs.length - 1];

		  if (last === '') {
		    return segs[segs.length - 2];
		  }

		  return last;
		}; 
	} (utils));
	return utils;
}

var scan_1;
var hasRequiredScan;

function requireScan () {
	if (hasRequiredScan) return scan_1;
	hasRequiredScan = 1;

	const utils = /*@__PURE__*/ requireUtils();
	const {
	  CHAR_ASTERISK,             /* * */
	  CHAR_AT,                   /* @ */
	  CHAR_BACKWARD_SLASH,       /* \ */
	  CHAR_COMMA,                /* , */
	  CHAR_DOT,                  /* . */
	  CHAR_EXCLAMATION_MARK,     /* ! */
	  CHAR_FORWARD_SLASH,        /* / */
	  CHAR_LEFT_CURLY_BRACE,     /* { */
	  CHAR_LEFT_PARENTHESES,     /* ( */
	  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
	  CHAR_PLUS,                 /* + */
	  CHAR_QUESTION_MARK,        /* ? */
	  CHAR_RIGHT_CURLY_BRACE,    /* } */
	  CHAR_RIGHT_PARENTHESES,    /* ) */
	  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
	} = /*@__PURE__*/ requireConstants();

	const isPathSeparator = code => {
	  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
	};

	const depth = token => {
	  if (token.isPrefix !== true) {
	    token.depth = token.isGlobstar ? Infinity : 1;
	  }
	};

	/**
	 * Quickly scans a glob pattern and returns an object with a handful of
	 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
	 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
	 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
	 *
	 * ```js
	 * const pm = require('picomatch');
	 * console.log(pm.scan('foo/bar/*.js'));
	 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
	 * ```
	 * @param {String} `str`
	 * @param {Object} `options`
	 * @return {Object} Returns an object with tokens and regex source string.
	 * @api public
	 */

	const scan = (input, options) => {
	  const opts = options || {};

	  const length = input.length - 1;
	  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
	  const slashes = [];
	  const tokens = [];
	  const parts = [];

	  let str = input;
	  let index = -1;
	  let start = 0;
	  let lastIndex = 0;
	  let isBrace = false;
	  let isBracket = false;
	  let isGlob = false;
	  let isExtglob = false;
	  let isGlobstar = false;
	  let braceEscaped = false;
	  let backslashes = false;
	  let negated = false;
	  let negatedExtglob = false;
	  let finished = false;
	  let braces = 0;
	  let prev;
	  let code;
	  let token = { value: '', depth: 0, isGlob: false };

	  const eos = () => index >= length;
	  const peek = () => str.charCodeAt(index + 1);
	  const advance = () => {
	    prev = code;
	    return str.charCodeAt(++index);
	  };

	  while (index < length) {
	    code = advance();
	    let next;

	    if (code === CHAR_BACKWARD_SLASH) {
	      backslashes = token.backslashes = true;
	      code = advance();

	      if (code === CHAR_LEFT_CURLY_BRACE) {
	        braceEscaped = true;
	      }
	      continue;
	    }

	    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
	      braces++;

	      while (eos() !== true && (code = advance())) {
	        if (code === CHAR_BACKWARD_SLASH) {
	          backslashes = token.backslashes = true;
	          advance();
	          continue;
	        }

	        if (code === CHAR_LEFT_CURLY_BRACE) {
	          braces++;
	          continue;
	        }

	        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
	          isBrace = token.isBrace = true;
	          isGlob = token.isGlob = true;
	          finished = true;

	          if (scanToEnd === true) {
	            continue;
	          }

	          break;
	        }

	        if (braceEscaped !== true && code === CHAR_COMMA) {
	          isBrace = token.isBrace = true;
	          isGlob = token.isGlob = true;
	          finished = true;

	          if (scanToEnd === true) {
	            continue;
	          }

	          break;
	        }

	        if (code === CHAR_RIGHT_CURLY_BRACE) {
	          braces--;

	          if (braces === 0) {
	            braceEscaped = false;
	            isBrace = token.isBrace = true;
	            finished = true;
	            break;
	          }
	        }
	      }

	      if (scanToEnd === true) {
	        continue;
	      }

	      break;
	    }

	    if (code === CHAR_FORWARD_SLASH) {
	      slashes.push(index);
	      tokens.push(token);
	      token = { value: '', depth: 0, isGlob: false };

	      if (finished === true) continue;
	      if (prev === CHAR_DOT && index === (start + 1)) {
	        start += 2;
	        continue;
	      }

	      lastIndex = index + 1;
	      continue;
	    }

	    if (opts.noext !== true) {
	      const isExtglobChar = code === CHAR_PLUS
	        || code === CHAR_AT
	        || code === CHAR_ASTERISK
	        || code === CHAR_QUESTION_MARK
	        || code === CHAR_EXCLAMATION_MARK;

	      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
	        isGlob = token.isGlob = true;
	        isExtglob = token.isExtglob = true;
	        finished = true;
	        if (code === CHAR_EXCLAMATION_MARK && index === start) {
	          negatedExtglob = true;
	        }

	        if (scanToEnd === true) {
	          let parens = 0;

	          while (eos() !== true && (code = advance())) {
	            if (code === CHAR_BACKWARD_SLASH) {
	              backslashes = token.backslashes = true;
	              advance();
	              continue;
	            }

	            if (code === CHAR_LEFT_PARENTHESES) {
	              parens++;
	              continue;
	            }

	            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
	              finished = true;
	              break;
	            }
	          }
	          continue;
	        }
	        break;
	      }
	    }

	    if (code === CHAR_ASTERISK) {
	      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
	      isGlob = token.isGlob = true;
	      finished = true;

	      if (scanToEnd === true) {
	        continue;
	      }
	      break;
	    }

	    if (code === CHAR_QUESTION_MARK) {
	      isGlob = token.isGlob = true;
	      finished = true;

	      if (scanToEnd === true) {
	        continue;
	      }
	      break;
	    }

	    if (code === CHAR_LEFT_SQUARE_BRACKET) {
	      while (eos() !== true && (next = advance())) {
	        if (next === CHAR_BACKWARD_SLASH) {
	          backslashes = token.backslashes = true;
	          advance();
	          continue;
	        }

	        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
	          isBracket = token.isBracket = true;
	          isGlob = token.isGlob = true;
	          finished = true;
	          break;
	        }
	      }

	      if (scanToEnd === true) {
	        continue;
	      }

	      break;
	    }

	    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
	      negated = token.negated = true;
	      start++;
	      continue;
	    }

	    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
	      isGlob = token.isGlob = true;

	      if (scanToEnd === true) {
	        let parens = 1;

	        while (eos() !== true && (code = advance())) {
	          if (code === CHAR_BACKWARD_SLASH) {
	            backslashes = token.backslashes = true;
	            advance();
	            continue;
	          }

	          if (code === CHAR_LEFT_PARENTHESES) {
	            parens++;
	            continue;
	          }

	          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
	            finished = true;
	            break;
	          }
	        }
	        continue;
	      }
	      break;
	    }

	    if (isGlob === true) {
	      finished = true;

	      if (scanToEnd === true) {
	        continue;
	      }

	      break;
	    }
	  }

	  if (opts.noext === true) {
	    isExtglob = false;
	    isGlob = false;
	  }

	  let base = str;
	  let prefix = '';
	  let glob = '';

	  if (start > 0) {
	    prefix = str.slice(0, start);
	    str = str.slice(start);
	    lastIndex -= start;
	  }

	  if (base && isGlob === true && lastIndex > 0) {
	    base = str.slice(0, lastIndex);
	    glob = str.slice(lastIndex);
	  } else if (isGlob === true) {
	    base = '';
	    glob = str;
	  } else {
	    base = str;
	  }

	  if (base && base !== '' && base !== '/' && base !== str) {
	    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
	      base = base.slice(0, -1);
	    }
	  }

	  if (opts.unescape === true) {
	    if (glob) glob = utils.removeBackslashes(glob);

	    if (base && backslashes === true) {
	      base = utils.removeBackslashes(base);
	    }
	  }

	  const state = {
	    prefix,
	    input,
	    start,
	    base,
	    glob,
	    isBrace,
	    isBracket,
	    isGlob,
	    isExtglob,
	    isGlobstar,
	    negated,
	    negatedExtglob
	  };

	  if (opts.tokens === true) {
	    state.maxDepth = 0;
	    if (!isPathSeparator(code)) {
	      tokens.push(token);
	    }
	    state.tokens = tokens;
	  }

	  if (opts.parts === true || opts.tokens === true) {
	    let prevIndex;

	    for (let idx = 0; idx < slashes.length; idx++) {
	      const n = prevIndex !== undefined ? prevIndex + 1 : start;
	      const i = slashes[idx];
	      const value = input.slice(n, i);
	      if (opts.tokens) {
	        if (idx === 0 && start !== 0) {
	          tokens[idx].isPrefix = true;
	          tokens[idx].value = prefix;
	        } else {
	          tokens[idx].value = value;
	        }
	        depth(tokens[idx]);
	        state.maxDepth += tokens[idx].depth;
	      }
	      if (i >= start) {
	        parts.push(value);
	        prevIndex = i;
	      }
	    }

	    const n = prevIndex !== undefined ? prevIndex + 1 : start;
	    const value = input.slice(n);
	    parts.push(value);

	    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
	      tokens[tokens.length - 1].value = value;
	      depth(tokens[tokens.length - 1]);
	      state.maxDepth += tokens[tokens.length - 1].depth;
	    }

	    state.slashes = slashes;
	    state.parts = parts;
	  }

	  return state;
	};

	scan_1 = scan;
	return scan_1;
}

var parse_1;
var hasRequiredParse;

function requireParse () {
	if (hasRequiredParse) return parse_1;
	hasRequiredParse = 1;

	const constants = /*@__PURE__*/ requireConstants();
	const utils = /*@__PURE__*/ requireUtils();

	/**
	 * Constants
	 */

	const {
	  MAX_LENGTH,
	  POSIX_REGEX_SOURCE,
	  REGEX_NON_SPECIAL_CHARS,
	  REGEX_SPECIAL_CHARS_BACKREF,
	  REPLACEMENTS
	} = constants;

	/**
	 * Helpers
	 */

	const expandRange = (args, options) => {
	  if (typeof options.expandRange === 'function') {
	    return options.expandRange(...args, options);
	  }

	  args.sort();
	  const value = `[${args.join('-')}]`;

	  try {
	    /* eslint-disable-next-line no-new */
	    new RegExp(value);
	  } catch (ex) {
	    return args.map(v => utils.escapeRegex(v)).join('..');
	  }

	  return value;
	};

	/**
	 * Create the message for a syntax error
	 */

	const syntaxError = (type, char) => {
	  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
	};

	const splitTopLevel = input => {
	  const parts = [];
	  let bracket = 0;
	  let paren = 0;
	  let quote = 0;
	  let value = '';
	  let escaped = false;

	  for (const ch of input) {
	    if (escaped === true) {
	      value += ch;
	      escaped = false;
	      continue;
	    }

	    if (ch === '\\') {
	      value += ch;
	      escaped = true;
	      continue;
	    }

	    if (ch === '"') {
	      quote = quote === 1 ? 0 : 1;
	      value += ch;
	      continue;
	    }

	    if (quote === 0) {
	      if (ch === '[') {
	        bracket++;
	      } else if (ch === ']' && bracket > 0) {
	        bracket--;
	      } else if (bracket === 0) {
	        if (ch === '(') {
	          paren++;
	        } else if (ch === ')' && paren > 0) {
	          paren--;
	        } else if (ch === '|' && paren === 0) {
	          parts.push(value);
	          value = '';
	          continue;
	        }
	      }
	    }

	    value += ch;
	  }

	  parts.push(value);
	  return parts;
	};

	const isPlainBranch = branch => {
	  let escaped = false;

	  for (const ch of branch) {
	    if (escaped === true) {
	      escaped = false;
	      continue;
	    }

	    if (ch === '\\') {
	      escaped = true;
	      continue;
	    }

	    if (/[?*+@!()[\]{}]/.test(ch)) {
	      return false;
	    }
	  }

	  return true;
	};

	const normalizeSimpleBranch = branch => {
	  let value = branch.trim();
	  let changed = true;

	  while (changed === true) {
	    changed = false;

	    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
	      value = value.slice(2, -1);
	      changed = true;
	    }
	  }

	  if (!isPlainBranch(value)) {
	    return;
	  }

	  return value.replace(/\\(.)/g, '$1');
	};

	const hasRepeatedCharPrefixOverlap = branches => {
	  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

	  for (let i = 0; i < values.length; i++) {
	    for (let j = i + 1; j < values.length; j++) {
	      const a = values[i];
	      const b = values[j];
	      const char = a[0];

	      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
	        continue;
	      }

	      if (a === b || a.startsWith(b) || b.startsWith(a)) {
	        return true;
	      }
	    }
	  }

	  return false;
	};

	const parseRepeatedExtglob = (pattern, requireEnd = true) => {
	  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
	    return;
	  }

	  let bracket = 0;
	  let paren = 0;
	  let quote = 0;
	  let escaped = false;

	  for (let i = 1; i < pattern.length; i++) {
	    const ch = pattern[i];

	    if (escaped === true) {
	      escaped = false;
	      continue;
	    }

	    if (ch === '\\') {
	      escaped = true;
	      continue;
	    }

	    if (ch === '"') {
	      quote = quote === 1 ? 0 : 1;
	      continue;
	    }

	    if (quote === 1) {
	      continue;
	    }

	    if (ch === '[') {
	      bracket++;
	      continue;
	    }

	    if (ch === ']' && bracket > 0) {
	      bracket--;
	      continue;
	    }

	    if (bracket > 0) {
	      continue;
	    }

	    if (ch === '(') {
	      paren++;
	      continue;
	    }

	    if (ch === ')') {
	      paren--;

	      if (paren === 0) {
	        if (requireEnd === true && i !== pattern.length - 1) {
	          return;
	        }

	        return {
	          type: pattern[0],
	          body: pattern.slice(2, i),
	          end: i
	        };
	      }
	    }
	  }
	};

	const buildCharClassStar = chars => {
	  const source = chars.length === 1
	    ? utils.escapeRegex(chars[0])
	    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

	  return `${source}*`;
	};

	const getStarExtglobSequenceChars = pattern => {
	  let index = 0;
	  const chars = [];

	  while (index < pattern.length) {
	    const match = parseRepeatedExtglob(pattern.slice(index), false);

	    if (!match || match.type !== '*') {
	      return;
	    }

	    const branches = splitTopLevel(match.body).map(branch => branch.trim());
	    if (branches.length !== 1) {
	      return;
	    }

	    const branch = normalizeSimpleBranch(branches[0]);
	    if (!branch || branch.length !== 1) {
	      return;
	    }

	    chars.push(branch);
	    index += match.end + 1;
	  }

	  if (chars.length < 1) {
	    return;
	  }

	  return chars;
	};

	const repeatedExtglobRecursion = pattern => {
	  let depth = 0;
	  let value = pattern.trim();
	  let match = parseRepeatedExtglob(value);

	  while (match) {
	    depth++;
	    value = match.body.trim();
	    match = parseRepeatedExtglob(value);
	  }

	  return depth;
	};

	const analyzeRepeatedExtglob = (body, options) => {
	  if (options.maxExtglobRecursion === false) {
	    return { risky: false };
	  }

	  const max =
	    typeof options.maxExtglobRecursion === 'number'
	      ? options.maxExtglobRecursion
	      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

	  const branches = splitTopLevel(body).map(branch => branch.trim());

	  if (branches.length > 1) {
	    if (
	      branches.some(branch => branch === '') ||
	      branches.some(branch => /^[*?]+$/.test(branch)) ||
	      hasRepeatedCharPrefixOverlap(branches)
	    ) {
	      return { risky: true };
	    }
	  }

	  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
	  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
	  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
	  // characters we can emit one flat, ReDoS-safe character class that preserves the
	  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
	  // every branch but the first.
	  const safeChars = [];
	  let sawStarSequence = false;
	  let combinable = true;

	  for (const branch of branches) {
	    const chars = getStarExtglobSequenceChars(branch);
	    if (chars) {
	      sawStarSequence = true;
	      safeChars.push(...chars);
	      continue;
	    }

	    const literal = normalizeSimpleBranch(branch);
	    if (literal && literal.length === 1) {
	      safeChars.push(literal);
	      continue;
	    }

	    combinable = false;

	    if (repeatedExtglobRecursion(branch) > max) {
	      return { risky: true };
	    }
	  }

	  if (sawStarSequence) {
	    return combinable
	      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
	      : { risky: true };
	  }

	  return { risky: false };
	};

	/**
	 * Parse the given input string.
	 * @param {String} input
	 * @param {Object} options
	 * @return {Object}
	 */

	const parse = (input, options) => {
	  if (typeof input !== 'string') {
	    throw new TypeError('Expected a string');
	  }

	  input = REPLACEMENTS[input] || input;

	  const opts = { ...options };
	  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

	  let len = input.length;
	  if (len > max) {
	    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
	  }

	  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
	  const tokens = [bos];

	  const capture = opts.capture ? '' : '?:';

	  // create constants based on platform, for windows or posix
	  const PLATFORM_CHARS = constants.globChars(opts.windows);
	  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

	  const {
	    DOT_LITERAL,
	    PLUS_LITERAL,
	    SLASH_LITERAL,
	    ONE_CHAR,
	    DOTS_SLASH,
	    NO_DOT,
	    NO_DOT_SLASH,
	    NO_DOTS_SLASH,
	    QMARK,
	    QMARK_NO_DOT,
	    STAR,
	    START_ANCHOR
	  } = PLATFORM_CHARS;

	  const globstar = opts => {
	    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
	  };

	  const nodot = opts.dot ? '' : NO_DOT;
	  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
	  let star = opts.bash === true ? globstar(opts) : STAR;

	  if (opts.capture) {
	    star = `(${star})`;
	  }

	  // minimatch options support
	  if (typeof opts.noext === 'boolean') {
	    opts.noextglob = opts.noext;
	  }

	  const state = {
	    input,
	    index: -1,
	    start: 0,
	    dot: opts.dot === true,
	    consumed: '',
	    output: '',
	    prefix: '',
	    backtrack: false,
	    negated: false,
	    brackets: 0,
	    braces: 0,
	    parens: 0,
	    quotes: 0,
	    globstar: false,
	    tokens
	  };

	  input = utils.removePrefix(input, state);
	  len = input.length;

	  const extglobs = [];
	  const braces = [];
	  const stack = [];
	  let prev = bos;
	  let value;

	  /**
	   * Tokenizing helpers
	   */

	  const eos = () => state.index === len - 1;
	  const peek = state.peek = (n = 1) => input[state.index + n];
	  const advance = state.advance = () => input[++state.index] || '';
	  const remaining = () => input.slice(state.index + 1);
	  const consume = (value = '', num = 0) => {
	    state.consumed += value;
	    state.index += num;
	  };

	  const append = token => {
	    state.output += token.output != null ? token.output : token.value;
	    consume(token.value);
	  };

	  const negate = () => {
	    let count = 1;

	    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
	      advance();
	      state.start++;
	      count++;
	    }

	    if (count % 2 === 0) {
	      return false;
	    }

	    state.negated = true;
	    state.start++;
	    return true;
	  };

	  const increment = type => {
	    state[type]++;
	    stack.push(type);
	  };

	  const decrement = type => {
	    state[type]--;
	    stack.pop();
	  };

	  /**
	   * Push tokens onto the tokens array. This helper speeds up
	   * tokenizing by 1) helping us avoid backtracking as much as possible,
	   * and 2) helping us avoid creating extra tokens when consecutive
	   * characters are plain text. This improves performance and simplifies
	   * lookbehinds.
	   */

	  const push = tok => {
	    if (prev.type === 'globstar') {
	      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
	      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

	      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
	        state.output = state.output.slice(0, -prev.output.length);
	        prev.type = 'star';
	        prev.value = '*';
	        prev.output = star;
	        state.output += prev.output;
	      }
	    }

	    if (extglobs.length && tok.type !== 'paren') {
	      extglobs[extglobs.length - 1].inner += tok.value;
	    }

	    if (tok.value || tok.output) append(tok);
	    if (prev && prev.type === 'text' && tok.type === 'text') {
	      prev.output = (prev.output || prev.value) + tok.value;
	      prev.value += tok.value;
	      return;
	    }

	    tok.prev = prev;
	    tokens.push(tok);
	    prev = tok;
	  };

	  const extglobOpen = (type, value) => {
	    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

	    token.prev = prev;
	    token.parens = state.parens;
	    token.output = state.output;
	    token.startIndex = state.index;
	    token.tokensIndex = tokens.length;
	    const output = (opts.capture ? '(' : '') + token.open;

	    increment('parens');
	    push({ type, value, output: state.output ? '' : ONE_CHAR });
	    push({ type: 'paren', extglob: true, value: advance(), output });
	    extglobs.push(token);
	  };

	  const extglobClose = token => {
	    const literal = input.slice(token.startIndex, state.index + 1);
	    const body = input.slice(token.startIndex + 2, state.index);
	    const analysis = analyzeRepeatedExtglob(body, opts);

	    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
	      const safeOutput = analysis.safeOutput
	        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
	        : undefined;
	      const open = tokens[token.tokensIndex];

	      open.type = 'text';
	      open.value = literal;
	      open.output = safeOutput || utils.escapeRegex(literal);

	      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
	        tokens[i].value = '';
	        tokens[i].output = '';
	        delete tokens[i].suffix;
	      }

	      state.output = token.output + open.output;
	      state.backtrack = true;

	      push({ type: 'paren', extglob: true, value, output: '' });
	      decrement('parens');
	      return;
	    }

	    let output = token.close + (opts.capture ? ')' : '');
	    let rest;

	    if (token.type === 'negate') {
	      let extglobStar = star;

	      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
	        extglobStar = globstar(opts);
	      }

	      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
	        output = token.close = `)$))${extglobStar}`;
	      }

	      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
	        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
	        // In this case, we need to parse the string and use it in the output of the original pattern.
	        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
	        //
	        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
	        const expression = parse(rest, { ...options, fastpaths: false }).output;

	        output = token.close = `)${expression})${extglobStar})`;
	      }

	      if (token.prev.type === 'bos') {
	        state.negatedExtglob = true;
	      }
	    }

	    push({ type: 'paren', extglob: true, value, output });
	    decrement('parens');
	  };

	  /**
	   * Fast paths
	   */

	  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
	    let backslashes = false;

	    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
	      if (first === '\\') {
	        backslashes = true;
	        return m;
	      }

	      if (first === '?') {
	        if (esc) {
	          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
	        }
	        if (index === 0) {
	          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
	        }
	        return QMARK.repeat(chars.length);
	      }

	      if (first === '.') {
	        return DOT_LITERAL.repeat(chars.length);
	      }

	      if (first === '*') {
	        if (esc) {
	          return esc + first + (rest ? star : '');
	        }
	        return star;
	      }
	      return esc ? m : `\\${m}`;
	    });

	    if (backslashes === true) {
	      if (opts.unescape === true) {
	        output = output.replace(/\\/g, '');
	      } else {
	        output = output.replace(/\\+/g, m => {
	          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
	        });
	      }
	    }

	    if (output === input && opts.contains === true) {
	      state.output = input;
	      return state;
	    }

	    state.output = utils.wrapOutput(output, state, options);
	    return state;
	  }

	  /**
	   * Tokenize input until we reach end-of-string
	   */

	  while (!eos()) {
	    value = advance();

	    if (value === '\u0000') {
	      continue;
	    }

	    /**
	     * Escaped characters
	     */

	    if (value === '\\') {
	      const next = peek();

	      if (next === '/' && opts.bash !== true) {
	        continue;
	      }

	      if (next === '.' || next === ';') {
	        continue;
	      }

	      if (!next) {
	        value += '\\';
	        push({ type: 'text', value });
	        continue;
	      }

	      // collapse slashes to reduce potential for exploits
	      const match = /^\\+/.exec(remaining());
	      let slashes = 0;

	      if (match && match[0].length > 2) {
	        slashes = match[0].length;
	        state.index += slashes;
	        if (slashes % 2 !== 0) {
	          value += '\\';
	        }
	      }

	      if (opts.unescape === true) {
	        value = advance();
	      } else {
	        value += advance();
	      }

	      if (state.brackets === 0) {
	        push({ type: 'text', value });
	        continue;
	      }
	    }

	    /**
	     * If we're inside a regex character class, continue
	     * until we reach the closing bracket.
	     */

	    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
	      if (opts.posix !== false && value === ':') {
	        const inner = prev.value.slice(1);
	        if (inner.includes('[')) {
	          prev.posix = true;

	          if (inner.includes(':')) {
	            const idx = prev.value.lastIndexOf('[');
	            const pre = prev.value.slice(0, idx);
	            const rest = prev.value.slice(idx + 2);
	            const posix = POSIX_REGEX_SOURCE[rest];
	            if (posix) {
	              prev.value = pre + posix;
	              state.backtrack = true;
	              advance();

	              if (!bos.output && tokens.indexOf(prev) === 1) {
	                bos.output = ONE_CHAR;
	              }
	              continue;
	            }
	          }
	        }
	      }

	      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
	        value = `\\${value}`;
	      }

	      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
	        value = `\\${value}`;
	      }

	      if (opts.posix === true && value === '!' && prev.value === '[') {
	        value = '^';
	      }

	      prev.value += value;
	      append({ value });
	      continue;
	    }

	    /**
	     * If we're inside a quoted string, continue
	     * until we reach the closing double quote.
	     */

	    if (state.quotes === 1 && value !== '"') {
	      value = utils.escapeRegex(value);
	      prev.value += value;
	      append({ value });
	      continue;
	    }

	    /**
	     * Double quotes
	     */

	    if (value === '"') {
	      state.quotes = state.quotes === 1 ? 0 : 1;
	      if (opts.keepQuotes === true) {
	        push({ type: 'text', value });
	      }
	      continue;
	    }

	    /**
	     * Parentheses
	     */

	    if (value === '(') {
	      increment('parens');
	      push({ type: 'paren', value });
	      continue;
	    }

	    if (value === ')') {
	      if (state.parens === 0 && opts.strictBrackets === true) {
	        throw new SyntaxError(syntaxError('opening', '('));
	      }

	      const extglob = extglobs[extglobs.length - 1];
	      if (extglob && state.parens === extglob.parens + 1) {
	        extglobClose(extglobs.pop());
	        continue;
	      }

	      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
	      decrement('parens');
	      continue;
	    }

	    /**
	     * Square brackets
	     */

	    if (value === '[') {
	      if (opts.nobracket === true || !remaining().includes(']')) {
	        if (opts.nobracket !== true && opts.strictBrackets === true) {
	          throw new SyntaxError(syntaxError('closing', ']'));
	        }

	        value = `\\${value}`;
	      } else {
	        increment('brackets');
	      }

	      push({ type: 'bracket', value });
	      continue;
	    }

	    if (value === ']') {
	      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
	        push({ type: 'text', value, output: `\\${value}` });
	        continue;
	      }

	      if (state.brackets === 0) {
	        if (opts.strictBrackets === true) {
	          throw new SyntaxError(syntaxError('opening', '['));
	        }

	        push({ type: 'text', value, output: `\\${value}` });
	        continue;
	      }

	      decrement('brackets');

	      const prevValue = prev.value.slice(1);
	      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
	        value = `/${value}`;
	      }

	      prev.value += value;
	      append({ value });

	      // when literal brackets are explicitly disabled
	      // assume we should match with a regex character class
	      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
	        continue;
	      }

	      const escaped = utils.escapeRegex(prev.value);
	      state.output = state.output.slice(0, -prev.value.length);

	      // when literal brackets are explicitly enabled
	      // assume we should escape the brackets to match literal characters
	      if (opts.literalBrackets === true) {
	        state.output += escaped;
	        prev.value = escaped;
	        continue;
	      }

	      // when the user specifies nothing, try to match both
	      prev.value = `(${capture}${escaped}|${prev.value})`;
	      state.output += prev.value;
	      continue;
	    }

	    /**
	     * Braces
	     */

	    if (value === '{' && opts.nobrace !== true) {
	      increment('braces');

	      const open = {
	        type: 'brace',
	        value,
	        output: '(',
	        outputIndex: state.output.length,
	        tokensIndex: state.tokens.length
	      };

	      braces.push(open);
	      push(open);
	      continue;
	    }

	    if (value === '}') {
	      const brace = braces[braces.length - 1];

	      if (opts.nobrace === true || !brace) {
	        push({ type: 'text', value, output: value });
	        continue;
	      }

	      let output = ')';

	      if (brace.dots === true) {
	        const arr = tokens.slice();
	        const range = [];

	        for (let i = arr.length - 1; i >= 0; i--) {
	          tokens.pop();
	          if (arr[i].type === 'brace') {
	            break;
	          }
	          if (arr[i].type !== 'dots') {
	            range.unshift(arr[i].value);
	          }
	        }

	        output = expandRange(range, opts);
	        state.backtrack = true;
	      }

	      if (brace.comma !== true && brace.dots !== true) {
	        const out = state.output.slice(0, brace.outputIndex);
	        const toks = state.tokens.slice(brace.tokensIndex);
	        brace.value = brace.output = '\\{';
	        value = output = '\\}';
	        state.output = out;
	        for (const t of toks) {
	          state.output += (t.output || t.value);
	        }
	      }

	      push({ type: 'brace', value, output });
	      decrement('braces');
	      braces.pop();
	      continue;
	    }

	    /**
	     * Pipes
	     */

	    if (value === '|') {
	      if (extglobs.length > 0) {
	        extglobs[extglobs.length - 1].conditions++;
	      }
	      push({ type: 'text', value });
	      continue;
	    }

	    /**
	     * Commas
	     */

	    if (value === ',') {
	      let output = value;

	      const brace = braces[braces.length - 1];
	      if (brace && stack[stack.length - 1] === 'braces') {
	        brace.comma = true;
	        output = '|';
	      }

	      push({ type: 'comma', value, output });
	      continue;
	    }

	    /**
	     * Slashes
	     */

	    if (value === '/') {
	      // if the beginning of the glob is "./", advance the start
	      // to the current index, and don't add the "./" characters
	      // to the state. This greatly simplifies lookbehinds when
	      // checking for BOS characters like "!" and "." (not "./")
	      if (prev.type === 'dot' && state.index === state.start + 1) {
	        state.start = state.index + 1;
	        state.consumed = '';
	        state.output = '';
	        tokens.pop();
	        prev = bos; // reset "prev" to the first token
	        continue;
	      }

	      push({ type: 'slash', value, output: SLASH_LITERAL });
	      continue;
	    }

	    /**
	     * Dots
	     */

	    if (value === '.') {
	      if (state.braces > 0 && prev.type === 'dot') {
	        if (prev.value === '.') prev.output = DOT_LITERAL;
	        const brace = braces[braces.length - 1];
	        prev.type = 'dots';
	        prev.output += value;
	        prev.value += value;
	        brace.dots = true;
	        continue;
	      }

	      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
	        push({ type: 'text', value, output: DOT_LITERAL });
	        continue;
	      }

	      push({ type: 'dot', value, output: DOT_LITERAL });
	      continue;
	    }

	    /**
	     * Question marks
	     */

	    if (value === '?') {
	      const isGroup = prev && prev.value === '(';
	      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
	        extglobOpen('qmark', value);
	        continue;
	      }

	      if (prev && prev.type === 'paren') {
	        const next = peek();
	        let output = value;

	        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
	          output = `\\${value}`;
	        }

	        push({ type: 'text', value, output });
	        continue;
	      }

	      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
	        push({ type: 'qmark', value, output: QMARK_NO_DOT });
	        continue;
	      }

	      push({ type: 'qmark', value, output: QMARK });
	      continue;
	    }

	    /**
	     * Exclamation
	     */

	    if (value === '!') {
	      if (opts.noextglob !== true && peek() === '(') {
	        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
	          extglobOpen('negate', value);
	          continue;
	        }
	      }

	      if (opts.nonegate !== true && state.index === 0) {
	        negate();
	        continue;
	      }
	    }

	    /**
	     * Plus
	     */

	    if (value === '+') {
	      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
	        extglobOpen('plus', value);
	        continue;
	      }

	      if ((prev && prev.value === '(') || opts.regex === false) {
	        push({ type: 'plus', value, output: PLUS_LITERAL });
	        continue;
	      }

	      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
	        push({ type: 'plus', value });
	        continue;
	      }

	      push({ type: 'plus', value: PLUS_LITERAL });
	      continue;
	    }

	    /**
	     * Plain text
	     */

	    if (value === '@') {
	      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
	        push({ type: 'at', extglob: true, value, output: '' });
	        continue;
	      }

	      push({ type: 'text', value });
	      continue;
	    }

	    /**
	     * Plain text
	     */

	    if (value !== '*') {
	      if (value === '$' || value === '^') {
	        value = `\\${value}`;
	      }

	      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
	      if (match) {
	        value += match[0];
	        state.index += match[0].length;
	      }

	      push({ type: 'text', value });
	      continue;
	    }

	    /**
	     * Stars
	     */

	    if (prev && (prev.type === 'globstar' || prev.star === true)) {
	      prev.type = 'star';
	      prev.star = true;
	      prev.value += value;
	      prev.output = star;
	      state.backtrack = true;
	      state.globstar = true;
	      consume(value);
	      continue;
	    }

	    let rest = remaining();
	    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
	      extglobOpen('star', value);
	      continue;
	    }

	    if (prev.type === 'star') {
	      if (opts.noglobstar === true) {
	        consume(value);
	        continue;
	      }

	      const prior = prev.prev;
	      const before = prior.prev;
	      const isStart = prior.type === 'slash' || prior.type === 'bos';
	      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

	      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
	        push({ type: 'star', value, output: '' });
	        continue;
	      }

	      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
	      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
	      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
	        push({ type: 'star', value, output: '' });
	        continue;
	      }

	      // strip consecutive `/**/`
	      while (rest.slice(0, 3) === '/**') {
	        const after = input[state.index + 4];
	        if (after && after !== '/') {
	          break;
	        }
	        rest = rest.slice(3);
	        consume('/**', 3);
	      }

	      // A globstar followed only by balanced closing parens is at the logical end of patterns like
	      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
	      // parent path, except in negated extglobs where that would change the exclusion semantics.
	      const isEnd = eos() || (
	        state.parens > 0
	        && rest === ')'.repeat(state.parens)
	        && !extglobs.some(extglob => extglob.type === 'negate')
	      );

	      if (prior.type === 'bos' && eos()) {
	        prev.type = 'globstar';
	        prev.value += value;
	        prev.output = globstar(opts);
	        state.output = prev.output;
	        state.globstar = true;
	        consume(value);
	        continue;
	      }

	      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
	        state.output = state.output.slice(0, -(prior.output + prev.output).length);
	        prior.output = `(?:${prior.output}`;

	        prev.type = 'globstar';
	        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
	        prev.value += value;
	        state.globstar = true;
	        state.output += prior.output + prev.output;
	        consume(value);
	        continue;
	      }

	      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
	        const end = rest[1] !== void 0 ? '|$' : '';

	        state.output = state.output.slice(0, -(prior.output + prev.output).length);
	        prior.output = `(?:${prior.output}`;

	        prev.type = 'globstar';
	        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
	        prev.value += value;

	        state.output += prior.output + prev.output;
	        state.globstar = true;

	        consume(value + advance());

	        push({ type: 'slash', value: '/', output: '' });
	        continue;
	      }

	      if (prior.type === 'bos' && rest[0] === '/') {
	        prev.type = 'globstar';
	        prev.value += value;
	        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
	        state.output = prev.output;
	        state.globstar = true;
	        consume(value + advance());
	        push({ type: 'slash', value: '/', output: '' });
	        continue;
	      }

	      // remove single star from output
	      state.output = state.output.slice(0, -prev.output.length);

	      // reset previous token to globstar
	      prev.type = 'globstar';
	      prev.output = globstar(opts);
	      prev.value += value;

	      // reset output with globstar
	      state.output += prev.output;
	      state.globstar = true;
	      consume(value);
	      continue;
	    }

	    const token = { type: 'star', value, output: star };

	    if (opts.bash === true) {
	      token.output = '.*?';
	      if (prev.type === 'bos' || prev.type === 'slash') {
	        token.output = nodot + token.output;
	      }
	      push(token);
	      continue;
	    }

	    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
	      token.output = value;
	      push(token);
	      continue;
	    }

	    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
	      if (prev.type === 'dot') {
	        state.output += NO_DOT_SLASH;
	        prev.output += NO_DOT_SLASH;

	      } else if (opts.dot === true) {
	        state.output += NO_DOTS_SLASH;
	        prev.output += NO_DOTS_SLASH;

	      } else {
	        state.output += nodot;
	        prev.output += nodot;
	      }

	      if (peek() !== '*') {
	        state.output += ONE_CHAR;
	        prev.output += ONE_CHAR;
	      }
	    }

	    push(token);
	  }

	  while (state.brackets > 0) {
	    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
	    state.output = utils.escapeLast(state.output, '[');
	    decrement('brackets');
	  }

	  while (state.parens > 0) {
	    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
	    state.output = utils.escapeLast(state.output, '(');
	    decrement('parens');
	  }

	  while (state.braces > 0) {
	    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
	    state.output = utils.escapeLast(state.output, '{');
	    decrement('braces');
	  }

	  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
	    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
	  }

	  // rebuild the output if we had to backtrack at any point
	  if (state.backtrack === true) {
	    state.output = '';

	    for (const token of state.tokens) {
	      state.output += token.output != null ? token.output : token.value;

	      if (token.suffix) {
	        state.output += token.suffix;
	      }
	    }
	  }

	  return state;
	};

	/**
	 * Fast paths for creating regular expressions for common glob patterns.
	 * This can significantly speed up processing and has very little downside
	 * impact when none of the fast paths match.
	 */

	parse.fastpaths = (input, options) => {
	  const opts = { ...options };
	  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
	  const len = input.length;
	  if (len > max) {
	    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
	  }

	  input = REPLACEMENTS[input] || input;

	  // create constants based on platform, for windows or posix
	  const {
	    DOT_LITERAL,
	    SLASH_LITERAL,
	    ONE_CHAR,
	    DOTS_SLASH,
	    NO_DOT,
	    NO_DOTS,
	    NO_DOTS_SLASH,
	    STAR,
	    START_ANCHOR
	  } = constants.globChars(opts.windows);

	  const nodot = opts.dot ? NO_DOTS : NO_DOT;
	  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
	  const capture = opts.capture ? '' : '?:';
	  const state = { negated: false, prefix: '' };
	  let star = opts.bash === true ? '.*?' : STAR;

	  if (opts.capture) {
	    star = `(${star})`;
	  }

	  const globstar = opts => {
	    if (opts.noglobstar === true) return star;
	    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
	  };

	  const create = str => {
	    switch (str) {
	      case '*':
	        return `${nodot}${ONE_CHAR}${star}`;

	      case '.*':
	        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

	      case '*.*':
	        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

	      case '*/*':
	        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

	      case '**':
	        return nodot + globstar(opts);

	      case '**/*':
	        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

	      case '**/*.*':
	        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

	      case '**/.*':
	        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

	      default: {
	        const match = /^(.*?)\.(\w+)$/.exec(str);
	        if (!match) return;

	        const source = create(match[1]);
	        if (!source) return;

	        return source + DOT_LITERAL + match[2];
	      }
	    }
	  };

	  const output = utils.removePrefix(input, state);
	  let source = create(output);

	  if (source && opts.strictSlashes !== true) {
	    source += `${SLASH_LITERAL}?`;
	  }

	  return source;
	};

	parse_1 = parse;
	return parse_1;
}

var picomatch_1$1;
var hasRequiredPicomatch$1;

function requirePicomatch$1 () {
	if (hasRequiredPicomatch$1) return picomatch_1$1;
	hasRequiredPicomatch$1 = 1;

	const scan = /*@__PURE__*/ requireScan();
	const parse = /*@__PURE__*/ requireParse();
	const utils = /*@__PURE__*/ requireUtils();
	const constants = /*@__PURE__*/ requireConstants();
	const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

	/**
	 * Creates a matcher function from one or more glob patterns. The
	 * returned function takes a string to match as its first argument,
	 * and returns true if the string is a match. The returned matcher
	 * function also takes a boolean as the second argument that, when true,
	 * returns an object with additional information.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch(glob[, options]);
	 *
	 * const isMatch = picomatch('*.!(*a)');
	 * console.log(isMatch('a.a')); //=> false
	 * console.log(isMatch('a.b')); //=> true
	 *
	 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
	 * const picomatch = require('picomatch/posix');
	 * // the same API, defaulting to posix paths
	 * const isMatch = picomatch('a/*');
	 * console.log(isMatch('a\\b')); //=> false
	 * console.log(isMatch('a/b')); //=> true
	 *
	 * // you can still configure the matcher function to accept windows paths
	 * const isMatch = picomatch('a/*', { options: windows });
	 * console.log(isMatch('a\\b')); //=> true
	 * console.log(isMatch('a/b')); //=> true
	 * ```
	 * @name picomatch
	 * @param {String|Array} `globs` One or more glob patterns.
	 * @param {Object=} `options`
	 * @return {Function=} Returns a matcher function.
	 * @api public
	 */

	const picomatch = (glob, options, returnState = false) => {
	  if (Array.isArray(glob)) {
	    const fns = glob.map(input => picomatch(input, options, returnState));
	    const arrayMatcher = str => {
	      for (const isMatch of fns) {
	        const state = isMatch(str);
	        if (state) return state;
	      }
	      return false;
	    };
	    return arrayMatcher;
	  }

	  const isState = isObject(glob) && glob.tokens && glob.input;

	  if (glob === '' || (typeof glob !== 'string' && !isState)) {
	    throw new TypeError('Expected pattern to be a non-empty string');
	  }

	  const opts = options || {};
	  const posix = opts.windows;
	  const regex = isState
	    ? picomatch.compileRe(glob, options)
	    : picomatch.makeRe(glob, options, false, true);

	  const state = regex.state;
	  delete regex.state;

	  let isIgnored = () => false;
	  if (opts.ignore) {
	    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
	    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
	  }

	  const matcher = (input, returnObject = false) => {
	    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
	    const result = { glob, state, regex, posix, input, output, match, isMatch };

	    if (typeof opts.onResult === 'function') {
	      opts.onResult(result);
	    }

	    if (isMatch === false) {
	      result.isMatch = false;
	      return returnObject ? result : false;
	    }

	    if (isIgnored(input)) {
	      if (typeof opts.onIgnore === 'function') {
	        opts.onIgnore(result);
	      }
	      result.isMatch = false;
	      return returnObject ? result : false;
	    }

	    if (typeof opts.onMatch === 'function') {
	      opts.onMatch(result);
	    }
	    return returnObject ? result : true;
	  };

	  if (returnState) {
	    matcher.state = state;
	  }

	  return matcher;
	};

	/**
	 * Test `input` with the given `regex`. This is used by the main
	 * `picomatch()` function to test the input string.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch.test(input, regex[, options]);
	 *
	 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
	 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
	 * ```
	 * @param {String} `input` String to test.
	 * @param {RegExp} `regex`
	 * @return {Object} Returns an object with matching info.
	 * @api public
	 */

	picomatch.test = (input, regex, options, { glob, posix } = {}) => {
	  if (typeof input !== 'string') {
	    throw new TypeError('Expected input to be a string');
	  }

	  if (input === '') {
	    return { isMatch: false, output: '' };
	  }

	  const opts = options || {};
	  const format = opts.format || (posix ? utils.toPosixSlashes : null);
	  let match = input === glob;
	  let output = (match && format) ? format(input) : input;

	  if (match === false) {
	    output = format ? format(input) : input;
	    match = output === glob;
	  }

	  if (match === false || opts.capture === true) {
	    if (opts.matchBase === true || opts.basename === true) {
	      match = picomatch.matchBase(input, regex, options, posix);
	    } else {
	      match = regex.exec(output);
	    }
	  }

	  return { isMatch: Boolean(match), match, output };
	};

	/**
	 * Match the basename of a filepath.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch.matchBase(input, glob[, options]);
	 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
	 * ```
	 * @param {String} `input` String to test.
	 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
	 * @return {Boolean}
	 * @api public
	 */

	picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
	  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
	  return regex.test(utils.basename(input, { windows: posix }));
	};

	/**
	 * Returns true if **any** of the given glob `patterns` match the specified `string`.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch.isMatch(string, patterns[, options]);
	 *
	 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
	 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
	 * ```
	 * @param {String|Array} str The string to test.
	 * @param {String|Array} patterns One or more glob patterns to use for matching.
	 * @param {Object} [options] See available [options](#options).
	 * @return {Boolean} Returns true if any patterns match `str`
	 * @api public
	 */

	picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

	/**
	 * Parse a glob pattern to create the source string for a regular
	 * expression.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * const result = picomatch.parse(pattern[, options]);
	 * ```
	 * @param {String} `pattern`
	 * @param {Object} `options`
	 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
	 * @api public
	 */

	picomatch.parse = (pattern, options) => {
	  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
	  return parse(pattern, { ...options, fastpaths: false });
	};

	/**
	 * Scan a glob pattern to separate the pattern into segments.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch.scan(input[, options]);
	 *
	 * const result = picomatch.scan('!./foo/*.js');
	 * console.log(result);
	 * { prefix: '!./',
	 *   input: '!./foo/*.js',
	 *   start: 3,
	 *   base: 'foo',
	 *   glob: '*.js',
	 *   isBrace: false,
	 *   isBracket: false,
	 *   isGlob: true,
	 *   isExtglob: false,
	 *   isGlobstar: false,
	 *   negated: true }
	 * ```
	 * @param {String} `input` Glob pattern to scan.
	 * @param {Object} `options`
	 * @return {Object} Returns an object with
	 * @api public
	 */

	picomatch.scan = (input, options) => scan(input, options);

	/**
	 * Compile a regular expression from the `state` object returned by the
	 * [parse()](#parse) method.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * const state = picomatch.parse('*.js');
	 * // picomatch.compileRe(state[, options]);
	 *
	 * console.log(picomatch.compileRe(state));
	 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
	 * ```
	 * @param {Object} `state`
	 * @param {Object} `options`
	 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
	 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
	 * @return {RegExp}
	 * @api public
	 */

	picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
	  if (returnOutput === true) {
	    return state.output;
	  }

	  const opts = options || {};
	  const prepend = opts.contains ? '' : '^';
	  const append = opts.contains ? '' : '$';

	  let source = `${prepend}(?:${state.output})${append}`;
	  if (state && state.negated === true) {
	    source = `^(?!${source}).*$`;
	  }

	  const regex = picomatch.toRegex(source, options);
	  if (returnState === true) {
	    regex.state = state;
	  }

	  return regex;
	};

	/**
	 * Create a regular expression from a parsed glob pattern.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch.makeRe(state[, options]);
	 *
	 * const result = picomatch.makeRe('*.js');
	 * console.log(result);
	 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
	 * ```
	 * @param {String} `state` The object returned from the `.parse` method.
	 * @param {Object} `options`
	 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
	 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
	 * @return {RegExp} Returns a regex created from the given pattern.
	 * @api public
	 */

	picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
	  if (!input || typeof input !== 'string') {
	    throw new TypeError('Expected a non-empty string');
	  }

	  let parsed = { negated: false, fastpaths: true };

	  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
	    parsed.output = parse.fastpaths(input, options);
	  }

	  if (!parsed.output) {
	    parsed = parse(input, options);
	  }

	  return picomatch.compileRe(parsed, options, returnOutput, returnState);
	};

	/**
	 * Create a regular expression from the given regex source string.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch.toRegex(source[, options]);
	 *
	 * const { output } = picomatch.parse('*.js');
	 * console.log(picomatch.toRegex(output));
	 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
	 * ```
	 * @param {String} `source` Regular expression source string.
	 * @param {Object} `options`
	 * @return {RegExp}
	 * @api public
	 */

	picomatch.toRegex = (source, options) => {
	  try {
	    const opts = options || {};
	    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
	  } catch (err) {
	    if (options && options.debug === true) throw err;
	    return /$^/;
	  }
	};

	/**
	 * Picomatch constants.
	 * @return {Object}
	 */

	picomatch.constants = constants;

	/**
	 * Expose "picomatch"
	 */

	picomatch_1$1 = picomatch;
	return picomatch_1$1;
}

var picomatch_1;
var hasRequiredPicomatch;

function requirePicomatch () {
	if (hasRequiredPicomatch) return picomatch_1;
	hasRequiredPicomatch = 1;

	const pico = /*@__PURE__*/ requirePicomatch$1();
	const utils = /*@__PURE__*/ requireUtils();

	function picomatch(glob, options, returnState = false) {
	  // default to os.platform()
	  if (options && (options.windows === null || options.windows === undefined)) {
	    // don't mutate the original options object
	    options = { ...options, windows: utils.isWindows() };
	  }

	  return pico(glob, options, returnState);
	}

	Object.assign(picomatch, pico);
	picomatch_1 = picomatch;
	return picomatch_1;
}

var picomatchExports = /*@__PURE__*/ requirePicomatch();
var picomatch = /*@__PURE__*/getDefaultExportFromCjs(picomatchExports);

//#region src/utils.ts
const isReadonlyArray = Array.isArray;
const BACKSLASHES = /\\/g;
const DRIVE_RELATIVE_PATH = /^[A-Za-z]:$/;
const isWin = process.platform === "win32";
const ONLY_PARENT_DIRECTORIES = /^(\/?\.\.)+$/;
function getPartialMatcher(patterns, options = {}) {
	const patternsCount = patterns.length;
	const patternsParts = Array(patternsCount);
	const matchers = Array(patternsCount);
	let i, j;
	for (i = 0; i < patternsCount; i++) {
		const parts = splitPattern(patterns[i]);
		patternsParts[i] = parts;
		const partsCount = parts.length;
		const partMatchers = Array(partsCount);
		for (j = 0; j < partsCount; j++) partMatchers[j] = picomatch(parts[j], options);
		matchers[i] = partMatchers;
	}
	return (input) => {
		const inputParts = input.split("/");
		if (inputParts[0] === ".." && ONLY_PARENT_DIRECTORIES.test(input)) return true;
		for (i = 0; i < patternsCount; i++) {
			const patternParts = patternsParts[i];
			const matcher = matchers[i];
			const inputPatternCount = inputParts.length;
			const minParts = Math.min(inputPatternCount, patternParts.length);
			j = 0;
			while (j < minParts) {
				const part = patternParts[j];
				if (part.includes("/")) return true;
				if (!matcher[j](inputParts[j])) break;
				if (!options.noglobstar && part === "**") return true;
				j++;
			}
			if (j === inputPatternCount) return true;
		}
		return false;
	};
}
/* node:coverage ignore next 2 */
const WIN32_ROOT_DIR = /^[A-Z]:\/$/i;
const isRoot = isWin ? (p) => WIN32_ROOT_DIR.test(p) : (p) => p === "/";
function buildFormat(cwd, root, absolute) {
	if (cwd === root || root.startsWith(`${cwd}/`)) {
		if (absolute) {
			const start = cwd.length + +!isRoot(cwd);
			return (p, isDir) => p.slice(start, isDir ? -1 : void 0) || ".";
		}
		const prefix = root.slice(cwd.length + 1);
		if (prefix) return (p, isDir) => {
			if (p === ".") return prefix;
			const result = `${prefix}/${p}`;
			return isDir ? result.slice(0, -1) : result;
		};
		return (p, isDir) => isDir && p !== "." ? p.slice(0, -1) : p;
	}
	if (absolute) return (p) => posix.relative(cwd, p) || ".";
	return (p) => posix.relative(cwd, `${root}/${p}`) || ".";
}
function buildRelative(cwd, root) {
	if (root.startsWith(`${cwd}/`)) {
		const prefix = root.slice(cwd.length + 1);
		return (p) => `${prefix}/${p}`;
	}
	return (p) => {
		const result = posix.relative(cwd, `${root}/${p}`);
		return p[p.length - 1] === "/" && result !== "" ? `${result}/` : result || ".";
	};
}
function ensureNonDriveRelativePath(path) {
	return path.replace(DRIVE_RELATIVE_PATH, (match) => `${match}/`);
}
const splitPatternOptions = { parts: true };
function splitPattern(path) {
	var _result$parts;
	const result = picomatch.scan(path, splitPatternOptions);
	return ((_result$parts = result.parts) === null || _result$parts === void 0 ? void 0 : _result$parts.length) ? result.parts : [path];
}
const POSIX_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;
const WIN32_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;
const escapePosixPath = (path) => path.replace(POSIX_UNESCAPED_GLOB_SYMBOLS, "\\$&");
const escapeWin32Path = (path) => path.replace(WIN32_UNESCAPED_GLOB_SYMBOLS, "\\$&");
/**
* Escapes a path's special characters depending on the platform.
* @see {@link https://superchupu.dev/tinyglobby/documentation#escapePath}
*/
/* node:coverage ignore next */
const escapePath = isWin ? escapeWin32Path : escapePosixPath;
/**
* Checks if a pattern has dynamic parts.
*
* Has a few minor differences with [`fast-glob`](https://github.com/mrmlnc/fast-glob) for better accuracy:
*
* - Doesn't necessarily return `false` on patterns that include `\`.
* - Returns `true` if the pattern includes parentheses, regardless of them representing one single pattern or not.
* - Returns `true` for unfinished glob extensions i.e. `(h`, `+(h`.
* - Returns `true` for unfinished brace expansions as long as they include `,` or `..`.
*
* @see {@link https://superchupu.dev/tinyglobby/documentation#isDynamicPattern}
*/
function isDynamicPattern(pattern, options) {
	const scan = picomatch.scan(pattern);
	return scan.isGlob || scan.negated;
}
function log(...tasks) {
	console.log(`[tinyglobby ${(/* @__PURE__ */ new Date()).toLocaleTimeString("es")}]`, ...tasks);
}
function ensureStringArray(value) {
	return typeof value === "string" ? [value] : value !== null && value !== void 0 ? value : [];
}
//#endregion
//#region src/patterns.ts
const PARENT_DIRECTORY = /^(\/?\.\.)+/;
const ESCAPING_BACKSLASHES = /\\(?=[()[\]{}!*+?@|])/g;
function normalizePattern(pattern, opts, props, isIgnore) {
	var _PARENT_DIRECTORY$exe;
	const cwd = opts.cwd;
	let result = pattern;
	if (pattern[pattern.length - 1] === "/") result = pattern.slice(0, -1);
	if (result[result.length - 1] !== "*" && opts.expandDirectories) result += "/**";
	const escapedCwd = escapePath(cwd);
	result = isAbsolute(result.replace(ESCAPING_BACKSLASHES, "")) ? posix.relative(escapedCwd, result) : posix.normalize(result);
	const parentDir = (_PARENT_DIRECTORY$exe = PARENT_DIRECTORY.exec(result)) === null || _PARENT_DIRECTORY$exe === void 0 ? void 0 : _PARENT_DIRECTORY$exe[0];
	const parts = splitPattern(result);
	if (parentDir) {
		const n = (parentDir.length + 1) / 3;
		let i = 0;
		const cwdParts = escapedCwd.split("/");
		while (i < n && parts[i + n] === cwdParts[cwdParts.length + i - n]) {
			result = result.slice(0, (n - i - 1) * 3) + result.slice((n - i) * 3 + parts[i + n].length + 1) || ".";
			i++;
		}
		const potentialRoot = posix.join(cwd, parentDir.slice(i * 3));
		if (potentialRoot[0] !== "." && props.root.length > potentialRoot.length) {
			props.root = ensureNonDriveRelativePath(potentialRoot);
			props.depthOffset = -n + i;
		}
	}
	if (!isIgnore && props.depthOffset >= 0) {
		var _props$commonPath;
		(_props$commonPath = props.commonPath) !== null && _props$commonPath !== void 0 || (props.commonPath = parts);
		const newCommonPath = [];
		const length = Math.min(props.commonPath.length, parts.length);
		for (let i = 0; i < length; i++) {
			const part = parts[i];
			if (part === "**" && !parts[i + 1]) {
				newCommonPath.pop();
				break;
			}
			if (i === parts.length - 1 || part !== props.commonPath[i] || isDynamicPattern(part)) break;
			newCommonPath.push(part);
		}
		props.depthOffset = newCommonPath.length;
		props.commonPath = newCommonPath;
		props.root = ensureNonDriveRelativePath(newCommonPath.length > 0 ? posix.join(cwd, ...newCommonPath) : cwd);
	}
	return result;
}
function processPatterns(options, patterns, props) {
	const matchPatterns = [];
	const ignorePatterns = [];
	for (const pattern of options.ignore) {
		if (!pattern) continue;
		if (pattern[0] !== "!" || pattern[1] === "(") ignorePatterns.push(normalizePattern(pattern, options, props, true));
	}
	for (const pattern of patterns) {
		if (!pattern) continue;
		if (pattern[0] !== "!" || pattern[1] === "(") matchPatterns.push(normalizePattern(pattern, options, props, false));
		else if (pattern[1] !== "!" || pattern[2] === "(") ignorePatterns.push(normalizePattern(pattern.slice(1), options, props, true));
	}
	return {
		match: matchPatterns,
		ignore: ignorePatterns
	};
}
//#endregion
//#region src/crawler.ts
function buildCrawler(options, patterns) {
	const cwd = options.cwd;
	const props = {
		root: cwd,
		depthOffset: 0
	};
	const processed = processPatterns(options, patterns, props);
	if (options.debug) log("internal processing patterns:", processed);
	const { absolute, caseSensitiveMatch, debug, dot, followSymbolicLinks, onlyDirectories } = options;
	const root = props.root.replace(BACKSLASHES, "");
	const matchOptions = {
		dot,
		nobrace: options.braceExpansion === false,
		nocase: !caseSensitiveMatch,
		noextglob: options.extglob === false,
		noglobstar: options.globstar === false,
		posix: true
	};
	const matcher = picomatch(processed.match, matchOptions);
	const ignore = picomatch(processed.ignore, matchOptions);
	const partialMatcher = getPartialMatcher(processed.match, matchOptions);
	const format = buildFormat(cwd, root, absolute);
	const excludeFormatter = absolute ? format : buildFormat(cwd, root, true);
	const excludePredicate = (_, p) => {
		const relativePath = excludeFormatter(p, true);
		return relativePath !== "." && !partialMatcher(relativePath) || ignore(relativePath);
	};
	let maxDepth;
	if (options.deep !== void 0) maxDepth = Math.round(options.deep - props.depthOffset);
	const crawler = new Builder({
		filters: [debug ? (p, isDirectory) => {
			const path = format(p, isDirectory);
			const matches = matcher(path) && !ignore(path);
			if (matches) log(`matched ${path}`);
			return matches;
		} : (p, isDirectory) => {
			const path = format(p, isDirectory);
			return matcher(path) && !ignore(path);
		}],
		exclude: debug ? (_, p) => {
			const skipped = excludePredicate(_, p);
			log(`${skipped ? "skipped" : "crawling"} ${p}`);
			return skipped;
		} : excludePredicate,
		fs: options.fs,
		pathSeparator: "/",
		relativePaths: !absolute,
		resolvePaths: absolute,
		includeBasePath: absolute,
		resolveSymlinks: followSymbolicLinks,
		excludeSymlinks: !followSymbolicLinks,
		excludeFiles: onlyDirectories,
		includeDirs: onlyDirectories || !options.onlyFiles,
		maxDepth,
		signal: options.signal
	}).crawl(root);
	if (options.debug) log("internal properties:", {
		...props,
		root
	});
	return [crawler, cwd !== root && !absolute && buildRelative(cwd, root)];
}
//#endregion
//#region src/index.ts
function formatPaths(paths, mapper) {
	if (mapper) for (let i = paths.length - 1; i >= 0; i--) paths[i] = mapper(paths[i]);
	return paths;
}
const defaultOptions = {
	caseSensitiveMatch: true,
	debug: !!process.env.TINYGLOBBY_DEBUG,
	expandDirectories: true,
	followSymbolicLinks: true,
	onlyFiles: true
};
function getOptions(options) {
	const opts = Object.assign({}, options);
	for (const key in defaultOptions) if (opts[key] === void 0) Object.assign(opts, { [key]: defaultOptions[key] });
	opts.cwd = (opts.cwd instanceof URL ? fileURLToPath(opts.cwd) : resolve$1(opts.cwd || process.cwd())).replace(BACKSLASHES, "/");
	opts.ignore = ensureStringArray(opts.ignore);
	opts.fs && (opts.fs = {
		readdir: opts.fs.readdir || readdir,
		readdirSync: opts.fs.readdirSync || readdirSync,
		realpath: opts.fs.realpath || realpath,
		realpathSync: opts.fs.realpathSync || realpathSync,
		stat: opts.fs.stat || stat$1,
		statSync: opts.fs.statSync || statSync
	});
	if (opts.debug) log("globbing with options:", opts);
	return opts;
}
function getCrawler(globInput, inputOptions = {}) {
	var _ref;
	if (globInput && (inputOptions === null || inputOptions === void 0 ? void 0 : inputOptions.patterns)) throw new Error("Cannot pass patterns as both an argument and an option");
	const isModern = isReadonlyArray(globInput) || typeof globInput === "string";
	const patterns = ensureStringArray((_ref = isModern ? globInput : globInput.patterns) !== null && _ref !== void 0 ? _ref : "**/*");
	const options = getOptions(isModern ? inputOptions : globInput);
	return patterns.length > 0 ? buildCrawler(options, patterns) : [];
}
async function glob(globInput, options) {
	const [crawler, relative] = getCrawler(globInput, options);
	return crawler ? formatPaths(await crawler.withPromise(), relative) : [];
}

/**
 * nvidia-smi CSV power traces, in every shape they are found in:
 *
 * - native `nvidia-smi --query-gpu=timestamp,index,...,power.draw --format=csv[,nounits]`: a header
 *   with units (`power.draw [W]`), `, ` separators, values with units (`301.20 W`), local wall-clock
 *   times `YYYY/MM/DD HH:MM:SS.mmm` with no zone, the header repeated where runs were appended;
 * - `--format=csv,noheader[,nounits]`: no header, the field order comes from the `--query-gpu` list;
 * - any of these with an ISO time (with `Z` or an offset) prefixed to each line by a wrapper
 *   (`ts "%Y-%m-%dT%H:%M:%.S%z"`, `echo "$(date -Is), $line"`): that time, which has a zone, wins;
 * - wrapper scripts' own CSV (`timestamp,gpu_index,...,power_W`), recognised by column meaning.
 *
 * Several GPUs may be interleaved; each row is a sample of the device it names. Missing readings
 * (`[N/A]`, `[Not Supported]`) are counted, never read as 0 W.
 */
/** No single GPU draws more; a larger figure is a unit mix-up or a corrupt row. */
const MAX_WATTS = 5000;
const WATT_UNITS = new Map([
    ["w", 1],
    ["watt", 1],
    ["watts", 1],
    ["mw", 0.001],
    ["milliwatt", 0.001],
    ["milliwatts", 0.001],
    ["kw", 1000],
    ["kilowatt", 1000],
    ["kilowatts", 1000],
]);
/** Words that make a "power" column a setting or an aggregate rather than the draw. */
const NOT_DRAW = new Set([
    "limit",
    "limits",
    "max",
    "maximum",
    "min",
    "minimum",
    "cap",
    "enforced",
    "default",
    "management",
    "mode",
    "energy",
    "state",
    "requested",
    "target",
    "module",
    "supported",
    "smoothing",
]);
const TIME_NAMES = new Set([
    "timestamp",
    "time",
    "datetime",
    "date_time",
    "time_stamp",
    "ts",
    "timestamp_utc",
    "utc_timestamp",
    "time_utc",
    "utc_time",
    "datetime_utc",
    "utc_datetime",
    "date_time_utc",
]);
/** Columns holding the GPU index, most specific first: where a file has several, the first listed wins. */
const INDEX_NAMES = [
    "index",
    "gpu_index",
    "gpu_idx",
    "gpu_id",
    "device_index",
    "device_idx",
    "device_id",
    "cuda_device",
    "gpu_num",
    "gpu_number",
    "gpu_no",
    "gpu",
    "device",
];
const UUID_NAMES = new Set(["uuid", "gpu_uuid"]);
const BUS_NAMES = new Set(["pci_bus_id", "pci_bus", "bus_id", "gpu_bus_id", "pci_id"]);
const NAME_NAMES = new Set(["name", "gpu_name", "product_name"]);
/** nvidia-smi's own power draw fields, best first (recent drivers print both average and instant). */
const NVIDIA_POWER_RANK = new Map([
    ["power_draw_average", 0],
    ["power_draw", 1],
    ["power_draw_instant", 2],
]);
/** Columns of files that summarise runs (CodeCarbon emissions.csv) rather than sample power. */
const NOT_A_TRACE = new Set([
    "emissions",
    "emissions_rate",
    "energy_consumed",
    "run_id",
    "codecarbon_version",
]);
const UNIT_SUFFIX = /\s*[[(]([^\])]*)[\])]\s*$/;
const NON_WORD = /[^a-z0-9]+/;
/** `power.draw [W]` → tokens power,draw unit w; `power_W` → power, w; `Datetime (UTC)` → datetime, utc. */
function splitName(raw) {
    let s = raw.trim().toLowerCase();
    let unit;
    const m = UNIT_SUFFIX.exec(s);
    if (m) {
        unit = (m[1] ?? "").trim();
        s = s.slice(0, m.index);
    }
    const tokens = s.split(NON_WORD).filter((t) => t.length > 0);
    const last = tokens[tokens.length - 1];
    if (unit === undefined && tokens.length > 1 && last !== undefined && WATT_UNITS.has(last)) {
        unit = last;
        tokens.pop();
    }
    return { tokens, base: tokens.join("_"), unit };
}
function describeColumn(raw) {
    const { tokens, base, unit } = splitName(raw);
    const column = { raw: raw.trim(), role: "other", rank: 0, scale: 1, utc: false };
    if (TIME_NAMES.has(base)) {
        column.role = "time";
        column.utc = unit === "utc" || tokens.includes("utc");
    }
    else if (INDEX_NAMES.includes(base)) {
        column.role = "index";
        column.rank = INDEX_NAMES.indexOf(base);
    }
    else if (UUID_NAMES.has(base))
        column.role = "uuid";
    else if (BUS_NAMES.has(base))
        column.role = "bus";
    else if (NAME_NAMES.has(base))
        column.role = "name";
    else if (tokens.includes("power") && !tokens.some((t) => NOT_DRAW.has(t))) {
        // A power column names watts, or is a draw (nvidia-smi reports draw in W when nounits drops the unit).
        const scale = unit === undefined ? (tokens.includes("draw") ? 1 : undefined) : WATT_UNITS.get(unit);
        if (scale !== undefined) {
            column.role = "power";
            column.scale = scale;
            const nvidia = NVIDIA_POWER_RANK.get(base);
            const average = tokens.includes("average") || tokens.includes("avg");
            const instant = tokens.includes("instant") || tokens.includes("instantaneous");
            column.rank = nvidia ?? 3 + (average ? 0 : instant ? 2 : 1);
        }
    }
    return column;
}
/**
 * A header line: no field reads as a value (values start with a digit, a sign, a dot or `[`), and
 * some field is a word.
 */
function isHeaderFields(fields) {
    let word = false;
    for (const f of fields) {
        const c = f.charCodeAt(0);
        if ((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46 || c === 91)
            return false;
        if (!word && /[a-z]/i.test(f))
            word = true;
    }
    return word;
}
const SLOT_TIME = 0;
const SLOT_POWER = 1;
const SLOT_ID = 2;
function layoutOf$1(names) {
    const columns = names.map(describeColumn);
    let power = -1;
    const others = [];
    for (let i = 0; i < columns.length; i++) {
        const c = columns[i];
        if (c.role !== "power")
            continue;
        if (power === -1 || c.rank < columns[power].rank) {
            if (power !== -1)
                others.push(power);
            power = i;
        }
        else
            others.push(i);
    }
    if (power === -1)
        return undefined;
    const find = (role) => columns.findIndex((c) => c.role === role);
    let index = -1;
    for (let i = 0; i < columns.length; i++) {
        const c = columns[i];
        if (c.role === "index" && (index === -1 || c.rank < columns[index].rank))
            index = i;
    }
    const uuid = find("uuid");
    const bus = find("bus");
    const [id, idRole] = index !== -1
        ? [index, "index"]
        : uuid !== -1
            ? [uuid, "uuid"]
            : bus !== -1
                ? [bus, "bus"]
                : [-1, "none"];
    const time = find("time");
    const slots = new Int8Array(columns.length).fill(-1);
    if (time !== -1)
        slots[time] = SLOT_TIME;
    slots[power] = SLOT_POWER;
    if (id !== -1)
        slots[id] = SLOT_ID;
    return {
        slots,
        columns,
        fieldCount: columns.length,
        time,
        power,
        powerScale: columns[power].scale,
        id,
        idRole,
        name: find("name"),
        uuid,
        otherPower: others.sort((a, b) => a - b).map((i) => columns[i].raw),
    };
}
function noPowerMessage(names, where) {
    return (`no power column in ${where} (found: ${names.map((n) => JSON.stringify(n)).join(", ")}); ` +
        `expected nvidia-smi's power.draw (e.g. "power.draw [W]", "power.draw.average [W]") ` +
        `or a column naming power in watts (e.g. "power_W")`);
}
// ---------------------------------------------------------------------------------------------
// ISO time prefixes added by wrapper scripts
/** An ISO time with a zone at the start of a line, then a comma or whitespace. */
const ISO_PREFIX = /^(\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:Z|z|[+-]\d{2}(?::?\d{2})?))(?:\s*,\s*|\s+)/;
/** `YYYY/MM/DD HH:MM:SS.mmm`: nvidia-smi's own timestamp. */
const NATIVE_TIME = /^\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2}\.\d{3}$/;
const WATTS_WITH_UNIT = /^\d+(?:\.\d+)? W$/;
/**
 * Whether a first data line carries a prefix: without it the line must have the expected field
 * count, and with it either the count is off by the prefix field, or the prefix is glued by
 * whitespace to the first field.
 */
function hasPrefix(line, fieldCount) {
    const m = ISO_PREFIX.exec(line);
    if (!m)
        return false;
    const rest = splitCsvLine(line.slice(m[0].length));
    if (rest.length !== fieldCount)
        return false;
    const whole = splitCsvLine(line);
    return whole.length !== fieldCount || whole[0] !== m[1];
}
// ---------------------------------------------------------------------------------------------
// Values
function isMissing(text) {
    if (text.length === 0)
        return true;
    if (text.charCodeAt(0) === 91 && text.charCodeAt(text.length - 1) === 93)
        return true; // [N/A], [GPU is lost]
    const lower = text.toLowerCase();
    return (lower === "n/a" ||
        lower === "na" ||
        lower === "nan" ||
        lower === "none" ||
        lower === "null" ||
        lower === "-");
}
/** Watts from a power field, or undefined when it is not a number (units in the value win over the header's). */
function parseWatts(text, headerScale) {
    let scale = headerScale;
    let num = text;
    const n = text.length;
    if (n > 1 && text.charCodeAt(n - 1) === 87 /* W */) {
        const before = text.charCodeAt(n - 2);
        if (before === 109 /* m */) {
            scale = 0.001;
            num = text.slice(0, n - 2);
        }
        else if (before === 107 /* k */) {
            scale = 1000;
            num = text.slice(0, n - 2);
        }
        else {
            scale = 1;
            num = text.slice(0, n - 1);
        }
    }
    let end = num.length;
    while (end > 0 && num.charCodeAt(end - 1) === 32)
        end--;
    if (end !== num.length)
        num = num.slice(0, end);
    const v = toNumber(num);
    return v === undefined ? undefined : v * scale;
}
/**
 * Splits a row the way {@link splitCsvLine} does, but keeps only the fields the layout needs (into
 * out at their slots): the per-row path of large traces. Returns the field count.
 */
function pickFields(line, slots, out) {
    if (line.indexOf('"') !== -1) {
        const all = splitCsvLine(line);
        for (let i = 0; i < all.length && i < slots.length; i++) {
            const slot = slots[i];
            if (slot !== -1)
                out[slot] = all[i];
        }
        return all.length;
    }
    let start = 0;
    let i = 0;
    for (;;) {
        const comma = line.indexOf(",", start);
        const end = comma === -1 ? line.length : comma;
        const slot = i < slots.length ? slots[i] : -1;
        if (slot !== -1) {
            let a = start;
            let b = end;
            while (a < b && line.charCodeAt(a) <= 32)
                a++;
            while (b > a && line.charCodeAt(b - 1) <= 32)
                b--;
            out[slot] = line.slice(a, b);
        }
        i++;
        if (comma === -1)
            return i;
        start = comma + 1;
    }
}
/** {@link parseDecimal} with a fast path for plain `123.45`, which is nearly every reading. */
function toNumber(text) {
    const n = text.length;
    let digits = 0;
    let dots = 0;
    for (let i = 0; i < n; i++) {
        const c = text.charCodeAt(i);
        if (c >= 48 && c <= 57)
            digits++;
        else if (c === 46)
            dots++;
        else
            return parseDecimal(text);
    }
    return digits > 0 && dots <= 1 && n < 20 ? Number(text) : parseDecimal(text);
}
/**
 * {@link parseTimestamp} with a fast path for the two shapes of nearly every trace,
 * `2024/10/13 03:33:31.779` (nvidia-smi) and `2025-09-24T03:17:04.490Z` (wrappers): the date is
 * parsed once per day, the time of day from its digits.
 */
class TimeParser {
    datePart = "";
    dayMs = Number.NaN;
    parse(text) {
        const n = text.length;
        if ((n === 23 || (n === 24 && text.charCodeAt(23) === 90)) /* Z */ &&
            text.charCodeAt(13) === 58 &&
            text.charCodeAt(16) === 58 &&
            text.charCodeAt(19) === 46) {
            const sep = text.charCodeAt(10);
            if (sep === 32 || sep === 84 /* T */) {
                const h = twoDigits(text, 11);
                const m = twoDigits(text, 14);
                const s = twoDigits(text, 17);
                const ms = twoDigits(text, 20) * 10 + digit(text, 22);
                if (h >= 0 && h < 24 && m >= 0 && m < 60 && s >= 0 && s < 60 && ms >= 0) {
                    const date = text.slice(0, 10);
                    if (date !== this.datePart) {
                        const day = parseTimestamp(date);
                        this.datePart = date;
                        this.dayMs = day?.kind === "local" ? day.wallMs : Number.NaN;
                    }
                    if (!Number.isNaN(this.dayMs)) {
                        const t = this.dayMs + ((h * 60 + m) * 60 + s) * 1000 + ms;
                        return n === 24 ? { kind: "instant", ms: t } : { kind: "local", wallMs: t };
                    }
                }
            }
        }
        return parseTimestamp(text);
    }
}
/** The digit at i, or a large negative number when it is not one (so that range checks fail). */
function digit(text, i) {
    const d = text.charCodeAt(i) - 48;
    return d >= 0 && d <= 9 ? d : -1e3;
}
function twoDigits(text, i) {
    return digit(text, i) * 10 + digit(text, i + 1);
}
function isDigits(text) {
    if (text.length === 0)
        return false;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c < 48 || c > 57)
            return false;
    }
    return true;
}
function quote$3(text) {
    return JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);
}
// ---------------------------------------------------------------------------------------------
// The reader
function sniffLine(line) {
    const candidates = [line];
    const m = ISO_PREFIX.exec(line);
    if (m)
        candidates.push(line.slice(m[0].length));
    for (const text of candidates) {
        const fields = splitCsvLine(text);
        if (isHeaderFields(fields)) {
            if (fields.some((f) => NOT_A_TRACE.has(splitName(f).base)))
                return false;
            const columns = fields.map(describeColumn);
            const power = columns.filter((c) => c.role === "power");
            if (power.length === 0)
                continue;
            if (power.some((c) => c.rank <= 2))
                return true;
            if (columns.some((c) => c.role === "time"))
                return true;
        }
        else if (NATIVE_TIME.test(fields[0] ?? "") && fields.some((f) => WATTS_WITH_UNIT.test(f))) {
            return true;
        }
    }
    return false;
}
const nvidiaSmiCsv = {
    format: "nvidia-smi-csv",
    sniff(head) {
        const first = head.find((l) => l.trim() !== "");
        return first !== undefined && sniffLine(first.trim());
    },
    async read(lines, sink, options) {
        const parser = new Parser$1(sink, options);
        let lineNo = 0;
        for await (const line of lines)
            parser.line(line, ++lineNo);
        return parser.finish();
    },
    async readBytes(chunks, sink, options) {
        const parser = new Parser$1(sink, options);
        const rows = new ByteRows(parser);
        for await (const chunk of chunks)
            rows.chunk(chunk);
        rows.end();
        return parser.finish();
    },
};
/**
 * The reader's state, fed one line at a time. A plain synchronous method per line (rather than
 * the body of the async loop) is what V8 optimises soonest.
 */
let Parser$1 = class Parser {
    sink;
    options;
    stats = newStats();
    layout;
    /** The header's text after any prefix: rows equal to it are repeated headers. */
    headerText;
    headerLine = 0;
    fromQuery = false;
    /** Whether lines carry an ISO time prefix; decided on the first data row that settles it. */
    prefixed;
    repeatedHeaders = 0;
    localTimes = false;
    usedSample = false;
    /** Devices by the raw value of the device field. */
    devices = new Map();
    /** Picked fields of the current row, by slot. */
    picked = ["", "", ""];
    times = new TimeParser();
    lastTimeText = "";
    lastTime;
    constructor(sink, options) {
        this.sink = sink;
        this.options = options;
    }
    line(rawLine, lineNo) {
        const line = rawLine.trim();
        if (line.length === 0)
            return;
        let layout = this.layout;
        if (layout === undefined) {
            layout = this.start(line, lineNo);
            if (layout === undefined)
                return;
            // Else a header-less file: this line is its first data row.
        }
        else if (line === this.headerText) {
            this.repeatedHeaders++;
            return;
        }
        const stats = this.stats;
        let body = line;
        let prefixTime;
        let rowPrefixed = this.prefixed;
        if (rowPrefixed === undefined)
            rowPrefixed = this.decidePrefix(line, layout, lineNo);
        if (rowPrefixed) {
            const m = ISO_PREFIX.exec(line);
            if (m) {
                const token = m[1];
                body = line.slice(m[0].length);
                if (body === this.headerText) {
                    this.repeatedHeaders++;
                    return;
                }
                if (token === this.lastTimeText)
                    prefixTime = this.lastTime;
                else {
                    prefixTime = parseTimestamp(token);
                    this.lastTimeText = token;
                    this.lastTime = prefixTime;
                }
            }
        }
        const picked = this.picked;
        const count = pickFields(body, layout.slots, picked);
        if (count !== layout.fieldCount) {
            if (!this.headerRow(body, lineNo))
                skip(stats, lineNo, `expected ${layout.fieldCount} fields, got ${count}`);
            return;
        }
        // Power first: a missing reading is counted and needs nothing else from the row.
        const powerText = picked[SLOT_POWER];
        const watts = parseWatts(powerText, layout.powerScale);
        if (watts === undefined || watts < 0 || watts > MAX_WATTS) {
            if (watts === undefined && isMissing(powerText)) {
                stats.rowsRead++;
                stats.missingValues++;
            }
            else if (watts !== undefined || !this.headerRow(body, lineNo)) {
                const expected = watts === undefined ? "watts" : watts < 0 ? "watts ≥ 0" : `at most ${MAX_WATTS} W per GPU`;
                skip(stats, lineNo, `${layout.columns[layout.power]?.raw}: expected ${expected}, got ${quote$3(powerText)}`);
            }
            return;
        }
        let timeMs;
        if (rowPrefixed) {
            if (prefixTime === undefined) {
                skip(stats, lineNo, `expected an ISO time with a zone before the fields (e.g. 2025-01-31T12:00:00.000+00:00), got ${quote$3(line.slice(0, 40))}`);
                return;
            }
            timeMs = this.options.clock.toUtc(prefixTime);
        }
        else {
            const timeText = picked[SLOT_TIME];
            let parsed;
            if (timeText === this.lastTimeText)
                parsed = this.lastTime;
            else {
                parsed = this.times.parse(timeText);
                this.lastTimeText = timeText;
                this.lastTime = parsed;
            }
            if (parsed === undefined) {
                skip(stats, lineNo, `${layout.columns[layout.time]?.raw}: expected a date and time, got ${quote$3(timeText)}`);
                return;
            }
            if (parsed.kind === "local") {
                this.localTimes = true;
                timeMs = layout.columns[layout.time].utc
                    ? parsed.wallMs
                    : this.options.clock.toUtc(parsed);
            }
            else
                timeMs = parsed.ms;
        }
        const key = layout.id === -1 ? "" : picked[SLOT_ID];
        let device = this.devices.get(key);
        if (device === undefined) {
            device = this.newDevice(key, body, layout, lineNo);
            if (device === undefined)
                return;
        }
        device.push(timeMs, watts);
        stats.rowsRead++;
        this.usedSample = true;
    }
    /** The first non-blank line: the header, or (no header) the layout from the --query-gpu list. */
    start(line, lineNo) {
        // Comment preambles are not nvidia-smi's but are harmless.
        if (line.charCodeAt(0) === 35 /* # */)
            return undefined;
        const { file } = this.options;
        this.headerLine = lineNo;
        const fields = splitCsvLine(line);
        if (isHeaderFields(fields)) {
            this.adoptHeader(fields, line, lineNo);
            return undefined;
        }
        const m = ISO_PREFIX.exec(line);
        if (m) {
            const rest = line.slice(m[0].length);
            const restFields = splitCsvLine(rest);
            if (isHeaderFields(restFields)) {
                this.adoptHeader(restFields, rest, lineNo);
                return undefined;
            }
        }
        // No header: nvidia-smi --format=csv,noheader. The field order is the --query-gpu list.
        const query = (this.options.nvidiaSmiQuery ?? [])
            .flatMap((q) => q.split(","))
            .map((q) => q.trim())
            .filter((q) => q !== "");
        if (query.length === 0) {
            throw new InputError(`no header line: this looks like nvidia-smi --format=csv,noheader output, whose field order ` +
                `is not in the file; pass the --query-gpu list with --nvidia-smi-query (CLI) or the ` +
                `nvidia-smi-query input (action), e.g. --nvidia-smi-query timestamp,index,power.draw`, file, lineNo);
        }
        const layout = layoutOf$1(query);
        if (!layout)
            throw new InputError(noPowerMessage(query, "the --nvidia-smi-query list"), file, lineNo);
        this.layout = layout;
        this.fromQuery = true;
        return layout;
    }
    adoptHeader(fields, text, lineNo) {
        const layout = layoutOf$1(fields);
        if (!layout)
            throw new InputError(noPowerMessage(fields, "the header"), this.options.file, lineNo);
        this.layout = layout;
        this.headerText = text;
    }
    /** Whether the first data rows carry an ISO time prefix; refuses a file with no time at all. */
    decidePrefix(line, layout, lineNo) {
        const rowPrefixed = hasPrefix(line, layout.fieldCount);
        if (rowPrefixed)
            this.prefixed = true;
        else if (splitCsvLine(line).length === layout.fieldCount)
            this.prefixed = false;
        if (this.prefixed === false && layout.time === -1) {
            throw new InputError(`no time column in ${this.fromQuery ? "the --nvidia-smi-query list" : "the header"} ` +
                `(found: ${layout.columns.map((c) => JSON.stringify(c.raw)).join(", ")}) and no ISO time ` +
                `prefixed to the lines; expected a "timestamp" field`, this.options.file, this.fromQuery ? lineNo : this.headerLine);
        }
        return rowPrefixed;
    }
    /**
     * A header in the middle of the file: a repeat (ignored) or the header of another --query-gpu
     * list appended to the file (adopted). False when the row is no header.
     */
    headerRow(body, lineNo) {
        const fields = splitCsvLine(body);
        if (!isHeaderFields(fields))
            return false;
        const current = this.layout;
        if (fields.length === current.columns.length && fields.every((f, i) => f === current.columns[i]?.raw)) {
            this.repeatedHeaders++;
            return true;
        }
        const next = layoutOf$1(fields);
        if (!next || (next.time === -1 && !this.prefixed))
            return false;
        this.layout = next;
        this.headerText = body;
        this.devices.clear();
        this.stats.notes.push(`line ${lineNo}: a new header (${fields.join(", ")}); the rows after it are read by it`);
        return true;
    }
    newDevice(key, body, layout, lineNo) {
        if (layout.id !== -1 && isMissing(key)) {
            skip(this.stats, lineNo, `${layout.columns[layout.id]?.raw}: expected a GPU ${layout.idRole}, got ${quote$3(key)}`);
            return undefined;
        }
        const id = layout.idRole === "none"
            ? "gpu0"
            : layout.idRole === "index" && isDigits(key)
                ? `gpu${Number(key)}`
                : key;
        const fields = layout.name === -1 && layout.uuid === -1 ? [] : splitCsvLine(body);
        const name = layout.name === -1 ? undefined : fields[layout.name];
        const uuid = layout.uuid === -1 ? undefined : fields[layout.uuid];
        const device = this.sink.device({
            id,
            ...(name && !isMissing(name) ? { name } : {}),
            ...(uuid && !isMissing(uuid) ? { uuid } : {}),
        });
        this.devices.set(key, device);
        return device;
    }
    finish() {
        if (this.layout === undefined) {
            throw new InputError("the file is empty: expected nvidia-smi CSV (a header such as `timestamp, index, power.draw [W]` and samples)", this.options.file, 1);
        }
        describe$2(this.stats, this.layout, {
            fromQuery: this.fromQuery,
            zone: this.options.clock.zone,
            prefixed: this.prefixed === true,
            repeatedHeaders: this.repeatedHeaders,
            localTimes: this.localTimes,
            usedSample: this.usedSample,
        });
        return this.stats;
    }
};
function describe$2(stats, layout, facts) {
    const power = layout.columns[layout.power];
    const notes = [];
    if (facts.fromQuery)
        notes.push(`no header: fields read in --nvidia-smi-query order (${layout.columns.map((c) => c.raw).join(", ")})`);
    let powerNote = `power from "${power.raw}"`;
    if (layout.otherPower.length > 0)
        powerNote += ` (preferred over ${layout.otherPower.map((p) => `"${p}"`).join(", ")})`;
    if (power.scale !== 1)
        powerNote += `, converted to W`;
    notes.push(powerNote);
    if (facts.prefixed)
        notes.push("sample times from the ISO time prefixed to each line (it carries a zone)");
    else if (facts.localTimes) {
        const time = layout.columns[layout.time];
        notes.push(time.utc
            ? `times without a zone read as UTC, as the "${time.raw}" header says`
            : `times without a zone read as wall-clock time in ${facts.zone}`);
    }
    if (layout.idRole === "none")
        notes.push("no GPU index, uuid or pci.bus_id column: all samples belong to gpu0");
    else if (layout.idRole !== "index")
        notes.push(`GPUs keyed by "${layout.columns[layout.id]?.raw}"`);
    if (facts.repeatedHeaders > 0) {
        notes.push(`header repeated ${facts.repeatedHeaders} time(s) (appended nvidia-smi runs); repeats ignored`);
    }
    stats.notes.push(...notes);
    if (!facts.usedSample && stats.missingValues > 0) {
        stats.warnings.push(`every power reading is missing (${stats.missingValues} rows such as "[N/A]" or "[Not Supported]"): this GPU or driver does not report ${power.raw}`);
    }
}
// ---------------------------------------------------------------------------------------------
// Byte-level fast path
const MAX_LINE_BYTES = 1 << 20;
/**
 * Reads raw bytes for the shape of nearly every large trace (native nvidia-smi CSV: local
 * `YYYY/MM/DD HH:MM:SS.mmm` times, a GPU index, `301.20 W`): one pass over the bytes finds lines
 * and fields together, and the time, index and watts are parsed from their digits without making
 * strings. Any row that is not exactly that shape (headers, `[N/A]`, prefixes, quotes, odd units)
 * is decoded and handed to the line parser, so both paths read every file the same way.
 */
class ByteRows {
    parser;
    carry;
    lineNo = 0;
    first = true;
    discarding = false;
    layout;
    eligible = false;
    timeSlot = -1;
    powerSlot = -1;
    idSlot = -1;
    fieldCount = 0;
    utcTimes = false;
    powerScale = 1;
    byIndex = [];
    dateKey = -1;
    dayMs = 0;
    // Field boundaries of the current line, by field number: [start, end) pairs.
    bounds = new Int32Array(64);
    constructor(parser) {
        this.parser = parser;
    }
    chunk(input) {
        let buf = input;
        if (this.first) {
            this.first = false;
            if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf)
                buf = buf.subarray(3);
        }
        if (this.carry) {
            // Only the line that straddles the chunks is copied, not the whole chunk.
            const carry = this.carry;
            this.carry = undefined;
            const newline = buf.indexOf(10);
            if (newline === -1) {
                this.chunk(Buffer.concat([carry, buf]));
                return;
            }
            this.chunk(Buffer.concat([carry, buf.subarray(0, newline + 1)]));
            buf = buf.subarray(newline + 1);
        }
        // Lines and fields are found with Buffer#indexOf (memchr): far faster than a loop over bytes.
        const bounds = this.bounds;
        const n = buf.length;
        let lineStart = 0;
        for (;;) {
            const newline = buf.indexOf(10, lineStart);
            if (newline === -1)
                break;
            this.lineNo++;
            if (this.discarding)
                this.discarding = false;
            else {
                let fields = 0;
                let fieldStart = lineStart;
                for (;;) {
                    let comma = buf.indexOf(44, fieldStart);
                    if (comma === -1 || comma > newline)
                        comma = newline;
                    if (fields < 31) {
                        bounds[fields * 2] = fieldStart;
                        bounds[fields * 2 + 1] = comma;
                    }
                    fields++;
                    if (comma === newline)
                        break;
                    fieldStart = comma + 1;
                }
                this.row(buf, lineStart, newline, fields);
            }
            lineStart = newline + 1;
        }
        if (lineStart < n) {
            if (this.discarding || n - lineStart > MAX_LINE_BYTES) {
                if (!this.discarding) {
                    skip(this.parser.stats, this.lineNo + 1, `line longer than ${MAX_LINE_BYTES} bytes: not a trace row`);
                    this.discarding = true;
                }
            }
            else
                this.carry = Buffer.from(buf.subarray(lineStart));
        }
    }
    end() {
        if (this.carry && this.carry.length > 0) {
            const buf = this.carry;
            this.carry = undefined;
            // The last line has no newline: scan it as if it had one.
            this.chunk(Buffer.concat([buf, Buffer.from("\n")]));
        }
    }
    row(buf, start, end, fields) {
        if (!this.fast(buf, start, end, fields)) {
            let e = end;
            if (e > start && buf[e - 1] === 13)
                e--;
            this.parser.line(buf.toString("utf8", start, e), this.lineNo);
        }
    }
    refreshLayout() {
        const parser = this.parser;
        const layout = parser.layout;
        this.layout = layout;
        this.byIndex.length = 0;
        this.eligible =
            parser.prefixed === false &&
                layout.time !== -1 &&
                (layout.idRole === "index" || layout.idRole === "none");
        this.timeSlot = layout.time;
        this.powerSlot = layout.power;
        this.idSlot = layout.id;
        this.fieldCount = layout.fieldCount;
        this.utcTimes = layout.columns[layout.time]?.utc ?? false;
        this.powerScale = layout.powerScale;
    }
    /** The row parsed from its bytes; false when it is not the plain native shape. */
    fast(buf, start, end, fields) {
        const parser = this.parser;
        if (parser.layout === undefined || parser.prefixed === undefined)
            return false;
        if (parser.layout !== this.layout)
            this.refreshLayout();
        if (!this.eligible || fields !== this.fieldCount || fields > 31)
            return false;
        const b = this.bounds;
        // Time: YYYY/MM/DD HH:MM:SS.mmm, padded by spaces.
        let a = b[this.timeSlot * 2];
        let z = b[this.timeSlot * 2 + 1];
        while (a < z && buf[a] === 32)
            a++;
        while (z > a && (buf[z - 1] === 32 || buf[z - 1] === 13))
            z--;
        if (z - a !== 23 || buf[a + 4] !== 47 || buf[a + 7] !== 47 || buf[a + 10] !== 32)
            return false;
        if (buf[a + 13] !== 58 || buf[a + 16] !== 58 || buf[a + 19] !== 46)
            return false;
        const year = digits(buf, a, 4);
        const month = digits(buf, a + 5, 2);
        const day = digits(buf, a + 8, 2);
        const hour = digits(buf, a + 11, 2);
        const minute = digits(buf, a + 14, 2);
        const second = digits(buf, a + 17, 2);
        const milli = digits(buf, a + 20, 3);
        if ((year | month | day | hour | minute | second | milli) < 0)
            return false;
        if (hour > 23 || minute > 59 || second > 59)
            return false;
        const dateKey = year * 10000 + month * 100 + day;
        if (dateKey !== this.dateKey) {
            if (month < 1 || month > 12 || day < 1)
                return false;
            const dayMs = Date.UTC(year, month - 1, day);
            if (new Date(dayMs).getUTCDate() !== day)
                return false;
            this.dateKey = dateKey;
            this.dayMs = dayMs;
        }
        const wall = this.dayMs + hour * 3_600_000 + minute * 60_000 + second * 1000 + milli;
        // Power: 301.20 W, or a bare number under a header that names the unit.
        a = b[this.powerSlot * 2];
        z = b[this.powerSlot * 2 + 1];
        while (a < z && buf[a] === 32)
            a++;
        while (z > a && (buf[z - 1] === 32 || buf[z - 1] === 13))
            z--;
        let scale = this.powerScale;
        if (z > a && buf[z - 1] === 87 /* W */) {
            z--;
            if (z > a && (buf[z - 1] === 109 || buf[z - 1] === 107))
                return false;
            while (z > a && buf[z - 1] === 32)
                z--;
            scale = 1;
        }
        let whole = 0;
        let i = a;
        while (i < z && buf[i] >= 48 && buf[i] <= 57)
            whole = whole * 10 + buf[i++] - 48;
        if (i === a || i - a > 6)
            return false;
        let watts = whole;
        if (i < z) {
            if (buf[i] !== 46)
                return false;
            i++;
            let frac = 0;
            let div = 1;
            const fracStart = i;
            while (i < z && buf[i] >= 48 && buf[i] <= 57 && div < 1e9) {
                frac = frac * 10 + buf[i++] - 48;
                div *= 10;
            }
            if (i !== z || i === fracStart)
                return false;
            watts += frac / div;
        }
        watts *= scale;
        if (watts > MAX_WATTS)
            return false;
        // Device: a GPU index.
        let device;
        let index = 0;
        if (this.idSlot === -1)
            device = this.byIndex[0];
        else {
            a = b[this.idSlot * 2];
            z = b[this.idSlot * 2 + 1];
            while (a < z && buf[a] === 32)
                a++;
            while (z > a && (buf[z - 1] === 32 || buf[z - 1] === 13))
                z--;
            if (z === a || z - a > 4)
                return false;
            for (let k = a; k < z; k++) {
                const c = buf[k];
                if (c < 48 || c > 57)
                    return false;
                index = index * 10 + c - 48;
            }
            // A leading zero ("01") is keyed by its text on the line path; leave it there.
            if (z - a > 1 && buf[a] === 48)
                return false;
            device = this.byIndex[index];
        }
        if (device === undefined) {
            // First row of this GPU: let the line path create the device, then remember it.
            let e = end;
            if (e > start && buf[e - 1] === 13)
                e--;
            parser.line(buf.toString("utf8", start, e), this.lineNo);
            const created = parser.devices.get(this.idSlot === -1 ? "" : String(index));
            if (created)
                this.byIndex[this.idSlot === -1 ? 0 : index] = created;
            return true;
        }
        const clock = parser.options.clock;
        let timeMs;
        if (this.utcTimes)
            timeMs = wall;
        else {
            clock.localReadings++;
            timeMs = clock.place(wall);
        }
        parser.localTimes = true;
        device.push(timeMs, watts);
        parser.stats.rowsRead++;
        parser.usedSample = true;
        return true;
    }
}
/** The value of `count` ASCII digits at `at`, or -1 if any is not a digit. */
function digits(buf, at, count) {
    let v = 0;
    for (let k = at; k < at + count; k++) {
        const c = buf[k] - 48;
        if (c < 0 || c > 9)
            return -1;
        v = v * 10 + c;
    }
    return v;
}

/**
 * From the user's trace patterns to samples: expand globs, refuse what is not a regular file,
 * sniff each file's format from its content (never its name), and read it with its reader.
 */
const TRACE_READERS = [nvidiaSmiCsv];
const TRACE_FORMATS = ["auto", ...TRACE_READERS.map((r) => r.format)];
const HEAD_LINES$1 = 20;
/** Expands patterns (globs or plain paths) into a sorted, de-duplicated list of files. */
async function expandTracePatterns(patterns, cwd = process.cwd()) {
    const files = new Set();
    for (const pattern of patterns) {
        if (isDynamicPattern(pattern)) {
            const matches = await glob(pattern, { cwd, onlyFiles: true, dot: false, expandDirectories: false });
            if (matches.length === 0)
                throw new InputError(`no file matches the traces pattern "${pattern}"`);
            for (const m of matches.sort())
                files.add(m);
        }
        else {
            files.add(pattern);
        }
    }
    return [...files];
}
/**
 * Reads one file into a sink made for it. The content hash is computed alongside, so duplicate
 * files can be told apart from files that merely share a name.
 */
async function readTraceFile(file, options, cwd, makeSink) {
    const path = resolve(cwd, file);
    await assertRegularFile(path, file, "a trace file");
    const head = await headLines(path, HEAD_LINES$1);
    const preamble = leadingComments(head);
    const body = head.slice(preamble.length);
    if (body.every((l) => l.trim() === ""))
        throw new InputError("the file is empty: expected a power trace", file, 1);
    const reader = pickReader$1(options.format, body, options, file, preamble.length + 1);
    const clock = new LocalClock(options.timezone);
    const sink = makeSink();
    const readOptions = { file, clock, nvidiaSmiQuery: options.nvidiaSmiQuery, columns: options.columns };
    // The hash runs on another thread, reading the file alongside the parse.
    const [sha256, stats] = await Promise.all([
        sha256File(path),
        reader.readBytes
            ? reader.readBytes(fileChunks(path), sink, readOptions)
            : reader.read(withoutPreamble(fileLines(path), preamble.length), sink, readOptions),
    ]);
    if (stats.rowsRead === 0)
        throw new InputError("no data rows: expected power samples after the header", file);
    return {
        file,
        format: reader.format,
        sha256,
        synthetic: preamble.some((l) => /synthetic/i.test(l)),
        stats,
        sink,
        clock,
    };
}
const CHUNK_BYTES = 1 << 20;
async function* fileChunks(path) {
    const stream = createReadStream(path, { highWaterMark: CHUNK_BYTES });
    try {
        yield* stream;
    }
    finally {
        stream.destroy();
    }
}
const HASH_WORKER = `
const { parentPort, workerData } = require("node:worker_threads");
const hash = require("node:crypto").createHash("sha256");
require("node:fs").createReadStream(workerData, { highWaterMark: 1 << 20 })
  .on("data", (chunk) => hash.update(chunk))
  .on("error", (error) => parentPort.postMessage({ error: String(error && error.message) }))
  .on("end", () => parentPort.postMessage({ hex: hash.digest("hex") }));
`;
/**
 * The SHA-256 of a file, to recognise the same trace given twice under different names. Hashed on
 * a worker thread, so a large file is hashed and parsed at the same time on two cores.
 */
function sha256File(path) {
    return new Promise((resolve, reject) => {
        let worker;
        try {
            worker = new Worker(HASH_WORKER, { eval: true, workerData: path });
        }
        catch {
            sha256OnThisThread(path).then(resolve, reject);
            return;
        }
        worker.once("message", (m) => {
            if (m.hex)
                resolve(m.hex);
            else
                reject(new InputError(`cannot read the file (${m.error ?? "unknown error"})`, path));
            void worker.terminate();
        });
        worker.once("error", (error) => reject(error));
    });
}
function sha256OnThisThread(path) {
    return new Promise((resolve, reject) => {
        const hash = createHash("sha256");
        createReadStream(path)
            .on("data", (chunk) => hash.update(chunk))
            .on("error", reject)
            .on("end", () => resolve(hash.digest("hex")));
    });
}
function pickReader$1(format, head, options, file, firstLine) {
    if (format !== "auto") {
        const reader = TRACE_READERS.find((r) => r.format === format);
        if (!reader)
            throw new InputError(`unknown trace format "${format}" (expected one of ${TRACE_FORMATS.join(", ")})`);
        return reader;
    }
    const sniffed = TRACE_READERS.find((r) => r.sniff(head));
    if (sniffed)
        return sniffed;
    // A header-less nvidia-smi file cannot be told from other CSV by content; the query list says it is one.
    if (options.nvidiaSmiQuery && options.nvidiaSmiQuery.length > 0)
        return nvidiaSmiCsv;
    const firstText = head.find((l) => l.trim() !== "") ?? "";
    throw new InputError(`not a known trace format (first line: ${JSON.stringify(firstText.slice(0, 120))}); expected one of: ${TRACE_READERS.map((r) => r.format).join(", ")}. A header-less nvidia-smi CSV needs --nvidia-smi-query`, file, firstLine);
}
/** Comment lines ("# ...") before the first data line: a place for provenance notes such as "synthetic". */
function leadingComments(head) {
    const out = [];
    for (const line of head) {
        if (!line.startsWith("#"))
            break;
        out.push(line);
    }
    return out;
}
/** Blanks the preamble lines (rather than dropping them) so readers still count physical lines. */
async function* withoutPreamble(lines, count) {
    let n = 0;
    for await (const line of lines) {
        yield n < count ? "" : line;
        n++;
    }
}

/**
 * Raw option strings (from flags or action inputs) to validated settings. Validation lives here
 * once, so the CLI and the action reject the same things with the same words, naming the option.
 */
const blankToUndefined = (v) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const text = preprocess(blankToUndefined, string().trim().optional());
const list = text.transform((v) => v === undefined
    ? undefined
    : v
        .split(",")
        .map((f) => f.trim())
        .filter((f) => f.length > 0));
const nonNegativeNumber = preprocess(blankToUndefined, string()
    .trim()
    .regex(/^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/, "expected a non-negative number")
    .transform(Number)
    .refine(Number.isFinite, "expected a finite number")
    .optional());
const percent = preprocess(blankToUndefined, string()
    .trim()
    .regex(/^[+-]?(?:\d+\.?\d*|\.\d+)$/, "expected a percentage such as 10 or 2.5")
    .transform(Number)
    .optional());
const SettingsSchema = object({
    traces: array(string())
        .transform((list) => list
        .flatMap((l) => l.split("\n"))
        .map((l) => l.trim())
        .filter((l) => l.length > 0))
        .refine((list) => list.length > 0, "expected at least one trace file or glob pattern"),
    format: preprocess(blankToUndefined, _enum(TRACE_FORMATS).default("auto")),
    "nvidia-smi-query": text.transform((v) => v === undefined
        ? undefined
        : v
            .split(",")
            .map((f) => f.trim())
            .filter((f) => f.length > 0)),
    "time-column": text,
    "power-columns": list,
    "energy-columns": list,
    "device-column": text,
    "power-unit": preprocess(blankToUndefined, _enum(["W", "kW", "mW"]).optional()),
    "energy-unit": preprocess(blankToUndefined, _enum(["J", "kJ", "Wh", "kWh", "mJ", "uJ"]).optional()),
    "run-start": preprocess(blankToUndefined, string()
        .trim()
        .transform((v, ctx) => {
        const t = parseTimestamp(v);
        if (t?.kind !== "instant") {
            ctx.addIssue({
                code: "custom",
                message: "expected an ISO 8601 date-time with a zone, such as 2025-06-03T14:10:00Z or 2025-06-03T15:10:00+01:00",
            });
            return NEVER;
        }
        return t.ms;
    })
        .optional()),
    devices: preprocess(blankToUndefined, string()
        .trim()
        .regex(/^[1-9]\d{0,5}$/, "expected a whole number of devices, 1 or more")
        .transform(Number)
        .optional()),
    "device-model": text,
    "device-watts": preprocess(blankToUndefined, string()
        .trim()
        .regex(/^(?:\d+\.?\d*|\.\d+)$/, "expected watts, such as 700")
        .transform(Number)
        .refine((v) => v > 0 && v <= 5000, "expected between 0 and 5000 W per device")
        .optional()),
    utilization: preprocess(blankToUndefined, string()
        .trim()
        .regex(/^(?:0?\.\d+|1(?:\.0*)?|0)$/, "expected a share of board power between 0 and 1, such as 0.8")
        .transform(Number)
        .refine((v) => v > 0, "expected a share above 0")
        .default(0.8)),
    zone: text,
    "intensity-source": preprocess(blankToUndefined, _enum(INTENSITY_SOURCES).default("auto")),
    "intensity-file": text,
    "intensity-unit": text,
    "emission-factor": preprocess(blankToUndefined, _enum(["lifecycle", "direct"]).default("lifecycle")),
    timezone: preprocess(blankToUndefined, string()
        .trim()
        .refine((zone) => {
        try {
            assertTimeZone(zone);
            return true;
        }
        catch {
            return false;
        }
    }, "expected an IANA time zone such as UTC or Europe/London")
        .optional()),
    "gap-limit": preprocess((v) => (blankToUndefined(v) === undefined || v === "auto" ? undefined : v), string()
        .trim()
        .regex(/^(?:\d+\.?\d*|\.\d+)$/, "expected auto or a number of seconds")
        .transform(Number)
        .refine((n) => n > 0, "expected a positive number of seconds")
        .optional()),
    baseline: text,
    "budget-g": nonNegativeNumber,
    "budget-kwh": nonNegativeNumber,
    "max-increase-percent": percent,
    "report-path": text,
    "markdown-path": text,
});
function parseSettings(raw) {
    const input = { ...raw, traces: raw.traces === undefined ? [] : [raw.traces].flat() };
    const result = SettingsSchema.safeParse(input);
    if (result.success)
        return result.data;
    const messages = result.error.issues.map((issue) => {
        const name = String(issue.path[0] ?? "");
        const got = raw[name];
        const shown = got === undefined ? "" : ` (got ${JSON.stringify(Array.isArray(got) ? got.join(" ") : got)})`;
        return `${name}: ${issue.message}${shown}`;
    });
    throw new UsageError(messages.join("; "));
}
/** The run a shell asks for: validated settings plus where it runs. Both shells use this. */
function runConfigFrom(settings, where) {
    const columns = {
        ...(settings["time-column"] ? { time: settings["time-column"] } : {}),
        ...(settings["power-columns"] ? { power: settings["power-columns"] } : {}),
        ...(settings["energy-columns"] ? { energy: settings["energy-columns"] } : {}),
        ...(settings["device-column"] ? { device: settings["device-column"] } : {}),
        ...(settings["power-unit"] ? { powerUnit: settings["power-unit"] } : {}),
        ...(settings["energy-unit"] ? { energyUnit: settings["energy-unit"] } : {}),
    };
    return {
        traces: settings.traces,
        format: settings.format,
        zone: settings.zone,
        intensitySource: settings["intensity-source"],
        intensityFile: settings["intensity-file"],
        intensityUnit: settings["intensity-unit"],
        timezone: settings.timezone ?? "UTC",
        timezoneGiven: settings.timezone !== undefined,
        emissionFactor: settings["emission-factor"],
        gapLimitSeconds: settings["gap-limit"],
        nvidiaSmiQuery: settings["nvidia-smi-query"],
        columns: Object.keys(columns).length > 0 ? columns : undefined,
        runStart: settings["run-start"],
        estimate: {
            devices: settings.devices,
            model: settings["device-model"],
            boardWatts: settings["device-watts"],
            utilization: settings.utilization,
        },
        baseline: settings.baseline,
        budgets: {
            budgetG: settings["budget-g"],
            budgetKwh: settings["budget-kwh"],
            maxIncreasePercent: settings["max-increase-percent"],
        },
        cwd: where.cwd,
        version: where.version,
    };
}

const keyOf = (d) => d.device.host === undefined ? d.device.id : `${d.device.host}/${d.device.id}`;
function combineDevices(files, bins, warnings) {
    const byKey = new Map();
    for (const { file, devices } of files) {
        for (const d of devices) {
            const key = keyOf(d);
            const list = byKey.get(key) ?? [];
            byKey.set(key, list);
            list.push({ ...d, files: [file] });
        }
    }
    const out = [];
    for (const [key, list] of byKey) {
        if (list.length === 1) {
            out.push(list[0]);
            continue;
        }
        list.sort((a, b) => a.start - b.start);
        const overlapping = list.some((d, i) => i > 0 && d.start < list[i - 1].end);
        if (overlapping) {
            warnings.push(`${key} appears in ${list.map((d) => d.files[0]).join(", ")} over the same time: counted as separate devices, one per file (different hosts?). Name the host in the trace to make this explicit.`);
            for (const d of list)
                out.push({ ...d, device: { ...d.device, host: d.device.host ?? d.files[0] } });
            continue;
        }
        let merged = list[0];
        for (const next of list.slice(1))
            merged = join(merged, next, bins);
        out.push(merged);
    }
    return out;
}
/** One device continued in a later file: sum the figures and bridge the seam. */
function join(a, b, bins) {
    const joined = {
        ...a,
        files: [...a.files, ...b.files],
        samples: a.samples + b.samples,
        mergedSamples: a.mergedSamples + b.mergedSamples,
        energyIntervals: a.energyIntervals + b.energyIntervals,
        start: Math.min(a.start, b.start),
        end: Math.max(a.end, b.end),
        energyJ: a.energyJ + b.energyJ,
        uncoveredMs: a.uncoveredMs + b.uncoveredMs,
        gapCount: a.gapCount + b.gapCount,
        gaps: [...a.gaps, ...b.gaps].slice(0, 5),
        gapLimitMs: Math.max(a.gapLimitMs, b.gapLimitMs),
        last: b.last ?? a.last,
        first: a.first ?? b.first,
    };
    if (a.last && b.first) {
        const dt = b.first.t - a.last.t;
        if (dt > 0 && dt <= joined.gapLimitMs) {
            joined.energyJ += bins.addRamp(a.last.t, a.last.w, b.first.t, b.first.w);
        }
        else if (dt > 0) {
            joined.uncoveredMs += dt;
            joined.gapCount++;
            if (joined.gaps.length < 5)
                joined.gaps.push({ start: a.last.t, end: b.first.t });
        }
    }
    return joined;
}

/**
 * Board power of common accelerators: the most one device may draw by its vendor's rating (TDP,
 * TBP or "max power"), in watts, with where each figure comes from. It is the ceiling that
 * estimated energy scales down by a utilization factor (see estimate.ts), used only where a run
 * left no power trace.
 *
 * Data apart from the code that uses it (as co2.js keeps its grid data): each row says its source
 * and whether that source was seen when the table was written (`confirmed`). Sources are the
 * vendor documents by name where the figure is theirs; "seen in" names the page the figure was
 * checked against, often a secondary one quoting the vendor. A figure not confirmed is the
 * commonly quoted value and says so.
 */
const BOARD_POWER = [
    {
        id: "v100-sxm2",
        name: "NVIDIA V100 SXM2",
        watts: 300,
        source: "NVIDIA Tesla V100 datasheet (300 W SXM2, 250 W PCIe); seen in hwupgrade.it and io-tech.fi reports of NVIDIA's V100 PCIe announcement (ISC 2017)",
        confirmed: true,
    },
    {
        id: "v100-pcie",
        name: "NVIDIA V100 PCIe",
        watts: 250,
        source: "NVIDIA Tesla V100 PCIe product brief PB-08744-001; seen in hwupgrade.it and io-tech.fi reports of NVIDIA's V100 PCIe announcement (250 W against 300 W for SXM2)",
        confirmed: true,
    },
    {
        id: "a100-sxm-40gb",
        name: "NVIDIA A100 SXM 40GB",
        watts: 400,
        source: "NVIDIA A100 datasheet (nvidia-a100-datasheet, max TDP 400 W SXM); seen in glennklockwood.com/garden/processors/A100 citing it",
        confirmed: true,
    },
    {
        id: "a100-sxm-80gb",
        name: "NVIDIA A100 SXM 80GB",
        watts: 400,
        source: "NVIDIA A100 datasheet (max TDP 400 W SXM, both memory sizes); seen in glennklockwood.com (80GB part: 'everything else was the same (power, etc)') and thundercompute.com's A100 table",
        confirmed: true,
    },
    {
        id: "a100-pcie-40gb",
        name: "NVIDIA A100 PCIe 40GB",
        watts: 250,
        source: "NVIDIA A100 40GB PCIe product brief PB-10137-001; seen in thundercompute.com's A100 table (PCIe 40GB 250 W)",
        confirmed: true,
    },
    {
        id: "a100-pcie-80gb",
        name: "NVIDIA A100 PCIe 80GB",
        watts: 300,
        source: "NVIDIA A100 80GB PCIe product brief PB-10577-001 and A100 datasheet (max TDP 300 W PCIe); seen in thundercompute.com's A100 table",
        confirmed: true,
    },
    {
        id: "h100-sxm",
        name: "NVIDIA H100 SXM",
        watts: 700,
        source: "NVIDIA H100 datasheet (max TDP up to 700 W, configurable, SXM5); seen in hawkvelt.id.au's H100 SKU notes and gpu.blog's H100 SXM page",
        confirmed: true,
    },
    {
        id: "h100-pcie",
        name: "NVIDIA H100 PCIe",
        watts: 350,
        source: "NVIDIA H100 PCIe product brief PB-11133-001_v02 (Nov 2022): 'maximum thermal design power (TDP) level of 350 W'",
        confirmed: true,
    },
    {
        id: "h100-nvl",
        name: "NVIDIA H100 NVL",
        watts: 400,
        source: "NVIDIA H100 datasheet (H100 NVL 350–400 W configurable; the top of the range taken); seen in onestopsystems.com's blog (H100 NVL at 400 W) and gpu.blog's H100 NVL page",
        confirmed: true,
    },
    {
        id: "h200-sxm",
        name: "NVIDIA H200 SXM",
        watts: 700,
        source: "NVIDIA H200 datasheet (up to 700 W, SXM); seen in openmetal.io (H200 SXM5 700 W TDP) and geektopia.es on the H200 launch",
        confirmed: true,
    },
    {
        id: "h200-nvl",
        name: "NVIDIA H200 NVL",
        watts: 600,
        source: "NVIDIA H200 datasheet (up to 600 W, NVL PCIe); seen in onestopsystems.com's blog ('the H200 NVL released in late 2024 at 600W')",
        confirmed: true,
    },
    {
        id: "gh200",
        name: "NVIDIA GH200 Grace Hopper (module)",
        watts: 1000,
        source: "NVIDIA GH200 datasheet: the module (Grace CPU + H100/H200 GPU + memory) is configurable from 450 W to 1000 W; the top of the range is taken, so the estimate covers the CPU and memory too, and a module capped lower is overestimated (give --device-watts). 'Up to 1000W' seen in artificial-intelligence-wiki.com's Grace Hopper guide; the 450 W floor was not confirmed",
        confirmed: true,
    },
    {
        id: "b200",
        name: "NVIDIA B200",
        watts: 1000,
        source: "NVIDIA HGX B200 (configurable up to 1000 W per GPU; 1200 W only in GB200 systems); seen in glennklockwood.com/garden/processors/B200 and docs.vultr.com's HGX B200 overview (TDP 1000 W)",
        confirmed: true,
    },
    {
        id: "l4",
        name: "NVIDIA L4",
        watts: 72,
        source: "NVIDIA L4 datasheet (72 W max); seen in grokipedia.com's L4 vs L40S page and fpsbench.com",
        confirmed: true,
    },
    {
        id: "l40s",
        name: "NVIDIA L40S",
        watts: 350,
        source: "NVIDIA L40S datasheet (350 W max); seen in grokipedia.com's L4 vs L40S page and huggingface.co/hardware/l40s",
        confirmed: true,
    },
    {
        id: "a10g",
        name: "NVIDIA A10G",
        watts: 150,
        source: "not published: the A10G is AWS's variant of the A10, and neither AWS nor NVIDIA publishes its board power; 150 W is the A10's (NVIDIA A10 datasheet), not confirmed for the A10G",
        confirmed: false,
    },
    {
        id: "t4",
        name: "NVIDIA T4",
        watts: 70,
        source: "NVIDIA T4 datasheet (70 W); seen in huggingface.co/hardware/t4 and cpu-gpu.alldbin.com",
        confirmed: true,
    },
    {
        id: "mi250x",
        name: "AMD Instinct MI250X",
        watts: 560,
        source: "AMD Instinct MI250X data sheet (560 W peak, OAM, liquid cooled; 500 W air cooled); seen in meterpreter.org ('the 560W of the preceding CDNA2 architecture's MI250X') and zexron.com",
        confirmed: true,
    },
    {
        id: "mi300x",
        name: "AMD Instinct MI300X",
        watts: 750,
        source: "AMD Instinct MI300X data sheet (750 W peak board power, OAM); seen in meterpreter.org and inkl.com reports of AMD's footnote",
        confirmed: true,
    },
    {
        id: "tpu-v4",
        name: "Google TPU v4 (per chip)",
        watts: 192,
        source: "Google Cloud TPU v4 documentation (192 W maximum per chip); seen in glennklockwood.com/garden/tpuv4 citing it. Jouppi et al., ISCA 2023 (TPU v4) report a mean near 170 W per chip in production, not confirmed here; the maximum is taken, as for the other rows",
        confirmed: true,
    },
    {
        id: "tpu-v5e",
        name: "Google TPU v5e (per chip)",
        watts: undefined,
        source: "no public figure: Google documents TPU v5e throughput and memory (197 TFLOPS bf16, 16 GB HBM) but not per-chip power; give --device-watts",
        confirmed: false,
    },
];
const BY_ID = new Map(BOARD_POWER.map((b) => [b.id, b]));
function entry(id) {
    const b = BY_ID.get(id);
    if (!b)
        throw new Error(`board-power table has no ${id}`);
    return b;
}
/** Vendor words that add nothing to the model (nvidia-smi prints "NVIDIA H100 80GB HBM3", "Tesla T4"). */
const NOISE = new Set([
    "nvidia",
    "tesla",
    "amd",
    "instinct",
    "google",
    "cloud",
    "radeon",
    "gpu",
    "accelerator",
]);
/**
 * The board power of an accelerator named as users and tools name it, case-insensitively:
 * "h100", "H100-SXM5-80GB" and "NVIDIA H100 80GB HBM3" (nvidia-smi's name for the SXM part) are
 * the H100 SXM; "NVIDIA H100 PCIe" and "H100 NVL" their own rows; "a100-sxm4-40gb",
 * "NVIDIA A100-PCIE-40GB", "Tesla V100-SXM2-16GB", "TPU v5 lite" (JAX's name for v5e), ...
 * Undefined for a model not in the table (the caller names the known ones, {@link knownBoardModels}).
 *
 * Where a name leaves the variant open, the common data-centre part is taken: "H100" and "H200"
 * are SXM, "A100" is SXM (both memory sizes draw 400 W), "A100 PCIe" without a size is the 80GB
 * card, "V100" is SXM2.
 */
function boardPower(model) {
    const lower = model.toLowerCase();
    const tokens = lower.split(/[^a-z0-9]+/).filter((t) => t.length > 0 && !NOISE.has(t));
    const compact = tokens.join("");
    if (compact.length === 0)
        return undefined;
    const direct = BY_ID.get(tokens.join("-"));
    if (direct)
        return direct;
    const has = (s) => compact.includes(s);
    const token = (t) => tokens.includes(t);
    const pcie = has("pcie");
    // Most specific first: GH200 and GB200 contain "h200" and "b200".
    if (has("gh200"))
        return entry("gh200");
    if (has("gb200"))
        return undefined; // a Grace + 2 × B200 superchip: not one board
    if (has("h200"))
        return entry(has("nvl") ? "h200-nvl" : pcie ? "h200-nvl" : "h200-sxm");
    if (has("h100"))
        return entry(has("nvl") ? "h100-nvl" : pcie ? "h100-pcie" : "h100-sxm");
    if (has("a100")) {
        const size40 = has("40gb") || token("40g") || token("40");
        if (pcie)
            return entry(size40 ? "a100-pcie-40gb" : "a100-pcie-80gb");
        return entry(size40 ? "a100-sxm-40gb" : "a100-sxm-80gb");
    }
    if (has("v100")) {
        if (has("sxm3"))
            return undefined; // the 350 W DGX-2 part is not in the table
        return entry(pcie ? "v100-pcie" : "v100-sxm2");
    }
    if (has("b200"))
        return entry("b200");
    if (has("l40s"))
        return entry("l40s");
    if (token("l4") || /^l4(?:\d+gb)?$/.test(compact))
        return entry("l4");
    if (has("a10g"))
        return entry("a10g");
    if (token("t4") || compact === "t4" || /^t4\d+gb$/.test(compact))
        return entry("t4");
    if (has("mi250x"))
        return entry("mi250x");
    if (has("mi300x"))
        return entry("mi300x");
    if (has("tpu") || tokens[0]?.startsWith("v")) {
        if (has("v5e") || has("v5lite") || has("v5litepod"))
            return entry("tpu-v5e");
        if (has("tpu") && (token("v4") || has("tpuv4")))
            return entry("tpu-v4");
    }
    return undefined;
}
/** The models the table knows, for a message naming them. */
function knownBoardModels() {
    return BOARD_POWER.map((b) => b.name).join(", ");
}

/**
 * Estimated energy, for runs that left a training log but no power trace: every device draws its
 * board power × a utilization factor for the whole window the log gives. It is an estimate and is
 * labelled as one all the way to the report (DeviceInfo.estimated).
 *
 * Default utilization 0.8 of board power, for sustained training:
 * - the nanoGPT 8×H100 SXM nvidia-smi trace kept with the project's real test data averages
 *   613 W per GPU (0.88 of 700 W) while training, and 429 W (0.61) over the whole file with its
 *   idle tail;
 * - Latif et al., "Empirically calibrated H100 node power models for reducing uncertainty in AI
 *   training energy estimation" (arXiv:2506.14551, 2025) find compute-heavy training on 8×H100
 *   nodes at about 76% of the rated node power; the same group (arXiv:2412.08602) saw at most
 *   8.4 kW of the rated 10.2 kW (82%).
 * 0.8 sits between a busy GPU and a whole run with its set-up, evaluation and checkpoint pauses.
 * It is a rounded figure, not a measurement: `--utilization` overrides it, `--device-watts` the
 * board power.
 */
const DEFAULT_UTILIZATION = 0.8;
/** No single accelerator draws more; a larger figure is a typo (kW for W). */
const MAX_DEVICE_WATTS = 5000;
const MAX_DEVICES = 1_000_000;
function estimateEnergy(input) {
    const { start, end, devices } = input;
    if (!Number.isFinite(start) || !Number.isFinite(end) || end <= start) {
        throw new InputError(`cannot estimate energy: the run's window is empty or unknown (start ${describeTime(start)}, end ${describeTime(end)})`);
    }
    if (!Number.isInteger(devices) || devices < 1 || devices > MAX_DEVICES) {
        throw new UsageError(`--devices: expected a whole number of accelerators ≥ 1, got ${devices}`);
    }
    const utilization = input.utilization ?? DEFAULT_UTILIZATION;
    if (!Number.isFinite(utilization) || utilization <= 0 || utilization > 1) {
        throw new UsageError(`--utilization: expected a fraction of board power in (0, 1], e.g. 0.8, got ${utilization}`);
    }
    const board = boardPower(input.model);
    let boardWatts;
    let boardSource;
    let model;
    if (input.boardWatts !== undefined) {
        if (!Number.isFinite(input.boardWatts) || input.boardWatts <= 0 || input.boardWatts > MAX_DEVICE_WATTS) {
            throw new UsageError(`--device-watts: expected the board power of one accelerator in watts (0 < W ≤ ${MAX_DEVICE_WATTS}), got ${input.boardWatts}`);
        }
        boardWatts = input.boardWatts;
        boardSource = "given with --device-watts";
        model = board?.name ?? input.model;
    }
    else if (board === undefined) {
        throw new UsageError(`unknown accelerator model "${input.model}": gridprint knows the board power of ${knownBoardModels()}; ` +
            `give --device-watts (the board power of one device in W) for another`);
    }
    else if (board.watts === undefined) {
        throw new UsageError(`no board power known for ${board.name} (${board.source.replace(/;\s*give --device-watts$/, "")}): ` +
            `give --device-watts (the board power of one device in W)`);
    }
    else {
        boardWatts = board.watts;
        boardSource = board.confirmed ? board.source : `${board.source} (figure not confirmed)`;
        model = board.name;
    }
    const wattsPerDevice = boardWatts * utilization;
    const seconds = (end - start) / 1000;
    const joules = devices * wattsPerDevice * seconds;
    const explanation = `estimated, not measured: ${devices} × ${model} at ${round(boardWatts)} W board power × utilization ` +
        `${utilization} = ${round(wattsPerDevice)} W each, over ${describeDuration(end - start)} ` +
        `(${isoUtc$1(start)} to ${isoUtc$1(end)}) = ${round(joules / 3.6e6)} kWh; board power: ${boardSource}`;
    return {
        start,
        end,
        devices,
        model,
        boardWatts,
        boardSource,
        utilization,
        wattsPerDevice,
        joules,
        explanation,
    };
}
/**
 * Puts an estimate into a sink as measured energy is put there: one energy interval per device
 * over the whole window, devices `estimated-gpu0` … `estimated-gpu<N-1>`, kind "gpu", marked
 * `estimated: true` so the report can say so.
 */
function pushEstimate(sink, estimate, host) {
    const perDevice = estimate.wattsPerDevice * ((estimate.end - estimate.start) / 1000);
    for (let i = 0; i < estimate.devices; i++) {
        sink
            .device({
            id: `estimated-gpu${i}`,
            ...(host === undefined ? {} : { host }),
            kind: "gpu",
            name: estimate.model,
            estimated: true,
        })
            .pushEnergy(estimate.start, estimate.end, perDevice);
    }
}
function describeTime(ms) {
    return Number.isFinite(ms) && Math.abs(ms) <= 8.64e15 ? isoUtc$1(ms) : "unknown";
}
/** "2 h 0 min", "13 min 5 s", "42 s". */
function describeDuration(ms) {
    const s = Math.round(ms / 1000);
    const h = Math.floor(s / 3600);
    const m = Math.floor((s % 3600) / 60);
    const sec = s % 60;
    if (h > 0)
        return `${h} h ${m} min`;
    if (m > 0)
        return `${m} min ${sec} s`;
    return `${sec} s`;
}
/** Up to 3 decimals, without trailing zeros. */
function round(x) {
    return String(Math.round(x * 1000) / 1000);
}

const DEFAULT_MIN_GAP_LIMIT_MS = 60_000;
const DEFAULT_GAP_MEDIAN_MULTIPLE = 5;
const MAX_GAPS_LISTED = 5;
/** Intervals under this many ms are counted at 1 ms resolution; longer ones to 3 significant digits. */
const FINE_HISTOGRAM_MS = 10_000;
function defaultGapLimit(medianMs) {
    return Math.max(DEFAULT_MIN_GAP_LIMIT_MS, DEFAULT_GAP_MEDIAN_MULTIPLE * medianMs);
}
class DeviceIntegrator {
    device;
    bins;
    fixedGapLimitMs;
    /** Set when a sample arrived earlier than one already taken: the caller must re-read in order. */
    outOfOrder = false;
    samples = 0;
    merged = 0;
    energyIntervals = 0;
    start = Number.POSITIVE_INFINITY;
    end = Number.NEGATIVE_INFINITY;
    energyJ = 0;
    uncoveredMs = 0;
    gapCount = 0;
    gaps = [];
    prevT = Number.NaN;
    prevW = 0;
    firstT = Number.NaN;
    firstW = 0;
    pendT = Number.NaN;
    pendSum = 0;
    pendCount = 0;
    /** Long intervals awaiting the gap limit: t0, p0, t1, p1 repeated. */
    held = [];
    fine = new Uint32Array(FINE_HISTOGRAM_MS);
    coarse = new Map();
    intervals = 0;
    constructor(device, bins, 
    /** A fixed gap limit (--gap-limit); undefined for the default rule. */
    fixedGapLimitMs) {
        this.device = device;
        this.bins = bins;
        this.fixedGapLimitMs = fixedGapLimitMs;
    }
    /** A power sample; samples must come in time order (equal times are merged). */
    push(t, watts) {
        if (t === this.pendT) {
            this.pendSum += watts;
            this.pendCount++;
            this.merged++;
            return;
        }
        if (t < this.pendT) {
            this.outOfOrder = true;
            return;
        }
        if (this.pendCount > 0)
            this.commit(this.pendT, this.pendSum / this.pendCount);
        this.pendT = t;
        this.pendSum = watts;
        this.pendCount = 1;
    }
    /** Energy known only for a span (end > start): spread evenly over it. Any order is fine. */
    pushEnergy(start, end, joules) {
        this.bins.addUniform(start, end, joules);
        this.energyJ += joules;
        this.energyIntervals++;
        if (start < this.start)
            this.start = start;
        if (end > this.end)
            this.end = end;
    }
    commit(t, w) {
        this.samples++;
        if (t < this.start)
            this.start = t;
        if (t > this.end)
            this.end = t;
        if (this.samples > 1)
            this.interval(this.prevT, this.prevW, t, w);
        else {
            this.firstT = t;
            this.firstW = w;
        }
        this.prevT = t;
        this.prevW = w;
    }
    interval(t0, p0, t1, p1) {
        const dt = t1 - t0;
        this.intervals++;
        const ms = Math.round(dt);
        if (ms < FINE_HISTOGRAM_MS)
            this.fine[ms] = this.fine[ms] + 1;
        else {
            const unit = 10 ** (Math.floor(Math.log10(dt)) - 2);
            const key = Math.round(dt / unit) * unit;
            this.coarse.set(key, (this.coarse.get(key) ?? 0) + 1);
        }
        const fixed = this.fixedGapLimitMs;
        if (fixed !== undefined) {
            if (dt <= fixed)
                this.energyJ += this.bins.addRamp(t0, p0, t1, p1);
            else
                this.gap(t0, t1);
        }
        else if (dt <= DEFAULT_MIN_GAP_LIMIT_MS) {
            this.energyJ += this.bins.addRamp(t0, p0, t1, p1);
        }
        else {
            this.held.push(t0, p0, t1, p1);
        }
    }
    gap(t0, t1) {
        this.uncoveredMs += t1 - t0;
        this.gapCount++;
        if (this.gaps.length < MAX_GAPS_LISTED)
            this.gaps.push({ start: t0, end: t1 });
    }
    /** Median sampling interval in ms (0 with fewer than two samples). */
    medianIntervalMs() {
        const n = this.intervals;
        if (n === 0)
            return 0;
        // The 0-based ranks of the middle element(s): equal for an odd count.
        const ranks = [(n - 1) >>> 1, n >>> 1];
        const found = [];
        let seen = 0;
        const take = (value, count) => {
            seen += count;
            while (found.length < 2 && ranks[found.length] < seen)
                found.push(value);
            return found.length === 2;
        };
        let done = false;
        for (let ms = 0; ms < FINE_HISTOGRAM_MS && !done; ms++) {
            const count = this.fine[ms];
            if (count > 0)
                done = take(ms, count);
        }
        if (!done) {
            for (const key of [...this.coarse.keys()].sort((x, y) => x - y)) {
                if (take(key, this.coarse.get(key)))
                    break;
            }
        }
        return (found[0] + found[1]) / 2;
    }
    /** Takes the last sample, decides the held intervals, and returns the device's figures. */
    finish() {
        if (this.pendCount > 0) {
            this.commit(this.pendT, this.pendSum / this.pendCount);
            this.pendCount = 0;
        }
        const median = this.medianIntervalMs();
        const limit = this.fixedGapLimitMs ?? defaultGapLimit(median);
        const held = this.held;
        for (let i = 0; i < held.length; i += 4) {
            const t0 = held[i];
            const t1 = held[i + 2];
            if (t1 - t0 <= limit)
                this.energyJ += this.bins.addRamp(t0, held[i + 1], t1, held[i + 3]);
            else
                this.gap(t0, t1);
        }
        held.length = 0;
        return {
            device: this.device,
            samples: this.samples,
            mergedSamples: this.merged,
            energyIntervals: this.energyIntervals,
            start: this.start,
            end: this.end,
            energyJ: this.energyJ,
            medianIntervalMs: median,
            gapLimitMs: limit,
            uncoveredMs: this.uncoveredMs,
            gapCount: this.gapCount,
            gaps: this.gaps,
            ...(this.samples > 0
                ? { first: { t: this.firstT, w: this.firstW }, last: { t: this.prevT, w: this.prevW } }
                : {}),
        };
    }
}

/**
 * Energy per UTC minute, kept sparsely by day so that memory follows the days a run touched, not
 * the number of samples. A minute is fine enough to price against any provider's periods (5, 15,
 * 30 or 60 minutes, all aligned to whole minutes) exactly, and to shift a run's profile in
 * what-if analyses.
 */
const MINUTE_MS = 60_000;
const DAY_MINUTES = 1440;
class MinuteBins {
    days = new Map();
    lastDay = Number.NaN;
    lastChunk;
    /** Earliest and latest instants that received energy or observation. */
    first = Number.POSITIVE_INFINITY;
    last = Number.NEGATIVE_INFINITY;
    chunk(minute) {
        const day = Math.floor(minute / DAY_MINUTES);
        if (day === this.lastDay && this.lastChunk)
            return this.lastChunk;
        let c = this.days.get(day);
        if (!c) {
            c = { energyJ: new Float64Array(DAY_MINUTES), observedMs: new Float64Array(DAY_MINUTES) };
            this.days.set(day, c);
        }
        this.lastDay = day;
        this.lastChunk = c;
        return c;
    }
    add(minute, joules, ms) {
        const c = this.chunk(minute);
        const i = minute - Math.floor(minute / DAY_MINUTES) * DAY_MINUTES;
        c.energyJ[i] = c.energyJ[i] + joules;
        c.observedMs[i] = c.observedMs[i] + ms;
    }
    /**
     * Power varying linearly from p0 at t0 to p1 at t1 (t1 > t0): the trapezoid, cut exactly at
     * every minute edge. Returns the joules added.
     */
    addRamp(t0, p0, t1, p1) {
        this.track(t0, t1);
        const m0 = Math.floor(t0 / MINUTE_MS);
        const m1 = Math.floor(t1 / MINUTE_MS);
        if (m0 === m1 || (m1 === m0 + 1 && t1 === m1 * MINUTE_MS)) {
            const joules = ((p0 + p1) / 2) * ((t1 - t0) / 1000);
            this.add(m0, joules, t1 - t0);
            return joules;
        }
        const slope = (p1 - p0) / (t1 - t0);
        let total = 0;
        let a = t0;
        let pa = p0;
        for (let m = m0; a < t1; m++) {
            const b = Math.min((m + 1) * MINUTE_MS, t1);
            const pb = b === t1 ? p1 : p0 + slope * (b - t0);
            const joules = ((pa + pb) / 2) * ((b - a) / 1000);
            this.add(m, joules, b - a);
            total += joules;
            a = b;
            pa = pb;
        }
        return total;
    }
    /** Energy known only for the span [t0, t1): spread evenly over it. */
    addUniform(t0, t1, joules) {
        this.track(t0, t1);
        const perMs = joules / (t1 - t0);
        let a = t0;
        for (let m = Math.floor(t0 / MINUTE_MS); a < t1; m++) {
            const b = Math.min((m + 1) * MINUTE_MS, t1);
            this.add(m, perMs * (b - a), b - a);
            a = b;
        }
    }
    /** Adds another set of bins into this one (merging per-file results). */
    merge(other) {
        for (const [day, c] of other.days) {
            const mine = this.chunk(day * DAY_MINUTES);
            for (let i = 0; i < DAY_MINUTES; i++) {
                mine.energyJ[i] = mine.energyJ[i] + c.energyJ[i];
                mine.observedMs[i] = mine.observedMs[i] + c.observedMs[i];
            }
        }
        this.first = Math.min(this.first, other.first);
        this.last = Math.max(this.last, other.last);
    }
    /** Dense minute arrays from `start` (minute-aligned) for `count` minutes. */
    dense(start, count) {
        const energyJ = new Float64Array(count);
        const observedMs = new Float64Array(count);
        const firstMinute = start / MINUTE_MS;
        for (const [day, c] of this.days) {
            for (let i = 0; i < DAY_MINUTES; i++) {
                const k = day * DAY_MINUTES + i - firstMinute;
                if (k < 0 || k >= count)
                    continue;
                energyJ[k] = c.energyJ[i];
                observedMs[k] = c.observedMs[i];
            }
        }
        return { energyJ, observedMs };
    }
    track(t0, t1) {
        if (t0 < this.first)
            this.first = t0;
        if (t1 > this.last)
            this.last = t1;
    }
}

function orderSamples(samples) {
    const n = samples.length;
    const srcT = samples.times;
    const srcW = samples.watts;
    let sorted = true;
    for (let i = 1; i < n; i++) {
        if (srcT[i] < srcT[i - 1]) {
            sorted = false;
            break;
        }
    }
    let order;
    if (!sorted) {
        order = new Uint32Array(n);
        for (let i = 0; i < n; i++)
            order[i] = i;
        // Ties broken by watts so the merged mean does not depend on input order.
        order.sort((a, b) => srcT[a] - srcT[b] || srcW[a] - srcW[b]);
    }
    const times = new Float64Array(n);
    const watts = new Float64Array(n);
    let out = 0;
    let merged = 0;
    let runCount = 0;
    let runSum = 0;
    for (let k = 0; k < n; k++) {
        const i = order ? order[k] : k;
        const t = srcT[i];
        const w = srcW[i];
        if (out > 0 && times[out - 1] === t) {
            runSum += w;
            runCount++;
            watts[out - 1] = runSum / runCount;
            merged++;
        }
        else {
            times[out] = t;
            watts[out] = w;
            runSum = w;
            runCount = 1;
            out++;
        }
    }
    return { times: times.subarray(0, out), watts: watts.subarray(0, out), merged };
}

/**
 * Energy from power samples and energy intervals, per device and per UTC minute. Power is
 * integrated with the trapezoid rule (the exact integral of linearly interpolated power) between
 * consecutive samples of a device; intervals longer than the gap limit are not bridged and are
 * reported as uncovered time.
 *
 * Two ways in, one integrator: streamed samples (StreamingSink, the normal path) and collected
 * samples (SampleSink: tests, and files whose rows are out of time order), which are sorted first.
 */
/** Integrates collected samples into the given bins, one integrator per device. */
function integrateSamples(series, bins, options = {}) {
    const devices = [];
    for (const s of series) {
        const integrator = new DeviceIntegrator(s.device, bins, options.gapLimitMs);
        const ordered = orderSamples(s);
        for (let i = 0; i < ordered.times.length; i++) {
            integrator.push(ordered.times[i], ordered.watts[i]);
        }
        for (const iv of s.intervals)
            integrator.pushEnergy(iv.start, iv.end, iv.joules);
        const result = integrator.finish();
        result.mergedSamples += ordered.merged;
        devices.push(result);
    }
    return devices;
}
/** The result of integrators that are finished, over the bins they filled. */
function energyResult(devices, bins) {
    const withData = devices.filter((d) => d.samples > 0 || d.energyIntervals > 0);
    if (withData.length === 0)
        return undefined;
    const start = Math.min(...withData.map((d) => d.start));
    const end = Math.max(...withData.map((d) => d.end));
    const first = floorHour(start);
    const last = Math.max(first + HOUR_MS, Math.ceil(end / HOUR_MS) * HOUR_MS);
    const count = (last - first) / MINUTE_MS;
    return {
        devices: withData,
        minutes: { start: first, ...bins.dense(first, count) },
        window: { start, end },
    };
}

class StreamingSink {
    gapLimitMs;
    bins = new MinuteBins();
    devices = new Map();
    constructor(gapLimitMs) {
        this.gapLimitMs = gapLimitMs;
    }
    device(info) {
        const key = info.host === undefined ? info.id : `${info.host}/${info.id}`;
        let d = this.devices.get(key);
        if (!d) {
            d = new DeviceIntegrator({ ...info }, this.bins, this.gapLimitMs);
            this.devices.set(key, d);
        }
        else {
            if (info.name && !d.device.name)
                d.device.name = info.name;
            if (info.uuid && !d.device.uuid)
                d.device.uuid = info.uuid;
        }
        return d;
    }
    get outOfOrder() {
        for (const d of this.devices.values())
            if (d.outOfOrder)
                return true;
        return false;
    }
    finish() {
        return [...this.devices.values()].map((d) => d.finish());
    }
}

const fmt = (v, digits) => v.toFixed(digits);
function evaluateBudgets(limits, totals, comparison) {
    const checks = [];
    if (limits.budgetG !== undefined) {
        const passed = totals.emissionsG <= limits.budgetG;
        checks.push({
            name: "budget-g",
            limit: limits.budgetG,
            value: totals.emissionsG,
            passed,
            message: `emissions ${fmt(totals.emissionsG, 1)} gCO2e ${passed ? "within" : "exceed"} budget-g ${limits.budgetG} gCO2e`,
        });
    }
    if (limits.budgetKwh !== undefined) {
        const passed = totals.energyKwh <= limits.budgetKwh;
        checks.push({
            name: "budget-kwh",
            limit: limits.budgetKwh,
            value: totals.energyKwh,
            passed,
            message: `energy ${fmt(totals.energyKwh, 3)} kWh ${passed ? "within" : "exceeds"} budget-kwh ${limits.budgetKwh} kWh`,
        });
    }
    if (limits.maxIncreasePercent !== undefined) {
        const pct = comparison?.energyDeltaPercent ?? null;
        if (pct === null) {
            checks.push({
                name: "max-increase-percent",
                limit: limits.maxIncreasePercent,
                value: null,
                passed: true,
                message: comparison
                    ? "max-increase-percent not checked: the baseline drew no energy"
                    : "max-increase-percent not checked: no baseline report",
            });
        }
        else {
            const passed = pct <= limits.maxIncreasePercent;
            checks.push({
                name: "max-increase-percent",
                limit: limits.maxIncreasePercent,
                value: pct,
                passed,
                message: `energy change ${pct >= 0 ? "+" : ""}${fmt(pct, 1)}% against the baseline ${passed ? "within" : "exceeds"} max-increase-percent ${limits.maxIncreasePercent}%`,
            });
        }
    }
    return { checks, passed: checks.every((c) => c.passed) };
}

/**
 * Head against base: the energy delta (what the change controls) and the emissions delta split
 * into an energy effect (ΔE × base intensity) and a grid effect (head energy × Δintensity), so
 * that grid luck is never blamed on the code. The two effects add up to the emissions delta.
 */
function compareFootprints(head, base) {
    const headIntensity = head.energyKwh > 0 ? head.emissionsG / head.energyKwh : 0;
    const baseIntensity = base.energyKwh > 0 ? base.emissionsG / base.energyKwh : null;
    const energyDeltaKwh = head.energyKwh - base.energyKwh;
    const emissionsDeltaG = head.emissionsG - base.emissionsG;
    // With no base energy there is no base intensity: the whole change is the energy's doing.
    const energyEffectG = baseIntensity === null ? emissionsDeltaG : energyDeltaKwh * baseIntensity;
    const gridEffectG = baseIntensity === null ? 0 : head.energyKwh * (headIntensity - baseIntensity);
    return {
        base: { energyKwh: base.energyKwh, emissionsG: base.emissionsG, intensityGPerKwh: baseIntensity },
        energyDeltaKwh,
        energyDeltaPercent: percentChange(head.energyKwh, base.energyKwh),
        emissionsDeltaG,
        emissionsDeltaPercent: percentChange(head.emissionsG, base.emissionsG),
        energyEffectG,
        gridEffectG,
    };
}
function percentChange(value, reference) {
    return reference > 0 ? ((value - reference) / reference) * 100 : null;
}

const J_PER_KWH = 3.6e6;
function hourlyFootprint(minutes, series, fallbackGPerKwh) {
    const periods = series?.periods ?? [];
    const hourCount = Math.ceil((minutes.energyJ.length * MINUTE_MS) / HOUR_MS);
    const result = {
        hours: [],
        energyKwh: 0,
        emissionsG: 0,
        fallbackEnergyKwh: 0,
        hoursWithEnergy: 0,
        hoursWithFallback: 0,
        estimatedHours: 0,
        forecastHours: 0,
    };
    // Index of the first period that ends after the current minute starts.
    let pi = 0;
    for (let h = 0; h < hourCount; h++) {
        const hour = {
            start: minutes.start + h * HOUR_MS,
            energyKwh: 0,
            emissionsG: 0,
            intensityGPerKwh: null,
            fallbackEnergyShare: 0,
            estimated: false,
            forecast: false,
            observedDeviceSeconds: 0,
        };
        let fallbackKwh = 0;
        let intensityTimeG = 0;
        let intensityTimeMs = 0;
        const firstMinute = h * 60;
        const lastMinute = Math.min(firstMinute + 60, minutes.energyJ.length);
        for (let m = firstMinute; m < lastMinute; m++) {
            const a = minutes.start + m * MINUTE_MS;
            const b = a + MINUTE_MS;
            const kwh = minutes.energyJ[m] / J_PER_KWH;
            hour.energyKwh += kwh;
            hour.observedDeviceSeconds += minutes.observedMs[m] / 1000;
            while (pi < periods.length && periods[pi].end <= a)
                pi++;
            let coveredMs = 0;
            for (let k = pi; k < periods.length; k++) {
                const p = periods[k];
                if (p.start >= b)
                    break;
                const overlap = Math.min(b, p.end) - Math.max(a, p.start);
                if (overlap <= 0)
                    continue;
                coveredMs += overlap;
                intensityTimeG += p.gPerKwh * overlap;
                intensityTimeMs += overlap;
                if (kwh > 0) {
                    hour.emissionsG += kwh * (overlap / MINUTE_MS) * p.gPerKwh;
                    hour.estimated ||= p.estimated;
                    hour.forecast ||= p.forecast;
                }
            }
            if (kwh > 0 && coveredMs < MINUTE_MS) {
                const uncovered = kwh * (1 - coveredMs / MINUTE_MS);
                hour.emissionsG += uncovered * fallbackGPerKwh;
                fallbackKwh += uncovered;
            }
        }
        if (hour.energyKwh > 0) {
            hour.intensityGPerKwh = hour.emissionsG / hour.energyKwh;
            hour.fallbackEnergyShare = Math.min(1, fallbackKwh / hour.energyKwh);
            result.hoursWithEnergy++;
            if (fallbackKwh > 0)
                result.hoursWithFallback++;
            if (hour.estimated)
                result.estimatedHours++;
            if (hour.forecast)
                result.forecastHours++;
        }
        else {
            hour.intensityGPerKwh = intensityTimeMs > 0 ? intensityTimeG / intensityTimeMs : null;
        }
        result.energyKwh += hour.energyKwh;
        result.emissionsG += hour.emissionsG;
        result.fallbackEnergyKwh += fallbackKwh;
        result.hours.push(hour);
    }
    return result;
}

/**
 * The naive figure: the whole run's energy times one annual-average intensity for the zone, which
 * is what most tools report. Its basis is the mean of the intensity series over the run's
 * calendar year when the series covers that year, otherwise the bundled yearly average (nearest
 * year when the run's year is not bundled).
 */
/** Share of a year the series must cover for its mean to stand for the year. */
const FULL_YEAR_COVERAGE = 0.99;
function naiveBasis(zone, year, series, factor, warnings) {
    if (series) {
        const mean = yearMean(series, year);
        if (mean && mean.coverage >= FULL_YEAR_COVERAGE) {
            return {
                gPerKwh: mean.gPerKwh,
                method: "series-year-mean",
                requestedYear: year,
                year,
                source: `mean of ${series.source} over ${year}`,
                factor: series.factor,
                yearCoverage: mean.coverage,
            };
        }
    }
    if (!zone)
        return undefined;
    const bundled = bundledAnnualAverage(zone, year);
    if (!bundled)
        return undefined;
    if (bundled.year !== year) {
        warnings.push(`No bundled yearly average for ${zone} in ${year}; the naive figure uses ${bundled.year}, the nearest year available.`);
    }
    if (factor === "direct") {
        warnings.push("The bundled yearly averages are life-cycle figures only: the naive figure is life-cycle while the hourly figures are direct, so the two are not like for like.");
    }
    return {
        gPerKwh: bundled.gPerKwh,
        method: "bundled-yearly-average",
        requestedYear: year,
        year: bundled.year,
        source: bundled.source,
        factor: "lifecycle",
    };
}
/** Time-weighted mean of the series over a UTC calendar year, with the share of the year covered. */
function yearMean(series, year) {
    const from = Date.UTC(year, 0, 1);
    const to = Date.UTC(year + 1, 0, 1);
    let weighted = 0;
    let covered = 0;
    for (const p of series.periods) {
        const a = Math.max(p.start, from);
        const b = Math.min(p.end, to);
        if (b <= a)
            continue;
        weighted += p.gPerKwh * (b - a);
        covered += b - a;
    }
    if (covered === 0)
        return undefined;
    return { gPerKwh: weighted / covered, coverage: covered / (to - from) };
}

/**
 * report.json: what a run leaves behind and what a later run compares against. The schema is the
 * contract; every number in the markdown is read from a validated report.
 *
 * Versioning: a change that removes or retypes a field bumps schemaVersion, and parseReport keeps
 * reading every older version (upgrading it to the current shape).
 */
const isoUtc = datetime({ offset: false });
const nonNegative$1 = number().finite().nonnegative();
const finite$1 = number().finite();
const SkippedRowSchema = object({ line: number().int().positive(), reason: string() });
const SourceSchema = object({
    file: string(),
    format: string(),
    /** Hex SHA-256 of the file's bytes. */
    sha256: string().regex(/^[0-9a-f]{64}$/),
    rowsRead: number().int().nonnegative(),
    rowsSkipped: number().int().nonnegative(),
    skippedExamples: array(SkippedRowSchema),
    missingValues: number().int().nonnegative(),
    notes: array(string()),
    /** Set when the file says it holds synthetic example data. */
    synthetic: boolean(),
});
const DeviceSchema = object({
    id: string(),
    /** The machine, where the trace names it (or the file, for same-named devices of different files). */
    host: string().optional(),
    /** "gpu", "cpu", "node", ... where the reader knows. */
    kind: string().optional(),
    name: string().optional(),
    uuid: string().optional(),
    /** The files the device's data came from (more than one when a trace continues in another file). */
    files: array(string()).min(1),
    /** Power samples (after merging samples sharing an instant). */
    samples: number().int().nonnegative(),
    mergedSamples: number().int().nonnegative(),
    /** Energy intervals (CodeCarbon rows, energy counter differences). */
    energyIntervals: number().int().nonnegative(),
    /** Energy estimated from a training log and board power, not measured. */
    estimated: boolean(),
    start: isoUtc,
    end: isoUtc,
    energyKwh: nonNegative$1,
    medianIntervalSeconds: nonNegative$1,
    gapLimitSeconds: nonNegative$1,
    uncoveredSeconds: nonNegative$1,
    gapCount: number().int().nonnegative(),
    gaps: array(object({ start: isoUtc, end: isoUtc })),
});
const HostSchema = object({
    /** The machine's name, or "(unnamed)" for devices whose trace names none. */
    host: string(),
    devices: number().int().positive(),
    energyKwh: nonNegative$1,
});
const RunLogSchema = object({
    file: string(),
    format: string(),
    start: isoUtc.optional(),
    end: isoUtc.optional(),
    phases: array(object({ name: string(), start: isoUtc, end: isoUtc })),
    /** The work done: the denominators of "gCO2e per unit". */
    units: object({
        steps: nonNegative$1.optional(),
        samples: nonNegative$1.optional(),
        tokens: nonNegative$1.optional(),
        epochs: nonNegative$1.optional(),
    }),
    deviceCount: number().int().positive().optional(),
    deviceModel: string().optional(),
    facts: record(string(), string()),
    rowsRead: number().int().nonnegative(),
    rowsSkipped: number().int().nonnegative(),
    skippedExamples: array(SkippedRowSchema),
    notes: array(string()),
});
const EstimateSchema = object({
    start: isoUtc,
    end: isoUtc,
    devices: number().int().positive(),
    model: string(),
    boardWatts: nonNegative$1,
    boardSource: string(),
    utilization: number().gt(0).max(1),
    wattsPerDevice: nonNegative$1,
    energyKwh: nonNegative$1,
    /** One sentence with the arithmetic, labelled as an estimate. */
    explanation: string(),
});
const HourSchema = object({
    start: isoUtc,
    energyKwh: nonNegative$1,
    /** Emissions ÷ energy; with no energy drawn, the mean of the intensity series over the hour (null without data). */
    intensityGPerKwh: nonNegative$1.nullable(),
    emissionsG: nonNegative$1,
    /** Share of the hour's energy priced with the fallback (annual average) intensity. */
    fallbackEnergyShare: number().min(0).max(1),
    estimated: boolean(),
    forecast: boolean(),
    observedDeviceSeconds: nonNegative$1,
});
const IntensityInfoSchema = object({
    /** Who produced the hourly figures, e.g. "Electricity Maps CSV export" or the bundled average. */
    source: string(),
    /** "file" or "average" (more providers come with their own names). */
    provider: string(),
    file: string().optional(),
    format: string().optional(),
    /** Set when the intensity file says it holds synthetic example data. */
    synthetic: boolean(),
    zone: string().optional(),
    factor: _enum(["lifecycle", "direct"]),
    signal: _enum(["average", "marginal"]),
    rowsRead: number().int().nonnegative(),
    rowsSkipped: number().int().nonnegative(),
    skippedExamples: array(SkippedRowSchema),
    estimatedHours: number().int().nonnegative(),
    forecastHours: number().int().nonnegative(),
    coverage: object({
        hoursWithEnergy: number().int().nonnegative(),
        /** Hours whose energy was priced entirely from the series. */
        hoursMeasured: number().int().nonnegative(),
        hoursWithFallback: number().int().nonnegative(),
        /** Share of the energy priced from the series (1 = all of it). */
        energyShare: number().min(0).max(1),
    }),
    fallback: object({ gPerKwh: nonNegative$1, source: string(), year: number().int() }).optional(),
    /** Plain-language summary of where the hours came from, e.g. "24/24 h from the file". */
    summary: string(),
});
const NaiveSchema = object({
    gPerKwh: nonNegative$1,
    method: _enum(["series-year-mean", "bundled-yearly-average"]),
    requestedYear: number().int(),
    year: number().int(),
    source: string(),
    factor: _enum(["lifecycle", "direct"]),
    yearCoverage: number().min(0).max(1).optional(),
});
const ComparisonSchema = object({
    baseFile: string(),
    base: object({
        energyKwh: nonNegative$1,
        emissionsG: nonNegative$1,
        intensityGPerKwh: nonNegative$1.nullable(),
    }),
    energyDeltaKwh: finite$1,
    energyDeltaPercent: finite$1.nullable(),
    emissionsDeltaG: finite$1,
    emissionsDeltaPercent: finite$1.nullable(),
    energyEffectG: finite$1,
    gridEffectG: finite$1,
});
const BudgetSchema = object({
    passed: boolean(),
    checks: array(object({
        name: _enum(["budget-g", "budget-kwh", "max-increase-percent"]),
        limit: finite$1,
        value: finite$1.nullable(),
        passed: boolean(),
        message: string(),
    })),
});
const ReportSchema = object({
    schemaVersion: literal(1),
    tool: object({ name: literal("gridprint"), version: string() }),
    generatedAt: isoUtc,
    window: object({ start: isoUtc, end: isoUtc, durationHours: nonNegative$1 }),
    totals: object({
        energyKwh: nonNegative$1,
        emissionsG: nonNegative$1,
        /** Emissions ÷ energy over the run. */
        intensityGPerKwh: nonNegative$1.nullable(),
        naiveEmissionsG: nonNegative$1,
        naiveIntensityGPerKwh: nonNegative$1,
        /** (hourly − naive) ÷ naive × 100; null when the naive figure is 0. */
        naiveDifferencePercent: finite$1.nullable(),
        /** Share of the energy that was estimated rather than measured (0 = all measured). */
        estimatedEnergyShare: number().min(0).max(1),
    }),
    naive: NaiveSchema,
    hours: array(HourSchema),
    devices: array(DeviceSchema),
    hosts: array(HostSchema),
    sources: array(SourceSchema),
    /** Training logs read (MLPerf, Hugging Face, Lightning): windows, phases, units of work. */
    runs: array(RunLogSchema),
    /** Present when energy was estimated (no power trace): how. */
    estimates: array(EstimateSchema),
    intensity: IntensityInfoSchema,
    comparison: ComparisonSchema.optional(),
    budget: BudgetSchema,
    timezone: object({
        zone: string(),
        ambiguousReadings: number().int(),
        nonexistentReadings: number().int(),
    }),
    warnings: array(string()),
});
/** Validates a report of any supported version; the error names the first offending field. */
function parseReport(data) {
    const result = ReportSchema.safeParse(data);
    if (result.success)
        return result.data;
    const version = data?.schemaVersion;
    const issue = result.error.issues[0];
    const where = issue ? `${issue.path.join(".") || "(root)"}: ${issue.message}` : "invalid";
    throw new Error(version !== 1
        ? `unsupported report schemaVersion ${JSON.stringify(version)} (this gridprint reads 1)`
        : `not a valid gridprint report: ${where}`);
}

function assembleReport(parts) {
    const { energy, footprint, intensity, naive, traces } = parts;
    const warnings = [...parts.warnings];
    // Every file's own warnings and skipped rows, traces, training logs and intensity alike.
    const read = [
        ...traces.map((t) => [t.file, t.stats]),
        ...parts.runs.map((r) => [r.file, r.stats]),
        ...(intensity.file && intensity.stats ? [[intensity.file, intensity.stats]] : []),
    ];
    for (const [file, stats] of read) {
        // The intensity reader's warnings already reached the pipeline's list.
        if (file !== intensity.file || stats !== intensity.stats)
            warnings.push(...stats.warnings.map((w) => `${file}: ${w}`));
        if (stats.rowsSkipped > 0) {
            const first = stats.skippedExamples.map((s) => `line ${s.line}: ${s.reason}`).join("; ");
            warnings.push(`${file}: ${stats.rowsSkipped} malformed row(s) skipped (${first})`);
        }
    }
    const clocks = [...traces.map((t) => t.clock), ...(intensity.clock ? [intensity.clock] : [])];
    const localReadings = clocks.reduce((n, c) => n + c.localReadings, 0);
    const ambiguous = clocks.reduce((n, c) => n + c.ambiguous, 0);
    const nonexistent = clocks.reduce((n, c) => n + c.nonexistent, 0);
    if (localReadings > 0 && !parts.timezoneGiven) {
        warnings.push(`${localReadings} timestamp(s) carry no UTC offset and were read as ${parts.timezone}; set --timezone / timezone to the zone of the machine that wrote them.`);
    }
    if (nonexistent > 0) {
        warnings.push(`${nonexistent} timestamp(s) fall in the hour skipped when ${parts.timezone} moved its clocks forward; they were read with the offset in force before the change.`);
    }
    for (const d of energy.devices) {
        if (d.gapCount > 0) {
            warnings.push(`${d.files.join(", ")} ${deviceLabel(d.device)}: ${d.gapCount} gap(s) longer than ${formatSeconds(d.gapLimitMs / 1000)} not bridged (${formatSeconds(d.uncoveredMs / 1000)} uncovered); energy in them is not counted.`.trim());
        }
    }
    const naiveEmissionsG = footprint.energyKwh * naive.gPerKwh;
    const totalJ = energy.devices.reduce((sum, d) => sum + d.energyJ, 0);
    const estimatedJ = energy.devices.reduce((sum, d) => sum + (d.device.estimated ? d.energyJ : 0), 0);
    const hoursMeasured = footprint.hoursWithEnergy - footprint.hoursWithFallback;
    const energyShare = footprint.energyKwh > 0 ? 1 - footprint.fallbackEnergyKwh / footprint.energyKwh : 1;
    const series = intensity.series;
    const report = {
        schemaVersion: 1,
        tool: { name: "gridprint", version: parts.version },
        generatedAt: isoUtc$1(Math.floor(parts.now.getTime() / 1000) * 1000),
        window: {
            start: isoUtc$1(energy.window.start),
            end: isoUtc$1(energy.window.end),
            durationHours: (energy.window.end - energy.window.start) / 3.6e6,
        },
        totals: {
            energyKwh: footprint.energyKwh,
            emissionsG: footprint.emissionsG,
            intensityGPerKwh: footprint.energyKwh > 0 ? footprint.emissionsG / footprint.energyKwh : null,
            naiveEmissionsG,
            naiveIntensityGPerKwh: naive.gPerKwh,
            naiveDifferencePercent: percentChange(footprint.emissionsG, naiveEmissionsG),
            estimatedEnergyShare: clamp01(estimatedJ / Math.max(totalJ, Number.MIN_VALUE)),
        },
        naive: { ...naive },
        hours: footprint.hours.map((h) => ({
            start: isoUtc$1(h.start),
            energyKwh: h.energyKwh,
            intensityGPerKwh: h.intensityGPerKwh,
            emissionsG: h.emissionsG,
            fallbackEnergyShare: clamp01(h.fallbackEnergyShare),
            estimated: h.estimated,
            forecast: h.forecast,
            observedDeviceSeconds: h.observedDeviceSeconds,
        })),
        devices: energy.devices.map((d) => ({
            id: d.device.id,
            ...(d.device.host !== undefined ? { host: d.device.host } : {}),
            ...(d.device.kind ? { kind: d.device.kind } : {}),
            ...(d.device.name ? { name: d.device.name } : {}),
            ...(d.device.uuid ? { uuid: d.device.uuid } : {}),
            files: d.files,
            samples: d.samples,
            mergedSamples: d.mergedSamples,
            energyIntervals: d.energyIntervals,
            estimated: d.device.estimated === true,
            start: isoUtc$1(d.start),
            end: isoUtc$1(d.end),
            energyKwh: d.energyJ / 3.6e6,
            medianIntervalSeconds: d.medianIntervalMs / 1000,
            gapLimitSeconds: d.gapLimitMs / 1000,
            uncoveredSeconds: d.uncoveredMs / 1000,
            gapCount: d.gapCount,
            gaps: d.gaps.map((g) => ({ start: isoUtc$1(g.start), end: isoUtc$1(g.end) })),
        })),
        hosts: hostTotals(energy.devices),
        runs: parts.runs.map((r) => ({
            file: r.file,
            format: r.format,
            ...(r.log.start !== undefined ? { start: isoUtc$1(r.log.start) } : {}),
            ...(r.log.end !== undefined ? { end: isoUtc$1(r.log.end) } : {}),
            phases: r.log.phases.map((p) => ({ name: p.name, start: isoUtc$1(p.start), end: isoUtc$1(p.end) })),
            units: r.log.units,
            ...(r.log.deviceCount !== undefined ? { deviceCount: r.log.deviceCount } : {}),
            ...(r.log.deviceModel !== undefined ? { deviceModel: r.log.deviceModel } : {}),
            facts: r.log.facts,
            rowsRead: r.stats.rowsRead,
            rowsSkipped: r.stats.rowsSkipped,
            skippedExamples: r.stats.skippedExamples,
            notes: r.stats.notes,
        })),
        estimates: parts.estimates.map((e) => ({
            start: isoUtc$1(e.start),
            end: isoUtc$1(e.end),
            devices: e.devices,
            model: e.model,
            boardWatts: e.boardWatts,
            boardSource: e.boardSource,
            utilization: e.utilization,
            wattsPerDevice: e.wattsPerDevice,
            energyKwh: e.joules / 3.6e6,
            explanation: e.explanation,
        })),
        sources: traces.map((t) => ({
            file: t.file,
            format: t.format,
            sha256: t.sha256,
            rowsRead: t.stats.rowsRead,
            rowsSkipped: t.stats.rowsSkipped,
            skippedExamples: t.stats.skippedExamples,
            missingValues: t.stats.missingValues,
            notes: t.stats.notes,
            synthetic: t.synthetic,
        })),
        intensity: {
            source: series ? series.source : (parts.fallback?.source ?? "annual average"),
            provider: intensity.provider,
            ...(intensity.file ? { file: intensity.file } : {}),
            ...(intensity.format ? { format: intensity.format } : {}),
            synthetic: intensity.synthetic ?? false,
            ...(parts.zone ? { zone: parts.zone } : {}),
            factor: series ? series.factor : "lifecycle",
            signal: series ? series.signal : "average",
            rowsRead: intensity.stats?.rowsRead ?? 0,
            rowsSkipped: intensity.stats?.rowsSkipped ?? 0,
            skippedExamples: intensity.stats?.skippedExamples ?? [],
            estimatedHours: footprint.estimatedHours,
            forecastHours: footprint.forecastHours,
            coverage: {
                hoursWithEnergy: footprint.hoursWithEnergy,
                hoursMeasured,
                hoursWithFallback: footprint.hoursWithFallback,
                energyShare: clamp01(energyShare),
            },
            ...(parts.fallback
                ? {
                    fallback: {
                        gPerKwh: parts.fallback.gPerKwh,
                        source: parts.fallback.source,
                        year: parts.fallback.year,
                    },
                }
                : {}),
            summary: coverageSummary(footprint, intensity, parts.fallback),
        },
        ...(parts.comparison ? { comparison: parts.comparison } : {}),
        budget: { passed: parts.budget.passed, checks: parts.budget.checks },
        timezone: { zone: parts.timezone, ambiguousReadings: ambiguous, nonexistentReadings: nonexistent },
        warnings,
    };
    return ReportSchema.parse(report);
}
function coverageSummary(footprint, intensity, fallback) {
    const total = footprint.hoursWithEnergy;
    const source = intensity.series?.source ?? "no hourly source";
    const measured = total - footprint.hoursWithFallback;
    const fallbackName = fallback
        ? `the ${fallback.year} annual average (${fallback.source})`
        : "the annual average";
    if (!intensity.series)
        return `0/${total} h hourly data; all ${total} h priced with ${fallbackName}`;
    let text = `${measured}/${total} h from ${source}`;
    if (footprint.hoursWithFallback > 0) {
        text += `; ${footprint.hoursWithFallback} h (in whole or part) from ${fallbackName}: the file has no data for them`;
    }
    if (footprint.estimatedHours > 0)
        text += `; ${footprint.estimatedHours} h flagged estimated by the source`;
    if (footprint.forecastHours > 0)
        text += `; ${footprint.forecastHours} h forecast, not measured`;
    return text;
}
function clamp01(x) {
    return Math.min(1, Math.max(0, x));
}
function formatSeconds(seconds) {
    if (seconds < 120)
        return `${Math.round(seconds)} s`;
    if (seconds < 7200)
        return `${Math.round(seconds / 60)} min`;
    return `${(seconds / 3600).toFixed(1)} h`;
}
function deviceLabel(d) {
    return d.host === undefined ? d.id : `${d.host}/${d.id}`;
}
/** Energy per host; devices whose trace names no host are grouped as "(unnamed)". */
function hostTotals(devices) {
    const byHost = new Map();
    for (const d of devices) {
        const host = d.device.host ?? "(unnamed)";
        const entry = byHost.get(host) ?? { devices: 0, joules: 0 };
        entry.devices++;
        entry.joules += d.energyJ;
        byHost.set(host, entry);
    }
    return [...byHost].map(([host, e]) => ({ host, devices: e.devices, energyKwh: e.joules / 3.6e6 }));
}

/**
 * Hugging Face Trainer's `trainer_state.json`: one JSON document (pretty-printed with sorted keys
 * by the Trainer) with `global_step`, `max_steps`, `epoch`, `num_train_epochs`, `total_flos`,
 * `train_batch_size` and `log_history`, a list of logged entries whose last one, written when
 * `train()` returns, holds `train_runtime` (seconds) and `train_samples_per_second`.
 *
 * It has no wall-clock time at all. With `--run-start` the window is [runStart, runStart +
 * train_runtime]; without it the file cannot place the run in time and the reader refuses it,
 * unless the caller only wants units (a power trace gives the window). A checkpoint's
 * trainer_state.json, written before training ended, has no train_runtime either.
 *
 * The document is read whole (it is one JSON value), capped at {@link MAX_DOCUMENT_CHARS}. Python's
 * json module writes NaN and Infinity for a diverged loss or gradient norm, which JSON.parse
 * refuses: those are read as missing values.
 *
 * Units: steps = global_step, epochs = epoch (fractional when training stopped mid-epoch), samples
 * = round(train_samples_per_second × train_runtime), tokens = num_input_tokens_seen where the
 * Trainer counted them (include_num_input_tokens_seen).
 */
/** 64 MiB of text: a trainer_state.json of a long run with dense logging is a few MB. */
const MAX_DOCUMENT_CHARS = 64 * 1024 * 1024;
/** Ten years: a longer train_runtime is a corrupt file, not a run. */
const MAX_RUNTIME_S = 10 * 31_557_600;
/** Keys the Trainer always writes besides global_step; one of them must be in the head. */
const COMPANION_KEYS = [
    '"log_history"',
    '"max_steps"',
    '"num_train_epochs"',
    '"is_world_process_zero"',
    '"total_flos"',
    '"train_batch_size"',
];
const hfTrainerState = {
    format: "hf-trainer-state",
    /** A JSON object whose first lines name "global_step" and another key the Trainer writes. */
    sniff(head) {
        const first = head.find((l) => l.trim() !== "");
        if (first === undefined || first.trimStart().charCodeAt(0) !== 123 /* { */)
            return false;
        const text = head.join("\n");
        return text.includes('"global_step"') && COMPANION_KEYS.some((k) => text.includes(k));
    },
    async read(lines, options) {
        const { file } = options;
        const parts = [];
        let size = 0;
        let lineNo = 0;
        for await (const line of lines) {
            lineNo++;
            size += line.length + 1;
            if (size > MAX_DOCUMENT_CHARS) {
                throw new InputError(`trainer_state.json is larger than ${MAX_DOCUMENT_CHARS / 1024 / 1024} MiB: expected one JSON ` +
                    `document of a few MB (the Trainer's state and log history); is this the right file?`, file, lineNo);
            }
            parts.push(line);
        }
        const text = parts.join("\n");
        if (text.trim() === "") {
            throw new InputError("the file is empty: expected trainer_state.json (one JSON object)", file, 1);
        }
        const stats = newStats();
        const doc = parseDocument(text, file, stats);
        return { log: readState(doc, text, options, stats), stats };
    },
};
// ---------------------------------------------------------------------------------------------
// JSON with Python's non-finite numbers
function parseDocument(text, file, stats) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (first) {
        const fixed = replaceNonFinite(text);
        if (fixed.count === 0)
            throw jsonError(first, text, file);
        try {
            value = JSON.parse(fixed.text);
        }
        catch (second) {
            throw jsonError(second, fixed.text, file);
        }
        stats.missingValues += fixed.count;
        stats.notes.push(`${fixed.count} NaN/Infinity value(s) (Python's json writes them for a diverged loss or gradient norm) read as missing`);
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
        throw new InputError(`expected a JSON object (trainer_state.json), got ${Array.isArray(value) ? "an array" : value === null ? "null" : `a ${typeof value}`}`, file, 1);
    }
    return value;
}
/** Replaces bare NaN, Infinity and -Infinity outside strings with null. */
function replaceNonFinite(text) {
    const out = [];
    let count = 0;
    let from = 0;
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (inString) {
            if (c === 92 /* \ */)
                i++;
            else if (c === 34 /* " */)
                inString = false;
            continue;
        }
        if (c === 34) {
            inString = true;
            continue;
        }
        let length = 0;
        if (c === 78 /* N */ && text.startsWith("NaN", i))
            length = 3;
        else if (c === 73 /* I */ && text.startsWith("Infinity", i))
            length = 8;
        else if (c === 45 /* - */ && text.startsWith("-Infinity", i))
            length = 9;
        if (length > 0 && !isWordChar(text.charCodeAt(i - 1)) && !isWordChar(text.charCodeAt(i + length))) {
            out.push(text.slice(from, i), "null");
            from = i + length;
            i += length - 1;
            count++;
        }
    }
    out.push(text.slice(from));
    return { text: out.join(""), count };
}
function isWordChar(c) {
    return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46;
}
/**
 * An InputError at the place the JSON breaks. JSON.parse's messages name no position on every
 * Node version, so the place is found by {@link jsonErrorOffset}.
 */
function jsonError(error, text, file) {
    const offset = jsonErrorOffset(text);
    if (offset >= text.length || offset < 0) {
        return new InputError(offset < 0
            ? `not valid JSON (${quote$2(error instanceof Error ? error.message : String(error))}): expected trainer_state.json, one JSON object`
            : "the JSON ends too early (a truncated file?): expected trainer_state.json, one JSON object", file, lineOf(text, text.length));
    }
    const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
    const lineEnd = text.indexOf("\n", lineStart);
    const lineText = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd).trim();
    return new InputError(`not valid JSON at column ${offset - lineStart + 1} (${quote$2(lineText)}): expected trainer_state.json, one JSON object`, file, lineOf(text, offset));
}
var Want;
(function (Want) {
    Want[Want["Value"] = 0] = "Value";
    Want[Want["ValueOrClose"] = 1] = "ValueOrClose";
    Want[Want["KeyOrClose"] = 2] = "KeyOrClose";
    Want[Want["Key"] = 3] = "Key";
    Want[Want["Colon"] = 4] = "Colon";
    Want[Want["CommaOrClose"] = 5] = "CommaOrClose";
    Want[Want["End"] = 6] = "End";
})(Want || (Want = {}));
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const OBJECT = 1;
const ARRAY = 2;
/**
 * Where JSON text first goes wrong: the offset of the offending character, text.length when it
 * ends too early, -1 when it is valid. Iterative, so deep nesting cannot overflow the stack.
 */
function jsonErrorOffset(text) {
    const stack = [];
    const n = text.length;
    let want = Want.Value;
    let i = 0;
    const afterValue = () => (stack.length === 0 ? Want.End : Want.CommaOrClose);
    while (true) {
        while (i < n) {
            const c = text.charCodeAt(i);
            if (c !== 32 && c !== 9 && c !== 10 && c !== 13)
                break;
            i++;
        }
        if (i >= n)
            return want === Want.End ? -1 : n;
        const c = text.charCodeAt(i);
        switch (want) {
            case Want.End:
                return i;
            case Want.Colon:
                if (c !== 58 /* : */)
                    return i;
                i++;
                want = Want.Value;
                break;
            case Want.CommaOrClose: {
                const top = stack[stack.length - 1];
                if (c === 44 /* , */) {
                    i++;
                    want = top === OBJECT ? Want.Key : Want.Value;
                }
                else if ((c === 125 /* } */ && top === OBJECT) || (c === 93 /* ] */ && top === ARRAY)) {
                    i++;
                    stack.pop();
                    want = afterValue();
                }
                else
                    return i;
                break;
            }
            case Want.KeyOrClose:
            case Want.Key:
                if (want === Want.KeyOrClose && c === 125) {
                    i++;
                    stack.pop();
                    want = afterValue();
                }
                else if (c === 34 /* " */) {
                    i = scanString(text, i);
                    if (i < 0)
                        return -i;
                    want = Want.Colon;
                }
                else
                    return i;
                break;
            default:
                // Want.Value or Want.ValueOrClose
                if (want === Want.ValueOrClose && c === 93) {
                    i++;
                    stack.pop();
                    want = afterValue();
                }
                else if (c === 123 /* { */) {
                    i++;
                    stack.push(OBJECT);
                    want = Want.KeyOrClose;
                }
                else if (c === 91 /* [ */) {
                    i++;
                    stack.push(ARRAY);
                    want = Want.ValueOrClose;
                }
                else if (c === 34) {
                    i = scanString(text, i);
                    if (i < 0)
                        return -i;
                    want = afterValue();
                }
                else if (c === 45 || (c >= 48 && c <= 57)) {
                    NUMBER.lastIndex = i;
                    if (!NUMBER.test(text))
                        return i;
                    i = NUMBER.lastIndex;
                    want = afterValue();
                }
                else {
                    const word = text.startsWith("true", i)
                        ? 4
                        : text.startsWith("null", i)
                            ? 4
                            : text.startsWith("false", i)
                                ? 5
                                : 0;
                    if (word === 0)
                        return i;
                    i += word;
                    want = afterValue();
                }
        }
    }
}
/** The offset after a string starting at i, or minus the offset where it breaks. */
function scanString(text, i) {
    for (let j = i + 1; j < text.length; j++) {
        const c = text.charCodeAt(j);
        if (c === 34)
            return j + 1;
        if (c === 92)
            j++;
        else if (c < 32)
            return -j;
    }
    return -text.length;
}
function lineOf(text, position) {
    let line = 1;
    for (let i = text.indexOf("\n"); i !== -1 && i < position; i = text.indexOf("\n", i + 1))
        line++;
    return line;
}
// ---------------------------------------------------------------------------------------------
// The state
function readState(doc, text, options, stats) {
    const { file } = options;
    if (!("global_step" in doc) && !("log_history" in doc)) {
        const keys = Object.keys(doc).slice(0, 8);
        throw new InputError(`not a trainer_state.json: expected "global_step" and "log_history", found ${keys.length === 0 ? "no keys" : keys.map((k) => JSON.stringify(k)).join(", ")}`, file, 1);
    }
    const historyLine = lineOf(text, Math.max(0, text.indexOf('"log_history"')));
    const entries = [];
    const history = doc.log_history;
    if (Array.isArray(history)) {
        for (let i = 0; i < history.length; i++) {
            const entry = history[i];
            if (typeof entry === "object" && entry !== null && !Array.isArray(entry)) {
                entries.push(entry);
                stats.rowsRead++;
            }
            else
                skip(stats, historyLine, `log_history[${i}]: expected an object, got ${describe$1(entry)}`);
        }
    }
    else if (history !== undefined) {
        stats.warnings.push(`log_history is ${describe$1(history)}, not a list: no logged entries read`);
    }
    const final = findLast(entries, (e) => positive(e.train_runtime) !== undefined);
    const runtime = final === undefined ? undefined : positive(final.train_runtime);
    const facts = {};
    const units = {};
    const globalStep = nonNegative(doc.global_step);
    let steps = globalStep;
    if (steps === undefined) {
        for (const e of entries) {
            const s = nonNegative(e.step);
            if (s !== undefined && (steps === undefined || s > steps))
                steps = s;
        }
        if (steps !== undefined)
            stats.notes.push("no global_step: steps from the largest logged step");
    }
    if (steps !== undefined)
        units.steps = steps;
    const epoch = nonNegative(doc.epoch) ?? (final ? nonNegative(final.epoch) : undefined);
    if (epoch !== undefined)
        units.epochs = epoch;
    const sps = final === undefined ? undefined : positive(final.train_samples_per_second);
    if (sps !== undefined && runtime !== undefined && Number.isFinite(sps * runtime)) {
        units.samples = Math.round(sps * runtime);
        stats.notes.push(`samples = train_samples_per_second × train_runtime = ${sps} × ${runtime} s ≈ ${units.samples} (the Trainer rounds the rate)`);
    }
    const tokens = positive(doc.num_input_tokens_seen) ?? (final ? positive(final.num_input_tokens_seen) : undefined);
    if (tokens !== undefined)
        units.tokens = tokens;
    for (const key of ["global_step", "max_steps", "num_train_epochs", "train_batch_size", "total_flos"]) {
        const v = finite(doc[key]) ?? (final ? finite(final[key]) : undefined);
        if (v !== undefined)
            facts[key] = String(v);
    }
    const trainLoss = final ? finite(final.train_loss) : undefined;
    if (trainLoss !== undefined)
        facts.train_loss = String(trainLoss);
    const maxSteps = positive(doc.max_steps);
    if (globalStep !== undefined && maxSteps !== undefined && globalStep < maxSteps) {
        stats.warnings.push(`global_step ${globalStep} of max_steps ${maxSteps}: training stopped early, or this is a checkpoint's trainer_state.json`);
    }
    const log = { phases: [], units, facts };
    if (options.runStart === undefined) {
        if (!options.unitsOnly) {
            throw new InputError("trainer_state.json has no wall-clock time: give --run-start (ISO date-time when training started)", file);
        }
        stats.notes.push("no wall-clock time in trainer_state.json: units only");
        return log;
    }
    log.start = options.runStart;
    if (runtime === undefined) {
        if (!options.unitsOnly) {
            throw new InputError("trainer_state.json has no train_runtime, so the run's duration is unknown (the Trainer writes it " +
                "when training ends; a checkpoint's trainer_state.json lacks it): use the one in the output " +
                "directory after training, or give a power trace for the window", file, historyLine);
        }
        stats.notes.push("no train_runtime: the run's end is unknown");
        return log;
    }
    if (runtime > MAX_RUNTIME_S) {
        throw new InputError(`train_runtime ${runtime} s is not a plausible training time (more than ${MAX_RUNTIME_S / 31_557_600} years)`, file, historyLine);
    }
    log.end = options.runStart + runtime * 1000;
    stats.notes.push(`window from --run-start plus train_runtime (${runtime} s)`);
    return log;
}
function findLast(items, test) {
    for (let i = items.length - 1; i >= 0; i--) {
        const item = items[i];
        if (test(item))
            return item;
    }
    return undefined;
}
function finite(v) {
    return typeof v === "number" && Number.isFinite(v) ? v : undefined;
}
function nonNegative(v) {
    const n = finite(v);
    return n !== undefined && n >= 0 ? n : undefined;
}
function positive(v) {
    const n = finite(v);
    return n !== undefined && n > 0 ? n : undefined;
}
function describe$1(value) {
    if (value === null)
        return "null";
    if (Array.isArray(value))
        return "a list";
    if (typeof value === "string")
        return quote$2(value);
    return typeof value === "object" ? "an object" : quote$2(String(value));
}
function quote$2(text) {
    return JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);
}

/**
 * PyTorch Lightning's CSVLogger `metrics.csv`: a header naming every metric ever logged (sorted
 * within each batch of new keys, e.g. `epoch,step,train_loss,val_loss`) and one sparse row per
 * `log_metrics` call, empty where a metric was not logged in that call. `step` is on every row
 * (the logger adds it); `epoch` is Lightning's 0-based current epoch.
 *
 * The CSVLogger writes no time. Some set-ups log one anyway, and it is used when present:
 * - absolute times (`timestamp`, `time`, `_timestamp`, `wall_time`, `datetime`: epoch seconds or
 *   ISO date-times) give the window from the first to the last logged row (the set-up before the
 *   first row is not covered; `--run-start`, when earlier, opens the window instead);
 * - elapsed seconds (`_runtime`, `runtime`, `elapsed`, `elapsed_time`, `time_elapsed`, or a `time`
 *   column of small numbers) give the duration, and `--run-start` places it.
 * Without a time column the file gives steps and epochs but no duration: it can add work units to
 * a power trace (options.unitsOnly), and otherwise it is refused with an InputError saying so.
 *
 * Units: steps = the largest logged `step` (a step count at the time of logging, so the run may
 * have gone a few steps past it), epochs = the largest `epoch` + 1.
 */
const ABSOLUTE_NAMES = ["timestamp", "_timestamp", "wall_time", "walltime", "datetime", "date_time", "time"];
const ELAPSED_NAMES = ["_runtime", "runtime", "elapsed", "elapsed_time", "time_elapsed", "elapsed_s"];
/** Column words that mark a power, energy or emissions file, never a training metrics log. */
const FOREIGN = /power|energy|emission|watt|carbon|intensity|joule|kwh/i;
/** Below this a numeric time is elapsed seconds; epoch seconds passed it in 2001. */
const EPOCH_SECONDS_MIN = 1e9;
/** Ten years of elapsed seconds: more is a corrupt column, not a run. */
const MAX_ELAPSED_S = 10 * 31_557_600;
function headerFields(line) {
    const fields = splitCsvLine(line);
    for (const f of fields) {
        if (f.length === 0)
            return undefined;
        const c = f.charCodeAt(0);
        if ((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46)
            return undefined;
    }
    return fields;
}
function layoutOf(fields) {
    const lower = fields.map((f) => f.toLowerCase());
    const step = lower.indexOf("step");
    if (step === -1)
        return undefined;
    let time = -1;
    let mode;
    for (const name of ELAPSED_NAMES) {
        const i = lower.indexOf(name);
        if (i !== -1) {
            time = i;
            mode = "elapsed";
            break;
        }
    }
    if (time === -1) {
        for (const name of ABSOLUTE_NAMES) {
            const i = lower.indexOf(name);
            if (i !== -1) {
                time = i;
                mode = name === "time" ? undefined : "absolute";
                break;
            }
        }
    }
    return { names: [...fields], step, epoch: lower.indexOf("epoch"), time, mode };
}
const lightningMetrics = {
    format: "lightning-metrics",
    /**
     * The first non-blank line is a CSV header with a `step` column and an `epoch` column or a loss
     * (`train_loss`, `val_loss`, ...), and no column naming power, energy or emissions.
     */
    sniff(head) {
        const first = head.find((l) => l.trim() !== "");
        if (first === undefined)
            return false;
        const fields = headerFields(first.trim());
        if (!fields || fields.some((f) => FOREIGN.test(f)))
            return false;
        const lower = fields.map((f) => f.toLowerCase());
        return lower.includes("step") && (lower.includes("epoch") || lower.some((f) => f.includes("loss")));
    },
    async read(lines, options) {
        const parser = new Parser(options);
        let lineNo = 0;
        for await (const line of lines)
            parser.line(line, ++lineNo);
        return parser.finish();
    },
};
class Parser {
    options;
    stats = newStats();
    layout;
    headerText = "";
    maxStep;
    maxEpoch;
    firstTime = Number.POSITIVE_INFINITY;
    lastTime = Number.NEGATIVE_INFINITY;
    maxElapsed;
    timedRows = 0;
    localTimes = false;
    constructor(options) {
        this.options = options;
    }
    line(rawLine, lineNo) {
        const line = rawLine.trim();
        if (line.length === 0)
            return;
        const layout = this.layout;
        if (layout === undefined) {
            this.start(line, lineNo);
            return;
        }
        if (line === this.headerText)
            return; // a repeated header
        const stats = this.stats;
        const fields = splitCsvLine(line);
        if (isLetter(line.charCodeAt(0)) && this.newHeader(line, lineNo))
            return;
        if (fields.length !== layout.names.length) {
            skip(stats, lineNo, `expected ${layout.names.length} fields, got ${fields.length}`);
            return;
        }
        const stepText = fields[layout.step];
        const step = parseDecimal(stepText);
        if (stepText !== "" && (step === undefined || step < 0)) {
            skip(stats, lineNo, `step: expected a step number ≥ 0, got ${quote$1(stepText)}`);
            return;
        }
        let epoch;
        if (layout.epoch !== -1) {
            const epochText = fields[layout.epoch];
            epoch = parseDecimal(epochText);
            if (epochText !== "" && (epoch === undefined || epoch < 0)) {
                skip(stats, lineNo, `epoch: expected an epoch number ≥ 0, got ${quote$1(epochText)}`);
                return;
            }
        }
        if (layout.time !== -1) {
            const timeText = fields[layout.time];
            if (timeText !== "" && !this.time(timeText, layout, lineNo))
                return;
        }
        if (fields.every((f) => f === ""))
            return; // an empty record, as blank as a blank line
        stats.rowsRead++;
        if (step !== undefined && (this.maxStep === undefined || step > this.maxStep))
            this.maxStep = step;
        if (epoch !== undefined && (this.maxEpoch === undefined || epoch > this.maxEpoch))
            this.maxEpoch = epoch;
    }
    start(line, lineNo) {
        const fields = headerFields(line);
        const layout = fields ? layoutOf(fields) : undefined;
        if (!fields || !layout) {
            throw new InputError(`expected a Lightning metrics.csv header with a "step" column (e.g. "epoch,step,train_loss,val_loss"), got ${quote$1(line)}`, this.options.file, lineNo);
        }
        this.layout = layout;
        this.headerText = line;
    }
    /** A header in the middle of the file (metrics added by an appended run): its rows are read by it. */
    newHeader(line, lineNo) {
        const fields = headerFields(line);
        const layout = fields ? layoutOf(fields) : undefined;
        if (!layout)
            return false;
        const old = this.layout;
        if (old && old.time !== -1 && layout.time !== -1 && old.mode !== undefined) {
            layout.mode = layout.mode ?? old.mode;
        }
        this.layout = layout;
        this.headerText = line;
        this.stats.notes.push(`line ${lineNo}: a new header (${layout.names.join(", ")}); the rows after it are read by it`);
        return true;
    }
    /** Reads a row's time; false (and the row skipped) when it is not one. */
    time(text, layout, lineNo) {
        const name = layout.names[layout.time];
        const number = parseDecimal(text);
        if (layout.mode === undefined)
            layout.mode = number !== undefined && number < EPOCH_SECONDS_MIN ? "elapsed" : "absolute";
        if (layout.mode === "elapsed") {
            if (number === undefined || number < 0) {
                skip(this.stats, lineNo, `${name}: expected elapsed seconds ≥ 0, got ${quote$1(text)}`);
                return false;
            }
            if (this.maxElapsed === undefined || number > this.maxElapsed)
                this.maxElapsed = number;
        }
        else {
            const parsed = parseTimestamp(text);
            if (parsed === undefined) {
                skip(this.stats, lineNo, `${name}: expected a date and time or epoch seconds, got ${quote$1(text)}`);
                return false;
            }
            if (parsed.kind === "local")
                this.localTimes = true;
            const ms = this.options.clock.toUtc(parsed);
            if (ms < this.firstTime)
                this.firstTime = ms;
            if (ms > this.lastTime)
                this.lastTime = ms;
        }
        this.timedRows++;
        return true;
    }
    finish() {
        const { stats, options } = this;
        const layout = this.layout;
        if (layout === undefined) {
            throw new InputError('the file is empty: expected a Lightning metrics.csv (a header such as "epoch,step,train_loss" and rows)', options.file, 1);
        }
        if (stats.rowsRead === 0) {
            throw new InputError("no data rows: expected logged metrics after the header", options.file);
        }
        const log = { phases: [], units: {}, facts: {} };
        if (this.maxStep !== undefined) {
            log.units.steps = this.maxStep;
            stats.notes.push("steps: the largest logged step (the run may have gone a few steps past it)");
        }
        if (this.maxEpoch !== undefined) {
            log.units.epochs = this.maxEpoch + 1;
            stats.notes.push("epochs: the largest logged epoch + 1 (Lightning counts epochs from 0)");
        }
        const timeName = layout.time === -1 ? undefined : layout.names[layout.time];
        const file = options.file;
        if (timeName !== undefined && layout.mode === "absolute" && this.timedRows > 0) {
            log.start =
                options.runStart !== undefined && options.runStart < this.firstTime
                    ? options.runStart
                    : this.firstTime;
            log.end = this.lastTime;
            stats.notes.push(log.start === options.runStart
                ? `window from --run-start to the last "${timeName}"`
                : `window from the first to the last "${timeName}": time before the first logged row is not covered`);
            if (this.localTimes)
                stats.notes.push(`times without a zone read as wall-clock time in ${options.clock.zone}`);
            if (log.end <= log.start && !options.unitsOnly) {
                throw new InputError(`the logged times span no time (all rows at ${this.firstTime})`, file);
            }
            return { log, stats };
        }
        if (timeName !== undefined && layout.mode === "elapsed" && this.maxElapsed !== undefined) {
            if (options.runStart === undefined) {
                if (!options.unitsOnly) {
                    throw new InputError(`metrics.csv has no wall-clock time, only elapsed seconds in "${timeName}": give --run-start (ISO date-time when training started)`, file);
                }
                stats.notes.push(`no wall-clock time, only elapsed seconds in "${timeName}": units only`);
                return { log, stats };
            }
            if (this.maxElapsed > MAX_ELAPSED_S) {
                throw new InputError(`"${timeName}" reaches ${this.maxElapsed} s, which is not a plausible training time (more than ten years)`, file);
            }
            log.start = options.runStart;
            log.end = options.runStart + this.maxElapsed * 1000;
            stats.notes.push(`window from --run-start plus the largest "${timeName}" (${this.maxElapsed} s)`);
            return { log, stats };
        }
        if (!options.unitsOnly) {
            throw new InputError("metrics.csv gives steps and epochs but no time or duration (no time, timestamp or _runtime column): " +
                "it can only add work units to a power trace, so give one too (--traces)", file);
        }
        if (options.runStart !== undefined)
            log.start = options.runStart;
        stats.notes.push("no time column: units only; the window comes from the power trace");
        return { log, stats };
    }
}
function isLetter(c) {
    return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}
function quote$1(text) {
    return JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);
}

/**
 * MLPerf Training logs (mlperf_logging's MLLOG): one event per line, `:::MLLOG {json}`, with
 * `time_ms` (epoch milliseconds), `key`, `value` and `metadata`. Whatever else the job printed
 * (framework noise, other ranks' output) is ignored and not counted; a line that carries
 * `:::MLLOG` but no JSON object after it is a skipped row. The tag may follow a prefix that
 * launchers add (`0: :::MLLOG`, `[1,0]<stdout>::::MLLOG`).
 *
 * What is read:
 * - the window: from the earliest `init_start` (energy is drawn while the job initialises, though
 *   MLPerf's timed run only starts at `run_start`) to the last `run_stop`; the timed run is kept as
 *   a fact. Without `init_start` the window opens at `run_start`; without `run_stop` (a crashed or
 *   cut-off log) it closes at the last event, with a warning;
 * - phases: `init`, then each `block_start`/`block_stop` ("block N") and `eval_start`/`eval_stop`
 *   ("eval N") pair; where a log has no blocks, its epochs;
 * - units: samples from the largest `metadata.samples_count` (or `train_samples` logged at the end
 *   of the run; logged before `run_stop` it is the data set's size), steps = samples /
 *   `global_batch_size`, tokens = samples × `max_sequence_length` (or `seq_length`, ...), epochs
 *   from `epoch_stop` events (distinct `epoch_num`s) or the blocks' `epoch_count`;
 * - devices from `submission_platform`: `8xH200` (count × accelerator), `DGX-H100`/`2xDGX-H100`
 *   (8 GPUs per DGX or HGX system), `1xXE9680x8H200-SXM-141GB`; `number_of_nodes` and
 *   `accelerators_per_node` where a log states them;
 * - facts: benchmark, platform, organization, division, status (run_stop's), timed_run.
 */
const TAG = ":::MLLOG";
/** Epoch ms before 1973 are not MLLOG times (seconds written as ms, or a broken clock). */
const MIN_TIME_MS = 1e11;
const MAX_TIME_MS = 8.64e15;
/** Phases kept at most; a log with more blocks than this is odd, and the report needs no more. */
const MAX_PHASES = 10_000;
/** GPUs on one DGX/HGX baseboard. */
const GPUS_PER_DGX = 8;
const SEQUENCE_KEYS = new Set([
    "max_sequence_length",
    "max_seq_length",
    "max_seq_len",
    "seq_length",
    "sequence_length",
]);
/** Where the JSON of an MLLOG line starts, or -1 when the line is no MLLOG line. */
function jsonStart(line) {
    const at = line.indexOf(TAG);
    if (at === -1)
        return -1;
    let i = at + TAG.length;
    while (i < line.length && (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9))
        i++;
    return i;
}
const mllog = {
    format: "mlperf-mllog",
    /** True when any of the first lines carries `:::MLLOG` followed by a JSON object with keys (`{"`). */
    sniff(head) {
        return head.some((line) => {
            let i = jsonStart(line);
            if (i === -1 || line.charCodeAt(i) !== 123 /* { */)
                return false;
            i++;
            while (line.charCodeAt(i) === 32)
                i++;
            return line.charCodeAt(i) === 34; /* " */
        });
    },
    async read(lines, options) {
        const parser = new MllogParser(options);
        let lineNo = 0;
        for await (const line of lines)
            parser.line(line, ++lineNo);
        return parser.finish(lineNo);
    },
};
class MllogParser {
    options;
    stats = newStats();
    taggedLines = 0;
    firstTime = Number.POSITIVE_INFINITY;
    lastTime = Number.NEGATIVE_INFINITY;
    initStart = Number.POSITIVE_INFINITY;
    initStarts = 0;
    initStop = Number.NEGATIVE_INFINITY;
    runStart = Number.POSITIVE_INFINITY;
    runStarts = 0;
    runStop = Number.NEGATIVE_INFINITY;
    runStops = 0;
    status;
    block;
    blocks = 0;
    evalOpen;
    evals = 0;
    epochOpen;
    epochStops = 0;
    epochNums = new Set();
    blockEpochs = 0;
    unmatchedStops = 0;
    phases = [];
    epochPhases = [];
    phasesCapped = false;
    maxSamplesCount;
    finalTrainSamples;
    datasetSamples;
    globalBatchSize;
    sequenceLength;
    nodes;
    acceleratorsPerNode;
    facts = {};
    constructor(options) {
        this.options = options;
    }
    line(line, lineNo) {
        const start = jsonStart(line);
        if (start === -1)
            return;
        this.taggedLines++;
        const stats = this.stats;
        if (line.charCodeAt(start) !== 123 /* { */) {
            skip(stats, lineNo, `expected a JSON object after ${TAG}, got ${quote(line.slice(start))}`);
            return;
        }
        let event;
        try {
            event = JSON.parse(line.slice(start));
        }
        catch (error) {
            skip(stats, lineNo, `expected JSON after ${TAG} (${firstLine(error.message)}), got ${quote(line.slice(start))}`);
            return;
        }
        if (typeof event !== "object" || event === null || Array.isArray(event)) {
            skip(stats, lineNo, `expected a JSON object after ${TAG}, got ${quote(line.slice(start))}`);
            return;
        }
        const e = event;
        const key = e.key;
        if (typeof key !== "string" || key.length === 0) {
            skip(stats, lineNo, `key: expected an event name such as "run_start", got ${describe(key)}`);
            return;
        }
        const t = e.time_ms;
        if (typeof t !== "number" || !Number.isFinite(t) || t < MIN_TIME_MS || t > MAX_TIME_MS) {
            skip(stats, lineNo, `time_ms: expected epoch milliseconds (e.g. 1717000000000), got ${describe(t)}`);
            return;
        }
        const metadata = typeof e.metadata === "object" && e.metadata !== null && !Array.isArray(e.metadata)
            ? e.metadata
            : {};
        if (!this.event(key, t, e.value, metadata, lineNo))
            return;
        stats.rowsRead++;
        if (t < this.firstTime)
            this.firstTime = t;
        if (t > this.lastTime)
            this.lastTime = t;
        const count = metadata.samples_count;
        if (typeof count === "number" && Number.isFinite(count) && count >= 0) {
            if (this.maxSamplesCount === undefined || count > this.maxSamplesCount)
                this.maxSamplesCount = count;
        }
    }
    /** Takes one event; false when its value is unusable (the row is skipped). */
    event(key, t, value, metadata, lineNo) {
        switch (key) {
            case "init_start":
                this.initStarts++;
                if (t < this.initStart)
                    this.initStart = t;
                return true;
            case "init_stop":
                if (t > this.initStop)
                    this.initStop = t;
                return true;
            case "run_start":
                this.runStarts++;
                if (t < this.runStart)
                    this.runStart = t;
                return true;
            case "run_stop": {
                this.runStops++;
                if (t > this.runStop)
                    this.runStop = t;
                const status = metadata.status;
                if (typeof status === "string" && status.length > 0)
                    this.status = status;
                return true;
            }
            case "block_start":
                this.block = { start: t };
                return true;
            case "block_stop": {
                const count = metadata.epoch_count;
                if (typeof count === "number" && Number.isFinite(count) && count > 0)
                    this.blockEpochs += count;
                if (!this.block) {
                    this.unmatchedStops++;
                    return true;
                }
                this.blocks++;
                this.addPhase(this.phases, `block ${this.blocks}`, this.block.start, t);
                this.block = undefined;
                return true;
            }
            case "eval_start":
                this.evalOpen = { start: t };
                return true;
            case "eval_stop":
                if (!this.evalOpen) {
                    this.unmatchedStops++;
                    return true;
                }
                this.evals++;
                this.addPhase(this.phases, `eval ${this.evals}`, this.evalOpen.start, t);
                this.evalOpen = undefined;
                return true;
            case "epoch_start": {
                const num = metadata.epoch_num;
                this.epochOpen = { start: t, num: typeof num === "number" && Number.isFinite(num) ? num : undefined };
                return true;
            }
            case "epoch_stop": {
                this.epochStops++;
                const num = metadata.epoch_num;
                if (typeof num === "number" && Number.isFinite(num))
                    this.epochNums.add(num);
                if (this.epochOpen) {
                    const n = this.epochOpen.num ?? (typeof num === "number" ? num : this.epochStops);
                    this.addPhase(this.epochPhases, `epoch ${n}`, this.epochOpen.start, t);
                    this.epochOpen = undefined;
                }
                return true;
            }
            case "global_batch_size":
                return this.positive(key, value, lineNo, (v) => {
                    this.globalBatchSize = v;
                });
            case "train_samples":
                return this.positive(key, value, lineNo, (v) => {
                    // Logged at the end of a run it counts the samples trained on; logged before, the data set.
                    if (this.runStops > 0)
                        this.finalTrainSamples = v;
                    else
                        this.datasetSamples = v;
                });
            case "number_of_nodes":
            case "num_nodes":
                return this.positive(key, value, lineNo, (v) => {
                    this.nodes = v;
                });
            case "accelerators_per_node":
            case "num_accelerators_per_node":
                return this.positive(key, value, lineNo, (v) => {
                    this.acceleratorsPerNode = v;
                });
            case "submission_benchmark":
                return this.fact("benchmark", value);
            case "submission_platform":
                return this.fact("platform", value);
            case "submission_org":
                return this.fact("organization", value);
            case "submission_division":
                return this.fact("division", value);
            default:
                if (SEQUENCE_KEYS.has(key)) {
                    return this.positive(key, value, lineNo, (v) => {
                        this.sequenceLength = { key, value: v };
                    });
                }
                return true;
        }
    }
    positive(key, value, lineNo, use) {
        if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) {
            skip(this.stats, lineNo, `${key}: expected a positive number, got ${describe(value)}`);
            return false;
        }
        use(value);
        return true;
    }
    fact(name, value) {
        if (typeof value === "string" && value.trim() !== "")
            this.facts[name] = value.trim();
        else if (typeof value === "number" && Number.isFinite(value))
            this.facts[name] = String(value);
        return true;
    }
    addPhase(into, name, start, end) {
        if (this.phases.length + this.epochPhases.length >= MAX_PHASES) {
            this.phasesCapped = true;
            return;
        }
        into.push({ name, start, end: Math.max(start, end) });
    }
    finish(lines) {
        const { stats, options } = this;
        if (stats.rowsRead === 0) {
            if (this.taggedLines === 0) {
                throw new InputError(`no ${TAG} lines in ${lines} line(s): expected MLPerf logging output such as ` +
                    `:::MLLOG {"time_ms": 1717000000000, "key": "run_start", ...}`, options.file, lines === 0 ? undefined : 1);
            }
            const example = stats.skippedExamples[0];
            throw new InputError(`none of the ${this.taggedLines} ${TAG} line(s) could be read` +
                (example ? ` (line ${example.line}: ${example.reason})` : ""), options.file, example?.line);
        }
        const notes = stats.notes;
        const warnings = stats.warnings;
        let start;
        if (this.initStarts > 0 || this.runStarts > 0) {
            start = Math.min(this.initStart, this.runStart);
            notes.push(this.initStarts > 0
                ? `the run's window opens at the earliest init_start (energy is drawn during initialisation too), ` +
                    `not at run_start where MLPerf's timed run begins`
                : "no init_start: the run's window opens at run_start");
            if (this.initStarts > 1)
                notes.push(`init_start logged ${this.initStarts} times (one per process?): the earliest is taken`);
        }
        else {
            start = this.firstTime;
            warnings.push(`no init_start or run_start event: the run's window opens at the first event (${isoUtc$1(start)})`);
        }
        let end;
        if (this.runStops > 0)
            end = this.runStop;
        else {
            end = this.lastTime;
            warnings.push(`no run_stop event (a crashed or cut-off run?): the run's window closes at the last event (${isoUtc$1(end)})`);
        }
        if (this.runStarts > 1 && this.runStops > 1) {
            warnings.push(`${this.runStarts} run_start and ${this.runStops} run_stop events: several runs in one file? ` +
                `The window spans from the first start to the last stop`);
        }
        if (end <= start && !options.unitsOnly) {
            throw new InputError(`the log spans no time (its events run from ${isoUtc$1(start)} to ${isoUtc$1(end)}): expected run_start and run_stop events`, options.file);
        }
        const facts = this.facts;
        if (this.runStarts > 0 && this.runStops > 0 && this.runStop > this.runStart) {
            facts.timed_run = `${isoUtc$1(this.runStart)} to ${isoUtc$1(this.runStop)} (${(this.runStop - this.runStart) / 1000} s)`;
        }
        if (this.status !== undefined) {
            facts.status = this.status;
            if (this.status.toLowerCase() !== "success")
                warnings.push(`run_stop status is "${this.status}": the run did not finish successfully`);
        }
        const phases = [];
        if (this.initStarts > 0 && this.initStop > this.initStart)
            phases.push({ name: "init", start: this.initStart, end: this.initStop });
        phases.push(...(this.phases.length > 0 ? this.phases : this.epochPhases));
        phases.sort((a, b) => a.start - b.start);
        if (this.phasesCapped)
            warnings.push(`more than ${MAX_PHASES} blocks and evals: only the first are listed`);
        if (this.unmatchedStops > 0)
            notes.push(`${this.unmatchedStops} block_stop/eval_stop event(s) without a start: not listed as phases`);
        const log = { start, end, phases, units: {}, facts };
        this.units(log);
        this.devices(log);
        return { log, stats };
    }
    units(log) {
        const notes = this.stats.notes;
        const units = log.units;
        const samples = this.finalTrainSamples ?? this.maxSamplesCount;
        if (samples !== undefined && samples > 0) {
            units.samples = samples;
            notes.push(this.finalTrainSamples !== undefined
                ? `samples from train_samples logged at the end of the run (${samples})`
                : `samples from the largest samples_count (${samples})`);
            if (this.globalBatchSize !== undefined) {
                const steps = samples / this.globalBatchSize;
                units.steps = Math.round(steps);
                notes.push(`steps = samples / global_batch_size = ${samples} / ${this.globalBatchSize}` +
                    (Number.isInteger(steps) ? "" : ` ≈ ${units.steps} (not a whole number)`));
            }
            if (this.sequenceLength !== undefined && Number.isFinite(samples * this.sequenceLength.value)) {
                units.tokens = samples * this.sequenceLength.value;
                notes.push(`tokens = samples × ${this.sequenceLength.key} (${this.sequenceLength.value}): counts padding where sequences are shorter`);
            }
        }
        if (this.datasetSamples !== undefined)
            log.facts.dataset_samples = String(this.datasetSamples);
        if (this.epochNums.size > 0)
            units.epochs = this.epochNums.size;
        else if (this.epochStops > 0)
            units.epochs = this.epochStops;
        else if (this.blockEpochs > 0)
            units.epochs = this.blockEpochs;
    }
    devices(log) {
        const platform = log.facts.platform;
        const parsed = platform === undefined ? undefined : parsePlatform(platform);
        let count = parsed?.count;
        const model = parsed?.model;
        if (this.nodes !== undefined && this.acceleratorsPerNode !== undefined) {
            count = this.nodes * this.acceleratorsPerNode;
            this.stats.notes.push(`devices: number_of_nodes × accelerators_per_node = ${this.nodes} × ${this.acceleratorsPerNode}`);
        }
        else if (parsed !== undefined) {
            this.stats.notes.push(`devices from submission_platform "${platform}": ${parsed.how}`);
        }
        else if (platform !== undefined) {
            this.stats.notes.push(`submission_platform "${platform}" names no accelerator gridprint knows: devices unknown`);
        }
        if (count !== undefined)
            log.deviceCount = count;
        if (model !== undefined)
            log.deviceModel = model;
    }
}
const COUNT_X = /^(\d{1,6})\s*[xX×*]\s*(.+)$/;
const SYSTEM = /(?<![a-z])([dh]gx[\s_-]*(a100|h100|h200|b200))(?![0-9])/i;
const INNER_COUNT = /[xX×*](\d{1,4})\s*[xX×*]?\s*([A-Za-z][A-Za-z0-9-]*)/g;
/**
 * Devices from MLPerf's submission_platform: "8xH200" (count × accelerator), "DGX-H100" and
 * "2xDGX-H100" (systems of 8 GPUs), "1xXE9680x8H200-SXM-141GB" (systems × accelerators each).
 * Undefined when the string names no accelerator in the board-power table.
 */
function parsePlatform(platform) {
    const text = platform.trim();
    const m = COUNT_X.exec(text);
    const systems = m ? Number(m[1]) : 1;
    const rest = m ? m[2].trim() : text;
    const dgx = SYSTEM.exec(rest);
    if (dgx) {
        const gpu = dgx[2].toUpperCase();
        const count = systems * GPUS_PER_DGX;
        return {
            count,
            model: gpu,
            how: `${systems === 1 ? "a" : `${systems} ×`} ${dgx[1]} system${systems === 1 ? "" : "s"} of ${GPUS_PER_DGX} ${gpu} GPUs = ${count} (as the submitter named the platform)`,
        };
    }
    for (const inner of rest.matchAll(INNER_COUNT)) {
        const each = Number(inner[1]);
        const model = inner[2];
        const board = boardPower(model);
        if (each > 0 && board) {
            const count = systems * each;
            return { count, model, how: `${systems} system(s) × ${each} ${board.name} = ${count}` };
        }
    }
    if (m && systems > 0) {
        const board = boardPower(rest);
        if (board)
            return { count: systems, model: rest, how: `${systems} × ${board.name}` };
    }
    const board = m ? undefined : boardPower(text);
    if (board)
        return { model: text, how: `${board.name}, count not stated` };
    return undefined;
}
function describe(value) {
    if (value === undefined)
        return "nothing";
    if (typeof value === "string")
        return quote(value);
    try {
        return quote(JSON.stringify(value) ?? String(value));
    }
    catch {
        return quote(String(value));
    }
}
function firstLine(text) {
    const nl = text.indexOf("\n");
    return nl === -1 ? text : text.slice(0, nl);
}
function quote(text) {
    return JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);
}

/**
 * Training logs by format: the readers, sniffing a file's format from its first lines (never its
 * name), and reading one file from disk.
 */
/** Sniffed in this order; each sniff rejects the others' files and every trace format. */
const RUN_LOG_READERS = [mllog, hfTrainerState, lightningMetrics];
const RUN_LOG_FORMATS = ["auto", ...RUN_LOG_READERS.map((r) => r.format)];
const HEAD_LINES = 20;
/** The reader whose format the first lines (about 20) show, or undefined. */
function sniffRunLog(head) {
    return RUN_LOG_READERS.find((r) => r.sniff(head));
}
async function readRunLog(file, options) {
    const path = resolve(options.cwd ?? process.cwd(), file);
    await assertRegularFile(path, file, "a training log");
    const head = await headLines(path, HEAD_LINES);
    if (head.every((l) => l.trim() === "")) {
        throw new InputError("the file is empty: expected a training log", file, 1);
    }
    const reader = pickReader(options.format ?? "auto", head, file);
    const { log, stats } = await reader.read(fileLines(path), {
        file,
        clock: new LocalClock(options.timezone),
        ...(options.runStart === undefined ? {} : { runStart: options.runStart }),
        ...(options.unitsOnly ? { unitsOnly: true } : {}),
    });
    return { file, format: reader.format, log, stats };
}
function pickReader(format, head, file) {
    if (format !== "auto") {
        const reader = RUN_LOG_READERS.find((r) => r.format === format);
        if (!reader) {
            throw new UsageError(`unknown run log format "${format}" (expected one of ${RUN_LOG_FORMATS.join(", ")})`);
        }
        return reader;
    }
    const reader = sniffRunLog(head);
    if (reader)
        return reader;
    const first = head.find((l) => l.trim() !== "") ?? "";
    throw new InputError(`not a known training log (first line: ${JSON.stringify(first.slice(0, 120))}); expected an MLPerf ` +
        `log (":::MLLOG {...}" lines), a Hugging Face trainer_state.json, or a Lightning metrics.csv`, file, head.indexOf(first) + 1);
}

class DeviceSamples {
    device;
    times = new Float64Array(1024);
    watts = new Float64Array(1024);
    length = 0;
    /**
     * Energy known only per interval (CodeCarbon rows, differences of energy counters): the energy
     * is spread evenly over [start, end), which is exact for the total and the best statement about
     * its timing that such a source allows.
     */
    intervals = [];
    constructor(device) {
        this.device = device;
    }
    /** Energy drawn between two instants (UTC ms, end > start), in joules. */
    pushEnergy(start, end, joules) {
        this.intervals.push({ start, end, joules });
    }
    push(timeMs, watts) {
        if (this.length === this.times.length) {
            const times = new Float64Array(this.length * 2);
            times.set(this.times);
            this.times = times;
            const w = new Float64Array(this.length * 2);
            w.set(this.watts);
            this.watts = w;
        }
        this.times[this.length] = timeMs;
        this.watts[this.length] = watts;
        this.length++;
    }
}
class SampleSink {
    devices = new Map();
    /** The series for a device (keyed by host and id), created on first use; later calls may add a name or UUID. */
    device(info) {
        const key = info.host === undefined ? info.id : `${info.host}/${info.id}`;
        let d = this.devices.get(key);
        if (!d) {
            d = new DeviceSamples({ ...info });
            this.devices.set(key, d);
        }
        else {
            if (info.name && !d.device.name)
                d.device.name = info.name;
            if (info.uuid && !d.device.uuid)
                d.device.uuid = info.uuid;
        }
        return d;
    }
}

/**
 * The whole run, shell-agnostic: traces → energy per bin → intensity → footprint → report.
 * Both shells (the action and the CLI) turn their inputs into a RunConfig and call runReport.
 */
async function runReport(config) {
    const warnings = [];
    const intensity = await resolveIntensity({
        source: config.intensitySource,
        file: config.intensityFile,
        unit: config.intensityUnit,
        zone: config.zone,
        timezone: config.timezone,
        factor: config.emissionFactor,
        cwd: config.cwd,
    });
    warnings.push(...intensity.warnings);
    const zone = config.zone ?? intensity.series?.zone;
    const { traces, runs, estimates, energy } = await readAndIntegrate(config, warnings);
    const year = new Date(energy.window.start).getUTCFullYear();
    const fallback = fallbackIntensity(zone, year);
    const naive = naiveBasis(zone, year, intensity.series, config.emissionFactor, warnings);
    if (!naive) {
        throw new UsageError(zone
            ? `no annual average is known for zone "${zone}": give a zone id as Electricity Maps spells it (e.g. GB, DE, US-CAL-CISO) or an intensity file covering the whole of ${year}`
            : "a zone is needed for the naive annual-average figure (--zone / zone), or an intensity file covering the run's whole year");
    }
    const footprint = hourlyFootprint(energy.minutes, intensity.series, fallback?.gPerKwh ?? Number.NaN);
    if (footprint.fallbackEnergyKwh > 0 && !fallback) {
        throw new UsageError(`the intensity data does not cover ${footprint.hoursWithFallback} hour(s) of the run and no zone is given for the annual-average fallback (--zone / zone)`);
    }
    let comparison;
    if (config.baseline) {
        const base = await readBaseline(resolve(config.cwd, config.baseline), config.baseline);
        comparison = { baseFile: config.baseline, ...compareFootprints(footprint, base.totals) };
    }
    const budget = evaluateBudgets(config.budgets, footprint, comparison);
    return assembleReport({
        version: config.version,
        now: config.now ?? new Date(),
        traces,
        runs,
        estimates,
        energy,
        footprint,
        intensity,
        zone,
        factor: config.emissionFactor,
        fallback,
        naive,
        comparison,
        budget,
        timezone: config.timezone,
        timezoneGiven: config.timezoneGiven,
        warnings,
    });
}
async function readBaseline(path, shown) {
    let text;
    try {
        text = await readFile(path, "utf8");
    }
    catch (error) {
        throw new InputError(`cannot read the baseline report (${error.code ?? error})`, shown);
    }
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new InputError(`the baseline is not JSON: ${error.message}`, shown);
    }
    try {
        return parseReport(data);
    }
    catch (error) {
        throw new InputError(error.message, shown);
    }
}
/**
 * Reads every input file: training logs are told from power traces by their content. Traces are
 * streamed into the energy stage (a file with rows out of time order is read again and sorted;
 * files with identical content are read once). Without any power trace, energy is estimated from
 * the training logs' windows and said to be estimated.
 */
async function readAndIntegrate(config, warnings) {
    const files = await expandTracePatterns(config.traces, config.cwd);
    if (files.length === 0)
        throw new InputError("no trace files given (--traces / traces)");
    const logFiles = [];
    const traceFiles = [];
    for (const file of files) {
        const path = resolve(config.cwd, file);
        await assertRegularFile(path, file, "a power trace or training log");
        (sniffRunLog(await headLines(path, 20)) ? logFiles : traceFiles).push(file);
    }
    const bins = new MinuteBins();
    const traces = [];
    const perFile = [];
    const byHash = new Map();
    const options = {
        patterns: config.traces,
        format: config.format,
        timezone: config.timezone,
        nvidiaSmiQuery: config.nvidiaSmiQuery,
        columns: config.columns,
        runStart: config.runStart,
        cwd: config.cwd,
    };
    const gapLimitMs = config.gapLimitSeconds === undefined ? undefined : config.gapLimitSeconds * 1000;
    for (const file of traceFiles) {
        const streamed = await readTraceFile(file, options, config.cwd, () => new StreamingSink(gapLimitMs));
        const original = byHash.get(streamed.sha256);
        if (original !== undefined) {
            warnings.push(`${file} has the same content as ${original}: read once, not counted twice.`);
            continue;
        }
        byHash.set(streamed.sha256, file);
        if (streamed.sink.outOfOrder) {
            const collected = await readTraceFile(file, options, config.cwd, () => new SampleSink());
            collected.stats.notes.push("rows are not in time order: the file was read again and sorted");
            traces.push(collected);
            perFile.push({
                file,
                devices: integrateSamples(collected.sink.devices.values(), bins, { gapLimitMs }),
            });
        }
        else {
            traces.push(streamed);
            perFile.push({ file, devices: streamed.sink.finish() });
            bins.merge(streamed.sink.bins);
        }
    }
    const runs = [];
    for (const file of logFiles) {
        runs.push(await readRunLog(file, {
            timezone: config.timezone,
            ...(config.runStart === undefined ? {} : { runStart: config.runStart }),
            unitsOnly: traceFiles.length > 0,
            cwd: config.cwd,
        }));
    }
    const estimates = [];
    if (traceFiles.length === 0) {
        const sink = new SampleSink();
        for (const run of runs) {
            const estimate = estimateFromLog(run, config.estimate);
            estimates.push(estimate);
            pushEstimate(sink, estimate, runs.length > 1 ? run.file : undefined);
            perFile.push({
                file: run.file,
                devices: integrateSamples(sink.devices.values(), bins, { gapLimitMs }),
            });
            sink.devices.clear();
        }
    }
    const devices = combineDevices(perFile, bins, warnings);
    const energy = energyResult(devices, bins);
    if (!energy) {
        throw new InputError(`no power samples in ${traces.map((t) => t.file).join(", ")}: every power reading was missing or skipped`);
    }
    return { traces, runs, estimates, energy };
}
function estimateFromLog(run, given) {
    const { log, file } = run;
    const devices = given.devices ?? log.deviceCount;
    const model = given.model ?? log.deviceModel;
    if (devices === undefined || model === undefined) {
        const missing = [
            devices === undefined ? "--devices" : "",
            model === undefined ? "--device-model" : "",
        ].filter(Boolean);
        throw new UsageError(`${file}: no power trace was given, so energy must be estimated from this training log, which does not say ${devices === undefined && model === undefined
            ? "how many accelerators of which model"
            : devices === undefined
                ? "how many accelerators"
                : "which accelerator model"} were used: give ${missing.join(" and ")} (action inputs ${missing.map((m) => m.slice(2)).join(", ")}), or a power trace`);
    }
    if (log.start === undefined || log.end === undefined) {
        throw new InputError("the training log gives no start and end: energy cannot be estimated from it", file);
    }
    return estimateEnergy({
        start: log.start,
        end: log.end,
        devices,
        model,
        utilization: given.utilization,
        ...(given.boardWatts === undefined ? {} : { boardWatts: given.boardWatts }),
    });
}

// To do: next major: remove.
/**
 * @typedef {Options} MarkdownTableOptions
 *   Configuration.
 */

/**
 * @typedef Options
 *   Configuration.
 * @property {boolean | null | undefined} [alignDelimiters=true]
 *   Whether to align the delimiters (default: `true`);
 *   they are aligned by default:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   Pass `false` to make them staggered:
 *
 *   ```markdown
 *   | Alpha | B |
 *   | - | - |
 *   | C | Delta |
 *   ```
 * @property {ReadonlyArray<string | null | undefined> | string | null | undefined} [align]
 *   How to align columns (default: `''`);
 *   one style for all columns or styles for their respective columns;
 *   each style is either `'l'` (left), `'r'` (right), or `'c'` (center);
 *   other values are treated as `''`, which doesn’t place the colon in the
 *   alignment row but does align left;
 *   *only the lowercased first character is used, so `Right` is fine.*
 * @property {boolean | null | undefined} [delimiterEnd=true]
 *   Whether to end each row with the delimiter (default: `true`).
 *
 *   > 👉 **Note**: please don’t use this: it could create fragile structures
 *   > that aren’t understandable to some markdown parsers.
 *
 *   When `true`, there are ending delimiters:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there are no ending delimiters:
 *
 *   ```markdown
 *   | Alpha | B
 *   | ----- | -----
 *   | C     | Delta
 *   ```
 * @property {boolean | null | undefined} [fillRows=true]
 *   Whether to fill rows with empty cells up to the most cells in a row
 *   (default: `true`).
 *
 *   When `true`, all rows have as many cells as the longest row:
 *
 *   ```markdown
 *   | Alpha | B    |   |
 *   | ----- | ---- | - |
 *   | C     |      |   |
 *   | D     | Echo | F |
 *   ```
 *
 *   When `false`, rows keep their cells,
 *   and the delimiter row has as many cells as the header row:
 *
 *   ```markdown
 *   | Alpha | B    |
 *   | ----- | ---- |
 *   | C     |
 *   | D     | Echo | F |
 *   ```
 * @property {boolean | null | undefined} [delimiterStart=true]
 *   Whether to begin each row with the delimiter (default: `true`).
 *
 *   > 👉 **Note**: please don’t use this: it could create fragile structures
 *   > that aren’t understandable to some markdown parsers.
 *
 *   When `true`, there are starting delimiters:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there are no starting delimiters:
 *
 *   ```markdown
 *   Alpha | B     |
 *   ----- | ----- |
 *   C     | Delta |
 *   ```
 * @property {boolean | null | undefined} [padding=true]
 *   Whether to add a space of padding between delimiters and cells
 *   (default: `true`).
 *
 *   When `true`, there is padding:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there is no padding:
 *
 *   ```markdown
 *   |Alpha|B    |
 *   |-----|-----|
 *   |C    |Delta|
 *   ```
 * @property {((value: string) => number) | null | undefined} [stringLength]
 *   Function to detect the length of table cell content (optional);
 *   this is used when aligning the delimiters (`|`) between table cells;
 *   full-width characters and emoji mess up delimiter alignment when viewing
 *   the markdown source;
 *   to fix this, you can pass this function,
 *   which receives the cell content and returns its “visible” size;
 *   note that what is and isn’t visible depends on where the text is displayed.
 *
 *   Without such a function, the following:
 *
 *   ```js
 *   markdownTable([
 *     ['Alpha', 'Bravo'],
 *     ['中文', 'Charlie'],
 *     ['👩‍❤️‍👩', 'Delta']
 *   ])
 *   ```
 *
 *   Yields:
 *
 *   ```markdown
 *   | Alpha | Bravo |
 *   | - | - |
 *   | 中文 | Charlie |
 *   | 👩‍❤️‍👩 | Delta |
 *   ```
 *
 *   With [`string-width`](https://github.com/sindresorhus/string-width):
 *
 *   ```js
 *   import stringWidth from 'string-width'
 *
 *   markdownTable(
 *     [
 *       ['Alpha', 'Bravo'],
 *       ['中文', 'Charlie'],
 *       ['👩‍❤️‍👩', 'Delta']
 *     ],
 *     {stringLength: stringWidth}
 *   )
 *   ```
 *
 *   Yields:
 *
 *   ```markdown
 *   | Alpha | Bravo   |
 *   | ----- | ------- |
 *   | 中文  | Charlie |
 *   | 👩‍❤️‍👩    | Delta   |
 *   ```
 */

/**
 * Get the length of a cell.
 *
 * @param {string} value
 *   Cell value.
 * @returns {number}
 *   Cell size.
 */
function defaultStringLength(value) {
  return value.length
}

/**
 * Generate a markdown
 * ([GFM](https://docs.github.com/en/github/writing-on-github/working-with-advanced-formatting/organizing-information-with-tables))
 * table.
 *
 * @param {ReadonlyArray<ReadonlyArray<string | null | undefined>>} table
 *   Table data (matrix of strings).
 * @param {Readonly<Options> | null | undefined} [options]
 *   Configuration (optional).
 * @returns {string}
 *   Result.
 */
function markdownTable(table, options) {
  const settings = options || {};
  // To do: next major: change to spread.
  // eslint-disable-next-line unicorn/prefer-spread -- `align` can be a string.
  const align = (settings.align || []).concat();
  const stringLength = settings.stringLength || defaultStringLength;
  /** @type {Array<number>} Character codes as symbols for alignment per column. */
  const alignments = [];
  /** @type {Array<Array<string>>} Cells per row. */
  const cellMatrix = [];
  /** @type {Array<Array<number>>} Sizes of each cell per row. */
  const sizeMatrix = [];
  /** @type {Array<number>} */
  const longestCellByColumn = [];
  let mostCellsPerRow = 0;
  let rowIndex = -1;

  // This is a superfluous loop if we don’t align delimiters, but otherwise we’d
  // do superfluous work when aligning, so optimize for aligning.
  while (++rowIndex < table.length) {
    /** @type {Array<string>} */
    const row = [];
    /** @type {Array<number>} */
    const sizes = [];
    let columnIndex = -1;

    if (table[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table[rowIndex].length;
    }

    while (++columnIndex < table[rowIndex].length) {
      const cell = serialize(table[rowIndex][columnIndex]);

      if (settings.alignDelimiters !== false) {
        const size = stringLength(cell);
        sizes[columnIndex] = size;

        if (
          longestCellByColumn[columnIndex] === undefined ||
          size > longestCellByColumn[columnIndex]
        ) {
          longestCellByColumn[columnIndex] = size;
        }
      }

      row.push(cell);
    }

    cellMatrix[rowIndex] = row;
    sizeMatrix[rowIndex] = sizes;
  }

  // Figure out which alignments to use.
  let columnIndex = -1;

  if (typeof align === 'object' && 'length' in align) {
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = toAlignment(align[columnIndex]);
    }
  } else {
    const code = toAlignment(align);

    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = code;
    }
  }

  // Inject the alignment row.
  columnIndex = -1;
  /** @type {Array<string>} */
  const row = [];
  /** @type {Array<number>} */
  const sizes = [];

  while (++columnIndex < mostCellsPerRow) {
    const code = alignments[columnIndex];
    let before = '';
    let after = '';

    if (code === 99 /* `c` */) {
      before = ':';
      after = ':';
    } else if (code === 108 /* `l` */) {
      before = ':';
    } else if (code === 114 /* `r` */) {
      after = ':';
    }

    // There *must* be at least one hyphen-minus in each alignment cell.
    let size =
      settings.alignDelimiters === false
        ? 1
        : Math.max(
            1,
            longestCellByColumn[columnIndex] - before.length - after.length
          );

    const cell = before + '-'.repeat(size) + after;

    if (settings.alignDelimiters !== false) {
      size = before.length + size + after.length;

      if (size > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size;
      }

      sizes[columnIndex] = size;
    }

    row[columnIndex] = cell;
  }

  // Inject the alignment row.
  cellMatrix.splice(1, 0, row);
  sizeMatrix.splice(1, 0, sizes);

  rowIndex = -1;
  /** @type {Array<string>} */
  const lines = [];

  while (++rowIndex < cellMatrix.length) {
    const row = cellMatrix[rowIndex];
    const sizes = sizeMatrix[rowIndex];
    const cellsInRow =
      settings.fillRows === false
        ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length)
        : mostCellsPerRow;
    columnIndex = -1;
    /** @type {Array<string>} */
    const line = [];

    while (++columnIndex < cellsInRow) {
      const cell = row[columnIndex] || '';
      let before = '';
      let after = '';

      if (settings.alignDelimiters !== false) {
        const size =
          longestCellByColumn[columnIndex] - (sizes[columnIndex] || 0);
        const code = alignments[columnIndex];

        if (code === 114 /* `r` */) {
          before = ' '.repeat(size);
        } else if (code === 99 /* `c` */) {
          const half = size / 2;

          if (size % 2) {
            before = ' '.repeat(half + 0.5);
            after = ' '.repeat(half - 0.5);
          } else {
            before = ' '.repeat(half);
            after = before;
          }
        } else {
          after = ' '.repeat(size);
        }
      }

      if (settings.delimiterStart !== false && !columnIndex) {
        line.push('|');
      }

      if (
        settings.padding !== false &&
        // Don’t add the opening space if we’re not aligning and the cell is
        // empty: there will be a closing space.
        !(settings.alignDelimiters === false && cell === '') &&
        (settings.delimiterStart !== false || columnIndex)
      ) {
        line.push(' ');
      }

      if (settings.alignDelimiters !== false) {
        line.push(before);
      }

      line.push(cell);

      if (settings.alignDelimiters !== false) {
        line.push(after);
      }

      if (settings.padding !== false) {
        line.push(' ');
      }

      if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) {
        line.push('|');
      }
    }

    lines.push(
      settings.delimiterEnd === false
        ? line.join('').replace(/ +$/, '')
        : line.join('')
    );
  }

  return lines.join('\n')
}

/**
 * Serialize a cell value.
 *
 * @param {string | null | undefined} [value]
 *   Value to serialize.
 * @returns {string}
 *   Result.
 */
function serialize(value) {
  return value === null || value === undefined ? '' : String(value)
}

/**
 * Get the alignment character code from a value.
 *
 * @param {string | null | undefined} value
 *   Value.
 * @returns {number}
 *   Alignment.
 */
function toAlignment(value) {
  const code = typeof value === 'string' ? value.codePointAt(0) : 0;

  return code === 67 /* `C` */ || code === 99 /* `c` */
    ? 99 /* `c` */
    : code === 76 /* `L` */ || code === 108 /* `l` */
      ? 108 /* `l` */
      : code === 82 /* `R` */ || code === 114 /* `r` */
        ? 114 /* `r` */
        : 0
}

/** Number and text formatting for the markdown report: fixed locale, so output is reproducible. */
const grouped = (digits) => new Intl.NumberFormat("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
const formatters = [0, 1, 2, 3, 4].map(grouped);
function num(value, digits) {
    return (formatters[digits] ?? grouped(digits)).format(value);
}
/** Grams of CO2e, scaled to kg or t when large. */
function grams(g) {
    if (g >= 1e6)
        return `${num(g / 1e6, 2)} tCO2e`;
    if (g >= 1e4)
        return `${num(g / 1000, 1)} kgCO2e`;
    return `${num(g, g < 10 ? 2 : 0)} gCO2e`;
}
function kwh(value) {
    return `${num(value, value < 10 ? 3 : 1)} kWh`;
}
function intensity(g) {
    return g === null ? "n/a" : `${num(g, 0)} g/kWh`;
}
function signedPercent(p) {
    if (p === null)
        return "n/a";
    return `${p >= 0 ? "+" : "−"}${num(Math.abs(p), 1)}%`;
}
function signed(value, render) {
    return `${value >= 0 ? "+" : "−"}${render(Math.abs(value))}`;
}
/**
 * Makes a string from a trace, log or file name inert in GitHub markdown: no links, images, HTML,
 * mentions, emphasis, code spans, table breaks or new lines can be built from it. Only characters
 * that could start such a construct are touched, so ordinary names stay readable.
 */
function escapeMarkdown(text) {
    return (text
        // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
        .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, " ")
        .replace(/&/g, "&amp;")
        .replace(/</g, "&lt;")
        .replace(/>/g, "&gt;")
        .replace(/[\\`*_[\]|~!]/g, (c) => `\\${c}`)
        // A zero-width space after @, inside "://" and after "www" keeps GitHub from making a
        // mention, team ping or bare-URL link of it.
        .replace(/@/g, "@\u200b")
        .replace(/:\/\//g, ":\u200b//")
        .replace(/www\./gi, (m) => `${m.slice(0, 3)}\u200b.`));
}

/**
 * The report as GitHub-flavoured markdown: headline, per-hour table, sources. Every number is
 * read from the validated report; nothing is computed here but presentation.
 */
function renderMarkdown(report) {
    return [
        headline(report),
        estimated(report),
        comparison(report),
        budget(report),
        hourTable(report),
        sources(report),
        warnings(report),
    ]
        .filter((s) => s.length > 0)
        .join("\n\n")
        .concat("\n");
}
function headline(r) {
    const t = r.totals;
    const zone = r.intensity.zone ? ` in ${escapeMarkdown(r.intensity.zone)}` : "";
    const lines = [
        `### gridprint: ${grams(t.emissionsG)} for ${kwh(t.energyKwh)}${t.estimatedEnergyShare > 0 ? " (estimated)" : ""}${zone}`,
        "",
        `Hour by hour: **${grams(t.emissionsG)}** (${intensity(t.intensityGPerKwh)} on average over the run) for **${kwh(t.energyKwh)}** between ${r.window.start} and ${r.window.end} (${num(r.window.durationHours, 1)} h).`,
    ];
    const naiveWhat = `${r.naive.year} annual average (${intensity(r.naive.gPerKwh)})`;
    const diff = t.naiveDifferencePercent;
    const verdict = diff === null
        ? ""
        : Math.abs(diff) < 0.05
            ? ": the same as the hourly figure"
            : `: the hourly figure is ${num(Math.abs(diff), 1)}% ${diff > 0 ? "higher" : "lower"}`;
    lines.push(`The ${naiveWhat} would give **${grams(t.naiveEmissionsG)}**${verdict}.`);
    return lines.join("\n");
}
function estimated(r) {
    if (r.estimates.length === 0)
        return "";
    const share = r.totals.estimatedEnergyShare;
    const head = share >= 1
        ? "**All of this energy is estimated, not measured**: no power trace was given."
        : `**${num(share * 100, 0)}% of this energy is estimated, not measured.**`;
    return [head, ...r.estimates.map((e) => `- ${escapeMarkdown(e.explanation)}`)].join("\n");
}
function comparison(r) {
    const c = r.comparison;
    if (!c)
        return "";
    return [
        `**Against the baseline** (${escapeMarkdown(c.baseFile)}): energy ${signed(c.energyDeltaKwh, kwh)} (${signedPercent(c.energyDeltaPercent)}), emissions ${signed(c.emissionsDeltaG, grams)} (${signedPercent(c.emissionsDeltaPercent)}),`,
        `of which ${signed(c.energyEffectG, grams)} from the change in energy and ${signed(c.gridEffectG, grams)} from the grid being cleaner or dirtier.`,
    ].join(" ");
}
function budget(r) {
    if (r.budget.checks.length === 0)
        return "";
    const lines = r.budget.checks.map((c) => `- ${c.value === null ? "➖" : c.passed ? "✅" : "❌"} ${c.message}`);
    return [`**Budget: ${r.budget.passed ? "kept" : "broken"}**`, ...lines].join("\n");
}
function hourTable(r) {
    const rows = r.hours.map((h) => {
        const notes = [];
        if (h.fallbackEnergyShare > 0)
            notes.push(`annual average for ${num(h.fallbackEnergyShare * 100, 0)}%`);
        if (h.estimated)
            notes.push("estimated");
        if (h.forecast)
            notes.push("forecast");
        if (h.energyKwh === 0)
            notes.push(h.observedDeviceSeconds > 0 ? "idle" : "no samples");
        return [
            h.start.slice(0, 16).replace("T", " "),
            num(h.energyKwh, 3),
            h.intensityGPerKwh === null ? "n/a" : num(h.intensityGPerKwh, 0),
            num(h.emissionsG, 1),
            notes.join(", "),
        ];
    });
    const table = markdownTable([["Hour (UTC)", "Energy (kWh)", "Intensity (gCO2e/kWh)", "Emissions (gCO2e)", "Notes"], ...rows], { align: ["l", "r", "r", "r", "l"] });
    return table;
}
function sources(r) {
    const traces = r.sources.map((s) => {
        const synthetic = s.synthetic ? " (synthetic example data)" : "";
        const skipped = s.rowsSkipped > 0 ? `, ${num(s.rowsSkipped, 0)} skipped` : "";
        const missing = s.missingValues > 0 ? `, ${num(s.missingValues, 0)} missing readings` : "";
        return `${escapeMarkdown(s.file)}${synthetic} (${s.format}, ${num(s.rowsRead, 0)} rows${skipped}${missing})`;
    });
    const i = r.intensity;
    const factor = i.factor === "lifecycle" ? "life-cycle" : "direct";
    const intensityLine = `${escapeMarkdown(i.source)}${i.file ? ` (${escapeMarkdown(i.file)}${i.synthetic ? ", synthetic example data" : ""})` : ""}, ${i.zone ? `zone ${escapeMarkdown(i.zone)}, ` : ""}${factor} factors, ${i.signal} intensity: ${escapeMarkdown(i.summary)}`;
    const devices = `${r.devices.length} device${r.devices.length === 1 ? "" : "s"}${r.hosts.length > 1
        ? ` on ${r.hosts.length} hosts (${r.hosts.map((h) => `${escapeMarkdown(h.host)} ${kwh(h.energyKwh)}`).join(", ")})`
        : ""}`;
    const runs = r.runs.map((run) => {
        const units = Object.entries(run.units)
            .filter(([, v]) => v !== undefined)
            .map(([k, v]) => `${num(v, 0)} ${k}`)
            .join(", ");
        return `${escapeMarkdown(run.file)} (${run.format}${units ? `: ${units}` : ""})`;
    });
    return [
        `**Data** — power: ${traces.length > 0 ? traces.join("; ") : "none (estimated)"}; ${devices}.`,
        ...(runs.length > 0 ? [`Training logs: ${runs.join("; ")}.`] : []),
        `Intensity: ${intensityLine}.`,
        `Naive figure: ${escapeMarkdown(r.naive.source)}${r.naive.year !== r.naive.requestedYear ? ` (${r.naive.year}: nearest to ${r.naive.requestedYear})` : ""}.`,
    ].join("\n");
}
function warnings(r) {
    if (r.warnings.length === 0)
        return "";
    return [
        `<details><summary>Warnings (${r.warnings.length})</summary>`,
        "",
        ...r.warnings.map((w) => `- ${escapeMarkdown(w)}`),
        "",
        "</details>",
    ].join("\n");
}

/** gridprint's version, recorded in every report (a test keeps it equal to package.json's). */
const VERSION = "0.1.0";

/**
 * The CLI shell: flags in, report out, exit code back. Testable without a process: streams and
 * the working directory are passed in.
 */
const EXIT_OK = 0;
const EXIT_BUDGET = 1;
const EXIT_USAGE = 2;
const ALIASES = { json: "report-path", markdown: "markdown-path" };
async function runCli(argv, io) {
    const [command, ...rest] = argv;
    if (command === undefined || command === "--help" || command === "-h" || command === "help") {
        io.stdout(helpText());
        return command === undefined ? EXIT_USAGE : EXIT_OK;
    }
    if (command === "--version" || command === "-v") {
        io.stdout(`${VERSION}\n`);
        return EXIT_OK;
    }
    if (command !== "report") {
        io.stderr(`gridprint: unknown command "${command}" (expected: report)\n\n${helpText()}`);
        return EXIT_USAGE;
    }
    if (rest.includes("--help") || rest.includes("-h")) {
        io.stdout(helpText());
        return EXIT_OK;
    }
    let settings;
    try {
        settings = parseSettings(parseFlags(rest));
    }
    catch (error) {
        io.stderr(`gridprint: ${error.message}\nRun "gridprint --help" for the flags.\n`);
        return EXIT_USAGE;
    }
    try {
        const report = await runReport(runConfigFrom(settings, { cwd: io.cwd, version: VERSION }));
        const markdown = renderMarkdown(report);
        const json = `${JSON.stringify(report, null, 2)}\n`;
        const reportPath = settings["report-path"];
        const markdownPath = settings["markdown-path"] ?? (reportPath === "-" ? undefined : "-");
        if (reportPath)
            await emit(reportPath, json, io);
        if (markdownPath)
            await emit(markdownPath, markdown, io);
        for (const check of report.budget.checks.filter((c) => !c.passed))
            io.stderr(`gridprint: ${check.message}\n`);
        return report.budget.passed ? EXIT_OK : EXIT_BUDGET;
    }
    catch (error) {
        if (error instanceof InputError || error instanceof UsageError) {
            io.stderr(`gridprint: ${error.message}\n`);
            return EXIT_USAGE;
        }
        throw error;
    }
}
function parseFlags(args) {
    const options = {};
    for (const o of OPTIONS)
        options[o.name] = { type: "string", ...(o.multiple ? { multiple: true } : {}) };
    for (const alias of Object.keys(ALIASES))
        options[alias] = { type: "string" };
    let parsed;
    try {
        parsed = parseArgs({ args: [...args], options, strict: true, allowPositionals: false });
    }
    catch (error) {
        throw new UsageError(error.message.replace(/\. To specify .*$/s, ""));
    }
    const raw = {};
    for (const [key, value] of Object.entries(parsed.values)) {
        const name = ALIASES[key] ?? key;
        if (raw[name] !== undefined && ALIASES[key])
            throw new UsageError(`--${key} and --${name} are the same flag; give one`);
        raw[name] = value;
    }
    return raw;
}
async function emit(path, text, io) {
    if (path === "-")
        io.stdout(text);
    else
        await writeFile(resolve(io.cwd, path), text);
}
function helpText() {
    const lines = [
        `gridprint ${VERSION}: the carbon footprint of a training run, hour by hour.`,
        "",
        "Usage: gridprint report --traces FILE_OR_GLOB [--zone ZONE] [--intensity-file FILE] [flags]",
        "",
        "Flags (each is also an input of the GitHub Action, with the same name):",
    ];
    for (const o of OPTIONS) {
        const def = o.cliDefault === null ? "" : o.default !== undefined ? ` (default: ${o.default})` : "";
        const alias = Object.entries(ALIASES).find(([, n]) => n === o.name)?.[0];
        lines.push(`  --${o.name}${alias ? `, --${alias}` : ""}${o.multiple ? " (repeatable)" : ""}${def}`);
        lines.push(`      ${o.description}`);
    }
    lines.push("", "Without --markdown-path the markdown report goes to standard output.", "Exit codes: 0 ok, 1 a budget was broken, 2 bad usage or unusable input.", "");
    return lines.join("\n");
}

runCli(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
}).then((code) => {
    process.exitCode = code;
}, (error) => {
    process.stderr.write(`gridprint: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 3;
});
