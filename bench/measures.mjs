/**
 * What the benchmark measures in the browser: the first load, opening and editing large canvases,
 * and the floor page. Each function is one run in a fresh browser context and returns plain
 * numbers (ms, bytes); run.mjs repeats them and takes medians.
 */
import { gzipSync } from 'node:zlib';
import { nextFrames, nextSaveDuration, openPage, pageMetric, saveCount, settle, WAIT_TIMEOUT_MS } from './browser.mjs';
import { resourceKind, seededRandom, summarizeLoad } from './lib.mjs';

/** How long the page is left alone after it is interactive, to catch code it fetches at idle. */
const IDLE_WAIT_MS = 2000;

/** Typed into a note editor to measure scripting per keystroke (40 characters). */
const KEYSTROKE_TEXT = ' and a second shop near the train station';

/** A person's sentences, typed into consecutive new notes while the long-task observer listens. */
const SENTENCES = [
  'Students who stay all afternoon and order two drinks or more',
  'A stand at the Saturday farmers market to reach new customers',
  'Rent is the largest fixed cost, then salaries and coffee beans',
];

/**
 * First visit: a fresh profile opens `/` (in Persian, with the language chosen beforehand). Every
 * response is kept with its body; what was requested before the board was ready is the first
 * load, what came in the idle time after it is reported apart. With `saved` (localStorage entries
 * holding `savedNotes` notes), the same for a browser that keeps canvases but none of the code.
 */
export async function firstLoad(browser, { url, labels, language, saved = {}, savedNotes = 0 }) {
  const responses = [];
  const { context, page, readyAt } = await openPage(browser, {
    url,
    labels,
    entries: { ...saved, ...(language === 'en' ? {} : { 'boom:language': language }) },
    expectedNotes: savedNotes,
    locale: language === 'fa' ? 'fa-IR' : 'en-US',
    beforeNavigation: (opened) => opened.on('response', (response) => responses.push(keepResponse(response))),
  });
  await page.waitForTimeout(IDLE_WAIT_MS);
  await page.waitForLoadState('networkidle');
  const resources = await withStartTimes(page, await Promise.all(responses));
  await checkAddNoteOpensTextbox(page, labels);
  await context.close();
  return { readyAt, resources, ...summarizeLoad(resources, readyAt) };
}

/** A response's URL, kind and size (served, and gzipped at level 9 for pages, scripts and styles). */
async function keepResponse(response) {
  const url = response.url();
  const body = await response.body().catch(() => Buffer.alloc(0));
  const kind = resourceKind(url);
  const gzipBytes = kind === 'html' || kind === 'js' || kind === 'css' ? gzipSync(body, { level: 9 }).length : body.length;
  return { url, kind, resourceType: response.request().resourceType(), bytes: body.length, gzipBytes };
}

/** Adds when each file was requested, from the page's Resource Timing (the same clock as `readyAt`). */
async function withStartTimes(page, resources) {
  const starts = await page.evaluate(() =>
    Object.fromEntries(performance.getEntriesByType('resource').map((entry) => [entry.name, entry.startTime])),
  );
  // The document itself has no resource entry: it is the navigation, at time 0.
  return resources.map((resource) => ({ ...resource, startTime: starts[resource.url] ?? 0 }));
}

/** Sanity check, not timed: the first block's add button opens a text box. */
async function checkAddNoteOpensTextbox(page, labels) {
  const block = page.getByRole('region', { name: labels.blocks.keyPartners, exact: true });
  await block.getByRole('button', { name: new RegExp(`^${labels.addNote}`) }).click();
  await block.getByRole('textbox').waitFor();
}

/** A returning visit: a small saved canvas opens; ms to interactive, with the CPU slowed down `cpuSlowdown` times. */
export async function interactive(browser, options) {
  return (await opening(browser, options)).readyAt;
}

