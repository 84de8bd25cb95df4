import { afterEach, describe, expect, it } from 'vitest';
import {
  Agent,
  ConsoleTraceProcessor,
  Runner,
  addTraceProcessor,
  getCurrentSpan,
  getCurrentTrace,
  run,
  setTraceProcessors,
  setTracingDisabled,
  tool,
  withCustomSpan,
  withTrace,
  type Span,
  type Trace,
  type TracingProcessor,
} from '@parley/agents-core';
import { FakeModel, fakeMessage, fakeToolCall } from '@parley/agents-core/testing';

class RecordingProcessor implements TracingProcessor {
  readonly events: string[] = [];
  readonly spans: Span[] = [];
  readonly traces: Trace[] = [];
  onTraceStart(trace: Trace) {
    this.traces.push(trace);
    this.events.push(`trace_start:${trace.name}`);
  }
  onTraceEnd(trace: Trace) {
    this.events.push(`trace_end:${trace.name}`);
  }
  onSpanStart(span: Span) {
    this.events.push(`span_start:${span.spanData.type}`);
  }
  onSpanEnd(span: Span) {
    this.spans.push(span);
    this.events.push(`span_end:${span.spanData.type}`);
  }
}

afterEach(() => {
  setTraceProcessors([]);
  setTracingDisabled(false);
});

function buildAgents() {
  let seenInTool: { trace?: string; span?: string } = {};
  const lookup = tool({
    name: 'lookup',
    execute: async () => {
      seenInTool = { trace: getCurrentTrace()?.traceId, span: getCurrentSpan()?.spanData.type };
      return withCustomSpan('db query', () => 'row', { table: 'users' });
    },
  });
  const specialist = new Agent({ name: 'Specialist', model: new FakeModel([[fakeMessage('done')]]) });
  const model = new FakeModel([[fakeToolCall('lookup', {})], [fakeToolCall('transfer_to_specialist', {})]]);
  const main = new Agent({
    name: 'Main',
    model,
    tools: [lookup],
    handoffs: [specialist],
    inputGuardrails: [{ name: 'ok', execute: () => ({ tripwireTriggered: false }) }],
  });
  return { main, seen: () => seenInTool };
}

