/**
 * Cloud regions and the Electricity Maps zone whose grid powers each: the data behind
 * `aws:us-east-1`, `gcp:europe-west4`, `azure:westeurope` and the like. Kept as one table so it can
 * be reviewed, corrected and extended in one place.
 *
 * Every entry names where the provider documents the region's location and why the zone was
 * chosen (the grid operator, balancing authority or bidding zone serving that place). Where the
 * choice is not certain (the provider names only a state or country, the area is split between
 * operators, or published mappings disagree) the entry's note says so. Every zone must exist in the
 * Electricity Maps yearly table bundled with @tgwf/co2; a test checks this.
 *
 * Sources used throughout:
 * - AWS: https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html (the
 *   "Geography" of each Region) and the Region launch history on the same site.
 * - Google Cloud: https://cloud.google.com/compute/docs/regions-zones (region → city) and Google's
 *   carbon-free-energy data per region (https://cloud.google.com/sustainability/region-carbon).
 * - Azure: https://learn.microsoft.com/azure/reliability/regions-list ("Physical location") and the
 *   `physicalLocation` of `az account list-locations`.
 * - Cross-check of zone choices: Green Software Foundation, real-time-cloud, Cloud_Region_Metadata.csv
 *   (column em-zone-id), https://github.com/Green-Software-Foundation/real-time-cloud ("GSF" below).
 * - Zone ids and their extent: Electricity Maps zone list (https://app.electricitymaps.com/map and
 *   the `/v3/zones` endpoint); the ids must match the bundled @tgwf/co2 yearly table.
 */

export const CLOUD_PROVIDERS = ["aws", "gcp", "azure"] as const;
export type CloudProvider = (typeof CLOUD_PROVIDERS)[number];

export interface CloudRegion {
  provider: CloudProvider;
  /** The provider's region id, as written in its APIs (lower case). */
  region: string;
  /** Where the region physically is, as the provider documents it (city/state/country). */
  location: string;
  /** Electricity Maps zone id. */
  zone: string;
  /** Where the location comes from. */
  locationSource: string;
  /** Why this zone: the grid operator, balancing authority or bidding zone that serves the location. */
  zoneSource: string;
  /** Caveats: an uncertain zone choice and why, restricted access, a newer region. */
  note?: string;
}

const AWS_DOCS =
  "AWS Regions documentation, https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html";
const GCP_DOCS = "Google Cloud regions and zones, https://cloud.google.com/compute/docs/regions-zones";
const GCP_TPU_DOCS = "Cloud TPU regions and zones, https://cloud.google.com/tpu/docs/regions-zones";
const AZURE_DOCS = "Azure regions list, https://learn.microsoft.com/azure/reliability/regions-list";

/** Recurring zone reasons. */
const PJM_VA = "Northern Virginia (Dominion zone) is in the PJM Interconnection → US-MIDA-PJM; GSF agrees";
const PJM_OH = "Central Ohio (AEP Ohio zone) is in the PJM Interconnection → US-MIDA-PJM; GSF agrees";
const MISO_IA = "Iowa (MidAmerican Energy) is in the Midcontinent ISO → US-MIDW-MISO; GSF agrees";
const ERCOT = "Texas (this part) is served by ERCOT → US-TEX-ERCO; GSF agrees";
const CAISO = "California ISO balancing authority → US-CAL-CISO";
const QC = "Québec is served by Hydro-Québec → CA-QC; GSF agrees";
const ON = "Ontario is run by the IESO → CA-ON; GSF agrees";
const BR =
  "São Paulo / Rio lie in the South-East/Centre-West subsystem of Brazil's SIN, Electricity Maps zone BR-CS (Central Brazil); GSF agrees";
