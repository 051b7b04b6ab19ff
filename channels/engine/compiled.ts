import type { Conversion, ConversionName, ValueKind } from '../conversions';
import type { Decimal, Rounding } from '../conversions/decimal';
import type { Zone } from '../conversions/zone';
import type { ChannelMapping, FULFILMENT_EVENT_TYPES } from '../mapping.schema';

export type FulfilmentEventType = (typeof FULFILMENT_EVENT_TYPES)[number];
import type { CompiledPath } from '../path/path';
import type { OrderStatus } from './status-types';
import type { FastRead } from './fast-field';

/** A mapping turned into ready-to-run pieces once; normalize only follows them. */
export type Literal = string | number | boolean | null;

export interface CompiledField {
  /** The canonical field it fills, for messages and flags: "shippingAddress.city", "lines.unitPrice". */
  readonly label: string;
  readonly kind: ValueKind;
  readonly sources: readonly CompiledPath[];
  readonly constant?: { readonly value: Literal };
  readonly aggregate: 'first' | 'sum' | 'join' | 'all' | 'concat';
  readonly separator: string;
  /** Exact arithmetic on a number before its conversion: × multiply ÷ divide (negate folded into multiply). */
  readonly arithmetic?: { readonly multiply: Decimal; readonly divide?: Decimal };
  readonly absentWhen: ReadonlySet<string | null>;
  readonly map?: ReadonlyMap<string, Literal>;
  readonly conversionName: ConversionName;
  readonly conversion: Conversion;
  readonly currencyFrom?: CompiledPath;
  readonly divisor?: CompiledPath | Decimal;
  readonly divideBy?: CompiledPath | bigint;
  readonly rounding?: Rounding;
  readonly prefix?: string;
  readonly masked: boolean;
  /** Check the value for masks (contact and address fields, attributes). */
  readonly watchMasks: boolean;
  readonly fallback?: CompiledField | { readonly value: Literal };
  /** The happy path compiled once (fast-field.ts); normalize falls back to evaluateField when it says SLOW. */
  readonly fastRead?: FastRead;
}

export type Test =
  | { readonly kind: 'equals'; readonly texts: ReadonlySet<string | null> }
  | { readonly kind: 'not'; readonly texts: ReadonlySet<string | null> }
  | { readonly kind: 'present'; readonly present: boolean }
  | { readonly kind: 'anyCase'; readonly texts: ReadonlySet<string> }
  | {
      readonly kind: 'range';
      readonly gt?: number;
      readonly gte?: number;
      readonly lt?: number;
      readonly lte?: number;
    };

export type CompiledWhen = readonly { readonly path: CompiledPath; readonly test: Test }[];

export interface CompiledLines {
  readonly from: readonly CompiledPath[];
  readonly skip: readonly CompiledWhen[];
  readonly groupBy?: CompiledPath;
  readonly fields: Readonly<Record<string, CompiledField>>;
  readonly whenMissing?: { readonly reason: string; readonly fields: Readonly<Record<string, CompiledField>> };
}

export interface CompiledFulfilment {
  readonly promise: { readonly handoverBy?: CompiledField; readonly deliverBy?: CompiledField };
  readonly events: readonly {
    readonly type: FulfilmentEventType;
    /** Empty: the order record gives one event. */
    readonly rows: readonly CompiledPath[];
    readonly when: CompiledWhen;
    readonly at: CompiledField;
    readonly shipmentId?: CompiledField;
  }[];
}

export interface CompiledRelated {
  readonly name: string;
  readonly records: readonly CompiledPath[];
  readonly key: CompiledPath;
  readonly matches: CompiledPath;
}

export interface CompiledMapping {
  readonly mapping: ChannelMapping;
  readonly channel: string;
  readonly records: readonly CompiledPath[];
  readonly zone?: Zone;
  /** Where a record names its own zone (replaces `zone` for that order). */
  readonly zoneFrom?: CompiledPath;
  readonly related: readonly CompiledRelated[];
  readonly fields: Readonly<Record<string, CompiledField>>;
  readonly customer: {
    readonly buyerId?: CompiledField;
    readonly email?: CompiledField;
    readonly phone?: CompiledField;
    readonly fallbackId?: CompiledField;
    readonly namespace: string;
    readonly callingCode?: string;
    readonly relayEmailDomains: readonly string[];
  };
  readonly status: {
    readonly rules: readonly { readonly when: CompiledWhen; readonly status: OrderStatus }[];
    readonly otherwise?: OrderStatus;
    readonly partiallyRefunded: readonly CompiledWhen[];
  };
  readonly flags: readonly { readonly name: string; readonly any: readonly CompiledWhen[] }[];
  readonly lines: CompiledLines;
  readonly attributes: readonly { readonly name: string; readonly field: CompiledField }[];
  readonly linesSubtotal?: CompiledField;
  readonly fulfilment?: CompiledFulfilment;
  /** Top-level record keys some path reads ("*" = all), to list the unmapped ones. */
  readonly readsTopKeys: ReadonlySet<string>;
}

export interface MappingProblem {
  /** Where in the mapping document, e.g. $.fields.createdAt.convert */
  readonly path: string;
  readonly message: string;
}
