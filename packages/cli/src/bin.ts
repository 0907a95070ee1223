// Process entry: run the command line and set the exit code (never process.exit: stdout must drain).
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2));
