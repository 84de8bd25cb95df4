import { describe, expect, it } from 'vitest';
import { EventEmitter } from './event-emitter';

type Events = { ping: [count: number, label: string]; done: [] };

describe('EventEmitter', () => {
  it('calls listeners with typed arguments, once only once, and off removes them', () => {
    const emitter = new EventEmitter<Events>();
    const seen: string[] = [];
    const listener = (count: number, label: string) => seen.push(`on:${count}:${label}`);
    emitter.on('ping', listener);
    emitter.once('ping', (count) => seen.push(`once:${count}`));
    expect(emitter.emit('ping', 1, 'a')).toBe(true);
    emitter.emit('ping', 2, 'b');
    emitter.off('ping', listener);
    emitter.emit('ping', 3, 'c');
    expect(seen).toEqual(['on:1:a', 'once:1', 'on:2:b']);
    expect(emitter.emit('done')).toBe(false);
  });

  it('off removes a once listener before it fires', () => {
    const emitter = new EventEmitter<Events>();
    let calls = 0;
    const listener = () => calls++;
    emitter.once('done', listener);
    emitter.off('done', listener);
    emitter.emit('done');
    expect(calls).toBe(0);
    expect(emitter.listenerCount('done')).toBe(0);
  });
});
