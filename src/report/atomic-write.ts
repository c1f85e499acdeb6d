import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Chunks are encoded into one buffer of about this size and written when it is full. */
const BUFFER_BYTES = 8 << 20;
/** A UTF-16 code unit is at most 3 bytes of UTF-8 (a surrogate pair, 2 units, is 4). */
const MAX_BYTES_PER_UNIT = 3;

/**
 * Chunks produced by a text transformation the writer can skip: `raw` are the chunks before it,
 * `transform` applies it to one chunk, and `bytesUnchanged` says, from a raw chunk's UTF-8 bytes,
 * that the transformation would leave it as it is. The writer encodes every chunk anyway, so a
 * byte check there (memchr-fast) replaces a pass over the text. Iterating gives the transformed
 * chunks, for any other reader. escapeInvisibleInJson (escape.ts) is one.
 */
export interface ByteCheckedChunks extends Iterable<string> {
  readonly raw: Iterable<string>;
  transform(chunk: string): string;
  bytesUnchanged(bytes: Buffer): boolean;
}

function isByteChecked(chunks: Iterable<string>): chunks is ByteCheckedChunks {
  const candidate = chunks as Partial<ByteCheckedChunks>;
  return typeof candidate.transform === 'function' && typeof candidate.bytesUnchanged === 'function' && candidate.raw !== undefined;
}

/**
 * Writes `chunks` to a temporary file next to `file` and renames it into place, so a reader (or
 * a CI job uploading the report) sees the old file or the complete new one, never half of it.
 * If producing a chunk throws, the temporary file is removed and `file` is left untouched.
 * The data is fsynced before the rename: without it a crash soon after could leave the new name
 * on an empty or partial file (the rename can reach the disk before the data).
 */
export function writeFileAtomic(file: string, chunks: Iterable<string>): void {
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.${Date.now()}.tmp`);
  const fd = openSync(temp, 'w', 0o644);
  let closed = false;
  try {
    const sink = new Utf8Sink(fd);
    if (isByteChecked(chunks)) {
      for (const chunk of wholeCharacters(chunks.raw)) {
        const start = sink.add(chunk);
        if (chunks.bytesUnchanged(sink.bytesFrom(start))) continue;
        sink.truncate(start);
        sink.add(chunks.transform(chunk));
      }
    } else {
      for (const chunk of wholeCharacters(chunks)) sink.add(chunk);
    }
    sink.flush();
    fsyncSync(fd);
    closeSync(fd);
    closed = true;
    renameSync(temp, file);
  } catch (error) {
    if (!closed) closeSync(fd);
    rmSync(temp, { force: true });
    throw error;
  }
}

/**
 * The chunks, re-cut so that none ends between the two halves of a surrogate pair: each chunk is
 * encoded on its own, and half a pair would become U+FFFD. The transformations of
 * ByteCheckedChunks work on single BMP characters, so re-cutting does not change their output.
 */
function* wholeCharacters(chunks: Iterable<string>): Generator<string> {
  let held = '';
  for (const chunk of chunks) {
    const text = held ? held + chunk : chunk;
    const last = text.charCodeAt(text.length - 1);
    if (last >= 0xd800 && last <= 0xdbff) {
      held = text.slice(-1);
      if (text.length > 1) yield text.slice(0, -1);
    } else {
      held = '';
      if (text) yield text;
    }
  }
  if (held) yield held;
}

/**
 * Text encoded straight into one reused buffer, written when full: no joined copy of the chunks,
 * no new buffer per write, and the bytes are there to be checked before they are written.
 */
class Utf8Sink {
  private buffer = Buffer.allocUnsafe(BUFFER_BYTES);
  private used = 0;

  constructor(private readonly fd: number) {}

  /** Appends `text` as UTF-8; returns the offset its bytes start at (valid until the next add). */
  add(text: string): number {
    const room = text.length * MAX_BYTES_PER_UNIT;
    if (this.used + room > this.buffer.length) {
      this.flush();
      if (room > this.buffer.length) this.buffer = Buffer.allocUnsafe(room);
    }
    const start = this.used;
    this.used += this.buffer.write(text, start, 'utf8');
    return start;
  }

  bytesFrom(start: number): Buffer {
    return this.buffer.subarray(start, this.used);
  }

  /** Drops the bytes from `start` on (only those added since the last flush). */
  truncate(start: number): void {
    this.used = start;
  }

  flush(): void {
    // writeSync may write less than asked (a full disk, a signal): the rest is written again.
    for (let done = 0; done < this.used; ) done += writeSync(this.fd, this.buffer, done, this.used - done);
    this.used = 0;
  }
}
