import { useState } from 'react';
import type { Flow, Locale } from '../../../runtime/index';
import type { Repository } from '../../db/repository';
import { useLiveQuery } from '../../db/hooks';
import { formatDateTime } from '../../i18n/dates';
import type { Translate } from '../i18n';
import { compareChoices, pickedChoice } from './compare-choices';

/** The versions of `flowId` to compare with (from the flow library and the host), and the one picked. */
export function useCompareChoices(
  flowId: string,
  repository: Repository | undefined,
  provided: { readonly flow: Flow; readonly label?: string } | undefined,
  t: Translate,
  locale: Locale,
) {
  const versions = useLiveQuery(
    () => (repository ? repository.listVersions(flowId) : Promise.resolve([])),
    [repository, flowId],
  );
  const saved = useLiveQuery(
    () => (repository ? repository.getFlow(flowId) : Promise.resolve(undefined)),
    [repository, flowId],
  );
  const [picked, setPicked] = useState<string | null>(null);
  const choices = compareChoices(provided, versions ?? [], saved?.document, {
    provided: (label) => t('providedVersion', { label }),
    version: (v) => t('version', { label: v.label, time: formatDateTime(v.createdAt, locale) }),
    saved: t('savedFlow'),
  });
  return { choices, choice: pickedChoice(choices, picked), setPicked };
}
