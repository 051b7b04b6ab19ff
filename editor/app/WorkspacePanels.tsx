import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import {
  Group,
  Panel,
  Separator,
  useDefaultLayout,
  usePanelRef,
  type PanelImperativeHandle,
} from 'react-resizable-panels';
import { useT } from '../i18n/use-t';
import { openSize, rememberOpenSize, rememberUserClosed, roomAction, userClosed, type RoomPanel } from './panel-room';
import { safeStorage } from './remembered';

export type SidePanel = 'left' | 'right' | 'bottom';

interface PanelControls {
  readonly collapsed: Readonly<Record<SidePanel, boolean>>;
  /** The user opens or closes a panel (View menu, the settings rail, a bottom tab): their choice is remembered. */
  readonly toggle: (panel: SidePanel) => void;
  readonly open: (panel: SidePanel) => void;
  /** A panel says whether it has something to show; it opens or folds unless the user closed it. */
  readonly fit: (panel: RoomPanel, wanted: boolean) => void;
  /** Makes the bottom panel at least this share of the height (the simulation needs room). */
  readonly growBottom: (percent: number) => void;
}

/** Folded, settings is a thin rail with its name and the bottom panel a one-line status bar with its tabs. */
const RAIL_PX = 36;
const STATUS_BAR_PX = 36;

const Controls = createContext<PanelControls | null>(null);

/** Collapse, expand and grow the side and bottom panels from anywhere in the layout (top bar, tabs). */
export function usePanelControls(): PanelControls | null {
  return useContext(Controls);
}

type PanelRef = { current: PanelImperativeHandle | null };

/** Opens a folded panel at the size it had when last open (the library forgets it across reloads). */
function expandRemembered(panel: PanelImperativeHandle, id: SidePanel) {
  panel.expand();
  const size = id === 'left' ? undefined : openSize(id);
  if (size) panel.resize(size);
}

/**
 * Opens or folds the panels whose content asks for room (settings when a card is selected, problems when there
 * are any); a panel the user closed stays closed. Runs after layout so the panel library knows its panels.
 */
export function usePanelRoom(panel: RoomPanel, wanted: boolean): void {
  const fit = usePanelControls()?.fit;
  useEffect(() => {
    if (!fit) return;
    const frame = requestAnimationFrame(() => fit(panel, wanted));
    return () => cancelAnimationFrame(frame);
  }, [fit, panel, wanted]);
}

/**
 * The editor's panels around the canvas: steps/flows on the left, settings on the right, problems,
 * versions and simulation below. Each can be resized by dragging (or with the arrow keys on its
 * separator) and collapsed; sizes are remembered in localStorage across reloads.
 */
export function WorkspacePanels({
  left,
  centre,
  right,
  bottom,
  children,
}: {
  left: ReactNode;
  centre: ReactNode;
  right: ReactNode;
  bottom: ReactNode;
  /** Rendered inside the controls' context, outside the panels (the top bar). */
  children: ReactNode;
}) {
  const t = useT();
  const rows = useDefaultLayout({ id: 'orderflow.layout.rows', storage: safeStorage });
  const columns = useDefaultLayout({ id: 'orderflow.layout.columns', storage: safeStorage });
  const leftRef = usePanelRef();
  const rightRef = usePanelRef();
  const bottomRef = usePanelRef();
  const [collapsed, setCollapsed] = useState<Record<SidePanel, boolean>>({ left: false, right: false, bottom: false });
  const refs: Record<SidePanel, PanelRef> = { left: leftRef, right: rightRef, bottom: bottomRef };
  const refsNow = useRef(refs);
  refsNow.current = refs;
  const fit = useCallback((id: RoomPanel, wanted: boolean) => {
    const panel = refsNow.current[id].current;
    if (!panel) return;
    const action = roomAction({ wanted, collapsed: panel.isCollapsed(), userClosed: userClosed(id) });
    if (action === 'expand') expandRemembered(panel, id);
    else if (action === 'collapse') panel.collapse();
  }, []);
  const setByUser = (id: SidePanel, open: boolean) => {
    const panel = refs[id].current;
    if (!panel) return;
    if (id !== 'left') rememberUserClosed(id, !open);
    if (open && panel.isCollapsed()) expandRemembered(panel, id);
    else if (!open && !panel.isCollapsed()) panel.collapse();
  };
  const controls: PanelControls = {
    collapsed,
    toggle: (panel) => setByUser(panel, refs[panel].current?.isCollapsed() ?? false),
    open: (panel) => setByUser(panel, true),
    fit,
    growBottom: (percent) => {
      const panel = bottomRef.current;
      if (panel && panel.getSize().asPercentage < percent) panel.resize(`${percent}%`);
    },
  };
  const track = (panel: SidePanel) => () => {
    const handle = refs[panel].current;
    const is = handle?.isCollapsed() ?? false;
    // Keep the open size: settings in pixels (a wide screen should not widen it), the bottom as a share of height.
    if (handle && !is && panel !== 'left') {
      const size = handle.getSize();
      rememberOpenSize(
        panel,
        panel === 'right' ? `${Math.round(size.inPixels)}px` : `${size.asPercentage.toFixed(1)}%`,
      );
    }
    setCollapsed((now) => (now[panel] === is ? now : { ...now, [panel]: is }));
  };
  return (
    <Controls.Provider value={controls}>
      {children}
      <Group
        orientation="vertical"
        className="workspace-rows"
        defaultLayout={rows.defaultLayout}
        onLayoutChanged={rows.onLayoutChanged}
      >
        <Panel id="main" minSize="30%">
          <Group
            orientation="horizontal"
            className="workspace"
            defaultLayout={columns.defaultLayout}
            onLayoutChanged={columns.onLayoutChanged}
          >
            <Panel
              id="left"
              panelRef={leftRef}
              defaultSize="232px"
              minSize="160px"
              maxSize="40%"
              collapsible
              collapsedSize="0px"
              onResize={track('left')}
              className="column-left"
            >
              {left}
            </Panel>
            <Separator className="resize-handle" aria-label={t('layout.resizeLeft')} />
            <Panel id="centre" minSize="30%">
              {centre}
            </Panel>
            <Separator className="resize-handle" aria-label={t('layout.resizeRight')} />
            <Panel
              id="right"
              panelRef={rightRef}
              defaultSize="320px"
              minSize="220px"
              maxSize="50%"
              collapsible
              collapsedSize={`${RAIL_PX}px`}
              onResize={track('right')}
              className="column-right"
            >
              {right}
            </Panel>
          </Group>
        </Panel>
        <Separator className="resize-handle resize-handle-row" aria-label={t('layout.resizeBottom')} />
        <Panel
          id="bottom"
          panelRef={bottomRef}
          defaultSize="24%"
          minSize="90px"
          collapsible
          collapsedSize={`${STATUS_BAR_PX}px`}
          onResize={track('bottom')}
          className="bottom"
        >
          {bottom}
        </Panel>
      </Group>
    </Controls.Provider>
  );
}
