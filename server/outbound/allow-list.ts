/**
 * The hosts this deployment may call (ORDERFLOW_OUTBOUND_HOSTS): `wms.example.com`, `wms.example.com:8443`,
 * `*.example.com` (any sub-domain, not the domain itself). Empty: no outbound calls at all.
 */
export interface AllowList {
  readonly entries: readonly string[];
  allows(url: URL): boolean;
}

const ENTRY = /^(\*\.)?[a-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-f:.]+\](:\d{1,5})?$/;

/** Parses the comma-separated list, or throws naming the entry that is not a host. */
export function parseAllowList(text: string): AllowList {
  const entries = text
    .split(',')
    .map((entry) => entry.trim().toLowerCase())
    .filter((entry) => entry !== '');
  for (const entry of entries)
    if (!ENTRY.test(entry)) throw new Error(`"${entry}" is not a host, host:port or *.domain`);
  return {
    entries,
    allows(url: URL): boolean {
      if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
      if (url.username || url.password) return false; // credentials belong in secrets, not URLs
      const host = url.hostname.toLowerCase();
      const port = url.port || (url.protocol === 'https:' ? '443' : '80');
      return entries.some((entry) => {
        const [name, entryPort] = splitPort(entry);
        if (entryPort !== undefined && entryPort !== port) return false;
        if (name.startsWith('*.')) return host.endsWith(name.slice(1)) && host.length > name.length - 1;
        return host === name;
      });
    },
  };
}

function splitPort(entry: string): [string, string | undefined] {
  const close = entry.startsWith('[') ? entry.indexOf(']') : -1;
  const colon = entry.indexOf(':', close + 1);
  return colon < 0 ? [entry, undefined] : [entry.slice(0, colon), entry.slice(colon + 1)];
}
