import { expect, type Browser, type Page } from '@playwright/test';
import * as Y from 'yjs';
import { connect } from '../../server/tests/clients';
import { addNote, block, example, notesOf } from './helpers';
import { cuttablePhone, joinAs, LABELS, person, slowRoomCopies, startAsFacilitator } from './workshop-helpers';
import { test } from './workshop-server';

/**
 * What goes wrong in a real room: the server crashes, a phone loses the Wi-Fi, someone reloads,
 * someone's app writes garbage. Real server, real browsers, real Node clients of the provider.
 */

const l = LABELS.en;
const status = (page: Page, text: RegExp) => page.getByRole('status').filter({ hasText: text });

/** Every block's notes, in order: what two people must agree on. */
async function board(page: Page): Promise<string[][]> {
  const regions = page.getByRole('group', { name: 'Business Model Canvas' }).getByRole('region');
  const lists: string[][] = [];
  for (const region of await regions.all()) lists.push(await notesOf(region));
  return lists;
}

test('the server is killed and started again while people edit: nothing is lost and everyone reconnects by themselves', async ({
  browser,
  server,
}) => {
  const host = await person(browser, 'en', `${server.url}/`);
  const { joinLink } = await startAsFacilitator(host, 'en', 'Mina');
  const guest = await joinAs(browser, 'en', joinLink, 'Sara');
  await addNote(host, l.segments, 'Before the crash', l.addNote);
  await expect(block(guest, l.segments).getByRole('listitem', { name: 'Before the crash' })).toBeVisible();

  await server.stop('SIGKILL');
  await expect(status(guest, l.reconnecting)).toBeVisible();
  await addNote(guest, l.partners, 'Typed while the server was down', l.addNote);
  await server.start();

  for (const page of [host, guest]) await expect(status(page, l.connected)).toBeVisible({ timeout: 30_000 });
  await expect(block(host, l.partners).getByRole('listitem', { name: 'Typed while the server was down' })).toBeVisible();
  // Someone joining after the restart gets the whole room.
  const late = await joinAs(browser, 'en', joinLink, 'Reza');
  expect(await notesOf(block(late, l.segments))).toEqual(['Before the crash']);
  expect(await notesOf(block(late, l.partners))).toEqual(['Typed while the server was down']);
});

test('a participant cut off keeps editing; when the connection returns every canvas is the same', async ({ browser, server }) => {
  const host = await person(browser, 'en', `${server.url}/`);
  const { joinLink } = await startAsFacilitator(host, 'en', 'Mina');
  await addNote(host, l.segments, 'Coffee lovers', l.addNote);
  await addNote(host, l.segments, 'Tea drinkers', l.addNote);

  // The guest's phone: its connection to the room can be cut, as a lost Wi-Fi would.
  const phone = await cuttablePhone(browser);
  const guest = await joinAs(browser, 'en', joinLink, 'Sara', phone.context);
  await expect(block(guest, l.segments).getByRole('listitem', { name: 'Coffee lovers' })).toBeVisible();

  // The phone says it is offline at once, before its socket notices (that can take half a minute).
  await phone.context.setOffline(true);
  await expect(status(guest, l.offline)).toBeVisible();
  await phone.cut();

  // Both sides edit while apart, even the same note: the guest deletes it as the host rewrites it.
  await addNote(guest, l.partners, 'Offline idea', l.addNote);
  await block(guest, l.segments)
    .getByRole('listitem', { name: 'Coffee lovers' })
    .getByRole('button', { name: /^Delete note/ })
    .click();
  await addNote(host, l.partners, 'Online idea', l.addNote);
  await block(host, l.segments).getByRole('button', { name: 'Coffee lovers', exact: true }).click();
  await host.getByRole('textbox', { name: l.editNote }).press('End');
  await host.keyboard.type(' in the morning');
  await host.keyboard.press('Enter');
  await expect(block(host, l.partners).getByRole('listitem', { name: 'Offline idea' })).toHaveCount(0);
  // And both change one note's text, each their own words.
  await block(guest, l.segments).getByRole('button', { name: 'Tea drinkers', exact: true }).click();
  await guest.getByRole('textbox', { name: l.editNote }).press('Home');
  await guest.keyboard.type('Green ');
  await guest.keyboard.press('Enter');
  await block(host, l.segments).getByRole('button', { name: 'Tea drinkers', exact: true }).click();
  await host.getByRole('textbox', { name: l.editNote }).press('End');
  await host.keyboard.type(' at noon');
  await host.keyboard.press('Enter');

  phone.restore();
  await phone.context.setOffline(false);
  await expect(status(guest, l.connected)).toBeVisible({ timeout: 30_000 });
  for (const page of [host, guest]) {
    await expect(block(page, l.partners).getByRole('listitem')).toHaveCount(2);
    // An edit outlives a delete it had not seen: the rewritten note stays, for everyone.
    await expect(block(page, l.segments).getByRole('listitem', { name: 'Coffee lovers in the morning' })).toBeVisible();
    // Neither person's words are lost.
    await expect(block(page, l.segments).getByRole('listitem', { name: 'Green Tea drinkers at noon' })).toBeVisible();
  }
  // The guest, who deleted it, is told why it is back.
  await expect(
    guest.getByText(/^A note you deleted is back, because someone changed it at the same time: «.?Coffee lovers in the morning.?»\.$/u),
  ).toBeVisible();
  expect(await board(guest)).toEqual(await board(host));
});

