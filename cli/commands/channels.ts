import { BUILT_IN_CHANNELS } from '../../channels/index';
import { EXIT, type CliIo } from '../io/cli-error';
import { formatTable } from '../summary/table';

export interface ChannelInfo {
  readonly channel: string;
  /** The mapping's title (names the API; Chinese channels carry their Chinese name too: "Douyin 抖店 order"). */
  readonly title: string;
  /** From the repository root. */
  readonly mappingFile: string;
  /** Payloads that complete an order: `--related <name>=<file>`. */
  readonly related: readonly string[];
  /** Other names the same mapping serves. */
  readonly aliases: readonly string[];
}

export function channelInfos(): ChannelInfo[] {
  return BUILT_IN_CHANNELS.map((c) => ({
    channel: c.channel,
    title: String((c.document as { title?: unknown }).title ?? c.channel),
    mappingFile: c.mappingFile,
    related: c.related,
    aliases: c.channel === 'taobao' ? ['tmall'] : [],
  }));
}

/** `orderflow channels`: the built-in channels, what each mapping reads, and where it lives. */
export function channelsCommand(io: CliIo, json: boolean): number {
  const infos = channelInfos();
  if (json) {
    io.stdout.write(`${JSON.stringify(infos, null, 2)}\n`);
    return EXIT.ok;
  }
  const rows = [
    ['channel', 'title', 'mapping', 'related'],
    ...infos.map((c) => [
      [c.channel, ...c.aliases].join(', '),
      c.title,
      c.mappingFile,
      c.related.map((r) => `--related ${r}=<file>`).join(' '),
    ]),
  ];
  io.stdout.write(
    `Built-in channels (${infos.length}):\n${formatTable(rows, ['left', 'left', 'left', 'left']).join('\n')}\n\n` +
      'Another channel needs only a mapping file: orderflow normalize --channel my-shop.mapping.json <payload.json> (see channels/README.md).\n',
  );
  return EXIT.ok;
}
