import { formatMoney } from '../../runtime/index';
import type { OrderIssue, ServiceTally, SimulationSummary } from '../../runtime/index';
import { byCount, count, formatTable, share } from './table';

/** Shown per list; the JSON output (--json) has everything. */
const SHOWN = 10;

function money(amount: number, currency: string): string {
  try {
    return formatMoney(amount, currency);
  } catch {
    return `${amount} ${currency} (minor units)`;
  }
}

function section(title: string, lines: readonly string[]): string[] {
  return lines.length === 0 ? [] : ['', title, ...lines];
}

function countTable(record: Readonly<Record<string, number>>, whole: number, limit = SHOWN): string[] {
  const entries = byCount(record);
  const rows = entries.slice(0, limit).map(([key, n]) => [key, count(n), share(n, whole)]);
  const more = entries.length > limit ? [`  … ${entries.length - limit} more`] : [];
  return [...formatTable(rows, ['left', 'right', 'right']), ...more];
}

function nodeLines(summary: SimulationSummary): string[] {
  const rows = [['node', 'type', 'hits', 'ports']];
  for (const [id, stats] of Object.entries(summary.nodes)) {
    const ports = byCount(stats.ports)
      .map(([port, n]) => `${port} ${count(n)}`)
      .join(' · ');
    rows.push([stats.name ? `${id} ${stats.name}` : id, stats.type, count(stats.hits), ports]);
  }
  return formatTable(rows, ['left', 'left', 'right', 'left']);
}

function moneyLines(summary: SimulationSummary): string[] {
  const rows = [['currency', 'orders', 'discount', 'average']];
  for (const [currency, t] of Object.entries(summary.discounts).sort()) {
    rows.push([currency, count(t.orders), money(t.amount, currency), money(Math.round(t.amount / t.orders), currency)]);
  }
  return rows.length > 1 ? formatTable(rows, ['left', 'right', 'right', 'right']) : [];
}

function giftLines(summary: SimulationSummary): string[] {
  const rows = [['sku', 'orders', 'units', 'cost']];
  for (const [sku, g] of Object.entries(summary.gifts).sort()) {
    const cost =
      Object.entries(g.cost)
        .map(([currency, amount]) => money(amount, currency))
        .join(' + ') || '–';
    rows.push([sku, count(g.orders), count(g.quantity), cost]);
  }
  return rows.length > 1 ? formatTable(rows, ['left', 'right', 'right', 'right']) : [];
}

function routeLines(summary: SimulationSummary): string[] {
  const r = summary.routes;
  if (r.routed + r.fallback === 0) return [];
  const lines = [
    `  routed ${count(r.routed)} orders in ${count(r.shipments)} shipments (split ${count(r.split)}); no route ${count(r.fallback)}`,
  ];
  lines.push('  by warehouse (shipments):', ...countTable(r.warehouses, r.shipments).map((l) => `  ${l}`));
  lines.push('  by carrier (shipments):', ...countTable(r.carriers, r.shipments).map((l) => `  ${l}`));
  for (const [currency, t] of Object.entries(r.shippingCost).sort()) {
    lines.push(
      `  average shipping cost ${currency}: ${money(Math.round(t.amount / t.orders), currency)} per order (${count(t.orders)} orders, total ${money(t.amount, currency)})`,
    );
  }
  return lines;
}

/** One row per province or channel: orders, and the share routed, held for review and without a route. */
function serviceLines(tallies: Readonly<Record<string, ServiceTally>>): string[] {
  const keys = Object.keys(tallies).sort((a, b) => tallies[b]!.orders - tallies[a]!.orders || (a < b ? -1 : 1));
  if (keys.length === 0) return [];
  const rows = keys.map((key) => {
    const t = tallies[key]!;
    return [key, count(t.orders), share(t.routed, t.orders), share(t.held, t.orders), share(t.fallback, t.orders)];
  });
  return formatTable(
    [['', 'orders', 'routed', 'held', 'no route'], ...rows],
    ['left', 'right', 'right', 'right', 'right'],
  );
}

function issueLine(issue: OrderIssue): string {
  const where = [
    issue.line !== undefined ? `line ${issue.line}` : '',
    issue.orderId ?? '(no id)',
    issue.nodeId ? `at ${issue.nodeId}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return `  ${where}: ${issue.reasons.join('; ')}`;
}

/** The summary as aligned, readable text for a terminal. */
export function printSummary(summary: SimulationSummary): string {
  const s = summary.status;
  const out = [`Flow ${summary.flowId} — ${summary.flowName}`, `Orders: ${count(summary.orders)}`];
  out.push(
    ...formatTable(
      (['completed', 'waiting', 'rejected', 'failed'] as const).map((k) => [
        k,
        count(s[k]),
        share(s[k], summary.orders),
      ]),
      ['left', 'right', 'right'],
    ),
  );
  const decided = Object.values(summary.decisions).reduce((a, b) => a + b, 0);
  out.push(...section('Decisions', countTable(summary.decisions, decided)));
  out.push(...section('Nodes', nodeLines(summary)));
  out.push(...section('Discounts', moneyLines(summary)));
  out.push(...section('Gifts', giftLines(summary)));
  out.push(...section('Routing', routeLines(summary)));
  out.push(...section('Service by province (orders the flow handled)', serviceLines(summary.service.byProvince)));
  out.push(...section('Service by channel', serviceLines(summary.service.byChannel)));
  const waiting = Object.entries(summary.waiting).map(([id, w]) => [id, w.kind, count(w.count)]);
  out.push(...section('Waiting for a person', formatTable(waiting, ['left', 'left', 'right'])));
  out.push(...section('Tags added', countTable(summary.tags, summary.orders)));
  out.push(...section('Effects for the host', countTable(summary.effects, summary.orders)));
  const rj = summary.rejections;
  if (rj.count > 0) {
    out.push('', `Rejected orders: ${count(rj.count)} (invalid input; fix the source data)`);
    const reasons = byCount(rj.reasons)
      .slice(0, SHOWN)
      .map(([reason, n]) => [count(n), reason]);
    out.push(...formatTable([['orders', 'reason'], ...reasons], ['right', 'left']));
    out.push('  examples:', ...rj.samples.slice(0, SHOWN).map((i) => `  ${issueLine(i)}`));
  }
  if (summary.failures.count > 0) {
    out.push('', `Failed runs: ${count(summary.failures.count)} (a node threw or the flow misbehaved)`);
    out.push(...summary.failures.samples.slice(0, SHOWN).map(issueLine));
  }
  return out.join('\n') + '\n';
}