/** A saved canvas opens: ms until it shows (`readyAt`) and until every note is drawn (`allAt`). */
export async function opening(browser, { url, labels, entries, expectedNotes, cpuSlowdown }) {
  const { context, readyAt, allAt } = await openPage(browser, { url, labels, entries, expectedNotes, cpuSlowdown });
  await context.close();
  return { readyAt, allAt };
}

/** The floor page with the same saved canvas (or none): ms until all its notes are in the DOM. */
export async function floorOpen(browser, { url, labels, entries, expectedNotes }) {
  const { context, readyAt } = await openPage(browser, {
    url: `${url}/floor.html`,
    labels: { ...labels, addNote: null },
    entries,
    expectedNotes,
  });
  await context.close();
  return readyAt;
}

/**
 * One run on a large saved canvas: open it, then heap, keystroke cost, adding a note (unless the
 * canvas is `full`: the app then refuses new notes), moving a note by keyboard and the save that
 * causes, and (with `typing`) long tasks while a person types.
 */
export async function largeCanvas(browser, { url, labels, entries, expectedNotes, full, typing }) {
  const { context, page, cdp, readyAt, allAt } = await openPage(browser, { url, labels, entries, expectedNotes });
  const result = { open: readyAt, openAll: allAt };
  await settle(page);
  result.heap = await heapUsed(cdp);
  result.keystroke = await keystrokeScripting(page, cdp, labels.blocks.valuePropositions);
  if (!full) {
    const saves = await saveCount(page);
    result.addNote = await addNote(page, labels, labels.blocks.keyPartners, 'Benchmark note');
    // Its save is let through first, so the one timed below is the move's alone.
    await nextSaveDuration(page, saves);
  }
  const saves = await saveCount(page);
  result.move = await moveNoteByKeyboard(page, labels, labels.blocks.keyActivities, labels.blocks.customerSegments);
  result.save = await nextSaveDuration(page, saves);
  if (typing) Object.assign(result, await longTasksWhileTyping(page, labels, labels.blocks.channels));
  await context.close();
  return result;
}

/** JS heap in use after a forced garbage collection, in bytes. */
async function heapUsed(cdp) {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  return pageMetric(cdp, 'JSHeapUsedSize');
}

/** Opens the first note of a block for editing, types into it, and returns script ms per keystroke. */
async function keystrokeScripting(page, cdp, blockName) {
  const block = page.getByRole('region', { name: blockName, exact: true });
  const note = block.getByRole('listitem').first();
  const text = await note.evaluate((item) => window.__bench.nameOf(item));
  await note.getByRole('button', { name: text, exact: true }).click();
  await block.getByRole('textbox').waitFor();
  const before = await pageMetric(cdp, 'ScriptDuration');
  await page.keyboard.type(KEYSTROKE_TEXT, { delay: 50 });
  await nextFrames(page);
  const after = await pageMetric(cdp, 'ScriptDuration');
  const typed = await block.getByRole('textbox').inputValue();
  if (!typed.endsWith(KEYSTROKE_TEXT)) throw new Error(`the note editor holds "${typed}" after typing`);
  await page.keyboard.press('Escape');
  return ((after - before) * 1000) / KEYSTROKE_TEXT.length;
}

/** Adds a note by the block's button and returns ms from Enter to the note in the block's list. */
async function addNote(page, labels, blockName, text) {
  const block = page.getByRole('region', { name: blockName, exact: true });
  await block.getByRole('button', { name: new RegExp(`^${labels.addNote}`) }).click();
  await block.getByRole('textbox').waitFor();
  await page.keyboard.type(text);
  return timeKey(page, 'Enter', blockName, text);
}

/**
 * Arms an in-page timer for the next press of `key`, presses it, and returns ms until the block
 * named `blockName` holds one more note named `text` than before.
 */
