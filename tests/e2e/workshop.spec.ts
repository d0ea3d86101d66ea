import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { connect } from '../../server/tests/clients';
import { addNote, block, example, notesOf } from './helpers';
import { joinAs, LABELS, person, startAsFacilitator } from './workshop-helpers';
import { test } from './workshop-server';

/**
 * Live workshops, on the real workshop server (started here as its own process, serving the
 * built app) with a facilitator, participants and a viewer each in a browser context of their own.
 */

for (const language of ['en', 'fa'] as const) {
  test(`a facilitator, two participants and a viewer share one live canvas (${language})`, async ({ browser, server }) => {
    const l = LABELS[language];
    const host = await person(browser, language, `${server.url}/`);
    await addNote(host, l.segments, 'Coffee lovers', l.addNote);
    const { joinLink, watchLink } = await startAsFacilitator(host, language, 'Mina');
    expect(joinLink).toMatch(new RegExp(`^${server.url}/#room=[\\w-]{22}&join=[\\w-]{22}$`));
    expect(watchLink).toMatch(new RegExp(`^${server.url}/#room=[\\w-]{22}&watch=[\\w-]{22}$`));

    const guest = await joinAs(browser, language, joinLink, 'Sara');
    expect(await notesOf(block(guest, l.segments))).toEqual(['Coffee lovers']);
    const second = await joinAs(browser, language, joinLink, 'Reza');
    const viewer = await joinAs(browser, language, watchLink, 'Ali');
    expect(await notesOf(block(viewer, l.segments))).toEqual(['Coffee lovers']);

    // Each sees the others' notes within two seconds.
    await addNote(guest, l.segments, 'Students', l.addNote);
    for (const page of [host, second, viewer]) {
      await expect(block(page, l.segments).getByRole('listitem', { name: 'Students' })).toBeVisible({ timeout: 2000 });
    }
    await addNote(second, l.segments, 'Commuters', l.addNote);
    for (const page of [host, guest, viewer]) {
      await expect(block(page, l.segments).getByRole('listitem', { name: 'Commuters' })).toBeVisible({ timeout: 2000 });
    }
    await addNote(host, l.partners, 'Roastery', l.addNote);
    for (const page of [guest, second, viewer]) {
      await expect(block(page, l.partners).getByRole('listitem', { name: 'Roastery' })).toBeVisible({ timeout: 2000 });
    }

    // Who is here, in the header of everyone.
    for (const page of [host, guest, second, viewer]) {
      const people = page.getByRole('list', { name: l.people });
      await expect(people.getByRole('listitem')).toHaveCount(4);
      for (const name of ['Sara', 'Reza', 'Ali', 'Mina']) await expect(people).toContainText(name);
    }

    // The viewer has nothing to edit with, and clicking a note does not open it.
    await expect(viewer.getByRole('button', { name: new RegExp(`^${l.addNote}`) })).toHaveCount(0);
    await block(viewer, l.segments).getByRole('listitem', { name: 'Students' }).click();
    await expect(viewer.getByRole('textbox', { name: l.editNote })).toHaveCount(0);

    // Undo takes back the guest's own change only (Reza's note, added after it, stays).
    await guest.getByRole('button', { name: l.undo, exact: true }).click();
    for (const page of [host, guest, second, viewer]) {
      await expect(block(page, l.segments).getByRole('listitem', { name: 'Students' })).toHaveCount(0);
      await expect(block(page, l.segments).getByRole('listitem', { name: 'Commuters' })).toBeVisible();
      await expect(block(page, l.partners).getByRole('listitem', { name: 'Roastery' })).toBeVisible();
    }

    // The facilitator ends it: everyone keeps the canvas as it ended, and the room is gone.
    await host.getByRole('button', { name: l.workshop, exact: true }).click();
    await host.getByRole('button', { name: l.end }).click();
    await host.getByRole('button', { name: l.endNow }).click();
    for (const page of [host, guest, second, viewer]) {
      await expect(page.getByRole('status').filter({ hasText: l.connected })).toHaveCount(0);
      expect(await notesOf(block(page, l.segments))).toEqual(['Coffee lovers', 'Commuters']);
      expect(await notesOf(block(page, l.partners))).toEqual(['Roastery']);
    }
    // The guest works on alone; the room no longer takes the link.
    await addNote(guest, l.segments, 'After the workshop', l.addNote);
    await expect(block(host, l.segments).getByRole('listitem', { name: 'After the workshop' })).toHaveCount(0);

    // Each kept the canvas as the workshop ended: "what changed since the workshop?" is History's first button.
    const words =
      language === 'en'
        ? {
            history: 'History',
            ended: 'When the workshop ended',
            since: /^Compare with now: what changed since “Workshop”/,
            added: 'Added',
          }
        : { history: 'تاریخچه', ended: 'در پایان کارگاه', since: /^مقایسه با اکنون: از «کارگاه»/, added: 'افزوده' };
    await host.getByRole('button', { name: words.history, exact: true }).click();
    await expect(host.getByRole('dialog', { name: words.history }).getByRole('listitem').filter({ hasText: words.ended })).toBeVisible();
    await guest.getByRole('button', { name: words.history, exact: true }).click();
    await guest.getByRole('dialog', { name: words.history }).getByRole('button', { name: words.since }).click();
    await expect(guest.locator('.compare-note').filter({ hasText: 'After the workshop' })).toContainText(words.added);
  });
}

