import type { Flow, Locale } from '../../../runtime/index';
import { WELCOME_MESSAGES } from '../../welcome/welcome.i18n';
import { msg } from './flows.i18n';

interface Props {
  readonly templates: readonly Flow[];
  readonly locale: Locale;
  readonly onNew: () => void;
  readonly onTemplate: (template: Flow) => void;
  readonly onImport: (text: string) => void;
  /** Opens the template gallery (previews, descriptions, search). */
  readonly onGallery?: () => void;
}

/** New · from template · import: the ways a flow comes into the list. */
export function FlowToolbar({ templates, locale, onNew, onTemplate, onImport, onGallery }: Props) {
  return (
    <div className="of-flows-toolbar">
      <button type="button" onClick={onNew}>
        {msg('newFlow', locale)}
      </button>
      {templates.length > 0 && onGallery && (
        <button type="button" onClick={onGallery}>
          {WELCOME_MESSAGES.reopen[locale]}
        </button>
      )}
      {templates.length > 0 && (
        <select
          aria-label={msg('fromTemplate', locale)}
          value=""
          onChange={(e) => {
            const template = templates[Number(e.target.value)];
            if (template) onTemplate(template);
          }}
        >
          <option value="" disabled>
            {msg('fromTemplate', locale)}
          </option>
          {templates.map((t, i) => (
            <option key={t.id} value={i}>
              {t.name}
            </option>
          ))}
        </select>
      )}
      <label className="of-flows-import">
        {msg('importFile', locale)}
        <input
          type="file"
          accept=".json,application/json"
          style={{ display: 'none' }}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = ''; // so the same file can be chosen again after fixing it
            file?.text().then(onImport);
          }}
        />
      </label>
    </div>
  );
}
