import { describe, expect, it } from 'vitest';
import { MAX_WORKERS, MIN_SHARE, splitShares, workerCount } from './shares';

const records = (n: number) => Array.from({ length: n }, (_, i) => ({ line: i + 1, value: { id: `o${i}` } }));

describe('splitting a batch across workers', () => {
  it('takes one worker per core, each with at least MIN_SHARE orders', () => {
    expect(workerCount(2400, 8)).toBe(1);
    expect(workerCount(MIN_SHARE * 2, 8)).toBe(2);
    expect(workerCount(100_000, 2)).toBe(2);
    expect(workerCount(10_000_000, 64)).toBe(MAX_WORKERS);
    expect(workerCount(0, 4)).toBe(1);
  });

  it('hands records over in consecutive slices, in order, with their place in the data set', () => {
    const shares = splitShares({ kind: 'records', records: records(10) }, 3, 100);
    expect(shares.map((s) => [s.offset, s.count])).toEqual([
      [0, 3],
      [3, 3],
      [6, 4],
    ]);
    expect(shares.flatMap((s) => (s.source.kind === 'records' ? s.source.records : [])).map((r) => r.line)).toEqual(
      [...Array(10).keys()].map((i) => i + 1),
    );
  });

  it('splits a stored data set at page boundaries, the last page short', () => {
    const shares = splitShares({ kind: 'stored', datasetId: 'ds', size: 10_250 }, 2, 2500);
    expect(shares).toEqual([
      { source: { kind: 'pages', datasetId: 'ds', fromPage: 0, toPage: 2, count: 5000 }, offset: 0, count: 5000 },
      { source: { kind: 'pages', datasetId: 'ds', fromPage: 2, toPage: 5, count: 5250 }, offset: 5000, count: 5250 },
    ]);
  });

  it('never makes an empty share, and one share for an empty data set', () => {
    expect(splitShares({ kind: 'stored', datasetId: 'ds', size: 100 }, 4, 2500)).toHaveLength(1);
    expect(splitShares({ kind: 'records', records: [] }, 4, 2500)).toEqual([
      { source: { kind: 'records', records: [] }, offset: 0, count: 0 },
    ]);
  });
});
