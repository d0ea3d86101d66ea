import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { block, nextFrames, openSeeded, openWithCanvas, waitForSave } from './helpers';

const STORY = [
  'customerSegments',
  'valuePropositions',
  'channels',
  'customerRelationships',
  'revenueStreams',
  'keyResources',
  'keyActivities',
  'keyPartners',
  'costStructure',
] as const;

const TEXT = {
  en: {
    present: 'Present',
    title: 'Canvas title',
    overview: 'The whole canvas',
    step: (n: number, name: string) => `${n} of 9 · ${name}`,
    exit: 'Exit presentation',
    addNote: 'Add note',
    newNote: (name: string) => `New note in ${name}`,
    timer: 'Timer per block',
    oneMinute: '1 minute',
    clock: '01:00',
    timeUp: 'Time’s up',
    contrast: 'High contrast',
    noFullScreen: /did not allow full screen/,
    forward: 'ArrowRight',
    back: 'ArrowLeft',
    names: {
      customerSegments: 'Customer Segments',
      valuePropositions: 'Value Propositions',
      channels: 'Channels',
      customerRelationships: 'Customer Relationships',
      revenueStreams: 'Revenue Streams',
      keyResources: 'Key Resources',
      keyActivities: 'Key Activities',
      keyPartners: 'Key Partners',
      costStructure: 'Cost Structure',
    },
    notes: [
      'Students who need a quiet place to work between classes',
      'Book club',
      'Weekly poetry night with local writers and a small open stage',
      'Loyalty card',
      'Second-hand books',
      'Events for publishers launching new titles',
      'Rent',
      'Barista training for the whole team every spring',
      'Instagram page',
      'Coffee roaster in Shiraz',
    ],
  },
  fa: {
    present: 'ارائه',
    title: 'عنوان بوم',
    overview: 'کل بوم',
    step: (n: number, name: string) => `${'۰۱۲۳۴۵۶۷۸۹'[n]} از ۹ — ${name}`,
    exit: 'خروج از ارائه',
    addNote: 'افزودن یادداشت',
    newNote: (name: string) => `یادداشت تازه در ${name}`,
    timer: 'زمان‌سنج هر بلوک',
    oneMinute: '۱ دقیقه',
    clock: '۰۱:۰۰',
    timeUp: 'وقت تمام شد',
    contrast: 'کنتراست بالا',
    noFullScreen: /اجازه‌ی نمایش تمام‌صفحه را نداد/,
    forward: 'ArrowLeft',
    back: 'ArrowRight',
    names: {
      customerSegments: 'بخش‌های مشتری',
      valuePropositions: 'ارزش‌های پیشنهادی',
      channels: 'کانال‌ها',
      customerRelationships: 'ارتباط با مشتری',
      revenueStreams: 'جریان‌های درآمدی',
      keyResources: 'منابع کلیدی',
      keyActivities: 'فعالیت‌های کلیدی',
      keyPartners: 'شرکای کلیدی',
      costStructure: 'ساختار هزینه',
    },
    notes: [
      'دانشجویانی که بین کلاس‌ها جای آرامی برای کار می‌خواهند',
      'باشگاه کتاب',
      'شب شعر هفتگی با نویسنده‌های محلی و یک صحنه‌ی کوچک باز',
      'کارت وفاداری',
      'کتاب دست دوم',
      'رویداد برای ناشرانی که کتاب تازه منتشر می‌کنند',
      'اجاره',
      'آموزش باریستا برای همه‌ی کارکنان هر بهار',
      'صفحه‌ی اینستاگرام',
      'برشته‌کار قهوه در شیراز',
    ],
  },
} as const;

/** Ten notes in every block (the most the presentation promises to show without cutting any off). */
function fullCanvas(language: 'en' | 'fa') {
  return Object.fromEntries(STORY.map((id) => [id, TEXT[language].notes.map((text, i) => `${text} ${'·'.repeat(i % 2)}`.trim())]));
}

/**
 * Every note is whole on screen or inside a block that scrolls (and that block is on screen), and
 * no note's own text is cut off inside it.
 */
