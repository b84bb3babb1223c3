// What both commands (one-neuron, one-neuron network) do with stdout, stderr and the exit code. Exit
// code 2 on bad input, 1 when stdout fails or the engine is not built (one line says why), 0 when
// stdout's reader just closed early (as after `| head`). Never a stack trace.
import { getSystemErrorMap } from 'node:util';

/** Bad input: its message (naming the flag) is printed as it is, exit code 2. */
export class UsageError extends Error {}
/** Something missing around the run (the engine not built): exit code 1. */
export class SetupError extends Error {}
/** Thrown out of a write once stdout has failed: it stops the run (the failure is already reported). */
class OutputClosed extends Error {}

// An OS error in plain words: "no space left on device" (libuv's wording), shorter for the commonest.
const WORDS = { ENOENT: 'no such file', EISDIR: 'is a directory', EACCES: 'permission denied' };
export function plainWords(error) {
  const [, words] = getSystemErrorMap().get(error?.errno) ?? [];
  return WORDS[error?.code] ?? words ?? String(error?.message ?? error).split('\n')[0];
}

// stdout as the run writes it. Node reports a failed write on the stream, at once (a file: the
// stream is `errored` right after the write) or on a later tick (a pipe whose buffer was full). The
// first failure decides: EPIPE (the reader is gone, e.g. `| head`) ends quietly with status 0; any
// other prints one line and status 1. Writes after it throw OutputClosed, so the run stops there.
function openStdout(program) {
  let failure = null;
  const fail = (error) => {
    if (failure) return;
    failure = error;
    if (error?.code === 'EPIPE') {
      process.exitCode = 0;
    } else {
      process.stderr.write(`${program}: stdout: ${plainWords(error)}\n`);
      process.exitCode = 1;
    }
  };
  process.stdout.on('error', fail);
  return (text) => {
    try {
      if (!failure) process.stdout.write(text);
    } catch (error) {
      fail(error);
    }
    if (!failure && process.stdout.errored) fail(process.stdout.errored);
    if (failure) throw new OutputClosed();
  };
}

/**
 * Runs `main(write)` as the command `program` ("one-neuron"): its errors become one line on stderr
 * and the exit code. An engine or parse error starts with a field's name ("hidden: must be…"),
 * which `flagOf` turns into the flag's ("dataSeed" -> "data-seed"; the same name by default).
 */
export function runCli(program, main, flagOf = (field) => field) {
  // A failing stderr has nowhere to report to: it must not turn into a stack trace either.
  process.stderr.on('error', () => {});
  return main(openStdout(program)).catch((error) => {
    if (error instanceof OutputClosed) return; // reported, with its exit code, by openStdout
    const text = String(error?.message ?? error).split('\n')[0];
    const message =
      error instanceof UsageError || error instanceof SetupError
        ? text
        : text.replace(/^(\w+): /, (_, field) => `--${flagOf(field)}: `);
    process.stderr.write(`${program}: ${message}\n`);
    process.exitCode = error instanceof SetupError ? 1 : 2;
  });
}
