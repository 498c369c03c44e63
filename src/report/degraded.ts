/**
 * When the hourly figures are weaker than asked: a provider gave nothing, or hours were priced
 * with the annual average because the data lacked them. Choosing the average outright
 * (intensity-source average) is a choice, not a fallback, and is not counted here.
 */
import type { Report } from "./schema.js";

type IntensityInfo = Omit<Report["intensity"], "degraded">;

export function degradedReasons(intensity: IntensityInfo): string[] {
  const reasons: string[] = [];
  for (const a of intensity.attempts) {
    if (a.failure !== undefined) reasons.push(`${a.title} gave no figures (${a.failure})`);
  }
  if (intensity.requested === "average") return reasons;
  const c = intensity.coverage;
  if (intensity.provider === "average") {
    reasons.push(
      `no hourly intensity data: every hour priced with the annual average${intensity.fallback ? ` (${intensity.fallback.gPerKwh.toFixed(0)} gCO2e/kWh)` : ""}`,
    );
  } else if (c.hoursWithFallback > 0) {
    reasons.push(
      `${c.hoursWithFallback} of ${c.hoursWithEnergy} hour(s) priced in whole or part with the annual average (${((1 - c.energyShare) * 100).toFixed(1)}% of the energy)`,
    );
  }
  return reasons;
}
