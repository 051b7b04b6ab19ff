import { z } from 'zod';
import type { Locale, LocalText, PrepareTools, CompiledLogic } from '../../runtime/node/index';
import { schemaMessage } from '../../runtime/node/index';
import { describeLogic } from '../shared/describe-logic';
import { fieldMeta, text } from '../shared/text';
import { jsonLogicSchema } from '../shared/json-logic-schema';

const weight = (fallback: number, label: LocalText, help: LocalText) =>
  z.number().min(0).max(100).default(fallback).meta(fieldMeta(label, help));

export const DEFAULT_WEIGHTS = Object.freeze({ cost: 0.5, transit: 0.3, tier: 0.2 });

export const routeConfigSchema = z.strictObject({
  weights: z
    .strictObject({
      cost: weight(
        DEFAULT_WEIGHTS.cost,
        text('Cost', '成本'),
        text('How much a cheaper warehouse × carrier pair counts', '成本更低的仓库 × 承运商组合所占权重'),
      ),
      transit: weight(
        DEFAULT_WEIGHTS.transit,
        text('Transit time', '时效'),
        text('How much delivering within the promise counts', '按承诺时效送达所占权重'),
      ),
      tier: weight(
        DEFAULT_WEIGHTS.tier,
        text('Customer tier', '会员等级'),
        text("How much a warehouse that prioritises the customer's tier counts", '优先服务该会员等级的仓库所占权重'),
      ),
    })
    .refine((w) => w.cost + w.transit + w.tier > 0, {
      message: schemaMessage(text('at least one weight must be above zero', '至少要有一项权重大于 0')),
    })
    .default(() => ({ ...DEFAULT_WEIGHTS }))
    .meta(
      fieldMeta(
        text('Weights', '权重'),
        text(
          'How much cost, transit time and tier count (scaled to add up to 1)',
          '成本、时效和会员等级的相对权重（自动换算为合计 1）',
        ),
      ),
    ),
  promiseDays: z
    .number()
    .int()
    .min(0)
    .max(60)
    .default(3)
    .meta(
      fieldMeta(
        text('Delivery promise (days)', '承诺送达（天）'),
        text('Delivery promise in days; slower routes score lower', '承诺送达天数；越慢的路线得分越低'),
      ),
    ),
  allowSplit: z
    .boolean()
    .default(false)
    .meta(
      fieldMeta(
        text('Allow split shipments', '允许拆单'),
        text('Split the order across warehouses when none holds every line', '没有单个仓库能发全部商品时允许拆单'),
      ),
    ),
  maxShipments: z
    .number()
    .int()
    .min(2)
    .max(10)
    .default(2)
    .meta(
      fieldMeta(
        text('Maximum shipments', '最多包裹数'),
        text('Most shipments a split may create', '拆单后最多的包裹数'),
      ),
    ),
  splitLines: z
    .boolean()
    .default(false)
    .meta(
      fieldMeta(
        text('Split a line across warehouses', '单行可拆到多个仓'),
        text(
          "With splitting: also divide one line's units between warehouses when none holds them all",
          '拆单时：若没有仓库能发齐某一行的全部数量，也可把该行拆到多个仓库',
        ),
      ),
    ),
  reviewRemote: z
    .boolean()
    .default(false)
    .meta(
      fieldMeta(
        text('Review remote areas', '偏远地区需复核'),
        text('Send orders to remote areas to review', '偏远地区的订单转人工复核'),
      ),
    ),
  reviewWhen: jsonLogicSchema
    .optional()
    .meta(
      fieldMeta(
        text('Review when', '复核条件'),
        text('When this holds, the proposed plan goes to review', '满足此条件时，发货方案转人工复核'),
        { widget: 'logic' },
      ),
    ),
  reviewReason: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .default('Check the proposed warehouse and carrier')
    .meta(
      fieldMeta(text('Review reason', '复核原因'), text('Reason shown on the review hold', '复核挂起时显示的原因')),
    ),
  reviewRole: z
    .string()
    .trim()
    .min(1)
    .max(64)
    .default('fulfilment-lead')
    .meta(fieldMeta(text('Reviewer role', '复核角色'), text('Who reviews the proposed plan', '复核发货方案的角色'))),
  excludeWarehouses: z
    .array(z.string().min(1).max(64))
    .max(500)
    .default([])
    .meta(
      fieldMeta(
        text('Excluded warehouses', '排除的仓库'),
        text('Warehouses this step must not use', '此步骤不可使用的仓库'),
      ),
    ),
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
