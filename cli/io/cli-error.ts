/** Exit codes: 0 ok, 1 the flow or orders have problems, 2 the command was used wrongly (args, files). */
export const EXIT = Object.freeze({ ok: 0, problems: 1, usage: 2 });

/** An error meant for the user: printed as `orderflow: <message>` with its exit code, no stack. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.usage,
  ) {
    super(message);
  }
}

/** Where the CLI writes; tests pass fakes, the bin passes process streams. */
export interface CliIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  readonly cwd: string;
}
