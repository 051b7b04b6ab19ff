import type { BuiltInChannel } from '../../channels/index';
import mappingJsonSchema from '../../channels/mapping.schema.json';
import type { JsonMarker } from '../json-view/markers';
import { MonacoJson, type MonacoJsonApi } from '../json-view/MonacoJson';
import type { SavedMappingRow } from './db';
import type { ChannelsT } from './i18n';
import { SLOT, WithCode } from './WithCode';

export interface MappingColumnProps {
  /** The built-in shown (read-only), or none for a saved or new mapping (editable). */
  readonly entry: BuiltInChannel | undefined;
  /** The saved mapping shown, which can be deleted. */
  readonly row: SavedMappingRow | undefined;
  readonly mapping: string;
  readonly markers: readonly JsonMarker[];
  /** Save is offered only when the mapping loads and its preview is of the text on screen. */
  readonly canSave: boolean;
  readonly hasProblems: boolean;
  /** The saved mapping of the same channel a save would replace. */
  readonly replacing: string | undefined;
  readonly onChange: (text: string) => void;
  readonly onCopyAsNew: () => void;
  readonly onSave: () => void;
  readonly onDelete: (row: SavedMappingRow) => void;
  readonly onReady: (api: MonacoJsonApi) => void;
  readonly t: ChannelsT;
}

/** The mapping column: its editor (with the mapping schema for completion) and copy / save / delete. */
export function MappingColumn(props: MappingColumnProps) {
  const { entry, row, mapping, markers, canSave, hasProblems, replacing, t } = props;
  const editable = !entry;
  return (
    <section className="ch-column" aria-label={t('mapping')}>
      <div className="ch-column-head">
        <h3>
          {entry ? (
            <WithCode text={t('builtInMapping', { file: SLOT })} code={entry.mappingFile} />
          ) : (
            t('customMapping')
          )}
        </h3>
        {entry && (
          <button type="button" className="button" onClick={props.onCopyAsNew}>
            {t('copyAsNew')}
          </button>
        )}
        {editable && (
          <button
            type="button"
            className="button primary"
            disabled={!canSave}
            title={hasProblems ? t('cannotSave') : undefined}
            onClick={props.onSave}
          >
            {replacing ? t('replace', { name: replacing }) : t('save')}
          </button>
        )}
        {row && (
          <button type="button" className="button" onClick={() => props.onDelete(row)}>
            {t('delete')}
          </button>
        )}
      </div>
      <div className="ch-editor">
        <MonacoJson
          value={mapping}
          onChange={props.onChange}
          schema={mappingJsonSchema}
          markers={markers}
          readOnly={!editable}
          height="100%"
          ariaLabel={t('mappingEditor')}
          onReady={props.onReady}
        />
      </div>
    </section>
  );
}
