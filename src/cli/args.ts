/** Command-line options of `vinews`. */
export interface CliArgs {
  file: string | null;
  events: boolean;
  jsonl: boolean;
  summary: boolean;
  referenceDate?: string;
  help: boolean;
}

export const USAGE = `Usage: vinews [file|-] [options]

Reads a Vietnamese news article (a file, or standard input with "-" or no file)
and prints analyze() as JSON.

Options:
  --events               print only the events
  --summary              print a readable summary (one line per event, entity, quote)
  --jsonl                read one article per line as JSON {"text": ..., "referenceDate": ...}
                         and write one result per line
  --reference-date DATE  ISO date that anchors relative dates (default: the article's own)
  -h, --help             show this help
`;

export function parseArgs(argv: string[]): CliArgs {
  const args: CliArgs = { file: null, events: false, jsonl: false, summary: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--events') args.events = true;
    else if (a === '--jsonl') args.jsonl = true;
    else if (a === '--summary') args.summary = true;
    else if (a === '-h' || a === '--help') args.help = true;
    else if (a === '--reference-date') args.referenceDate = argv[++i];
    else if (a.startsWith('--reference-date=')) args.referenceDate = a.slice('--reference-date='.length);
    else if (a.startsWith('-') && a !== '-') throw new Error(`unknown option ${a}`);
    else if (args.file === null) args.file = a;
    else throw new Error(`unexpected argument ${a}`);
  }
  return args;
}
