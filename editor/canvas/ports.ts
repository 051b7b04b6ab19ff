import type { AnyNodeDefinition, PortSpec } from '../../runtime/index';

const cache = new WeakMap<object, readonly PortSpec[]>();

/**
 * Output ports of a node as its config stands now. Switch-like nodes derive ports from config, and
 * the config being edited may be invalid: then we keep the ports of the defaults so handles (and
 * the edges on them) do not vanish while someone is still typing.
 */
export function outputsOf(definition: AnyNodeDefinition, config: Record<string, unknown>): readonly PortSpec[] {
  const hit = cache.get(config);
  if (hit) return hit;
  const parsed = definition.config.safeParse(config);
  let ports: readonly PortSpec[];
  try {
    ports = definition.outputs(parsed.success ? parsed.data : definition.config.parse({}));
  } catch {
    ports = [];
  }
  cache.set(config, ports);
  return ports;
}

/** The parsed config (defaults filled) when valid, for summaries; null when it does not parse. */
export function parsedConfig(definition: AnyNodeDefinition, config: Record<string, unknown>): unknown {
  const parsed = definition.config.safeParse(config);
  return parsed.success ? parsed.data : null;
}
