/**
 * The mapping and payload texts shown for a channel choice: what the user wrote or pasted there, else
 * the saved mapping's own texts, the built-in's sample, or the template a new mapping starts from.
 */
import acmeMapping from '../../channels/testing/acme-shop.mapping.json?raw';
import acmeOrders from '../../channels/testing/acme-shop.orders.json?raw';
import { mappingText } from './catalog';
import type { SavedMappingRow } from './db';
import { builtIn } from './preview';
import { samplePayload } from './samples/index';

/** The option key of a mapping being written from scratch. */
export const NEW_MAPPING = 'new';
/** A new mapping starts from the complete small example in channels/testing (see channels/README.md). */
export const TEMPLATE_MAPPING = mappingText(JSON.parse(acmeMapping));

export interface KeptTexts {
  readonly drafts: Readonly<Record<string, string>>;
  readonly payloads: Readonly<Record<string, string>>;
}

export function shownTexts(
  key: string,
  row: SavedMappingRow | undefined,
  { drafts, payloads }: KeptTexts,
): { mapping: string; payload: string } {
  const entry = builtIn(key);
  const mapping = entry
    ? mappingText(entry.document)
    : (drafts[key] ?? row?.text ?? (key === NEW_MAPPING ? TEMPLATE_MAPPING : ''));
  const payload =
    payloads[key] ??
    (entry ? (samplePayload(entry.channel) ?? '') : (row?.sample ?? (key === NEW_MAPPING ? acmeOrders : '')));
  return { mapping, payload };
}
