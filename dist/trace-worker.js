import { parentPort, workerData } from 'node:worker_threads';
import { createReadStream } from 'node:fs';

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
function isoUtc(ms) {
    const iso = new Date(ms).toISOString();
    return iso.endsWith(".000Z") ? `${iso.slice(0, -5)}Z` : iso;
}
const HOUR_MS = 3_600_000;

/**
 * One device's energy, integrated as its samples stream in (in time order): the trapezoid between
 * consecutive samples, cut at minute edges into shared MinuteBins. Nothing per sample is kept, so
 * memory does not grow with the trace.
 *
 * The gap limit depends on the device's median sampling interval, which is known only at the end.
 * Since the limit is never under 60 s, intervals up to 60 s are integrated at once; longer ones
 * (rare: gaps, or slow loggers) are held and decided in finish().
 */
const DEFAULT_MIN_GAP_LIMIT_MS = 60_000;
/** The longest energy interval accepted: a report covers one run of at most 400 days. */
const MAX_INTERVAL_MS = 400 * 86_400_000;
const DEFAULT_GAP_MEDIAN_MULTIPLE = 5;
const MAX_GAPS_LISTED = 5;
/** Intervals under this many ms are counted at 1 ms resolution; longer ones to 3 significant digits. */
const FINE_HISTOGRAM_MS = 10_000;
/**
 * The automatic limit never exceeds a day: no power trace is sampled that rarely, and a device
 * with two readings decades apart (a stray timestamp) must not have them bridged, and binned,
 * before the window check can refuse the file.
 */
