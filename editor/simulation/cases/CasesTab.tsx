import { useState } from 'react';
import type { RunContext } from '../../../runtime/index';
import {
  parseJsonText,
  casesFile,
  parseCasesFile,
  runCases,
  type CaseResult,
  type TestCase,
} from '../../../runtime/index';
import { useLiveQuery } from '../../db/hooks';
import { addCases, deleteCase, listCases } from '../db/repo';
import type { SimulationDb } from '../db/simulation-db';
import { download } from '../export';
import type { Translate } from '../i18n';
import type { SingleRun } from '../single/use-single-run';
import type { FlowPlan } from '../use-flow-plan';
import { SaveCaseForm } from './SaveCaseForm';

export interface CasesTabProps {
  readonly flowPlan: FlowPlan;
  readonly db: SimulationDb;
  readonly single: SingleRun;
  /** The data set's context: the default for cases, and what a context file named in a case means here. */
  readonly context: RunContext | null;
  readonly onOpenCase: (testCase: TestCase) => void;
  readonly t: Translate;
}

/** Test cases of this flow, kept in the simulation database: save, run all with readable diffs, import/export. */
export function CasesTab({ flowPlan, db, single, context, onOpenCase, t }: CasesTabProps) {
  const { flow, plan } = flowPlan;
  const rows = useLiveQuery(() => listCases(db, flow.id), [db, flow.id]);
  const [report, setReport] = useState<Map<number, CaseResult> | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const runAll = () => {
    if (!plan || !context || !rows) return;
    const cases = rows.map((r) => r.testCase);
    const contexts = Object.fromEntries(
      cases.flatMap((c) => (typeof c.context === 'string' ? [[c.context, context]] : [])),
    );
    const results = runCases(plan, cases, context, { contexts }).results;
    setReport(new Map(rows.map((r, i) => [r.id!, results[i]!])));
    const passed = results.filter((r) => r.passed).length;
    setMessage(t('passedFailed', { passed, failed: results.length - passed }));
  };
  const importFile = async (file: File) => {
    const parsed = parseJsonText(await file.text());
    const cases = parsed.ok
      ? parseCasesFile(parsed.value)
      : { ok: false as const, problems: [`line ${parsed.error.line}: ${parsed.error.message}`] };
    if (!cases.ok) return setMessage(t('invalidCases', { problems: cases.problems.slice(0, 3).join('; ') }));
    await addCases(db, flow.id, cases.file.cases);
    setMessage(null);
  };
  return (
    <div className="sim-cases">
      <SaveCaseForm single={single} onSave={(c) => void addCases(db, flow.id, [c])} t={t} />
      <div className="sim-row">
        <button
          type="button"
          className="primary"
          onClick={runAll}
          disabled={!plan || !context || !rows || rows.length === 0}
        >
          {t('runAll')}
        </button>
        <label className="sim-file">
          {t('importCases')}
          <input
            type="file"
            accept=".json,application/json"
            onChange={(e) => {
              const f = e.target.files?.[0];
              if (f) void importFile(f);
              e.target.value = '';
            }}
          />
        </label>
        <button
          type="button"
          disabled={!rows || rows.length === 0}
          onClick={() =>
            download(
              `${flow.id}.cases.json`,
              `${JSON.stringify(
                casesFile(
                  flow.id,
                  (rows ?? []).map((r) => r.testCase),
                ),
                null,
                2,
              )}\n`,
              'application/json',
            )
          }
        >
          {t('exportCases')}
        </button>
      </div>
      {message && (
        <p className="sim-note" role="status">
          {message}
        </p>
      )}
      {rows && rows.length === 0 && <p className="muted">{t('noCases')}</p>}
      <ul className="sim-case-list">
        {(rows ?? []).map((row) => {
          const r = report?.get(row.id!);
          return (
            <li key={row.id} className={r ? (r.passed ? 'is-pass' : 'is-fail') : ''}>
              {r && <strong className="sim-verdict">{r.passed ? t('pass') : t('fail')}</strong>} {row.testCase.name}{' '}
              <button type="button" onClick={() => onOpenCase(row.testCase)}>
                {t('open')}
              </button>{' '}
              <button type="button" onClick={() => void deleteCase(db, row.id!)}>
                {t('delete')}
              </button>
              {r && !r.passed && (
                <ul className="sim-mismatches">
                  {r.error && <li>{r.error}</li>}
                  {r.mismatches.map((m, i) => (
                    <li key={i}>{m.message}</li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
