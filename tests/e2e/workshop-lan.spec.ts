import { expect } from '@playwright/test';
import { addNote, block } from './helpers';
import { joinAs, LABELS, person, startAsFacilitator } from './workshop-helpers';
import { test as withServer } from './workshop-server';

/**
 * A workshop on a laptop's plain-http address on the Wi-Fi, as phones reach `npm start`: not a
 * secure context, so no clipboard API, no crypto.subtle, no service worker. The browser here
 * resolves a made-up network name to this machine, so the page is on plain http and not on
 * localhost (which browsers treat as secure).
 */
const LAN_HOST = 'boom-laptop.lan';

const test = withServer.extend<object, object>({
  launchOptions: [
    async ({ launchOptions }, give) => {
      await give({ ...launchOptions, args: [...(launchOptions.args ?? []), `--host-resolver-rules=MAP ${LAN_HOST} 127.0.0.1`] });
    },
    { scope: 'worker' },
  ],
});

for (const language of ['en', 'fa'] as const) {
  test(`a room started and joined over plain http on the network works (${language})`, async ({ browser, server }) => {
    const l = LABELS[language];
    const lan = server.url.replace('127.0.0.1', LAN_HOST);
    const host = await person(browser, language, `${lan}/`);
    expect(await host.evaluate(() => window.isSecureContext)).toBe(false);
    await addNote(host, l.segments, 'Coffee lovers', l.addNote);
    const { joinLink } = await startAsFacilitator(host, language, 'Mina');
    expect(joinLink.startsWith(`${lan}/#room=`)).toBe(true);

    // Copying needs a secure context: the link is selected instead, and the facilitator is told.
    await host.getByRole('button', { name: l.workshop, exact: true }).click();
    const field = host.getByRole('textbox', { name: l.joinLink });
    await host.getByRole('button', { name: l.copyJoin }).click();
    await expect(host.getByText(l.copyFailed)).toBeVisible();
    expect(await field.evaluate((input: HTMLInputElement) => input.value.slice(input.selectionStart ?? 0, input.selectionEnd ?? 0))).toBe(
      joinLink,
    );
    await host.keyboard.press('Escape');

    const guest = await joinAs(browser, language, joinLink, 'Sara');
    expect(await guest.evaluate(() => window.isSecureContext)).toBe(false);
    await expect(block(guest, l.segments).getByRole('listitem', { name: 'Coffee lovers' })).toBeVisible();
    await addNote(guest, l.partners, 'Roastery', l.addNote);
    await expect(block(host, l.partners).getByRole('listitem', { name: 'Roastery' })).toBeVisible();
  });
}
