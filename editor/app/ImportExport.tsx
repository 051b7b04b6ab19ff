import { useCallback, useRef, useState } from 'react';
import type { Problem } from '../../runtime/index';
import { useT } from '../i18n/use-t';
import { useEditorApi } from '../store/EditorProvider';
import { downloadFlow } from './file-io';
import { ProblemsDialog } from './ProblemsDialog';

/** Export downloads the document; Import validates a file first and changes nothing if it has errors. */
export function ImportExport() {
  const t = useT();
  const api = useEditorApi();
  const input = useRef<HTMLInputElement>(null);
  const [refused, setRefused] = useState<{ fileName: string; problems: readonly Problem[] } | null>(null);
  const close = useCallback(() => setRefused(null), []);

  const onFile = async (file: File) => {
    let text: string;
    try {
      text = await file.text();
    } catch {
      return api.getState().notify(t('import.unreadable'), 'error');
    }
    const result = api.getState().importText(text);
    if (!result.ok) setRefused({ fileName: file.name, problems: result.problems });
    else api.getState().notify(t('import.done', { name: api.getState().flow.name }));
  };

  return (
    <>
      <button type="button" className="button" onClick={() => input.current?.click()}>
        {t('top.import')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        data-testid="import-file"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = ''; // choosing the same file again must fire again
          if (file) void onFile(file);
        }}
      />
      <button type="button" className="button" onClick={() => downloadFlow(api.getState().flow)}>
        {t('top.export')}
      </button>
      {refused && <ProblemsDialog fileName={refused.fileName} problems={refused.problems} onClose={close} />}
    </>
  );
}
