/**
 * The example canvases offered in the Canvases list. Each is a Boom file in ./examples, read
 * through the same reader as an imported file; it loads only when opened.
 */
import type { LoadResult } from '@/persistence/canvas-document';
import { loadDocumentReader } from '@/persistence/document-reader';

export const EXAMPLES = [
  { id: 'cafe', languages: ['fa'] },
  { id: 'airbnb', languages: ['en', 'fa'] },
  { id: 'spotify', languages: ['en', 'fa'] },
] as const;

export type ExampleId = (typeof EXAMPLES)[number]['id'];

const files = import.meta.glob<string>('./examples/*.boom.json', { query: '?raw', import: 'default' });

/** The languages an example is written in. */
export function languagesOf(id: ExampleId): readonly string[] {
  return EXAMPLES.find((example) => example.id === id)?.languages ?? [];
}

/** An example in the reader's language when it is written in it, else in the language it has. */
export async function loadExample(id: ExampleId, language: string): Promise<LoadResult> {
  const languages = languagesOf(id);
  const pick = languages.includes(language) ? language : languages[0];
  const load = files[`./examples/${id}.${pick}.boom.json`];
  if (!load) return { ok: false, error: { code: 'notACanvas' } };
  const [text, reader] = await Promise.all([load(), loadDocumentReader()]);
  return reader.parseCanvasDocument(text);
}
