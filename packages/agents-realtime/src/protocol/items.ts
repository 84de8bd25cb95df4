/**
 * History items as the session keeps them: camelCase, with audio bytes left out unless
 * `historyStoreAudio` is on. Mirrors the server's conversation items (realtime-protocol.md §7).
 */

export type RealtimeItemStatus = 'in_progress' | 'completed' | 'incomplete';

export type RealtimeInputText = { type: 'input_text'; text: string };
export type RealtimeInputAudio = { type: 'input_audio'; audio?: string | null; transcript: string | null };
export type RealtimeInputImage = { type: 'input_image'; image: string; detail?: 'auto' | 'low' | 'high' };
export type RealtimeOutputText = { type: 'output_text'; text: string };
export type RealtimeOutputAudio = { type: 'output_audio'; audio?: string | null; transcript?: string | null };

export type RealtimeMessageItem =
  | {
      itemId: string;
      previousItemId?: string | null;
      type: 'message';
      role: 'system';
      content: RealtimeInputText[];
      status?: RealtimeItemStatus;
    }
  | {
      itemId: string;
      previousItemId?: string | null;
      type: 'message';
      role: 'user';
      status: RealtimeItemStatus;
      content: (RealtimeInputText | RealtimeInputAudio | RealtimeInputImage)[];
    }
  | {
      itemId: string;
      previousItemId?: string | null;
      type: 'message';
      role: 'assistant';
      status: RealtimeItemStatus;
      content: (RealtimeOutputText | RealtimeOutputAudio)[];
    };

/** A function call and, once the tool ran, its output. */
export interface RealtimeToolCallItem {
  itemId: string;
  previousItemId?: string | null;
  type: 'function_call';
  status: RealtimeItemStatus;
  name: string;
  arguments: string;
  callId?: string;
  output: string | null;
}

/** An MCP call run by the server. */
export interface RealtimeMcpCallItem {
  itemId: string;
  previousItemId?: string | null;
  type: 'mcp_call' | 'mcp_tool_call';
  status: RealtimeItemStatus;
  name: string;
  arguments: string;
  output: string | null;
  serverLabel?: string;
}

/** An MCP approval request from the server. */
export interface RealtimeMcpCallApprovalRequestItem {
  itemId: string;
  previousItemId?: string | null;
  type: 'mcp_approval_request';
  serverLabel: string;
  name: string;
  arguments: Record<string, unknown>;
  approved?: boolean | null;
}

/** Any item of the conversation history. */
export type RealtimeItem =
  | RealtimeMessageItem
  | RealtimeToolCallItem
  | RealtimeMcpCallItem
  | RealtimeMcpCallApprovalRequestItem;

/** What `sendMessage` accepts besides a plain string. */
export type RealtimeUserInput =
  | string
  | {
      type: 'message';
      role: 'user';
      content: (
        | { type: 'input_text'; text: string }
        | { type: 'input_image'; image: string; providerData?: Record<string, any> }
      )[];
    };
