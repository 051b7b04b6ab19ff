import type { Flow } from '../../runtime/index';

// eslint-disable-next-line no-control-regex -- control characters are exactly what file names must not carry
const UNSAFE_IN_FILE_NAME = /[\\/:*?"<>|\u0000-\u001f]+/g;

/** The start of a file name people recognise; Chinese names are kept, characters file systems reject are not. */
export function fileBaseFor(flow: Pick<Flow, 'id' | 'name'>): string {
  return flow.name.trim().replace(UNSAFE_IN_FILE_NAME, '-').slice(0, 80) || flow.id;
}

export function exportFileName(flow: Flow): string {
  return `${fileBaseFor(flow)}.flow.json`;
}

/** Downloads the flow exactly as stored, pretty-printed so it diffs well in version control. */
export function downloadFlow(flow: Flow): void {
  const blob = new Blob([`${JSON.stringify(flow, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = exportFileName(flow);
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
