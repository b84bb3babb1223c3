// What both commands (one-neuron, one-neuron network) read: their flags, a --data file or stdin, and
// the engine's .wasm. Every problem is a UsageError naming the flag (or a SetupError).
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { plainWords, SetupError, UsageError } from './cli-output.mjs';
import { DataLineError } from '../web/src/core/csv.js';

// parseArgs' messages, reworded to name the flag first like every other error; `example(flag)` is a
// value to show for a flag given without one.
function usageMessage(error, example) {
  const flag = /'(?:-\w, )?(--?[\w-]+)/.exec(error.message)?.[1] ?? '';
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `${flag}: unknown option (see --help)`;
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && /does not take/.test(error.message)) {
    return `${flag}: takes no value`;
  }
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
    return `${flag}: needs a value, e.g. ${flag}=${example(flag)}`;
  if (error.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL')
    return `${/'([^']*)'/.exec(error.message)?.[1]}: unexpected argument; options start with -- (see --help)`;
  return error.message.split('\n')[0];
}

/**
 * argv -> the values of parseArgs `options` (strict, no positionals), or a UsageError: an unknown
 * flag, a missing value (`example(flag)` shows one), a flag given twice.
 */
export function readFlags(argv, options, example) {
  // "--w0 -1": a negative number after a flag is its value, not another flag.
  const args = [];
  for (let i = 0; i < argv.length; i += 1) {
    const joinNext = argv[i].startsWith('--') && !argv[i].includes('=') && /^-[\d.]/.test(argv[i + 1] ?? '');
    args.push(joinNext ? `${argv[i]}=${argv[++i]}` : argv[i]);
  }
  let parsed;
  try {
    parsed = parseArgs({ args, options, strict: true, allowPositionals: false, tokens: true });
  } catch (error) {
    throw new UsageError(usageMessage(error, example));
  }
  // parseArgs keeps the last of repeated flags silently; a repeated value is more likely a mistake.
  const seen = new Set();
  for (const token of parsed.tokens.filter((t) => t.kind === 'option')) {
    if (seen.has(token.name)) throw new UsageError(`--${token.name}: given more than once`);
    seen.add(token.name);
  }
  return parsed.values;
}

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * --data's file (`-`: stdin) read by `parse` (core/csv.js) -> { name, ...parse(text) }, `name` as the
 * messages call it ("stdin", "rows.csv"): "--data: rows.csv line 3: "abc" is not a number".
 */
export async function readDataFile(path, parse) {
  const name = path === '-' ? 'stdin' : path;
  let text;
  try {
    text = path === '-' ? await readStdin() : await readFile(path, 'utf8');
  } catch (error) {
    throw new UsageError(`--data: cannot read ${name}: ${plainWords(error)}`);
  }
  try {
    return { name, ...parse(text) };
  } catch (error) {
    if (!(error instanceof DataLineError)) throw error;
    throw new UsageError(`--data: ${name}${error.line === null ? ':' : ` line ${error.line}:`} ${error.rule}`);
  }
}

/** The engine's .wasm as bytes (Node passes them to the module), or a SetupError saying how to build it. */
export function readWasm(url) {
  try {
    return readFileSync(url);
  } catch {
    throw new SetupError('the WASM engine is not built yet: run `npm run build` first');
  }
}
