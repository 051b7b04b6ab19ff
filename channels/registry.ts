import amazon from './mappings/amazon.mapping.json';
import bigcommerce from './mappings/bigcommerce.mapping.json';
import douyin from './mappings/douyin.mapping.json';
import jd from './mappings/jd.mapping.json';
import pinduoduo from './mappings/pinduoduo.mapping.json';
import shopify from './mappings/shopify.mapping.json';
import taobao from './mappings/taobao.mapping.json';
import tiktokshop from './mappings/tiktokshop.mapping.json';
import woocommerce from './mappings/woocommerce.mapping.json';
import xiaohongshu from './mappings/xiaohongshu.mapping.json';
import type { CompiledMapping } from './engine/compiled';
import { loadMapping } from './load-mapping';

export interface BuiltInChannel {
  readonly channel: string;
  /** Where the mapping lives, from the repository root. */
  readonly mappingFile: string;
  /** The mapping document itself (imported JSON, so the browser needs no file access). */
  readonly document: unknown;
  /** Payloads besides the order that complete it (`normalize(…, { related })`). */
  readonly related: readonly string[];
}

const entry = (channel: string, document: unknown, related: readonly string[] = []): BuiltInChannel => ({
  channel,
  mappingFile: `channels/mappings/${channel}.mapping.json`,
  document,
  related,
});

/** The channels OrderFlow Studio ships a mapping for. Another channel needs only a mapping file (see README). */
export const BUILT_IN_CHANNELS: readonly BuiltInChannel[] = [
  entry('shopify', shopify),
  entry('woocommerce', woocommerce),
  entry('amazon', amazon, ['items']),
  entry('bigcommerce', bigcommerce, ['products', 'shippingAddresses']),
  entry('douyin', douyin),
  entry('xiaohongshu', xiaohongshu),
  entry('taobao', taobao),
  entry('jd', jd),
  entry('pinduoduo', pinduoduo),
  entry('tiktokshop', tiktokshop),
];

const compiled = new Map<string, CompiledMapping>();

/** The compiled built-in mapping for a channel name ("tmall" is served by the taobao mapping). */
export function builtInMapping(channel: string): CompiledMapping | undefined {
  const name = channel === 'tmall' ? 'taobao' : channel;
  const known = compiled.get(name);
  if (known) return known;
  const builtIn = BUILT_IN_CHANNELS.find((c) => c.channel === name);
  if (!builtIn) return undefined;
  const loaded = loadMapping(builtIn.document);
  // A broken built-in is our bug, caught by the registry test; say which file, loudly.
  if (!loaded.ok)
    throw new Error(
      `${builtIn.mappingFile} is not valid: ${loaded.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`,
    );
  compiled.set(name, loaded.compiled);
  return loaded.compiled;
}

export { loadMapping, type LoadedMapping } from './load-mapping';
