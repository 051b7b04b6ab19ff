import { useState } from 'react';
import { useDictionary } from '../i18n/use-t';
import { TableEditorDialog } from './TableEditorDialog';
import { TABLE_MESSAGES } from './table.i18n';

/** The inspector's way into the grid editor of a decision-table node. */
export function TableEditorButton({ nodeId }: { nodeId: string }) {
  const t = useDictionary(TABLE_MESSAGES);
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button is-primary dt-open" onClick={() => setOpen(true)}>
        {t('open')}
      </button>
      {open && <TableEditorDialog nodeId={nodeId} onClose={() => setOpen(false)} />}
    </>
  );
}