const MAX_AUTO_GAP_LIMIT_MS = 24 * 3_600_000;
function defaultGapLimit(medianMs) {
    return Math.min(MAX_AUTO_GAP_LIMIT_MS, Math.max(DEFAULT_MIN_GAP_LIMIT_MS, DEFAULT_GAP_MEDIAN_MULTIPLE * medianMs));
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
        // One interval longer than a report may cover is a stray timestamp, not a run: refused before
        // it is spread over years of minute bins.
        if (end - start > MAX_INTERVAL_MS) {
            throw new InputError(`an energy interval of device ${this.device.id} spans ${Math.round((end - start) / 86_400_000)} days (${isoUtc(start)} to ${isoUtc(end)}); expected one run of at most ${MAX_INTERVAL_MS / 86_400_000} days: check those timestamps`);
        }
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
    /** Commits the pending sample (samples sharing the last instant, merged). */
    flush() {
        if (this.pendCount > 0) {
            this.commit(this.pendT, this.pendSum / this.pendCount);
            this.pendCount = 0;
        }
    }
    /** The state after the last sample, for joining with the integrators of later parts of a file. */
    exportState() {
        this.flush();
        return {
            device: this.device,
            outOfOrder: this.outOfOrder,
            samples: this.samples,
            merged: this.merged,
            energyIntervals: this.energyIntervals,
            start: this.start,
            end: this.end,
            energyJ: this.energyJ,
            uncoveredMs: this.uncoveredMs,
            gapCount: this.gapCount,
            gaps: this.gaps,
            firstT: this.firstT,
            firstW: this.firstW,
            lastT: this.prevT,
            lastW: this.prevW,
            held: this.held,
            fine: this.fine,
            coarse: [...this.coarse],
            intervals: this.intervals,
        };
    }
    /**
     * One integrator from the states of consecutive parts of the same trace (in file order), as if
     * it had read them all: counts add up, the seam between two parts is integrated like any other
     * interval, and the held intervals wait for the joint median. A part that starts before the
     * previous one ends makes the result out of order.
     */
    static join(states, bins, fixedGapLimitMs) {
        const first = states[0];
        if (!first)
            throw new Error("no state to join");
        const joined = new DeviceIntegrator(first.device, bins, fixedGapLimitMs);
        for (const s of states) {
            joined.outOfOrder ||= s.outOfOrder;
            if (s.samples > 0 && joined.samples > 0) {
                if (s.firstT <= joined.prevT)
                    joined.outOfOrder = true;
                else
                    joined.interval(joined.prevT, joined.prevW, s.firstT, s.firstW);
            }
            if (s.samples > 0) {
                if (joined.samples === 0) {
                    joined.firstT = s.firstT;
                    joined.firstW = s.firstW;
                }
                joined.prevT = s.lastT;
                joined.prevW = s.lastW;
            }
            joined.samples += s.samples;
            joined.merged += s.merged;
            joined.energyIntervals += s.energyIntervals;
            joined.start = Math.min(joined.start, s.start);
            joined.end = Math.max(joined.end, s.end);
            joined.energyJ += s.energyJ;
            joined.uncoveredMs += s.uncoveredMs;
            joined.gapCount += s.gapCount;
            joined.gaps.push(...s.gaps);
            joined.held.push(...s.held);
            for (let i = 0; i < FINE_HISTOGRAM_MS; i++)
                joined.fine[i] = joined.fine[i] + s.fine[i];
            for (const [k, v] of s.coarse)
                joined.coarse.set(k, (joined.coarse.get(k) ?? 0) + v);
            joined.intervals += s.intervals;
        }
        joined.gaps.sort((a, b) => a.start - b.start);
        joined.gaps.length = Math.min(joined.gaps.length, MAX_GAPS_LISTED);
        return joined;
    }
    /** Takes the last sample, decides the held intervals, and returns the device's figures. */
    finish() {
        this.flush();
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
    /** The filled days as plain data (to hand bins from a worker thread to the main one). */
    exportDays() {
        return [...this.days].map(([day, c]) => ({ day, energyJ: c.energyJ, observedMs: c.observedMs }));
    }
    /** Adds days exported by {@link exportDays} into these bins. */
    addDays(days, first, last) {
        const other = new MinuteBins();
        for (const d of days)
            other.days.set(d.day, { energyJ: d.energyJ, observedMs: d.observedMs });
        other.first = first;
        other.last = last;
        this.merge(other);
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

/**
 * The sink readers write into on the normal path: each device's samples are integrated as they
 * arrive, so memory stays flat however long the trace. A file whose rows are out of time order
 * for some device is flagged; the caller then re-reads it through a collecting SampleSink.
 */
/** More devices than one job's trace holds: past this a file is mis-read or hostile. */
const MAX_DEVICES_PER_FILE = 4096;
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
            if (this.devices.size >= MAX_DEVICES_PER_FILE) {
                throw new InputError(`more than ${MAX_DEVICES_PER_FILE} devices in one file (the last: ${JSON.stringify(key.slice(0, 60))}): expected the traces of one job; is a changing column being read as the device?`);
            }
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

/**
 * Placing wall-clock readings that carry no zone on the UTC time line, in an IANA time zone.
 *
 * Around a DST fall-back the same wall-clock hour happens twice; a real clock walks through the
 * first one and then the second, so a {@link LocalClock} resolves the repeat by the order in which
 * readings arrive. Around a spring-forward the skipped wall-clock hour never happened; readings in
 * it are moved forward by the size of the jump (as a clock that was not yet changed would read)
 * and counted.
 */
const formatters = new Map();
/** Throws a RangeError naming the zone when it is not a known IANA zone. */
function assertTimeZone(zone) {
    formatterFor(zone);
}
function formatterFor(zone) {
    let f = formatters.get(zone);
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
        formatters.set(zone, f);
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
    lastHourKey = Number.NaN;
    lastOffset = 0;
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
        // Consecutive readings nearly always fall in the same unambiguous hour.
        if (hourKey === this.lastHourKey) {
            const utc = wallMs - this.lastOffset;
            this.last = utc;
            return utc;
        }
        let offsets = this.candidatesByHour.get(hourKey);
        if (!offsets) {
            offsets = this.offsetsFor(hourKey * HOUR_MS);
            this.candidatesByHour.set(hourKey, offsets);
        }
        let utc;
        if (offsets.length === 1) {
            this.lastHourKey = hourKey;
            this.lastOffset = offsets[0];
            utc = wallMs - this.lastOffset;
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
/**
 * Parses a number the way a careful reader should: finite decimal notation only. Empty text,
 * hex, `Infinity`, `NaN` and overflow (`1e400`) give undefined, never 0 or Infinity.
 */
function parseDecimal(text) {
    // Fast path for plain "123.45", which is nearly every reading in a trace.
    const n = text.length;
    let digits = 0;
    let dots = 0;
    let plain = n < 20;
    for (let i = 0; i < n && plain; i++) {
        const c = text.charCodeAt(i);
        if (c >= 48 && c <= 57)
            digits++;
        else if (c === 46)
            dots++;
        else
            plain = false;
    }
    if (plain && digits > 0 && dots <= 1)
        return Number(text);
    const s = text.trim();
    if (!/^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/.test(s))
        return undefined;
    const v = Number(s);
    return Number.isFinite(v) ? v : undefined;
}
/**
 * Splits a row as {@link splitCsvLine} does but keeps only the fields a reader needs, each into
 * `out` at its slot (`slots[field]`, -1 for fields not kept): the per-row path of large files.
 * Returns the field count.
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
/** A value from a file, quoted for a message and cut to 60 characters: what a reader says it found. */
function quote(text) {
    return JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);
}
/** True for a non-empty run of ASCII digits. */
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
function layoutOf(names) {
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
    const v = parseDecimal(num);
    return v === undefined ? undefined : v * scale;
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
/**
 * The reader's state, fed one line at a time. A plain synchronous method per line (rather than
 * the body of the async loop) is what V8 optimises soonest.
 */
class Parser {
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
    /** A different header was adopted mid-file. */
    headerChanged = false;
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
                skip(stats, lineNo, `${layout.columns[layout.power]?.raw}: expected ${expected}, got ${quote(powerText)}`);
            }
            return;
        }
        let timeMs;
        if (rowPrefixed) {
            if (prefixTime === undefined) {
                skip(stats, lineNo, `expected an ISO time with a zone before the fields (e.g. 2025-01-31T12:00:00.000+00:00), got ${quote(line.slice(0, 40))}`);
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
                skip(stats, lineNo, `${layout.columns[layout.time]?.raw}: expected a date and time, got ${quote(timeText)}`);
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
        const layout = layoutOf(query);
        if (!layout)
            throw new InputError(noPowerMessage(query, "the --nvidia-smi-query list"), file, lineNo);
        this.layout = layout;
        this.fromQuery = true;
        return layout;
    }
    adoptHeader(fields, text, lineNo) {
        const layout = layoutOf(fields);
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
        const next = layoutOf(fields);
        if (!next || (next.time === -1 && !this.prefixed))
            return false;
        this.layout = next;
        this.headerText = body;
        this.headerChanged = true;
        this.devices.clear();
        this.stats.notes.push(`line ${lineNo}: a new header (${fields.join(", ")}); the rows after it are read by it`);
        return true;
    }
    newDevice(key, body, layout, lineNo) {
        if (layout.id !== -1 && isMissing(key)) {
            skip(this.stats, lineNo, `${layout.columns[layout.id]?.raw}: expected a GPU ${layout.idRole}, got ${quote(key)}`);
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
        const part = this.finishPart();
        describe(part.stats, part.layout, part.facts);
        return part.stats;
    }
    /** The counts and facts of what was read, before they are put into words (see joinParts). */
    finishPart() {
        if (this.layout === undefined) {
            throw new InputError("the file is empty: expected nvidia-smi CSV (a header such as `timestamp, index, power.draw [W]` and samples)", this.options.file, 1);
        }
        return {
            stats: this.stats,
            layout: this.layout,
            facts: {
                fromQuery: this.fromQuery,
                zone: this.options.clock.zone,
                prefixed: this.prefixed === true,
                repeatedHeaders: this.repeatedHeaders,
                localTimes: this.localTimes,
                usedSample: this.usedSample,
            },
            headerChanged: this.headerChanged,
        };
    }
}
/** Reads one part of a file from its bytes (the header lines first, when it is not the first part). */
async function readNvidiaSmiPart(chunks, sink, options) {
    const parser = new Parser(sink, options);
    const rows = new ByteRows(parser);
    for await (const chunk of chunks)
        rows.chunk(chunk);
    rows.end();
    return { ...parser.finishPart(), lines: rows.lines };
}
function describe(stats, layout, facts) {
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
    /** Physical lines read so far. */
    get lines() {
        return this.lineNo;
    }
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
        // The next quote in the chunk, looked for again only once passed (so each byte is scanned
        // once): a line with a quote goes to the line path, whose CSV splitting honours quotes.
        let quoteAt = buf.indexOf(34 /* " */);
        for (;;) {
            const newline = buf.indexOf(10, lineStart);
            if (newline === -1)
                break;
            this.lineNo++;
            if (quoteAt !== -1 && quoteAt < lineStart)
                quoteAt = buf.indexOf(34, lineStart);
            if (this.discarding)
                this.discarding = false;
            else if (quoteAt !== -1 && quoteAt < newline)
                this.slow(buf, lineStart, newline);
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
        if (!this.fast(buf, start, end, fields))
            this.slow(buf, start, end);
    }
    /** The line decoded and handed to the line parser. */
    slow(buf, start, end) {
        let e = end;
        if (e > start && buf[e - 1] === 13)
            e--;
        this.parser.line(buf.toString("utf8", start, e), this.lineNo);
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
            // One division of two exact integers (at most 15 digits): rounded exactly as Number(text).
            watts = (whole * div + frac) / div;
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
 * What a worker thread does with its share of a large nvidia-smi trace: read the header lines,
 * then its byte range, integrating as it goes, and hand back plain data (integrator states, the
 * minute bins, the counts) for the main thread to join. Kept apart from worker plumbing so the
 * same code runs in tests on the main thread.
 */
async function readPart(request) {
    const clock = new LocalClock(request.timezone);
    const sink = new StreamingSink(request.gapLimitMs);
    const context = request.context.length > 0 ? Buffer.from(`${request.context.join("\n")}\n`) : undefined;
    async function* chunks() {
        if (context)
            yield context;
        if (request.end <= request.start)
            return;
        const stream = createReadStream(request.path, {
            start: request.start,
            end: request.end - 1,
            highWaterMark: 1 << 20,
        });
        try {
            yield* stream;
        }
        finally {
            stream.destroy();
        }
    }
    const read = await readNvidiaSmiPart(chunks(), sink, { file: request.file, clock });
    const { lines, ...part } = read;
    return {
        part,
        rangeLines: lines - request.context.length,
        clock: { localReadings: clock.localReadings, ambiguous: clock.ambiguous, nonexistent: clock.nonexistent },
        devices: [...sink.devices.values()].map((d) => d.exportState()),
        days: sink.bins.exportDays(),
        first: sink.bins.first,
        last: sink.bins.last,
    };
}

/** Worker thread entry (dist/trace-worker.js): reads one part of a large trace. */
const port = parentPort;
if (port) {
    readPart(workerData).then((result) => {
        const transfer = result.days.flatMap((d) => [d.energyJ.buffer, d.observedMs.buffer]);
        port.postMessage({ ok: true, result }, transfer);
    }, (error) => {
        port.postMessage({
            ok: false,
            error: {
                name: error?.name,
                message: error?.message ?? String(error),
                file: error?.file,
                line: error?.line,
            },
        });
    });
}
