/**
 * Where the workshop server keeps its rooms: each room's record (the hashes of its three secrets,
 * whether it has ended) and its Yjs document. An embedded SQLite file by default; PostgreSQL when
 * `DATABASE_URL` is set, so that several server instances share one store.
 *
 * Nothing else is kept: no names, no addresses, no secrets in the clear.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';

export interface RoomRecord {
  id: string;
  /** SHA-256 (hex) of each secret: the facilitator's, the one to take part and the one to watch. */
  hostHash: string;
  editHash: string;
  viewHash: string;
  createdAt: string;
  /** When the facilitator ended it, or null while it is live. */
  endedAt: string | null;
}

export interface RoomStore {
  createRoom(room: RoomRecord): Promise<void>;
  getRoom(id: string): Promise<RoomRecord | null>;
  endRoom(id: string, at: string): Promise<void>;
  /** The room's document as one Yjs update, or null if it has none yet. */
  loadDocument(id: string): Promise<Uint8Array | null>;
  storeDocument(id: string, state: Uint8Array): Promise<void>;
  close(): Promise<void>;
}

interface Row {
  id: string;
  host_hash: string;
  edit_hash: string;
  view_hash: string;
  created_at: string;
  ended_at: string | null;
}

const recordOf = (row: Row): RoomRecord => ({
  id: row.id,
  hostHash: row.host_hash,
  editHash: row.edit_hash,
  viewHash: row.view_hash,
  createdAt: row.created_at,
  endedAt: row.ended_at,
});

const TABLES = [
  `CREATE TABLE IF NOT EXISTS rooms (
    id TEXT PRIMARY KEY,
    host_hash TEXT NOT NULL,
    edit_hash TEXT NOT NULL,
    view_hash TEXT NOT NULL,
    created_at TEXT NOT NULL,
    ended_at TEXT
  )`,
  `CREATE TABLE IF NOT EXISTS documents (
    room_id TEXT PRIMARY KEY,
    state BYTEA NOT NULL,
    updated_at TEXT NOT NULL
  )`,
];

/** A SQLite file (created with its folder if missing), written ahead so a killed server loses nothing it acknowledged. */
export function sqliteStore(file: string): RoomStore {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  for (const table of TABLES) db.exec(table.replace('BYTEA', 'BLOB'));
  const insertRoom = db.prepare(
    'INSERT INTO rooms (id, host_hash, edit_hash, view_hash, created_at) VALUES (@id, @hostHash, @editHash, @viewHash, @createdAt)',
  );
  const selectRoom = db.prepare<[string], Row>('SELECT * FROM rooms WHERE id = ?');
  const updateEnded = db.prepare('UPDATE rooms SET ended_at = ? WHERE id = ? AND ended_at IS NULL');
  const selectDocument = db.prepare<[string], { state: Buffer }>('SELECT state FROM documents WHERE room_id = ?');
  const upsertDocument = db.prepare(
    'INSERT INTO documents (room_id, state, updated_at) VALUES (?, ?, ?) ON CONFLICT (room_id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at',
  );
  return {
    async createRoom(room) {
      insertRoom.run(room);
    },
    async getRoom(id) {
      const row = selectRoom.get(id);
      return row ? recordOf(row) : null;
    },
    async endRoom(id, at) {
      updateEnded.run(at, id);
    },
    async loadDocument(id) {
      const row = selectDocument.get(id);
      return row ? new Uint8Array(row.state) : null;
    },
    async storeDocument(id, state) {
      upsertDocument.run(id, Buffer.from(state), new Date().toISOString());
    },
    async close() {
      db.close();
    },
  };
}

/** PostgreSQL at `url` (tables made on first use): one store for every server instance. */
export async function postgresStore(url: string): Promise<RoomStore> {
  const pool = new pg.Pool({ connectionString: url, max: 5 });
  for (const table of TABLES) await pool.query(table);
  return {
    async createRoom(room) {
      await pool.query('INSERT INTO rooms (id, host_hash, edit_hash, view_hash, created_at) VALUES ($1, $2, $3, $4, $5)', [
        room.id,
        room.hostHash,
        room.editHash,
        room.viewHash,
        room.createdAt,
      ]);
    },
    async getRoom(id) {
      const { rows } = await pool.query<Row>('SELECT * FROM rooms WHERE id = $1', [id]);
      return rows[0] ? recordOf(rows[0]) : null;
    },
    async endRoom(id, at) {
      await pool.query('UPDATE rooms SET ended_at = $1 WHERE id = $2 AND ended_at IS NULL', [at, id]);
    },
    async loadDocument(id) {
      const { rows } = await pool.query<{ state: Buffer }>('SELECT state FROM documents WHERE room_id = $1', [id]);
      return rows[0] ? new Uint8Array(rows[0].state) : null;
    },
    async storeDocument(id, state) {
      await pool.query(
        'INSERT INTO documents (room_id, state, updated_at) VALUES ($1, $2, $3) ON CONFLICT (room_id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at',
        [id, Buffer.from(state), new Date().toISOString()],
      );
    },
    async close() {
      await pool.end();
    },
  };
}
