import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coreRegistry } from '../../nodes/index';
import { validateFlow, type Flow } from '../../runtime/index';
import { diffFlows, isEmptyDiff } from '../db/diff-flows';
import { asOpened, changedSinceLive } from './use-live-status';

const FLOWS = join(import.meta.dirname, '..', '..', 'examples', 'flows');
const examples = readdirSync(FLOWS).filter((file) => file.endsWith('.flow.json'));

describe('live status of a flow opened unchanged', () => {
  it.each(examples)('%s seeded as its file is "Live", not "changed since"', (file) => {
    // The server keeps a seeded example as its file; the editor opens the same file validated (defaults filled).
    const asPublished = JSON.parse(readFileSync(join(FLOWS, file), 'utf8')) as Flow;
    const opened = validateFlow(asPublished, coreRegistry).flow!;
    const diff = diffFlows(asOpened(asPublished, coreRegistry), opened);
    expect(isEmptyDiff(diff)).toBe(true);
    expect(changedSinceLive({ kind: 'live', version: 1, liveFlow: asPublished, diff, versions: [] })).toBe(false);
  });

  it('still reports a real edit', () => {
    const asPublished = JSON.parse(readFileSync(join(FLOWS, 'vip-priority.flow.json'), 'utf8')) as Flow;
    const opened = validateFlow(asPublished, coreRegistry).flow!;
    const edited: Flow = { ...opened, nodes: opened.nodes.filter((_, i) => i !== opened.nodes.length - 1) };
    expect(isEmptyDiff(diffFlows(asOpened(asPublished, coreRegistry), edited))).toBe(false);
  });
});
