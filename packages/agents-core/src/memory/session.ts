import type { AgentInputItem } from '../items/protocol';

/**
 * Conversation memory: a run reads the earlier items before it starts and appends its input and
 * new items when it ends, so consecutive runs share one conversation.
 */
export interface Session {
  getSessionId(): Promise<string>;
  /** The stored items, oldest first; with `limit`, only the latest ones. */
  getItems(limit?: number): Promise<AgentInputItem[]>;
  addItems(items: AgentInputItem[]): Promise<void>;
  /** Removes and returns the latest item. */
  popItem(): Promise<AgentInputItem | undefined>;
  clearSession(): Promise<void>;
}
