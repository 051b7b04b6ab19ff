import { describe, expect, it } from 'vitest';
import { coreRegistry } from '../../nodes/index';
import { emptyContext } from '../context/context.schema';
import { testFlow, testOrder } from '../testing/builders';
import { compileFlow } from './compile';
import { resumeFlow } from './resume';
import { runFlow } from './run';
import { openState, sealState } from './seal';

const ctx = emptyContext('2026-11-11T10:00:00+08:00');
const KEY = 'a host secret of at least thirty-two bytes';
const compiled = compileFlow(
  testFlow(
    [
      { id: 'start', type: 'trigger' },
      { id: 'approve', type: 'approval' },
      { id: 'ok', type: 'tag', config: { tags: ['approved'] } },
    ],
    ['start.start->approve', 'approve.approved->ok', 'approve.rejected->ok', 'approve.timed_out->ok'],
  ),
  coreRegistry,
);
if (!compiled.ok) throw new Error(JSON.stringify(compiled.problems));
const plan = compiled.plan;
const state = runFlow(plan, testOrder(), ctx).state!;

describe('sealed waiting states', () => {
  it('opens what it sealed, after a trip through JSON, and the state resumes', () => {
    const sealed = JSON.parse(JSON.stringify(sealState(state, KEY)));
    const opened = openState(sealed, KEY);
    expect(opened).toEqual({ ok: true, state: JSON.parse(JSON.stringify(state)) });
    const resumed = opened.ok && resumeFlow(plan, opened.state, 'approved', ctx);
    expect(resumed && resumed.ok && resumed.result.status).toBe('completed');
  });

  it('refuses a sealed state whose order, decisions or signature were changed, or another key', () => {
    const sealed = sealState(state, KEY);
    const cheaper = sealed.state.replace('"amount":59900', '"amount":599');
    expect(cheaper).not.toBe(sealed.state);
    expect(openState({ ...sealed, state: cheaper }, KEY)).toMatchObject({ ok: false, error: { code: 'bad-seal' } });
    const decided = sealed.state.replace('"decisions":{}', '"decisions":{"approve":"approved"}');
    expect(openState({ ...sealed, state: decided }, KEY)).toMatchObject({ ok: false, error: { code: 'bad-seal' } });
    const flipped = sealed.mac.replace(/^./, (c) => (c === '0' ? '1' : '0'));
    expect(openState({ ...sealed, mac: flipped }, KEY)).toMatchObject({ ok: false, error: { code: 'bad-seal' } });
    expect(openState(sealed, `${KEY}!`)).toMatchObject({ ok: false, error: { code: 'bad-seal', path: ['mac'] } });
  });

  it('refuses anything that is not an envelope, in the asked language, without throwing', () => {
    for (const bad of [null, 'x', {}, { format: 'orderflow/sealed-run-state', state: {}, mac: 'ab' }, state])
      expect(openState(bad, KEY)).toMatchObject({ ok: false, error: { code: 'not-sealed' } });
    expect(openState(null, KEY, 'zh')).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('签名') },
    });
  });

  it('will not seal with a key too short to be secret (a host mistake, said at once)', () => {
    expect(() => sealState(state, 'short')).toThrow(/at least 32 bytes/);
  });
});
