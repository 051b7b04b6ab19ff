import Papa from 'papaparse';
import { z } from 'zod';

/**
 * Parses CSV text (a leading BOM and CRLF line ends are fine) and checks every row against `schema`.
 * A bad row is an error naming the source, its line and the field, never a silent NaN.
 */
export function parseCsvRows<T extends z.ZodType>(text: string, schema: T, source: string): z.output<T>[] {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  });
  const fatal = parsed.errors.find((e) => e.type !== 'FieldMismatch');
  if (fatal) throw new Error(`${source}: line ${(fatal.row ?? 0) + 2}: ${fatal.message}`);
  return parsed.data.map((row, i) => {
    const result = schema.safeParse(row);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      throw new Error(`${source}: line ${i + 2}: ${issue.path.join('.') || 'row'}: ${issue.message}`);
    }
    return result.data;
  });
}

export const wholeNumber = z.string().regex(/^\d+$/, 'a whole number').transform(Number);
