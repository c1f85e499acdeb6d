import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { GluedText, type TextChunk } from './text-chunk.js';

/** Chunks are encoded into one buffer of about this size and written when it is full. */
const BUFFER_BYTES = 8 << 20;
/** Bytes written between two background syncs. */
const SYNC_EVERY_BYTES = 64 << 20;
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
  readonly raw: Iterable<TextChunk>;
  transform(chunk: TextChunk): string;
  bytesUnchanged(bytes: Buffer): boolean;
}

function isByteChecked(chunks: Iterable<TextChunk>): chunks is ByteCheckedChunks {
  const candidate = chunks as Partial<ByteCheckedChunks>;
  return typeof candidate.transform === 'function' && typeof candidate.bytesUnchanged === 'function' && candidate.raw !== undefined;
}

/** Buffer and background-sync sizes (tests make them small to cross many of each). */
export interface WriteTuning {
  bufferBytes?: number;
  syncEveryBytes?: number;
}

/**
 * Writes `chunks` to a temporary file next to `file` and renames it into place, so a reader (or
 * a CI job uploading the report) sees the old file or the complete new one, never half of it.
 * If producing a chunk throws, the temporary file is removed and `file` is left untouched.
 * The data is fsynced before the rename: without it a crash soon after could leave the new name
 * on an empty or partial file (the rename can reach the disk before the data).
 *
 * The chunks are produced and encoded on this thread; the writes and syncs run on libuv's thread
 * pool meanwhile (see Utf8Sink), so a 400 MB report costs this thread little more than its text.
 */
