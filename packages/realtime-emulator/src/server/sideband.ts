import type { WebSocket } from 'ws';
import type { FaultOptions } from '../faults/faults';
import { createId } from '../protocol/ids';
import type { EmulatorConnection } from './connection';
import { faultySender } from './connection';

/**
 * Attaches a control ("sideband") socket to a running call's session: it receives every server
 * event from then on and may send client events. Closing it does not end the call; ending the call
 * closes it.
 */
export function attachSideband(connection: EmulatorConnection, ws: WebSocket, faults: FaultOptions): void {
  const { session } = connection;
  const remove = session.addSink(faultySender(ws, { ...faults }));
  ws.on('message', (data) => session.receive((data as Buffer).toString('utf8')));
  ws.on('close', remove);
  void connection.closed.then(() => ws.close(1000, 'Call ended'));
  // A late socket still learns the effective configuration first.
  ws.send(JSON.stringify({ type: 'session.created', event_id: createId('event'), session: session.sessionObject() }));
}