async function expectNothingClipped(page: Page) {
  const problems = await page.evaluate(() => {
    const found: string[] = [];
    const inView = (r: DOMRect) => r.top >= -1 && r.left >= -1 && r.bottom <= innerHeight + 1 && r.right <= innerWidth + 1;
    for (const note of document.querySelectorAll<HTMLElement>('.board .note')) {
      const text = note.textContent?.trim() ?? '';
      if (note.scrollHeight > note.clientHeight + 1 || note.scrollWidth > note.clientWidth + 1) found.push(`cut inside: ${text}`);
      if (inView(note.getBoundingClientRect())) continue;
      const body = note.closest<HTMLElement>('.block-body');
      const scrolls =
        body !== null && ['auto', 'scroll'].includes(getComputedStyle(body).overflowY) && body.scrollHeight > body.clientHeight;
      if (!scrolls || !inView(body.getBoundingClientRect())) found.push(`off screen: ${text}`);
    }
    return found;
  });
  expect(problems).toEqual([]);
}

/** The font size of the notes in a block, in CSS px. */
const noteSizes = (page: Page, name: string) =>
  block(page, name)
    .getByRole('listitem')
    .evaluateAll((items) => items.map((item) => parseFloat(getComputedStyle(item.querySelector('.note-text')!).fontSize)));

