import { describeMoney } from '../conversions/money';
import { isRecord, scalarText } from '../json/values';
import type { CompiledField, CompiledMapping } from './compiled';
import type { EvalEnv } from './evaluate-field';
import { problem, readValue, warn, type Report } from './report';
import { expectedAt, resolve, type Located, type Scope } from './scope';
import { holds } from './when';
import { SCHEMA_DEFAULTS } from './schema-defaults';

export interface LineInput {
  id: string;
  sku: string;
  name: string;
  category: string;
  quantity: number;
  unitPrice: { amount: number; currency: string };
  weightGrams?: number;
}

/** The payload's line rows: elements of the first `from` path that has any; rows matching `skip` left out. */
function rowsOf(mapping: CompiledMapping, scope: Scope, report: Report): Located[] {
  for (const path of mapping.lines.from) {
    const rows: Located[] = [];
    for (const hit of resolve(path, scope)) {
      if (Array.isArray(hit.value))
        hit.value.forEach((value, i) => rows.push({ value, doc: hit.doc, path: [...hit.path, i] }));
      else if (hit.value !== null) rows.push(hit); // one row written as an object instead of a list
    }
    if (rows.length === 0) continue;
    const kept: Located[] = [];
    for (const row of rows) {
      if (!isRecord(row.value))
        problem(
          report,
          expectedAt(path, scope),
          `lines: expected line rows (objects), got ${scalarText(row.value) ?? 'a list'}`,
          'lines',
        );
      else if (!mapping.lines.skip.some((when) => holds(when, { ...scope, record: row }))) kept.push(row);
    }
    return kept;
  }
  return [];
}

/** `lines[3].sku` and its kin, made once for the first lines: the report keys what it learns by them. */
const LINE_LABELS: Record<string, string>[] = [];
const LABELLED_LINES = 1000;
function lineLabel(at: number, key: string): string {
  if (at >= LABELLED_LINES) return `lines[${at}].${key}`;
  const labels = (LINE_LABELS[at] ??= {});
  return (labels[key] ??= `lines[${at}].${key}`);
}

function readLine(
  fields: Readonly<Record<string, CompiledField>>,
  scope: Scope,
  env: EvalEnv,
  report: Report,
  at: number,
  unitsPerRow: boolean,
): LineInput | undefined {
  // No closure per line (tsx names each one it creates): the reads are written out.
  const id = readValue(report, fields.id, scope, env, lineLabel(at, 'id'), true) as string | undefined;
  const sku = readValue(report, fields.sku, scope, env, lineLabel(at, 'sku'), true) as string | undefined;
  const name = readValue(report, fields.name, scope, env, lineLabel(at, 'name'), false) as string | undefined;
  const category = readValue(report, fields.category, scope, env, lineLabel(at, 'category'), false) as
    string | undefined;
  const quantity = unitsPerRow
    ? 1
    : (readValue(report, fields.quantity, scope, env, lineLabel(at, 'quantity'), true) as number | undefined);
  const amount = readValue(report, fields.unitPrice, scope, env, lineLabel(at, 'unitPrice'), true) as
    number | undefined;
  const weightGrams = readValue(report, fields.weightGrams, scope, env, lineLabel(at, 'weightGrams'), false) as
    number | undefined;
  if (id === undefined || sku === undefined || quantity === undefined || amount === undefined || !env.currency)
    return undefined;
  return {
    id,
    sku,
    // The schema's defaults written in, keys in its order: the order check keeps the line as built.
    name: name ?? SCHEMA_DEFAULTS.line.name,
    category: category ?? SCHEMA_DEFAULTS.line.category,
    quantity,
    unitPrice: { amount, currency: env.currency },
    ...(weightGrams !== undefined ? { weightGrams } : {}),
  };
}

/** One row per unit (TikTok) becomes one line with a quantity; rows that differ in price stay apart. */
function group(lines: readonly { line: LineInput; key: string | undefined }[]): LineInput[] {
  const byKey = new Map<string, LineInput>();
  const out: LineInput[] = [];
  for (const { line, key } of lines) {
    const id = key === undefined ? undefined : `${key}\u0000${line.sku}\u0000${line.unitPrice.amount}`;
    const same = id === undefined ? undefined : byKey.get(id);
    if (same) same.quantity += line.quantity;
    else {
      const copy = { ...line };
      if (id !== undefined) byKey.set(id, copy);
      out.push(copy);
    }
  }
  return out;
}

/** The order's lines from the payload rows, or the mapping's declared stand-in line when there are none. */
export function buildLines(mapping: CompiledMapping, scope: Scope, env: EvalEnv, report: Report): LineInput[] {
  const rows = rowsOf(mapping, scope, report);
  const { groupBy, whenMissing, fields } = mapping.lines;
  if (rows.length === 0) {
    const at = expectedAt(mapping.lines.from[0], scope);
    if (!whenMissing) {
      problem(report, at, `lines: the payload has no line items at ${at} (an order needs at least one)`, 'lines');
      return [];
    }
    // The stand-in is read into a scratch report: if it cannot be built, one problem says why.
    const scratch = { ...report, problems: [] as typeof report.problems };
    const line = readLine(whenMissing.fields, scope, env, scratch, 0, false);
    const first = scratch.problems[0];
    if (!line || first) {
      problem(
        report,
        first?.path ?? at,
        `lines: no line items at ${at}, and the stand-in line cannot be built (${first?.message ?? 'a field is missing'}). ${whenMissing.reason}`,
        'lines',
      );
      return [];
    }
    report.defaulted.add('lines');
    warn(
      report,
      at,
      `lines: no line items; one stand-in line holds ${describeMoney(line.unitPrice.amount, line.unitPrice.currency)}. ${whenMissing.reason}`,
      'lines',
    );
    return [line];
  }
  const lines: { line: LineInput; key: string | undefined }[] = [];
  rows.forEach((row, i) => {
    const rowScope: Scope = { ...scope, record: row };
    const line = readLine(fields, rowScope, env, report, i, !fields.quantity);
    const keyHit = groupBy ? resolve(groupBy, rowScope)[0] : undefined;
    if (line) lines.push({ line, key: keyHit ? (scalarText(keyHit.value) ?? undefined) : undefined });
  });
  return groupBy ? group(lines) : lines.map((l) => l.line);
}
