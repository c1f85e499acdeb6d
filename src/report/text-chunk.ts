/**
 * What a report renderer yields: text, or text given as pieces with the same glue between each two
 * (GluedText). A chunk of report rows is cut at its row boundaries to put a line break in each;
 * joining the pieces again would copy the whole report a second time (measured on 100k assets:
 * 0.45–0.65 s; the JSON report went from 2.8 to 2.5 s in `npm run bench`), so the writer
 * (atomic-write.ts) encodes the pieces and the glue one after the other instead.
 */
export type TextChunk = string | GluedText;

/** `pieces.join(glue)`, not built: its string form is built only for a reader that needs one (`String(chunk)`). */
export class GluedText {
  constructor(
    readonly pieces: readonly string[],
    readonly glue: string,
  ) {}

  /** The text's length in UTF-16 code units. */
  get length(): number {
    let length = this.glue.length * Math.max(0, this.pieces.length - 1);
    for (const piece of this.pieces) length += piece.length;
    return length;
  }

  toString(): string {
    return this.pieces.join(this.glue);
  }
}

