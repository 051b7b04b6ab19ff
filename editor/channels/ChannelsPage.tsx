/**
 * ChannelsPage — try a channel payload and see the canonical orders it becomes, or write a mapping
 * for a new channel (live preview against a pasted payload) and save it for imports.
 *
 *   <ChannelsPage onClose={close} />          inside <EditorProvider> (for the locale)
 *   <ChannelsPage db={testDb} delayMs={0} />  tests: a fresh database, no debounce
 *
 * Three columns: the mapping (read-only for built-ins, editable for saved and new ones, with
 * channels/mapping.schema.json for completion), the payload, and the result — one card per order
 * record: the canonical order, or the problems with their payload paths (click to jump to the line).
 * Everything runs in the page: channels/ is pure TypeScript, the same code the CLI and server use.
 * State lives in use-channel-choice, the preview in use-channel-preview; each column is its own file.
 */
import { useMemo, useRef } from 'react';
import { useModal } from '../app/use-modal';
import type { MonacoJsonApi } from '../json-view/MonacoJson';
import { savedKey } from './catalog';
import { ChannelResult } from './ChannelResult';
import { ChannelsHeader } from './ChannelsHeader';
import type { ChannelsDb } from './db';
import { useChannelsT } from './i18n';
import { MappingColumn } from './MappingColumn';
import { PayloadColumn } from './PayloadColumn';
import type { PreviewInput } from './preview';
import { useChannelChoice } from './use-channel-choice';
import { useChannelPreview } from './use-channel-preview';
import './channels.css';

export { NEW_MAPPING } from './channel-texts';

export interface ChannelsPageProps {
  readonly onClose?: () => void;
  /** Default: the shared "orderflow-channels" database. */
  readonly db?: ChannelsDb;
  /** Debounce of the live preview in ms (default 300; 0 = on every change). */
  readonly delayMs?: number;
  /** The channel shown first: `builtin:douyin`, `saved:<id>` or `new`. Default: the first built-in. */
  readonly initialKey?: string;
}

export function ChannelsPage({ onClose, db, delayMs = 300, initialKey }: ChannelsPageProps) {
  const t = useChannelsT();
  const page = useRef<HTMLDivElement>(null);
  useModal(page, onClose);
  const payloadApi = useRef<MonacoJsonApi | null>(null);
  const mappingApi = useRef<MonacoJsonApi | null>(null);
  const choice = useChannelChoice(t, db, initialKey);
  const { key, entry, mapping, payload, relatedTexts, saved } = choice;
  const input = useMemo<PreviewInput>(
    () => ({ key, mapping, payload, related: relatedTexts }),
    [key, mapping, payload, relatedTexts],
  );
  const { preview, payloadLine, mappingLine, payloadMarkers, mappingMarkers, mappingSettled } = useChannelPreview(
    input,
    delayMs,
  );
  const hasProblems = preview.mappingProblems.length > 0;
  const replacing =
    preview.channel !== undefined &&
    !entry &&
    key !== savedKey(preview.channel) &&
    saved.some((r) => r.id === preview.channel)
      ? preview.channel
      : undefined;

  return (
    <div ref={page} className="ch-page" role="dialog" aria-modal="true" aria-labelledby="ch-title">
      <ChannelsHeader chosen={key} saved={saved} onChoose={choice.choose} t={t} {...(onClose ? { onClose } : {})} />
      {choice.message && (
        <p className={`ch-message is-${choice.message.kind}`} role="status">
          {choice.message.text}
        </p>
      )}
      <div className="ch-columns">
        <MappingColumn
          entry={entry}
          row={choice.row}
          mapping={mapping}
          markers={mappingMarkers}
          canSave={!hasProblems && mappingSettled}
          hasProblems={hasProblems}
          replacing={replacing}
          onChange={choice.setMapping}
          onCopyAsNew={choice.copyAsNew}
          onSave={() => void choice.save()}
          onDelete={(row) => void choice.remove(row)}
          onReady={(api) => (mappingApi.current = api)}
          t={t}
        />
        <PayloadColumn
          entry={entry}
          payload={payload}
          markers={payloadMarkers}
          relatedNames={preview.relatedNames}
          relatedTexts={relatedTexts}
          onChange={choice.setPayload}
          onRelatedChange={choice.setRelatedText}
          onReady={(api) => (payloadApi.current = api)}
          t={t}
        />
        <section className="ch-column ch-result" aria-label={t('result')}>
          <div className="ch-column-head">
            <h3>{t('result')}</h3>
          </div>
          <ChannelResult
            preview={preview}
            t={t}
            lineOf={payloadLine}
            reveal={(line) => payloadApi.current?.revealLine(line)}
            revealMapping={(line) => mappingApi.current?.revealLine(line)}
            mappingLineOf={mappingLine}
          />
        </section>
      </div>
    </div>
  );
}

export default ChannelsPage;
