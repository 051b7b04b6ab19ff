/**
 * The channel fixtures (channels/fixtures, real payloads; see channels/fixtures/SOURCES.md), for tests and
 * the bench. Node only: the pure core never reads files.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const FIXTURES_DIR = new URL('../fixtures/', import.meta.url);

/** The path of a fixture file, for tests that hand it to the CLI. */
export const fixturePath = (file: string): string => fileURLToPath(new URL(file, FIXTURES_DIR));

export interface FixtureCase {
  /** Golden file name: channels/golden/<name>.json */
  readonly name: string;
  readonly channel: string;
  readonly fixture: string;
  /** Related payloads by name → fixture file. */
  readonly related?: Readonly<Record<string, string>>;
}

/** Every fixture, and what normalizes it. amazon-2 (getOrderItems) completes the orders of amazon-1. */
export const FIXTURE_CASES: readonly FixtureCase[] = [
  { name: 'shopify-1', channel: 'shopify', fixture: 'shopify-1.json' },
  { name: 'woocommerce-1', channel: 'woocommerce', fixture: 'woocommerce-1.json' },
  { name: 'amazon-1', channel: 'amazon', fixture: 'amazon-1.json' },
  { name: 'amazon-2', channel: 'amazon', fixture: 'amazon-1.json', related: { items: 'amazon-2.json' } },
  { name: 'bigcommerce-1', channel: 'bigcommerce', fixture: 'bigcommerce-1.json' },
  { name: 'douyin-1', channel: 'douyin', fixture: 'douyin-1.json' },
  { name: 'xiaohongshu-1', channel: 'xiaohongshu', fixture: 'xiaohongshu-1.json' },
  { name: 'taobao-1', channel: 'taobao', fixture: 'taobao-1.json' },
  { name: 'jd-1', channel: 'jd', fixture: 'jd-1.json' },
  { name: 'pinduoduo-1', channel: 'pinduoduo', fixture: 'pinduoduo-1.json' },
  { name: 'tiktokshop-1', channel: 'tiktokshop', fixture: 'tiktokshop-1.json' },
];

export function readFixture(file: string): string {
  return readFileSync(new URL(file, FIXTURES_DIR), 'utf8');
}

/** The payload text and related payload texts of a case. */
export function loadCase(c: FixtureCase): { payload: string; related?: Record<string, string> } {
  const related = c.related
    ? Object.fromEntries(Object.entries(c.related).map(([key, file]) => [key, readFixture(file)]))
    : undefined;
  return { payload: readFixture(c.fixture), ...(related ? { related } : {}) };
}
