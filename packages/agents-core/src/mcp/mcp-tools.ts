import { tool } from '../tools/tool';
import type { Tool } from '../tools/tool-types';
import type { MCPServer } from './mcp-server';

/** Lists the tools of every server as function tools that call back into the server. */
export async function getMcpFunctionTools<TContext>(servers: MCPServer[]): Promise<Tool<TContext>[]> {
  const tools: Tool<TContext>[] = [];
  for (const server of servers) {
    for (const entry of await server.listTools()) {
      tools.push(
        tool<typeof entry.inputSchema, TContext>({
          name: entry.name,
          description: entry.description ?? '',
          parameters: { ...entry.inputSchema, properties: entry.inputSchema.properties ?? {} },
          strict: false,
          execute: (args: Record<string, unknown>) => server.callTool(entry.name, args),
        }),
      );
    }
  }
  return tools;
}