/** A phone on a slow line: it connects to the room, but nothing the room sends reaches it until let through. */
async function heldPhone(browser: Browser) {
  const context = await browser.newContext();
  let letThrough = () => {};
  const through = new Promise<void>((resolve) => (letThrough = resolve));
  await context.routeWebSocket(/\/workshop$/u, (page) => {
    const toServer = page.connectToServer();
    page.onMessage((message) => toServer.send(message));
    toServer.onMessage((message) => void through.then(() => page.send(message)));
  });
  return { context, letThrough };
}

async function clickJoin(page: Page, language: 'en' | 'fa', name: string) {
  const labels = LABELS[language];
  await page.getByRole('textbox', { name: labels.name }).fill(name);
  await page.getByRole('button', { name: labels.join, exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: labels.connected })).toBeVisible();
}

test("a participant on a slow line waits for the room's canvas, and until it comes has no canvas of their own to add notes to by mistake, or leaves", async ({
  browser,
  server,
}) => {
  const host = await person(browser, 'en', `${server.url}/`);
  const { joinLink } = await startAsFacilitator(host, 'en', 'Mina');
  await addNote(host, l.segments, 'Coffee lovers', l.addNote);

  const f = LABELS.fa;
  const phone = await heldPhone(browser);
  const guest = await person(browser, 'fa', joinLink, phone.context);
  await clickJoin(guest, 'fa', 'سارا');
  await expect(guest.getByRole('banner').getByText(f.joining, { exact: true })).toBeVisible();
  await expect(guest.getByRole('paragraph').filter({ hasText: f.canvasComing })).toBeVisible();
  await expect(guest.getByRole('button', { name: f.leave })).toBeVisible();
  // Nothing to type into but the room's canvas: no block, no title of the guest's own canvas.
  await expect(guest.getByRole('button', { name: new RegExp(`^${f.addNote}`) })).toHaveCount(0);
  await expect(guest.getByRole('textbox')).toHaveCount(0);

  phone.letThrough();
  await expect(block(guest, f.segments).getByRole('listitem', { name: 'Coffee lovers' })).toBeVisible();
  await expect(guest.getByRole('paragraph').filter({ hasText: f.canvasComing })).toHaveCount(0);
  await addNote(guest, f.partners, 'شریک تازه', f.addNote);
  await expect(block(host, l.partners).getByRole('listitem', { name: 'شریک تازه' })).toBeVisible();

  // Someone whose room never comes is not stuck: they leave, and are back on their own canvas.
  const stuck = await person(browser, 'en', joinLink, (await heldPhone(browser)).context);
  await clickJoin(stuck, 'en', 'Reza');
  await stuck.getByRole('button', { name: l.leave }).click();
  await expect(block(stuck, l.segments).getByRole('button', { name: new RegExp(`^${l.addNote}`) })).toBeVisible();
  await expect(stuck.getByRole('status').filter({ hasText: l.connected })).toHaveCount(0);
  expect(new URL(stuck.url()).hash).toBe('');
});

for (const reload of [false, true]) {
  test(`a participant cut off when the workshop ends is told that their last changes never reached it, and keeps them${reload ? ', after a reload while cut off' : ''}`, async ({
    browser,
    server,
  }) => {
    const host = await person(browser, 'en', `${server.url}/`);
    const { joinLink } = await startAsFacilitator(host, 'en', 'Mina');
    const phone = await cuttablePhone(browser);
    const guest = await joinAs(browser, 'en', joinLink, 'Sara', phone.context);
    if (!reload) await phone.context.setOffline(true);
    await phone.cut();
    await expect(status(guest, reload ? l.reconnecting : l.offline)).toBeVisible();
    await addNote(guest, l.partners, 'Added at the very end', l.addNote);
    if (reload) {
      // The page reloads (the browser dropped the tab), still without a connection to the room.
      await guest.reload();
      await expect(block(guest, l.partners).getByRole('listitem', { name: 'Added at the very end' })).toBeVisible();
    }

    await host.getByRole('button', { name: l.workshop, exact: true }).click();
    await host.getByRole('button', { name: l.end }).click();
    await host.getByRole('button', { name: l.endNow }).click();
    phone.restore();
    await phone.context.setOffline(false);
    await expect(
      guest.getByRole('alert').filter({ hasText: /^The workshop has ended, but your last changes had not reached it/u }),
    ).toBeVisible({
      timeout: 30_000,
    });
    await expect(block(guest, l.partners).getByRole('listitem', { name: 'Added at the very end' })).toBeVisible();
  });
}

