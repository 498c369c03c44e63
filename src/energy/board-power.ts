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

export interface BoardPower {
  /** Stable id, e.g. "h100-sxm". */
  id: string;
  /** Name shown in reports, e.g. "NVIDIA H100 SXM". */
  name: string;
  /** Board power in watts; undefined where no public figure exists (the caller must be given one). */
  watts: number | undefined;
  /** Where the figure comes from, and what it covers when that is not just the accelerator board. */
  source: string;
  /** Whether the figure was checked against a source while writing this table. */
  confirmed: boolean;
}

export const BOARD_POWER: readonly BoardPower[] = [
  {
    id: "v100-sxm2",
    name: "NVIDIA V100 SXM2",
    watts: 300,
    source:
      "NVIDIA Tesla V100 datasheet (300 W SXM2, 250 W PCIe); seen in hwupgrade.it and io-tech.fi reports of NVIDIA's V100 PCIe announcement (ISC 2017)",
    confirmed: true,
  },
  {
    id: "v100-pcie",
    name: "NVIDIA V100 PCIe",
    watts: 250,
    source:
      "NVIDIA Tesla V100 PCIe product brief PB-08744-001; seen in hwupgrade.it and io-tech.fi reports of NVIDIA's V100 PCIe announcement (250 W against 300 W for SXM2)",
    confirmed: true,
  },
  {
    id: "a100-sxm-40gb",
    name: "NVIDIA A100 SXM 40GB",
    watts: 400,
    source:
      "NVIDIA A100 datasheet (nvidia-a100-datasheet, max TDP 400 W SXM); seen in glennklockwood.com/garden/processors/A100 citing it",
    confirmed: true,
  },
  {
    id: "a100-sxm-80gb",
    name: "NVIDIA A100 SXM 80GB",
    watts: 400,
    source:
      "NVIDIA A100 datasheet (max TDP 400 W SXM, both memory sizes); seen in glennklockwood.com (80GB part: 'everything else was the same (power, etc)') and thundercompute.com's A100 table",
    confirmed: true,
  },
  {
    id: "a100-pcie-40gb",
    name: "NVIDIA A100 PCIe 40GB",
    watts: 250,
    source:
      "NVIDIA A100 40GB PCIe product brief PB-10137-001; seen in thundercompute.com's A100 table (PCIe 40GB 250 W)",
    confirmed: true,
  },
  {
    id: "a100-pcie-80gb",
    name: "NVIDIA A100 PCIe 80GB",
    watts: 300,
    source:
      "NVIDIA A100 80GB PCIe product brief PB-10577-001 and A100 datasheet (max TDP 300 W PCIe); seen in thundercompute.com's A100 table",
    confirmed: true,
  },
  {
    id: "h100-sxm",
    name: "NVIDIA H100 SXM",
    watts: 700,
    source:
      "NVIDIA H100 datasheet (max TDP up to 700 W, configurable, SXM5); seen in hawkvelt.id.au's H100 SKU notes and gpu.blog's H100 SXM page",
    confirmed: true,
  },
  {
    id: "h100-pcie",
    name: "NVIDIA H100 PCIe",
    watts: 350,
    source:
      "NVIDIA H100 PCIe product brief PB-11133-001_v02 (Nov 2022): 'maximum thermal design power (TDP) level of 350 W'",
    confirmed: true,
  },
  {
    id: "h100-nvl",
    name: "NVIDIA H100 NVL",
    watts: 400,
    source:
      "NVIDIA H100 datasheet (H100 NVL 350–400 W configurable; the top of the range taken); seen in onestopsystems.com's blog (H100 NVL at 400 W) and gpu.blog's H100 NVL page",
    confirmed: true,
  },
  {
    id: "h200-sxm",
    name: "NVIDIA H200 SXM",
    watts: 700,
    source:
      "NVIDIA H200 datasheet (up to 700 W, SXM); seen in openmetal.io (H200 SXM5 700 W TDP) and geektopia.es on the H200 launch",
    confirmed: true,
  },
  {
    id: "h200-nvl",
    name: "NVIDIA H200 NVL",
    watts: 600,
    source:
      "NVIDIA H200 datasheet (up to 600 W, NVL PCIe); seen in onestopsystems.com's blog ('the H200 NVL released in late 2024 at 600W')",
    confirmed: true,
  },
  {
    id: "gh200",
    name: "NVIDIA GH200 Grace Hopper (module)",
    watts: 1000,
    source:
      "NVIDIA GH200 datasheet: the module (Grace CPU + H100/H200 GPU + memory) is configurable from 450 W to 1000 W; the top of the range is taken, so the estimate covers the CPU and memory too, and a module capped lower is overestimated (give --device-watts). 'Up to 1000W' seen in artificial-intelligence-wiki.com's Grace Hopper guide; the 450 W floor was not confirmed",
    confirmed: true,
  },
  {
    id: "b200",
    name: "NVIDIA B200",
    watts: 1000,
    source:
      "NVIDIA HGX B200 (configurable up to 1000 W per GPU; 1200 W only in GB200 systems); seen in glennklockwood.com/garden/processors/B200 and docs.vultr.com's HGX B200 overview (TDP 1000 W)",
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
    source:
      "NVIDIA L40S datasheet (350 W max); seen in grokipedia.com's L4 vs L40S page and huggingface.co/hardware/l40s",
    confirmed: true,
  },
  {
    id: "a10g",
    name: "NVIDIA A10G",
    watts: 150,
    source:
      "not published: the A10G is AWS's variant of the A10, and neither AWS nor NVIDIA publishes its board power; 150 W is the A10's (NVIDIA A10 datasheet), not confirmed for the A10G",
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
    source:
      "AMD Instinct MI250X data sheet (560 W peak, OAM, liquid cooled; 500 W air cooled); seen in meterpreter.org ('the 560W of the preceding CDNA2 architecture's MI250X') and zexron.com",
    confirmed: true,
  },
  {
    id: "mi300x",
    name: "AMD Instinct MI300X",
    watts: 750,
    source:
      "AMD Instinct MI300X data sheet (750 W peak board power, OAM); seen in meterpreter.org and inkl.com reports of AMD's footnote",
    confirmed: true,
  },
  {
    id: "tpu-v4",
    name: "Google TPU v4 (per chip)",
    watts: 192,
    source:
      "Google Cloud TPU v4 documentation (192 W maximum per chip); seen in glennklockwood.com/garden/tpuv4 citing it. Jouppi et al., ISCA 2023 (TPU v4) report a mean near 170 W per chip in production, not confirmed here; the maximum is taken, as for the other rows",
    confirmed: true,
  },
  {
    id: "tpu-v5e",
    name: "Google TPU v5e (per chip)",
    watts: undefined,
    source:
      "no public figure: Google documents TPU v5e throughput and memory (197 TFLOPS bf16, 16 GB HBM) but not per-chip power; give --device-watts",
    confirmed: false,
  },
];