const MX = "Mexico is one Electricity Maps zone (MX, national SEN)";
const CL = "Chile's national electric system (SEN) → CL-SEN";
const IE = "Republic of Ireland grid (EirGrid) → IE";
const GB = "Great Britain grid (National Grid ESO / NESO) → GB";
const FR = "France is one bidding zone → FR";
const DE = "Germany (DE-LU bidding zone) → DE";
const CH = "Switzerland is one zone → CH";
const NL = "Netherlands is one bidding zone → NL";
const BE = "Belgium is one bidding zone → BE";
const SE3 = "Stockholm region lies in Swedish bidding zone SE3 → SE-SE3";
const IT_NO = "Northern Italy (Lombardy/Piedmont) lies in the NORD bidding zone → IT-NO";
const ES = "Peninsular Spain is one bidding zone → ES";
const PL = "Poland is one bidding zone → PL";
const FI = "Finland is one bidding zone → FI";
const AT = "Austria is one bidding zone → AT";
const JP_TK = "Tokyo area is TEPCO's service area → JP-TK; GSF agrees";
const JP_KN = "Osaka is in the Kansai (KEPCO) area → JP-KN; GSF agrees";
const KR = "South Korea is one grid (KEPCO) → KR";
const SG = "Singapore is one grid → SG";
const HK = "Hong Kong is one Electricity Maps zone → HK";
const TW = "Taiwan is one grid (Taipower) → TW";
const ID =
  "Indonesia is one Electricity Maps zone (ID); Jakarta is on the Java–Madura–Bali grid, which dominates the national figure";
const IN_WE = "Maharashtra/Gujarat are in India's Western regional grid → IN-WE";
const IN_SO = "Telangana/Tamil Nadu are in India's Southern regional grid → IN-SO";
const IN_NO = "Delhi is in India's Northern regional grid → IN-NO";
const AU_NSW =
  "New South Wales (and the ACT) form the NSW region of the National Electricity Market → AU-NSW";
const AU_VIC = "Victoria region of the National Electricity Market → AU-VIC";
const NZ = "New Zealand is one Electricity Maps zone → NZ";
const AE = "The United Arab Emirates are one Electricity Maps zone → AE";
const QA = "Qatar is one grid (Kahramaa) → QA";
const IL = "Israel is one grid → IL";
const ZA = "South Africa is one grid (Eskom) → ZA";
const CN = "Electricity Maps models mainland China as one zone (CN); only a national figure is available";

type Extra = Pick<CloudRegion, "note"> & { locationSource?: string };

function aws(
  region: string,
  location: string,
  zone: string,
  zoneSource: string,
  extra: Extra = {},
): CloudRegion {
  return { provider: "aws", region, location, zone, locationSource: AWS_DOCS, zoneSource, ...extra };
}
function gcp(
  region: string,
  location: string,
  zone: string,
  zoneSource: string,
  extra: Extra = {},
): CloudRegion {
  return { provider: "gcp", region, location, zone, locationSource: GCP_DOCS, zoneSource, ...extra };
}
function azure(
  region: string,
  location: string,
  zone: string,
  zoneSource: string,
  extra: Extra = {},
): CloudRegion {
  return { provider: "azure", region, location, zone, locationSource: AZURE_DOCS, zoneSource, ...extra };
}

const RESTRICTED = "Access-restricted Azure region (in-country disaster recovery).";

