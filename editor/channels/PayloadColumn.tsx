import type { BuiltInChannel } from '../../channels/index';
import type { JsonMarker } from '../json-view/markers';
import { MonacoJson, type MonacoJsonApi } from '../json-view/MonacoJson';
import type { ChannelsT } from './i18n';
import { samplePayload } from './samples/index';

export interface PayloadColumnProps {
  /** The built-in shown: its sample can be loaded back after the payload was changed. */
  readonly entry: BuiltInChannel | undefined;
  readonly payload: string;
  readonly markers: readonly JsonMarker[];
  /** The related payloads the mapping declares (e.g. a separate refunds response), with the texts given. */
  readonly relatedNames: readonly string[];
  readonly relatedTexts: Readonly<Record<string, string>>;
  readonly onChange: (text: string) => void;
  readonly onRelatedChange: (name: string, text: string) => void;
  readonly onReady: (api: MonacoJsonApi) => void;
  readonly t: ChannelsT;
}

/** The payload column: the channel payload's editor, "load sample", and one editor per related payload. */
export function PayloadColumn(props: PayloadColumnProps) {
  const { entry, payload, relatedTexts, t } = props;
  const sample = entry ? samplePayload(entry.channel) : undefined;
  return (
    <section className="ch-column" aria-label={t('payload')}>
      <div className="ch-column-head">
        <h3>{t('payload')}</h3>
        {sample !== undefined && payload !== sample && (
          <button type="button" className="button" onClick={() => props.onChange(sample)}>
            {t('loadSample')}
          </button>
        )}
      </div>
      <div className="ch-editor">
        <MonacoJson
          value={payload}
          onChange={props.onChange}
          markers={props.markers}
          height="100%"
          ariaLabel={t('payloadEditor')}
          onReady={props.onReady}
        />
      </div>
      {props.relatedNames.map((name) => (
        <details key={name} className="ch-related">
          <summary>{t('related', { name })}</summary>
          <MonacoJson
            value={relatedTexts[name] ?? ''}
            onChange={(text) => props.onRelatedChange(name, text)}
            height="25vh"
            ariaLabel={t('related', { name })}
          />
        </details>
      ))}
    </section>
  );
}
