import { UserError } from '../errors/user-error';
import { toFunctionToolName, type Handoff } from '../handoffs/handoff';
import type { InputGuardrail } from '../guardrails/input-guardrail';
import type { OutputGuardrail } from '../guardrails/output-guardrail';
import type { MCPServer } from '../mcp/mcp-server';
import { getMcpFunctionTools } from '../mcp/mcp-tools';
import type { Model, Prompt } from '../models/model';
import type { ModelSettings } from '../models/model-settings';
import type { RunContext, UnknownContext } from '../run/run-context';
import type { RunResult } from '../run/run-result';
import { tool } from '../tools/tool';
import type { FunctionTool, Tool } from '../tools/tool-types';
import { getLogger } from '../logging/logger';
import { AgentHooks } from './agent-hooks';
import type { AgentOutputType, TextOutput } from './output-type';
import type { ToolUseBehavior } from './tool-use-behavior';

const log = getLogger('parley:core:agent');

/** Instructions given as a function of the run context and the agent. */
export type InstructionsFunction<TContext, TOutput extends AgentOutputType> = (
  runContext: RunContext<TContext>,
  agent: Agent<TContext, TOutput>,
) => string | Promise<string>;

/** The full configuration of an agent. */
export interface AgentConfiguration<TContext = UnknownContext, TOutput extends AgentOutputType = TextOutput> {
  /** The agent's name, also used for handoff tool names. */
  name: string;
  /** The system prompt, or a function producing it per run. */
  instructions: string | InstructionsFunction<TContext, TOutput>;
  /** A prompt template (Responses API only), or a function producing it. */
  prompt?: Prompt | ((runContext: RunContext<TContext>, agent: Agent<TContext, TOutput>) => Prompt | Promise<Prompt>);
  /** Tells other agents when to hand off to this one. */
  handoffDescription: string;
  /** Agents (or handoffs) this agent can pass the conversation to. */
  handoffs: Array<Agent<any, any> | Handoff<any, any>>;
  /** A model name (resolved by the model provider) or a model instance. */
  model: string | Model;
  modelSettings: ModelSettings;
  tools: Tool<TContext>[];
  mcpServers: MCPServer[];
  inputGuardrails: InputGuardrail<any>[];
  outputGuardrails: OutputGuardrail<TOutput, any>[];
  /** `'text'` (default), a zod object, or a JSON schema definition. */
  outputType: TOutput;
  toolUseBehavior: ToolUseBehavior;
  /** Reset a forced `toolChoice` after a tool call, so the model cannot loop on it. */
  resetToolChoice: boolean;
  /** Log a warning when handoffs produce different output types. */
  handoffOutputTypeWarningEnabled?: boolean;
}

/** The options of `new Agent(...)`: a name, everything else optional. */
export type AgentOptions<TContext = UnknownContext, TOutput extends AgentOutputType = TextOutput> = Pick<
  AgentConfiguration<TContext, TOutput>,
  'name'
> &
  Partial<AgentConfiguration<TContext, TOutput>>;

/** Options of `agent.asTool()`. */
export interface AgentAsToolOptions {
  /** @default the snake-cased agent name */
  toolName?: string;
  /** @default the agent's `handoffDescription` */
  toolDescription?: string;
  /** Produces the tool's text from the nested run. @default the final output (JSON unless text) */
  customOutputExtractor?: (output: RunResult<any, any>) => string | Promise<string>;
}

type OutputOf<T> = T extends Agent<any, infer O> ? O : T extends Handoff<any, infer O> ? O : never;
/** The union of the output types of a list of handoffs. */
export type HandoffsOutputUnion<Handoffs extends readonly (Agent<any, any> | Handoff<any, any>)[]> = OutputOf<
  Handoffs[number]
>;

/**
 * An agent: instructions, tools, handoffs, guardrails and an output type, run by `run()`.
 *
 * @example
 * const agent = new Agent({ name: 'Assistant', instructions: 'Be brief.' });
 * const result = await run(agent, 'Hello');
 */