// After the reload, the phone's own copy of the room (IndexedDB) opens at once, or seconds late (a
// busy old phone): later than joining waits for it, which then goes on without it, and reads it
// when it comes.
for (const disk of ['quick', 'slow'] as const) {
  test(`what a participant adds while cut off outlives a reload, and reaches the room when the connection returns (${disk} to open its copy of the room)`, async ({
    browser,
    server,
  }) => {
    const host = await person(browser, 'en', `${server.url}/`);
    const { joinLink } = await startAsFacilitator(host, 'en', 'Mina');
    await addNote(host, l.segments, 'Coffee lovers', l.addNote);

    // The page loads, but the room's connection is cut (a captive Wi-Fi, a proxy that drops it).
    const phone = await cuttablePhone(browser);
    const guest = await joinAs(browser, 'en', joinLink, 'Sara', phone.context);
    await expect(block(guest, l.segments).getByRole('listitem', { name: 'Coffee lovers' })).toBeVisible();

    await phone.cut();
    await expect(status(guest, l.reconnecting)).toBeVisible();
    await addNote(guest, l.partners, 'Added while cut off', l.addNote);

    // The phone reloads the page (or the browser dropped the tab) while still cut off.
    if (disk === 'slow') await slowRoomCopies(phone.context, 4000);
    await guest.reload();
    await expect(block(guest, l.partners).getByRole('listitem', { name: 'Added while cut off' })).toBeVisible({
      timeout: 20_000,
    });
    expect(await notesOf(block(guest, l.segments))).toEqual(['Coffee lovers']);
    await expect(status(guest, l.connected)).toHaveCount(0);

    phone.restore();
    await expect(status(guest, l.connected)).toBeVisible({ timeout: 30_000 });
    await expect(block(host, l.partners).getByRole('listitem', { name: 'Added while cut off' })).toBeVisible();
    expect(await board(guest)).toEqual(await board(host));

    // Everything reached the room: when it ends, nothing is said to be missing from it.
    await host.getByRole('button', { name: l.workshop, exact: true }).click();
    await host.getByRole('button', { name: l.end }).click();
    await host.getByRole('button', { name: l.endNow }).click();
    await expect(guest.getByText(/^The workshop has ended\./u)).toBeVisible();
    await expect(guest.getByText(/your last changes had not reached it/u)).toHaveCount(0);
  });
}

test('a note deleted by someone while another person types into it keeps what was typed, and the typing goes on', async ({
  browser,
  server,
}) => {
  const host = await person(browser, 'en', `${server.url}/`);
  const { joinLink } = await startAsFacilitator(host, 'en', 'Mina');
  await addNote(host, l.segments, 'Students', l.addNote);
  const guest = await joinAs(browser, 'en', joinLink, 'Sara');
  const students = block(guest, l.segments).getByRole('listitem', { name: 'Students' });
  await expect(students).toBeVisible();

  await block(host, l.segments).getByRole('button', { name: 'Students', exact: true }).click();
  const box = host.getByRole('textbox', { name: l.editNote });
  await box.press('End');
  await host.keyboard.type(' near campus');
  await students.getByRole('button', { name: /^Delete note/ }).click();

  await expect(block(guest, l.segments).getByRole('listitem', { name: 'Students near campus' })).toBeVisible();
  // The one typing is still in the box: what they type next goes on into the note.
  await expect(box).toBeFocused();
  await expect(box).toHaveValue('Students near campus');
  await host.keyboard.type(' and the library');
  await host.keyboard.press('Enter');
  for (const page of [host, guest]) {
    await expect(block(page, l.segments).getByRole('listitem', { name: 'Students near campus and the library' })).toBeVisible();
  }
});

