// Agents
export { Agent } from './agent/agent';
export type {
  AgentAsToolOptions,
  AgentConfiguration,
  AgentOptions,
  HandoffsOutputUnion,
  InstructionsFunction,
} from './agent/agent';
export { AgentHooks } from './agent/agent-hooks';
export type { AgentHookEvents } from './agent/agent-hooks';
export type { AgentOutputType, JsonSchemaDefinition, ResolvedAgentOutput, TextOutput } from './agent/output-type';
export type {
  FunctionToolResult,
  ToolToFinalOutputFunction,
  ToolsToFinalOutputResult,
  ToolUseBehavior,
} from './agent/tool-use-behavior';

// Tools
export { tool } from './tools/tool';
export type { ToolOptions } from './tools/tool';
export type {
  FunctionTool,
  Tool,
  ToolApprovalFunction,
  ToolCallDetails,
  ToolErrorFunction,
  ToolExecuteArgument,
  ToolInputParameters,
} from './tools/tool-types';
export { defaultToolErrorFunction } from './tools/default-tool-error';
export type { JsonObjectSchema, ZodObjectLike, ZodSchemaLike } from './tools/json-schema';

// Handoffs
export { Handoff, getTransferMessage, defaultHandoffToolName, defaultHandoffToolDescription } from './handoffs/handoff';
export type { HandoffInputData, HandoffInputFilter } from './handoffs/handoff';
export { handoff, getHandoff } from './handoffs/create-handoff';
export type { HandoffOptions } from './handoffs/create-handoff';

// Guardrails
export { defineInputGuardrail } from './guardrails/input-guardrail';
export type {
  GuardrailFunctionOutput,
  InputGuardrail,
  InputGuardrailFunctionArgs,
  InputGuardrailResult,
} from './guardrails/input-guardrail';
export { defineOutputGuardrail } from './guardrails/output-guardrail';
export type {
  OutputGuardrail,
  OutputGuardrailFunctionArgs,
  OutputGuardrailResult,
} from './guardrails/output-guardrail';

// Running
export { run } from './run/run';
export { Runner, DEFAULT_MAX_TURNS } from './run/runner';
export type { NonStreamRunOptions, RunOptions, StreamRunOptions } from './run/runner';
export type { RunConfig } from './run/run-config';
export { RunContext } from './run/run-context';
export type { ApprovalRecord, UnknownContext } from './run/run-context';
export { Usage } from './run/usage';
export type { UsageInit } from './run/usage';
export { RunResult, RunResultBase } from './run/run-result';
export { StreamedRunResult } from './run/streamed-run-result';
export type { TextStreamOptions } from './run/streamed-run-result';
export { RunState, RUN_STATE_SCHEMA_VERSION } from './run/run-state';
export type { NextStep, PendingTurn } from './run/run-state';
export { RunHooks } from './run/run-hooks';
export type { RunHookEvents } from './run/run-hooks';
export type {
  RunAgentUpdatedStreamEvent,
  RunItemStreamEvent,
  RunItemStreamEventName,
  RunRawModelStreamEvent,
  RunStreamEvent,
} from './run/stream-events';

// Items
export {
  RunHandoffCallItem,
  RunHandoffOutputItem,
  RunMessageOutputItem,
  RunReasoningItem,
  RunToolApprovalItem,
  RunToolCallItem,
  RunToolCallOutputItem,
} from './items/run-items';
export type { RunItem } from './items/run-items';
export { assistant, system, user } from './items/message-helpers';
export type {
  AgentInputItem,
  AgentOutputItem,
  AssistantMessageItem,
  FunctionCallItem,
  FunctionCallResultItem,
  InputImage,
  InputText,
  MessageItem,
  OutputText,
  ReasoningItem,
  Refusal,
  SystemMessageItem,
  UnknownItem,
  UserMessageItem,
} from './items/protocol';

// Memory
export type { Session } from './memory/session';
export { MemorySession } from './memory/memory-session';

// Models
export type {
  Model,
  ModelProvider,
  ModelRequest,
  ModelResponse,
  Prompt,
  SerializedFunctionTool,
  SerializedHandoff,
  SerializedOutputType,
  StreamEvent,
} from './models/model';
export type { ModelSettings, ModelSettingsToolChoice } from './models/model-settings';
export { setDefaultModelProvider, getDefaultModelProvider } from './models/default-provider';

// OpenAI models
export { OpenAIClient, DEFAULT_OPENAI_BASE_URL } from './models/openai/openai-client';
export type { FetchFunction, OpenAIClientOptions } from './models/openai/openai-client';
export { setDefaultOpenAIClient, setDefaultOpenAIKey, setOpenAIAPI } from './models/openai/openai-config';
export type { OpenAIAPI } from './models/openai/openai-config';
export { OpenAIProvider, getDefaultModelName } from './models/openai/openai-provider';
export type { OpenAIProviderOptions } from './models/openai/openai-provider';
export { OpenAIResponsesModel } from './models/openai/openai-responses-model';
export { OpenAIChatCompletionsModel } from './models/openai/openai-chat-completions-model';

// MCP
export type { MCPServer, MCPTool } from './mcp/mcp-server';

// Tracing
export { withTrace, withCustomSpan, createTrace } from './tracing/with-trace';
export { getCurrentTrace, getCurrentSpan } from './tracing/context';
export {
  TraceProvider,
  addTraceProcessor,
  getGlobalTraceProvider,
  setTraceProcessors,
  setTracingDisabled,
} from './tracing/trace-provider';
export type { TracingProcessor } from './tracing/processor';
export { ConsoleTraceProcessor } from './tracing/console-processor';
export { Trace } from './tracing/trace';
export type { TraceOptions } from './tracing/trace';
export { Span } from './tracing/span';
export type { SpanError } from './tracing/span';
export type {
  AgentSpanData,
  CustomSpanData,
  FunctionSpanData,
  GenerationSpanData,
  GuardrailSpanData,
  HandoffSpanData,
  SpanData,
} from './tracing/span-data';

// Errors
export { AgentsError } from './errors/agents-error';
export type { AgentsErrorOptions } from './errors/agents-error';
export { UserError } from './errors/user-error';
export { ModelBehaviorError } from './errors/model-behavior-error';
export { MaxTurnsExceededError } from './errors/max-turns-exceeded-error';
export { ToolCallError } from './errors/tool-call-error';
export { GuardrailExecutionError } from './errors/guardrail-execution-error';
export { InputGuardrailTripwireTriggered } from './errors/input-guardrail-tripwire-triggered';
export { OutputGuardrailTripwireTriggered } from './errors/output-guardrail-tripwire-triggered';
export { RunAbortedError } from './errors/run-aborted-error';
export { ModelHttpError } from './errors/model-http-error';

// Events and logging
export { EventEmitter } from './events/event-emitter';
export type { EventListener, EventMap } from './events/event-emitter';
export { getLogger } from './logging/logger';
export type { Logger } from './logging/logger';
