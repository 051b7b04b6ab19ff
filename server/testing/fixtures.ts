/** Flows and orders for the server tests: a small approval gate whose outcome names its version. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const node = (id: string, type: string, config: Record<string, unknown>, x: number) => ({
  id,
  type,
  typeVersion: 1,
  config,
  position: { x, y: 0 },
});
const edge = (source: string, sourcePort: string, target: string) => ({
  id: `${source}-${sourcePort}`,
  source,
  sourcePort,
  target,
});

/** trigger → approval (finance-manager) → approved: tag `approved-<tag>` → accept; rejected → cancel; timed_out → hold. */
export function approvalFlow(id = 'approval-gate', tag = 'v1', slaHours = 1) {
  return {
    format: 'orderflow/flow',
    formatVersion: 1,
    id,
    name: `Approval gate ${tag}`,
    description: '',
    nodes: [
      node('start', 'trigger', { channels: [], statuses: [] }, 0),
      node('finance', 'approval', { role: 'finance-manager', reason: 'Every order is checked', slaHours }, 200),
      node('tag-ok', 'tag', { tags: [`approved-${tag}`], target: 'order' }, 400),
      node('notify', 'notify', { channel: 'wecom', to: 'ops', message: 'order {{id}} approved' }, 500),
      node('accept', 'end', { decision: 'accept', reason: 'approved' }, 600),
      node('cancel', 'end', { decision: 'cancel', reason: 'rejected by finance' }, 400),
      node('late', 'end', { decision: 'hold', reason: 'finance did not answer in time' }, 400),
    ],
    edges: [
      edge('start', 'start', 'finance'),
      edge('finance', 'approved', 'tag-ok'),
      edge('tag-ok', 'next', 'notify'),
      edge('notify', 'next', 'accept'),
      edge('finance', 'rejected', 'cancel'),
      edge('finance', 'timed_out', 'late'),
    ],
  };
}

const REPO = join(import.meta.dirname, '..', '..');
const baseOrder = (
  JSON.parse(readFileSync(join(REPO, 'examples/flows/vip-priority.cases.json'), 'utf8')) as {
    cases: { order: Record<string, unknown> }[];
  }
).cases[0]!.order;

/** A valid canonical order (tmall, paid, ¥598) with its own id and channel order id. */
export function order(id: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...structuredClone(baseOrder), id, channelOrderId: `CH-${id}`, ...overrides };
}
