import { Component, lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import type { Locale } from '../../../runtime/node/define-node';
import { useFormContext } from '../form-context';
import { JsonWidget } from './JsonWidget';
import type { WidgetProps } from './widget-props';

interface RuleBuilderProps {
  value: unknown;
  onChange(v: unknown): void;
  locale: Locale;
}

// The rule builder is a colleague's module (editor/rule-builder/RuleBuilder.tsx). A glob finds it if
// present without making the build fail while it is not, and loads it lazily in its own chunk.
const found = import.meta.glob<{ RuleBuilder: ComponentType<RuleBuilderProps> }>('../../rule-builder/RuleBuilder.tsx');
const load = Object.values(found)[0];
const RuleBuilder = load ? lazy(() => load().then((m) => ({ default: m.RuleBuilder }))) : null;

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

export function LogicWidget(props: WidgetProps) {
  const { locale } = useFormContext();
  const json = <JsonWidget {...props} />;
  if (!RuleBuilder) return json;
  return (
    <FallBack fallback={json}>
      <Suspense fallback={json}>
        <RuleBuilder value={props.value} onChange={props.onChange} locale={locale} />
      </Suspense>
    </FallBack>
  );
}
