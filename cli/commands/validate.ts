import type { Locale, NodeRegistry } from '../../runtime/index';
import { EXIT, type CliIo } from '../io/cli-error';
import { loadFlow } from '../io/read-flow';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * `orderflow validate <flow.json>`: every problem with file:line; exit 1 when any is an error.
 * `locale` (--lang): the language of the problems' messages; locations, severities, codes and the summary line stay as they are.
 */
export async function validateCommand(
  io: CliIo,
  flowPath: string,
  registry: NodeRegistry,
  json: boolean,
  locale: Locale = 'en',
): Promise<number> {
  const loaded = await loadFlow(io.cwd, flowPath, registry, locale);
  const errors = loaded.problems.filter((p) => p.severity === 'error').length;
  const warnings = loaded.problems.length - errors;
  if (json) {
    io.stdout.write(`${JSON.stringify({ file: flowPath, valid: errors === 0, problems: loaded.problems }, null, 2)}\n`);
  } else {
    for (const message of loaded.messages) io.stdout.write(`${message}\n`);
    if (loaded.problems.some((p) => p.code === 'unknown-node-type'))
      io.stdout.write('hint: custom node types load with --nodes <module.ts>\n');
    const flow = loaded.plan?.flow;
    io.stdout.write(
      errors > 0
        ? `${flowPath}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}\n`
        : `${flowPath}: ok — flow ${flow?.id} "${flow?.name}", ${plural(flow?.nodes.length ?? 0, 'node')}, ${plural(flow?.edges.length ?? 0, 'edge')}, ${plural(warnings, 'warning')}\n`,
    );
  }
  return errors > 0 ? EXIT.problems : EXIT.ok;
}
