import { describe, expect, it } from 'vitest';
import type { Flow } from '../../../runtime/index';
import type { VersionRow } from '../../db/db';
import { compareChoices, pickedChoice, type ChoiceWords } from './compare-choices';

const flow = (name: string) => ({ id: 'f', name }) as unknown as Flow;
const version = (seq: number, label: string): VersionRow => ({
  seq,
  flowId: 'f',
  label,
  createdAt: '2026-12-01T10:00:00Z',
  document: flow(label),
});
const words: ChoiceWords = {
  provided: (label) => `provided ${label}`,
  version: (v) => `version ${v.label}`,
  saved: 'as saved',
};

describe('compareChoices', () => {
  it('offers the host’s version first, then the saved versions, then the flow as saved', () => {
    const choices = compareChoices(
      { flow: flow('live'), label: 'production' },
      [version(3, 'v3'), version(1, 'v1')],
      flow('saved'),
      words,
    );
    expect(choices.map((c) => [c.key, c.label, c.flow.name])).toEqual([
      ['prop', 'provided production', 'live'],
      ['v3', 'version v3', 'v3'],
      ['v1', 'version v1', 'v1'],
      ['saved', 'as saved', 'saved'],
    ]);
  });

  it('labels the host’s version with its flow name when the host gives no label', () => {
    expect(compareChoices({ flow: flow('live') }, [], undefined, words).map((c) => c.label)).toEqual(['provided live']);
  });

  it('offers nothing for a flow never saved and no host version', () => {
    expect(compareChoices(undefined, [], undefined, words)).toEqual([]);
  });
});

describe('pickedChoice', () => {
  const choices = compareChoices(undefined, [version(2, 'v2'), version(1, 'v1')], undefined, words);
  it('is the picked one, or the first while none is picked or the picked one is gone', () => {
    expect(pickedChoice(choices, 'v1')?.label).toBe('version v1');
    expect(pickedChoice(choices, null)?.key).toBe('v2');
    expect(pickedChoice(choices, 'v9')?.key).toBe('v2');
    expect(pickedChoice([], null)).toBeUndefined();
  });
});
