/** Run the fdlens command line with the given arguments; resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  process.stdout.write(`fdlens ${argv.join(' ')}\n`);
  return 0;
}
