import { useFitFlow } from '../canvas/use-fit-flow';
import { ChannelsButton } from '../channels/ChannelsButton';
import { ForecastButton } from '../forecast/ForecastButton';
import { useT } from '../i18n/use-t';
import { useEditor, useEditorApi } from '../store/EditorProvider';
import { LiveBar } from '../live/LiveBar';
import { ImportExport } from './ImportExport';
import { MenuButton, type MenuItem } from './MenuButton';
import { useTheme } from './theme';
import { usePanelControls } from './WorkspacePanels';

/**
 * Panels, the JSON view, colour theme and the shortcut sheet: one View menu, so the top bar fits at 1440 px in both
 * languages (the panels' sizes are kept while hidden; the theme cycles system → the opposite → back).
 */
function ViewMenu({ onShortcuts }: { onShortcuts?: () => void }) {
  const t = useT();
  const jsonOpen = useEditor((s) => s.jsonViewOpen);
  const toggleJson = useEditor((s) => s.toggleJsonView);
  const panels = usePanelControls();
  const choice = useTheme((s) => s.choice);
  const cycle = useTheme((s) => s.cycle);
  const items: MenuItem[] = [
    ...(panels
      ? (['left', 'bottom', 'right'] as const).map((panel) => ({
          label: t(`layout.${panel}`),
          checked: !panels.collapsed[panel],
          onSelect: () => panels.toggle(panel),
        }))
      : []),
    { label: t('top.json'), checked: jsonOpen, onSelect: () => toggleJson() },
    { label: t('top.theme', { theme: t(`theme.${choice}`) }), onSelect: cycle },
    ...(onShortcuts ? [{ label: t('keys.open'), onSelect: onShortcuts }] : []),
  ];
  return (
    <MenuButton label={t('top.view')} items={items}>
      {t('top.view')}
    </MenuButton>
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
  // Actions never change, so read them once instead of subscribing to the whole state.
  const actions = useEditorApi().getState();
  const fit = useFitFlow();
  // After auto-layout the cards move far; show them all once React Flow has drawn the new positions.
  const layout = () => void actions.layout().then(() => fit({ duration: 300 }));
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
      <ChannelsButton />
      <ForecastButton />
      <ViewMenu onShortcuts={onShortcuts} />
      <LanguageSwitch />
    </header>
  );
}
