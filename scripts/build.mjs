// `npm run build:only`: dist/ from scratch, saying what it does and how long each step took.
//   1. tsc: type-checks src/ and writes dist/*.js, .d.ts and maps (the npm modules);
//   2. at once, on tsc's output: rollup (the one-script-tag files, from dist/*.js: nothing is compiled
//      twice) and the manifest (custom-elements.json, the editors' data), which only reads src/.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';

const bin = (name) => `node_modules/.bin/${name}`;

function step(label, command, args) {
  const started = performance.now();
  console.log(`build: ${label}…`);
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
    child.on('error', reject);
    child.on('exit', (code) => {
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      if (code === 0) {
        console.log(`build: ${label} done in ${seconds} s`);
        resolve();
      } else reject(new Error(`build: ${label} failed (exit ${code}) after ${seconds} s`));
    });
  });
}

const started = performance.now();
try {
  // Files tsc or rollup no longer write (moved modules, old chunks) must not ship with the new ones.
  rmSync('dist', { recursive: true, force: true });
  await step('tsc (type-check, npm modules, .d.ts)', bin('tsc'), ['-p', 'tsconfig.build.json']);
  await Promise.all([
    step('rollup (one-script-tag files, worker)', bin('rollup'), ['-c', 'rollup.config.mjs', '--silent']),
    step('manifest (custom-elements.json, editor data)', 'npm', ['run', '--silent', 'manifest']),
  ]);
  console.log(`build: dist/ written in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
