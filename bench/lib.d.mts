// Types of bench/lib.mjs, for the TypeScript unit tests (tsconfig neither includes bench/ nor allows JS).

/** An absolute `max`, or a `maxRatio` to the metric `ratioTo` names (the floor, or what `of` says). */
export type Budget = { max: number } | { min: number } | { maxRatio: number; of?: string };
export type Verdict = 'PASS' | 'FAIL' | '—';
export type Unit = 'KB' | 'MB' | 'ms' | 'count' | 'score' | 'shift' | '×';

export interface MetricDefinition {
  id: string;
  label: string;
  unit: Unit;
  budget?: Budget;
  /** Id of the metric this one is compared with (the floor). */
  ratioTo?: string;
  /**
   * Each run was measured right after the floor's run of the same index: the ratio is then the
   * median of the runs' own ratios, so a stretch of load on the machine slows both sides of a pair.
   */
  paired?: boolean;
}

export interface EvaluatedMetric extends MetricDefinition {
  runs: number[];
  median: number;
  ratio: number | null;
  verdict: Verdict;
}

export interface Resource {
  url: string;
  kind: 'html' | 'js' | 'css' | 'font' | 'other';
  bytes: number;
  gzipBytes: number;
  /** Ms since navigation start when the file was requested. */
  startTime: number;
}

export interface LoadSummary {
  firstLoadHtml: number;
  firstLoadJs: number;
  firstLoadCss: number;
  idleJs: number;
  fontBytes: number;
  fonts: { name: string; bytes: number }[];
}

export interface BenchNote {
  id: string;
  text: string;
  color: string;
  votes?: number;
}

export interface BenchCanvas {
  id: string;
  title: string;
  createdAt: string;
  updatedAt: string;
  notes: Record<string, BenchNote>;
  blocks: Record<string, string[]>;
  journeyModel: 'channelPhases';
}

export interface LighthouseSummary {
  scores: Record<string, number | null>;
  timings: Record<string, number>;
  belowOne: Record<string, { id: string; title: string; score: number }[]>;
}

export const KB: number;
export const MB: number;
export const BLOCK_IDS: readonly string[];
export const NOTE_COLORS: readonly string[];
export const NOTES_PER_CANVAS: number;
export const LIGHTHOUSE_CATEGORIES: readonly string[];
export const LIGHTHOUSE_LINES: readonly (readonly [line: string, unit: Unit])[];

export function median(values: readonly number[]): number;
export function percentile(values: readonly number[], fraction: number): number;
export function verdict(value: number, budget: Budget | undefined, reference?: number): Verdict;
export function anyFailed(verdicts: readonly Verdict[]): boolean;
export function formatNumber(value: number, unit: Unit): string;
export function formatBudget(budget: Budget | undefined, unit: Unit): string;
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[], rightAligned?: readonly number[]): string;
export function resourceKind(url: string): Resource['kind'];
export function summarizeLoad(resources: readonly Resource[], interactiveAt: number): LoadSummary;
export function schemaVersionFrom(jsonSchema: unknown): number;
export function seededRandom(seed: number): () => number;
export function generateCanvas(options: { notes: number; seed?: number; now?: string }): BenchCanvas;
export function storageEntries(canvas: BenchCanvas, schemaVersion: number, revision?: string): Record<string, string>;
export function canvasFileText(canvas: BenchCanvas, schemaVersion: number, exportedAt?: string): string;
export function summarizeLighthouse(lhr: {
  categories: Record<string, { score: number | null; auditRefs: { id: string }[] }>;
  audits: Record<string, { id: string; title: string; score: number | null; numericValue?: number }>;
}): LighthouseSummary;
export function recordLighthouse(
  results: Record<string, Pick<LighthouseSummary, 'scores' | 'timings'> & Partial<LighthouseSummary>>,
  record: (id: string, value: number) => void,
): void;
export function evaluateMetrics(definitions: readonly MetricDefinition[], values: Record<string, number[]>): EvaluatedMetric[];
/** The median of run-by-run ratios to the reference's runs of the same index (null without any). */
export function pairedRatio(runs: readonly number[], referenceRuns: readonly number[]): number | null;
export function metricsTable(metrics: readonly EvaluatedMetric[]): string;
