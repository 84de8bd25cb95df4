/**
 * The items a conversation is made of, in the SDK's provider-neutral shape (camelCase). Model
 * adapters translate them to and from each wire format.
 */

/** Text typed by the user. */
export interface InputText {
  type: 'input_text';
  text: string;
}

/** An image sent by the user, as a URL or a data URL. */
export interface InputImage {
  type: 'input_image';
  image: string;
  detail?: 'low' | 'high' | 'auto';
}

/** Text produced by the model. */
export interface OutputText {
  type: 'output_text';
  text: string;
}

/** A refusal produced by the model. */
export interface Refusal {
  type: 'refusal';
  refusal: string;
}

/** A message from the user. */
export interface UserMessageItem {
  type?: 'message';
  id?: string;
  role: 'user';
  content: string | Array<InputText | InputImage>;
  providerData?: Record<string, unknown>;
}

/** A system (or developer) message. */
export interface SystemMessageItem {
  type?: 'message';
  id?: string;
  role: 'system';
  content: string;
  providerData?: Record<string, unknown>;
}

/** A message from the model. */
export interface AssistantMessageItem {
  type?: 'message';
  id?: string;
  role: 'assistant';
  status: 'in_progress' | 'completed' | 'incomplete';
  content: Array<OutputText | Refusal>;
  providerData?: Record<string, unknown>;
}

/** The model asking for a function tool (or a handoff) to be called. */
export interface FunctionCallItem {
  type: 'function_call';
  /** The id that pairs this call with its result. */
  callId: string;
  name: string;
  /** The arguments as the model produced them: a JSON string. */
  arguments: string;
  id?: string;
  status?: 'in_progress' | 'completed' | 'incomplete';
  providerData?: Record<string, unknown>;
}

/** The result of a function call, sent back to the model. */
export interface FunctionCallResultItem {
  type: 'function_call_result';
  callId: string;
  name: string;
  status: 'in_progress' | 'completed' | 'incomplete';
  output: { type: 'text'; text: string };
  id?: string;
  providerData?: Record<string, unknown>;
}

/** The model's reasoning summary (reasoning models only). */
export interface ReasoningItem {
  type: 'reasoning';
  id?: string;
  content: Array<{ type: 'input_text'; text: string }>;
  providerData?: Record<string, unknown>;
}

/** An item the SDK does not model; kept verbatim so it can be sent back. */
export interface UnknownItem {
  type: 'unknown';
  id?: string;
  providerData: Record<string, unknown>;
}

/** A message of any role. */
export type MessageItem = UserMessageItem | SystemMessageItem | AssistantMessageItem;

/** Any item that can go into a model request. */
export type AgentInputItem =
  | UserMessageItem
  | SystemMessageItem
  | AssistantMessageItem
  | FunctionCallItem
  | FunctionCallResultItem
  | ReasoningItem
  | UnknownItem;

/** Any item a model can produce. */
export type AgentOutputItem = AssistantMessageItem | FunctionCallItem | ReasoningItem | UnknownItem;
