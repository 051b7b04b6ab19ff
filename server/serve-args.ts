/** `orderflow serve [--role api|worker|all] [--processes N] [--port N]`: flags are env settings by another name. */
const FLAGS: Record<string, string> = {
  '--role': 'ORDERFLOW_ROLE',
  '--processes': 'ORDERFLOW_PROCESSES',
  '--port': 'ORDERFLOW_PORT',
};

export const SERVE_USAGE = 'usage: orderflow serve [--role api|worker|all] [--processes N] [--port N]';

/** The env overrides the flags mean; values are checked with the rest of the configuration. */
export function serveArgs(argv: readonly string[]): Record<string, string> {
  const env: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg];
    const name = FLAGS[flag!];
    if (!name) throw new Error(`unknown option "${arg}"\n${SERVE_USAGE}`);
    const value = inline ?? argv[++i];
    if (value === undefined || value.startsWith('--')) throw new Error(`${flag} needs a value\n${SERVE_USAGE}`);
    env[name] = value;
  }
  return env;
}
