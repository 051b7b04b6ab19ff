import { useState } from 'react';
import { caseFromResult, EXPECT_PARTS, type ExpectPart, type TestCase } from '../../../runtime/index';
import { translateDynamic, type Translate } from '../i18n';
import type { SingleRun } from '../single/use-single-run';

const DEFAULT_PARTS: readonly ExpectPart[] = ['status', 'decision', 'total', 'discountLines', 'gifts'];

/** "Save as test case": the single-order run, checking only the parts people tick. */
export function SaveCaseForm({
  single,
  onSave,
  t,
}: {
  single: SingleRun;
  onSave: (testCase: TestCase) => void;
  t: Translate;
}) {
  const [name, setName] = useState('');
  const [parts, setParts] = useState<readonly ExpectPart[]>(DEFAULT_PARTS);
  const { result, order } = single;
  const ready = result !== null && order !== null;
  const fallbackName = ready
    ? `${result.orderId ?? 'order'}: ${result.status}${result.outcome ? ` / ${result.outcome.decision}` : ''}`
    : '';
  const toggle = (part: ExpectPart) =>
    setParts((p) =>
      p.includes(part) ? p.filter((x) => x !== part) : EXPECT_PARTS.filter((x) => x === part || p.includes(x)),
    );
  const save = () => {
    if (!ready) return;
    onSave(caseFromResult(name.trim() || fallbackName, order, result, parts, { decisions: single.decisions }));
    setName('');
  };
  return (
    <form
      className="sim-section"
      aria-label={t('saveAsCase')}
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <h4>{t('saveAsCase')}</h4>
      {!ready ? (
        <p className="muted">{t('needSingleRun')}</p>
      ) : (
        <>
          <input
            aria-label={t('caseName')}
            placeholder={fallbackName}
            value={name}
            maxLength={200}
            onChange={(e) => setName(e.target.value)}
          />
          <fieldset className="sim-parts">
            <legend>{t('partsToCheck')}</legend>
            {EXPECT_PARTS.map((part) => (
              <label key={part}>
                <input type="checkbox" checked={parts.includes(part)} onChange={() => toggle(part)} />{' '}
                {translateDynamic(t, 'part_', part)}
              </label>
            ))}
          </fieldset>
          <button type="submit" className="primary" disabled={parts.length === 0}>
            {t('save')}
          </button>
        </>
      )}
    </form>
  );
}
