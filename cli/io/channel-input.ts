/**
 * `--channel <name|mapping.json>`: raw channel payloads in, canonical orders out, for normalize,
 * simulate and run. A `.json` file is one payload (which may hold many orders: Douyin's
 * `shop_order_list`, a BigCommerce list); `.jsonl`/`.ndjson` hold one payload per line. Payload text
 * goes to `normalize` as text, so ids above 2^53 and decimal amounts keep their digits.
 */
import {
  BUILT_IN_CHANNELS,
  loadMapping,
  normalize,
  type ChannelMapping,
  type ChannelProblem,
  type NormalizeResult,
} from '../../channels/index';
import { parseJsonText } from '../../runtime/index';
import { CliError, EXIT } from './cli-error';
import { parseJsonPath } from '../../channels/json/parse-json-path';
import { ordersFormat } from './read-orders';
import { readTextFile, streamTextFile, textLines } from './read-file';

export interface ChannelChoice {
  /** The channel name orders get (`douyin`, or the custom mapping's `channel`). */
  readonly name: string;
  /** What `normalize` takes: a built-in name or a validated mapping document. */
  readonly mapping: string | ChannelMapping;
  /** The related payloads the mapping declares (`--related items=<file>`). */
  readonly related: readonly string[];
}

const builtInNames = () => BUILT_IN_CHANNELS.map((c) => c.channel);

/** `--channel douyin` (a built-in; tmall is served by the taobao mapping) or `--channel my-shop.mapping.json`. */
export async function resolveChannel(cwd: string, value: string): Promise<ChannelChoice> {
  const builtIn = BUILT_IN_CHANNELS.find((c) => c.channel === (value === 'tmall' ? 'taobao' : value));
  if (builtIn) return { name: value, mapping: value, related: builtIn.related };
  if (!/\.json$/i.test(value) && !/[\\/]/.test(value)) {
    throw new CliError(
      `--channel "${value}" is neither a built-in channel (${[...builtInNames(), 'tmall'].join(', ')}) nor a mapping file (*.json); see orderflow channels`,
    );
  }
  const text = await readTextFile(cwd, value, 'channel mapping');
  const syntax = parseJsonText(text);
  if (!syntax.ok)
    throw new CliError(
      `${value}:${syntax.error.line}:${syntax.error.column}: error: ${syntax.error.message} [invalid-mapping]`,
      EXIT.problems,
    );
  const loaded = loadMapping(text);
  if (!loaded.ok) {
    const lines = loaded.problems.map((p) => {
      const segments = parseJsonPath(p.path);
      const line = segments ? syntax.lineOf(segments) : undefined;
      return `${value}${line === undefined ? '' : `:${line}`}: error: ${p.path}: ${p.message} [invalid-mapping]`;
    });
    throw new CliError(`${value} is not a valid channel mapping:\n${lines.join('\n')}`, EXIT.problems);
  }
  return { name: loaded.mapping.channel, mapping: loaded.mapping, related: Object.keys(loaded.mapping.related ?? {}) };
}

/** `--related items=amazon-items.json …` → { items: text }, checked against what the mapping declares. */
export async function readRelated(
  cwd: string,
  choice: ChannelChoice,
  values: readonly string[],
  payloadPath: string,
): Promise<Record<string, string>> {
  const related: Record<string, string> = {};
  if (values.length === 0) return related;
  if (ordersFormat(payloadPath) === 'jsonl') {
    throw new CliError('--related completes one payload: use it with a .json payload file, not JSON Lines');
  }
  const declared = choice.related.length > 0 ? `it takes ${choice.related.join(', ')}` : 'it takes none';
  for (const value of values) {
    const at = value.indexOf('=');
    const name = value.slice(0, at);
    const file = value.slice(at + 1);
    if (at <= 0 || file === '')
      throw new CliError(`--related "${value}": expected name=file, e.g. --related items=order-items.json`);
    if (!choice.related.includes(name))
      throw new CliError(
        `--related "${value}": the ${choice.name} mapping declares no related payload "${name}" (${declared})`,
      );
    if (Object.hasOwn(related, name)) throw new CliError(`--related "${name}" is given twice`);
    Object.defineProperty(related, name, {
      value: await readTextFile(cwd, file, `related ${name}`),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return related;
}

/** One record found in a payload file, with where it is. */
export interface ChannelRecord {
  readonly result: NormalizeResult;
  /** The record's line: in a .json file where the record starts, in JSON Lines its payload's line. */
  readonly line?: number;
  /** The line of a path in this record's payload ($.data.orders[0].pay_amount), when it can be found. */
  readonly lineOf: (path: string) => number | undefined;
}

/** Normalizes a payload file record by record; unreadable payloads come back as refused records, never dropped. */
export async function* readChannelOrders(
  cwd: string,
  path: string,
  choice: ChannelChoice,
  related: Readonly<Record<string, string>> = {},
): AsyncGenerator<ChannelRecord> {
  const options = Object.keys(related).length > 0 ? { related } : {};
  if (ordersFormat(path) === 'json') {
    const text = await readTextFile(cwd, path, 'payload');
    let syntax: ReturnType<typeof parseJsonText> | undefined;
    const lineOf = (at: string) => {
      syntax ??= parseJsonText(text);
      if (!syntax.ok) return syntax.error.line;
      const segments = parseJsonPath(at);
      return segments ? syntax.lineOf(segments) : undefined;
    };
    for (const result of normalize(choice.mapping, text, options)) {
      const line = lineOf(result.recordPath);
      yield { result, ...(line === undefined ? {} : { line }), lineOf };
    }
    return;
  }
  for await (const { line, text: raw } of textLines(streamTextFile(cwd, path, 'payload'), 'payload', path)) {
    const text = raw.trim();
    if (text === '') continue;
    for (const result of normalize(choice.mapping, text, options)) yield { result, line, lineOf: () => line };
  }
}

/** `file:line: record $.orders[2]: acme-shop $.orders[2].state: message` (line when known). */
export function formatChannelProblem(
  file: string,
  record: ChannelRecord,
  problem: ChannelProblem,
  severity: 'error' | 'warning' = 'error',
): string {
  const line = record.lineOf(problem.path) ?? record.line;
  const place = line === undefined ? file : `${file}:${line}`;
  return `${place}: record ${record.result.recordPath}: ${problem.channel} ${problem.path}: ${severity === 'warning' ? 'warning: ' : ''}${problem.message}`;
}

/** A refused record as one rejection reason for the simulation summary. */
export function refusalMessage(problems: readonly ChannelProblem[]): string {
  return problems.map((p) => `${p.channel} ${p.path}: ${p.message}`).join('; ');
}