for (const language of ['en', 'fa'] as const) {
  test(`the workshop dialog, the join dialog and a room's header have no accessibility violations (${language})`, async ({
    browser,
    server,
  }) => {
    test.slow(); // axe walks several pages
    const l = LABELS[language];
    const violations = async (page: Page) =>
      (await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    const host = await person(browser, language, `${server.url}/`);
    await host.getByRole('button', { name: l.workshop, exact: true }).click();
    await expect(host.getByRole('dialog', { name: l.workshop })).toBeVisible();
    expect(await violations(host)).toEqual([]);
    await host.keyboard.press('Escape');
    const { joinLink, watchLink } = await startAsFacilitator(host, language, 'مینا');

    const guest = await person(browser, language, joinLink);
    await expect(guest.getByRole('textbox', { name: l.name })).toBeFocused();
    expect(await violations(guest)).toEqual([]);
    await guest.getByRole('textbox', { name: l.name }).fill('Sara');
    await guest.keyboard.press('Enter');
    await expect(guest.getByRole('status').filter({ hasText: l.connected })).toBeVisible();
    const viewer = await joinAs(browser, language, watchLink, 'Ali');
    await addNote(guest, l.segments, 'Students', l.addNote);
    // Sara edits a note: the others see her name on it.
    await block(guest, l.segments).getByRole('listitem', { name: 'Students' }).getByRole('button').first().click();
    // The name is kept whole in the sentence of either direction (isolated: U+2068 … U+2069).
    await expect(
      block(host, l.segments).getByText(language === 'en' ? '\u2068Sara\u2069 is editing' : '\u2068Sara\u2069 در حال ویرایش است'),
    ).toBeVisible();

    // The facilitator's dialog with the links, the people and the end.
    await host.getByRole('button', { name: l.workshop, exact: true }).click();
    await expect(host.getByRole('dialog', { name: l.workshop }).getByRole('list', { name: l.people }).getByRole('listitem')).toHaveCount(3);
    expect(await violations(host)).toEqual([]);
    await host.keyboard.press('Escape');
    expect(await violations(host)).toEqual([]);
    expect(await violations(viewer)).toEqual([]);
  });
}

for (const language of ['en', 'fa'] as const) {
  test(`the facilitator gives everyone five dots… here two, and pauses editing during a talk (${language})`, async ({
    browser,
    server,
  }) => {
    const l = LABELS[language];
    const digits = (text: string) => (language === 'fa' ? text.replace(/\d/gu, (digit) => '۰۱۲۳۴۵۶۷۸۹'[Number(digit)]!) : text);
    const host = await person(browser, language, `${server.url}/`);
    for (const text of ['Students', 'Commuters', 'Tourists']) await addNote(host, l.segments, text, l.addNote);
    const { joinLink } = await startAsFacilitator(host, language, 'Mina');
    const guest = await joinAs(browser, language, joinLink, 'Sara');

    // Two dots each, and dot voting on for everyone (the guest has no switch of their own).
    await host.getByRole('button', { name: l.workshop, exact: true }).click();
    const dialog = host.getByRole('dialog', { name: l.workshop });
    await dialog.getByRole('combobox', { name: l.dots }).selectOption('2');
    // The number is written in the page's language.
    await expect(dialog.getByRole('combobox', { name: l.dots }).locator('option:checked')).toHaveText(digits('2'));
    await dialog.getByRole('button', { name: l.voting, exact: true }).click();
    await expect(dialog.getByRole('button', { name: l.voting, exact: true })).toHaveAttribute('aria-pressed', 'true');
    await host.keyboard.press('Escape');
    const students = block(guest, l.segments).getByRole('listitem', { name: 'Students' });
    await expect(students.getByRole('button', { name: l.addVote })).toBeVisible();

    await students.getByRole('button', { name: l.addVote }).click();
    await students.getByRole('button', { name: l.addVote }).click();
    await expect(guest.getByText(digits(language === 'en' ? '0 dots left' : '0 نقطه مانده'))).toBeVisible();
    // A third dot is refused, and said why; taking back a dot that is not yours is too.
    const tourists = block(guest, l.segments).getByRole('listitem', { name: 'Tourists' });
    await expect(tourists.getByRole('button', { name: l.addVote })).toHaveAttribute('aria-disabled', 'true');
    // (By keyboard: "+" on the focused note, as a person who cannot see the dimmed button would.)
    await tourists.getByRole('button', { name: 'Tourists', exact: true }).focus();
    await guest.keyboard.press('+');
    await expect(guest.getByText(language === 'en' ? /You have given all your 2 dots/u : /همه‌ی ۲ نقطه‌تان را داده‌اید/u)).toBeAttached();
    await expect(tourists).not.toContainText(digits('1'));
    // The facilitator's dot counts too: Students has three, for everyone.
    await block(host, l.segments).getByRole('listitem', { name: 'Students' }).getByRole('button', { name: l.addVote }).click();
    for (const page of [host, guest])
      await expect(block(page, l.segments).getByRole('listitem', { name: 'Students' })).toContainText(digits('3'));
    await expect(students.getByRole('button', { name: l.removeVote })).not.toHaveAttribute('aria-disabled', 'true');
    await expect(
      block(host, l.segments).getByRole('listitem', { name: 'Commuters' }).getByRole('button', { name: l.removeVote }),
    ).toHaveAttribute('aria-disabled', 'true');

    // A pause: the guest watches while the facilitator works, then edits again.
    await host.getByRole('button', { name: l.workshop, exact: true }).click();
    await dialog.getByRole('button', { name: l.pause }).click();
    await host.keyboard.press('Escape');
    await expect(guest.getByRole('status').filter({ hasText: l.paused })).toBeVisible();
    // The facilitator sees it too.
    await expect(host.getByRole('status').filter({ hasText: l.pausedForAll })).toBeVisible();
    await expect(guest.getByRole('button', { name: new RegExp(`^${l.addNote}`) })).toHaveCount(0);
    await addNote(host, l.partners, 'During the talk', l.addNote);
    await expect(block(guest, l.partners).getByRole('listitem', { name: 'During the talk' })).toBeVisible();
    await host.getByRole('button', { name: l.workshop, exact: true }).click();
    await dialog.getByRole('button', { name: l.pause }).click();
    await host.keyboard.press('Escape');
    await expect(guest.getByRole('status').filter({ hasText: l.paused })).toHaveCount(0);
    await addNote(guest, l.partners, 'After the talk', l.addNote);
    await expect(block(host, l.partners).getByRole('listitem', { name: 'After the talk' })).toBeVisible();

    // Dot voting was the room's: it ends with it.
    await host.getByRole('button', { name: l.workshop, exact: true }).click();
    await host.getByRole('button', { name: l.end }).click();
    await host.getByRole('button', { name: l.endNow }).click();
    await expect(guest.getByRole('button', { name: l.addVote })).toHaveCount(0);
    // Its link now says the workshop has ended, before asking anyone's name.
    const late = await person(browser, language, joinLink);
    await expect(late.getByRole('dialog', { name: LABELS[language].linkTitle }).getByRole('alert')).toHaveText(
      LABELS[language].endedProblem,
    );
    await expect(late.getByRole('textbox', { name: l.name })).toHaveCount(0);
  });
}

for (const language of ['en', 'fa'] as const) {
  test(`on a phone the room's state stays in sight as the page scrolls: dots left, a dot refused, a change held by a pause (${language})`, async ({
    browser,
    server,
  }) => {
    const l = LABELS[language];
    const digits = (text: string) => (language === 'fa' ? text.replace(/\d/gu, (digit) => '۰۱۲۳۴۵۶۷۸۹'[Number(digit)]!) : text);
    const host = await person(browser, language, `${server.url}/`);
    for (const text of ['Rent', 'Salaries']) await addNote(host, l.costs, text, l.addNote);
    const { joinLink } = await startAsFacilitator(host, language, 'Mina');
    await host.getByRole('button', { name: l.workshop, exact: true }).click();
    const dialog = host.getByRole('dialog', { name: l.workshop });
    await dialog.getByRole('combobox', { name: l.dots }).selectOption('1');
    await dialog.getByRole('button', { name: l.voting, exact: true }).click();
    await host.keyboard.press('Escape');

    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const guest = await joinAs(browser, language, joinLink, 'Sara', phone);
    // The header keeps to two lines, without the tools for one's own canvases.
    const rows = await guest
      .getByRole('banner')
      .locator('button:visible, select:visible, input:visible')
      .evaluateAll((controls) => {
        const tops = controls.map((control) => control.getBoundingClientRect().top).sort((a, b) => a - b);
        return tops.filter((top, index) => index === 0 || top - tops[index - 1]! > 12).length;
      });
    expect(rows).toBeLessThanOrEqual(2);
    await expect(guest.getByRole('button', { name: l.canvases })).toBeHidden();
    // Far down the page, below the header that scrolled away.
    const costs = block(guest, l.costs);
    await costs.scrollIntoViewIfNeeded();
    await expect(guest.getByRole('banner')).not.toBeInViewport();
    // The facilitator starts editing a note: the phone says so over the note, and nothing in it moves.
    const rentVote = costs.getByRole('listitem', { name: 'Rent' }).getByRole('button', { name: l.addVote });
    const before = await rentVote.boundingBox();
    await block(host, l.costs).getByRole('button', { name: 'Rent' }).click();
    await expect(
      costs.getByRole('listitem', { name: 'Rent' }).getByText(language === 'en' ? /is editing/u : /در حال ویرایش است/u),
    ).toBeVisible();
    expect(await rentVote.boundingBox()).toEqual(before);
    await host.keyboard.press('Escape');
    await expect(costs.getByText(language === 'en' ? /is editing/u : /در حال ویرایش است/u)).toHaveCount(0);
    await costs.getByRole('listitem', { name: 'Rent' }).getByRole('button', { name: l.addVote }).tap();
    await expect(guest.getByRole('status').filter({ hasText: l.connected })).toBeInViewport();
    await expect(guest.getByText(digits(language === 'en' ? '0 dots left' : '0 نقطه مانده'))).toBeInViewport();
    // A tap on the greyed "+" is answered on screen, not only to a screen reader.
    await costs.getByRole('listitem', { name: 'Salaries' }).getByRole('button', { name: l.addVote }).tap({ force: true });
    await expect(guest.getByText(language === 'en' ? /You have given your 1 dot/u : /۱ نقطه‌تان را داده‌اید/u)).toBeInViewport();

    // The guest is writing a note as the facilitator pauses editing: it is kept, and said to wait.
    await costs.getByRole('button', { name: new RegExp(`^${l.addNote}`) }).tap();
    await guest.keyboard.type('Deposit');
    await host.getByRole('button', { name: l.workshop, exact: true }).click();
    await dialog.getByRole('button', { name: l.pause }).click();
    await expect(guest.getByRole('status').filter({ hasText: l.pausedHeld })).toBeInViewport();
    // The bar at the foot of the screen, and the message above it, are accessible too.
    const found = (await new AxeBuilder({ page: guest }).analyze()).violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
    expect(found).toEqual([]);
    await expect(costs.getByRole('listitem', { name: 'Deposit' })).toBeVisible();
    await expect(block(host, l.costs).getByRole('listitem', { name: 'Deposit' })).toHaveCount(0);
    await dialog.getByRole('button', { name: l.pause }).click();
    await expect(block(host, l.costs).getByRole('listitem', { name: 'Deposit' })).toBeVisible();
    await expect(guest.getByRole('status').filter({ hasText: l.paused })).toHaveCount(0);
    expect(await notesOf(block(guest, l.costs))).toEqual(await notesOf(block(host, l.costs)));
  });
}

for (const language of ['en', 'fa'] as const) {
  test(`on a 1280 projector the facilitator's header keeps to one line, with dot voting on and eight people here (${language})`, async ({
    browser,
    server,
  }) => {
    const l = LABELS[language];
    // The facilitator's canvas: Airbnb's, 51 notes.
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    await context.addInitScript(
      (seed) => {
        if (localStorage.getItem('boom:current')) return;
        for (const [key, value] of Object.entries(seed)) localStorage.setItem(key, value);
      },
      example(`airbnb.${language}`, language),
    );
    const host = await context.newPage();
    await host.goto(`${server.url}/`);
    const { joinLink } = await startAsFacilitator(host, language, 'Mina');
    await host.getByRole('button', { name: l.workshop, exact: true }).click();
    const dialog = host.getByRole('dialog', { name: l.workshop });
    await dialog.getByRole('combobox', { name: l.dots }).selectOption('5');
    await dialog.getByRole('button', { name: l.voting, exact: true }).click();
    await host.keyboard.press('Escape');
    // Seven people join from their phones (the provider in Node, as a phone's browser speaks it).
    const params = new URLSearchParams(joinLink.slice(joinLink.indexOf('#') + 1));
    const phones = ['Sara', 'Reza', 'Ali', 'Nima', 'Leila', 'Omid', 'Parisa'].map((name, index) => {
      const phone = connect(server.url, params.get('room')!, params.get('join')!);
      phone.provider.setAwarenessField('user', { name, hue: index * 40, role: 'edit', id: `phone${index}` });
      return phone;
    });
    try {
      // Someone opening the link is told what they are invited to before giving their name.
      const seed = example(`airbnb.${language}`, language);
      const title = (JSON.parse(seed[`boom:canvas:${seed['boom:current']}`]!) as { canvas: { title: string } }).canvas.title;
      const invited = await person(browser, language, joinLink);
      const invitation = invited.getByRole('dialog').getByText(language === 'en' ? /invites you to a live workshop/ : /دعوت کرده است/);
      await expect(invitation).toContainText('Mina');
      await expect(invitation).toContainText(title);
      await expect(host.getByRole('list', { name: l.people }).getByRole('listitem')).toHaveCount(8);
      // Every control of the header on one line: their middles within a few pixels of each other.
      const middles = await host
        .getByRole('banner')
        .locator('button:visible, select:visible, input:visible')
        .evaluateAll((controls) =>
          controls.map((control) => control.getBoundingClientRect().top + control.getBoundingClientRect().height / 2),
        );
      expect(Math.max(...middles) - Math.min(...middles)).toBeLessThan(8);
    } finally {
      for (const phone of phones) phone.close();
    }
  });
}

test('everyone here has a colour of their own, even people whose ids would give them the same one', async ({ browser, server }) => {
  const l = LABELS.en;
  // Every browser has the same id, so each would start in the same colour.
  const sameId = async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => localStorage.setItem('boom:workshop', JSON.stringify({ personId: 'same-colour' })));
    return context;
  };
  const host = await person(browser, 'en', `${server.url}/`, await sameId());
  const { joinLink } = await startAsFacilitator(host, 'en', 'Mina');
  for (const name of ['Sara', 'Sam', 'Reza']) await joinAs(browser, 'en', joinLink, name, await sameId());
  const faces = host.getByRole('list', { name: l.people }).getByRole('listitem');
  await expect(faces).toHaveCount(4);
  await expect(async () => {
    const colours = await faces.evaluateAll((items) =>
      items.map((item) => getComputedStyle(item.querySelector('.room-avatar')!).backgroundColor),
    );
    expect(new Set(colours).size).toBe(4);
  }).toPass({ timeout: 10_000 });
});

