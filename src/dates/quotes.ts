/** Whether `at` is inside a quotation (an open “ or an odd number of " before it in the paragraph). */
export function insideQuote(text: string, at: number): boolean {
  const paraStart = Math.max(text.lastIndexOf('\n\n', at) + 1, at - 600);
  const before = text.slice(paraStart, at);
  const open = before.lastIndexOf('“');
  if (open > before.lastIndexOf('”')) return true;
  return (before.match(/"/gu)?.length ?? 0) % 2 === 1;
}
