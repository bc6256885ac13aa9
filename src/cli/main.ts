/**
 * Entry point of the `warta` binary (`dist/cli.js`): runs the CLI on the process streams.
 * Everything testable lives in `run.ts` and the command files.
 */
import { run } from './run.js';

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  // The reader went away (`warta annotate … | head`): stop quietly.
  if (error.code === 'EPIPE') process.exit(0);
});

const code = await run(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
process.exitCode = code;
