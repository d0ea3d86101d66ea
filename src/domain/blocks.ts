/**
 * The nine building blocks of the Business Model Canvas.
 *
 * This module is reference data only: ids and orders. Names, guiding questions and layout live in
 * the locale files and the stylesheet respectively.
 */

/** Block ids in the canvas's reading order (left to right, top to bottom, in a left-to-right UI). */
export const BLOCK_IDS = [
  'keyPartners',
  'keyActivities',
  'keyResources',
  'valuePropositions',
  'customerRelationships',
  'channels',
  'customerSegments',
  'costStructure',
  'revenueStreams',
] as const;

export type BlockId = (typeof BLOCK_IDS)[number];

/**
 * Osterwalder's storytelling order: start from the customer, end with the costs. Used where the
 * blocks are shown one after another (a narrow screen, a presentation).
 */
export const STORY_ORDER: readonly BlockId[] = [
  'customerSegments',
  'valuePropositions',
  'channels',
  'customerRelationships',
  'revenueStreams',
  'keyResources',
  'keyActivities',
  'keyPartners',
  'costStructure',
];

export function isBlockId(value: unknown): value is BlockId {
  return typeof value === 'string' && (BLOCK_IDS as readonly string[]).includes(value);
}
