import { EXIT, type CliIo } from '../io/cli-error';
import { formatChannelProblem, readChannelOrders, readRelated, resolveChannel } from '../io/channel-input';

export interface NormalizeArgs {
  readonly payloadPath: string;
  /** A built-in channel name or a mapping file. */
  readonly channel: string;
  /** `name=file` pairs: payloads that complete the orders (Amazon getOrderItems). */
  readonly related: readonly string[];
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * `orderflow normalize --channel <name|mapping.json> <payload.json|payloads.jsonl>`: canonical orders
 * as JSON Lines on stdout; problems and warnings on stderr with the file, record and payload path; a
 * summary line last. Exit 0 when every record became an order, 1 when any was refused.
 */
export async function normalizeCommand(io: CliIo, args: NormalizeArgs): Promise<number> {
  const choice = await resolveChannel(io.cwd, args.channel);
  const related = await readRelated(io.cwd, choice, args.related, args.payloadPath);
  let records = 0;
  let refused = 0;
  let warnings = 0;
  for await (const record of readChannelOrders(io.cwd, args.payloadPath, choice, related)) {
    records++;
    const { result } = record;
    if (result.ok) io.stdout.write(`${JSON.stringify(result.order)}\n`);
    else {
      refused++;
      for (const problem of result.problems)
        io.stderr.write(`${formatChannelProblem(args.payloadPath, record, problem)}\n`);
    }
    for (const warning of result.warnings)
      io.stderr.write(`${formatChannelProblem(args.payloadPath, record, warning, 'warning')}\n`);
    warnings += result.warnings.length;
  }
  io.stderr.write(
    `${plural(records, 'order')}, ${refused} refused${warnings > 0 ? `, ${plural(warnings, 'warning')}` : ''}\n`,
  );
  return refused > 0 ? EXIT.problems : EXIT.ok;
}
