// The engine's robustness checks that need special builds:
//   node scripts/sanitize.mjs tests          GoogleTest suite under AddressSanitizer + UBSan (build/asan-clang): clang's
//                                            UBSan, as the fuzzers', which flags what GCC's let pass (nullptr + offset)
//   node scripts/sanitize.mjs fuzz [SECONDS] libFuzzer with ASan + UBSan over the engine (build/fuzz), default 60 s:
//                                            the neuron (engine_fuzzer) and the network (network_fuzzer), half each
// The fuzz corpora grow in build/fuzz/corpus and build/fuzz/network-corpus; a crash leaves its input in build/fuzz/
// and fails.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`sanitize: ${command} ${args.join(' ')} failed`);
    process.exit(1);
  }
}

const [mode = 'tests', seconds = '60'] = process.argv.slice(2);
if (mode === 'tests') {
  const dir = 'build/asan-clang';
  if (!existsSync(`${dir}/CMakeCache.txt`)) {
    run('cmake', [
      '-S',
      '.',
      '-B',
      dir,
      '-DCMAKE_CXX_COMPILER=clang++',
      '-DONE_NEURON_SANITIZE=ON',
      '-DCMAKE_BUILD_TYPE=Debug',
    ]);
  }
  run('cmake', ['--build', dir, '-j', '2']);
  run('ctest', ['--test-dir', dir, '--output-on-failure']);
} else if (mode === 'fuzz') {
  if (!existsSync('build/fuzz/CMakeCache.txt')) {
    run('cmake', [
      '-S',
      '.',
      '-B',
      'build/fuzz',
      '-DCMAKE_CXX_COMPILER=clang++',
      '-DONE_NEURON_FUZZ=ON',
      '-DCMAKE_BUILD_TYPE=RelWithDebInfo',
    ]);
  }
  const targets = { engine_fuzzer: 'build/fuzz/corpus', network_fuzzer: 'build/fuzz/network-corpus' };
  run('cmake', ['--build', 'build/fuzz', '--target', ...Object.keys(targets), '-j', '2']);
  for (const [target, corpus] of Object.entries(targets)) {
    mkdirSync(corpus, { recursive: true });
    run(`build/fuzz/${target}`, [
      corpus,
      `-max_total_time=${Math.max(1, Math.round(Number(seconds) / 2))}`,
      '-print_final_stats=1',
      '-artifact_prefix=build/fuzz/',
    ]);
  }
} else {
  console.error('usage: node scripts/sanitize.mjs tests | fuzz [SECONDS]');
  process.exit(2);
}