for (const language of ['en', 'fa'] as const) {
  const T = TEXT[language];
  for (const size of [
    { width: 1920, height: 1080, least: 24, overviewLeast: 14 },
    { width: 1280, height: 720, least: 16, overviewLeast: 11 },
  ]) {
    test(`presents the nine blocks in storytelling order at ${size.width}×${size.height} (${language})`, async ({ page }) => {
      await page.setViewportSize(size);
      await openWithCanvas(page, fullCanvas(language), language);
      await page.getByRole('button', { name: T.present, exact: true }).click();

      // Editing chrome is gone; the whole canvas comes first.
      await expect(page.getByRole('heading', { name: T.overview })).toBeVisible();
      await expect(page.getByRole('textbox', { name: T.title })).toBeHidden();
      await expect(page.getByRole('button', { name: new RegExp(`^${T.addNote} `) })).toHaveCount(0);
      await expect.poll(() => page.evaluate(() => document.fullscreenElement?.tagName)).toBe('HTML');
      await nextFrames(page);
      await expectNothingClipped(page);
      // The whole canvas (90 notes: more than one screen holds) at one size, still readable.
      const overviewSizes = new Set(
        await page.locator('.board .note-text').evaluateAll((texts) => texts.map((text) => getComputedStyle(text).fontSize)),
      );
      expect(overviewSizes.size).toBe(1);
      expect(parseFloat([...overviewSizes][0]!)).toBeGreaterThanOrEqual(size.overviewLeast);

      // Forward with the reading-direction arrow, Space and a clicker's Page Down, in turn (↓ only
      // scrolls here: every block is too full to fit).
      const keys = [T.forward, 'Space', 'PageDown'];
      for (const [index, id] of STORY.entries()) {
        await page.keyboard.press(keys[index % keys.length]!);
        const name = T.names[id];
        await expect(page.getByRole('heading', { name: T.step(index + 1, name) })).toBeVisible();
        const region = block(page, name);
        // Enlarged: the largest block by far, a quarter of the screen or more.
        // (All nine, the greyed ones included: those are inert, out of the accessibility tree.)
        const areas = await page.locator('section[data-block]').evaluateAll((regions) =>
          regions.map((r) => ({
            name: r.querySelector('h2')?.textContent,
            area: r.getBoundingClientRect().width * r.getBoundingClientRect().height,
          })),
        );
        const area = areas.find((a) => a.name === name)!.area;
        expect(area, `${name} is enlarged`).toBeGreaterThan(size.width * size.height * 0.25);
        for (const other of areas)
          if (other.name !== name) expect(area, `${name} is larger than ${other.name}`).toBeGreaterThan(other.area * 2);
        await expect(region.getByRole('listitem')).toHaveCount(10);
        await nextFrames(page);
        for (const sizeInBlock of await noteSizes(page, name)) expect(sizeInBlock).toBeGreaterThanOrEqual(size.least);
        await expectNothingClipped(page);
      }

      // Back with the other arrow and Page Up; the overview closes the walk.
      await page.keyboard.press(T.back);
      await expect(page.getByRole('heading', { name: T.step(8, T.names.keyPartners) })).toBeVisible();
      await page.keyboard.press('PageDown');
      await page.keyboard.press('PageDown');
      await expect(page.getByRole('heading', { name: T.overview })).toBeVisible();
      await page.keyboard.press('PageUp');
      await expect(page.getByRole('heading', { name: T.step(9, T.names.costStructure) })).toBeVisible();
      // Home and End go to the first and the last block, as the shortcut list says.
      await page.keyboard.press('Home');
      await expect(page.getByRole('heading', { name: T.step(1, T.names[STORY[0]!]) })).toBeVisible();
      await page.keyboard.press('End');
      await expect(page.getByRole('heading', { name: T.step(9, T.names.costStructure) })).toBeVisible();

      // Escape leaves: full screen ends, the editor is back, focus on "Present".
      await page.keyboard.press('Escape');
      await expect(page.getByRole('textbox', { name: T.title })).toBeVisible();
      await expect(page.getByRole('button', { name: T.present, exact: true })).toBeFocused();
      await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
      await expect(block(page, T.names.costStructure).getByRole('button', { name: new RegExp(`^${T.addNote}`) })).toBeVisible();
    });
  }

  test(`adds notes live, times a block, switches to high contrast, and passes axe (${language})`, async ({ page }) => {
    await page.clock.install();
    await page.setViewportSize({ width: 1920, height: 1080 });
    await openWithCanvas(page, { customerSegments: ['Students'] }, language);
    await page.keyboard.press('p');
    await expect(page.getByRole('heading', { name: T.overview })).toBeVisible();
    await page.keyboard.press('2');
    const vp = T.names.valuePropositions;
    await expect(page.getByRole('heading', { name: T.step(2, vp) })).toBeVisible();
    await expect(block(page, vp)).toContainText(language === 'en' ? 'No notes yet' : 'هنوز یادداشتی نیست');

    // N opens the big box on the block shown; Enter adds and keeps it open for the next note.
    await page.keyboard.press('n');
    const box = page.getByRole('textbox', { name: T.newNote(vp) });
    await expect(box).toBeFocused();
    await page.keyboard.type('Quiet corner');
    await page.keyboard.press('Enter');
    await expect(box).toHaveValue('');
    await page.keyboard.type('Good coffee');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await expect(box).toBeHidden();
    // Still presenting, with both notes in the block, large.
    await expect(page.getByRole('heading', { name: T.step(2, vp) })).toBeVisible();
    await expect(block(page, vp).getByRole('listitem')).toHaveText(['Quiet corner', 'Good coffee']);

    // The button does the same; "Done" adds what is typed.
    await page.getByRole('button', { name: T.addNote, exact: true }).click();
    await page.keyboard.type('Free wifi');
    await page.getByRole('button', { name: language === 'en' ? 'Done' : 'افزودن و بستن' }).click();
    await expect(block(page, vp).getByRole('listitem')).toHaveCount(3);

    // A one-minute timer per block: it runs as the block comes up and says when time is up. The
    // page's clock stands still meanwhile, so a busy machine cannot make a second pass unseen.
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
    await page.getByRole('combobox', { name: T.timer }).selectOption({ label: T.oneMinute });
    await page.keyboard.press('PageDown');
    await expect(page.getByRole('timer')).toContainText(T.clock);
    await page.clock.runFor(61_000);
    await expect(page.getByRole('timer')).toContainText(T.timeUp);
    await page.clock.resume();

    // High contrast: light on black, remembered.
    await page.keyboard.press('c');
    await expect(page.getByRole('button', { name: T.contrast })).toHaveAttribute('aria-pressed', 'true');
    const channels = block(page, T.names.channels);
    await expect(channels).toHaveCSS('background-color', 'rgb(0, 0, 0)');
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.keyboard.press('c');
    await page.keyboard.press('o');
    await expect(page.getByRole('heading', { name: T.overview })).toBeVisible();
    const plain = await new AxeBuilder({ page }).analyze();
    expect(plain.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    await page.getByRole('button', { name: T.exit }).click();
    await waitForSave(page, ['Quiet corner', 'Good coffee', 'Free wifi']);
    await page.reload();
    await expect(block(page, vp).getByRole('listitem')).toHaveText(['Quiet corner', 'Good coffee', 'Free wifi']);
  });
}

test('presents in the window when full screen is refused', async ({ page }) => {
  await page.addInitScript(() => {
    Element.prototype.requestFullscreen = () => Promise.reject(new TypeError('Permissions check failed'));
  });
  await openWithCanvas(page, { channels: ['Website'] });
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: TEXT.en.noFullScreen })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'The whole canvas' })).toBeVisible();
  await page.keyboard.press('3');
  await expect(page.getByRole('heading', { name: '3 of 9 · Channels' })).toBeVisible();
  const box = (await block(page, 'Channels').boundingBox())!;
  expect(box.width * box.height).toBeGreaterThan(1366 * 768 * 0.25);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('textbox', { name: 'Canvas title' })).toBeVisible();
});

