import type { ORDER_STATUSES } from '../../runtime/order/order.schema';

export type OrderStatus = (typeof ORDER_STATUSES)[number];
