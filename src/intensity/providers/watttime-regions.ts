/**
 * Electricity Maps zone → WattTime region: the default `region` for WattTime when only a zone is
 * known. Data only; the lookup lives in watttime.ts.
 *
 * APPROXIMATE. The two services cut the grid differently: an Electricity Maps zone is a balancing
 * authority or bidding zone, while WattTime splits several large balancing authorities into
 * sub-regions with their own marginal emission rates (PJM, MISO and ERCOT each have several). The
 * region below is the one a cloud data centre in that zone is published under, which is right for
 * that site and only an approximation for the rest of the zone. Where the job ran elsewhere in the
 * zone, give `watttime-region` explicitly (`GET /v3/my-access` lists the regions an account may
 * read; `GET /v3/region-from-loc` finds one from coordinates).
 *
 * Source of every pair: Green Software Foundation, real-time-cloud, Cloud_Region_Metadata.csv
 * (columns em-zone-id and wt-region-id, rows 2022–2025),
 * https://github.com/Green-Software-Foundation/real-time-cloud — each entry names the cloud
 * region row(s) it comes from. Region spellings as WattTime writes them (e.g. WattTime calls Great
 * Britain "UK", Electricity Maps "GB"). Outside North America, WattTime's regions are mostly
 * whole countries.
 */

export interface WattTimeRegionEntry {
  /** WattTime region id, e.g. "CAISO_NORTH". */
  region: string;
  /** The GSF rows the pair comes from (cloud provider and region). */
  basis: string;
  /** Where the zone holds more than one WattTime region, or the pair is otherwise doubtful. */
  note?: string;
}

const SPLIT = "WattTime divides this zone into several regions; this is one of them";

