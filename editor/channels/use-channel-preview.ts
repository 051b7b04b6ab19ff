import { useMemo } from 'react';
import { lineFinder, problemMarkers } from './catalog';
import { computePreview, payloadMarkersOf, type PreviewInput } from './preview';
import { useDebounced } from './use-debounced';

/** The live preview of the texts on screen, computed once they rest for `delayMs`, with its editor markers. */
export function useChannelPreview(input: PreviewInput, delayMs: number) {
  const debounced = useDebounced(input, delayMs);
  const preview = useMemo(() => computePreview(debounced), [debounced]);
  const payloadLine = useMemo(() => lineFinder(debounced.payload), [debounced.payload]);
  const mappingLine = useMemo(() => lineFinder(debounced.mapping), [debounced.mapping]);
  const payloadMarkers = useMemo(() => payloadMarkersOf(preview, debounced.payload), [preview, debounced.payload]);
  const mappingMarkers = useMemo(
    () => problemMarkers(debounced.mapping, preview.mappingProblems),
    [preview, debounced.mapping],
  );
  /** Saving waits for the preview of the mapping on screen (its problems are known then). */
  const mappingSettled = debounced.mapping === input.mapping;
  return { preview, payloadLine, mappingLine, payloadMarkers, mappingMarkers, mappingSettled };
}
