// The CRIU options a caller says the dump will use, and whether one of them resolves a finding:
// a finding resolved that way is kept, as info, so the report still says what the option does.

import { UsageError } from '@fdlens/core';
import type { Finding } from './finding.js';

const ALIASES: Record<string, string> = { '-j': '--shell-job', '-l': '--file-locks', '-x': '--ext-unix-sk' };
const WITH_VALUE = new Set(['--ghost-limit', '--external', '--inherit-fd']);

/** Options by flag, each with its values (empty for a bare flag). */
export type CriuOptionSet = Map<string, string[]>;

/** Parse CRIU command-line options (`--ghost-limit 10M`, `--ghost-limit=10M`, `-j` …). */
export function parseCriuOptions(args: readonly string[]): CriuOptionSet {
  const out: CriuOptionSet = new Map();
  const words = args.flatMap((a) => a.trim().split(/\s+/)).filter((w) => w !== '');
  for (let i = 0; i < words.length; i++) {
    let word = words[i]!;
    let value: string | undefined;
    const eq = word.indexOf('=');
    if (word.startsWith('--') && eq > 0) {
      value = word.slice(eq + 1);
      word = word.slice(0, eq);
    }
    word = ALIASES[word] ?? word;
    if (!word.startsWith('-')) throw new UsageError('FDLENS_BAD_CRIU_OPTION', `"${word}" is not a CRIU option`, { hint: 'give options as criu takes them, e.g. --criu-opts "--tcp-established --ghost-limit 10M"' });
    if (value === undefined && WITH_VALUE.has(word)) {
      value = words[++i];
      if (value === undefined) throw new UsageError('FDLENS_BAD_CRIU_OPTION', `${word} needs a value`, { hint: `e.g. ${word === '--ghost-limit' ? '--ghost-limit 10M' : `${word} unix[1234]`}` });
    }
    let list = out.get(word);
    if (list === undefined) out.set(word, (list = []));
    if (value !== undefined) list.push(value);
  }
  return out;
}

/** A CRIU size (`10M`, `512K`, `1G`, plain bytes) in bytes, or NaN. */
export function parseCriuSize(text: string): number {
  const m = /^(\d+)([KMG]?)$/i.exec(text.trim());
  if (!m) return Number.NaN;
  const unit = { '': 1, K: 1 << 10, M: 1 << 20, G: 1 << 30 }[m[2]!.toUpperCase() as '' | 'K' | 'M' | 'G'];
  return Number(m[1]) * unit;
}

/** The option of `options` that resolves `finding`, or undefined. */
export function resolvingOption(finding: Finding, options: CriuOptionSet): string | undefined {
  const wanted = finding.fix.criuOption;
  if (finding.code === 'FDLENS_PF_TCP_ESTABLISHED' && options.has('--tcp-close')) return '--tcp-close';
  if (wanted === undefined) return undefined;
  const [flag, ...rest] = wanted.split(' ');
  const needed = rest.join(' ');
  const given = options.get(flag!);
  if (given === undefined || flag === '--inherit-fd') return undefined; // --inherit-fd is a restore option
  if (needed === '') return flag;
  if (flag === '--ghost-limit') {
    const have = Math.max(...given.map(parseCriuSize).filter((n) => !Number.isNaN(n)));
    return have >= parseCriuSize(needed) ? `--ghost-limit ${given.find((g) => parseCriuSize(g) === have)}` : undefined;
  }
  return given.includes(needed) ? `${flag} ${needed}` : undefined;
}
