/**
 * Read-only share links: the canvas document, gzip-compressed, in the URL fragment (the part after
 * `#`, which browsers never send to a server). gzip rather than raw deflate for its checksum and
 * length: a link cut short or edited by hand fails to inflate and is reported as damaged.
 * Inflating stops as soon as the output passes the document limit, so a small link cannot expand
 * into hundreds of megabytes.
 */
import { LIMITS } from '@/domain/limits';
import type { Canvas } from '@/domain/schema';
import type { LoadResult } from './canvas-document';
import { serializeCanvas } from './canvas-text';
import { loadDocumentReader } from './document-reader';
import { isShareFragment, SHARE_MARKER as MARKER } from './share-marker';

export { isShareFragment };

export type ShareFragmentResult = { ok: true; fragment: string } | { ok: false; length: number; limit: number };

/** The fragment (with `#`) that carries `canvas`; refused when the link would be longer than browsers take. */
export async function shareFragment(canvas: Canvas, maxChars: number = LIMITS.shareLinkChars): Promise<ShareFragmentResult> {
  const text = serializeCanvas(canvas, { compact: true });
  const packed = await readAll(new Blob([text]).stream().pipeThrough(new CompressionStream('gzip')), Infinity);
  const fragment = `#${MARKER}${toBase64Url(packed!)}`;
  return fragment.length > maxChars ? { ok: false, length: fragment.length, limit: maxChars } : { ok: true, fragment };
}

/** Opens the canvas a share fragment carries. Never throws: a bad link is a coded error. */
export async function readShareFragment(hash: string, maxBytes: number = LIMITS.documentBytes): Promise<LoadResult> {
  // Mail and chat programs may break a long link over lines, or percent-encode the break.
  const payload = hash
    .replace(/^#/, '')
    .slice(MARKER.length)
    .replace(/%(?:20|0A|0D|09)|\s+/gi, '');
  if (!isShareFragment(hash) || payload.length === 0) return { ok: false, error: { code: 'damaged' } };
  if (payload.length > LIMITS.shareLinkChars) {
    return { ok: false, error: { code: 'linkTooLong', length: payload.length, limit: LIMITS.shareLinkChars } };
  }
  const packed = fromBase64Url(payload);
  if (!packed) return { ok: false, error: { code: 'damaged' } };
  let bytes: Uint8Array | null;
  try {
    bytes = await readAll(new Blob([packed]).stream().pipeThrough(new DecompressionStream('gzip')), maxBytes);
  } catch {
    return { ok: false, error: { code: 'damaged' } };
  }
  if (!bytes) return { ok: false, error: { code: 'tooLarge', size: null, limit: maxBytes } };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, error: { code: 'damaged' } };
  }
  return (await loadDocumentReader()).parseCanvasDocument(text, { maxBytes });
}

/** Reads a byte stream to the end; null (and the stream cancelled) once it passes `maxBytes`. */
async function readAll(stream: ReadableStream<Uint8Array>, maxBytes: number): Promise<Uint8Array | null> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  const step = 0x8000;
  for (let i = 0; i < bytes.length; i += step) binary += String.fromCharCode(...bytes.subarray(i, i + step));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]+$/.test(text)) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (char) => char.charCodeAt(0));
  } catch {
    return null;
  }
}
