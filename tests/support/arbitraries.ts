/** fast-check generators of valid Boom canvases, for property-based tests of the file format. */
import fc from 'fast-check';
import { BLOCK_IDS, type BlockId } from '@/domain/blocks';
import { CHANNEL_COSTS, INTEGRATION_LEVELS, MEDIA, OWNERSHIPS, REACHES } from '@/domain/channels';
import { JOURNEY_MODEL_IDS, PHASE_IDS } from '@/domain/journey';
import { MEASURE_KINDS, MOTIVATIONS, RELATIONSHIP_TYPE_IDS } from '@/domain/relationships';
import { NOTE_COLORS, type Canvas, type Channel, type Note, type Relationship } from '@/domain/schema';

const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);

export const idArb = fc.stringMatching(/^[A-Za-z0-9_-]{1,16}$/).filter((id) => !RESERVED.has(id));

/** Any text a person might type: every script, emoji, ZWNJ, bidi marks, markup-looking strings. */
export const textArb = (maxLength: number) =>
  fc.oneof(
    fc.string({ unit: 'grapheme', maxLength }),
    fc.constantFrom('کسب‌وکار', '<script>alert(1)</script>', 'a\u202eb', '**bold** _x_ # heading', 'line one\nline two', '🎉👩‍💻'),
  );

const isoArb = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString());

const relationshipArb: fc.Arbitrary<Relationship> = fc.record({
  type: fc.constantFrom(...RELATIONSHIP_TYPE_IDS),
  motivations: fc.uniqueArray(fc.constantFrom(...MOTIVATIONS)),
  phases: fc.uniqueArray(fc.constantFrom(...PHASE_IDS)),
  measures: fc.array(fc.record({ id: idArb, kind: fc.constantFrom(...MEASURE_KINDS), label: textArb(30), target: textArb(30) }), {
    maxLength: 3,
  }),
});

const channelArb: fc.Arbitrary<Channel> = fc.record({
  ownership: fc.constantFrom(...OWNERSHIPS),
  reach: fc.constantFrom(...REACHES),
  medium: fc.constantFrom(...MEDIA),
  cost: fc.constantFrom(...CHANNEL_COSTS),
  phases: fc.dictionary(
    fc.constantFrom(...PHASE_IDS),
    fc.record({ used: fc.boolean(), rating: fc.integer({ min: 1, max: 5 }) }, { requiredKeys: ['used'] }),
  ) as fc.Arbitrary<Channel['phases']>,
});

/** A valid canvas of up to `maxNotes` notes, with links, relationship and channel details. */
export function canvasArb(maxNotes = 25): fc.Arbitrary<Canvas> {
  return fc
    .record({
      id: idArb,
      title: textArb(40),
      createdAt: isoArb,
      updatedAt: isoArb,
      journeyModel: fc.constantFrom(...JOURNEY_MODEL_IDS),
      integrationLevel: fc.option(fc.constantFrom(...INTEGRATION_LEVELS), { nil: undefined }),
      noteIds: fc.uniqueArray(idArb, { maxLength: maxNotes }),
    })
    .chain(({ noteIds, integrationLevel, ...canvas }) =>
      fc
        .tuple(
          ...noteIds.map((id) =>
            fc.record({
              block: fc.constantFrom(...BLOCK_IDS),
              text: textArb(60),
              color: fc.constantFrom(...NOTE_COLORS),
              segmentIds: fc.option(
                fc.uniqueArray(fc.constantFrom(...noteIds), { maxLength: 3 }).map((ids) => ids.filter((s) => s !== id)),
                { nil: undefined },
              ),
              relationship: fc.option(relationshipArb, { nil: undefined }),
              channel: fc.option(channelArb, { nil: undefined }),
              votes: fc.option(fc.integer({ min: 1, max: 999 }), { nil: undefined }),
            }),
          ),
        )
        .map((drafts) => {
          const notes: Record<string, Note> = {};
          const blocks = Object.fromEntries(BLOCK_IDS.map((block) => [block, [] as string[]])) as Record<BlockId, string[]>;
          drafts.forEach(({ block, segmentIds, relationship, channel, votes, ...fields }, index) => {
            const id = noteIds[index]!;
            notes[id] = {
              id,
              ...fields,
              ...(segmentIds?.length ? { segmentIds } : {}),
              ...(relationship ? { relationship } : {}),
              ...(channel ? { channel } : {}),
              ...(votes ? { votes } : {}),
            };
            blocks[block].push(id);
          });
          return { ...canvas, notes, blocks, ...(integrationLevel ? { integrationLevel } : {}) } as Canvas;
        }),
    );
}
