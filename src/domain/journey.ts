/**
 * The customer's journey, as the phases a canvas uses. Shared by the relationships panel (where a
 * relationship is used) and the channel map (where a channel works). A canvas uses one model at a
 * time; data for phases the model does not show is kept, never dropped.
 */

/** Every phase any model has. */
export const PHASE_IDS = [
  'awareness',
  'evaluation',
  'consideration',
  'purchase',
  'delivery',
  'afterSales',
  'retention',
  'support',
  'loyalty',
] as const;

export type PhaseId = (typeof PHASE_IDS)[number];

export const JOURNEY_MODELS = {
  /** Osterwalder's five channel phases (the default). */
  channelPhases: ['awareness', 'evaluation', 'purchase', 'delivery', 'afterSales'],
  /** The six-stage customer journey. */
  customerJourney: ['awareness', 'consideration', 'purchase', 'retention', 'support', 'loyalty'],
} as const satisfies Record<string, readonly PhaseId[]>;

export type JourneyModelId = keyof typeof JOURNEY_MODELS;

export const JOURNEY_MODEL_IDS = Object.keys(JOURNEY_MODELS) as JourneyModelId[];

export const DEFAULT_JOURNEY_MODEL: JourneyModelId = 'channelPhases';

/** The phases of a model, in journey order. */
export function phasesOf(model: JourneyModelId): readonly PhaseId[] {
  return JOURNEY_MODELS[model];
}
