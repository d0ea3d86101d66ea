/**
 * Reference data of the Channels panel: how a channel is described and the canvas's level of
 * channel integration. Names and explanations are in the locale files.
 */
export const OWNERSHIPS = ['own', 'partner'] as const;
export const REACHES = ['direct', 'indirect'] as const;
export const MEDIA = ['online', 'offline'] as const;
export const CHANNEL_COSTS = ['low', 'medium', 'high'] as const;

export type Ownership = (typeof OWNERSHIPS)[number];
export type Reach = (typeof REACHES)[number];
export type Medium = (typeof MEDIA)[number];
export type ChannelCost = (typeof CHANNEL_COSTS)[number];

/** How well a channel works in a phase: 1 poorly … 5 very well. */
export const RATING_MIN = 1;
export const RATING_MAX = 5;

/** How far a business's channels work together: from one way in to one seamless system. */
export const INTEGRATION_LEVELS = ['single', 'multi', 'cross', 'omni'] as const;
export type IntegrationLevel = (typeof INTEGRATION_LEVELS)[number];