describe('tracing', () => {
  it('records a trace with agent, generation, guardrail, function, custom and handoff spans', async () => {
    const processor = new RecordingProcessor();
    addTraceProcessor(processor);
    const { main, seen } = buildAgents();
    await new Runner({ workflowName: 'Support flow', groupId: 'conv_1' }).run(main, 'hi');
    expect(processor.traces).toHaveLength(1);
    expect(processor.traces[0]?.toJSON()).toMatchObject({ workflow_name: 'Support flow', group_id: 'conv_1' });
    expect(processor.events[0]).toBe('trace_start:Support flow');
    expect(processor.events.at(-1)).toBe('trace_end:Support flow');
    const types = processor.spans.map((span) => span.spanData.type);
    expect(types.sort()).toEqual(
      ['agent', 'agent', 'custom', 'function', 'generation', 'generation', 'generation', 'guardrail', 'handoff'].sort(),
    );
    const agentSpans = processor.spans.filter((span) => span.spanData.type === 'agent');
    const functionSpan = processor.spans.find((span) => span.spanData.type === 'function');
    const customSpan = processor.spans.find((span) => span.spanData.type === 'custom');
    expect(functionSpan?.parentId).toBe(agentSpans[0]?.spanId);
    expect(customSpan?.parentId).toBe(functionSpan?.spanId);
    expect(functionSpan?.spanData).toMatchObject({ name: 'lookup', input: '{}', output: 'row' });
    expect(processor.spans.find((span) => span.spanData.type === 'handoff')?.spanData).toMatchObject({
      from_agent: 'Main',
      to_agent: 'Specialist',
    });
    expect(seen()).toEqual({ trace: processor.traces[0]?.traceId, span: 'function' });
    expect(new Set(processor.spans.map((span) => span.traceId))).toEqual(new Set([processor.traces[0]?.traceId]));
  });

  it('joins runs under withTrace into one trace and leaves out sensitive data on request', async () => {
    const processor = new RecordingProcessor();
    setTraceProcessors([processor]);
    const agent = new Agent({ name: 'A', model: new FakeModel([[fakeMessage('one')], [fakeMessage('two')]]) });
    const runner = new Runner({ traceIncludeSensitiveData: false });
    await withTrace('Joke workflow', async (trace) => {
      expect(getCurrentTrace()).toBe(trace);
      await runner.run(agent, 'first');
      await runner.run(agent, 'second');
    });
    expect(processor.traces.map((trace) => trace.name)).toEqual(['Joke workflow']);
    const generations = processor.spans.filter((span) => span.spanData.type === 'generation');
    expect(generations).toHaveLength(2);
    expect(generations[0]?.spanData).not.toHaveProperty('input');
    expect(generations[0]?.spanData).toMatchObject({ usage: { input_tokens: 1, output_tokens: 1 } });
    expect(getCurrentTrace()).toBeUndefined();
  });

  it('records errors on spans and sends nothing when disabled', async () => {
    const processor = new RecordingProcessor();
    addTraceProcessor(processor);
    const failing = new Agent({ name: 'F', model: new FakeModel([new Error('model down')]) });
    await expect(run(failing, 'x')).rejects.toThrow('model down');
    expect(processor.spans.find((span) => span.spanData.type === 'generation')?.error).toEqual({
      message: 'model down',
    });
    expect(processor.spans.find((span) => span.spanData.type === 'agent')?.error).toEqual({ message: 'model down' });

    const before = processor.events.length;
    setTracingDisabled(true);
    await run(new Agent({ name: 'A', model: new FakeModel([[fakeMessage('quiet')]]) }), 'x');
    await new Runner({ tracingDisabled: true }).run(
      new Agent({ name: 'B', model: new FakeModel([[fakeMessage('quiet')]]) }),
      'x',
    );
    expect(processor.events.length).toBe(before);
  });

  it('keeps running when a processor throws, and the console processor prints lines', async () => {
    const lines: string[] = [];
    setTraceProcessors([
      {
        onTraceStart: () => {
          throw new Error('exporter broken');
        },
        onTraceEnd: () => Promise.reject(new Error('async broken')),
        onSpanStart: () => undefined,
        onSpanEnd: () => undefined,
      },
      new ConsoleTraceProcessor((line) => lines.push(line)),
    ]);
    const result = await run(new Agent({ name: 'A', model: new FakeModel([[fakeMessage('fine')]]) }), 'x');
    expect(result.finalOutput).toBe('fine');
    expect(lines[0]).toMatch(/^\[trace\] start Agent workflow \(trace_[0-9a-f]{32}\)$/);
    expect(lines.some((line) => line.startsWith('[span] agent A'))).toBe(true);
  });
});

describe('tracing a resumed run', () => {
  it('puts the approved tool call under an agent span of the resumed run', async () => {
    const processor = new RecordingProcessor();
    addTraceProcessor(processor);
    const guarded = tool({ name: 'guarded', needsApproval: true, execute: () => 'ran' });
    const model = new FakeModel([[fakeToolCall('guarded', {})], [fakeMessage('ok')]]);
    const agent = new Agent({ name: 'A', model, tools: [guarded] });
    const first = await run(agent, 'x');
    first.state.approve(first.interruptions[0]!);
    await run(agent, first.state);
    expect(processor.traces).toHaveLength(2);
    const resumedTrace = processor.traces[1]?.traceId;
    const functionSpan = processor.spans.find((span) => span.spanData.type === 'function');
    const agentSpan = processor.spans.find((span) => span.spanData.type === 'agent' && span.traceId === resumedTrace);
    expect(functionSpan?.traceId).toBe(resumedTrace);
    expect(functionSpan?.parentId).toBe(agentSpan?.spanId);
  });
});
