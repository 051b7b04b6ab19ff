import { StringDecoder } from 'node:string_decoder';
import { CliError } from './cli-error';
import { INPUT_LIMITS, inputChunks, openInput } from './open-input';

export { fileErrorReason } from './open-input';

const stripBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text); // editors on Windows add one

/**
 * Reads a whole UTF-8 file relative to `cwd`, up to INPUT_LIMITS.wholeFile. A missing, unreadable or
 * non-regular file, or one too large, is a usage error (exit 2) saying so.
 */
export async function readTextFile(cwd: string, path: string, what: string): Promise<string> {
  const handle = await openInput(cwd, path, what, INPUT_LIMITS.wholeFile);
  try {
    const chunks: Buffer[] = [];
    for await (const chunk of inputChunks(handle, what, path, INPUT_LIMITS.wholeFile)) chunks.push(chunk);
    return stripBom(Buffer.concat(chunks).toString('utf8'));
  } finally {
    await handle.close();
  }
}

/** The text of a streamed input file (up to INPUT_LIMITS.streamedFile), decoded across chunk boundaries. */
export async function* streamTextFile(cwd: string, path: string, what: string): AsyncGenerator<string> {
  const handle = await openInput(cwd, path, what, INPUT_LIMITS.streamedFile);
  try {
    const decoder = new StringDecoder('utf8');
    for await (const chunk of inputChunks(handle, what, path, INPUT_LIMITS.streamedFile)) yield decoder.write(chunk);
    const rest = decoder.end();
    if (rest !== '') yield rest;
  } finally {
    await handle.close();
  }
}

/** The text of line `line` as cut at "\n": without its "\r", and line 1 without a BOM. */
export function lineText(raw: string, line: number): string {
  const withoutCr = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
  return line === 1 ? stripBom(withoutCr) : withoutCr;
}

/** A line over INPUT_LIMITS.record (exit 1): such a file is not JSON Lines. */
export const tooLongLine = (what: string, path: string, line: number) =>
  new CliError(
    `${what} file "${path}", line ${line}: longer than the ${INPUT_LIMITS.record / 1024 / 1024} MiB limit for one record (JSON Lines hold one record per line)`,
    1,
  );

export interface TextLine {
  readonly line: number;
  readonly text: string;
}

/**
 * Splits streamed text into lines (1-based numbers, "\r\n" or "\n", a first-line BOM dropped). A line longer
 * than INPUT_LIMITS.record is refused (exit 1) before it fills memory: such a file is not JSON Lines.
 */
export async function* textLines(chunks: AsyncIterable<string>, what: string, path: string): AsyncGenerator<TextLine> {
  for await (const page of textLinePages(chunks, what, path)) yield* page;
}

/**
 * The lines of `textLines`, one page per chunk read (every line that ends in it): a reader of millions of
 * lines then awaits once per chunk, not once per line (an async step per line cost more than a small order's run).
 */
export async function* textLinePages(
  chunks: AsyncIterable<string>,
  what: string,
  path: string,
): AsyncGenerator<readonly TextLine[]> {
  let pending = '';
  let line = 0;
  const cut = (text: string): TextLine => {
    line++;
    return { line, text: lineText(text, line) };
  };
  const tooLong = () => tooLongLine(what, path, line + 1);
  for await (const chunk of chunks) {
    const page: TextLine[] = [];
    // Only the new chunk is searched: the start of a long line is never scanned twice.
    let from = 0;
    for (let at = chunk.indexOf('\n'); at !== -1; at = chunk.indexOf('\n', from)) {
      const text = pending + chunk.slice(from, at);
      if (text.length > INPUT_LIMITS.record) throw tooLong();
      page.push(cut(text));
      pending = '';
      from = at + 1;
    }
    pending += chunk.slice(from);
    // The lines before a too-long one are still handed over, as they were line by line.
    if (page.length > 0) yield page;
    if (pending.length > INPUT_LIMITS.record) throw tooLong();
  }
  if (pending.length > INPUT_LIMITS.record) throw tooLong();
  if (pending !== '') yield [cut(pending)];
}
