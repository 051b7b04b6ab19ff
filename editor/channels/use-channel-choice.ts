import { useState } from 'react';
import { BUILT_IN_CHANNELS } from '../../channels/index';
import { useKeptRecord } from '../app/kept-text';
import { useLiveQuery } from '../db/hooks';
import { builtInKey, savedKey } from './catalog';
import { NEW_MAPPING, TEMPLATE_MAPPING, shownTexts } from './channel-texts';
import { deleteMapping, listMappings, openChannelsDb, saveMapping, type ChannelsDb, type SavedMappingRow } from './db';
import type { ChannelsT } from './i18n';
import { builtIn } from './preview';

const NO_TEXTS: Readonly<Record<string, string>> = {};

export interface PageMessage {
  readonly kind: 'ok' | 'error';
  readonly text: string;
}

/**
 * The Channels page's state: which channel is chosen, the texts written or pasted for each choice,
 * the saved mappings, and the actions that save, delete or copy a mapping (with the message they leave).
 */
export function useChannelChoice(t: ChannelsT, givenDb: ChannelsDb | undefined, initialKey: string | undefined) {
  const [db] = useState(() => givenDb ?? openChannelsDb());
  const rows = useLiveQuery(() => listMappings(db), [db]);
  const saved = rows ?? [];
  const [key, setKey] = useState(initialKey ?? builtInKey(BUILT_IN_CHANNELS[0]!.channel));
  // Per channel choice, so switching back keeps what was pasted or written there.
  const [payloads, setPayloads] = useKeptRecord('orderflow.channels.payloads');
  const [drafts, setDrafts] = useKeptRecord('orderflow.channels.drafts');
  const [related, setRelated] = useState<Record<string, Record<string, string>>>({});
  const [message, setMessage] = useState<PageMessage | null>(null);

  const entry = builtIn(key);
  const row = key.startsWith('saved:') ? saved.find((r) => savedKey(r.id) === key) : undefined;
  const { mapping, payload } = shownTexts(key, row, { drafts, payloads });
  const relatedTexts = related[key] ?? NO_TEXTS;

  const choose = (next: string) => {
    setKey(next);
    setMessage(null);
  };
  const setPayload = (text: string) => setPayloads((all) => ({ ...all, [key]: text }));
  const setMapping = (text: string) => setDrafts((all) => ({ ...all, [key]: text }));
  const setRelatedText = (name: string, text: string) =>
    setRelated((all) => ({ ...all, [key]: { ...(all[key] ?? {}), [name]: text } }));
  const copyAsNew = () => {
    setDrafts((all) => ({ ...all, [NEW_MAPPING]: mapping }));
    setPayloads((all) => ({ ...all, [NEW_MAPPING]: payload }));
    choose(NEW_MAPPING);
  };
  const save = async () => {
    try {
      const result = await saveMapping(db, mapping, payload, row ? { previousId: row.id } : {});
      if (!result.ok) return setMessage({ kind: 'error', text: t('cannotSave') });
      const next = savedKey(result.row.id);
      setDrafts((all) => ({
        ...all,
        [next]: mapping,
        ...(key === NEW_MAPPING ? { [NEW_MAPPING]: TEMPLATE_MAPPING } : {}),
      }));
      setPayloads((all) => ({ ...all, [next]: payload }));
      setKey(next);
      setMessage({ kind: 'ok', text: t('saved', { name: result.row.channel }) });
    } catch (error) {
      setMessage({
        kind: 'error',
        text: t('saveFailed', { message: error instanceof Error ? error.message : String(error) }),
      });
    }
  };
  const remove = async (target: SavedMappingRow) => {
    await deleteMapping(db, target.id);
    setDrafts((all) => ({ ...all, [NEW_MAPPING]: mapping }));
    setPayloads((all) => ({ ...all, [NEW_MAPPING]: payload }));
    setKey(NEW_MAPPING);
    setMessage({ kind: 'ok', text: t('deleted', { name: target.channel }) });
  };

  return {
    saved,
    key,
    entry,
    row,
    mapping,
    payload,
    relatedTexts,
    message,
    choose,
    setPayload,
    setMapping,
    setRelatedText,
    copyAsNew,
    save,
    remove,
  };
}
