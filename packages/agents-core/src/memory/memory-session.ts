import type { AgentInputItem } from '../items/protocol';
import type { Session } from './session';

/** A `Session` held in memory (lost when the process ends). */
export class MemorySession implements Session {
  #items: AgentInputItem[];
  readonly #sessionId: string;

  constructor(options: { sessionId?: string; initialItems?: AgentInputItem[] } = {}) {
    this.#sessionId = options.sessionId ?? `session_${Math.random().toString(36).slice(2, 12)}`;
    this.#items = structuredClone(options.initialItems ?? []);
  }

  async getSessionId(): Promise<string> {
    return this.#sessionId;
  }

  async getItems(limit?: number): Promise<AgentInputItem[]> {
    const items = limit === undefined ? this.#items : this.#items.slice(Math.max(0, this.#items.length - limit));
    return structuredClone(items);
  }

  async addItems(items: AgentInputItem[]): Promise<void> {
    this.#items.push(...structuredClone(items));
  }

  async popItem(): Promise<AgentInputItem | undefined> {
    return this.#items.pop();
  }

  async clearSession(): Promise<void> {
    this.#items = [];
  }
}
