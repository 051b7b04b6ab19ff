import type { ComponentType } from 'react';
import type { z } from 'zod';
import type { AnyNodeDefinition, Locale } from '../../runtime/index';
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

/** The top-level config keys of a node type: a view's widgets can name only fields its node has. */
type ConfigKey<D extends AnyNodeDefinition> = Extract<keyof z.input<D['config']>, string>;

/**
 * The editor half of a node type (tldraw's ShapeUtil pattern): it holds its node definition as a value,
 * so the editor finds a view by the definition it already has, never by a type string, and a widget
 * for a field the node does not have is a type error. Node definitions stay free of React; a type
 * without a view gets its category's icon and colour and the generated form.
 */
export interface NodeView<D extends AnyNodeDefinition = AnyNodeDefinition> {
  readonly node: D;
  readonly icon?: IconName;
  /** CSS colour of the card's accent stripe and icon. */
  readonly accent?: string;
  /** Widgets by top-level config field, replacing the one the field's schema would get. */
  readonly fields?: Readonly<Partial<Record<ConfigKey<D>, ComponentType<FieldWidgetProps>>>>;
  /** Shown in the inspector above the generated form (the decision table's grid editor). */
  readonly formHeader?: ComponentType<{ readonly nodeId: string }>;
}

/** Writes a `<type>.view.tsx`: the node definition it belongs to, then its looks and widgets. */
export function defineNodeView<D extends AnyNodeDefinition>(node: D, view: Omit<NodeView<D>, 'node'>): NodeView<D> {
  return Object.freeze({ node, ...view });
}

const CATEGORY_LOOKS: Readonly<Record<NodeCategory, { readonly icon: IconName; readonly accent: string }>> = {
  trigger: { icon: 'play', accent: '#0f9d58' },
  logic: { icon: 'branch', accent: '#3b6fe0' },
  promotion: { icon: 'percent', accent: '#e8590c' },
  review: { icon: 'check', accent: '#9c36b5' },
  fulfilment: { icon: 'truck', accent: '#0c8599' },
  action: { icon: 'bell', accent: '#5c677d' },
  custom: { icon: 'puzzle', accent: '#868e96' },
};

/** The views an editor offers, looked up by node definition (the object), not by its type string. */
export interface ViewRegistry {
  readonly viewOf: (definition: AnyNodeDefinition | undefined) => NodeView | undefined;
  readonly lookOf: (definition: AnyNodeDefinition | undefined) => { icon: IconName; accent: string };
  readonly fieldWidget: (
    definition: AnyNodeDefinition,
    fieldPath: string,
  ) => ComponentType<FieldWidgetProps> | undefined;
}

export function createViewRegistry(views: readonly NodeView[]): ViewRegistry {
  const byDefinition = new Map<AnyNodeDefinition, NodeView>(views.map((view) => [view.node, view]));
  const viewOf = (definition: AnyNodeDefinition | undefined) => (definition ? byDefinition.get(definition) : undefined);
  return {
    viewOf,
    lookOf: (definition) => {
      const view = viewOf(definition);
      const fallback = CATEGORY_LOOKS[definition?.category ?? 'custom'];
      return { icon: view?.icon ?? fallback.icon, accent: view?.accent ?? fallback.accent };
    },
    fieldWidget: (definition, fieldPath) => {
      const fields: Readonly<Record<string, ComponentType<FieldWidgetProps> | undefined>> | undefined =
        viewOf(definition)?.fields;
      return fields && Object.hasOwn(fields, fieldPath) ? fields[fieldPath] : undefined;
    },
  };
}
