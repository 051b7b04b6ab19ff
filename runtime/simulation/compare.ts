/** Comparing runs: one order (`compareResults`) or a whole data set run by two versions (`compareRuns`). */
export type { FieldValue } from './outcome-fields';
export { outcomeFields } from './outcome-fields';
export { compareResults, type FieldDiff } from './field-diff';
export {
  compareRuns,
  createComparison,
  addPair,
  mergeComparison,
  averagePromiseDays,
  DIFFERENCE_LIMIT,
  type RunsComparison,
  type SideFigures,
  type OrderDifference,
} from './compare-runs';
