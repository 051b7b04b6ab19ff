import type { Words } from '../i18n/words';

/** What resume says when it refuses a waiting state, in every language the product speaks. */
export interface ResumeWords {
  readonly notState: (what: string) => string;
  readonly format: (expected: string, found: string) => string;
  readonly otherFlow: (stateFlow: string, planFlow: string) => string;
  readonly flowChanged: (flowId: string) => string;
  readonly badOrder: (what: string) => string;
  readonly unknownDecisionNode: (nodeId: string) => string;
  readonly decisionNotPort: (nodeId: string, decision: string, ports: readonly string[]) => string;
  readonly decisionUnused: (nodeId: string) => string;
  readonly replayDoesNotWait: (waitingAt: string, status: string) => string;
  readonly replayWaitsElsewhere: (waitingAt: string, actual: string) => string;
  readonly notSealed: () => string;
  readonly badSeal: () => string;
}

const quoted = (text: string) => JSON.stringify(text.length > 64 ? `${text.slice(0, 64)}…` : text);

export const RESUME_WORDS: Words<ResumeWords> = {
  en: {
    notState: (what) => `this is not a waiting run's state: ${what}`,
    format: (expected, found) => `this waiting state is in format ${found}; this version resumes ${expected}`,
    otherFlow: (stateFlow, planFlow) =>
      `this waiting run belongs to flow ${quoted(stateFlow)}, not ${quoted(planFlow)}`,
    flowChanged: (flowId) =>
      `this waiting run started on a different version of flow ${quoted(flowId)}; resume it with the version it started on`,
    badOrder: (what) => `the order in this waiting state is not a valid order: ${what}`,
    unknownDecisionNode: (nodeId) =>
      `the state holds a decision for ${quoted(nodeId)}, which is not a step of this flow`,
    decisionNotPort: (nodeId, decision, ports) =>
      `${quoted(decision)} is not a decision for ${quoted(nodeId)}; choose one of: ${ports.join(', ')}`,
    decisionUnused: (nodeId) =>
      `the state holds a decision for ${quoted(nodeId)}, but this order never reaches that step with the decisions before it`,
    replayDoesNotWait: (waitingAt, status) =>
      `the state says the run waits at ${quoted(waitingAt)}, but run again with its decisions it ends ${status}`,
    replayWaitsElsewhere: (waitingAt, actual) =>
      `the state says the run waits at ${quoted(waitingAt)}, but run again with its decisions it waits at ${quoted(actual)}`,
    notSealed: () => 'this is not a sealed waiting state (format, state and signature expected)',
    badSeal: () =>
      'the signature of this sealed waiting state does not match: it was changed or sealed with another key',
  },
  zh: {
    notState: (what) => `这不是等待中运行的状态：${what}`,
    format: (expected, found) => `该等待状态的格式为 ${found}；当前版本只能恢复 ${expected}`,
    otherFlow: (stateFlow, planFlow) => `该等待中的运行属于流程 ${quoted(stateFlow)}，而不是 ${quoted(planFlow)}`,
    flowChanged: (flowId) => `该等待中的运行开始于流程 ${quoted(flowId)} 的另一个版本；请用它开始时的版本恢复`,
    badOrder: (what) => `该等待状态中的订单无效：${what}`,
    unknownDecisionNode: (nodeId) => `状态中含有对 ${quoted(nodeId)} 的决定，但该流程中没有这个步骤`,
    decisionNotPort: (nodeId, decision, ports) =>
      `${quoted(decision)} 不是 ${quoted(nodeId)} 可用的决定；请从以下选择：${ports.join('、')}`,
    decisionUnused: (nodeId) => `状态中含有对 ${quoted(nodeId)} 的决定，但按此前的决定，该订单不会到达这个步骤`,
    replayDoesNotWait: (waitingAt, status) =>
      `状态称运行在 ${quoted(waitingAt)} 等待，但按其中的决定重新运行，结果为 ${status}`,
    replayWaitsElsewhere: (waitingAt, actual) =>
      `状态称运行在 ${quoted(waitingAt)} 等待，但按其中的决定重新运行，会在 ${quoted(actual)} 等待`,
    notSealed: () => '这不是签名的等待状态（应包含 format、state 和签名）',
    badSeal: () => '该签名等待状态的签名不匹配：它被改动过，或是用另一个密钥签名的',
  },
};
