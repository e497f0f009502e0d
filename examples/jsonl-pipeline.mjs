// A streaming pipeline: one article per line in, one result per line out.
//   node examples/jsonl-pipeline.mjs < articles.jsonl > events.jsonl
// Each input line: {"id": "...", "text": "...", "referenceDate": "2023-11-16"}
import { createInterface } from 'node:readline';
import { extractEvents } from 'vinews';

const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of lines) {
  if (!line.trim()) continue;
  const { id, text, referenceDate } = JSON.parse(line);
  const events = extractEvents(text, referenceDate ? { referenceDate } : {});
  process.stdout.write(`${JSON.stringify({ id, events })}\n`);
}
