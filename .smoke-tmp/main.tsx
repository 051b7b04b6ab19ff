import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { Flow } from '../runtime/flow/flow.schema';
import { coreRegistry } from '../nodes/index';
import { openRepository, type FlowRow } from '../editor/db/index';
import { FlowList } from '../editor/panels/flows/index';
import { VersionsPanel } from '../editor/panels/versions/index';
import { JsonView } from '../editor/json-view/index';
import { RuleBuilder } from '../editor/rule-builder/index';

const repo = openRepository();

function App() {
  const [row, setRow] = useState<FlowRow | null>(null);
  const [flow, setFlow] = useState<Flow | null>(null);
  const [draft, setDraft] = useState<string | null>(null);
  const [logic, setLogic] = useState<unknown>({ and: [{ '==': [{ var: 'customer.tier' }, 'vip'] }, { '>=': [{ var: 'totals.subtotal.amount' }, 50000] }, { some: [{ var: 'lines' }, { '==': [{ var: 'category' }, 'gift'] }] }] });
  const [locale, setLocale] = useState<'en' | 'zh'>('zh');
  useEffect(() => { if (row) { setFlow(row.document); setDraft(row.draftText ?? null); } }, [row]);
  return (
    <div style={{ display: 'grid', gridTemplateColumns: '320px 1fr 360px', gap: 12, fontFamily: 'sans-serif', fontSize: 13 }}>
      <div>
        <button id="locale" onClick={() => setLocale(locale === 'en' ? 'zh' : 'en')}>{locale}</button>
        <FlowList repo={repo} registry={coreRegistry} locale={locale} activeFlowId={flow?.id} onOpen={setRow} />
      </div>
      <div id="json">
        {flow && <JsonView key={flow.id} flow={flow} registry={coreRegistry} locale={locale} draftText={draft ?? undefined} onValidFlow={setFlow} onDraftText={setDraft} height={420} />}
        <pre id="draft">{draft === null ? 'no-draft' : 'draft'}</pre>
      </div>
      <div>
        <div id="rules"><RuleBuilder value={logic} onChange={setLogic} locale={locale} /></div>
        <pre id="logic">{JSON.stringify(logic)}</pre>
        {flow && <VersionsPanel repo={repo} flowId={flow.id} currentFlow={flow} registry={coreRegistry} locale={locale} onRestore={setFlow} />}
      </div>
    </div>
  );
}
createRoot(document.getElementById('root')!).render(<App />);
