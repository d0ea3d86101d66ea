/**
 * Osterwalder's customer relationship types as reference data: their group, and a profile of how
 * much they cost to run and how personal they are. Their names, explanations and examples are in
 * the locale files (`relationshipTypes` in app.json, `relationships` namespace for the long texts).
 */

export const RELATIONSHIP_GROUPS = ['interaction', 'duration'] as const;
export type RelationshipGroup = (typeof RELATIONSHIP_GROUPS)[number];

/** Relative cost to run: 1 low, 2 medium, 3 high. */
export type CostLevel = 1 | 2 | 3;
/** Personal touch: 1 fully automated … 5 one named person for one customer. */
export type TouchLevel = 1 | 2 | 3 | 4 | 5;

export interface RelationshipTypeInfo {
  group: RelationshipGroup;
  cost: CostLevel;
  touch: TouchLevel;
}

export const RELATIONSHIP_TYPES = {
  personal: { group: 'interaction', cost: 2, touch: 4 },
  dedicated: { group: 'interaction', cost: 3, touch: 5 },
  selfService: { group: 'interaction', cost: 1, touch: 1 },
  automated: { group: 'interaction', cost: 2, touch: 2 },
  community: { group: 'interaction', cost: 1, touch: 3 },
  coCreation: { group: 'interaction', cost: 2, touch: 3 },
  transactional: { group: 'duration', cost: 1, touch: 2 },
  longTerm: { group: 'duration', cost: 2, touch: 4 },
  sla: { group: 'duration', cost: 3, touch: 3 },
} as const satisfies Record<string, RelationshipTypeInfo>;

export type RelationshipType = keyof typeof RELATIONSHIP_TYPES;

/** The types in the order the panel shows them. */
export const RELATIONSHIP_TYPE_IDS = Object.keys(RELATIONSHIP_TYPES) as RelationshipType[];

export function typesInGroup(group: RelationshipGroup): RelationshipType[] {
  return RELATIONSHIP_TYPE_IDS.filter((id) => RELATIONSHIP_TYPES[id].group === group);
}

/** Why a relationship exists. */
export const MOTIVATIONS = ['acquisition', 'retention', 'upselling'] as const;
export type Motivation = (typeof MOTIVATIONS)[number];

/** Measures the panel suggests; `custom` carries the user's own name. */
export const MEASURE_KINDS = ['nps', 'firstResponse', 'retentionRate', 'clv', 'custom'] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];

/** Duration types that promise an ongoing bond, which a transactional relationship contradicts. */
export const LASTING_TYPES: readonly RelationshipType[] = ['longTerm', 'sla'];
