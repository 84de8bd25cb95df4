import type { JsonObjectSchema } from '../tools/json-schema';

/** A tool as an MCP server lists it. */
export interface MCPTool {
  name: string;
  description?: string;
  inputSchema: JsonObjectSchema;
}

/**
 * The part of a Model Context Protocol client an agent uses. You own its lifecycle: connect it
 * before the run and close it afterwards.
 */
export interface MCPServer {
  readonly name: string;
  connect(): Promise<void>;
  close(): Promise<void>;
  listTools(): Promise<MCPTool[]>;
  /** Calls a tool; the result is sent to the model as text (JSON unless it is a string). */
  callTool(toolName: string, args: Record<string, unknown>): Promise<unknown>;
}
