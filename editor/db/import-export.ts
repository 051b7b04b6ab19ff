import type { Flow, Problem, Locale, NodeRegistry } from '../../runtime/index';
import { validateFlow } from '../../runtime/index';
import type { StoredFlow } from './db';
import type { RepoDeps } from './deps';
import { addFlowDocument } from './flows-repo';
import { computeLayout } from '../canvas/auto-layout';

/**
 * A flow written by hand or by another tool often has no positions: every card would stack at (0,0).
 * All nodes on one spot means "never laid out", so the import lays it out (ELK, as the toolbar button).
 */
export function needsLayout(flow: Flow): boolean {
  const [first, ...rest] = flow.nodes;
  return (
    first !== undefined &&
    rest.length > 0 &&
    rest.every((n) => n.position.x === first.position.x && n.position.y === first.position.y)
  );
}

async function laidOut(flow: Flow, registry: NodeRegistry): Promise<Flow> {
  if (!needsLayout(flow)) return flow;
  const positions = await computeLayout(flow, registry, {});
  return { ...flow, nodes: flow.nodes.map((n) => ({ ...n, position: positions[n.id] ?? n.position })) };
}

export type ImportResult =
  | { readonly ok: true; readonly flow: StoredFlow; readonly problems: readonly Problem[] }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/**
 * Validates a `.flow.json` file's text and, only if it has no errors, stores it as a new flow (a new
 * id if its own is taken — an import never overwrites). On failure nothing is written and every
 * problem is returned, with line numbers. Warnings come back with a successful import too. A flow
 * without positions is laid out (see needsLayout).
 * `locale`: the language of the problems' messages (the UI's).
 */
export async function importFlowFile(
  deps: RepoDeps,
  text: string,
  registry: NodeRegistry,
  locale: Locale = 'en',
): Promise<ImportResult> {
  const { flow, problems } = validateFlow(text, registry, { locale });
  if (!flow) return { ok: false, problems };
  return { ok: true, flow: await addFlowDocument(deps, await laidOut(flow, registry)), problems };
}

/** Characters that some file systems refuse; Chinese names are kept as they are. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what file names must not carry
const UNSAFE_FILENAME = /[\\/:*?"<>|\u0000-\u001f\s]+/g;

/** Pretty JSON (2 spaces, trailing newline, diff-friendly) and a filename like `vip-discount.flow.json`. */
export function exportFlow(flow: Flow): { text: string; filename: string } {
  const base =
    flow.name
      .replace(UNSAFE_FILENAME, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || flow.id;
  return { text: `${JSON.stringify(flow, null, 2)}\n`, filename: `${base}.flow.json` };
}
