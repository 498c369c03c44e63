/**
 * Head against base: the energy delta (what the change controls) and the emissions delta split
 * into an energy effect (ΔE × base intensity) and a grid effect (head energy × Δintensity), so
 * that grid luck is never blamed on the code. The two effects add up to the emissions delta.
 */

export interface FootprintTotals {
  energyKwh: number;
  emissionsG: number;
}

export interface Comparison {
  base: FootprintTotals & { intensityGPerKwh: number | null };
  energyDeltaKwh: number;
  /** null when the base drew no energy. */
  energyDeltaPercent: number | null;
  emissionsDeltaG: number;
  emissionsDeltaPercent: number | null;
  energyEffectG: number;
  gridEffectG: number;
}

export function compareFootprints(head: FootprintTotals, base: FootprintTotals): Comparison {
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

export function percentChange(value: number, reference: number): number | null {
  return reference > 0 ? ((value - reference) / reference) * 100 : null;
}
