import { readFileSync } from 'node:fs';
import { analyze } from '../index';
import type { AnalyzeOptions } from '../types';
import { parseArgs, USAGE, type CliArgs } from './args';
import { formatEvent, formatSummary } from './summary';

function readInput(file: string | null): string {
  if (file === null || file === '-') return readFileSync(0, 'utf8');
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? `no such file: ${file}` : `cannot read ${file}: ${(e as Error).message}`);
  }
}

function render(text: string, args: CliArgs, options: AnalyzeOptions): string {
  const result = analyze(text, options);
  if (args.summary) return args.events ? result.events.map(formatEvent).join('\n') : formatSummary(result);
  return JSON.stringify(args.events ? result.events : result, null, args.jsonl ? 0 : 2);
}

function runJsonl(input: string, args: CliArgs): void {
  const lines = input.split(/\r?\n/).filter((l) => l.trim() !== '');
  const tty = process.stderr.isTTY === true;
  lines.forEach((line, i) => {
    let record: { text?: unknown; referenceDate?: string };
    try {
      record = JSON.parse(line);
    } catch {
      throw new Error(`line ${i + 1}: not valid JSON`);
    }
    if (typeof record?.text !== 'string') throw new Error(`line ${i + 1}: expected an object with a "text" string`);
    const options = { referenceDate: record.referenceDate ?? args.referenceDate };
    process.stdout.write(`${render(record.text, { ...args, summary: false }, options)}\n`);
    if (tty) process.stderr.write(`\r${progressBar(i + 1, lines.length)}`);
  });
  if (tty) process.stderr.write('\n');
}

function progressBar(done: number, total: number): string {
  const width = 30;
  const filled = Math.round((done / total) * width);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`;
}

function main(argv: string[]): number {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (e) {
    process.stderr.write(`vinews: ${(e as Error).message}\n${USAGE}`);
    return 1;
  }
  if (args.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  try {
    const input = readInput(args.file);
    if (args.jsonl) runJsonl(input, args);
    else process.stdout.write(`${render(input, args, { referenceDate: args.referenceDate })}\n`);
    return 0;
  } catch (e) {
    process.stderr.write(`vinews: ${(e as Error).message}\n`);
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
