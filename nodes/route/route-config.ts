import { z } from 'zod';
import type { Locale, PrepareTools, CompiledLogic } from '../../runtime/node/index';
import { schemaMessage } from '../../runtime/node/index';
import { describeLogic } from '../shared/describe-logic';
import { text } from '../shared/text';
import { jsonLogicSchema } from '../shared/json-logic-schema';

const weight = (fallback: number, help: string) => z.number().min(0).max(100).default(fallback).describe(help);

export const DEFAULT_WEIGHTS = Object.freeze({ cost: 0.5, transit: 0.3, tier: 0.2 });

export const routeConfigSchema = z.strictObject({
  weights: z
    .strictObject({
      cost: weight(DEFAULT_WEIGHTS.cost, 'How much a cheaper warehouse × carrier pair counts'),
      transit: weight(DEFAULT_WEIGHTS.transit, 'How much delivering within the promise counts'),
      tier: weight(DEFAULT_WEIGHTS.tier, "How much a warehouse that prioritises the customer's tier counts"),
    })
    .refine((w) => w.cost + w.transit + w.tier > 0, {
      message: schemaMessage(text('at least one weight must be above zero', '至少要有一项权重大于 0')),
    })
    .default(() => ({ ...DEFAULT_WEIGHTS }))
    .describe('Relative weights of cost, transit time and tier priority (scaled to sum to 1)'),
  promiseDays: z
    .number()
    .int()
    .min(0)
    .max(60)
    .default(3)
    .describe('Delivery promise in days; slower routes score lower'),
  allowSplit: z.boolean().default(false).describe('Split the order across warehouses when none holds every line'),
  maxShipments: z.number().int().min(2).max(10).default(2).describe('Most shipments a split may create'),
  splitLines: z
    .boolean()
    .default(false)
    .describe("With splitting: also divide one line's units between warehouses when none holds them all"),
  reviewRemote: z.boolean().default(false).describe('Send orders to remote areas to the review port'),
  reviewWhen: jsonLogicSchema
    .optional()
    .describe('JSONLogic condition: when true, send the proposed plan to the review port'),
  reviewReason: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .default('Check the proposed warehouse and carrier')
    .describe('Reason shown on the review hold'),
  reviewRole: z.string().trim().min(1).max(64).default('fulfilment-lead').describe('Who reviews the proposed plan'),
  excludeWarehouses: z
    .array(z.string().min(1).max(64))
    .max(500)
    .default([])
    .describe('Warehouse ids this step must not use'),
});
export type RouteConfig = z.output<typeof routeConfigSchema>;

/** Weights scaled to sum to 1, so scores read as 0..1. */
export interface RouteWeights {
  readonly cost: number;
  readonly transit: number;
  readonly tier: number;
}

export interface PreparedRoute {
  readonly weights: RouteWeights;
  readonly promiseDays: number;
  readonly allowSplit: boolean;
  readonly maxShipments: number;
  readonly splitLines: boolean;
  readonly reviewRemote: boolean;
  readonly reviewWhen: CompiledLogic | null;
  readonly reviewReason: string;
  readonly reviewRole: string;
  readonly excluded: ReadonlySet<string>;
}

export function normaliseWeights(weights: RouteConfig['weights']): RouteWeights {
  const sum = weights.cost + weights.transit + weights.tier;
  if (!(sum > 0)) return DEFAULT_WEIGHTS;
  return Object.freeze({ cost: weights.cost / sum, transit: weights.transit / sum, tier: weights.tier / sum });
}

export function prepareRoute(config: RouteConfig, tools: PrepareTools): PreparedRoute {
  return Object.freeze({
    weights: normaliseWeights(config.weights),
    promiseDays: config.promiseDays,
    allowSplit: config.allowSplit,
    maxShipments: config.maxShipments,
    splitLines: config.splitLines,
    reviewRemote: config.reviewRemote,
    reviewWhen: config.reviewWhen == null ? null : tools.logic(config.reviewWhen),
    reviewReason: config.reviewReason,
    reviewRole: config.reviewRole,
    excluded: new Set(config.excludeWarehouses),
  });
}

export function routeLogic(
  config: RouteConfig,
): readonly { readonly path: readonly (string | number)[]; readonly expression: unknown }[] {
  return config.reviewWhen == null ? [] : [{ path: ['reviewWhen'], expression: config.reviewWhen }];
}

const percent = (value: number) => `${Math.round(value * 100)}%`;

export function summarizeRoute(config: RouteConfig, locale: Locale): string {
  const w = normaliseWeights(config.weights);
  const zh = locale === 'zh';
  const parts = zh
    ? [
        `按 成本 ${percent(w.cost)} · 时效 ${percent(w.transit)} · 等级 ${percent(w.tier)} 择优`,
        `承诺 ${config.promiseDays} 天`,
      ]
    : [
        `Best of cost ${percent(w.cost)} · transit ${percent(w.transit)} · tier ${percent(w.tier)}`,
        `${config.promiseDays}-day promise`,
      ];
  if (config.allowSplit) {
    const lines = config.splitLines ? (zh ? '（单行可拆）' : ', lines too') : '';
    parts.push(
      zh ? `可拆分至多 ${config.maxShipments} 个包裹${lines}` : `split into up to ${config.maxShipments}${lines}`,
    );
  }
  if (config.reviewRemote) parts.push(zh ? '偏远地区 → 复核' : 'remote → review');
  if (config.reviewWhen != null)
    parts.push(`${zh ? '复核条件：' : 'review when '}${describeLogic(config.reviewWhen, locale)}`);
  if (config.excludeWarehouses.length > 0)
    parts.push(`${zh ? '排除' : 'excludes'} ${config.excludeWarehouses.join(', ')}`);
  return parts.join(zh ? '；' : '; ');
}
