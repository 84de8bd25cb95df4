import type { Agent } from '../agent/agent';
import { getHandoff } from '../handoffs/create-handoff';

type AnyAgent = Agent<any, any>;

/** Every agent reachable from `start` through handoffs, by name. */
export function collectAgentGraph(start: AnyAgent): Map<string, AnyAgent> {
  const agents = new Map<string, AnyAgent>();
  const queue: AnyAgent[] = [start];
  while (queue.length > 0) {
    const agent = queue.shift() as AnyAgent;
    if (agents.has(agent.name)) continue;
    agents.set(agent.name, agent);
    for (const entry of agent.handoffs) queue.push(getHandoff(entry as any).agent);
  }
  return agents;
}

/** A JSON-safe description of a graph: each agent with its tool and handoff names. */
export function describeAgentGraph(start: AnyAgent): Array<{ name: string; tools: string[]; handoffs: string[] }> {
  return [...collectAgentGraph(start).values()].map((agent) => ({
    name: agent.name,
    tools: agent.tools.map((entry) => entry.name),
    handoffs: agent.handoffs.map((entry) => getHandoff(entry as any).agentName),
  }));
}
