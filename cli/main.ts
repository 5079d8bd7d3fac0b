/**
 * `hwf` on the command line (`npm run hwf -- simulate scenario.json`). All the work is in
 * ./run.ts; this file only connects it to the process.
 */
import { runCli } from './run.ts';

// A closed pipe (`hwf simulate s.json | head`) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(`internal error: ${error.message}\n`);
  process.exit(1);
});

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  stderrIsTTY: process.stderr.isTTY === true,
});
