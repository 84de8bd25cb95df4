import type { Agent } from '../agent/agent';
import type { RunItem } from '../items/run-items';
import type { StreamEvent } from '../models/model';

/** A raw event from the model (`data.type` is `output_text_delta`, `response_done`, ...). */
export interface RunRawModelStreamEvent {
  type: 'raw_model_stream_event';
  data: StreamEvent;
}

/** Names of run item events. */
export type RunItemStreamEventName =
  | 'message_output_created'
  | 'handoff_requested'
  | 'handoff_occurred'
  | 'tool_called'
  | 'tool_output'
  | 'reasoning_item_created'
  | 'tool_approval_requested';

/** A run item was created. */
export interface RunItemStreamEvent {
  type: 'run_item_stream_event';
  name: RunItemStreamEventName;
  item: RunItem;
}

/** The current agent changed (at the start, and after each handoff). */
export interface RunAgentUpdatedStreamEvent {
  type: 'agent_updated_stream_event';
  agent: Agent<any, any>;
}

/** Any event of a streamed run. */
export type RunStreamEvent = RunRawModelStreamEvent | RunItemStreamEvent | RunAgentUpdatedStreamEvent;

/** The stream event name of a run item. */
export function itemEventName(item: RunItem): RunItemStreamEventName {
  switch (item.type) {
    case 'message_output_item':
      return 'message_output_created';
    case 'handoff_call_item':
      return 'handoff_requested';
    case 'handoff_output_item':
      return 'handoff_occurred';
    case 'tool_call_item':
      return 'tool_called';
    case 'tool_call_output_item':
      return 'tool_output';
    case 'reasoning_item':
      return 'reasoning_item_created';
    case 'tool_approval_item':
      return 'tool_approval_requested';
  }
}
