import { cleanup, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { coreRegistry } from '../../nodes/index';
import { triggerToEndFlow } from '../db/templates';
import { EditorProvider } from '../store/EditorProvider';
import { createEditorStore } from '../store/editor-store';
import { createServerApi } from './api';
import { AuditPage } from './AuditPage';
import { fakeServer } from './fake-server.test-support';
import type { RolloutReason } from './rollout-api';
import { RolloutReasonText } from './rollout-reason';

afterEach(cleanup);

/** A guardrail breach as the server stores it (the figures of the +5 pp regression over HTTP). */
const BREACH: RolloutReason = {
  code: 'guardrail-breach',
  stage: 1,
  metric: 'reviewRate',
  candidate: 0.1457,
  baseline: 0.0984,
  candidateN: 2175,
  baselineN: 2225,
  worseBy: 0.0473,
  tolerance: 0.01,
  z: 3.79,
  pValue: 0.0000753,
};

function inLocale(locale: 'en' | 'zh', ui: ReactNode) {
  const store = createEditorStore({
    registry: coreRegistry,
    flow: triggerToEndFlow('open', 'Open', coreRegistry),
    locale,
    persistLocale: false,
  });
  return render(<EditorProvider store={store}>{ui}</EditorProvider>).container;
}

/** Latin words a 中文 reader would meet, leaving out what people wrote (data-user-text) and currency codes. */
function latinWords(container: HTMLElement): string[] {
  const copy = container.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('[data-user-text], [lang="en"]').forEach((el) => el.remove());
  return (copy.textContent?.match(/[A-Za-z][A-Za-z_-]*[A-Za-z]/g) ?? []).filter((w) => w !== 'CNY');
}

describe('a rollout stop reason', () => {
  it('says a guardrail breach with its metric, arms, values, z and tolerance in English and in 中文', () => {
    const en = inLocale('en', <RolloutReasonText reason={BREACH} />);
    expect(en.textContent).toBe(
      'guardrail “Review/hold rate” breached in stage 1: candidate 14.57% (2175 orders) vs baseline 9.84% ' +
        '(2225 orders), worse by 4.73 pp, more than the tolerance of 1.00 pp (z = 3.79, p = 7.53e-5)',
    );
    cleanup();
    const zh = inLocale('zh', <RolloutReasonText reason={BREACH} />);
    expect(zh.textContent).toBe(
      '第 1 阶段护栏指标“人工审核率”超限：候选 14.57%（2175 单），对照 9.84%（2225 单），变差 4.73 个百分点，' +
        '超过容差 1.00 个百分点（z = 3.79，p = 7.53e-5）',
    );
    expect(latinWords(zh)).toEqual([]);
  });

  it('shows money metrics with their currency, and a person’s name and note as their own text', () => {
    const money: RolloutReason = {
      ...BREACH,
      metric: 'discountPerOrder',
      currency: 'CNY',
      candidate: 1250,
      baseline: 1000,
      worseBy: 250,
      tolerance: 50,
    };
    const zh = inLocale(
      'zh',
      <>
        <RolloutReasonText reason={money} />
        <RolloutReasonText reason={{ code: 'rolled-back-by', by: 'admin', note: 'support calls' }} />
      </>,
    );
    expect(zh.textContent).toContain('候选 12.50 CNY');
    expect(zh.textContent).toContain('变差 2.50 CNY，超过容差 0.50 CNY');
    expect(zh.textContent).toContain('由 admin 手动回滚：support calls');
    expect(latinWords(zh)).toEqual([]);
  });

  it('is said in 中文 in the audit log under the auto-rollback’s raw change', async () => {
    const entry = {
      seq: 7,
      at: '2026-11-11T02:00:00.000Z',
      actor: 'system',
      action: 'rollout.auto-rollback',
      subject: 'review-gate',
      before: { rolloutId: 'ro_1', state: 'running', percent: 50 },
      after: { rolloutId: 'ro_1', state: 'rolled-back', percent: 0, reason: BREACH },
    };
    const server = fakeServer({ 'GET /api/v1/audit': { status: 200, body: { entries: [entry], nextAfter: null } } });
    inLocale('zh', <AuditPage api={createServerApi(server.fetchFn)} onClose={() => {}} />);
    expect(await screen.findByText(/第 1 阶段护栏指标“人工审核率”超限/)).toBeTruthy();
  });
});
