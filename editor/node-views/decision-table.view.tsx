import { decisionTableNode } from '../../nodes/decision-table/decision-table.node';
import { TableEditorButton } from '../decision-table/TableEditorButton';
import { defineNodeView } from './view-registry';

/** The rows and columns are edited as a grid, opened from above the form. */
export const decisionTableView = defineNodeView(decisionTableNode, { formHeader: TableEditorButton });
