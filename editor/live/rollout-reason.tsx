/**
 * Why a rollout stopped, said in the editor's language from the server's code and data (reasonDetail); the
 * names and notes people wrote are marked as their own text. Used by the Rollouts page and the audit log.
 */
import { Fragment, type ReactNode } from 'react';
import { formatMetric, type RolloutReason } from './rollout-api';
import { known, useRolloutT, type RolloutMessage, type RolloutT } from './rollout.i18n';

/** `{name}` placeholders filled with nodes (a person's text keeps its own element). */
export function fillNodes(template: string, params: Readonly<Record<string, ReactNode>>): ReactNode[] {
  return template.split(/(\{\w+\})/).map((part, i) => {
    const name = /^\{(\w+)\}$/.exec(part)?.[1];
    return <Fragment key={i}>{name !== undefined && name in params ? params[name] : part}</Fragment>;
  });
}

const own = (text: string) => <span data-user-text="">{text}</span>;

/** A breach's figures as the guardrail table shows them: rates in %, differences in points, money with its currency. */
function breachFigures(r: Extract<RolloutReason, { code: 'guardrail-breach' }>, t: RolloutT) {
  const rate = r.metric.endsWith('Rate');
  const money = (x: number) => `${formatMetric(r.metric, x)}${r.currency ? ` ${r.currency}` : ''}`;
  const points = (x: number) => t('points', { n: (x * 100).toFixed(2) });
  return {
    metric: known(t, 'metric', r.metric),
    stage: r.stage,
    candidate: rate ? formatMetric(r.metric, r.candidate) : money(r.candidate),
    baseline: rate ? formatMetric(r.metric, r.baseline) : money(r.baseline),
    candidateN: r.candidateN,
    baselineN: r.baselineN,
    by: rate ? points(r.worseBy) : money(r.worseBy),
    tolerance: rate ? points(r.tolerance) : money(r.tolerance),
    z: r.z === null ? '–' : r.z.toFixed(2),
    p: r.pValue === null ? '–' : r.pValue.toExponential(2),
  };
}

export function reasonNodes(reason: RolloutReason, t: RolloutT): ReactNode[] {
  const template = (key: RolloutMessage) => t(key);
  switch (reason.code) {
    case 'guardrail-breach':
      return [t('reasonBreach', breachFigures(reason, t))];
    case 'rolled-back-by':
      return reason.note
        ? fillNodes(template('reasonRolledBack'), { by: own(reason.by), note: own(reason.note) })
        : fillNodes(template('reasonRolledBackNoNote'), { by: own(reason.by) });
    case 'completed-by':
      return fillNodes(template('reasonCompleted'), { by: own(reason.by) });
    case 'text':
      // Stored before reasons had codes: English as the server wrote it.
      return [
        <span key="text" lang="en">
          {reason.text}
        </span>,
      ];
  }
}

/** The reason, in the editor's language. */
export function RolloutReasonText({ reason }: { reason: RolloutReason }) {
  const t = useRolloutT();
  return <>{reasonNodes(reason, t)}</>;
}
