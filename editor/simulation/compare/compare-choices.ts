/**
 * The versions the current flow can be compared with, in the order offered: the one the host gives
 * (e.g. live in production), the flow's saved versions, then the flow as last saved.
 */
import type { Flow } from '../../../runtime/index';
import type { VersionRow } from '../../db/db';

export interface CompareChoice {
  readonly key: string;
  readonly label: string;
  readonly flow: Flow;
}

export interface ChoiceWords {
  readonly provided: (label: string) => string;
  readonly version: (row: VersionRow) => string;
  readonly saved: string;
}

export function compareChoices(
  provided: { readonly flow: Flow; readonly label?: string } | undefined,
  versions: readonly VersionRow[],
  savedFlow: Flow | undefined,
  words: ChoiceWords,
): CompareChoice[] {
  return [
    ...(provided
      ? [{ key: 'prop', label: words.provided(provided.label ?? provided.flow.name), flow: provided.flow }]
      : []),
    ...versions.map((v) => ({ key: `v${v.seq}`, label: words.version(v), flow: v.document })),
    ...(savedFlow ? [{ key: 'saved', label: words.saved, flow: savedFlow }] : []),
  ];
}

/** The choice picked, or the first one while none is (or the picked one is gone). */
export function pickedChoice(choices: readonly CompareChoice[], picked: string | null): CompareChoice | undefined {
  return choices.find((c) => c.key === picked) ?? choices[0];
}