export const CLOUD_REGIONS: readonly CloudRegion[] = [
  // ---------------------------------------------------------------- AWS (commercial partition + China)
  aws("us-east-1", "Northern Virginia, USA", "US-MIDA-PJM", PJM_VA),
  aws("us-east-2", "Ohio, USA (Columbus area)", "US-MIDA-PJM", PJM_OH),
  aws("us-west-1", "Northern California, USA", "US-CAL-CISO", `${CAISO}; GSF agrees`, {
    note: "AWS names only 'N. California'. The Bay Area is in CAISO's balancing area, but parts of Northern California are not (Sacramento: BANC, Turlock: TIDC); CAISO assumed.",
  }),
  aws(
    "us-west-2",
    "Oregon, USA",
    "US-NW-BPAT",
    "Bonneville Power Administration balancing authority → US-NW-BPAT; GSF agrees",
    {
      note: "AWS names only 'Oregon'. Its data centres in Morrow/Umatilla counties are served by co-ops/PUDs in BPA's balancing area; capacity served by PacifiCorp would be US-NW-PACW.",
    },
  ),
  aws("ca-central-1", "Montréal, Québec, Canada", "CA-QC", QC),
  aws("ca-west-1", "Calgary, Alberta, Canada", "CA-AB", "Alberta is run by AESO → CA-AB"),
  aws("mx-central-1", "Querétaro, Mexico", "MX", MX, {
    note: "AWS names the region 'Mexico (Central)'; it was announced for the state of Querétaro.",
  }),
  aws("sa-east-1", "São Paulo, Brazil", "BR-CS", BR),
  aws("eu-west-1", "Dublin, Ireland", "IE", `${IE}; GSF agrees`),
  aws("eu-west-2", "London, UK", "GB", `${GB}; GSF agrees`),
  aws("eu-west-3", "Paris, France", "FR", `${FR}; GSF agrees`),
  aws("eu-central-1", "Frankfurt, Germany", "DE", `${DE}; GSF agrees`),
  aws("eu-central-2", "Zurich, Switzerland", "CH", `${CH}; GSF agrees`),
  aws("eu-north-1", "Stockholm, Sweden", "SE-SE3", SE3, {
    note: "GSF uses the national zone SE; the region's sites (Stockholm, Västerås, Eskilstuna, Katrineholm areas) are all in SE3.",
  }),
  aws("eu-south-1", "Milan, Italy", "IT-NO", `${IT_NO}; GSF agrees`),
  aws("eu-south-2", "Aragón, Spain", "ES", `${ES}; GSF agrees`),
  aws("ap-northeast-1", "Tokyo, Japan", "JP-TK", JP_TK),
  aws("ap-northeast-2", "Seoul, South Korea", "KR", KR),
  aws("ap-northeast-3", "Osaka, Japan", "JP-KN", JP_KN),
  aws("ap-southeast-1", "Singapore", "SG", SG),
  aws("ap-southeast-2", "Sydney, New South Wales, Australia", "AU-NSW", AU_NSW),
  aws("ap-southeast-3", "Jakarta, Indonesia", "ID", ID),
  aws("ap-southeast-4", "Melbourne, Victoria, Australia", "AU-VIC", AU_VIC),
  aws("ap-southeast-5", "Malaysia", "MY-WM", "Peninsular Malaysia grid (TNB) → MY-WM", {
    note: "AWS names only 'Malaysia'; Peninsular Malaysia (Greater Kuala Lumpur) assumed. Sites in Sabah/Sarawak would be MY-EM.",
  }),
  aws("ap-southeast-6", "Auckland, New Zealand", "NZ", NZ),
  aws("ap-southeast-7", "Thailand (Bangkok area)", "TH", "Thailand is one Electricity Maps zone → TH", {
    note: "AWS names only 'Thailand'.",
  }),
  aws("ap-south-1", "Mumbai, Maharashtra, India", "IN-WE", `${IN_WE}; GSF agrees`),
  aws("ap-south-2", "Hyderabad, Telangana, India", "IN-SO", `${IN_SO}; GSF agrees`),
  aws("ap-east-1", "Hong Kong", "HK", HK),
  aws("ap-east-2", "Taipei, Taiwan", "TW", TW),
  aws("me-south-1", "Bahrain", "BH", "Bahrain is one Electricity Maps zone → BH; GSF agrees"),
  aws("me-central-1", "United Arab Emirates", "AE", `${AE}; GSF agrees`),
  aws("il-central-1", "Tel Aviv, Israel", "IL", IL),
  aws("af-south-1", "Cape Town, South Africa", "ZA", ZA),
  aws("cn-north-1", "Beijing, China", "CN", CN, {
    note: "China partition (aws-cn), operated by Sinnet. National average only: North China's grid is more coal-heavy than the national mix.",
  }),
  aws("cn-northwest-1", "Ningxia, China", "CN", CN, {
    note: "China partition (aws-cn), operated by NWCD. National average only: the North-West grid differs from the national mix.",
  }),

  // ---------------------------------------------------------------- Google Cloud
  gcp("us-central1", "Council Bluffs, Iowa, USA", "US-MIDW-MISO", MISO_IA),
  gcp(
    "us-central2",
    "Mayes County (Pryor), Oklahoma, USA",
    "US-CENT-SWPP",
    "Oklahoma (GRDA service area) is in the Southwest Power Pool → US-CENT-SWPP",
    {
      locationSource: GCP_TPU_DOCS,
      note: "Restricted region that hosts Cloud TPU v4 (zone us-central2-b); Google documents it for TPUs only, and places its TPU v4 pods in its Oklahoma data centre.",
    },
  ),
  gcp(
    "us-east1",
    "Moncks Corner, South Carolina, USA",
    "US-CAR-SC",
    "Berkeley County is served by Santee Cooper, the South Carolina Public Service Authority balancing authority → US-CAR-SC; Google's CFE data and GSF agree",
    {
      note: "Not US-CAR-SCEG (Dominion Energy South Carolina), which some tools use for South Carolina.",
    },
  ),
  gcp("us-east4", "Ashburn, Virginia, USA", "US-MIDA-PJM", PJM_VA),
  gcp("us-east5", "Columbus, Ohio, USA", "US-MIDA-PJM", PJM_OH),
  gcp("us-south1", "Dallas, Texas, USA", "US-TEX-ERCO", ERCOT),
  gcp(
    "us-west1",
    "The Dalles, Oregon, USA",
    "US-NW-BPAT",
    "The Dalles (Northern Wasco County PUD) is in BPA's balancing area → US-NW-BPAT; Google's CFE data and GSF agree",
  ),
  gcp(
    "us-west2",
    "Los Angeles, California, USA",
    "US-CAL-CISO",
    "Google reports this region's grid as CAISO in its carbon-free-energy data → US-CAL-CISO; GSF agrees",
    {
      note: "Uncertain: the City of Los Angeles is its own balancing authority (LADWP, US-CAL-LDWP); CAISO follows Google's own reporting for the region.",
    },
  ),
  gcp(
    "us-west3",
    "Salt Lake City, Utah, USA",
    "US-NW-PACE",
    "Utah (Rocky Mountain Power) is in PacifiCorp East's balancing area → US-NW-PACE; GSF agrees",
  ),
  gcp(
    "us-west4",
    "Las Vegas, Nevada, USA",
    "US-NW-NEVP",
    "Southern Nevada (NV Energy) is Nevada Power's balancing area → US-NW-NEVP; GSF agrees",
  ),
  gcp("northamerica-northeast1", "Montréal, Québec, Canada", "CA-QC", QC),
  gcp("northamerica-northeast2", "Toronto, Ontario, Canada", "CA-ON", ON),
  gcp("northamerica-south1", "Querétaro, Mexico", "MX", MX),
  gcp("southamerica-east1", "Osasco (São Paulo), Brazil", "BR-CS", BR),
  gcp("southamerica-west1", "Santiago, Chile", "CL-SEN", `${CL}; GSF agrees`),
  gcp("europe-west1", "St. Ghislain, Belgium", "BE", `${BE}; GSF agrees`),
  gcp("europe-west2", "London, UK", "GB", `${GB}; GSF agrees`),
  gcp("europe-west3", "Frankfurt, Germany", "DE", `${DE}; GSF agrees`),
  gcp("europe-west4", "Eemshaven, Netherlands", "NL", `${NL}; GSF agrees`),
  gcp("europe-west6", "Zurich, Switzerland", "CH", `${CH}; GSF agrees`),
  gcp("europe-west8", "Milan, Italy", "IT-NO", `${IT_NO}; GSF agrees`),
  gcp("europe-west9", "Paris, France", "FR", `${FR}; GSF agrees`),
  gcp("europe-west10", "Berlin, Germany", "DE", DE),
  gcp("europe-west12", "Turin, Italy", "IT-NO", `${IT_NO}; GSF agrees`),
  gcp("europe-north1", "Hamina, Finland", "FI", `${FI}; GSF agrees`),
  gcp("europe-north2", "Stockholm, Sweden", "SE-SE3", SE3),
  gcp("europe-central2", "Warsaw, Poland", "PL", `${PL}; GSF agrees`),
  gcp("europe-southwest1", "Madrid, Spain", "ES", `${ES}; GSF agrees`),
  gcp("asia-east1", "Changhua County, Taiwan", "TW", `${TW}; GSF agrees`),
  gcp("asia-east2", "Hong Kong", "HK", `${HK}; GSF agrees`),
  gcp("asia-northeast1", "Tokyo, Japan", "JP-TK", JP_TK),
  gcp("asia-northeast2", "Osaka, Japan", "JP-KN", JP_KN),
  gcp("asia-northeast3", "Seoul, South Korea", "KR", KR),
  gcp("asia-south1", "Mumbai, India", "IN-WE", `${IN_WE}; GSF agrees`),
  gcp("asia-south2", "Delhi, India", "IN-NO", `${IN_NO}; GSF agrees`),
  gcp("asia-southeast1", "Jurong West, Singapore", "SG", SG),
  gcp("asia-southeast2", "Jakarta, Indonesia", "ID", ID),
  gcp("australia-southeast1", "Sydney, New South Wales, Australia", "AU-NSW", AU_NSW),
  gcp("australia-southeast2", "Melbourne, Victoria, Australia", "AU-VIC", AU_VIC),
  gcp("me-west1", "Tel Aviv, Israel", "IL", IL),
  gcp("me-central1", "Doha, Qatar", "QA", QA, {
    note: "GSF lists AE for this region, but Doha is in Qatar, which Electricity Maps covers as QA.",
  }),
  gcp(
    "me-central2",
    "Dammam, Saudi Arabia",
    "SA",
    "Saudi Arabia is one Electricity Maps zone → SA; GSF agrees",
  ),
  gcp("africa-south1", "Johannesburg, South Africa", "ZA", `${ZA}; GSF agrees`),

  // ---------------------------------------------------------------- Azure (public cloud)
  azure(
    "eastus",
    "Virginia, USA",
    "US-MIDA-PJM",
    "Virginia (Dominion zone) is in the PJM Interconnection → US-MIDA-PJM; GSF agrees",
  ),
  azure(
    "eastus2",
    "Virginia, USA",
    "US-MIDA-PJM",
    "Virginia (Dominion zone) is in the PJM Interconnection → US-MIDA-PJM; GSF agrees",
  ),
  azure("centralus", "Iowa, USA", "US-MIDW-MISO", MISO_IA),
  azure(
    "northcentralus",
    "Illinois, USA (Chicago area)",
    "US-MIDA-PJM",
    "Northern Illinois (ComEd zone) is in the PJM Interconnection → US-MIDA-PJM",
    {
      note: "Uncertain: GSF lists US-MIDW-MISO. Central and southern Illinois (Ameren) are in MISO, but the Chicago area where Microsoft's North Central US data centres are is ComEd territory, in PJM.",
    },
  ),
  azure("southcentralus", "Texas, USA (San Antonio)", "US-TEX-ERCO", ERCOT),
  azure(
    "westcentralus",
    "Wyoming, USA (Cheyenne)",
    "US-NW-WACM",
    "Cheyenne lies in the Western Area Power Administration Rocky Mountain balancing area → US-NW-WACM",
    {
      note: "Uncertain: Microsoft names only 'Wyoming'; GSF gives the WattTime region WACM but no Electricity Maps zone. A site elsewhere in Wyoming could be PacifiCorp East (US-NW-PACE).",
    },
  ),
  azure("westus", "California, USA (San Francisco Bay Area)", "US-CAL-CISO", CAISO, {
    note: "Microsoft names only 'California'; CAISO assumed. GSF lists US-NW-BPAT for 'West US' labelled Washington, which appears to confuse it with West US 2.",
  }),
  azure(
    "westus2",
    "Washington, USA (Quincy)",
    "US-NW-GCPD",
    "Quincy, Washington is served by Grant County PUD, its own balancing authority → US-NW-GCPD",
    {
      note: "Uncertain: Microsoft names only 'Washington'. Quincy (Grant County PUD) assumed; other published mappings use US-NW-BPAT or US-NW-PACW.",
    },
  ),
  azure(
    "westus3",
    "Phoenix, Arizona, USA",
    "US-SW-AZPS",
    "West Phoenix metro (Goodyear/El Mirage) is Arizona Public Service territory → US-SW-AZPS; GSF gives the WattTime region AZPS",
    {
      note: "Uncertain: the Phoenix metro is split between APS (US-SW-AZPS) and Salt River Project (US-SW-SRP).",
    },
  ),
  azure("canadacentral", "Toronto, Ontario, Canada", "CA-ON", ON),
  azure("canadaeast", "Québec City, Québec, Canada", "CA-QC", QC),
  azure("brazilsouth", "São Paulo State, Brazil", "BR-CS", BR),
  azure("brazilsoutheast", "Rio de Janeiro, Brazil", "BR-CS", BR, { note: RESTRICTED }),
  azure("mexicocentral", "Querétaro State, Mexico", "MX", MX),
  azure("chilecentral", "Santiago, Chile", "CL-SEN", CL),
  azure("northeurope", "Ireland (Dublin)", "IE", `${IE}; GSF agrees`),
  azure("westeurope", "Netherlands (Amsterdam area)", "NL", `${NL}; GSF agrees`),
  azure("uksouth", "London, UK", "GB", GB),
  azure("ukwest", "Cardiff, UK", "GB", GB),
  azure("francecentral", "Paris, France", "FR", FR),
  azure("francesouth", "Marseille, France", "FR", FR, { note: RESTRICTED }),
  azure("germanywestcentral", "Frankfurt, Germany", "DE", DE),
  azure("germanynorth", "Berlin, Germany", "DE", DE, { note: RESTRICTED }),
  azure(
    "swedencentral",
    "Gävle and Sandviken, Sweden",
    "SE-SE3",
    "Gävle and Sandviken lie in Swedish bidding zone SE3 → SE-SE3",
    {
      note: "Gävleborg county is split between SE2 and SE3; Gävle and Sandviken are on the SE3 side. GSF uses the national zone SE.",
    },
  ),
  azure("swedensouth", "Malmö, Sweden", "SE-SE4", "Skåne lies in Swedish bidding zone SE4 → SE-SE4", {
    note: RESTRICTED,
  }),
  azure("norwayeast", "Oslo, Norway", "NO-NO1", "Oslo lies in Norwegian bidding zone NO1 → NO-NO1"),
  azure(
    "norwaywest",
    "Stavanger, Norway",
    "NO-NO2",
    "Stavanger lies in Norwegian bidding zone NO2 → NO-NO2",
    { note: RESTRICTED },
  ),
  azure("switzerlandnorth", "Zurich, Switzerland", "CH", CH),
  azure("switzerlandwest", "Geneva, Switzerland", "CH", CH, { note: RESTRICTED }),
  azure("polandcentral", "Warsaw, Poland", "PL", `${PL}; GSF agrees`),
  azure("italynorth", "Milan, Italy", "IT-NO", `${IT_NO}; GSF agrees`),
  azure("spaincentral", "Madrid, Spain", "ES", `${ES}; GSF agrees`),
  azure("austriaeast", "Vienna, Austria", "AT", `${AT}; GSF agrees`),
  azure("belgiumcentral", "Brussels, Belgium", "BE", BE),
  azure("eastasia", "Hong Kong", "HK", HK),
  azure("southeastasia", "Singapore", "SG", `${SG}; GSF agrees`),
  azure("japaneast", "Tokyo, Saitama, Japan", "JP-TK", JP_TK),
  azure("japanwest", "Osaka, Japan", "JP-KN", JP_KN),
  azure("koreacentral", "Seoul, South Korea", "KR", KR),
  azure("koreasouth", "Busan, South Korea", "KR", KR),
  azure("centralindia", "Pune, India", "IN-WE", IN_WE),
  azure("southindia", "Chennai, India", "IN-SO", IN_SO),
  azure("westindia", "Mumbai, India", "IN-WE", IN_WE),
  azure("jioindiawest", "Jamnagar, India", "IN-WE", IN_WE, {
    note: "Access-restricted region (Jio partnership).",
  }),
  azure("jioindiacentral", "Nagpur, India", "IN-WE", IN_WE, {
    note: "Access-restricted region (Jio partnership). Nagpur (Maharashtra) is in the Western regional grid despite the region's name.",
  }),
  azure("australiaeast", "New South Wales, Australia", "AU-NSW", `${AU_NSW}; GSF agrees`),
  azure("australiasoutheast", "Victoria, Australia", "AU-VIC", `${AU_VIC}; GSF agrees`),
  azure("australiacentral", "Canberra, Australia", "AU-NSW", AU_NSW, {
    note: "Access by arrangement (government-focused region).",
  }),
  azure("australiacentral2", "Canberra, Australia", "AU-NSW", AU_NSW, { note: RESTRICTED }),
  azure("newzealandnorth", "Auckland, New Zealand", "NZ", `${NZ}; GSF agrees`),
  azure("indonesiacentral", "Jakarta, Indonesia", "ID", ID),
  azure("malaysiawest", "Kuala Lumpur, Malaysia", "MY-WM", "Peninsular Malaysia grid (TNB) → MY-WM"),
  azure("uaenorth", "Dubai, United Arab Emirates", "AE", AE),
  azure("uaecentral", "Abu Dhabi, United Arab Emirates", "AE", AE, { note: RESTRICTED }),
  azure("qatarcentral", "Doha, Qatar", "QA", QA),
  azure("israelcentral", "Israel", "IL", IL),
  azure("southafricanorth", "Johannesburg, South Africa", "ZA", ZA),
  azure("southafricawest", "Cape Town, South Africa", "ZA", ZA, { note: RESTRICTED }),
];
