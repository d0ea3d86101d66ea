/**
 * Pure helpers of the benchmark (bench/run.mjs): statistics, budgets, the printed table, resource
 * accounting and the generated canvases. No browser, file or network access here, so all of it is
 * unit tested (tests/unit/bench.test.ts).
 */

/** One kilobyte as the budgets count it. */
export const KB = 1024;
/** One megabyte as the budgets count it. */
export const MB = 1024 * 1024;

/** Block ids in the app's order (src/domain/blocks.ts; the unit test keeps the two equal). */
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
];

/** The most notes the app lets a canvas hold (src/domain/limits.ts; the unit test keeps the two equal). */
export const NOTES_PER_CANVAS = 5000;

/** Sticky-note colours the schema accepts (its NOTE_COLORS; the unit test keeps the two equal). */
export const NOTE_COLORS = ['yellow', 'orange', 'pink', 'purple', 'blue', 'green'];

/** The middle value; for an even count, the mean of the two middle values. */
export function median(values) {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The value below which `fraction` of the values lie (nearest rank: p95 of 50 values is the 48th smallest). */
export function percentile(values, fraction) {
  if (values.length === 0) throw new Error('percentile of no values');
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length, Math.max(1, Math.ceil(fraction * sorted.length))) - 1];
}

/**
 * The verdict on one metric: 'PASS' within its budget, 'FAIL' outside it, '—' without one.
 * A budget is an absolute `max` (in the metric's unit), a `min` (a score to reach) or a
 * `maxRatio` to another metric (the floor, or what `of` names), which is then compared as
 * `value / reference`.
 */
export function verdict(value, budget, reference) {
  if (!budget) return '—';
  if ('max' in budget) return value <= budget.max ? 'PASS' : 'FAIL';
  if ('min' in budget) return value >= budget.min ? 'PASS' : 'FAIL';
  if (reference === undefined || reference <= 0) return 'FAIL';
  return value / reference <= budget.maxRatio ? 'PASS' : 'FAIL';
}

/** Whether any verdict failed (what `--check` turns into the exit code). */
export function anyFailed(verdicts) {
  return verdicts.some((result) => result === 'FAIL');
}

/** A number for the table: whole numbers from 100 up, otherwise one decimal; ratios with two. */
export function formatNumber(value, unit) {
  if (!Number.isFinite(value)) return String(value);
  if (unit === '×') return value.toFixed(2);
  if (unit === 'count' || unit === 'score') return String(Math.round(value));
  if (unit === 'shift') return value.toFixed(3);
  return Math.abs(value) >= 100 ? value.toFixed(0) : value.toFixed(1);
}

/** How a budget reads in the table. */
export function formatBudget(budget, unit) {
  if (!budget) return '—';
  if ('max' in budget) return `≤ ${budget.max} ${unit}`;
  if ('min' in budget) return `≥ ${budget.min}`;
  return `≤ ${budget.maxRatio}× ${budget.of ?? 'floor'}`;
}

/**
 * A plain-text table: a header, a rule, then the rows, each column padded to its widest cell.
 * Columns named in `rightAligned` (by index) are aligned right, for numbers.
 */
export function formatTable(header, rows, rightAligned = []) {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => row[column].length)));
  const line = (cells) =>
    cells
      .map((cell, column) => (rightAligned.includes(column) ? cell.padStart(widths[column]) : cell.padEnd(widths[column])))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

/** What a fetched file is, by its path: page, script, stylesheet, font or other. */
export function resourceKind(url) {
  const path = new URL(url).pathname;
  if (path.endsWith('/') || path.endsWith('.html')) return 'html';
  if (/\.m?js$/.test(path)) return 'js';
  if (/\.css$/.test(path)) return 'css';
  if (/\.(woff2?|ttf|otf)$/.test(path)) return 'font';
  return 'other';
}

/**
 * Splits the files a page fetched into what the first screen needed and what came after.
 * `resources`: { url, kind, bytes (as served), gzipBytes, startTime (ms since navigation) }.
 * A file counts as first load when it was requested before the page was interactive.
 */
