/**
 * Simulation mode for the editor. Import this module eagerly (it is tiny); the panel itself loads
 * in its own chunk through `LazySimulationPanel`.
 */
import { lazy } from 'react';

export const LazySimulationPanel = lazy(() => import('./SimulationPanel'));
export type { SimulationPanelProps } from './SimulationPanel';
export {
  useSimulationOverlay,
  countPath,
  overlayWriter,
  type SimulationOverlayData,
  type SimulationOverlayWriter,
} from './overlay';
