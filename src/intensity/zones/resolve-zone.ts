/**
 * Turns what a user wrote for "where the job ran" into an Electricity Maps zone id: either a zone id
 * itself (any case; validated against the zones bundled with @tgwf/co2) or a cloud region written
 * provider:region (aws:us-east-1, gcp:europe-west4, azure:westeurope; any case; a GCP zone such as
 * europe-west4-a or an AWS availability zone such as us-east-1a is read as its region).
 * Anything else is a UsageError that names close matches and the accepted forms.
 */
import { UsageError } from "../../errors.js";
import { BUNDLED_YEARS, bundledAnnualAverage, knownZones } from "../annual-average.js";
import { CLOUD_PROVIDERS, CLOUD_REGIONS, type CloudProvider, type CloudRegion } from "./cloud-regions.js";

/** How a cloud region led to the zone. */
export interface ZoneVia {
  provider: CloudProvider;
  /** The provider's region id (canonical, lower case). */
  region: string;
  location: string;
  /** Where the location and the zone choice come from. */
  source: string;
  /** The table's caveat for this region, if any (e.g. why the zone is uncertain). */
  note?: string;
}

export interface ResolvedZone {
  /** Electricity Maps zone id, canonical case. */
  zone: string;
  zoneName?: string;
  via?: ZoneVia;
}

export const ACCEPTED_ZONE_FORMS =
  "an Electricity Maps zone id (e.g. GB, DE, FR, US-CAL-CISO) or a cloud region as provider:region " +
  "(aws:us-east-1, gcp:europe-west4, azure:westeurope)";

/** Common names that are not Electricity Maps ids, offered first when they are typed. */
const ZONE_HINTS: Readonly<Record<string, string>> = { UK: "GB", GBR: "GB" };

let zoneIndex: ReadonlyMap<string, string> | undefined;

/** Upper-cased zone id → canonical zone id, from the bundled tables. */
function zones(): ReadonlyMap<string, string> {
  zoneIndex ??= new Map(knownZones().map((z) => [z.toUpperCase(), z]));
  return zoneIndex;
}

const regionIndex: ReadonlyMap<string, CloudRegion> = new Map(
  CLOUD_REGIONS.map((r) => [`${r.provider}:${r.region}`, r]),
);

function isProvider(text: string): text is CloudProvider {
  return (CLOUD_PROVIDERS as readonly string[]).includes(text);
}

/** The table entry for a provider's region (any case; availability-zone suffixes accepted), if any. */
export function findCloudRegion(provider: CloudProvider, region: string): CloudRegion | undefined {
  const id = normaliseRegion(provider, region);
  return (
    regionIndex.get(`${provider}:${id}`) ?? regionIndex.get(`${provider}:${stripZoneSuffix(provider, id)}`)
  );
}

export function resolveZone(text: string): ResolvedZone {
  const input = text.trim();
  if (input === "") throw new UsageError(`no zone given: expected ${ACCEPTED_ZONE_FORMS}`);
  const colon = input.indexOf(":");
  return colon < 0
    ? resolveZoneId(input)
    : resolveCloudRegion(input, input.slice(0, colon), input.slice(colon + 1));
}

function withName(zone: string): ResolvedZone {
  const latest = Math.max(...BUNDLED_YEARS);
  const zoneName = bundledAnnualAverage(zone, latest)?.zoneName;
  return zoneName === undefined ? { zone } : { zone, zoneName };
}

function resolveZoneId(input: string): ResolvedZone {
  const canonical = zones().get(input.toUpperCase());
  if (canonical !== undefined) return withName(canonical);

  const hints: string[] = [];
  const hint = ZONE_HINTS[input.toUpperCase()];
  if (hint !== undefined) hints.push(hint);
  // A bare region id: point at provider:region.
  for (const provider of CLOUD_PROVIDERS) {
    const found = findCloudRegion(provider, input);
    if (found) hints.push(`${provider}:${found.region}`);
  }
  const suggestions = unique([...hints, ...closeMatches(input, [...zones().values()])]).slice(0, 5);
  throw new UsageError(`unknown zone "${input}"${didYouMean(suggestions)}: expected ${ACCEPTED_ZONE_FORMS}`);
}