export function summarizeLoad(resources, interactiveAt) {
  const before = resources.filter((resource) => resource.startTime < interactiveAt);
  const after = resources.filter((resource) => resource.startTime >= interactiveAt);
  const sum = (list, kind, field) =>
    list.filter((resource) => resource.kind === kind).reduce((total, resource) => total + resource[field], 0);
  return {
    firstLoadHtml: sum(before, 'html', 'gzipBytes'),
    firstLoadJs: sum(before, 'js', 'gzipBytes'),
    firstLoadCss: sum(before, 'css', 'gzipBytes'),
    idleJs: sum(after, 'js', 'gzipBytes'),
    fontBytes: sum(resources, 'font', 'bytes'),
    fonts: resources
      .filter((resource) => resource.kind === 'font')
      .map((resource) => ({ name: new URL(resource.url).pathname.split('/').pop(), bytes: resource.bytes })),
  };
}

/**
 * The format version a Boom JSON Schema (as the build publishes it, schema/boom-canvas.schema.json)
 * requires of a document.
 */
export function schemaVersionFrom(jsonSchema) {
  const version = jsonSchema?.properties?.schemaVersion?.const;
  if (!Number.isInteger(version)) throw new Error('no schemaVersion constant in the JSON Schema');
  return version;
}

/** A small seeded random generator (mulberry32): the same canvas on every run and machine. */
export function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An id like the app's own (24 hex digits, src/lib/ids.ts). */
function hexId(random) {
  return Array.from({ length: 12 }, () =>
    Math.floor(random() * 256)
      .toString(16)
      .padStart(2, '0'),
  ).join('');
}

const pick = (random, list) => list[Math.floor(random() * list.length)];

const ENGLISH_PHRASES = [
  'Local coffee roaster',
  'Students who need a quiet place to work',
  'Monthly subscription with a free first week',
  'Weekend workshops',
  'Instagram',
  'Word of mouth from regular customers, which brings most new visitors in the first year',
  'Rent and utilities',
  'Baristas trained in latte art',
  'Loyalty card: the tenth drink is free',
  'Partnership with the bakery next door for fresh pastries every morning',
  'Self-service ordering at a kiosk',
  'Delivery through a food app',
  'Espresso machine and grinder',
  'Corporate catering for offices nearby',
  'Event tickets',
  'Recipes and know-how',
  'Sell beans and brewing kits online',
  'Office workers on their lunch break',
  'Salaries',
  'Customer reviews on maps and social media',
];

const PERSIAN_PHRASES = [
  'برشته‌کار محلی قهوه',
  'دانشجوهایی که جای آرام برای درس خواندن می‌خواهند',
  'اشتراک ماهانه با یک هفته‌ی رایگان',
  'کارگاه‌های آخر هفته',
  'اینستاگرام',
  'اجاره و قبض‌ها',
  'کارت وفاداری: دهمین نوشیدنی رایگان است',
  'همکاری با نانوایی کناری برای شیرینی تازه',
  'فروش دانه‌ی قهوه به‌صورت آنلاین',
  'کارمندان اطراف در ساعت ناهار',
];

/**
 * A realistic note text: one to three phrases, sometimes a long paragraph, about one in five in
 * Persian (a Persian note in the English UI is shown right-to-left by itself).
 */
function noteText(random) {
  const phrases = random() < 0.2 ? PERSIAN_PHRASES : ENGLISH_PHRASES;
  const count = random() < 0.1 ? 4 + Math.floor(random() * 4) : 1 + Math.floor(random() * 3);
  return Array.from({ length: count }, () => pick(random, phrases)).join(phrases === PERSIAN_PHRASES ? '؛ ' : '; ');
}

/** How many notes each block gets: spread over all nine, unevenly as in a real canvas. */
const BLOCK_WEIGHTS = [3, 3, 3, 5, 3, 3, 4, 3, 3];

function weightedBlock(random) {
  const total = BLOCK_WEIGHTS.reduce((sum, weight) => sum + weight, 0);
  let point = random() * total;
  for (const [index, weight] of BLOCK_WEIGHTS.entries()) {
    point -= weight;
    if (point < 0) return BLOCK_IDS[index];
  }
  return BLOCK_IDS[BLOCK_IDS.length - 1];
}

/**
 * A canvas of `notes` notes over the nine blocks, in the shape of src/domain/schema.ts: varied
 * texts (some Persian), all six colours, a few notes with dot-voting votes.
 */
