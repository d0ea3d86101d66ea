/**
 * The services several workshop-server instances share, started for a test as a person would run
 * them: Debian's `redis-server` and PostgreSQL (its `initdb` and `pg_ctl`, as the `postgres` user
 * when the tests run as root). `.ci/run` installs both; without them these tests fail and say so.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A free port, kept listening (so nothing else takes it, not even as the local port of a
 * connection) until `release` lets it go, just before the process that is to listen on it starts:
 * for a port that must be known long before that (a build that writes it into the app).
 */
export function holdPort(): Promise<{ port: number; release(): Promise<void> }> {
  return new Promise((resolve, reject) => {
    const holder = createServer();
    holder.unref();
    holder.on('error', reject);
    holder.listen(0, '127.0.0.1', () => {
      const { port } = holder.address() as { port: number };
      resolve({ port, release: () => new Promise<void>((done) => holder.close(() => done())) });
    });
  });
}

/** A port free now, for a process started at once. */
export async function freePort(): Promise<number> {
  const held = await holdPort();
  await held.release();
  return held.port;
}

async function listening(port: number, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = new Socket();
      socket.once('connect', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => resolve(false));
      socket.connect(port, '127.0.0.1');
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`nothing listens on port ${port}`);
}

export interface Service {
  url: string;
  stop(): Promise<void>;
}

export async function startRedis(): Promise<Service> {
  const port = await freePort();
  let child: ChildProcess;
  try {
    child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  } catch {
    throw new Error('redis-server is not installed (apt-get install redis-server; .ci/run does)');
  }
  const failed = new Promise<never>((_, reject) =>
    child.once('error', () => reject(new Error('redis-server is not installed (apt-get install redis-server; .ci/run does)'))),
  );
  await Promise.race([listening(port, Date.now() + 20_000), failed]);
  return {
    url: `redis://127.0.0.1:${port}`,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** The newest PostgreSQL's programs (Debian keeps them per version). */
function postgresBin(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  const bin = process.env.PG_BIN ?? (versions[0] ? join(root, versions[0], 'bin') : '');
  if (!bin || !existsSync(join(bin, 'pg_ctl'))) throw new Error('PostgreSQL is not installed (apt-get install postgresql; .ci/run does)');
  return bin;
}

export async function startPostgres(): Promise<Service> {
  const bin = postgresBin();
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'boom-e2e-pg-'));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const { stdout } = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
    const { stdout: group } = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
    chownSync(dir, Number(stdout.trim()), Number(group.trim()));
  }
  // PostgreSQL refuses to run as root: then it runs as the `postgres` user.
  const run = (program: string, args: string[]) => {
    const [command, ...rest] = asRoot ? ['runuser', '-u', 'postgres', '--', join(bin, program), ...args] : [join(bin, program), ...args];
    const result = spawnSync(command!, rest, { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${program} failed: ${result.stderr || result.stdout}`);
  };
  const data = join(dir, 'data');
  run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync']);
  run('pg_ctl', [
    '-D',
    data,
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
    '-l',
    join(dir, 'log'),
    '-w',
    'start',
  ]);
  await listening(port, Date.now() + 20_000);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
