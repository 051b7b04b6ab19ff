/**
 * Demand classes of Syntetos, Boylan & Croston (2005): how often demand comes (ADI, the average
 * interval between non-zero periods) and how much its size varies (CV², squared coefficient of
 * variation of the non-zero sizes). The cut-offs 1.32 and 0.49 are where Croston-type methods start
 * to beat simple exponential smoothing in their study.
 */
export type DemandClass = 'smooth' | 'erratic' | 'intermittent' | 'lumpy';

export const ADI_CUTOFF = 1.32;
export const CV2_CUTOFF = 0.49;

export interface Classification {
  readonly demandClass: DemandClass;
  /** Periods per non-zero period; Infinity when nothing sold. */
  readonly adi: number;
  readonly cv2: number;
  readonly nonZero: number;
}

export function classify(values: readonly number[]): Classification {
  const sizes = values.filter((v) => v > 0);
  const adi = sizes.length === 0 ? Infinity : values.length / sizes.length;
  const mean = sizes.reduce((a, b) => a + b, 0) / Math.max(1, sizes.length);
  const variance = sizes.length < 2 ? 0 : sizes.reduce((a, v) => a + (v - mean) ** 2, 0) / sizes.length;
  const cv2 = mean === 0 ? 0 : variance / mean ** 2;
  const frequent = adi < ADI_CUTOFF;
  const steady = cv2 < CV2_CUTOFF;
  const demandClass: DemandClass = frequent ? (steady ? 'smooth' : 'erratic') : steady ? 'intermittent' : 'lumpy';
  return { demandClass, adi, cv2, nonZero: sizes.length };
}