export function generateCanvas({ notes, seed = 1, now = '2025-01-01T00:00:00.000Z' }) {
  const random = seededRandom(seed);
  const canvas = {
    id: hexId(random),
    title: `Benchmark canvas (${notes} notes)`,
    createdAt: now,
    updatedAt: now,
    notes: {},
    blocks: Object.fromEntries(BLOCK_IDS.map((id) => [id, []])),
    journeyModel: 'channelPhases',
  };
  for (let index = 0; index < notes; index += 1) {
    let id = hexId(random);
    while (Object.hasOwn(canvas.notes, id)) id = hexId(random);
    const note = { id, text: noteText(random), color: pick(random, NOTE_COLORS) };
    if (random() < 0.04) note.votes = 1 + Math.floor(random() * 6);
    canvas.notes[id] = note;
    canvas.blocks[index < BLOCK_IDS.length ? BLOCK_IDS[index] : weightedBlock(random)].push(id);
  }
  return canvas;
}

/**
 * The localStorage entries the app itself would have written for this canvas
 * (src/persistence/local-storage.ts: the document pretty-printed, with a save revision).
 */
export function storageEntries(canvas, schemaVersion, revision = 'b0b0b0b0b0b0b0b0b0b0b0b0') {
  const document = { format: 'boom-canvas', schemaVersion, revision, parent: null, canvas };
  return { [`boom:canvas:${canvas.id}`]: JSON.stringify(document, null, 2), 'boom:current': canvas.id };
}

/** The canvas as an exported `.boom.json` file (DESIGN.md "Files and sharing"). */
export function canvasFileText(canvas, schemaVersion, exportedAt = canvas.updatedAt) {
  return JSON.stringify({ format: 'boom-canvas', schemaVersion, exportedAt, canvas }, null, 2);
}

/** Lighthouse categories the benchmark records. */
export const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
/** Categories whose failing audits are listed (the target is 100 in both). */
const LISTED_CATEGORIES = ['accessibility', 'best-practices'];
/** Lab timings kept beside the performance score, to see what moved it. */
const LIGHTHOUSE_TIMINGS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
];

/**
 * What the benchmark keeps of a Lighthouse result: each category's score out of 100, the lab
 * timings, and for accessibility and best practices every scored audit below 1 (what to fix).
 */
export function summarizeLighthouse(lhr) {
  const timings = Object.fromEntries(LIGHTHOUSE_TIMINGS.filter((id) => lhr.audits[id]).map((id) => [id, lhr.audits[id].numericValue]));
  const scores = {};
  const belowOne = {};
  for (const [id, category] of Object.entries(lhr.categories)) {
    scores[id] = category.score === null ? null : Math.round(category.score * 100);
    if (!LISTED_CATEGORIES.includes(id)) continue;
    belowOne[id] = category.auditRefs
      .map((ref) => lhr.audits[ref.id])
      .filter((audit) => audit && audit.score !== null && audit.score < 1)
      .map((audit) => ({ id: audit.id, title: audit.title, score: audit.score }));
  }
  return { scores, timings, belowOne };
}

/** The presets Lighthouse runs, and what of each is a line of the table (scores, then its lab timings). */
export const LIGHTHOUSE_LINES = [
  ['performance', 'score'],
  ['accessibility', 'score'],
  ['best-practices', 'score'],
  ['first-contentful-paint', 'ms'],
  ['largest-contentful-paint', 'ms'],
  ['total-blocking-time', 'ms'],
  ['cumulative-layout-shift', 'shift'],
];

/**
 * Records one Lighthouse run's summaries (by preset, from summarizeLighthouse) as run values of
 * `lighthouse.<preset>.<line>`. A figure the run did not give is recorded as NaN, which no budget
 * passes: a score Lighthouse could not compute fails the check rather than leaving the table.
 */
export function recordLighthouse(results, record) {
  for (const [preset, { scores, timings }] of Object.entries(results)) {
    for (const [line] of LIGHTHOUSE_LINES) {
      const value = scores[line] ?? timings[line];
      record(`lighthouse.${preset}.${line}`, typeof value === 'number' ? value : NaN);
    }
  }
}

/**
 * Every metric that has values: its runs, median, ratio to the metric named by `ratioTo` (the
 * floor: the ratio of the two medians, or for a `paired` metric the median of the ratios of runs
 * measured side by side) and verdict. `definitions`: { id, label, unit, budget?, ratioTo?, paired? };
 * `values`: run values by metric id (a quick run leaves some out).
 */