async function timeKey(page, key, blockName, text) {
  await page.evaluate(
    ([name, noteText, pressed]) => {
      const before = window.__bench.named(name, noteText);
      window.__benchTimer = window.__bench.timeAfter('keydown', pressed, () => window.__bench.named(name, noteText) > before);
    },
    [blockName, text, key],
  );
  await page.keyboard.press(key);
  return page.evaluate(() => window.__benchTimer);
}

/**
 * Moves a block's first note to another block as a keyboard user would: focus its "Move to"
 * button, Enter opens the menu, arrows reach the target block, Enter moves it. Returns ms from
 * that last Enter to the note in the target block's list.
 */
async function moveNoteByKeyboard(page, labels, fromBlock, toBlock) {
  const note = page.getByRole('region', { name: fromBlock, exact: true }).getByRole('listitem').first();
  const text = await note.evaluate((item) => window.__bench.nameOf(item));
  await note.getByRole('button', { name: new RegExp(`^${labels.moveTo}`) }).focus();
  await page.keyboard.press('Enter');
  // The menu shows, and focuses its first item, once it is placed beside its button.
  await page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'menuitem');
  const targets = await page.getByRole('menu').getByRole('menuitem').allTextContents();
  const steps = targets.indexOf(toBlock);
  if (steps < 0) throw new Error(`no menu item "${toBlock}" in ${JSON.stringify(targets)}`);
  for (let step = 0; step < steps; step += 1) await page.keyboard.press('ArrowDown');
  return timeKey(page, 'Enter', toBlock, text);
}

/**
 * Types three sentences into new notes, one after another, at 60–80 ms a key, Enter after each
 * (each Enter leads to a save 400 ms later, while the next note is being typed). Returns the long
 * tasks from the first key to the end of the last save (start in ms from the first key), their
 * count and the longest.
 */
async function longTasksWhileTyping(page, labels, blockName) {
  const random = seededRandom(7);
  const block = page.getByRole('region', { name: blockName, exact: true });
  const addButton = block.getByRole('button', { name: new RegExp(`^${labels.addNote}`) });
  const startedAt = await page.evaluate(() => performance.now());
  let saves = 0;
  for (const sentence of SENTENCES) {
    await addButton.click();
    for (const character of sentence) await page.keyboard.type(character, { delay: 60 + random() * 20 });
    saves = await saveCount(page);
    await page.keyboard.press('Enter');
  }
  await nextSaveDuration(page, saves);
  // Long-task entries are delivered a little after the task ends.
  await page.waitForTimeout(200);
  const tasks = await page.evaluate(
    (from) =>
      window.__bench.longTasks.filter((task) => task.startTime >= from).map((task) => ({ ...task, startTime: task.startTime - from })),
    startedAt,
  );
  return { longTasks: tasks, longTaskCount: tasks.length, longestTask: Math.max(0, ...tasks.map((task) => task.duration)) };
}

/** Typed into a new note, a key at a time, while each key's frame is timed (50 characters). */
const FRAME_TEXT = 'Students who stay all afternoon and order two drink';

/**
 * Keystroke to next frame: a saved canvas opens, a new note's box opens in the Channels block, and
 * FRAME_TEXT is typed into it at 60–80 ms a key. For each key: ms from the keydown (its own
 * timestamp, so waiting in the queue counts) to the end of the frame that shows it: a task posted
 * from that frame's animation callback runs once the frame's style, layout and paint are done. An
 * INP-like figure, counting the browser's work, which scripting alone leaves out. Returns the
 * figures in the order typed; with `cpuSlowdown`, on a CPU slowed that many times.
 */
