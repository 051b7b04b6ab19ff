import { Component, lazy, Suspense, type ReactNode } from 'react';
import { useFormContext } from '../form-context';
import { currencyOf } from '../money-input';
import { JsonWidget } from './JsonWidget';
import type { WidgetProps } from './widget-props';

// The colleague's visual rule builder (editor/rule-builder), in its own chunk: it only loads when a
// rule field is shown, and its raw-JSON mode pulls in Monaco, which must stay out of the first page.
const RuleBuilder = lazy(() => import('../../rule-builder/index').then((m) => ({ default: m.RuleBuilder })));

/** A broken rule builder must not take the whole inspector down: fall back to the JSON text. */
class FallBack extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

/** JSONLogic fields: the rule builder, with the plain JSON textarea while it loads or if it fails. */
export function LogicWidget(props: WidgetProps) {
  const { locale, config } = useFormContext();
  const json = <JsonWidget {...props} />;
  return (
    <FallBack fallback={json}>
      <Suspense fallback={json}>
        <RuleBuilder value={props.value} onChange={props.onChange} locale={locale} currency={currencyOf(config)} />
      </Suspense>
    </FallBack>
  );
}
