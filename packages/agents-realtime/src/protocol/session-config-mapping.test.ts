import { describe, expect, it } from 'vitest';
import { toWireSessionConfig, withSessionDefaults } from './session-config-mapping';

describe('toWireSessionConfig', () => {
  it('maps the guide’s legacy camelCase keys to the GA layout', () => {
    const wire = toWireSessionConfig({
      inputAudioFormat: 'pcm16',
      outputAudioFormat: 'g711_ulaw',
      inputAudioTranscription: { model: 'gpt-4o-mini-transcribe' },
      turnDetection: { type: 'semantic_vad', eagerness: 'medium', createResponse: true, interruptResponse: true },
      voice: 'ash',
      modalities: ['text', 'audio'],
    });
    expect(wire).toEqual({
      type: 'realtime',
      output_modalities: ['audio'],
      audio: {
        input: {
          format: { type: 'audio/pcm', rate: 24000 },
          transcription: { model: 'gpt-4o-mini-transcribe' },
          turn_detection: {
            type: 'semantic_vad',
            eagerness: 'medium',
            create_response: true,
            interrupt_response: true,
          },
        },
        output: { format: { type: 'audio/pcmu' }, voice: 'ash' },
      },
    });
  });

  it('maps the GA camelCase layout to the beta dialect', () => {
    const wire = toWireSessionConfig(
      {
        instructions: 'Be brief.',
        outputModalities: ['text'],
        audio: {
          input: { format: { type: 'audio/pcma' }, turnDetection: { type: 'server_vad', silenceDurationMs: 300 } },
          output: { format: 'pcm16', voice: 'marin', speed: 1.2 },
        },
        maxOutputTokens: 100,
        temperature: 0.7,
      },
      'beta',
    );
    expect(wire).toEqual({
      instructions: 'Be brief.',
      modalities: ['text'],
      voice: 'marin',
      speed: 1.2,
      input_audio_format: 'g711_alaw',
      output_audio_format: 'pcm16',
      turn_detection: { type: 'server_vad', silence_duration_ms: 300 },
      temperature: 0.7,
      max_response_output_tokens: 100,
    });
  });

  it('keeps null (off), drops undefined, passes unknown turn-detection keys, and applies providerData last', () => {
    const wire = toWireSessionConfig({
      turnDetection: null,
      inputAudioNoiseReduction: null,
      tools: [{ type: 'function', name: 'f', description: undefined, parameters: { type: 'object' } }],
      toolChoice: 'required',
      prompt: { promptId: 'pmpt_1', variables: { a: 'b' } },
      providerData: { output_modalities: ['text'], custom: 1 },
    });
    expect(wire).toMatchObject({
      audio: { input: { turn_detection: null, noise_reduction: null } },
      tools: [{ type: 'function', name: 'f', parameters: { type: 'object' } }],
      tool_choice: 'required',
      prompt: { id: 'pmpt_1', variables: { a: 'b' } },
      output_modalities: ['text'],
      custom: 1,
    });
    expect(
      toWireSessionConfig({ turnDetection: { type: 'x', snake_key: 1, createResponse: undefined } }),
    ).toMatchObject({ audio: { input: { turn_detection: { type: 'x', snake_key: 1 } } } });
  });

  it('drops MCP tools in the beta dialect', () => {
    const wire = toWireSessionConfig(
      {
        tools: [
          { type: 'mcp', server_label: 'x' },
          { type: 'function', name: 'f' },
        ],
      },
      'beta',
    );
    expect(wire.tools).toEqual([{ type: 'function', name: 'f' }]);
  });
});

describe('withSessionDefaults', () => {
  it('fills the documented defaults', () => {
    expect(toWireSessionConfig(withSessionDefaults({ model: 'gpt-realtime' }))).toEqual({
      type: 'realtime',
      model: 'gpt-realtime',
      output_modalities: ['audio'],
      audio: {
        input: {
          format: { type: 'audio/pcm', rate: 24000 },
          transcription: { model: 'gpt-4o-mini-transcribe' },
          noise_reduction: null,
          turn_detection: { type: 'semantic_vad' },
        },
        output: { format: { type: 'audio/pcm', rate: 24000 }, speed: 1 },
      },
    });
  });

  it('uses a transport’s required format instead of PCM16, but an explicit user format wins', () => {
    const telephony = withSessionDefaults({}, { input: 'g711_ulaw', output: 'g711_ulaw' });
    expect(telephony.audio?.input?.format).toBe('g711_ulaw');
    expect(telephony.audio?.output?.format).toBe('g711_ulaw');
    const explicit = withSessionDefaults({ outputAudioFormat: 'pcm16' }, { output: 'g711_ulaw' });
    expect(explicit.audio?.output?.format).toBe('pcm16');
  });

  it('keeps explicit nulls', () => {
    const config = withSessionDefaults({ audio: { input: { turnDetection: null, transcription: null } } });
    expect(config.audio?.input?.turnDetection).toBeNull();
    expect(config.audio?.input?.transcription).toBeNull();
  });
});
