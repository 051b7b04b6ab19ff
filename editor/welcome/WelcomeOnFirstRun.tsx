import { useEffect, useState } from 'react';
import type { Flow } from '../../runtime/index';
import { readRemembered, writeRemembered } from '../app/remembered';
import { loadExampleFlows } from '../db/example-flows';
import type { Repository } from '../db/repository';
import { useEditor, useEditorApi } from '../store/EditorProvider';
import { msg } from '../panels/flows/flows.i18n';
import { TEMPLATE_TEXTS } from './welcome.i18n';
import { WelcomeDialog } from './WelcomeDialog';

export const WELCOME_KEY = 'orderflow.welcome';
const WELCOME_CHOICES = ['new', 'seen'] as const;

/**
 * Shows the welcome once, on the first start in this browser: what the tool does and the template gallery.
 * Picking a template (or an empty flow) saves a new flow in My flows and opens it; closing keeps the example
 * already on screen. Either way it does not come back (My flows → Templates… opens the gallery again).
 */
export function WelcomeOnFirstRun({ repo }: { repo: Repository }) {
  const api = useEditorApi();
  const registry = useEditor((s) => s.registry);
  const locale = useEditor((s) => s.locale);
  const [open, setOpen] = useState(() => readRemembered(WELCOME_KEY, WELCOME_CHOICES, 'new') === 'new');
  const [templates, setTemplates] = useState<readonly Flow[]>([]);
  useEffect(() => {
    if (!open) return;
    let live = true;
    loadExampleFlows(registry).then(
      (r) => live && setTemplates(r.flows),
      () => undefined,
    );
    return () => void (live = false);
  }, [open, registry]);
  if (!open) return null;
  const close = () => {
    writeRemembered(WELCOME_KEY, 'seen');
    setOpen(false);
  };
  const create = (name: string, template?: Flow) => {
    close();
    repo.createFlow({ name, registry, ...(template ? { template } : {}) }).then(
      (row) => api.getState().loadFlow(row.document),
      (e: unknown) => api.getState().notify(String(e), 'error'),
    );
  };
  return (
    <WelcomeDialog
      firstRun
      templates={templates}
      registry={registry}
      locale={locale}
      onClose={close}
      onPick={(template) => create(TEMPLATE_TEXTS[template.id]?.name[locale] ?? template.name, template)}
      onBlank={() => create(msg('untitled', locale))}
    />
  );
}
