import type { Analysis, NewsEvent } from '../types';

/** One line per event: date, type (mode), who, where, status. */
export function formatEvent(e: NewsEvent): string {
  const date = e.date?.value ?? 'date?';
  const type = e.mode && e.mode !== 'unknown' ? `${e.type}/${e.mode}` : e.type;
  const who = e.participants.map((p) => p.name).join(' + ') || '?';
  const where = e.location ? ` @ ${e.location.name}` : '';
  const topics = e.topics.length > 0 ? `  [${e.topics.join(', ')}]` : '';
  return `${date.padEnd(16)} ${type.padEnd(18)} ${who}${where}  (${e.status})${topics}`;
}

/** A readable report of an analysis, for people at a terminal. */
export function formatSummary(a: Analysis): string {
  const lines: string[] = [];
  lines.push(`language: ${a.language.code} (confidence ${a.language.confidence})`);
  lines.push(`published: ${a.metadata.publishedAt ?? 'unknown'}`);
  const kinds = new Map<string, number>();
  for (const p of a.paragraphs) kinds.set(p.kind, (kinds.get(p.kind) ?? 0) + 1);
  lines.push(`paragraphs: ${a.paragraphs.length} (${[...kinds].map(([k, n]) => `${n} ${k}`).join(', ')})`);
  lines.push('', `events (${a.events.length}):`);
  for (const e of a.events) lines.push(`  ${formatEvent(e)}`);
  lines.push('', `entities (${a.entities.length}):`);
  for (const e of a.entities) {
    const extra = e.aliases.length > 1 ? `  aka ${e.aliases.filter((x) => x !== e.name).join(', ')}` : '';
    lines.push(`  ${e.type.padEnd(12)} ${e.name} ×${e.mentions.length}${extra}`);
  }
  lines.push('', `dates (${a.dates.length}):`);
  for (const d of a.dates) lines.push(`  ${d.text.replace(/\s+/g, ' ').padEnd(28)} ${d.value}`);
  lines.push('', `quotes (${a.quotes.length}):`);
  for (const q of a.quotes) {
    const text = q.text.replace(/\s+/g, ' ');
    lines.push(`  [${q.kind}] ${q.speaker?.name ?? '—'}: “${text.length > 70 ? `${text.slice(0, 70)}…` : text}”`);
  }
  return lines.join('\n');
}
