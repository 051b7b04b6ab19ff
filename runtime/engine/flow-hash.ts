import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { Flow } from '../flow/flow.schema';

/**
 * SHA-256 of what a flow does: its id, each node's id, type, version and (parsed) config, and its edges.
 * Names, descriptions and canvas positions are left out, so moving a card does not strand waiting runs;
 * any change that could change a run does. Hex, 64 characters.
 */
export function flowContentHash(flow: Flow): string {
  const content = {
    id: flow.id,
    nodes: flow.nodes.map((n) => [n.id, n.type, n.typeVersion, n.config]),
    edges: flow.edges.map((e) => [e.source, e.sourcePort, e.target]),
  };
  return bytesToHex(sha256(utf8ToBytes(JSON.stringify(content))));
}
