// `npm start`: install the dependencies when they are missing, build the app, and serve
// the build at http://127.0.0.1:4173/. Plain Node, no dependencies of its own.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { ensureInstalled, root } from './ensure-installed.mjs';

const HOST = '127.0.0.1';
const PORT = 4173;
const isWindows = process.platform === 'win32';

/** Runs a command in the project folder; resolves with its exit code. */
function run(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', shell: isWindows });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function step(title, command, args) {
  console.log(`\n> ${title}`);
  const code = await run(command, args);
  if (code !== 0) {
    console.error(`\n${title} failed (exit code ${code}).`);
    process.exit(code);
  }
}

/** Resolves true when nothing listens on HOST:PORT yet. */
function portIsFree() {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(PORT, HOST, () => probe.close(() => resolve(true)));
  });
}

const npm = isWindows ? 'npm.cmd' : 'npm';
const url = `http://${HOST}:${PORT}/`;

if (!(await portIsFree())) {
  console.error(
    `Port ${PORT} is already in use. Is HWF Scenario Lab already running at ${url}? ` +
      'Stop the other server and try again.',
  );
  process.exit(1);
}

const installed = await ensureInstalled();
if (installed !== 0) process.exit(installed);

await step('Building the app (npm run build)', npm, ['run', 'build']);

console.log(`\nHWF Scenario Lab: ${url}  (Ctrl+C to stop)\n`);
const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
const server = spawn(
  process.execPath,
  [vite, 'preview', '--host', HOST, '--port', String(PORT), '--strictPort'],
  { cwd: root, stdio: 'inherit' },
);
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopping = true;
    server.kill(signal);
  });
}
server.on('error', (error) => {
  console.error(`Could not start the preview server: ${error.message}`);
  process.exit(1);
});
server.on('exit', (code, signal) => {
  if (stopping) process.exit(0);
  if (code !== 0) {
    console.error(`\nThe preview server stopped (${code ?? signal}).`);
  }
  process.exit(code ?? 1);
});