export class Agent<TContext = UnknownContext, TOutput extends AgentOutputType = TextOutput>
  extends AgentHooks<TContext, TOutput>
  implements AgentConfiguration<TContext, TOutput>
{
  /** The `model` value meaning "the provider's default model". */
  static DEFAULT_MODEL_PLACEHOLDER = '';

  name: string;
  instructions: string | InstructionsFunction<TContext, TOutput>;
  prompt?: AgentConfiguration<TContext, TOutput>['prompt'];
  handoffDescription: string;
  handoffs: Array<Agent<any, any> | Handoff<any, any>>;
  model: string | Model;
  modelSettings: ModelSettings;
  tools: Tool<TContext>[];
  mcpServers: MCPServer[];
  inputGuardrails: InputGuardrail<any>[];
  outputGuardrails: OutputGuardrail<TOutput, any>[];
  outputType: TOutput;
  toolUseBehavior: ToolUseBehavior;
  resetToolChoice: boolean;
  handoffOutputTypeWarningEnabled?: boolean;

  constructor(config: AgentOptions<TContext, TOutput>) {
    super();
    if (typeof config.name !== 'string' || config.name.trim() === '') {
      throw new UserError('Agent: `name` must be a non-empty string.');
    }
    this.name = config.name;
    this.instructions = config.instructions ?? '';
    if (config.prompt !== undefined) this.prompt = config.prompt;
    this.handoffDescription = config.handoffDescription ?? '';
    this.handoffs = config.handoffs ?? [];
    this.model = config.model ?? Agent.DEFAULT_MODEL_PLACEHOLDER;
    this.modelSettings = config.modelSettings ?? {};
    this.tools = config.tools ?? [];
    this.mcpServers = config.mcpServers ?? [];
    this.inputGuardrails = config.inputGuardrails ?? [];
    this.outputGuardrails = config.outputGuardrails ?? [];
    this.outputType = config.outputType ?? ('text' as TOutput);
    this.toolUseBehavior = config.toolUseBehavior ?? 'run_llm_again';
    this.resetToolChoice = config.resetToolChoice ?? true;
    if (config.handoffOutputTypeWarningEnabled !== undefined) {
      this.handoffOutputTypeWarningEnabled = config.handoffOutputTypeWarningEnabled;
    }
  }

  /** Creates an agent whose output type is the union of its own and its handoffs' output types. */
  static create<
    TOutput extends AgentOutputType = TextOutput,
    Handoffs extends readonly (Agent<any, any> | Handoff<any, any>)[] = [],
  >(
    config: Omit<AgentOptions<UnknownContext, TOutput>, 'handoffs'> & { handoffs?: Handoffs },
  ): Agent<UnknownContext, TOutput | HandoffsOutputUnion<Handoffs>> {
    const agent = new Agent<UnknownContext, TOutput | HandoffsOutputUnion<Handoffs>>({
      ...(config as AgentOptions<UnknownContext, TOutput | HandoffsOutputUnion<Handoffs>>),
      handoffs: [...(config.handoffs ?? [])],
    });
    if (config.handoffOutputTypeWarningEnabled !== false) {
      const kinds = new Set(
        agent.handoffs.map((entry) => {
          const target = entry instanceof Agent ? entry : entry.agent;
          return target.outputType === 'text' ? 'text' : target.outputType;
        }),
      );
      if (kinds.size > 1) {
        log.warn(
          'Agent %s has handoffs with %d different output types; finalOutput is their union.',
          agent.name,
          kinds.size,
        );
      }
    }
    return agent;
  }

  /** The name used for the structured-output schema. */
  get outputSchemaName(): string {
    const outputType = this.outputType as AgentOutputType;
    if (outputType === 'text') return 'text';
    if ('type' in outputType && outputType.type === 'json_schema') return outputType.name;
    return 'final_output';
  }

  /** A copy of the agent with some fields changed. Listeners are not copied. */
  clone(config: Partial<AgentConfiguration<TContext, TOutput>>): Agent<TContext, TOutput> {
    return new Agent<TContext, TOutput>({ ...this.#configuration(), ...config });
  }

  #configuration(): AgentOptions<TContext, TOutput> {
    return {
      name: this.name,
      instructions: this.instructions,
      ...(this.prompt === undefined ? {} : { prompt: this.prompt }),
      handoffDescription: this.handoffDescription,
      handoffs: [...this.handoffs],
      model: this.model,
      modelSettings: { ...this.modelSettings },
      tools: [...this.tools],
      mcpServers: [...this.mcpServers],
      inputGuardrails: [...this.inputGuardrails],
      outputGuardrails: [...this.outputGuardrails],
      outputType: this.outputType,
      toolUseBehavior: this.toolUseBehavior,
      resetToolChoice: this.resetToolChoice,
    };
  }

  /**
   * Turns the agent into a tool another agent can call. Unlike a handoff, the calling agent keeps
   * the conversation: this agent runs on the generated `input` only and its output comes back as
   * the tool result.
   */
  asTool(options: AgentAsToolOptions = {}): FunctionTool<TContext, undefined, string> {
    const { toolName, toolDescription, customOutputExtractor } = options;
    const name = toolName ?? toFunctionToolName(this.name);
    // The JSON schema route keeps zod out of the runtime imports.
    const parameters = {
      type: 'object' as const,
      properties: { input: { type: 'string', description: 'The input for the agent.' } },
      required: ['input'],
      additionalProperties: false,
    };
    const asTool = tool<typeof parameters, TContext, string>({
      name,
      description: toolDescription ?? this.handoffDescription,
      parameters,
      execute: async (args: { input: string }, runContext, details) => {
        const { run } = await import('../run/run');
        const result = await run(this, args.input, {
          context: runContext?.context,
          ...(details?.signal ? { signal: details.signal } : {}),
        });
        if (customOutputExtractor) return customOutputExtractor(result);
        const output: unknown = result.finalOutput;
        return typeof output === 'string' ? output : JSON.stringify(output);
      },
    });
    return asTool as unknown as FunctionTool<TContext, undefined, string>;
  }

  /** The system prompt for this run: the instructions, or what the instructions function returns. */
  async getSystemPrompt(runContext: RunContext<TContext>): Promise<string | undefined> {
    if (typeof this.instructions === 'function') return this.instructions(runContext, this);
    return this.instructions || undefined;
  }

  /** The prompt template for this run, if any. */
  async getPrompt(runContext: RunContext<TContext>): Promise<Prompt | undefined> {
    if (typeof this.prompt === 'function') return this.prompt(runContext, this);
    return this.prompt;
  }

  /** Tools listed by the agent's MCP servers. */
  async getMcpTools(_runContext: RunContext<TContext>): Promise<Tool<TContext>[]> {
    return this.mcpServers.length > 0 ? getMcpFunctionTools<TContext>(this.mcpServers) : [];
  }

  /** Every tool the agent offers in this run: MCP tools, then its own tools. */
  async getAllTools(runContext: RunContext<TContext>): Promise<Tool<TContext>[]> {
    return [...(await this.getMcpTools(runContext)), ...this.tools];
  }

  /** A JSON-safe summary of the agent. */
  toJSON(): { name: string; handoffDescription: string; model: string; tools: string[]; handoffs: string[] } {
    return {
      name: this.name,
      handoffDescription: this.handoffDescription,
      model: typeof this.model === 'string' ? this.model : '[model instance]',
      tools: this.tools.map((entry) => entry.name),
      handoffs: this.handoffs.map((entry) => ('agentName' in entry ? entry.agentName : entry.name)),
    };
  }
}
