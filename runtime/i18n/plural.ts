const ENGLISH = new Intl.PluralRules('en');

/** "1 day", "3 days": a count and the English noun in the form Intl.PluralRules picks (Chinese has none to pick). */
export function countEn(count: number, one: string, other: string): string {
  return `${count} ${ENGLISH.select(count) === 'one' ? one : other}`;
}
