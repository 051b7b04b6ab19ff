import { z } from 'zod';
import { schemaMessage } from '../../runtime/node/index';
import type { JsonValue } from '../../runtime/node/index';
import { fieldMeta, text } from '../shared/text';

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
  method: z
    .enum(CALL_METHODS)
    .default('POST')
    .meta(
      fieldMeta(
        text('Method', '请求方法'),
        text(
          'HTTP method (GET reads, POST creates, PUT/PATCH changes)',
          'HTTP 请求方法（GET 查询，POST 新建，PUT/PATCH 修改）',
        ),
      ),
    ),
  url: z
    .string()
    .trim()
    .min(1)
    .max(2000)
    .default('https://wms.example.com/api/orders')
    .meta(
      fieldMeta(
        text('Address (URL)', '接口地址'),
        text(
          'Address to call; {{id}} style placeholders are filled from the order',
          '调用的地址；{{id}} 这类占位符会用订单中的值填入',
        ),
      ),
    ),
  headers: z
    .record(z.string().regex(/^[A-Za-z0-9-]{1,64}$/), z.union([z.string().max(2000), secretRefSchema]))
    .default({})
    .meta(
      fieldMeta(
        text('Headers', '请求头'),
        text(
          'Request headers; a token is written as {"secret": "WMS_TOKEN"}, never the token itself',
          '请求头；令牌写成 {"secret": "WMS_TOKEN"}，不要填写令牌本身',
        ),
      ),
    ),
  /** Body field (dotted, e.g. "order.id") ← a path into the order (the channel-mapping path language) or a constant. */
  body: z
    .record(z.string().min(1).max(200), z.union([path, z.strictObject({ value: jsonValue })]))
    .default({})
    .meta(
      fieldMeta(
        text('Body', '请求体'),
        text(
          'Body fields and the order field each reads, e.g. "orderNo": "id", "skus": "lines.*.sku"',
          '请求体字段及其读取的订单字段，例如 "orderNo": "id"、"skus": "lines.*.sku"',
        ),
      ),
    ),
  response: z
    .strictObject({
      /** Order attribute ← a path into the answer ({status, body}), e.g. "carrier": "body.quote.carrier". */
      attributes: z
        .record(attributeName, path)
        .default({})
        .meta(
          fieldMeta(
            text('Order attributes', '订单属性'),
            text(
              'Attribute name and the path in the answer it reads, e.g. "carrier": "body.quote.carrier"',
              '属性名及其读取的返回路径，例如 "carrier": "body.quote.carrier"',
            ),
          ),
        ),
      /** A path to text (or a list of texts) added to the order's tags. */
      tags: path
        .optional()
        .meta(
          fieldMeta(
            text('Tags', '标签'),
            text(
              'A path in the answer whose text (or list of texts) becomes order tags',
              '返回中的路径，其文字（或文字列表）成为订单标签',
            ),
          ),
        ),
    })
    .default({ attributes: {} })
    .meta(
      fieldMeta(
        text('Use the answer', '返回结果写回'),
        text('What the answer writes back into the order (attributes, tags)', '返回结果写回订单的内容（属性、标签）'),
      ),
    ),
  timeoutMs: z
    .number()
    .int()
    .min(100)
    .max(60_000)
    .default(5000)
    .meta(
      fieldMeta(
        text('Time limit (ms)', '超时时间（毫秒）'),
        text('How long to wait before taking the timeout exit (milliseconds)', '等待多久后走“超时”出口（毫秒）'),
      ),
    ),
  retries: z
    .number()
    .int()
    .min(0)
    .max(10)
    .default(2)
    .meta(
      fieldMeta(
        text('Retries', '重试次数'),
        text('Tries again this many times when the other system is down or busy', '对方系统不可用或繁忙时重试的次数'),
      ),
    ),
  /** The recorded answer simulation and test cases use instead of calling. */
  example: z
    .strictObject({
      status: z
        .number()
        .int()
        .min(100)
        .max(599)
        .default(200)
        .meta(
          fieldMeta(
            text('Status code', '状态码'),
            text('The HTTP status the recorded answer came with', '录制返回的 HTTP 状态码'),
          ),
        ),
      body: jsonValue
        .default({})
        .meta(
          fieldMeta(text('Answer body', '返回内容'), text('The recorded answer body (JSON)', '录制的返回内容（JSON）')),
        ),
    })
    .default({ status: 200, body: {} })
    .meta(
      fieldMeta(
        text('Recorded example answer', '录制的示例返回'),
        text(
          'The answer simulation and test cases use instead of calling',
          '模拟和测试用例使用此示例返回，不会真正调用',
        ),
      ),
    ),
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
