import type { Clock } from '../clock';
import type { ServerConfig } from '../config';
import type { Metrics } from '../metrics';
import type { RunStore } from '../store/types/index';
import type { PlanCache } from './plans';
import type { World } from './world';

/** What the services share; built once in app.ts. */
export interface ServiceDeps {
  readonly store: RunStore;
  readonly clock: Clock;
  readonly config: ServerConfig;
  readonly world: World;
  readonly plans: PlanCache;
  readonly metrics: Metrics;
}
