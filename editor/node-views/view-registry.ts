import type { ComponentType } from 'react';
import type { Locale } from '../../runtime/index';
import type { NodeCategory } from '../../runtime/node/index';
import type { IconName } from './icons';

/** What a custom field widget receives; it must call `onChange` with the value to store in the config. */
export interface FieldWidgetProps {
  /** The id the field's label points at: give it to the input, so the label names it. */
  readonly id?: string;
  readonly value: unknown;
  readonly onChange: (value: unknown) => void;
  readonly locale: Locale;
  /** The field's JSON Schema (from z.toJSONSchema, io: "input"). */
  readonly schema: Readonly<Record<string, unknown>>;
  readonly config: Readonly<Record<string, unknown>>;
  readonly invalid: boolean;
}

/**
 * Editor-only parts of a node type: looks and optional field widgets. Node definitions stay free of
 * React; a type without a view gets its category's icon and colour and the generated form.
 */
export interface NodeView {
  readonly icon?: IconName;
  /** CSS colour of the card's accent stripe and icon. */
  readonly accent?: string;
  /** Widgets by field path ("channels", "cases.expression"; array indices left out). */
  readonly fields?: Readonly<Record<string, ComponentType<FieldWidgetProps>>>;
}

const CATEGORY_LOOKS: Readonly<Record<NodeCategory, Required<Pick<NodeView, 'icon' | 'accent'>>>> = {
  trigger: { icon: 'play', accent: '#0f9d58' },
  logic: { icon: 'branch', accent: '#3b6fe0' },
  promotion: { icon: 'percent', accent: '#e8590c' },
  review: { icon: 'check', accent: '#9c36b5' },
  fulfilment: { icon: 'truck', accent: '#0c8599' },
  action: { icon: 'bell', accent: '#5c677d' },
  custom: { icon: 'puzzle', accent: '#868e96' },
};

const views = new Map<string, NodeView>();

/** Registers (or extends) the view of a node type; later calls win field by field. */
export function registerNodeView(type: string, view: NodeView): void {
  const current = views.get(type);
  views.set(type, { ...current, ...view, fields: { ...current?.fields, ...view.fields } });
}

export function nodeLook(type: string, category: NodeCategory): { icon: IconName; accent: string } {
  const view = views.get(type);
  const fallback = CATEGORY_LOOKS[category];
  return { icon: view?.icon ?? fallback.icon, accent: view?.accent ?? fallback.accent };
}

/** A custom widget for this field of this node type, or one registered for every type with "*". */
export function fieldWidget(type: string, fieldPath: string): ComponentType<FieldWidgetProps> | undefined {
  return views.get(type)?.fields?.[fieldPath] ?? views.get('*')?.fields?.[fieldPath];
}
