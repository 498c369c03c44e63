import { describe, expect, it } from "vitest";
import { UsageError } from "../../../src/errors.js";
import {
  closeMatches,
  editDistance,
  findCloudRegion,
  resolveZone,
} from "../../../src/intensity/zones/resolve-zone.js";

/** The UsageError message resolveZone throws for the text. */
function errorFor(text: string): string {
  try {
    resolveZone(text);
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    return (e as Error).message;
  }
  throw new Error(`resolveZone(${JSON.stringify(text)}) did not throw`);
}

describe("resolveZone: cloud regions", () => {
  it.each([
    ["aws:us-east-1", "US-MIDA-PJM"],
    ["gcp:europe-west4", "NL"],
    ["azure:westeurope", "NL"],
    ["aws:eu-west-1", "IE"],
    ["gcp:us-central1", "US-MIDW-MISO"],
    ["azure:uksouth", "GB"],
    ["aws:us-west-2", "US-NW-BPAT"],
    ["aws:us-east-2", "US-MIDA-PJM"],
    ["gcp:us-east1", "US-CAR-SC"],
    ["gcp:us-south1", "US-TEX-ERCO"],
    ["aws:eu-central-1", "DE"],
    ["aws:ap-northeast-1", "JP-TK"],
    ["aws:ap-northeast-3", "JP-KN"],
    ["aws:ap-southeast-2", "AU-NSW"],
    ["gcp:australia-southeast2", "AU-VIC"],
    ["aws:ap-southeast-1", "SG"],
    ["gcp:asia-south1", "IN-WE"],
    ["azure:eastus", "US-MIDA-PJM"],
  ])("%s → %s", (text, zone) => {
    expect(resolveZone(text).zone).toBe(zone);
  });

  it("says how it got there: provider, region, location, sources", () => {
    const r = resolveZone("aws:us-east-1");
    expect(r).toMatchObject({
      zone: "US-MIDA-PJM",
      zoneName: "PJM Interconnection",
      via: { provider: "aws", region: "us-east-1", location: "Northern Virginia, USA" },
    });
    expect(r.via?.source).toMatch(/^location: AWS Regions documentation, https:\/\/.*; zone: .*PJM/);
    expect(r.via?.note).toBeUndefined();
  });

  it("passes on the table's caveat for uncertain regions", () => {
    expect(resolveZone("azure:westus2").via?.note).toMatch(/uncertain/i);
  });

  it("is case-insensitive in provider and region", () => {
    expect(resolveZone("AWS:US-EAST-1").via?.region).toBe("us-east-1");
    expect(resolveZone("Gcp:Europe-West4").zone).toBe("NL");
    expect(resolveZone("  azure:WestEurope ").zone).toBe("NL");
  });

  it("reads Azure display names and GCP/AWS zone names as their region", () => {
    expect(resolveZone("azure:West Europe").via?.region).toBe("westeurope");
    expect(resolveZone("gcp:europe-west4-a").via?.region).toBe("europe-west4");
    expect(resolveZone("aws:us-east-1a").via?.region).toBe("us-east-1");
    expect(findCloudRegion("gcp", "us-central1-f")?.zone).toBe("US-MIDW-MISO");
  });

  it("suggests close regions for a typo", () => {
    expect(errorFor("aws:us-est-1")).toMatch(/did you mean aws:us-east-1/);
    const msg = errorFor("gcp:europe-west5");
    expect(msg).toContain("gcp:europe-west4");
    expect(msg).toContain("gcp:europe-west6");
    expect(msg).toMatch(/unknown gcp region "europe-west5"/);
    expect(msg).toMatch(/Electricity Maps zone id/);
    expect(errorFor("azure:westeurop")).toMatch(/did you mean azure:westeurope/);
  });

  it("points at the provider that has the region", () => {
    expect(errorFor("aws:us-central1")).toMatch(/did you mean gcp:us-central1/);
    expect(errorFor("gcp:westeurope")).toMatch(/did you mean azure:westeurope/);
  });

  it("rejects unknown providers, naming the accepted ones", () => {
    const msg = errorFor("gpc:europe-west4");
    expect(msg).toMatch(/unknown cloud provider "gpc"/);
    expect(msg).toMatch(/did you mean gcp\?/);
    expect(msg).toContain("aws, gcp, azure");
    expect(errorFor("oracle:us-ashburn-1")).toMatch(/unknown cloud provider "oracle".*aws, gcp, azure/);
    expect(errorFor(":us-east-1")).toMatch(/unknown cloud provider ""/);
  });

  it("rejects a provider without a region", () => {
    expect(errorFor("aws:")).toMatch(/no region after "aws:"/);
  });
});

describe("resolveZone: Electricity Maps zone ids", () => {
  it("accepts zone ids in any case and returns the canonical id and name", () => {
    expect(resolveZone("GB")).toEqual({ zone: "GB", zoneName: "Great Britain" });
    expect(resolveZone("gb").zone).toBe("GB");
    expect(resolveZone("us-cal-ciso")).toEqual({ zone: "US-CAL-CISO", zoneName: "CAISO" });
    expect(resolveZone(" de ").zone).toBe("DE");
    expect(resolveZone("se-se3").zone).toBe("SE-SE3");
    expect(resolveZone("FR").via).toBeUndefined();
  });

  it("suggests close zone ids for a typo", () => {
    expect(errorFor("US-CAL-CSIO")).toMatch(/unknown zone "US-CAL-CSIO" \(did you mean US-CAL-CISO/);
    expect(errorFor("US-MIDA-PMJ")).toMatch(/did you mean US-MIDA-PJM/);
    expect(errorFor("NLD")).toMatch(/did you mean .*NL/);
  });

  it("suggests GB for UK", () => {
    expect(errorFor("UK")).toMatch(/did you mean GB/);
  });

  it("suggests provider:region for a bare region id", () => {
    expect(errorFor("us-east-1")).toMatch(/did you mean aws:us-east-1/);
    expect(errorFor("europe-west4")).toMatch(/did you mean gcp:europe-west4/);
  });

  it("names the accepted forms", () => {
    const msg = errorFor("Narnia");
    expect(msg).toMatch(/Electricity Maps zone id/);
    expect(msg).toContain("aws:us-east-1");
    expect(msg).not.toMatch(/did you mean/);
  });

  it("rejects empty input", () => {
    expect(errorFor("   ")).toMatch(/no zone given/);
  });
});

describe("closeMatches / editDistance", () => {
  it("counts insertions, deletions, substitutions and transpositions", () => {
    expect(editDistance("", "")).toBe(0);
    expect(editDistance("abc", "")).toBe(3);
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("CISO", "CSIO")).toBe(1);
    expect(editDistance("us-east-1", "us-east-1")).toBe(0);
  });

  it("ranks nearest first and includes prefix matches", () => {
    expect(closeMatches("us-cal", ["US-CAL-CISO", "US-CAL-LDWP", "US-TEX-ERCO"])).toEqual([
      "US-CAL-CISO",
      "US-CAL-LDWP",
    ]);
    expect(closeMatches("westeurop", ["westeurope", "northeurope", "westus"])).toEqual(["westeurope"]);
    expect(closeMatches("zzzz", ["GB", "DE"])).toEqual([]);
  });
});
