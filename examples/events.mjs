// Print the events of an article, one line each: node examples/events.mjs [file]
import { readFileSync } from 'node:fs';
import { extractEvents } from 'vinews';

const text = readFileSync(process.argv[2] ?? new URL('./sample.txt', import.meta.url), 'utf8');
for (const e of extractEvents(text)) {
  const who = e.participants.map((p) => p.name).join(' + ');
  console.log(`${e.date?.value ?? '?'}\t${e.type}${e.mode ? `/${e.mode}` : ''}\t${who}\t${e.location?.name ?? ''}\t${e.status}`);
}
