import { CHANNELS } from '../../runtime/index';

/**
 * The built-in channel names of channels/registry.ts, as plain text: the inspector (main bundle)
 * needs the names, not the ten mapping documents the registry carries. channel-names.test.ts fails
 * when a channel is added to the registry and not here.
 */
export const BUILT_IN_CHANNEL_NAMES = [
  'shopify',
  'woocommerce',
  'amazon',
  'bigcommerce',
  'douyin',
  'xiaohongshu',
  'taobao',
  'jd',
  'pinduoduo',
  'tiktokshop',
] as const;

/** What the trigger's "channels" field suggests: the order model's known channels and every built-in (tmall included). */
export const TRIGGER_CHANNEL_SUGGESTIONS: readonly string[] = [
  ...new Set<string>([...CHANNELS, ...BUILT_IN_CHANNEL_NAMES, 'tmall']),
];
