import { z } from 'zod';
import { dayNumber } from '../series/day';
import type { Observation } from '../series/series';
import { parseCsvRows, wholeNumber } from './csv';

/** dd/mm/yy → day number. The Superstore edition writes 3 January 2019 as 03/01/19. */
function ddmmyy(value: string): number {
  const m = /^(\d{2})\/(\d{2})\/(\d{2})$/.exec(value);
  if (!m) throw new Error(`"${value}" is not a dd/mm/yy date`);
  return dayNumber(`20${m[3]}-${m[2]}-${m[1]}`);
}

const dmy = z
  .string()
  .regex(/^\d{2}\/\d{2}\/\d{2}$/, 'a dd/mm/yy date')
  .transform(ddmmyy);

const superstoreRow = z.object({
  'Order ID': z.string().min(1),
  'Order Date': dmy,
  'Customer ID': z.string().min(1),
  'Country/Region': z.string(),
  'State/Province': z.string().min(1),
  Region: z.string().min(1),
  Category: z.string().min(1),
  'Sub-Category': z.string().min(1),
  Sales: z.string().regex(/^\d+(\.\d+)?$/, 'a decimal amount'),
  Quantity: wholeNumber,
});

export type SuperstoreLine = z.output<typeof superstoreRow>;

/** US lines only: this edition adds 200 Canadian lines that the long-known US sample does not have. */
export function superstoreLines(csvText: string, source = 'superstore csv'): SuperstoreLine[] {
  return parseCsvRows(csvText, superstoreRow, source).filter((r) => r['Country/Region'] === 'United States');
}

/** One observation per order line: units (Quantity) labelled by region, category and sub-category. */
export function superstoreObservations(lines: readonly SuperstoreLine[]): Observation[] {
  return lines.map((r) => ({
    day: r['Order Date'],
    units: r.Quantity,
    labels: { region: r.Region, category: r.Category, sku: r['Sub-Category'], state: r['State/Province'] },
  }));
}