const BY_ID = new Map(BOARD_POWER.map((b) => [b.id, b]));

function entry(id: string): BoardPower {
  const b = BY_ID.get(id);
  if (!b) throw new Error(`board-power table has no ${id}`);
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
export function boardPower(model: string): BoardPower | undefined {
  const lower = model.toLowerCase();
  const tokens = lower.split(/[^a-z0-9]+/).filter((t) => t.length > 0 && !NOISE.has(t));
  const compact = tokens.join("");
  if (compact.length === 0) return undefined;
  const direct = BY_ID.get(tokens.join("-"));
  if (direct) return direct;
  const has = (s: string) => compact.includes(s);
  const token = (t: string) => tokens.includes(t);
  const pcie = has("pcie");

  // Most specific first: GH200 and GB200 contain "h200" and "b200".
  if (has("gh200")) return entry("gh200");
  if (has("gb200")) return undefined; // a Grace + 2 × B200 superchip: not one board
  if (has("h200")) return entry(has("nvl") ? "h200-nvl" : pcie ? "h200-nvl" : "h200-sxm");
  if (has("h100")) return entry(has("nvl") ? "h100-nvl" : pcie ? "h100-pcie" : "h100-sxm");
  if (has("a100")) {
    const size40 = has("40gb") || token("40g") || token("40");
    if (pcie) return entry(size40 ? "a100-pcie-40gb" : "a100-pcie-80gb");
    return entry(size40 ? "a100-sxm-40gb" : "a100-sxm-80gb");
  }
  if (has("v100")) {
    if (has("sxm3")) return undefined; // the 350 W DGX-2 part is not in the table
    return entry(pcie ? "v100-pcie" : "v100-sxm2");
  }
  if (has("b200")) return entry("b200");
  if (has("l40s")) return entry("l40s");
  if (token("l4") || /^l4(?:\d+gb)?$/.test(compact)) return entry("l4");
  if (has("a10g")) return entry("a10g");
  if (token("t4") || compact === "t4" || /^t4\d+gb$/.test(compact)) return entry("t4");
  if (has("mi250x")) return entry("mi250x");
  if (has("mi300x")) return entry("mi300x");
  if (has("tpu") || tokens[0]?.startsWith("v")) {
    if (has("v5e") || has("v5lite") || has("v5litepod")) return entry("tpu-v5e");
    if (has("tpu") && (token("v4") || has("tpuv4"))) return entry("tpu-v4");
  }
  return undefined;
}

/** The models the table knows, for a message naming them. */
export function knownBoardModels(): string {
  return BOARD_POWER.map((b) => b.name).join(", ");
}