function resolveCloudRegion(input: string, providerText: string, regionText: string): ResolvedZone {
  const provider = providerText.trim().toLowerCase();
  if (!isProvider(provider)) {
    const suggestions = closeMatches(provider, CLOUD_PROVIDERS);
    throw new UsageError(
      `unknown cloud provider "${providerText.trim()}" in "${input}"${didYouMean(suggestions)}: ` +
        `the providers are ${CLOUD_PROVIDERS.join(", ")}; for any other place give ${ACCEPTED_ZONE_FORMS}`,
    );
  }
  const region = regionText.trim();
  if (region === "") {
    throw new UsageError(`no region after "${provider}:" in "${input}": expected ${ACCEPTED_ZONE_FORMS}`);
  }
  const entry = findCloudRegion(provider, region);
  if (entry === undefined) {
    const own = CLOUD_REGIONS.filter((r) => r.provider === provider).map((r) => r.region);
    const elsewhere = CLOUD_PROVIDERS.filter((p) => p !== provider)
      .map((p) => findCloudRegion(p, region))
      .filter((r): r is CloudRegion => r !== undefined)
      .map((r) => `${r.provider}:${r.region}`);
    const id = normaliseRegion(provider, region);
    const near = closeMatches(id, own).map((r) => `${provider}:${r}`);
    const suggestions = unique([...elsewhere, ...near]).slice(0, 5);
    throw new UsageError(
      `unknown ${provider} region "${region}"${didYouMean(suggestions)}: ${own.length} ${provider} regions are ` +
        `mapped to grid zones; for another region give the Electricity Maps zone id of the grid where it runs. ` +
        `Expected ${ACCEPTED_ZONE_FORMS}`,
    );
  }
  const zone = zones().get(entry.zone.toUpperCase()) ?? entry.zone;
  const via: ZoneVia = {
    provider,
    region: entry.region,
    location: entry.location,
    source: `location: ${entry.locationSource}; zone: ${entry.zoneSource}`,
    ...(entry.note === undefined ? {} : { note: entry.note }),
  };
  return { ...withName(zone), via };
}

/** Lower case; Azure display names ("West Europe") lose their spaces. */
function normaliseRegion(provider: CloudProvider, region: string): string {
  const id = region.trim().toLowerCase();
  return provider === "azure" ? id.replace(/[\s_-]+/g, "") : id;
}

/** GCP zones (europe-west4-a) and AWS availability zones (us-east-1a) name their region. */
function stripZoneSuffix(provider: CloudProvider, id: string): string {
  if (provider === "gcp") return id.replace(/^([a-z]+-[a-z]+\d+)-[a-z]$/, "$1");
  if (provider === "aws") return id.replace(/^([a-z]{2}(?:-[a-z]+)+-\d+)[a-z]$/, "$1");
  return id;
}

function didYouMean(suggestions: readonly string[]): string {
  return suggestions.length === 0 ? "" : ` (did you mean ${suggestions.join(", ")}?)`;
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}

/**
 * Candidates close to the input (case-insensitive): within an edit distance that grows with the
 * input's length (1 up to 3), or starting with the input; nearest first, at most `max`.
 */
export function closeMatches(input: string, candidates: readonly string[], max = 5): string[] {
  const needle = input.toUpperCase();
  const limit = Math.max(1, Math.min(3, Math.floor(needle.length / 3)));
  const scored: { candidate: string; score: number }[] = [];
  for (const candidate of candidates) {
    const upper = candidate.toUpperCase();
    const distance = editDistance(needle, upper);
    const prefix = needle.length >= 2 && upper.startsWith(needle);
    if (distance <= limit || prefix)
      scored.push({ candidate, score: prefix ? Math.min(distance, limit) : distance });
  }
  scored.sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate));
  return scored.slice(0, max).map((s) => s.candidate);
}

/** Optimal-string-alignment distance: insertions, deletions, substitutions and adjacent transpositions. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array<number>(rows * cols).fill(0);
  const at = (i: number, j: number): number => d[i * cols + j] ?? 0;
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, at(i - 2, j - 2) + 1);
      }
      d[i * cols + j] = best;
    }
  }
  return at(rows - 1, cols - 1);
}
