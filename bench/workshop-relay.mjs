/**
 * The floor of `npm run bench:workshop`: a bare WebSocket relay in its own process (as the real
 * server is), each message broadcast as it is to the others of its room. No protocol, no copy of
 * the doc, no hooks, nothing stored.
 */
import { WebSocketServer } from 'ws';

const relay = new WebSocketServer({ port: Number(process.env.PORT), host: '127.0.0.1' });
const byRoom = new Map();
relay.on('connection', (socket, request) => {
  const room = request.url;
  if (!byRoom.has(room)) byRoom.set(room, new Set());
  byRoom.get(room).add(socket);
  socket.on('message', (data) => {
    for (const other of byRoom.get(room)) if (other !== socket && other.readyState === 1) other.send(data);
  });
  socket.on('close', () => byRoom.get(room).delete(socket));
});
relay.on('listening', () => process.send?.({ type: 'ready' }));
process.on('message', (message) => {
  if (message.type === 'stop') relay.close(() => process.exit(0));
});