// The browser tells the page it left full screen at its next frame: at once, or (a busy device)
// only after the person's next keys.
for (const told of ['at once', 'late'] as const) {
  test(`leaving full screen with the note box open (Escape, where the browser keeps it) goes on presenting in the window (told ${told})`, async ({
    page,
  }) => {
    /** Told late: the browser's news of full screen is held until the test lets it through (once it has come). */
    const tell = () =>
      expect.poll(() => page.evaluate(() => (window as unknown as { tellFullScreen: () => number }).tellFullScreen())).toBe(1);
    if (told === 'late') {
      await page.addInitScript(() => {
        let held = 0;
        addEventListener(
          'fullscreenchange',
          (event) => {
            if (!event.isTrusted) return;
            event.stopImmediatePropagation();
            held += 1;
          },
          { capture: true },
        );
        Object.assign(window, {
          tellFullScreen() {
            const told = held;
            for (; held > 0; held -= 1) document.dispatchEvent(new Event('fullscreenchange'));
            return told;
          },
        });
      });
    }
    await openWithCanvas(page, { channels: ['Website'] });
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    await expect.poll(() => page.evaluate(() => document.fullscreenElement?.tagName)).toBe('HTML');
    if (told === 'late') await tell();
    await expect(page.getByRole('heading', { name: 'The whole canvas' })).toBeVisible();
    await page.keyboard.press('3');
    await page.keyboard.press('n');
    const box = page.getByRole('textbox', { name: 'New note in Channels' });
    await page.keyboard.type('Bookshop partners');
    await page.evaluate(() => document.exitFullscreen());
    await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
    await expect(box).toHaveValue('Bookshop partners');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await expect(box).toBeHidden();
    // Told late: only now, the box closed, is the page told it left full screen.
    if (told === 'late') await tell();
    await expect(page.getByRole('heading', { name: '3 of 9 · Channels' })).toBeVisible();
    await expect(block(page, 'Channels').getByRole('listitem')).toHaveText(['Website', 'Bookshop partners']);
    // Focus is back on the presentation, so the keys go on working from where they were.
    await expect(page.getByRole('group', { name: 'Presentation' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('textbox', { name: 'Canvas title' })).toBeVisible();
  });
}

test('↓ scrolls a block too full to fit before moving on; "?" shows the shortcut list over the presentation', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const many = Array.from({ length: 30 }, (_, i) => `Segment idea number ${i + 1} with a few more words`);
  await openWithCanvas(page, { customerSegments: many, valuePropositions: ['Quiet place'] });
  await page.keyboard.press('p');
  await expect(page.getByRole('heading', { name: 'The whole canvas' })).toBeVisible();
  await page.keyboard.press('1');
  await expect(page.getByRole('heading', { name: '1 of 9 · Customer Segments' })).toBeVisible();
  const last = block(page, 'Customer Segments').getByRole('listitem', { name: many[29] });
  await expect(last).not.toBeInViewport();
  for (
    let i = 0;
    i < 12 &&
    !(await last.evaluate((note) => {
      const body = note.closest('.block-body')!.getBoundingClientRect();
      return note.getBoundingClientRect().bottom <= body.bottom + 1;
    }));
    i += 1
  ) {
    await page.keyboard.press('ArrowDown');
    await page.waitForTimeout(400);
    await expect(page.getByRole('heading', { name: '1 of 9 · Customer Segments' })).toBeVisible();
  }
  await expect(last).toBeInViewport({ ratio: 1 });
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('heading', { name: '2 of 9 · Value Propositions' })).toBeVisible();

  await page.keyboard.press('?');
  const list = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(list).toBeVisible();
  await expect(list.getByRole('region', { name: 'Presenting' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(list).toBeHidden();
  await expect(page.getByRole('heading', { name: '2 of 9 · Value Propositions' })).toBeVisible();
  await page.keyboard.press('Space');
  await expect(page.getByRole('heading', { name: '3 of 9 · Channels' })).toBeVisible();
});

test('on a phone the overview lists the blocks one under another, none over another', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await openWithCanvas(
    page,
    Object.fromEntries(
      ['customerSegments', 'valuePropositions', 'channels', 'keyPartners'].map((id) => [
        id,
        ['One idea', 'Another idea that is longer than the first', 'A third'],
      ]),
    ),
  );
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'The whole canvas' })).toBeVisible();
  const boxes = await page.locator('section[data-block]').evaluateAll((sections) =>
    sections.map((section) => {
      const box = section.getBoundingClientRect();
      const notesInside = [...section.querySelectorAll('.note')].every((note) => {
        const r = note.getBoundingClientRect();
        return r.top >= box.top - 1 && r.bottom <= box.bottom + 1;
      });
      return { top: box.top, bottom: box.bottom, notesInside };
    }),
  );
  boxes.sort((a, b) => a.top - b.top);
  for (const [i, box] of boxes.entries()) {
    expect(box.notesInside).toBe(true);
    if (i > 0) expect(box.top).toBeGreaterThanOrEqual(boxes[i - 1]!.bottom - 1);
  }
  await page.keyboard.press('PageDown');
  await expect(page.getByRole('heading', { name: '1 of 9 · Customer Segments' })).toBeVisible();
  for (const size of await block(page, 'Customer Segments')
    .getByRole('listitem')
    .evaluateAll((items) => items.map((item) => parseFloat(getComputedStyle(item.querySelector('.note-text')!).fontSize)))) {
    expect(size).toBeGreaterThanOrEqual(16);
  }
  await context.close();
});