export async function writeFileAtomic(file: string, chunks: Iterable<TextChunk>, tuning: WriteTuning = {}): Promise<void> {
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.${Date.now()}.tmp`);
  const handle = await open(temp, 'w', 0o644);
  const sink = new Utf8Sink(handle, tuning);
  let closed = false;
  try {
    if (isByteChecked(chunks)) {
      for (const chunk of wholeCharacters(chunks.raw)) {
        const start = await sink.add(chunk);
        if (chunks.bytesUnchanged(sink.bytesFrom(start))) continue;
        sink.truncate(start);
        await sink.add(chunks.transform(chunk));
      }
    } else {
      for (const chunk of wholeCharacters(chunks)) await sink.add(chunk);
    }
    await sink.end();
    await handle.sync();
    await handle.close();
    closed = true;
    await rename(temp, file);
  } catch (error) {
    await sink.settled();
    if (!closed) await handle.close();
    await rm(temp, { force: true });
    throw error;
  }
}

/**
 * The chunks, re-cut so that none ends between the two halves of a surrogate pair: each chunk is
 * encoded on its own, and half a pair would become U+FFFD. The transformations of
 * ByteCheckedChunks work on single BMP characters, so re-cutting does not change their output.
 * Glued text passes as it is unless it must be re-cut (its pieces are cut at row boundaries, in
 * JSON between a `}` and a `,`, never inside a pair).
 */
function* wholeCharacters(chunks: Iterable<TextChunk>): Generator<TextChunk> {
  let held = '';
  for (const chunk of chunks) {
    if (chunk instanceof GluedText && !held && !endsInHighSurrogate(chunk.pieces[chunk.pieces.length - 1] ?? '')) {
      yield chunk;
      continue;
    }
    const text = held ? held + String(chunk) : String(chunk);
    if (endsInHighSurrogate(text)) {
      held = text.slice(-1);
      if (text.length > 1) yield text.slice(0, -1);
    } else {
      held = '';
      if (text) yield text;
    }
  }
  if (held) yield held;
}

function endsInHighSurrogate(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return last >= 0xd800 && last <= 0xdbff;
}

/**
 * Text encoded straight into a buffer, written when full: no joined copy of the chunks, and the
 * bytes are there to be checked before they are written. Two buffers take turns: one is filled
 * while the other is being written on the thread pool, and each is reused once its write is done.
 * Every SYNC_EVERY_BYTES (64 MB) written, the data so far is synced in the background too, so the disk
 * works while the report is still being produced and the final fsync has only the tail to flush.
 */
class Utf8Sink {
  private buffer: Buffer;
  private spare: Buffer;
  private used = 0;
  private readonly syncEveryBytes: number;
  /** The writes so far, one after the other (a failed write fails every later one). */
  private written: Promise<void> = Promise.resolve();
  /** The write of `spare`, pending until it may be filled again. */
  private spareFree: Promise<void> = Promise.resolve();
  private bytesWritten = 0;
  private syncedAt = 0;
  private syncing: Promise<void> = Promise.resolve();

  constructor(
    private readonly handle: FileHandle,
    tuning: WriteTuning,
  ) {
    this.buffer = Buffer.allocUnsafe(tuning.bufferBytes ?? BUFFER_BYTES);
    this.spare = Buffer.allocUnsafe(tuning.bufferBytes ?? BUFFER_BYTES);
    this.syncEveryBytes = tuning.syncEveryBytes ?? SYNC_EVERY_BYTES;
  }

  /** Appends `text` as UTF-8; resolves to the offset its bytes start at (valid until the next add). */
  async add(text: TextChunk): Promise<number> {
    const room = text.length * MAX_BYTES_PER_UNIT;
    if (this.used + room > this.buffer.length) {
      await this.swap();
      if (room > this.buffer.length) this.buffer = Buffer.allocUnsafe(room);
    }
    const start = this.used;
    if (typeof text === 'string') this.used += this.buffer.write(text, start, 'utf8');
    else this.addGlued(text);
    return start;
  }

  /** The pieces with the glue between them, each encoded in place (the room is there). */
  private addGlued({ pieces, glue }: GluedText): void {
    const buffer = this.buffer;
    const glueBytes = Buffer.from(glue, 'utf8');
    let used = this.used;
    for (let i = 0; i < pieces.length; i++) {
      if (i > 0) used += glueBytes.copy(buffer, used);
      used += buffer.write(pieces[i]!, used, 'utf8');
    }
    this.used = used;
  }

  bytesFrom(start: number): Buffer {
    return this.buffer.subarray(start, this.used);
  }

  /** Drops the bytes from `start` on (only those added since the last swap). */
  truncate(start: number): void {
    this.used = start;
  }

  /** Writes what is left; resolves when every write and background sync is done (rejects if one failed). */
  async end(): Promise<void> {
    await this.swap();
    await this.written;
    await this.syncing;
  }

  /** Resolves once nothing is in flight, whether it failed or not (for the error path). */
  async settled(): Promise<void> {
    await Promise.allSettled([this.written, this.syncing]);
  }

  /** Starts writing the filled buffer and goes on in the spare one, once the spare's own write is done. */
  private async swap(): Promise<void> {
    const full = this.buffer.subarray(0, this.used);
    const write = this.written.then(() => this.writeAll(full));
    // Later writes wait for this one; a failure surfaces at the next swap or at end(), not as an
    // unhandled rejection while this thread is still producing the next buffer.
    write.catch(() => undefined);
    this.written = write;
    await this.spareFree;
    this.spareFree = write;
    [this.buffer, this.spare] = [this.spare, this.buffer];
    this.used = 0;
  }

  private async writeAll(bytes: Buffer): Promise<void> {
    // A write may take less than asked (a full disk, a signal): the rest is written again.
    for (let done = 0; done < bytes.length; ) done += (await this.handle.write(bytes, done, bytes.length - done)).bytesWritten;
    this.bytesWritten += bytes.length;
    if (this.bytesWritten - this.syncedAt >= this.syncEveryBytes) {
      this.syncedAt = this.bytesWritten;
      this.syncing = this.syncing.then(() => this.handle.datasync());
      this.syncing.catch(() => undefined); // awaited by end() or settled()
    }
  }
}