test('a note opened by two people at once: an editor left untouched writes nothing back, and two changes to different words are both kept', async ({
  browser,
  server,
}) => {
  const host = await person(browser, 'en', `${server.url}/`);
  const { joinLink } = await startAsFacilitator(host, 'en', 'Mina');
  await addNote(host, l.segments, 'Insurers backing hosts', l.addNote);
  const guest = await joinAs(browser, 'en', joinLink, 'Sara');
  const open = async (page: Page, text: string) => {
    await block(page, l.segments).getByRole('button', { name: text, exact: true }).click();
    const box = page.getByRole('textbox', { name: l.editNote });
    await box.press('End');
    return box;
  };

  // The guest opens the note and leaves it untouched while the host changes it.
  const untouched = await open(guest, 'Insurers backing hosts');
  const hostBox = await open(host, 'Insurers backing hosts');
  await hostBox.pressSequentially(' worldwide');
  await hostBox.press('Enter');
  await expect(untouched).toBeVisible();
  await block(guest, l.segments).getByRole('heading').click(); // taps away
  for (const page of [host, guest]) {
    await expect(block(page, l.segments).getByRole('listitem', { name: 'Insurers backing hosts worldwide' })).toBeVisible();
  }

  // Both change it at once, at different places: both changes are kept.
  const guestBox = await open(guest, 'Insurers backing hosts worldwide');
  await guestBox.press('Home');
  await guestBox.pressSequentially('Big ');
  const again = await open(host, 'Insurers backing hosts worldwide');
  await again.pressSequentially(', since 2012');
  await again.press('Enter');
  await expect(block(guest, l.segments).getByRole('listitem', { name: 'Insurers backing hosts worldwide, since 2012' })).toHaveCount(0);
  await guestBox.press('Enter');
  for (const page of [host, guest]) {
    await expect(block(page, l.segments).getByRole('listitem', { name: 'Big Insurers backing hosts worldwide, since 2012' })).toBeVisible();
    expect(await notesOf(block(page, l.segments))).toHaveLength(1);
  }
});