/**
 * A published business model (the Airbnb example, 47 notes) with more ideas added to it, block
 * by block, until it holds `total` notes.
 */
function exampleWith(file: string, total: number, more: (n: number) => string) {
  const document = JSON.parse(readFileSync(`src/features/files/examples/${file}.boom.json`, 'utf8')) as {
    canvas: { id: string; notes: Record<string, { id: string; text: string; color: string }>; blocks: Record<string, string[]> };
  };
  const { canvas } = document;
  const ids = Object.keys(canvas.blocks);
  for (let n = 0; Object.keys(canvas.notes).length < total; n += 1) {
    const id = `more${n}`;
    canvas.notes[id] = { id, text: more(n), color: 'blue' };
    canvas.blocks[ids[n % ids.length]!]!.push(id);
  }
  return { [`boom:canvas:${canvas.id}`]: JSON.stringify(document), 'boom:current': canvas.id };
}

/** Each note of the board: whether all of it shows (inside its block and the window), and its text size. */
const noteSights = (page: Page) =>
  page.locator('.board .notes .note').evaluateAll((items) =>
    items.map((item) => {
      const note = item.getBoundingClientRect();
      const body = item.closest('.block-body')!.getBoundingClientRect();
      const whole =
        note.top >= body.top - 1 &&
        note.bottom <= body.bottom + 1 &&
        note.bottom <= window.innerHeight &&
        note.right <= window.innerWidth &&
        note.left >= 0;
      return { whole, size: parseFloat(getComputedStyle(item.querySelector('.note-text')!).fontSize) };
    }),
  );

