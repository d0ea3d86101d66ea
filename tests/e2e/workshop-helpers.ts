import { readFileSync } from 'node:fs';
import { expect, type Browser, type BrowserContext, type Page, type WebSocketRoute } from '@playwright/test';

/** Live-workshop steps as people take them: open Boom in a browser of one's own, start a room, join it. */

const strings = (language: 'en' | 'fa') => ({
  app: JSON.parse(readFileSync(`locales/${language}/app.json`, 'utf8')),
  notes: JSON.parse(readFileSync(`locales/${language}/notes.json`, 'utf8')),
  workshop: JSON.parse(readFileSync(`locales/${language}/workshop.json`, 'utf8')),
});

export const LABELS = {
  en: { addNote: 'Add note', ...names('en') },
  fa: { addNote: 'افزودن یادداشت', ...names('fa') },
};

function names(language: 'en' | 'fa') {
  const { app, notes, workshop } = strings(language);
  return {
    board: app.app.canvasLabel as string,
    segments: app.blocks.customerSegments.name as string,
    partners: app.blocks.keyPartners.name as string,
    costs: app.blocks.costStructure.name as string,
    workshop: app.room.button as string,
    canvases: app.fileTools.canvases as string,
    people: workshop.room.people as string,
    undo: app.history.undo as string,
    editNote: notes.editLabel as string,
    start: workshop.start as string,
    pause: workshop.pause as string,
    voting: workshop.voting as string,
    dots: workshop.dots as string,
    addVote: app.voting.add as string,
    removeVote: app.voting.remove as string,
    mostVoted: app.voting.mostVoted as string,
    paused: workshop.room.paused as string,
    pausedHeld: workshop.room.pausedHeld as string,
    pausedForAll: workshop.room.pausedForAll as string,
    hostName: workshop.hostName as string,
    joinLink: workshop.joinLink as string,
    copyJoin: workshop.copyJoin as string,
    copyFailed: workshop.copyFailed as string,
    watchLink: workshop.watchLink as string,
    name: workshop.name as string,
    join: workshop.join as string,
    end: workshop.end as string,
    endNow: workshop.endNow as string,
    endedProblem: workshop.problems.ended as string,
    linkTitle: workshop.linkTitle as string,
    joining: app.room.joining as string,
    canvasComing: workshop.canvasComing as string,
    leave: workshop.leave as string,
    connected: language === 'en' ? /^Connected/ : /^متصل/,
    reconnecting: language === 'en' ? /^Reconnecting/ : /^در حال اتصال دوباره/,
    offline: language === 'en' ? /^Offline/ : /^آفلاین/,
  };
}

/** A person's own browser (a context: storage of its own), in a language. */
export async function person(browser: Browser, language: 'en' | 'fa', url: string, given?: BrowserContext): Promise<Page> {
  const context = given ?? (await browser.newContext());
  const page = await context.newPage();
  await page.addInitScript((chosen) => {
    if (!localStorage.getItem('boom:language')) localStorage.setItem('boom:language', chosen);
  }, language);
  await page.goto(url);
  return page;
}

export async function startAsFacilitator(page: Page, language: 'en' | 'fa', name: string) {
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

export async function joinAs(browser: Browser, language: 'en' | 'fa', link: string, name: string, context?: BrowserContext): Promise<Page> {
  const l = LABELS[language];
  const page = await person(browser, language, link, context);
  await page.getByRole('textbox', { name: l.name }).fill(name);
  await page.getByRole('button', { name: l.join, exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: l.connected })).toBeVisible();
  // In, with the room's canvas on screen (until it comes, there is nothing to edit).
  await expect(page.getByRole('group', { name: l.board })).toBeVisible();
  return page;
}

/**
 * A phone of its own whose connection to the room can be cut (a lost Wi-Fi, a proxy that drops
 * it) while its pages still load; `restore` lets it connect again.
 */
export async function cuttablePhone(browser: Browser) {
  const context = await browser.newContext();
  let cut = false;
  const open: WebSocketRoute[] = [];
  await context.routeWebSocket(/\/workshop$/u, (socket) => {
    if (cut) return void socket.close();
    socket.connectToServer();
    open.push(socket);
  });
  return {
    context,
    async cut() {
      cut = true;
      await Promise.all(open.splice(0).map((socket) => socket.close()));
    },
    restore() {
      cut = false;
    },
  };
}

/**
 * Makes this browser's copies of rooms (IndexedDB) slow to open, as on a busy old phone: each
 * opening is answered `ms` later than the browser would.
 */
export async function slowRoomCopies(context: BrowserContext, ms: number) {
  await context.addInitScript((delay) => {
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function (this: IDBFactory, ...args: Parameters<IDBFactory['open']>) {
      const request = open.apply(this, args);
      if (!args[0].startsWith('boom-room-')) return request;
      let onsuccess: IDBOpenDBRequest['onsuccess'] = null;
      Object.defineProperty(request, 'onsuccess', {
        get: () => onsuccess,
        set: (handler: IDBOpenDBRequest['onsuccess']) => void (onsuccess = handler),
      });
      request.addEventListener('success', (event) => setTimeout(() => onsuccess?.call(request, event), delay));
      return request;
    };
  }, ms);
}
