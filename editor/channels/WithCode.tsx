/** Where a file name or JSON path goes in a sentence: shown as code, which is never translated. */
export const SLOT = '\u0000';

/** A translated sentence with `code` shown (as code) where the sentence has the SLOT. */
export function WithCode({ text, code }: { text: string; code: string }) {
  const [before, after] = text.split(SLOT);
  return (
    <>
      {before}
      <code>{code}</code>
      {after}
    </>
  );
}
