/**
 * One tiny payload per built-in channel, to start the Channels page with something that normalizes.
 * Each is cut down from the real payload in channels/fixtures/<channel>-1.json (see
 * channels/fixtures/SOURCES.md for where those come from): only the fields the built-in mapping reads were kept, so the sample
 * normalizes to the same canonical order as the full fixture (the Amazon one is its sandbox order).
 * Imported as text (`?raw`), never parsed here: ids above 2^53 (Douyin's product_id) keep their digits.
 */
import amazon from './amazon.json?raw';
import bigcommerce from './bigcommerce.json?raw';
import douyin from './douyin.json?raw';
import jd from './jd.json?raw';
import pinduoduo from './pinduoduo.json?raw';
import shopify from './shopify.json?raw';
import taobao from './taobao.json?raw';
import tiktokshop from './tiktokshop.json?raw';
import woocommerce from './woocommerce.json?raw';
import xiaohongshu from './xiaohongshu.json?raw';

export const SAMPLE_PAYLOADS: Readonly<Record<string, string>> = {
  amazon,
  bigcommerce,
  douyin,
  jd,
  pinduoduo,
  shopify,
  taobao,
  tiktokshop,
  woocommerce,
  xiaohongshu,
};

/** The sample payload for a built-in channel (tmall shares taobao's), or undefined. */
export function samplePayload(channel: string): string | undefined {
  const name = channel === 'tmall' ? 'taobao' : channel;
  return Object.hasOwn(SAMPLE_PAYLOADS, name) ? SAMPLE_PAYLOADS[name] : undefined;
}
