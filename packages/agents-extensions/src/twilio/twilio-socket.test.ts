import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { toWebSocket, type WebSocketLike } from './twilio-socket';

class FakeSocket extends EventEmitter {
  readyState = 1;
  sent: string[] = [];
  send(data: string) {
    this.sent.push(data);
  }
  close() {}
}

describe('toWebSocket', () => {
  it('accepts a ws-style socket and the older { socket } connection', () => {
    const socket = new FakeSocket() as unknown as WebSocketLike;
    expect(toWebSocket(socket)).toBe(socket);
    expect(toWebSocket({ socket })).toBe(socket);
  });

  it('names the option when given something else', () => {
    expect(() => toWebSocket({} as never)).toThrow(/twilioWebSocket/);
    expect(() => toWebSocket(undefined as never)).toThrow(TypeError);
  });
});
