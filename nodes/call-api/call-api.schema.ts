import { z } from 'zod';
import { schemaMessage } from '../../runtime/node/schema-message';
import type { JsonValue } from '../../runtime/json/json';
import { text } from '../shared/text';

const jsonValue: z.ZodType<JsonValue> = z.lazy(() =>
  z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(jsonValue), z.record(z.string(), jsonValue)]),
);

/** `{"secret": "WMS_TOKEN"}`: the host fills it from its own secret store; the flow file never holds the value. */
export const secretRefSchema = z.strictObject({
  secret: z
    .string()
    .regex(
      /^[A-Z][A-Z0-9_]{0,63}$/,
      schemaMessage(text('a secret name such as "WMS_TOKEN"', '应为密钥名称，例如 "WMS_TOKEN"')),
    ),
});
export type SecretRef = z.output<typeof secretRefSchema>;

const path = z.string().trim().min(1).max(300);
const attributeName = z
  .string()
  .regex(
    /^[A-Za-z][A-Za-z0-9_-]{0,63}$/,
    schemaMessage(text('a simple attribute name such as "wmsId"', '应为简单的属性名，例如 "wmsId"')),
  );

export const CALL_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

export const callApiConfigSchema = z.strictObject({
  method: z.enum(CALL_METHODS).default('POST').describe('HTTP method'),
  url: z
    .string()
    .trim()
    .min(1)
    .max(2000)
    .default('https://wms.example.com/api/orders')
    .describe('Address; {{id}} style placeholders read the order (URL-encoded)'),
  headers: z
    .record(z.string().regex(/^[A-Za-z0-9-]{1,64}$/), z.union([z.string().max(2000), secretRefSchema]))
    .default({})
    .describe('Request headers; a token as {"secret": "WMS_TOKEN"}, never the value itself'),
  /** Body field (dotted, e.g. "order.id") ← a path into the order (the channel-mapping path language) or a constant. */
  body: z
    .record(z.string().min(1).max(200), z.union([path, z.strictObject({ value: jsonValue })]))
    .default({})
    .describe('Body fields ← order paths, e.g. "orderNo": "id", "skus": "lines.*.sku"'),
  response: z
    .strictObject({
      /** Order attribute ← a path into the answer ({status, body}), e.g. "carrier": "body.quote.carrier". */
      attributes: z.record(attributeName, path).default({}),
      /** A path to text (or a list of texts) added to the order's tags. */
      tags: path.optional(),
    })
    .default({ attributes: {} })
    .describe('What the answer writes back into the order'),
  timeoutMs: z.number().int().min(100).max(60_000).default(5000).describe('Milliseconds before the timeout port'),
  retries: z
    .number()
    .int()
    .min(0)
    .max(10)
    .default(2)
    .describe('Retries after a network failure, 5xx or 429, with backoff'),
  /** The recorded answer simulation and test cases use instead of calling. */
  example: z
    .strictObject({ status: z.number().int().min(100).max(599).default(200), body: jsonValue.default({}) })
    .default({ status: 200, body: {} })
    .describe('Recorded answer used in simulation and test cases'),
});
export type CallApiConfig = z.output<typeof callApiConfigSchema>;

/** What the host performs: the node's request with its placeholders filled and body built, secrets still by name. */
export interface CallRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string | SecretRef>>;
  readonly body?: JsonValue;
  readonly timeoutMs: number;
  readonly retries: number;
}

export const CALL_PORTS = ['ok', 'error', 'timeout'] as const;
export type CallPort = (typeof CALL_PORTS)[number];

/** What the call came back with; the host resumes the run with this as the node's decision. */
export interface CallAnswer {
  readonly port: CallPort;
  readonly status?: number;
  readonly body?: JsonValue;
  /** Why it failed, in words (a refused host, a 503, a timeout). */
  readonly error?: string;
}
