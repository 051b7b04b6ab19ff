import fc from 'fast-check';
import { LosslessNumber, parse, stringify } from 'lossless-json';
import { describe, expect, it } from 'vitest';
import { parsePayload } from '../json/parse-payload';
import { FIXTURE_CASES, loadCase } from '../node/fixtures';
import { builtInMapping } from '../registry';
import { garbage, mutate, mutation } from '../testing/mutate-payload';
import type { CompiledField, CompiledMapping } from './compiled';
import { evaluateField, type EvalEnv } from './evaluate-field';
import { SLOW } from './fast-field';
import { findRecords } from './records';
import { resolve, type Scope } from './scope';
import type { CompiledPath } from '../path/path';

/** Every field a mapping reads, with whether it reads a line row (its scope is then each row). */
function fieldsOf(mapping: CompiledMapping): { field: CompiledField; inLine: boolean }[] {
  const order = [
    ...Object.values(mapping.fields),
    ...Object.values(mapping.customer).filter((v): v is CompiledField => typeof v === 'object' && 'sources' in v),
    ...mapping.attributes.map((a) => a.field),
    ...Object.values(mapping.lines.whenMissing?.fields ?? {}),
    ...(mapping.linesSubtotal ? [mapping.linesSubtotal] : []),
  ].map((field) => ({ field, inLine: false }));
  const lines = Object.values(mapping.lines.fields).map((field) => ({ field, inLine: true }));
  return [...order, ...lines];
}

const keysOf = (path: CompiledPath | undefined) =>
  path && path.segments.every((s) => s.kind === 'key') ? path.segments.map((s) => (s as { key: string }).key) : null;

/**
 * The key paths in a record (or row) a field reads: its first source, and its currency and count read in the
 * record or beside the value (`~.`).
 */
function targetsOf(field: CompiledField): string[][] {
  const source = field.sources[0]?.scope === 'record' ? keysOf(field.sources[0]) : null;
  const out = source ? [source] : [];
  for (const side of [field.currencyFrom, field.divideBy]) {
    if (typeof side !== 'object' || 'units' in side) continue;
    const keys = keysOf(side);
    if (keys && side.scope === 'record') out.push(keys);
    if (keys && side.scope === 'sibling' && source) out.push([...source.slice(0, -1), ...keys]);
  }
  return out;
}

/** Puts a value at a key path in the record (where its parents exist): damage aimed at a field. */
function plant(record: unknown, keys: readonly string[], value: unknown): void {
  if (typeof record !== 'object' || record === null) return;
  let at = record as Record<string, unknown> | undefined;
  for (const key of keys.slice(0, -1)) {
    const next = at?.[key];
    if (typeof next !== 'object' || next === null) return;
    at = next as Record<string, unknown>;
  }
  if (at && keys.length > 0) at[keys[keys.length - 1]!] = value;
}

/** Values the field treats specially, which random garbage would seldom hit: its absentWhen, table keys, a 0 count. */
function specialsOf(field: CompiledField): unknown[] {
  // A count of 0 to divide by, which a double or text rarely hits.
  const counts = typeof field.divideBy === 'object' ? ['0', new LosslessNumber('0')] : [];
  return [...field.absentWhen, ...(field.map?.keys() ?? []), ...counts];
}

interface Tally {
  fast: number;
  slow: number;
}

/**
 * The compiled read against the reference evaluator: when it answers (anything but SLOW) the evaluator gives no
 * problem and the same value, unmasked and not defaulted; a problem the evaluator finds is always left to it.
 */
function agree(field: CompiledField, scope: Scope, env: EvalEnv, tally: Tally): void {
  const fast = field.fastRead!(scope, env);
  if (fast === SLOW) {
    tally.slow++;
    return;
  }
  tally.fast++;
  const reference = evaluateField(field, scope, env);
  expect(reference, `${field.label} at ${scope.record.path.join('.')}`).toEqual(
    fast === undefined ? { ok: true } : { ok: true, found: expect.objectContaining({ value: fast }) },
  );
  if (reference.ok && reference.found) {
    expect(reference.found.masked).toBe(false);
    expect(reference.found.defaulted).toBe(false);
  }
}

function checkPayload(mapping: CompiledMapping, text: string, env: EvalEnv, tally: Tally): void {
  const parsed = parsePayload(text);
  if (!parsed.ok) return;
  for (const record of findRecords(mapping.records, parsed.value, '$') ?? []) {
    const scope: Scope = { record, order: record, related: new Map() };
    for (const { field, inLine } of fieldsOf(mapping)) {
      if (!inLine) agree(field, scope, env, tally);
      else
        for (const path of mapping.lines.from)
          for (const row of resolve(path, scope))
            if (Array.isArray(row.value))
              row.value.forEach((value, i) =>
                agree(field, { ...scope, record: { value, doc: row.doc, path: [...row.path, i] } }, env, tally),
              );
    }
  }
}

const currencies = fc.constantFrom(undefined, 'USD', 'JPY', 'KWD', 'CNY', 'EUR');
const CHANNELS = [...new Set(FIXTURE_CASES.map((c) => c.channel))];

describe('a compiled field read gives what the reference evaluator gives', () => {
  it.each(CHANNELS)(
    '%s: on its fixture, damaged at random and at the fields it reads',
    (channel) => {
      const mapping = builtInMapping(channel)!;
      const { payload } = loadCase(FIXTURE_CASES.find((c) => c.channel === channel)!);
      const fields = fieldsOf(mapping);
      const tally: Tally = { fast: 0, slow: 0 };
      fc.assert(
        fc.property(
          fc.array(mutation, { maxLength: 3 }),
          fc.array(fc.record({ field: fc.nat(), target: fc.nat(), value: garbage, special: fc.option(fc.nat()) }), {
            maxLength: 6,
          }),
          currencies,
          fc.boolean(),
          (mutations, aimed, currency, withZone) => {
            const document = mutate(parse(payload), mutations);
            const records = findRecords(mapping.records, document, '$') ?? [];
            for (const record of records)
              for (const { field: i, target, value, special } of aimed) {
                const { field, inLine } = fields[i % fields.length]!;
                const specials = specialsOf(field);
                const targets = targetsOf(field);
                if (targets.length === 0) continue;
                const planted = special !== null && specials.length > 0 ? specials[special % specials.length] : value;
                const scope: Scope = { record, order: record, related: new Map() };
                const rows = inLine
                  ? mapping.lines.from.flatMap((path) =>
                      resolve(path, scope).flatMap((hit) => (Array.isArray(hit.value) ? (hit.value as unknown[]) : [])),
                    )
                  : [record.value];
                for (const row of rows) plant(row, targets[target % targets.length]!, planted);
              }
            const env: EvalEnv = {
              ...(withZone && mapping.zone ? { zone: mapping.zone } : {}),
              ...(currency ? { currency } : {}),
            };
            checkPayload(mapping, stringify(document) ?? 'null', env, tally);
          },
        ),
        { numRuns: Number(process.env.CHANNEL_FUZZ_RUNS ?? 100) },
      );
      // The fast path is really taken (a comparison that never runs proves nothing).
      expect(tally.fast).toBeGreaterThan(tally.slow);
    },
    60_000,
  );
});
