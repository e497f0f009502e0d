/**
 * Maps offsets of a normalised string back to the raw input it was built from.
 *
 * The normalised string is assembled from pieces: runs copied verbatim from the raw input
 * (offsets shift by a constant), and replacements (a whitespace run collapsed to one space,
 * a decomposed letter recomposed to NFC) that map as a whole to their raw range. Storing
 * pieces instead of one entry per character keeps the map small: a web article needs a few
 * pieces per paragraph, and lookups are a binary search.
 */
export class OffsetMap {
  private normStarts: number[] = [];
  private rawStarts: number[] = [];
  private rawEnds: number[] = [];
  /** 1 when the piece is a verbatim copy, 0 for a replacement. */
  private verbatim: number[] = [];
  private parts: string[] = [];
  private length = 0;

  /** Appends raw[start, end) verbatim. */
  copy(raw: string, start: number, end: number): void {
    if (end <= start) return;
    const n = this.normStarts.length - 1;
    if (n >= 0 && this.verbatim[n] === 1 && this.rawEnds[n] === start) {
      this.rawEnds[n] = end;
    } else {
      this.push(start, end, 1);
    }
    this.parts.push(raw.slice(start, end));
    this.length += end - start;
  }

  /** Appends `text` standing for raw[start, end). */
  replace(text: string, start: number, end: number): void {
    if (text.length === 0) return;
    this.push(start, end, 0);
    this.parts.push(text);
    this.length += text.length;
  }

  get size(): number {
    return this.length;
  }

  toString(): string {
    return this.parts.join('');
  }

  /** Raw offset where the normalised character at `i` begins. */
  rawStart(i: number): number {
    const k = this.pieceAt(i);
    if (k < 0) return 0;
    return this.verbatim[k] === 1 ? this.rawStarts[k] + (i - this.normStarts[k]) : this.rawStarts[k];
  }

  /** Raw offset just after the normalised character at `i - 1` (an exclusive end). */
  rawEnd(i: number): number {
    if (i <= 0) return this.rawStart(0);
    const k = this.pieceAt(i - 1);
    if (k < 0) return 0;
    return this.verbatim[k] === 1 ? this.rawStarts[k] + (i - this.normStarts[k]) : this.rawEnds[k];
  }

  /**
   * The normalised offset of raw offset `raw`: the first normalised character that does not
   * begin before it (so a span's raw start and raw end map to the normalised start and end).
   */
  normOffset(raw: number): number {
    const starts = this.rawStarts;
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.rawEnds[mid] <= raw) lo = mid + 1;
      else hi = mid;
    }
    if (lo >= starts.length) return this.length;
    const normStart = this.normStarts[lo];
    if (raw <= starts[lo]) return normStart;
    if (this.verbatim[lo] === 1) return normStart + (raw - starts[lo]);
    return lo + 1 < starts.length ? this.normStarts[lo + 1] : this.length;
  }

  private push(rawStart: number, rawEnd: number, verbatim: number): void {
    this.normStarts.push(this.length);
    this.rawStarts.push(rawStart);
    this.rawEnds.push(rawEnd);
    this.verbatim.push(verbatim);
  }

  private pieceAt(i: number): number {
    const starts = this.normStarts;
    let lo = 0;
    let hi = starts.length - 1;
    if (hi < 0) return -1;
    if (i >= this.length) return hi;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= i) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}