export async function keystrokeFrames(browser, { url, labels, entries, expectedNotes, cpuSlowdown = 1 }) {
  const { context, page, cdp } = await openPage(browser, { url, labels, entries, expectedNotes });
  await settle(page);
  const block = page.getByRole('region', { name: labels.blocks.channels, exact: true });
  await block.getByRole('button', { name: new RegExp(`^${labels.addNote}`) }).click();
  const box = block.getByRole('textbox');
  await box.waitFor();
  await page.evaluate(() => {
    window.__benchFrames = [];
    addEventListener(
      'keydown',
      (event) => {
        const pressedAt = event.timeStamp;
        requestAnimationFrame(() => {
          const after = new MessageChannel();
          after.port1.onmessage = () => window.__benchFrames.push(performance.now() - pressedAt);
          after.port2.postMessage(null);
        });
      },
      true,
    );
  });
  if (cpuSlowdown !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  const random = seededRandom(11);
  for (const character of FRAME_TEXT) await page.keyboard.type(character, { delay: 60 + random() * 20 });
  await page.waitForFunction((count) => window.__benchFrames.length >= count, FRAME_TEXT.length);
  const typed = await box.inputValue();
  if (typed !== FRAME_TEXT) throw new Error(`the new note's box holds "${typed}" after typing`);
  const frames = await page.evaluate(() => window.__benchFrames);
  await context.close();
  return frames;
}

/**
 * Presenting a saved canvas: ms from the click on Present to the first frame showing the overview
 * (the board presenting, its heading saying so), then for each of the nine steps ms from the
 * ArrowRight to the first frame whose heading names the next block. Returns { overview, steps }.
 */
export async function presenting(browser, { url, labels, entries, expectedNotes }) {
  const { context, page } = await openPage(browser, { url, labels, entries, expectedNotes });
  await settle(page);
  // The presentation's heading: the overview's name, or the block being talked about.
  await page.evaluate((overview) => {
    const heading = () => document.querySelector('.present-step')?.textContent ?? null;
    window.__benchTimer = window.__bench.timeAfter(
      'click',
      null,
      () => document.querySelector('.board[data-presenting]') && heading() === overview,
    );
  }, labels.overview);
  await page.getByRole('button', { name: labels.present, exact: true }).click();
  const overview = await page.evaluate(() => window.__benchTimer);
  const steps = [];
  for (let step = 1; step <= 9; step += 1) {
    await page.evaluate(() => {
      const heading = () => document.querySelector('.present-step')?.textContent ?? null;
      const before = heading();
      window.__benchTimer = window.__bench.timeAfter('keydown', 'ArrowRight', () => heading() !== before);
    });
    await page.keyboard.press('ArrowRight');
    steps.push(await page.evaluate(() => window.__benchTimer));
  }
  await context.close();
  return { overview, steps };
}

/**
 * An export from the Export menu of a saved canvas: ms from the click on its menu item to the
 * click that starts the file's download (the file is made by then). The export's code is fetched
 * by a first export, not timed: a person exporting twice waits this long each time after the first.
 */
export async function exportFile(browser, { url, labels, entries, expectedNotes, item }) {
  const { context, page } = await openPage(browser, { url, labels, entries, expectedNotes });
  await settle(page);
  const timeOnce = async () => {
    await page.evaluate(() => {
      window.__benchTimer = new Promise((resolve) => {
        let started = null;
        const onClick = (event) => {
          const target = event.target;
          if (started === null && target instanceof Element && target.closest('[role="menuitem"]')) started = performance.now();
          if (started !== null && target instanceof HTMLAnchorElement && target.download) {
            removeEventListener('click', onClick, true);
            resolve(performance.now() - started);
          }
        };
        addEventListener('click', onClick, true);
      });
    });
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: labels.export, exact: true }).click();
    await page.getByRole('menuitem', { name: item, exact: true }).click();
    await download;
    return page.evaluate(() => window.__benchTimer);
  };
  await timeOnce();
  const ms = await timeOnce();
  await context.close();
  return ms;
}

/**
 * Print preview: ms from the click on the Export menu's print item to the first frame in which
 * its dialog says how the canvas comes out on the paper (laid out, on one page or several).
 */
