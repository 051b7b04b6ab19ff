/** The editor halves of the core node types, each beside the definition it holds. */
import type { NodeView } from './view-registry';
import { triggerView } from './trigger.view';
import { conditionView } from './condition.view';
import { switchView } from './switch.view';
import { decisionTableView } from './decision-table.view';
import { discountView } from './discount.view';
import { giftView } from './gift.view';
import { approvalView } from './approval.view';
import { qcCheckView } from './qc-check.view';
import { routeView } from './route.view';
import { tagView } from './tag.view';
import { setFieldView } from './set-field.view';
import { notifyView } from './notify.view';
import { callApiView } from './call-api.view';
import { endView } from './end.view';

export const coreViews: readonly NodeView[] = [
  triggerView,
  conditionView,
  switchView,
  decisionTableView,
  discountView,
  giftView,
  approvalView,
  qcCheckView,
  routeView,
  tagView,
  setFieldView,
  notifyView,
  callApiView,
  endView,
];