export function evaluateMetrics(definitions, values) {
  return definitions
    .filter((definition) => (values[definition.id] ?? []).length > 0)
    .map((definition) => {
      const runs = values[definition.id];
      const value = median(runs);
      const referenceRuns = definition.ratioTo ? (values[definition.ratioTo] ?? []) : [];
      const reference = referenceRuns.length > 0 ? median(referenceRuns) : undefined;
      const ratio = definition.paired ? pairedRatio(runs, referenceRuns) : reference ? value / reference : null;
      return {
        ...definition,
        runs,
        median: value,
        ratio,
        // A paired metric is judged by its ratio, as a value over a floor of 1 (no floor runs: it fails).
        verdict: definition.paired
          ? verdict(ratio ?? 0, definition.budget, ratio === null ? undefined : 1)
          : verdict(value, definition.budget, reference),
      };
    });
}

/** The median of run-by-run ratios (runs without a floor run beside them, or a zero floor, are left out). */
export function pairedRatio(runs, referenceRuns) {
  const ratios = runs.flatMap((run, index) => (referenceRuns[index] > 0 ? [run / referenceRuns[index]] : []));
  return ratios.length > 0 ? median(ratios) : null;
}

const TABLE_HEADER = ['Metric', 'Median', 'Unit', 'Budget', 'vs floor', 'Verdict'];

/** The printed table of evaluated metrics. */
export function metricsTable(metrics) {
  const rows = metrics.map((metric) => [
    metric.label,
    formatNumber(metric.median, metric.unit),
    metric.unit,
    formatBudget(metric.budget, metric.unit),
    metric.ratio === null ? '' : `${formatNumber(metric.ratio, '×')}×`,
    metric.verdict,
  ]);
  return formatTable(TABLE_HEADER, rows, [1, 4]);
}

/**
 * `count` versions of `canvas` as History keeps them (src/persistence/versions.ts): records newest
 * first, a day apart, all automatic but one saved by hand (the one History compares with now by
 * default). That one is the canvas a while ago: since then 3% of its notes were added, 3%
 * deleted, 5% edited and 2% moved to another block. Returns { versions, texts } (a document text by version id;
 * `base` for the others, which are the canvas as it is).
 */
export function versionRecords(canvas, count, schemaVersion, savedAt = 9) {
  const random = seededRandom(count);
  const day = 24 * 60 * 60 * 1000;
  const now = Date.parse('2026-12-06T12:00:00.000Z');
  const reasons = ['daily', 'presentation', 'import', 'daily', 'restore'];
  const older = structuredClone(canvas);
  const ids = BLOCK_IDS.flatMap((block) => older.blocks[block].map((id) => ({ id, block })));
  const share = (fraction) => Math.round(ids.length * fraction);
  // Notes added since: not in the older canvas yet.
  for (const { id, block } of ids.splice(0, share(0.03))) {
    older.blocks[block] = older.blocks[block].filter((other) => other !== id);
    delete older.notes[id];
  }
  // Notes edited since.
  for (const { id } of ids.splice(0, share(0.05))) older.notes[id].text = `${older.notes[id].text} (draft)`;
  // Notes moved since: in the next block then.
  for (const { id, block } of ids.splice(0, share(0.02))) {
    older.blocks[block] = older.blocks[block].filter((other) => other !== id);
    older.blocks[BLOCK_IDS[(BLOCK_IDS.indexOf(block) + 1) % BLOCK_IDS.length]].push(id);
  }
  // Notes deleted since: the older canvas had them.
  for (let index = 0; index < share(0.03); index += 1) {
    const id = hexId(random);
    older.notes[id] = { id, text: 'An idea dropped since', color: 'yellow' };
    older.blocks[BLOCK_IDS[index % BLOCK_IDS.length]].push(id);
  }
  const document = (value) => JSON.stringify({ format: 'boom-canvas', schemaVersion, canvas: value }, null, 2);
  const versions = [];
  const texts = { base: document(canvas) };
  for (let index = 0; index < count; index += 1) {
    const id = `v${String(index).padStart(4, '0')}${hexId(random).slice(0, 8)}`;
    const saved = index === savedAt;
    const notes = saved ? Object.keys(older.notes).length : Object.keys(canvas.notes).length;
    versions.push({
      id,
      canvasId: canvas.id,
      at: new Date(now - index * day).toISOString(),
      reason: saved ? 'saved' : reasons[index % reasons.length],
      name: saved ? 'Before the pivot' : '',
      title: canvas.title,
      notes,
    });
    if (saved) texts[id] = document(older);
  }
  return { versions, texts };
}
