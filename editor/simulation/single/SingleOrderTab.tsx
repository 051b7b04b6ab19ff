import { useEffect, useMemo, useState } from 'react';
import { buildOrderJsonSchema, orderJsonOf, edgesOfTrace } from '../../../runtime/index';
import { MonacoJson } from '../../json-view/MonacoJson';
import type { LoadedDataset } from '../data/loaded-dataset';
import type { Translate } from '../i18n';
import { matchedRowsOfTrace } from '../../decision-table/trace-rows';
import { countPath, useSimulationOverlay } from '../overlay';
import type { FlowPlan } from '../use-flow-plan';
import { OutcomeView, DecisionBar } from './OutcomeView';
import { TraceStepper } from './TraceStepper';
import type { SingleRunApi } from './use-single-run';

const PICK_LIMIT = 200;
let orderSchema: object | undefined;

function OrderPicker({
  dataset,
  onPick,
  t,
}: {
  dataset: LoadedDataset | null;
  onPick: (index: number) => void;
  t: Translate;
}) {
  const [query, setQuery] = useState('');
  const matches = useMemo(() => {
    const out: { index: number; label: string }[] = [];
    const q = query.trim().toLowerCase();
    const labels = dataset?.labels ?? [];
    for (let index = 0; index < labels.length && out.length < PICK_LIMIT; index++) {
      const label = labels[index] ?? `#${index + 1} (unreadable)`;
      if (q === '' || label.toLowerCase().includes(q)) out.push({ index, label });
    }
    return out;
  }, [dataset, query]);
  return (
    <div className="sim-row">
      <input
        type="search"
        aria-label={t('findOrder')}
        placeholder={t('findOrder')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <select
        aria-label={t('pickOrder')}
        value=""
        onChange={(e) => e.target.value !== '' && onPick(Number(e.target.value))}
      >
        <option value="">
          {t('pickOrder')} ({dataset?.size ?? 0})
        </option>
        {matches.map((m) => (
          <option key={m.index} value={m.index}>
            {m.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Pick or paste an order, run it, read the outcome, step through the trace, decide waiting nodes. */
export function SingleOrderTab({
  single,
  dataset,
  flowPlan,
  t,
}: {
  single: SingleRunApi;
  dataset: LoadedDataset | null;
  flowPlan: FlowPlan;
  t: Translate;
}) {
  const { result } = single;
  const [step, setStep] = useState(0);
  const show = useSimulationOverlay((s) => s.show);
  orderSchema ??= buildOrderJsonSchema();

  // A new result shows its last step, and lights its path on the canvas.
  useEffect(() => setStep(Math.max(0, (result?.trace.length ?? 1) - 1)), [result]);
  useEffect(() => {
    if (!result) return;
    const path = result.trace.map((s) => s.nodeId);
    show({
      ...countPath(path, edgesOfTrace(flowPlan.flow.edges, result.trace)),
      path,
      currentNodeId: result.trace[step]?.nodeId,
      matchedRows: matchedRowsOfTrace(result.trace),
    });
  }, [result, step, flowPlan.flow.edges, show]);

  const pick = async (index: number) => {
    const record = await dataset?.record(index);
    const order = record && orderJsonOf(record);
    if (order !== undefined) single.open(order);
  };
  return (
    <div className="sim-single">
      {/* Input on the left, what happened on the right: both stay in view while stepping. */}
      <div className="sim-single-columns">
        <div className="sim-single-input">
          <OrderPicker dataset={dataset} onPick={(index) => void pick(index)} t={t} />
          <MonacoJson
            value={single.orderText}
            onChange={single.setOrderText}
            schema={orderSchema}
            height={220}
            ariaLabel={t('orderJson')}
          />
          <div className="sim-row">
            <button
              type="button"
              className="primary"
              onClick={() => single.run()}
              disabled={!flowPlan.plan || single.orderText.trim() === ''}
            >
              {t('run')}
            </button>
          </div>
          {single.error && (
            <p className="sim-error" role="alert">
              {single.error}
            </p>
          )}
        </div>
        <div className="sim-single-result">
          {result && (
            <>
              <DecisionBar result={result} flow={flowPlan.flow} onDecide={single.decide} t={t} />
              <OutcomeView result={result} order={single.order} flow={flowPlan.flow} t={t} />
              <TraceStepper
                trace={result.trace}
                flow={flowPlan.flow}
                index={Math.min(step, result.trace.length - 1)}
                onIndex={setStep}
                t={t}
              />
            </>
          )}
        </div>
      </div>
    </div>
  );
}
