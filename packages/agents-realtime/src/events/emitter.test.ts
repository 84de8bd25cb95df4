import { describe, expect, it } from 'vitest';
import { TypedEventEmitter } from './emitter';

type Events = { ping: [count: number]; done: [] };

class Recorder extends TypedEventEmitter<Events> {
  errors: unknown[] = [];
  protected override onListenerError(error: unknown): void {
    this.errors.push(error);
  }
}

describe('TypedEventEmitter', () => {
  it('calls listeners in order, supports once and off, and reports whether anyone listened', () => {
    const emitter = new Recorder();
    const seen: string[] = [];
    const listener = (count: number) => seen.push(`on ${count}`);
    emitter.on('ping', listener);
    emitter.once('ping', (count) => seen.push(`once ${count}`));
    expect(emitter.emit('ping', 1)).toBe(true);
    emitter.emit('ping', 2);
    emitter.off('ping', listener);
    emitter.emit('ping', 3);
    expect(seen).toEqual(['on 1', 'once 1', 'on 2']);
    expect(emitter.emit('done')).toBe(false);
  });

  it('off removes a once listener by its original function', () => {
    const emitter = new Recorder();
    const seen: number[] = [];
    const listener = (count: number) => seen.push(count);
    emitter.once('ping', listener);
    emitter.off('ping', listener);
    emitter.emit('ping', 1);
    expect(seen).toEqual([]);
    expect(emitter.listenerCount('ping')).toBe(0);
  });

  it('keeps calling other listeners when one throws and hands the error over', () => {
    const emitter = new Recorder();
    const seen: number[] = [];
    emitter.on('ping', () => {
      throw new Error('listener bug');
    });
    emitter.on('ping', (count) => seen.push(count));
    emitter.emit('ping', 7);
    expect(seen).toEqual([7]);
    expect((emitter.errors[0] as Error).message).toBe('listener bug');
  });
});
