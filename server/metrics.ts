import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { RunStore } from './store/types/index';

/** One registry per server (tests start many). Labels never carry order, customer or user ids. */
export function createMetrics(store: RunStore) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'orderflow_' });
  return {
    registry,
    runs: new Counter({
      name: 'orderflow_runs_total',
      help: 'Runs started or advanced, by flow, version and outcome',
      labelNames: ['flow', 'version', 'outcome'],
      registers: [registry],
    }),
    runDuration: new Histogram({
      name: 'orderflow_run_duration_seconds',
      help: 'Time the runtime spent on one run step (validation excluded)',
      buckets: [0.00001, 0.00005, 0.0001, 0.0005, 0.001, 0.005, 0.01, 0.05],
      registers: [registry],
    }),
    waitsOpen: new Gauge({
      name: 'orderflow_waits_open',
      help: 'Holds waiting for a person, by kind',
      labelNames: ['kind'],
      registers: [registry],
      async collect() {
        const counts = await store.openWaitCounts();
        for (const kind of ['approval', 'qc']) this.set({ kind }, counts[kind] ?? 0);
      },
    }),
    slaBreaches: new Counter({
      name: 'orderflow_sla_breaches_total',
      help: 'Approvals that ran out of time and continued on timed_out',
      registers: [registry],
    }),
    httpRequests: new Counter({
      name: 'orderflow_http_requests_total',
      help: 'HTTP requests by method, route and status',
      labelNames: ['method', 'route', 'status'],
      registers: [registry],
    }),
    httpDuration: new Histogram({
      name: 'orderflow_http_request_duration_seconds',
      help: 'HTTP request duration by method and route',
      labelNames: ['method', 'route'],
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
      registers: [registry],
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
