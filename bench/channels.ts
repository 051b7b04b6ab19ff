/**
 * Channel payload → canonical orders: `normalize` beside today's normaliser before this change (the
 * reference steps: a regex scan of every text, lossless-json when it matches, zod for every order, every field
 * through evaluateField) and a
 * bare `JSON.parse` of the same payload text, per fixture, outputs checked equal first.
 * `npm run bench:channels` runs this section alone.
 */
import { stringify } from 'lossless-json';
import { orderSchema } from '../runtime/index';
import { parsePayloadReference } from '../channels/json/parse-payload-reference';
import { normalize, type NormalizeResult, type NormalizeSteps } from '../channels/normalize';
import { FIXTURE_CASES, loadCase } from '../channels/node/fixtures';
import { interleave } from './measure';
import { heading, int, micros, table } from './print';

const REFERENCE: NormalizeSteps = {
  parse: parsePayloadReference,
  checkOrder: (input) => orderSchema.safeParse(input),
  fastReads: false,
};
const REPEAT = 400;
const PLAN = { rounds: 3, warmupRounds: 1, warmupShare: 0.5, chunk: 50, sampleEvery: 4 } as const;
const FIXTURES = ['shopify-1', 'douyin-1', 'taobao-1', 'amazon-2'];

const seen = (results: readonly NormalizeResult[]) =>
  JSON.stringify(results.map(({ raw, ...rest }) => ({ ...rest, raw: stringify(raw) })));

export async function runChannelBench(say: (text?: string) => void): Promise<void> {
  say(heading('Channels: payload text → canonical orders (parse, mapping, order check)'));
  const rows: string[][] = [];
  for (const c of FIXTURE_CASES.filter((f) => FIXTURES.includes(f.name))) {
    const { payload, related } = loadCase(c);
    const options = related ? { related } : {};
    const records = normalize(c.channel, payload, options).length;
    if (seen(normalize(c.channel, payload, options)) !== seen(normalize(c.channel, payload, options, REFERENCE))) {
      say(`${c.name}: normalize and the reference normaliser DISAGREE; no figures.`);
      process.exitCode = 1;
      return;
    }
    const inputs = Array.from({ length: REPEAT }, () => payload);
    const stats = await interleave(
      [
        { name: 'JSON.parse', inputs, run: ((text: string) => JSON.parse(text)) as (o: never) => unknown },
        {
          name: 'normalize, before',
          inputs,
          run: ((text: string) => normalize(c.channel, text, options, REFERENCE)) as (o: never) => unknown,
        },
        {
          name: 'normalize, now',
          inputs,
          run: ((text: string) => normalize(c.channel, text, options)) as (o: never) => unknown,
        },
      ],
      PLAN,
    );
    const bare = stats[0]!.cpuMicros;
    for (const s of stats)
      rows.push([
        c.name,
        s.name,
        int(s.ordersPerSecond * records),
        micros(s.cpuMicros / records),
        micros(s.p50Micros / records),
        `${(s.cpuMicros / bare).toFixed(1)}×`,
      ]);
  }
  say('Same results (orders, problems, warnings, raw text) from both normalisers on every fixture below.');
  say(table(['fixture', 'step', 'orders/s', 'cpu µs/order', 'p50 µs/order', 'cpu ÷ JSON.parse'], rows, [2, 3, 4, 5]));
}
