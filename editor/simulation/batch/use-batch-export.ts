import { useState } from 'react';
import type { Flow, Locale, NodeRegistry } from '../../../runtime/index';
import type { SimulationDb } from '../db/simulation-db';
import { download, fileBaseFor } from '../export';
import { stepNames } from '../step-names';
import { exportInWorker } from '../worker/job-client';
import type { WorkerLike } from '../worker/protocol';
import type { BatchView } from './batch-view';

/** Exports a stored run as CSV or JSON; `exporting` while one is being written. */
export function useBatchExport(
  db: SimulationDb,
  flow: Flow,
  registry: NodeRegistry,
  locale: Locale,
  createWorker: (() => WorkerLike) | undefined,
) {
  const [exporting, setExporting] = useState(false);
  // Every order's result is read and written out in a worker: the page's thread only saves the text.
  const exportAs = async (shown: BatchView, format: 'csv' | 'json') => {
    if (!shown.resultsKey) return;
    setExporting(true);
    try {
      const header = { flowId: flow.id, fingerprint: shown.fingerprint, summary: shown.summary };
      const text = await exportInWorker(
        db,
        {
          resultsKey: shown.resultsKey,
          format,
          ...(format === 'json' ? { header } : { stepNames: stepNames(flow, registry, locale) }),
        },
        createWorker ? { createWorker } : {},
      );
      download(`${fileBaseFor(flow)}-simulation.${format}`, text, format === 'csv' ? 'text/csv' : 'application/json');
    } finally {
      setExporting(false);
    }
  };
  return { exporting, exportAs };
}
