import type { ZipEntry } from './limits';

/**
 * One zip entry's contents, inflated with the platform's DecompressionStream (browsers, Node 18+), without
 * unpacking the rest of the archive. Null when the entry cannot be read this way (then the caller does not
 * measure, and the reader reports a damaged file as before).
 */
export async function zipEntryBytes(bytes: Uint8Array, entry: ZipEntry): Promise<Uint8Array | null> {
  const at = entry.localHeader;
  if (at + 30 > bytes.length) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(at, true) !== 0x04034b50) return null;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const data = bytes.subarray(start, Math.min(bytes.length, start + entry.compressed));
  if (entry.method === 0) return data;
  if (entry.method !== 8 || typeof DecompressionStream === 'undefined') return null;
  try {
    const stream = new Blob([new Uint8Array(data)])
      .stream()
      .pipeThrough(new DecompressionStream('deflate-raw'));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  } catch {
    return null;
  }
}
