import { useRef } from 'react';
import type { Flow, Locale, NodeRegistry } from '../../runtime/index';
import { useModal } from '../app/use-modal';
import { TemplateGallery } from './TemplateGallery';
import { WELCOME_MESSAGES } from './welcome.i18n';
import './welcome.css';

export interface WelcomeDialogProps {
  readonly templates: readonly Flow[];
  readonly registry: NodeRegistry;
  readonly locale: Locale;
  readonly onPick: (template: Flow) => void;
  readonly onBlank: () => void;
  readonly onClose: () => void;
  /** First run: the three sentences on what the tool does; later the gallery alone. */
  readonly firstRun: boolean;
}

/** The first-run welcome (what the tool does, then a template gallery); later opened again as the gallery. */
export function WelcomeDialog(props: WelcomeDialogProps) {
  const { locale } = props;
  const t = (key: keyof typeof WELCOME_MESSAGES) => WELCOME_MESSAGES[key][locale];
  const dialog = useRef<HTMLDivElement>(null);
  useModal(dialog, props.onClose);
  return (
    <div className="dialog-backdrop" onClick={props.onClose}>
      <div
        ref={dialog}
        className="dialog of-welcome"
        role="dialog"
        aria-modal="true"
        aria-labelledby="of-welcome-title"
        onClick={(e) => e.stopPropagation()}
      >
        <h2 id="of-welcome-title">{props.firstRun ? t('title') : t('gallery')}</h2>
        {props.firstRun && (
          <div className="of-welcome-what">
            <p>{t('what1')}</p>
            <p>{t('what2')}</p>
            <p>{t('what3')}</p>
          </div>
        )}
        <div className="of-welcome-body">
          <TemplateGallery
            templates={props.templates}
            registry={props.registry}
            locale={locale}
            onPick={props.onPick}
            onBlank={props.onBlank}
          />
        </div>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={props.onClose}>
            {t('close')}
          </button>
        </div>
      </div>
    </div>
  );
}
