import type { Flow, RunResult, Outcome } from '../../../runtime/index';
import { orderSchema } from '../../../runtime/index';
import { money } from '../format';
import { translateDynamic, type SimMessage, type Translate } from '../i18n';
import { useEditor } from '../../store/EditorProvider';
import { portName, stepName } from '../step-names';

/** Names steps as the rest of the simulation does (name, else type title, in the UI language). */
function useStepName(flow: Flow): (nodeId: string) => string {
  const registry = useEditor((s) => s.registry);
  const locale = useEditor((s) => s.locale);
  return (nodeId) => stepName(flow, nodeId, registry, locale);
}

/** A waiting node's ports as its definition labels them, the same words as on the card. */
function usePortName(flow: Flow): (nodeId: string, port: string) => string {
  const registry = useEditor((s) => s.registry);
  const locale = useEditor((s) => s.locale);
  return (nodeId, port) => portName(flow, nodeId, port, registry, locale);
}
import { FulfilmentView } from './FulfilmentView';
import { PriceBreakdown } from './PriceBreakdown';

function Items({ title, items, t }: { title: string; items: readonly string[]; t: Translate }) {
  return (
    <section className="sim-section" aria-label={title}>
      <h4>{title}</h4>
      {items.length === 0 ? (
        <p className="muted">{t('none')}</p>
      ) : (
        <ul className="sim-list">
          {items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

function OutcomeLists({ outcome, t }: { outcome: Outcome; t: Translate }) {
  const effects = outcome.effects.map((e) =>
    e.kind === 'notify' ? `${e.channel} → ${e.to}: ${e.message}` : `CRM ${e.customerId}: +${e.tag}`,
  );
  return (
    <div className="sim-grid">
      <Items
        t={t}
        title={t('gifts')}
        items={outcome.gifts.map(
          (g) => `${g.name || g.sku} × ${g.quantity} — ${g.reason}${g.cost ? ` (${money(g.cost)})` : ''}`,
        )}
      />
      <Items t={t} title={t('tags')} items={outcome.tags} />
      <Items
        t={t}
        title={t('holds')}
        items={outcome.holds.map(
          (h) =>
            `${h.nodeId}: ${translateDynamic(t, 'kind_', h.kind)} ${translateDynamic(t, 'hold_', h.status)} — ${h.reason}`,
        )}
      />
      <Items t={t} title={t('effects')} items={effects} />
      <Items
        t={t}
        title={t('attributes')}
        items={Object.entries(outcome.attributes).map(([k, v]) => `${k} = ${JSON.stringify(v)}`)}
      />
    </div>
  );
}

/** Everything one run did to one order. `order` is the JSON that was run. */
export function OutcomeView({
  result,
  order,
  flow,
  t,
}: {
  result: RunResult;
  order: unknown;
  flow: Flow;
  t: Translate;
}) {
  const nodeLabel = useStepName(flow);
  const parsed = orderSchema.safeParse(order);
  const outcome = result.outcome;
  return (
    <div className="sim-outcome">
      <p className={`sim-status sim-status-${result.status}`} role="status">
        {t('labelled', { label: t('status') })}
        <strong data-testid="sim-status">{t(result.status as SimMessage)}</strong>
        {outcome && (
          <>
            {' '}
            · {t('labelled', { label: t('decision') })}
            <strong>{translateDynamic(t, 'decision_', outcome.decision)}</strong>{' '}
            {outcome.decisionReason && <span className="muted">— {outcome.decisionReason}</span>}
          </>
        )}
      </p>
      {result.problems && result.problems.length > 0 && (
        <div className="sim-error">
          {t('orderProblems')}
          <ul>
            {result.problems.map((p, i) => (
              <li key={i}>
                {p.path.join('.')}: {p.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {result.error && (
        <p className="sim-error">
          {t('runFailed', { node: nodeLabel(result.error.nodeId), message: result.error.message })}
        </p>
      )}
      {outcome && result.totals && parsed.success && (
        <PriceBreakdown order={parsed.data} outcome={outcome} totals={result.totals} t={t} />
      )}
      {outcome && <OutcomeLists outcome={outcome} t={t} />}
      {outcome && <FulfilmentView plan={outcome.fulfilment} t={t} />}
    </div>
  );
}

/** Approve / reject / time out (or pass / fail): resumes the waiting run with that port. */
export function DecisionBar({
  result,
  flow,
  onDecide,
  t,
}: {
  result: RunResult;
  flow: Flow;
  onDecide: (port: string) => void;
  t: Translate;
}) {
  const nodeLabel = useStepName(flow);
  const portLabel = usePortName(flow);
  const waiting = result.waiting;
  if (!waiting) return null;
  return (
    <div
      className="sim-decide"
      role="group"
      aria-label={t('waitingFor', { node: nodeLabel(waiting.nodeId), reason: waiting.reason })}
    >
      <p>{t('waitingFor', { node: nodeLabel(waiting.nodeId), reason: waiting.reason })}</p>
      {waiting.ports.map((port) => (
        <button key={port} type="button" className={`sim-decide-${port}`} onClick={() => onDecide(port)}>
          {portLabel(waiting.nodeId, port)}
        </button>
      ))}
    </div>
  );
}
