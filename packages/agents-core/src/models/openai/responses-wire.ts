/** The parts of the Responses API wire format this package reads. */

export interface ResponsesOutputItem {
  type: string;
  id?: string;
  role?: string;
  status?: 'in_progress' | 'completed' | 'incomplete';
  content?: Array<{ type: string; text?: string; refusal?: string }>;
  call_id?: string;
  name?: string;
  arguments?: string;
  summary?: Array<{ type: string; text: string }>;
  [key: string]: unknown;
}

export interface ResponsesUsage {
  input_tokens?: number;
  output_tokens?: number;
  total_tokens?: number;
}

export interface ResponsesResponse {
  id: string;
  object?: string;
  status?: string;
  error?: { code?: string; message?: string } | null;
  incomplete_details?: { reason?: string } | null;
  output: ResponsesOutputItem[];
  usage?: ResponsesUsage | null;
}

export interface ResponsesStreamEvent {
  type: string;
  sequence_number?: number;
  response?: ResponsesResponse;
  delta?: string;
  item?: ResponsesOutputItem;
  code?: string;
  message?: string;
}
