import type { ORDER_STATUSES } from '../../runtime/node/index';

export type OrderStatus = (typeof ORDER_STATUSES)[number];
