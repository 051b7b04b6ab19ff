import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  readonly file: string;
  readonly isEntry?: boolean;
  readonly imports?: readonly string[];
  readonly dynamicImports?: readonly string[];
  readonly css?: readonly string[];
}

export interface BundleFigures {
  /** The entry chunk and every chunk it imports statically: what the first page load must fetch. */
  readonly initial: { readonly files: readonly string[]; readonly bytes: number; readonly gzip: number };
  readonly initialCss: { readonly bytes: number; readonly gzip: number };
  /** Monaco's lazy chunk (the editor itself), and its two language workers. */
  readonly monaco: { readonly file: string; readonly bytes: number; readonly gzip: number } | null;
  readonly monacoWorkers: { readonly bytes: number; readonly gzip: number };
  /** Everything else loaded on demand (saved flows, rule builder, ELK, examples…). */
  readonly lazy: { readonly count: number; readonly bytes: number; readonly gzip: number };
}

/** Sizes read from a Vite build's manifest (`build.manifest: true`), gzip at the default level as a server sends them. */
export async function bundleFigures(outDir: string): Promise<BundleFigures> {
  const manifest = JSON.parse(await readFile(join(outDir, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const sizeOf = async (file: string) => {
    const bytes = await readFile(join(outDir, file));
    return { bytes: bytes.length, gzip: gzipSync(bytes).length };
  };
  const sum = async (files: Iterable<string>) => {
    let bytes = 0;
    let gzip = 0;
    for (const file of files) {
      const size = await sizeOf(file);
      bytes += size.bytes;
      gzip += size.gzip;
    }
    return { bytes, gzip };
  };

  const entry = Object.keys(manifest).find((key) => manifest[key]!.isEntry);
  if (!entry) throw new Error('the Vite manifest has no entry chunk');
  const initialKeys = new Set<string>();
  const visit = (key: string) => {
    if (initialKeys.has(key)) return;
    initialKeys.add(key);
    for (const next of manifest[key]?.imports ?? []) visit(next);
  };
  visit(entry);
  const initialFiles = [...initialKeys].map((key) => manifest[key]!.file);
  const initialCss = [...initialKeys].flatMap((key) => manifest[key]!.css ?? []);

  const monacoKey = Object.keys(manifest).find((key) => /monaco-json-impl/.test(key));
  // Workers (`?worker` imports) are emitted as assets, outside the manifest.
  const workers = (await readdir(join(outDir, 'assets')))
    .filter((file) => /^(editor|json)\.worker-.*\.js$/.test(file))
    .map((file) => `assets/${file}`);
  const lazyFiles = Object.values(manifest)
    .map((c) => c.file)
    .filter(
      (file) =>
        file.endsWith('.js') &&
        !initialFiles.includes(file) &&
        file !== manifest[monacoKey ?? '']?.file &&
        !workers.includes(file),
    );
  return {
    initial: { files: initialFiles, ...(await sum(initialFiles)) },
    initialCss: await sum(new Set(initialCss)),
    monaco: monacoKey ? { file: manifest[monacoKey]!.file, ...(await sizeOf(manifest[monacoKey]!.file)) } : null,
    monacoWorkers: await sum(workers),
    lazy: { count: lazyFiles.length, ...(await sum(new Set(lazyFiles))) },
  };
}