for (const language of ['en', 'fa'] as const) {
  test(`the whole canvas shows every note of a 60-note canvas at one readable size (${language}, 1920×1080)`, async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    const idea =
      language === 'en'
        ? (n: number) => `Another idea from the workshop, number ${n + 1}`
        : (n: number) => `ایده‌ی دیگری از کارگاه، شماره‌ی ${n + 1}`;
    await openSeeded(page, { ...exampleWith(`airbnb.${language}`, 60, idea), 'boom:language': language });
    await expect(page.getByRole('region').first()).toBeVisible();
    await page.keyboard.press('p');
    await expect(page.getByRole('heading', { name: TEXT[language].overview })).toBeVisible();
    await expect(async () => {
      const sights = await noteSights(page);
      expect(sights).toHaveLength(60);
      expect(sights.filter((sight) => !sight.whole)).toHaveLength(0);
      const sizes = new Set(sights.map((sight) => sight.size));
      expect(sizes.size).toBe(1);
      expect([...sizes][0]).toBeGreaterThanOrEqual(14);
    }).toPass({ timeout: 15_000 });
    await expect(page.getByRole('status').filter({ hasText: language === 'en' ? /do not fit/ : /جا نشد/ })).toHaveCount(0);
  });
}

for (const language of ['en', 'fa'] as const) {
  test(`with dot voting on, the whole canvas still shows every note of a 60-note canvas; a note's − and + show when pointed at (${language}, 1920×1080)`, async ({
    page,
  }) => {
    const app = JSON.parse(readFileSync(`locales/${language}/app.json`, 'utf8'));
    await page.setViewportSize({ width: 1920, height: 1080 });
    const idea =
      language === 'en'
        ? (n: number) => `Another idea from the workshop, number ${n + 1}`
        : (n: number) => `ایده‌ی دیگری از کارگاه، شماره‌ی ${n + 1}`;
    await openSeeded(page, { ...exampleWith(`airbnb.${language}`, 60, idea), 'boom:language': language });
    await page.getByRole('button', { name: app.voting.toggle, exact: true }).click();
    await page.keyboard.press('p');
    await expect(page.getByRole('heading', { name: TEXT[language].overview })).toBeVisible();
    await expect(async () => {
      const sights = await noteSights(page);
      expect(sights).toHaveLength(60);
      expect(sights.filter((sight) => !sight.whole)).toHaveLength(0);
    }).toPass({ timeout: 15_000 });
    const note = page.getByRole('listitem', { name: idea(0), exact: true });
    const add = note.getByRole('button', { name: app.voting.add });
    await expect(add).toBeHidden();
    await note.hover();
    await add.click();
    await expect(note).toContainText(language === 'en' ? '1' : '۱');
  });
}

test('a canvas too full for one screen says how many notes the overview could not show', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openSeeded(page, { ...exampleWith('airbnb.fa', 160, (n) => `ایده‌ی دیگری از کارگاه، شماره‌ی ${n + 1}`), 'boom:language': 'fa' });
  await expect(page.getByRole('region').first()).toBeVisible();
  await page.keyboard.press('p');
  await expect(page.getByRole('heading', { name: TEXT.fa.overview })).toBeVisible();
  const message = page.getByRole('status').filter({ hasText: /جا نشد/ });
  await expect(message).toBeVisible();
  await expect(async () => {
    const hidden = (await noteSights(page)).filter((sight) => !sight.whole).length;
    expect(hidden).toBeGreaterThan(0);
    const digits = (await message.textContent())!.match(/^[۰-۹٬]+/)![0];
    expect(Number(digits.replace(/٬/g, '').replace(/[۰-۹]/g, (d) => String('۰۱۲۳۴۵۶۷۸۹'.indexOf(d))))).toBe(hidden);
  }).toPass({ timeout: 15_000 });
  // Going through the blocks shows them; the message is about the overview only.
  await page.keyboard.press('1');
  await expect(message).toBeHidden();
});

