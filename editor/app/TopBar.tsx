import { useReactFlow } from '@xyflow/react';
import { currentFitOptions } from '../canvas/fit-view';
import { ChannelsButton } from '../channels/ChannelsButton';
import { ForecastButton } from '../forecast/ForecastButton';
import { useT } from '../i18n/use-t';
import { useEditor, useEditorApi } from '../store/EditorProvider';
import { LiveBar } from '../live/LiveBar';
import { ImportExport } from './ImportExport';
import { useTheme } from './theme';
import { usePanelControls, type SidePanel } from './WorkspacePanels';

const PANEL_ICONS: Readonly<Record<SidePanel, string>> = { left: '◧', bottom: '⬓', right: '◨' };

/** Show or hide the side and bottom panels (their sizes are kept while hidden). */
function PanelToggles() {
  const t = useT();
  const panels = usePanelControls();
  if (!panels) return null;
  return (
    <div className="button-group">
      {(['left', 'bottom', 'right'] as const).map((panel) => (
        <button
          key={panel}
          type="button"
          className="button button-square"
          aria-pressed={!panels.collapsed[panel]}
          aria-label={t(`layout.${panel}`)}
          title={t(`layout.${panel}`)}
          onClick={() => panels.toggle(panel)}
        >
          {PANEL_ICONS[panel]}
        </button>
      ))}
    </div>
  );
}

/** System, then the opposite of what the system shows, then back: two clicks cover every case. */
function ThemeToggle() {
  const t = useT();
  const choice = useTheme((s) => s.choice);
  const cycle = useTheme((s) => s.cycle);
  const label = t('top.theme', { theme: t(`theme.${choice}`) });
  return (
    <button type="button" className="button button-square" aria-label={label} title={label} onClick={cycle}>
      {choice === 'dark' ? '☾' : choice === 'light' ? '☀' : '◐'}
    </button>
  );
}

function LanguageSwitch() {
  const t = useT();
  const locale = useEditor((s) => s.locale);
  const setLocale = useEditor((s) => s.setLocale);
  return (
    <div className="segmented" role="group" aria-label={t('top.language')}>
      {(['en', 'zh'] as const).map((l) => (
        <button
          key={l}
          type="button"
          className={locale === l ? 'is-on' : ''}
          aria-pressed={locale === l}
          onClick={() => setLocale(l)}
          lang={l}
        >
          {l === 'en' ? 'EN' : '中文'}
        </button>
      ))}
    </div>
  );
}

function ValidateButton() {
  const t = useT();
  const { errors, warnings } = useEditor((s) => s.problems);
  const validateNow = useEditor((s) => s.validateNow);
  const notify = useEditor((s) => s.notify);
  return (
    <button
      type="button"
      className={`button validate ${errors > 0 ? 'has-errors' : warnings > 0 ? 'has-warnings' : 'is-clean'}`}
      onClick={() => {
        const result = validateNow();
        notify(
          t('top.validated', { errors: result.errors, warnings: result.warnings }),
          result.errors > 0 ? 'error' : 'info',
        );
      }}
    >
      {t('top.validate')}
      {errors + warnings === 0 ? <span className="badge badge-ok">✓</span> : null}
      {errors > 0 && (
        <span className="badge badge-error" title={t('top.errors', { n: errors })}>
          {errors}
        </span>
      )}
      {warnings > 0 && (
        <span className="badge badge-warning" title={t('top.warnings', { n: warnings })}>
          {warnings}
        </span>
      )}
    </button>
  );
}

/** Name, save state, checks, history, files, layout, views and language: the document's controls. */
export function TopBar({ onShortcuts }: { onShortcuts?: () => void }) {
  const t = useT();
  const name = useEditor((s) => s.flow.name);
  const dirty = useEditor((s) => s.dirty);
  const canUndo = useEditor((s) => s.past.length > 0);
  const canRedo = useEditor((s) => s.future.length > 0);
  const jsonOpen = useEditor((s) => s.jsonViewOpen);
  // Actions never change, so read them once instead of subscribing to the whole state.
  const actions = useEditorApi().getState();
  const { fitView } = useReactFlow();
  // After auto-layout the cards move far; show them all once React Flow has drawn the new positions.
  const nodeCount = useEditor((s) => s.flow.nodes.length);
  const layout = () =>
    void actions
      .layout()
      .then(() => requestAnimationFrame(() => void fitView({ ...currentFitOptions(nodeCount), duration: 300 })));
  return (
    <header className="topbar">
      <h1 className="brand">{t('app.title')}</h1>
      <input
        className="input flow-name"
        aria-label={t('top.flowName')}
        value={name}
        maxLength={200}
        onChange={(e) => actions.renameFlow(e.target.value)}
      />
      <button
        type="button"
        className={`save-state ${dirty ? 'is-dirty' : 'is-saved'}`}
        onClick={actions.requestSave}
        title="Ctrl+S"
      >
        {dirty ? `● ${t('top.unsaved')}` : `✓ ${t('top.saved')}`}
      </button>
      <LiveBar />
      <span className="topbar-spacer" />
      <ValidateButton />
      <div className="button-group">
        <button
          type="button"
          className="button"
          onClick={actions.undo}
          disabled={!canUndo}
          title={t('top.undo')}
          aria-label={t('top.undo')}
        >
          ↶
        </button>
        <button
          type="button"
          className="button"
          onClick={actions.redo}
          disabled={!canRedo}
          title={t('top.redo')}
          aria-label={t('top.redo')}
        >
          ↷
        </button>
      </div>
      <ImportExport />
      <button type="button" className="button" onClick={layout}>
        {t('top.layout')}
      </button>
      <button
        type="button"
        className={`button${jsonOpen ? ' is-on' : ''}`}
        aria-pressed={jsonOpen}
        onClick={() => actions.toggleJsonView()}
      >
        {t('top.json')}
      </button>
      <ChannelsButton />
      <ForecastButton />
      <PanelToggles />
      <ThemeToggle />
      {onShortcuts && (
        <button
          type="button"
          className="button button-square"
          aria-label={t('keys.open')}
          title={t('keys.open')}
          onClick={onShortcuts}
        >
          ?
        </button>
      )}
      <LanguageSwitch />
    </header>
  );
}