export async function printPreview(browser, { url, labels, entries, expectedNotes }) {
  const { context, page } = await openPage(browser, { url, labels, entries, expectedNotes });
  await settle(page);
  await page.getByRole('button', { name: labels.export, exact: true }).click();
  const item = page.getByRole('menuitem', { name: labels.print, exact: true });
  await item.waitFor();
  await page.evaluate((measuring) => {
    window.__benchTimer = window.__bench.timeAfter('click', null, () => {
      const outcome = document.querySelector('dialog[open] .print-outcome')?.textContent;
      return Boolean(outcome) && outcome !== measuring;
    });
  }, labels.printMeasuring);
  await item.click();
  const ms = await page.evaluate(() => window.__benchTimer);
  await context.close();
  return ms;
}

/**
 * Imports a canvas file through the header's Import button into a fresh profile (empty canvas);
 * returns ms from the file being set until all its notes are on the board.
 */
export async function importFile(browser, { url, labels, fileText, expectedNotes }) {
  const { context, page } = await openPage(browser, { url, labels, entries: {}, expectedNotes: 0 });
  await settle(page);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: labels.import, exact: true }).click();
  await page.evaluate((count) => {
    window.__benchTimer = window.__bench.timeAfter('change', null, () => window.__bench.noteCount() === count);
  }, expectedNotes);
  await (await chooser).setFiles({ name: 'benchmark.boom.json', mimeType: 'application/json', buffer: Buffer.from(fileText) });
  const ms = await page.evaluate(() => window.__benchTimer);
  await context.close();
  return ms;
}

/**
 * History with `versions` (IndexedDB records as src/persistence/versions.ts keeps them) of a
 * saved canvas: ms from the click on "History" until its list is drawn; then ms from the click on
 * its first "Compare with now" until the comparison is drawn, and what the comparison itself
 * took (the app's `boom:compare` measure).
 */
const HISTORY_AFTER_MS = 3000;

export async function versionsHistory(browser, { url, labels, entries, expectedNotes, versions, texts }) {
  const { context, page } = await openPage(browser, { url, labels, entries, expectedNotes });
  await settle(page);
  // A person opens History a few seconds in at the earliest: the app has fetched its code by then.
  await page.waitForTimeout(HISTORY_AFTER_MS);
  await settle(page);
  await page.evaluate(
    async ({ versions, texts }) => {
      const db = await new Promise((resolve, reject) => {
        const request = indexedDB.open('boom-versions', 1);
        request.onupgradeneeded = () => {
          request.result.createObjectStore('versions', { keyPath: 'id' }).createIndex('canvas', 'canvasId');
          request.result.createObjectStore('documents', { keyPath: 'id' });
        };
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction(['versions', 'documents'], 'readwrite');
      for (const version of versions) {
        tx.objectStore('versions').put(version);
        tx.objectStore('documents').put({ id: version.id, text: texts[version.id] ?? texts.base });
      }
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { versions, texts },
  );
  /**
   * ms from a click on `target` (a locator, found before: the search is Playwright's work, not the
   * app's) until `selector` matches at least `atLeast` elements, in the frame that draws them.
   */
  const timeFromClick = async (target, selector, atLeast) => {
    const button = await target.elementHandle();
    await button.evaluate((element) => {
      window.__clickedAt = performance.now();
      element.click();
    });
    await page.waitForFunction(([css, n]) => document.querySelectorAll(css).length >= n, [selector, atLeast], {
      timeout: WAIT_TIMEOUT_MS,
      polling: 'raf',
    });
    return page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now() - window.__clickedAt))));
  };
  const count = versions.length;
  const history = await timeFromClick(page.getByRole('button', { name: labels.history, exact: true }), '.history-row', count);
  const compare = await timeFromClick(page.getByRole('button', { name: labels.compareDefault }), '.compare-note', expectedNotes);
  const diff = await page.evaluate(() => performance.getEntriesByName('boom:compare').at(-1).duration);
  await context.close();
  return { history, compare, diff };
}