for (const language of ['en', 'fa'] as const) {
  test(`a block's time running out can flash the screen's edge and chime, as chosen and remembered (${language})`, async ({ page }) => {
    const en = language === 'en';
    // Counts the tones the page plays (the real Web Audio API still plays them).
    await page.addInitScript(() => {
      const start = OscillatorNode.prototype.start;
      (window as unknown as { tones: number }).tones = 0;
      OscillatorNode.prototype.start = function (...args) {
        (window as unknown as { tones: number }).tones += 1;
        return start.apply(this, args);
      };
    });
    await openWithCanvas(page, { customerSegments: ['Students'], valuePropositions: ['Quiet seats'] }, language);
    const tones = () => page.evaluate(() => (window as unknown as { tones: number }).tones);
    await page.keyboard.press('p');
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
    const signal = page.getByRole('combobox', { name: en ? 'When time is up' : 'وقتی وقت تمام شد' });
    // Offered once there is a timer.
    await expect(signal).toBeHidden();
    await page.getByRole('combobox', { name: TEXT[language].timer }).selectOption({ label: TEXT[language].oneMinute });
    await expect(signal).toHaveValue('none');
    await signal.selectOption({ label: en ? 'Flash and chime' : 'چشمک و زنگ' });
    await page.keyboard.press('1');
    await expect(page.getByRole('timer')).toContainText(TEXT[language].clock);
    await page.clock.runFor(61_000);
    await expect(page.getByRole('timer')).toContainText(TEXT[language].timeUp);
    const flash = page.locator('.present-flash');
    await expect(flash).toBeAttached();
    await expect.poll(tones).toBe(3);
    await expect(flash).toHaveCount(0);

    // A block whose time runs out while the presenter is on another one sounds no alarm when
    // they come back to it; the one shown does.
    await page.keyboard.press('2');
    await page.clock.runFor(30_000);
    await page.keyboard.press('3');
    await page.clock.runFor(61_000);
    await expect(flash).toBeAttached();
    await expect(flash).toHaveCount(0);
    await expect.poll(tones).toBe(6);
    await page.keyboard.press('2');
    await expect(page.getByRole('timer')).toContainText(TEXT[language].timeUp);
    await page.clock.runFor(3_000);
    await expect(flash).toHaveCount(0);
    expect(await tones()).toBe(6);

    // Remembered for the next presentation.
    await page.keyboard.press('Escape');
    await page.clock.resume();
    await page.reload();
    await expect(page.getByRole('region').first()).toBeVisible();
    await page.keyboard.press('p');
    await expect(signal).toHaveValue('both');
  });
}

test('P waits while a note is being moved by keyboard: the move ends first (dropped or cancelled), then P presents', async ({ page }) => {
  await openWithCanvas(page, { keyActivities: ['First', 'Second'] });
  const handle = block(page, 'Key Activities').getByRole('listitem', { name: 'First' }).getByRole('button', { name: 'Drag note' });
  await expect(handle).toBeEnabled();
  await handle.focus();
  await page.keyboard.press('Space');
  await nextFrames(page);
  await expect(page.locator('[id^="DndLiveRegion"]')).toContainText('Picked up note First');
  await page.keyboard.press('p');
  await nextFrames(page);
  await expect(page.getByRole('heading', { name: 'The whole canvas' })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(page.locator('[id^="DndLiveRegion"]')).toContainText('Moving cancelled');
  await page.keyboard.press('p');
  await expect(page.getByRole('heading', { name: 'The whole canvas' })).toBeVisible();
});