for (const language of ['en', 'fa'] as const) {
  test(`participants follow the presenter, see the same timer, can look around freely and follow again (${language})`, async ({
    browser,
    server,
  }) => {
    const l = LABELS[language];
    const p = presentationLabels(language);
    const host = await person(browser, language, `${server.url}/`);
    for (const text of ['Students', 'Commuters']) await addNote(host, l.segments, text, l.addNote);
    const { joinLink, watchLink } = await startAsFacilitator(host, language, 'Mina');
    const guest = await joinAs(browser, language, joinLink, 'Sara');
    const viewer = await joinAs(browser, language, watchLink, 'Ali');
    const step = (page: Page) => page.getByRole('group', { name: p.group }).getByRole('heading', { level: 2 });

    await host.getByRole('button', { name: p.present, exact: true }).click();
    await host.getByRole('combobox', { name: p.timer }).selectOption('1');
    await host.keyboard.press('PageDown');
    await expect(step(host)).toHaveText(p.step(1));
    // Everyone's screen shows the block the presenter is on, with the presenter's timer running.
    for (const page of [guest, viewer]) {
      await expect(step(page)).toHaveText(p.step(1));
      await expect(page.getByRole('timer')).toContainText(p.underAMinute);
      await expect(page.getByRole('button', { name: p.follow })).toHaveAttribute('aria-pressed', 'true');
      await expect(page.getByRole('button', { name: p.pauseTimer })).toHaveCount(0);
      // The header is hidden: the room's state is in the presentation's bar.
      await expect(page.getByRole('group', { name: p.group }).getByRole('status').filter({ hasText: l.connected })).toBeVisible();
    }
    await host.keyboard.press('PageDown');
    await expect(step(guest)).toHaveText(p.step(2));

    // The guest looks around on their own; the presenter goes on without them.
    await guest.keyboard.press('PageDown');
    await expect(step(guest)).toHaveText(p.step(3));
    await expect(guest.getByRole('button', { name: p.follow })).toHaveAttribute('aria-pressed', 'false');
    await host.keyboard.press('PageDown');
    await expect(step(viewer)).toHaveText(p.step(3));
    await host.keyboard.press('PageDown');
    await expect(step(viewer)).toHaveText(p.step(4));
    await expect(step(guest)).toHaveText(p.step(3));
    // …and follows again.
    await guest.getByRole('button', { name: p.follow }).click();
    await expect(step(guest)).toHaveText(p.step(4));

    // The presentation ends for those who follow it.
    await host.keyboard.press('Escape');
    for (const page of [guest, viewer]) await expect(page.getByRole('group', { name: p.group })).toHaveCount(0);
  });
}

/** The presentation's words in a language, and its first steps' headings ("1 of 9 · Customer Segments"). */
function presentationLabels(language: 'en' | 'fa') {
  const app = JSON.parse(readFileSync(`locales/${language}/app.json`, 'utf8'));
  const presentation = JSON.parse(readFileSync(`locales/${language}/presentation.json`, 'utf8'));
  const number = (value: number) => new Intl.NumberFormat(language).format(value);
  const order = ['customerSegments', 'valuePropositions', 'channels', 'customerRelationships'];
  return {
    present: app.present.button as string,
    group: presentation.label as string,
    timer: presentation.timer.label as string,
    follow: presentation.follow as string,
    pauseTimer: presentation.timer.pause as string,
    underAMinute: new RegExp(`${number(0)}:${number(5)}`, 'u'),
    step: (index: number) =>
      (presentation.stepOf as string)
        .replace('{{number, number}}', number(index))
        .replace('{{total, number}}', number(9))
        .replace('{{block}}', app.blocks[order[index - 1]!].name as string),
  };
}