export const WATTTIME_REGIONS: Readonly<Record<string, WattTimeRegionEntry>> = {
  // North America
  "US-CAL-CISO": {
    region: "CAISO_NORTH",
    basis: "AWS us-west-1 (N. California)",
    note: "CAISO_NORTH is northern California; southern California sites may answer to another region",
  },
  "US-CAL-LDWP": {
    region: "LDWP",
    basis: "Google Cloud us-west2 (Los Angeles)",
    note: "GSF lists that row under US-CAL-CISO; Los Angeles is served by LDWP, its own balancing authority",
  },
  "US-MIDA-PJM": {
    region: "PJM_DC",
    basis: "AWS us-east-1, Google Cloud us-east4, Azure eastus/eastus2 (Northern Virginia)",
    note: `${SPLIT}: PJM_DC (Virginia/DC); Ohio is PJM_SOUTHWEST_OH (AWS us-east-2, Google Cloud us-east5)`,
  },
  "US-MIDW-MISO": {
    region: "MISO_MASON_CITY",
    basis: "Google Cloud us-central1, Azure centralus (Iowa)",
    note: `${SPLIT}: MISO_MASON_CITY (Iowa); Illinois is MISO_SPRINGFIELD (Azure northcentralus)`,
  },
  "US-TEX-ERCO": {
    region: "ERCOT_NORTHCENTRAL",
    basis: "Google Cloud us-south1 (Dallas)",
    note: `${SPLIT}: ERCOT_NORTHCENTRAL (Dallas); San Antonio is ERCOT_SANANTONIO (Azure southcentralus)`,
  },
  "US-NW-BPAT": { region: "BPA", basis: "AWS us-west-2, Google Cloud us-west1 (Oregon), Azure westus" },
  "US-NW-PACE": { region: "PACE", basis: "Google Cloud us-west3 (Salt Lake City)" },
  "US-NW-NEVP": { region: "NEVP", basis: "Google Cloud us-west4 (Las Vegas)" },
  "US-NW-WACM": { region: "WACM", basis: "Azure westcentralus (Wyoming)" },
  "US-SW-AZPS": { region: "AZPS", basis: "Azure westus3 (Arizona)" },
  "US-CAR-SC": { region: "SC", basis: "Google Cloud us-east1 (South Carolina)" },
  "US-SE-SOCO": { region: "SOCO", basis: "Azure eastus3 (Georgia)" },
  "CA-ON": {
    region: "IESO_NORTH",
    basis: "Google Cloud northamerica-northeast2, OCI ca-toronto-1 (Toronto)",
  },
  "CA-QC": { region: "HQ", basis: "AWS ca-central-1, Google Cloud northamerica-northeast1 (Montréal)" },
  MX: { region: "MX_SIN", basis: "Azure mexicocentral" },
  // Europe
  GB: { region: "UK", basis: "AWS eu-west-2, Google Cloud europe-west2 (London)" },
  IE: { region: "IE", basis: "AWS eu-west-1 (Ireland)" },
  FR: { region: "FR", basis: "AWS eu-west-3, Google Cloud europe-west9 (Paris)" },
  DE: { region: "DE", basis: "AWS eu-central-1, Google Cloud europe-west3 (Frankfurt)" },
  NL: { region: "NL", basis: "Google Cloud europe-west4, Azure westeurope" },
  BE: { region: "BE", basis: "Google Cloud europe-west1 (Belgium)" },
  CH: { region: "CH", basis: "AWS eu-central-2, Google Cloud europe-west6 (Zurich)" },
  AT: { region: "AT", basis: "Azure austriaeast" },
  ES: { region: "ES", basis: "AWS eu-south-2, Google Cloud europe-southwest1 (Madrid)" },
  "IT-NO": {
    region: "IT",
    basis: "AWS eu-south-1, Google Cloud europe-west8 (Milan)",
    note: "WattTime's IT is all of Italy",
  },
  PL: { region: "PL", basis: "Google Cloud europe-central2 (Warsaw)" },
  FI: { region: "FI", basis: "Google Cloud europe-north1 (Finland)" },
  "SE-SE3": {
    region: "SE",
    basis: "AWS eu-north-1, Azure swedencentral (Stockholm)",
    note: "WattTime's SE is all of Sweden; GSF writes the zone as SE",
  },
  "DK-DK2": { region: "DK", basis: "Azure denmarkeast", note: "WattTime's DK is all of Denmark" },
  GR: { region: "GR", basis: "Azure greececentral" },
  // Asia-Pacific, Middle East, Africa, South America
  "AU-NSW": { region: "NEM_NSW", basis: "AWS ap-southeast-2, Google Cloud australia-southeast1 (Sydney)" },
  "AU-VIC": { region: "NEM_VIC", basis: "AWS ap-southeast-4, Google Cloud australia-southeast2 (Melbourne)" },
  "JP-TK": { region: "JP_TK", basis: "AWS ap-northeast-1, Google Cloud asia-northeast1 (Tokyo)" },
  "JP-KN": { region: "JP_KN", basis: "AWS ap-northeast-3, Google Cloud asia-northeast2 (Osaka)" },
  KR: { region: "KOR", basis: "AWS ap-northeast-2, Google Cloud asia-northeast3 (Seoul)" },
  SG: { region: "SGP", basis: "AWS ap-southeast-1, Google Cloud asia-southeast1" },
  TW: { region: "TWN", basis: "Google Cloud asia-east1" },
  HK: { region: "HKG", basis: "AWS ap-east-1, Google Cloud asia-east2" },
  ID: { region: "IDN", basis: "AWS ap-southeast-3, Google Cloud asia-southeast2 (Jakarta)" },
  "IN-WE": { region: "IND", basis: "AWS ap-south-1 (Mumbai)", note: "WattTime's IND is all of India" },
  "IN-SO": { region: "IND", basis: "AWS ap-south-2 (Hyderabad)", note: "WattTime's IND is all of India" },
  "IN-NO": {
    region: "IND",
    basis: "Google Cloud asia-south2 (Delhi)",
    note: "WattTime's IND is all of India",
  },
  NZ: { region: "NZL", basis: "Azure newzealandnorth" },
  IL: { region: "ISR", basis: "AWS il-central-1, Google Cloud me-west1 (Tel Aviv)" },
  AE: { region: "ARE", basis: "AWS me-central-1 (UAE)" },
  ZA: { region: "ZAF", basis: "AWS af-south-1 (Cape Town)" },
  "BR-CS": { region: "BRA", basis: "AWS sa-east-1, Google Cloud southamerica-east1 (São Paulo)" },
  "CL-SEN": { region: "CHL", basis: "Google Cloud southamerica-west1 (Santiago)" },
};
