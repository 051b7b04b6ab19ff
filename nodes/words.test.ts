/**
 * A run's language changes the words nodes write and nothing else. Over every example flow and the
 * example orders, a run in 简体中文 takes the same path, prices, gifts, holds and routes exactly as the
 * English run, and none of the English words the nodes made up (words in no input) survive in it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runContextSchema } from '../runtime/node/index';
import { compileFlow, type Plan, runFlow } from '../runtime/index';
import type { RunResult } from '../runtime/index';
import { coreRegistry } from './index';

const EXAMPLES = new URL('../examples/', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, EXAMPLES), 'utf8');

const flows = readdirSync(new URL('flows/', EXAMPLES))
  .filter((file) => file.endsWith('.flow.json'))
  .map((file) => {
    const text = read(`flows/${file}`);
    const compiled = compileFlow(text, coreRegistry);
    if (!compiled.ok) throw new Error(`${file}: ${JSON.stringify(compiled.problems)}`);
    return { file, text, plan: compiled.plan };
  });
const contextText = read('data/context.json');
const ctx = runContextSchema.parse(JSON.parse(contextText));
// Every third example order (about 700, every channel and branch): two traced runs per flow each.
const orderTexts = read('data/orders.jsonl')
  .split('\n')
  .filter((line, i) => line.trim() !== '' && i % 3 === 0);

/** Keys whose strings are words a node wrote (or a person typed into a config), and the problems of a rejected order. */
const WORD_KEYS = new Set(['note', 'reason', 'explanation', 'decisionReason', 'message']);

/** Every string under a word key, anywhere in the result (outcome, trace changes, waiting state). */
function wordsOf(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) wordsOf(item, out);
  else if (typeof value === 'object' && value !== null) {
    for (const [key, inner] of Object.entries(value)) {
      if (WORD_KEYS.has(key) && typeof inner === 'string') out.push(inner);
      else wordsOf(inner, out);
    }
  }
  return out;
}

/** The result with every word string blanked: what must not depend on the language. */
function wordless(result: RunResult): unknown {
  return JSON.parse(JSON.stringify(result), (key, value: unknown) =>
    WORD_KEYS.has(key) && typeof value === 'string' ? '…' : value,
  );
}

/** Decisions for the waiting nodes of a plan, varied by order so every port is taken somewhere. */
function decisionsFor(plan: Plan, index: number): Record<string, string> {
  const decisions: Record<string, string> = {};
  for (const node of plan.nodes.values()) {
    if (node.type !== 'approval' && node.type !== 'qc-check') continue;
    const ports = [...node.ports];
    decisions[node.id] = ports[index % ports.length]!;
  }
  return decisions;
}

const asciiWords = (text: string) => text.match(/[A-Za-z]{3,}/g)?.map((word) => word.toLowerCase()) ?? [];

describe("words in the run's language", () => {
  it('change nothing but the words, and leave no made-up English in a Chinese run', { timeout: 120_000 }, () => {
    const madeUp = new Set<string>();
    let compared = 0;
    for (const { file, text, plan } of flows) {
      const given = new Set(asciiWords(text + contextText));
      orderTexts.forEach((orderText, index) => {
        const order: unknown = JSON.parse(orderText);
        // Half the orders stop at the first person asked; the rest bring every decision up front.
        const options = { trace: true, ...(index % 2 === 0 ? {} : { decisions: decisionsFor(plan, index) }) };
        const en = runFlow(plan, order, ctx, options);
        const zh = runFlow(plan, order, ctx, { ...options, locale: 'zh' });
        expect(wordless(zh), `${file}, order line ${index + 1}`).toEqual(wordless(en));

        const inputs = new Set([...given, ...asciiWords(orderText)]);
        const english = new Set(asciiWords(wordsOf(en).join(' ')).filter((word) => !inputs.has(word)));
        for (const word of english) madeUp.add(word);
        const left = asciiWords(wordsOf(zh).join(' ')).filter((word) => english.has(word));
        expect(left, `${file}, order line ${index + 1}: ${wordsOf(zh).join(' | ')}`).toEqual([]);
        compared++;
      });
    }
    expect(compared).toBe(flows.length * orderTexts.length);
    // The check above means something only if the English runs made up words: route, gift, discount, trigger notes.
    for (const word of ['chosen', 'lost', 'eligible', 'shipment', 'below', 'capped', 'handled', 'replaces'])
      expect(madeUp).toContain(word);
  });
});
