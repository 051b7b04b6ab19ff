import type { ChannelMapping } from '../../../channels/index';
import { checkRecord } from '../../../runtime/index';
import { addDataset } from '../db/repo';
import type { SimulationDb } from '../db/simulation-db';
import { REFUSED_SHOWN, type ImportedMessage } from '../worker/protocol';
import { normalizePayloadFile } from './channel-payloads';
import { parseOrdersFile } from './parse-file';

export interface ImportInput {
  readonly fileName: string;
  readonly text: string;
  /** Raw payloads of this channel (a built-in name, or a saved mapping) instead of canonical orders. */
  readonly mapping?: string | ChannelMapping;
}

export type ImportOutcome = Omit<ImportedMessage, 'type' | 'jobId'>;

/**
 * A file → a stored data set. Canonical orders are read as `orderflow simulate` reads them; channel
 * payloads are normalized first. Every order is validated here, once: valid ones are stored in
 * canonical form, so batches run them without validating again. Runs in the simulation worker.
 */
export async function importDataset(db: SimulationDb, input: ImportInput): Promise<ImportOutcome> {
  const { fileName, text, mapping } = input;
  if (mapping === undefined) {
    const parsed = await parseOrdersFile(fileName, text);
    if (parsed.records.length === 0) return { dataset: null, problems: parsed.problems, refused: 0, refusedShown: [] };
    const unreadable = parsed.records.filter((r) => 'error' in r).length;
    const dataset = await addDataset(
      db,
      { name: fileName, format: parsed.format, orders: parsed.records.length - unreadable, unreadable },
      parsed.records.map(checkRecord),
    );
    return { dataset, problems: parsed.problems, refused: 0, refusedShown: [] };
  }
  const channel = typeof mapping === 'string' ? mapping : mapping.channel;
  const parsed = normalizePayloadFile(fileName, text, mapping);
  if (parsed.records.length === 0) return { dataset: null, problems: parsed.problems, refused: 0, refusedShown: [] };
  const dataset = await addDataset(
    db,
    {
      name: `${fileName} (${channel})`,
      format: parsed.format,
      channel,
      orders: parsed.records.length - parsed.refused,
      unreadable: parsed.refused,
    },
    parsed.records.map(checkRecord),
  );
  const refusedShown = parsed.records.flatMap((r) => ('error' in r ? [r] : [])).slice(0, REFUSED_SHOWN);
  return { dataset, problems: parsed.problems, refused: parsed.refused, refusedShown };
}
