import { expect, test } from '@playwright/test';
import { addNote, block, notesOf } from './helpers';
import { startPostgres, startRedis, type Service } from './services';
import { joinAs, LABELS, person, startAsFacilitator } from './workshop-helpers';
import { startWorkshopServer, type WorkshopServer } from './workshop-server';

/**
 * Past one machine: two workshop-server instances on different ports, sharing live rooms through
 * one Redis and keeping them in one PostgreSQL database, as behind a load balancer.
 */

let redis: Service;
let postgres: Service;
let servers: WorkshopServer[] = [];

test.beforeEach(async () => {
  test.setTimeout(180_000);
  [redis, postgres] = await Promise.all([startRedis(), startPostgres()]);
  const env = (name: string) => ({ REDIS_URL: redis.url, DATABASE_URL: postgres.url, INSTANCE_NAME: name });
  servers = [await startWorkshopServer(env('a')), await startWorkshopServer(env('b'))];
});

test.afterEach(async () => {
  for (const server of servers) await server.dispose();
  await Promise.all([redis?.stop(), postgres?.stop()]);
});

test('a participant on each of two instances sees the other’s notes and presence; after both restart, a newcomer through the other instance gets the whole room', async ({
  browser,
}) => {
  const l = LABELS.en;
  const [a, b] = servers as [WorkshopServer, WorkshopServer];
  const host = await person(browser, 'en', `${a.url}/`);
  await addNote(host, l.segments, 'Started on A', l.addNote);
  const { joinLink } = await startAsFacilitator(host, 'en', 'Mina');
  // The same link, reached through the other instance (as a load balancer would send it).
  const throughB = `${b.url}/${joinLink.slice(joinLink.indexOf('#'))}`;
  const guest = await joinAs(browser, 'en', throughB, 'Sara');
  expect(await notesOf(block(guest, l.segments))).toEqual(['Started on A']);

  await addNote(guest, l.partners, 'Added through B', l.addNote);
  await expect(block(host, l.partners).getByRole('listitem', { name: 'Added through B' })).toBeVisible({ timeout: 2000 });
  await addNote(host, l.partners, 'Added through A', l.addNote);
  await expect(block(guest, l.partners).getByRole('listitem', { name: 'Added through A' })).toBeVisible({ timeout: 2000 });
  for (const page of [host, guest]) {
    const people = page.getByRole('list', { name: l.people });
    await expect(people).toContainText('Mina');
    await expect(people).toContainText('Sara');
  }

  // Everyone leaves; both instances restart (each with nothing in memory).
  await host.context().close();
  await guest.context().close();
  for (const server of servers) await server.stop('SIGTERM');
  for (const server of servers) await server.start();

  const newcomer = await joinAs(browser, 'en', throughB, 'Reza');
  expect(await notesOf(block(newcomer, l.segments))).toEqual(['Started on A']);
  expect((await notesOf(block(newcomer, l.partners))).sort()).toEqual(['Added through A', 'Added through B']);
});
