/**
 * MonacoJson — a JSON text editor (Monaco, loaded lazily from the bundled package; never a CDN).
 *
 *   <MonacoJson value={text} onChange={setText} schema={jsonSchema} markers={markers} height={320} />
 *
 * Props:
 * - value / onChange(text): controlled text. Every keystroke is reported; the caller decides what is valid.
 * - schema?: a JSON Schema object for autocomplete, hovers and inline schema warnings.
 * - markers?: JsonMarker[] ({ line, message, severity }) — e.g. our validateFlow problems.
 * - height?: CSS height (number = px). Default 300.
 * - readOnly?, ariaLabel?, loading? (shown while Monaco loads).
 * - onReady?(api): called once mounted with { revealLine(line), focus() }, e.g. to jump to a problem.
 */
import { lazy, Suspense, type ReactNode } from 'react';
import type { JsonMarker } from './markers';
import { setMonacoLocale } from './monaco-locale';

export interface MonacoJsonApi {
  readonly revealLine: (line: number) => void;
  readonly focus: () => void;
}

export interface MonacoJsonProps {
  readonly value: string;
  readonly onChange: (text: string) => void;
  readonly schema?: object;
  readonly markers?: readonly JsonMarker[];
  readonly height?: number | string;
  readonly readOnly?: boolean;
  readonly ariaLabel?: string;
  readonly loading?: ReactNode;
  readonly onReady?: (api: MonacoJsonApi) => void;
}

// The page language is set on <html lang> before any JSON view opens; Monaco's words follow it.
const MonacoJsonImpl = lazy(() =>
  setMonacoLocale(document.documentElement.lang.startsWith('zh') ? 'zh' : 'en').then(() => import('./MonacoJsonImpl')),
);

export function MonacoJson(props: MonacoJsonProps) {
  const height = props.height ?? 300;
  const fallback = props.loading ?? (
    <div className="of-json-loading" style={{ height }} aria-busy="true">
      …
    </div>
  );
  return (
    <Suspense fallback={fallback}>
      <MonacoJsonImpl {...props} height={height} />
    </Suspense>
  );
}
