import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Locale } from '../../../runtime/index';
import { routeNode } from '../../../nodes/route/route.node';
import {
  cny,
  makeCarrier,
  makeContext,
  makeOrder,
  makeWarehouse,
  planOf,
  runNode,
} from '../../../nodes/route/test-fixtures';
import { translateSim } from '../i18n';
import { FulfilmentView } from './FulfilmentView';

afterEach(cleanup);

/** 12 warehouses × 8 carriers: past the full-listing limit, so the router lists the best and counts the rest. */
function largeWorldPlan(locale: Locale) {
  const warehouses = Array.from({ length: 12 }, (_, i) =>
    makeWarehouse({
      id: `W${i}`,
      province: 'Shanghai',
      handlingCost: cny(100 + i * 10),
      stock: { 'SKU-A': i % 4 === 0 ? 0 : 5 },
    }),
  );
  const carriers = Array.from({ length: 8 }, (_, i) =>
    makeCarrier({ id: `C${i}`, baseCost: cny(900 + i * 50), excludedProvinces: i === 7 ? ['Shanghai'] : [] }),
  );
  const order = makeOrder({ lines: [{ sku: 'SKU-A', quantity: 1 }] });
  return planOf(runNode(routeNode, {}, order, makeContext({ warehouses, carriers }), undefined, locale));
}

describe('FulfilmentView in a large world', () => {
  it.each(['en', 'zh'] as const)('counts every pair weighed and says why the unlisted ones lost (%s)', (locale) => {
    const plan = largeWorldPlan(locale);
    render(<FulfilmentView plan={plan} t={(key, params) => translateSim(locale, key, params)} />);
    expect(screen.getByText(`${translateSim(locale, 'candidates')} (96)`)).toBeTruthy();
    const note = screen.getByTestId('route-omitted').textContent ?? '';
    expect(plan.omitted?.count).toBe(96 - plan.candidates.length);
    expect(note).toBe(plan.omitted?.note);
    // 3 warehouses lack stock (× the 7 carriers that serve Shanghai) and one carrier skips Shanghai.
    expect(note).toMatch(
      locale === 'en' ? /21 lacked stock.*carrier that cannot take it/ : /21 个缺货.*承运商无法承运/,
    );
  });
});
