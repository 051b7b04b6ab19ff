const ENGLISH = new Intl.PluralRules('en');

/**
 * Whether each small whole count takes the "one" form, asked of Intl.PluralRules once: `select` costs a few
 * hundred ns, and route explanations count days for every candidate of every order (7% of a run).
 */
const SMALL_COUNTS = 128;
const IS_ONE: readonly boolean[] = Array.from({ length: SMALL_COUNTS }, (_, n) => ENGLISH.select(n) === 'one');

/** "1 day", "3 days": a count and the English noun in the form Intl.PluralRules picks (Chinese has none to pick). */
export function countEn(count: number, one: string, other: string): string {
  const isOne =
    Number.isInteger(count) && count >= 0 && count < SMALL_COUNTS ? IS_ONE[count] : ENGLISH.select(count) === 'one';
  return `${count} ${isOne ? one : other}`;
}
