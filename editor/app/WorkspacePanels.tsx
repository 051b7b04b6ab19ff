import { createContext, useContext, useState, type ReactNode } from 'react';
import {
  Group,
  Panel,
  Separator,
  useDefaultLayout,
  usePanelRef,
  type PanelImperativeHandle,
} from 'react-resizable-panels';
import { useT } from '../i18n/use-t';
import { safeStorage } from './remembered';

export type SidePanel = 'left' | 'right' | 'bottom';

interface PanelControls {
  readonly collapsed: Readonly<Record<SidePanel, boolean>>;
  readonly toggle: (panel: SidePanel) => void;
  /** Makes the bottom panel at least this share of the height (the simulation needs room). */
  readonly growBottom: (percent: number) => void;
}

const Controls = createContext<PanelControls | null>(null);

/** Collapse, expand and grow the side and bottom panels from anywhere in the layout (top bar, tabs). */
export function usePanelControls(): PanelControls | null {
  return useContext(Controls);
}

function toggleOf(ref: { current: PanelImperativeHandle | null }) {
  const panel = ref.current;
  if (!panel) return;
  if (panel.isCollapsed()) panel.expand();
  else panel.collapse();
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
  const refs = { left: leftRef, right: rightRef, bottom: bottomRef };
  const controls: PanelControls = {
    collapsed,
    toggle: (panel) => toggleOf(refs[panel]),
    growBottom: (percent) => {
      const panel = bottomRef.current;
      if (panel && panel.getSize().asPercentage < percent) panel.resize(`${percent}%`);
    },
  };
  const track = (panel: SidePanel) => () =>
    setCollapsed((now) => {
      const is = refs[panel].current?.isCollapsed() ?? false;
      return now[panel] === is ? now : { ...now, [panel]: is };
    });
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
              collapsedSize="0px"
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
          collapsedSize="0px"
          onResize={track('bottom')}
          className="bottom"
        >
          {bottom}
        </Panel>
      </Group>
    </Controls.Provider>
  );
}
