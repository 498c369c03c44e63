/**
 * The one list of settings. The action's inputs (action.yml) and the CLI's flags are both this
 * list: `intensity-file` is the input and `--intensity-file` the flag. A test keeps action.yml in
 * step with it.
 */

export interface OptionSpec {
  name: string;
  description: string;
  /** Shown in --help and action.yml; undefined when the option is unset by default. */
  default?: string;
  /** Repeatable flag / multi-line input. */
  multiple?: boolean;
  /** A boolean flag (`--x`), input "true"/"false". */
  boolean?: boolean;
  /** The CLI's default where it differs from the action's (null: unset on the CLI). */
  cliDefault?: string | null;
  /**
   * An input about GitHub itself (token, comment, artifacts). The CLI lists it too, so flags and
   * inputs stay one list, but refuses it with a message: the CLI never talks to GitHub.
   */
  actionOnly?: boolean;
}

export const OPTIONS: readonly OptionSpec[] = [
  {
    name: "mode",
    description:
      "report: read the traces, write the report, compare with the base branch and comment. aggregate: merge the report.json files of a matrix (reports, or this run's artifacts named <report-artifact>-*) into one report and comment. comment: in a workflow_run workflow, take the report artifact of the triggering run and comment on its pull request (the fork-safe pair).",
    default: "report",
  },
  {
    name: "traces",
    description:
      "Power trace files or glob patterns (repeat the flag, or one per line in the input). Formats are recognised from content. Needed in mode report.",
    multiple: true,
  },
  {
    name: "reports",
    description:
      "mode aggregate: report.json files or glob patterns to merge (e.g. after actions/download-artifact). Unset: this run's artifacts whose name starts with <report-artifact>-.",
    multiple: true,
  },
  {
    name: "format",
    description:
      "Trace format: auto (recognise each file from its content) or one of nvidia-smi-csv, nvidia-smi-dmon, dcgm, codecarbon, rapl-energy-uj, intel-power-gadget, wandb-system, csv, jsonl.",
    default: "auto",
  },
  {
    name: "nvidia-smi-query",
    description:
      "For nvidia-smi CSV written with noheader: the --query-gpu field list in order, e.g. timestamp,index,power.draw.",
  },
  {
    name: "time-column",
    description: "Generic CSV / JSON Lines traces: the time column (default: recognised from the header).",
  },
  {
    name: "power-columns",
    description:
      "Generic CSV / JSON Lines traces: comma-separated power columns, one per device or node (default: recognised from the header).",
  },
  {
    name: "energy-columns",
    description:
      "Generic CSV / JSON Lines traces: comma-separated energy columns (cumulative counters or per-row energy).",
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
    name: "energy-kind",
    description:
      "Energy columns: cumulative (counters), per-row (energy since the previous row), or auto (from names and values).",
    default: "auto",
  },
  {
    name: "run-start",
    description:
      "When training started (ISO 8601 date-time), for logs without wall-clock time (Hugging Face trainer_state.json, Lightning metrics.csv, Intel Power Gadget).",
  },
  {
    name: "devices",
    description:
      "Number of accelerators, to estimate energy from a training log when no power trace exists (default: as the log states).",
  },
  {
    name: "device-model",
    description:
      "Accelerator model for estimated energy (H100-SXM, A100-SXM4-80GB, L4, MI300X, TPU-v4, ...).",
  },
  {
    name: "device-watts",
    description:
      "Board power of one accelerator in W, for estimated energy when the model is not in gridprint's table.",
  },
  {
    name: "utilization",
    description: "Share of board power drawn on average, for estimated energy (0 to 1).",
    default: "0.8",
  },
  {
    name: "zone",
    description:
      "Where the job ran: an Electricity Maps zone id (GB, DE, FR, US-CAL-CISO, ...) or a cloud region (aws:us-east-1, gcp:europe-west4, azure:westeurope).",
  },
  {
    name: "intensity-source",
    description:
      "Where hourly grid intensity comes from: auto (the file if given; else Electricity Maps with a token, WattTime with credentials, or the key-free API serving the zone; else the annual average), file, electricity-maps, watttime, uk, energy-charts, energi-data-service, or average.",
    default: "auto",
  },
  {
    name: "electricity-maps-token",
    description: "Electricity Maps API token (auth-token). Masked in logs; never written to the report.",
  },
  {
    name: "watttime-username",
    description: "WattTime account name, for marginal (MOER) figures.",
  },
  {
    name: "watttime-password",
    description: "WattTime password. Masked in logs; never written to the report.",
  },
  {
    name: "watttime-region",
    description: "WattTime region (e.g. CAISO_NORTH); default: mapped from the zone.",
  },
  {
    name: "uk-region",
    description: "UK Carbon Intensity API region: a region id 1-17 or a postcode; default: national.",
  },
  {
    name: "intensity-api-url",
    description: "Base URL replacing the intensity provider's own (a proxy or mirror).",
  },
  {
    name: "intensity-file",
    description:
      "Grid intensity file: an Electricity Maps CSV export or a CSV with a time column and a gCO2e/kWh (or kg/kWh, lbs/MWh) column.",
  },
  {
    name: "intensity-unit",
    description:
      "Unit of the intensity file's value column when its header names none (g/kWh, kg/kWh, lbs/MWh).",
  },
  {
    name: "emission-factor",
    description: "lifecycle (default; includes building and fuel supply) or direct (combustion only).",
    default: "lifecycle",
  },
  {
    name: "timezone",
    description:
      "IANA time zone of timestamps that carry no UTC offset (e.g. Europe/London). Unset: UTC, with a warning in the report when such timestamps are read.",
  },
  {
    name: "gap-limit",
    description:
      "Longest interval in seconds bridged between two samples of a device; auto = max(60 s, 5 x the device's median interval).",
    default: "auto",
  },
  {
    name: "what-if-window",
    description:
      "What-if in hindsight: hours either side of the real start in which other start times are tried (only where intensity data exists); 0 turns it off.",
    default: "12",
  },
  {
    name: "compare-zones",
    description:
      "What-if: other zones (or cloud regions), comma-separated, in which the same run is priced, e.g. FR,SE,aws:eu-north-1.",
  },
  {
    name: "next-run",
    description:
      "Ask the intensity provider for its forecast and name the cleanest start in the next 24 h for a run like this one (true or false; only providers with forecasts).",
    default: "true",
  },
  {
    name: "training-type",
    description:
      "For the Hugging Face model-card block (co2_eq_emissions.training_type): pre-training or fine-tuning.",
  },
  {
    name: "baseline",
    description:
      "What to compare with: auto (on a pull request, the report artifact of the latest successful push run of this workflow on the base branch), none, or the path of a report.json.",
    default: "auto",
    cliDefault: "none",
  },
  { name: "budget-g", description: "Fail when the run emits more than this many gCO2e." },
  { name: "budget-kwh", description: "Fail when the run uses more than this many kWh." },
  {
    name: "max-increase-percent",
    description:
      "Fail when energy (or, with increase-of emissions, emissions) rises more than this percentage over the baseline.",
  },
  {
    name: "increase-of",
    description:
      "What max-increase-percent limits: energy (what the change controls) or emissions (energy and grid luck together).",
    default: "energy",
  },
  {
    name: "on-degraded",
    description:
      "When the hourly intensity fell back to the annual average (a provider failed, or hours were missing): warn, or fail the step.",
    default: "warn",
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
  {
    name: "github-token",
    description:
      "Token for the comment and the artifact lookups; needs pull-requests: write and actions: read.",
    // A workflow expression, evaluated by the runner: not a template string.
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the literal text belongs in action.yml
    default: "${{ github.token }}",
    cliDefault: null,
    actionOnly: true,
  },
  {
    name: "comment",
    description:
      "Post the report as one pull-request comment, updated in place on later runs (pull requests only).",
    default: "true",
    cliDefault: null,
    actionOnly: true,
  },
  {
    name: "comment-key",
    description: "Tells apart the comments of several gridprint steps on one pull request.",
    default: "default",
    cliDefault: null,
    actionOnly: true,
  },
  {
    name: "report-artifact",
    description:
      "Name of the artifact that holds report.json: looked up on the base branch (baseline auto) and on the triggering run (mode comment); <name>-* are merged in mode aggregate.",
    default: "gridprint-report",
    cliDefault: null,
    actionOnly: true,
  },
];
