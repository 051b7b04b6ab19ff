import { defineNode, type Locale, type NodeIssue, type NodeResult, takePort, waitFor } from '../../runtime/node/index';
import type { JsonValue, Hold } from '../../runtime/node/index';
import { text } from '../shared/text';
import { buildRequest, prepareCall, read, readPath, type PreparedCall } from './build-request';
import {
  CALL_PORTS,
  callApiConfigSchema,
  type CallAnswer,
  type CallApiConfig,
  type CallPort,
  type CallRequest,
} from './call-api.schema';

export { CALL_PORTS, callApiConfigSchema, type CallAnswer, type CallRequest } from './call-api.schema';

/** Headers that carry credentials: a literal value there would put a secret into the flow file. */
const SECRET_HEADERS = /^(authorization|proxy-authorization|x-api-key|api-key|x-auth-token|token|cookie)$/i;

/** How the host hands the answer back as the node's decision (plain JSON text). */
export const encodeAnswer = (answer: CallAnswer): string => JSON.stringify(answer);

const hostOf = (url: string): string => {
  try {
    return new URL(url).host;
  } catch {
    return url.slice(0, 60);
  }
};

/** The recorded example as an answer: simulation and test cases run on it, never on the network. */
function exampleAnswer(config: CallApiConfig, port?: CallPort): CallAnswer {
  const { status, body } = config.example;
  const ok = status >= 200 && status <= 299;
  if (port === 'timeout') return { port, error: 'timed out (simulated)' };
  if (port === 'error') return { port, status: ok ? 500 : status, body: ok ? null : body, error: 'failed (simulated)' };
  return { port: port ?? (ok ? 'ok' : 'error'), status, body };
}

/** A decision is a port id (a test case picks the path) or the host's encoded answer. */
function parseDecision(nodeId: string, decision: string, config: CallApiConfig): CallAnswer {
  if ((CALL_PORTS as readonly string[]).includes(decision)) return exampleAnswer(config, decision as CallPort);
  let parsed: unknown;
  try {
    parsed = JSON.parse(decision);
  } catch {
    parsed = undefined;
  }
  const port = (parsed as { port?: unknown } | undefined)?.port;
  if (typeof parsed !== 'object' || parsed === null || !(CALL_PORTS as readonly unknown[]).includes(port))
    throw new Error(
      `API call "${nodeId}" got decision ${JSON.stringify(decision.slice(0, 64))}; allowed: ${CALL_PORTS.join(', ')} or an answer`,
    );
  return parsed as CallAnswer;
}

function answered(prepared: PreparedCall, answer: CallAnswer, locale: Locale): NodeResult {
  const host = hostOf(prepared.config.url);
  const note =
    answer.port === 'ok'
      ? locale === 'zh'
        ? `${host} 返回 ${answer.status ?? ''}`
        : `${host} answered ${answer.status ?? ''}`
      : answer.port === 'timeout'
        ? locale === 'zh'
          ? `${host} 超时未响应`
          : `${host} did not answer in time`
        : locale === 'zh'
          ? `${host} 调用失败：${answer.error ?? answer.status ?? ''}`
          : `${host} failed: ${answer.error ?? answer.status ?? ''}`;
  if (answer.port !== 'ok') return takePort(answer.port, undefined, note);
  const seen = { status: answer.status ?? null, body: answer.body ?? null };
  const attributes: Record<string, JsonValue> = {};
  for (const { name, from } of prepared.attributes) attributes[name] = read(from, seen);
  const tagged = prepared.tags ? read(prepared.tags, seen) : null;
  const tags = (Array.isArray(tagged) ? tagged : [tagged]).filter(
    (tag): tag is string => typeof tag === 'string' && tag.trim() !== '' && tag.length <= 64,
  );
  const patch = {
    ...(prepared.attributes.length ? { attributes } : {}),
    ...(tags.length ? { tags } : {}),
  };
  return takePort('ok', patch, note);
}

function checkConfig(config: CallApiConfig, locale: Locale): NodeIssue[] {
  const issues: NodeIssue[] = [];
  const error = (path: (string | number)[], en: string, zh: string) =>
    issues.push({ code: 'invalid-config', severity: 'error', path, message: locale === 'zh' ? zh : en });
  let url: URL | undefined;
  try {
    url = new URL(config.url.replace(/\{\{[^{}]*\}\}/g, 'x'));
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:'))
    error(['url'], 'the address must start with https:// (or http://)', '地址必须以 https://（或 http://）开头');
  else if (url.username || url.password)
    error(
      ['url'],
      'no user name or password in the address: use a header with a secret',
      '地址中不能包含用户名或密码：请用引用密钥的请求头',
    );
  for (const [name, value] of Object.entries(config.headers))
    if (typeof value === 'string' && SECRET_HEADERS.test(name))
      error(
        ['headers', name],
        `${name} holds a credential: write {"secret": "NAME"} so the value stays out of the flow file`,
        `${name} 是凭据：请写成 {"secret": "名称"}，不要把值写进流程文件`,
      );
  const paths: [(string | number)[], string][] = [
    ...Object.entries(config.body).flatMap(([field, from]): [(string | number)[], string][] =>
      typeof from === 'string' ? [[['body', field], from]] : [],
    ),
    ...Object.entries(config.response.attributes).map(([name, from]): [(string | number)[], string] => [
      ['response', 'attributes', name],
      from,
    ]),
    ...(config.response.tags ? [[['response', 'tags'], config.response.tags] as [(string | number)[], string]] : []),
  ];
  for (const [where, from] of paths) {
    const path = readPath(from);
    if (typeof path === 'string') error(where, path, `不是有效的路径：${path}`);
  }
  return issues;
}

/**
 * Calls an ERP/WMS/TMS/CRM API. The runtime never calls anything: on a server (`liveCalls`) the node
 * WAITS with the request, the host performs it and resumes the run with the answer as the decision
 * (replayed like an approval's). In simulation and test cases it takes the recorded example answer.
 */
export const callApiNode = defineNode({
  type: 'call-api',
  category: 'action',
  title: text('API call', '调用接口'),
  description: text(
    'Calls another system (ERP, WMS, TMS, CRM) and continues on ok, error or timeout; the answer can set order attributes.',
    '调用其他系统（ERP、WMS、TMS、CRM）的接口，按成功、失败或超时继续；返回结果可写入订单属性。',
  ),
  config: callApiConfigSchema,
  outputs: [
    { id: 'ok', label: text('ok', '成功'), required: true },
    { id: 'error', label: text('error', '失败'), required: true },
    { id: 'timeout', label: text('timeout', '超时'), required: true },
  ],
  prepare: prepareCall,
  run: ({ nodeId, facts, config, decision, liveCalls, locale }) => {
    if (decision !== undefined) return answered(config, parseDecision(nodeId, decision, config.config), locale);
    if (!liveCalls) return answered(config, exampleAnswer(config.config), locale);
    const request: CallRequest = buildRequest(config, facts);
    const reason =
      locale === 'zh'
        ? `等待 ${hostOf(request.url)} 响应（${request.method}）`
        : `waiting for ${request.method} ${hostOf(request.url)}`;
    const hold: Hold = { nodeId, kind: 'api-call', status: 'pending', reason };
    return waitFor({ kind: 'api-call', reason, ports: CALL_PORTS, hold, call: request as unknown as JsonValue });
  },
  summary: (config) => `${config.method} ${config.url}`,
  check: checkConfig,
});
