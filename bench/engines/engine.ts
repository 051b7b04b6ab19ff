import type { Order } from '../../runtime/index';
import type { Decision } from '../decision/decision';

/** One way of deciding an order, as the benchmark drives it. */
export interface Engine {
  readonly name: string;
  /** What the engine computes itself, and what its adapter does around it (for the report). */
  readonly computes: string;
  /** 'raw': the engine is handed the order JSON as it came in and validates it itself. */
  readonly input?: 'validated' | 'raw';
  /** The timed call: decide one order, returning the engine's own result. */
  readonly run?: (order: Order) => unknown;
  /** Async engines: the timed call, awaited order by order. */
  readonly runAsync?: (order: Order) => Promise<unknown>;
  /** The comparable tuple, for the agreement check (not timed). */
  readonly decision: (order: Order) => Decision | Promise<Decision>;
}
