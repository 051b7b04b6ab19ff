/**
 * The lift of promotion days, measured in the series' own history: the mean on promotion days over
 * the mean on other days. Fitting runs on the history with promotion days divided by the lift (so a
 * Double 11 spike does not raise the everyday level), and future promotion days are multiplied back.
 * A lift needs at least 3 promotion days and 14 other days to be measured; it is kept between 1 and 10.
 */
export interface PromoEffect {
  readonly lift: number;
  readonly promoDays: number;
}

const MIN_PROMO_DAYS = 3;
const MIN_OTHER_DAYS = 14;

export function promoEffect(values: readonly number[], promo: readonly boolean[]): PromoEffect | undefined {
  let promoSum = 0;
  let promoDays = 0;
  let otherSum = 0;
  let otherDays = 0;
  values.forEach((v, t) => {
    if (promo[t]) {
      promoSum += v;
      promoDays++;
    } else {
      otherSum += v;
      otherDays++;
    }
  });
  if (promoDays < MIN_PROMO_DAYS || otherDays < MIN_OTHER_DAYS || otherSum === 0) return undefined;
  const lift = Math.min(10, Math.max(1, promoSum / promoDays / (otherSum / otherDays)));
  return { lift, promoDays };
}

/** The history as it would have been without promotions (promotion days divided by the lift). */
export function withoutPromotions(values: readonly number[], promo: readonly boolean[], effect: PromoEffect): number[] {
  return values.map((v, t) => (promo[t] ? v / effect.lift : v));
}