test('a participant who reloads is back in the room under the name they gave', async ({ browser, server }) => {
  const host = await person(browser, 'en', `${server.url}/`);
  const { joinLink } = await startAsFacilitator(host, 'en', 'Mina');
  const guest = await joinAs(browser, 'en', joinLink, 'Sara');
  await addNote(guest, l.segments, 'Students', l.addNote);
  // A first visit's empty canvas, never touched, made way for the room's: one canvas in the list.
  const canvasCount = async () => {
    await guest.getByRole('button', { name: 'Canvases' }).click();
    const rows = guest.getByRole('dialog', { name: 'Canvases' }).getByRole('list').first().getByRole('listitem');
    await expect(rows.first()).toBeVisible();
    const count = await rows.count();
    await guest.keyboard.press('Escape');
    return count;
  };
  expect(await canvasCount()).toBe(1);

  await guest.reload();
  await expect(status(guest, l.connected)).toBeVisible();
  await expect(guest.getByRole('textbox', { name: l.name })).toHaveCount(0);
  expect(await notesOf(block(guest, l.segments))).toEqual(['Students']);
  expect(await canvasCount()).toBe(1);
  // The old tab's presence goes with its connection: Sara is here once.
  await expect(host.getByRole('list', { name: l.people }).getByRole('listitem')).toHaveCount(2);
  await addNote(guest, l.segments, 'After the reload', l.addNote);
  await expect(block(host, l.segments).getByRole('listitem', { name: 'After the reload' })).toBeVisible();

  // The facilitator reloads too: still the facilitator, links and all, with no secret in the address.
  await host.reload();
  await expect(status(host, l.connected)).toBeVisible();
  expect(host.url()).toMatch(/#room=[\w-]{22}$/u);
  await host.getByRole('button', { name: l.workshop, exact: true }).click();
  await expect(host.getByRole('textbox', { name: l.joinLink })).toHaveValue(joinLink);
});

test('joining a room whose canvas this browser also has (the same file imported by both) leaves that canvas alone', async ({
  browser,
  server,
}) => {
  const seed = example('airbnb.en', 'en');
  const seeded = async () => {
    const context = await browser.newContext();
    await context.addInitScript((entries) => {
      if (localStorage.getItem('boom:current')) return;
      for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
    }, seed);
    return context;
  };
  const host = await (await seeded()).newPage();
  await host.goto(`${server.url}/`);
  const { joinLink } = await startAsFacilitator(host, 'en', 'Mina');

  // The participant imported the same file before, and made it their own.
  const context = await seeded();
  const guest = await context.newPage();
  await guest.goto(`${server.url}/`);
  await guest.getByRole('textbox', { name: 'Canvas title' }).fill('My own notes');
  await addNote(guest, l.partners, 'Only mine', l.addNote);
  await guest.goto(joinLink);
  await guest.getByRole('textbox', { name: l.name }).fill('Sara');
  await guest.getByRole('button', { name: l.join, exact: true }).click();
  await expect(status(guest, l.connected)).toBeVisible();
  const canvases = async () => {
    await guest.getByRole('button', { name: 'Canvases' }).click();
    const rows = guest.getByRole('dialog', { name: 'Canvases' }).getByRole('list').first().getByRole('listitem');
    await expect(rows.first()).toBeVisible();
    const titles = await rows.locator('strong').allInnerTexts();
    await guest.keyboard.press('Escape');
    return titles.sort();
  };
  await expect(guest.getByRole('textbox', { name: 'Canvas title' })).toHaveValue('Airbnb');
  expect(await canvases()).toEqual(['Airbnb', 'My own notes']);
  // Back in the room after a reload, with the same copy (not a third canvas).
  await guest.reload();
  await expect(status(guest, l.connected)).toBeVisible();
  await expect(guest.getByRole('textbox', { name: 'Canvas title' })).toHaveValue('Airbnb');
  expect(await canvases()).toEqual(['Airbnb', 'My own notes']);
});

test('an app that writes garbage into the room breaks no one’s canvas, a watch link cannot write, a wrong secret is refused', async ({
  browser,
  server,
}) => {
  const host = await person(browser, 'en', `${server.url}/`);
  const { joinLink, watchLink } = await startAsFacilitator(host, 'en', 'Mina');
  await addNote(host, l.segments, 'Coffee lovers', l.addNote);
  const guest = await joinAs(browser, 'en', joinLink, 'Sara');
  await expect(block(guest, l.segments).getByRole('listitem', { name: 'Coffee lovers' })).toBeVisible();
  const before = await board(host);
  const params = (link: string) => new URLSearchParams(link.slice(link.indexOf('#') + 1));
  const room = params(joinLink).get('room')!;

  // A doctored client with the link to take part.
  const hostile = connect(server.url, room, params(joinLink).get('join')!);
  await hostile.ready;
  hostile.doc.transact(() => {
    const notes = hostile.doc.getMap<unknown>('notes');
    const note = (fields: Record<string, unknown>) => {
      const map = new Y.Map<unknown>();
      for (const [key, value] of Object.entries(fields)) map.set(key, value);
      return map;
    };
    notes.set('wrongtypes', note({ text: 42, color: ['yellow'], block: 'customerSegments', pos: 'a9' }));
    notes.set('huge', note({ text: 'x'.repeat(200_000), color: 'yellow', block: 'customerSegments', pos: 'b0' }));
    notes.set('__proto__', note({ text: 'polluted', color: 'yellow', block: 'customerSegments', pos: 'b1' }));
    notes.set('noblock', note({ text: 'nowhere', color: 'yellow', block: 'nowhere', pos: 'b2' }));
    notes.set('odd', 'not a note' as never);
    hostile.doc.getMap<unknown>('canvas').set('title', { evil: true });
    hostile.doc.getMap<unknown>('canvas').set('journeyModel', 'madeUp');
    hostile.doc.getMap<unknown>('canvas').set('unknownKey', 'x'.repeat(1000));
    hostile.doc.getMap<unknown>('votes').set('whatever', 'many');
  });
  await expect.poll(() => hostile.provider.unsyncedChanges).toBe(0);

  // A client with the link to watch tries to write; another with a made-up secret tries to join.
  const watcher = connect(server.url, room, params(watchLink).get('watch')!);
  await watcher.ready;
  const watcherNote = new Y.Map<unknown>();
  for (const [key, value] of Object.entries({ text: 'Written through a watch link', color: 'pink', block: 'keyPartners', pos: 'a0' })) {
    watcherNote.set(key, value);
  }
  watcher.doc.getMap<unknown>('notes').set('fromwatcher', watcherNote);
  await expect(connect(server.url, room, 'A'.repeat(22)).ready).rejects.toThrow();

  // Everyone's canvas is as it was; the facilitator is told what was left out.
  await host.getByRole('button', { name: l.workshop, exact: true }).click();
  await expect(host.getByRole('dialog', { name: l.workshop }).getByRole('status')).toContainText(/left out/u);
  await host.keyboard.press('Escape');
  for (const page of [host, guest]) {
    expect(await board(page)).toEqual(before);
    await expect(page.getByRole('textbox', { name: 'Canvas title' })).toHaveValue('');
  }
  // And the room still works.
  await addNote(guest, l.segments, 'Still working', l.addNote);
  await expect(block(host, l.segments).getByRole('listitem', { name: 'Still working' })).toBeVisible();
  hostile.close();
  watcher.close();
});
