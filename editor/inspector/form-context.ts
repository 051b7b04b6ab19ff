import { createContext, useContext } from 'react';
import type { Problem, AnyNodeDefinition, Locale } from '../../runtime/index';
import type { ConfigPath } from './config-path';

/** What every field in one node's form shares, so fields need only their own path and value. */
export interface FormContextValue {
  readonly definition: AnyNodeDefinition;
  readonly locale: Locale;
  readonly config: Readonly<Record<string, unknown>>;
  /** Problems at this config path; `deep` also takes those below it (for leaf editors like rules). */
  readonly problemsAt: (path: ConfigPath, deep?: boolean) => readonly Problem[];
}

export const FormContext = createContext<FormContextValue | null>(null);

export function useFormContext(): FormContextValue {
  const value = useContext(FormContext);
  if (!value) throw new Error('fields must be rendered inside a node form');
  return value;
}
