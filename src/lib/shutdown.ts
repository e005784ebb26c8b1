/**
 * A graceful drain for the HTTP server: on SIGTERM it stops accepting connections, answers every
 * request already on its way, then lets the process exit. Node's own `server.close()` is not
 * enough: it also closes every connection that has no request *yet*, and a connection accepted a
 * moment before the signal, whose request is still in the socket, is then reset (bench:load saw
 * 12 of 62 requests dropped that way).
 *
 * - Connections still waiting in the listen backlog are accepted first (Node takes one per turn of
 *   the event loop), then the listener closes.
 * - Responses during the drain carry `Connection: close`, so no client reuses the connection.
 * - A connection idle after a response (keep-alive) is closed at once; one that has sent nothing
 *   yet gets a moment for its request to arrive, and is served.
 * - Whatever is still open after the grace period is closed.
 */
import type { Server, ServerResponse } from 'node:http'
import { Server as NetServer, type Socket } from 'node:net'

type Connection = { active: Set<ServerResponse>; served: number }

/** How long the listener stays open after the signal at least, and at most while the backlog empties. */
const BACKLOG_MS = 100
const BACKLOG_MAX_MS = 3_000
/** How long a connection that has sent nothing yet may take to send its request. */
const FIRST_REQUEST_MS = 2_000

const afterPoll = () => new Promise<void>((resolve) => setImmediate(resolve))

export type Drain = {
  /** True from the signal on: health checks answer 503, responses close their connections. */
  draining(): boolean
  /** Stops accepting, finishes in-flight requests (at most `graceMs`), resolves when all connections closed. */
  drain(options: { delayMs: number; graceMs: number; onForced(): void }): Promise<void>
}

export function trackConnections(server: Server): Drain {
  const connections = new Map<Socket, Connection>()
  let draining = false
  let accepted = 0

  const closeIfIdle = (socket: Socket, connection: Connection) => {
    if (connection.active.size === 0 && connection.served > 0) socket.destroySoon()
  }

  server.on('connection', (socket: Socket) => {
    accepted += 1
    connections.set(socket, { active: new Set(), served: 0 })
    socket.once('close', () => connections.delete(socket))
  })
  // First, before the handler answers (the page cache answers synchronously).
  server.prependListener('request', (req, res) => {
    const connection = connections.get(req.socket)
    if (!connection) return
    connection.active.add(res)
    if (draining) res.setHeader('Connection', 'close')
    res.once('close', () => {
      connection.active.delete(res)
      connection.served += 1
      if (draining) closeIfIdle(req.socket, connection)
    })
  })

  return {
    draining: () => draining,
    async drain({ delayMs, graceMs, onForced }) {
      draining = true
      for (const connection of connections.values()) {
        for (const res of connection.active) if (!res.headersSent) res.setHeader('Connection', 'close')
      }
      // Load balancers see /healthz fail during `delayMs` and stop sending.
      await new Promise((resolve) => setTimeout(resolve, Math.max(delayMs, BACKLOG_MS)))
      // Node accepts one connection per turn of the event loop, so on a busy server the backlog
      // empties slowly, and closing the listener resets whatever is left in it: turn the loop until
      // two turns in a row accept nothing (or BACKLOG_MAX_MS passes, under a flood).
      const deadline = Date.now() + BACKLOG_MAX_MS
      for (let quiet = 0; quiet < 2 && Date.now() < deadline; ) {
        const before = accepted
        await afterPoll()
        quiet = accepted === before ? quiet + 1 : 0
      }
      const closed = new Promise<void>((resolve) => {
        // net's close, not http's: http's would also reset connections whose request has not arrived.
        NetServer.prototype.close.call(server, () => resolve())
      })
      for (const [socket, connection] of connections) closeIfIdle(socket, connection)
      const silent = setTimeout(() => {
        // After a poll phase, so a request already in the socket's buffer is read first.
        void afterPoll().then(() => {
          for (const [socket, connection] of connections) if (connection.active.size === 0) socket.destroy()
        })
      }, FIRST_REQUEST_MS)
      silent.unref()
      const forced = setTimeout(() => {
        onForced()
        for (const socket of connections.keys()) socket.destroy()
      }, graceMs)
      forced.unref()
      await closed
      clearTimeout(silent)
      clearTimeout(forced)
    },
  }
}
