import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { addNote, block, notesOf } from './helpers';
import { startWorkshopServer, type WorkshopServer } from './workshop-server';

/**
 * Live workshops, on the real workshop server (started here as its own process, serving the
 * built app) with a facilitator, participants and a viewer each in a browser context of their own.
 */

const strings = (language: 'en' | 'fa') => ({
  app: JSON.parse(readFileSync(`locales/${language}/app.json`, 'utf8')),
  workshop: JSON.parse(readFileSync(`locales/${language}/workshop.json`, 'utf8')),
});

const LABELS = {
  en: { addNote: 'Add note', ...names('en') },
  fa: { addNote: 'افزودن یادداشت', ...names('fa') },
};

function names(language: 'en' | 'fa') {
  const { app, workshop } = strings(language);
  return {
    segments: app.blocks.customerSegments.name as string,
    partners: app.blocks.keyPartners.name as string,
    workshop: app.room.button as string,
    people: workshop.room.people as string,
    undo: app.history.undo as string,
    editNote: app.note.editLabel as string,
    start: workshop.start as string,
    hostName: workshop.hostName as string,
    joinLink: workshop.joinLink as string,
    watchLink: workshop.watchLink as string,
    name: workshop.name as string,
    join: workshop.join as string,
    end: workshop.end as string,
    endNow: workshop.endNow as string,
    connected: language === 'en' ? /^Connected/ : /^متصل/,
  };
}

let server: WorkshopServer;

test.beforeEach(async () => {
  server = await startWorkshopServer();
});

test.afterEach(async () => {
  await server.dispose();
});

/** A person's own browser (a context: storage of its own), in a language. */
async function person(browser: Browser, language: 'en' | 'fa', url = `${server.url}/`): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript((chosen) => {
    if (!localStorage.getItem('boom:language')) localStorage.setItem('boom:language', chosen);
  }, language);
  await page.goto(url);
  return page;
}

async function startAsFacilitator(page: Page, language: 'en' | 'fa', name: string) {
  const l = LABELS[language];
  await page.getByRole('button', { name: l.workshop, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: l.workshop });
  await dialog.getByRole('textbox', { name: l.hostName }).fill(name);
  await dialog.getByRole('button', { name: l.start }).click();
  const joinLink = await dialog.getByRole('textbox', { name: l.joinLink }).inputValue();
  const watchLink = await dialog.getByRole('textbox', { name: l.watchLink }).inputValue();
  await expect(dialog.getByRole('img')).toHaveCount(2);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('status').filter({ hasText: l.connected })).toBeVisible();
  return { joinLink, watchLink };
}

async function joinAs(browser: Browser, language: 'en' | 'fa', link: string, name: string): Promise<Page> {
  const l = LABELS[language];
  const page = await person(browser, language, link);
  await page.getByRole('textbox', { name: l.name }).fill(name);
  await page.getByRole('button', { name: l.join, exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: l.connected })).toBeVisible();
  return page;
}

for (const language of ['en', 'fa'] as const) {
  test(`a facilitator, a participant and a viewer share one live canvas (${language})`, async ({ browser }) => {
    const l = LABELS[language];
    const host = await person(browser, language);
    await addNote(host, l.segments, 'Coffee lovers', l.addNote);
    const { joinLink, watchLink } = await startAsFacilitator(host, language, 'Mina');
    expect(joinLink).toMatch(new RegExp(`^${server.url}/#room=[\\w-]{22}&join=[\\w-]{22}$`));
    expect(watchLink).toMatch(new RegExp(`^${server.url}/#room=[\\w-]{22}&watch=[\\w-]{22}$`));

    const guest = await joinAs(browser, language, joinLink, 'Sara');
    expect(await notesOf(block(guest, l.segments))).toEqual(['Coffee lovers']);
    const viewer = await joinAs(browser, language, watchLink, 'Ali');
    expect(await notesOf(block(viewer, l.segments))).toEqual(['Coffee lovers']);

    // Each sees the others' notes within two seconds.
    await addNote(guest, l.segments, 'Students', l.addNote);
    for (const page of [host, viewer]) {
      await expect(block(page, l.segments).getByRole('listitem', { name: 'Students' })).toBeVisible({ timeout: 2000 });
    }
    await addNote(host, l.partners, 'Roastery', l.addNote);
    for (const page of [guest, viewer]) {
      await expect(block(page, l.partners).getByRole('listitem', { name: 'Roastery' })).toBeVisible({ timeout: 2000 });
    }

    // Who is here, in the header of everyone.
    for (const page of [host, guest, viewer]) {
      const people = page.getByRole('list', { name: l.people });
      await expect(people.getByRole('listitem')).toHaveCount(3);
      await expect(people).toContainText('Sara');
      await expect(people).toContainText('Ali');
      await expect(people).toContainText('Mina');
    }

    // The viewer has nothing to edit with, and clicking a note does not open it.
    await expect(viewer.getByRole('button', { name: new RegExp(`^${l.addNote}`) })).toHaveCount(0);
    await block(viewer, l.segments).getByRole('listitem', { name: 'Students' }).click();
    await expect(viewer.getByRole('textbox', { name: l.editNote })).toHaveCount(0);

    // Undo takes back the guest's own change only.
    await guest.getByRole('button', { name: l.undo, exact: true }).click();
    for (const page of [host, guest, viewer]) {
      await expect(block(page, l.segments).getByRole('listitem', { name: 'Students' })).toHaveCount(0);
      await expect(block(page, l.partners).getByRole('listitem', { name: 'Roastery' })).toBeVisible();
    }

    // The facilitator ends it: everyone keeps the canvas as it ended, and the room is gone.
    await host.getByRole('button', { name: l.workshop, exact: true }).click();
    await host.getByRole('button', { name: l.end }).click();
    await host.getByRole('button', { name: l.endNow }).click();
    for (const page of [host, guest, viewer]) {
      await expect(page.getByRole('status').filter({ hasText: l.connected })).toHaveCount(0);
      expect(await notesOf(block(page, l.segments))).toEqual(['Coffee lovers']);
      expect(await notesOf(block(page, l.partners))).toEqual(['Roastery']);
    }
    // The guest works on alone; the room no longer takes the link.
    await addNote(guest, l.segments, 'After the workshop', l.addNote);
    await expect(block(host, l.segments).getByRole('listitem', { name: 'After the workshop' })).toHaveCount(0);
  });
}
