import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';

/**
 * Panels that colleagues build in their own folders (JSON view, flow list, versions). A glob finds
 * each one if it exists, so this shell builds and runs before they land, and each loads lazily in
 * its own chunk (Monaco stays out of the first page). Contract: the file exports a component by the
 * name given here, takes no props, and reads the editor through the store hooks (editor/store).
 */
const MODULES = import.meta.glob<Record<string, unknown>>([
  '../json-view/JsonView.tsx',
  '../panels/flows/FlowsPanel.tsx',
  '../panels/versions/VersionsPanel.tsx',
]);

export type SlotName = 'JsonView' | 'FlowsPanel' | 'VersionsPanel';
const PATHS: Record<SlotName, string> = {
  JsonView: '../json-view/JsonView.tsx',
  FlowsPanel: '../panels/flows/FlowsPanel.tsx',
  VersionsPanel: '../panels/versions/VersionsPanel.tsx',
};

const components = new Map<SlotName, ComponentType | null>();

function slotComponent(name: SlotName): ComponentType | null {
  if (components.has(name)) return components.get(name)!;
  const load = MODULES[PATHS[name]];
  const component = load
    ? lazy(async () => {
        const module = await load();
        const found = module[name] ?? module.default;
        if (typeof found !== 'function' && typeof found !== 'object') throw new Error(`${PATHS[name]} does not export ${name}`);
        return { default: found as ComponentType };
      })
    : null;
  components.set(name, component);
  return component;
}

export function hasSlot(name: SlotName): boolean {
  return Object.hasOwn(MODULES, PATHS[name]);
}

export function Slot({ name, fallback }: { name: SlotName; fallback: ReactNode }) {
  const Found = slotComponent(name);
  if (!Found) return <>{fallback}</>;
  return (
    <Suspense fallback={fallback}>
      <Found />
    </Suspense>
  );
}
