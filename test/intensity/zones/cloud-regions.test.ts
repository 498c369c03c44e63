import { yearly2024 } from "@tgwf/co2/data/electricity-maps";
import { describe, expect, it } from "vitest";
import {
  CLOUD_PROVIDERS,
  CLOUD_REGIONS,
  type CloudProvider,
} from "../../../src/intensity/zones/cloud-regions.js";

const bundled2024 = new Set(Object.keys(yearly2024.data));
const regionsOf = (provider: CloudProvider) =>
  CLOUD_REGIONS.filter((r) => r.provider === provider).map((r) => r.region);

/** The regions the issue names as "commonly used"; each must be in the table. */
const REQUIRED: Record<CloudProvider, string[]> = {
  aws: [
    "us-east-1",
    "us-east-2",
    "us-west-1",
    "us-west-2",
    "ca-central-1",
    "ca-west-1",
    "sa-east-1",
    "eu-west-1",
    "eu-west-2",
    "eu-west-3",
    "eu-central-1",
    "eu-central-2",
    "eu-north-1",
    "eu-south-1",
    "eu-south-2",
    "ap-northeast-1",
    "ap-northeast-2",
    "ap-northeast-3",
    "ap-southeast-1",
    "ap-southeast-2",
    "ap-southeast-3",
    "ap-southeast-4",
    "ap-southeast-5",
    "ap-south-1",
    "ap-south-2",
    "ap-east-1",
    "me-south-1",
    "me-central-1",
    "il-central-1",
    "af-south-1",
    "mx-central-1",
  ],
  gcp: [
    "us-central1",
    "us-east1",
    "us-east4",
    "us-east5",
    "us-south1",
    "us-west1",
    "us-west2",
    "us-west3",
    "us-west4",
    "northamerica-northeast1",
    "northamerica-northeast2",
    "northamerica-south1",
    "southamerica-east1",
    "southamerica-west1",
    "europe-west1",
    "europe-west2",
    "europe-west3",
    "europe-west4",
    "europe-west6",
    "europe-west8",
    "europe-west9",
    "europe-west10",
    "europe-west12",
    "europe-north1",
    "europe-north2",
    "europe-central2",
    "europe-southwest1",
    "asia-east1",
    "asia-east2",
    "asia-northeast1",
    "asia-northeast2",
    "asia-northeast3",
    "asia-south1",
    "asia-south2",
    "asia-southeast1",
    "asia-southeast2",
    "australia-southeast1",
    "australia-southeast2",
    "me-west1",
    "me-central1",
    "me-central2",
    "africa-south1",
  ],
  azure: [
    "eastus",
    "eastus2",
    "centralus",
    "northcentralus",
    "southcentralus",
    "westcentralus",
    "westus",
    "westus2",
    "westus3",
    "canadacentral",
    "canadaeast",
    "brazilsouth",
    "northeurope",
    "westeurope",
    "uksouth",
    "ukwest",
    "francecentral",
    "germanywestcentral",
    "swedencentral",
    "norwayeast",
    "switzerlandnorth",
    "polandcentral",
    "italynorth",
    "spaincentral",
    "eastasia",
    "southeastasia",
    "japaneast",
    "japanwest",
    "koreacentral",
    "centralindia",
    "southindia",
    "australiaeast",
    "australiasoutheast",
    "uaenorth",
    "southafricanorth",
    "qatarcentral",
    "israelcentral",
    "mexicocentral",
  ],
};

const ID_SHAPE: Record<CloudProvider, RegExp> = {
  aws: /^[a-z]{2}(-[a-z]+)+-\d+$/,
  gcp: /^[a-z]+(-[a-z]+)?\d+$/,
  azure: /^[a-z]+\d?$/,
};

describe("CLOUD_REGIONS", () => {
  it("maps every region to a zone in the bundled Electricity Maps 2024 table", () => {
    const missing = CLOUD_REGIONS.filter((r) => !bundled2024.has(r.zone)).map(
      (r) => `${r.provider}:${r.region} → ${r.zone}`,
    );
    expect(missing).toEqual([]);
  });

  it("has no duplicate (provider, region)", () => {
    const keys = CLOUD_REGIONS.map((r) => `${r.provider}:${r.region}`);
    const dupes = keys.filter((k, i) => keys.indexOf(k) !== i);
    expect(dupes).toEqual([]);
  });

  it("covers the commonly used regions of each provider", () => {
    for (const provider of CLOUD_PROVIDERS) {
      const have = new Set(regionsOf(provider));
      expect(
        REQUIRED[provider].filter((r) => !have.has(r)),
        provider,
      ).toEqual([]);
    }
  });

  it("writes region ids as the providers' APIs do", () => {
    const bad = CLOUD_REGIONS.filter((r) => !ID_SHAPE[r.provider].test(r.region)).map(
      (r) => `${r.provider}:${r.region}`,
    );
    expect(bad).toEqual([]);
  });

  it("gives every entry a location and the sources of the location and of the zone", () => {
    for (const r of CLOUD_REGIONS) {
      const key = `${r.provider}:${r.region}`;
      expect(r.location.trim(), key).not.toBe("");
      expect(r.locationSource, key).toMatch(/https:\/\//);
      expect(r.zoneSource.trim().length, key).toBeGreaterThan(10);
      expect(r.zoneSource, key).toContain(r.zone);
      if (r.note !== undefined) expect(r.note.trim(), key).not.toBe("");
    }
  });

  it("flags the genuinely uncertain mappings in their notes", () => {
    const note = (provider: CloudProvider, region: string) =>
      CLOUD_REGIONS.find((r) => r.provider === provider && r.region === region)?.note ?? "";
    for (const [provider, region] of [
      ["gcp", "us-west2"],
      ["azure", "northcentralus"],
      ["azure", "westcentralus"],
      ["azure", "westus2"],
      ["azure", "westus3"],
    ] as const) {
      expect(note(provider, region), `${provider}:${region}`).toMatch(/uncertain/i);
    }
  });
});
