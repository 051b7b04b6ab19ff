import type { Flow, TraceStep } from '../../../runtime/index';
import type { OutcomePatch } from '../../../runtime/node/index';
import { money } from '../format';
import { translateDynamic, type Translate } from '../i18n';
import { useEditor } from '../../store/EditorProvider';
import { portName, stepName } from '../step-names';

/** A node's changes as short lines people can read ("−¥60.00 VIP 10% off", "+ tag review"), in the UI's language. */
export function describeChanges(changes: OutcomePatch | undefined, t: Translate): string[] {
  if (!changes) return [];
  const out: string[] = [];
  for (const a of changes.adjustments ?? []) out.push(`−${money(a.amount)} ${a.reason}`);
  for (const id of changes.removeAdjustmentsFrom ?? []) out.push(t('change_removed', { id }));
  for (const g of changes.gifts ?? []) out.push(t('change_gift', { sku: g.sku, n: g.quantity }));
  for (const tag of changes.tags ?? []) out.push(t('change_tag', { tag }));
  for (const h of changes.holds ?? [])
    out.push(
      t('change_hold', {
        kind: translateDynamic(t, 'kind_', h.kind),
        status: translateDynamic(t, 'hold_', h.status),
        reason: h.reason,
      }),
    );
  if (changes.fulfilment) out.push(t('change_route', { explanation: changes.fulfilment.explanation }));
  for (const [k, v] of Object.entries(changes.attributes ?? {})) out.push(`${k} = ${JSON.stringify(v)}`);
  for (const e of changes.effects ?? [])
    out.push(
      e.kind === 'notify' ? t('change_notify', { channel: e.channel, to: e.to }) : t('change_crm', { tag: e.tag }),
    );
  if (changes.decision) {
    const decision = translateDynamic(t, 'decision_', changes.decision.decision);
    const reason = changes.decision.reason.trim();
    out.push(reason ? t('change_decision', { decision, reason }) : t('change_decision_bare', { decision }));
  }
  return out;
}

function portText(step: TraceStep, t: Translate, port: (id: string) => string): string {
  if (step.waited) return t('waitedHere');
  if (step.port === null) return t('ended');
  if (step.port === undefined) return t('failedHere');
  return t('took', { port: port(step.port) });
}

/** One step of the trace at a time; `index` is controlled so the canvas can ring the same node. */
export function TraceStepper({
  trace,
  flow,
  index,
  onIndex,
  t,
}: {
  trace: readonly TraceStep[];
  flow: Flow;
  index: number;
  onIndex: (i: number) => void;
  t: Translate;
}) {
  const registry = useEditor((s) => s.registry);
  const locale = useEditor((s) => s.locale);
  const step = trace[index];
  if (!step) return null;
  const name = (nodeId: string) => stepName(flow, nodeId, registry, locale);
  const typeTitle = registry.get(step.type)?.title[locale];
  const changes = describeChanges(step.changes, t);
  return (
    <section className="sim-section sim-trace" aria-label={t('trace')}>
      <h4>{t('trace')}</h4>
      <div className="sim-trace-nav">
        <button type="button" onClick={() => onIndex(index - 1)} disabled={index === 0}>
          {t('back')}
        </button>
        <span>{t('stepOf', { n: index + 1, total: trace.length })}</span>
        <button type="button" onClick={() => onIndex(index + 1)} disabled={index >= trace.length - 1}>
          {t('forward')}
        </button>
      </div>
      <ol className="sim-trace-path">
        {trace.map((s, i) => (
          <li key={i} className={i === index ? 'is-current' : ''}>
            <button type="button" onClick={() => onIndex(i)} aria-current={i === index ? 'step' : undefined}>
              {name(s.nodeId)}
            </button>
          </li>
        ))}
      </ol>
      <div className="sim-step" data-testid="sim-step">
        <p>
          <strong>{name(step.nodeId)}</strong>{' '}
          {typeTitle && typeTitle !== name(step.nodeId) && <small className="muted">{typeTitle}</small>} —{' '}
          {portText(step, t, (port) => portName(flow, step.nodeId, port, registry, locale))}
        </p>
        {step.note && <p className="muted">{step.note}</p>}
        <h5>{t('changes')}</h5>
        {changes.length === 0 ? (
          <p className="muted">{t('noChanges')}</p>
        ) : (
          <ul className="sim-list">
            {changes.map((c, i) => (
              <li key={i}>{c}</li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
