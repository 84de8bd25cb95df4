import { bytesFromSamples } from '../audio/pcm';
import type { BrainItem, BrainReply } from '../brain/types';
import { type AudioFormatName, gaFormat, sampleRateOf } from '../protocol/audio-format';
import { createId } from '../protocol/ids';
import { encodeModem } from '../modem/encode';
import { espeakSpeech } from '../voice/espeak';
import type { TranscriptEntry } from './event-log';
import type { ConversationItem } from './items';
import { pace } from './pacing';
import type { ResponseRequest } from './response-request';
import type { RealtimeSession } from './realtime-session';
import { audioTokens, realtimeUsage, textTokens } from './usage';

/** Why a response stopped early. */
export type CancelReason = 'turn_detected' | 'client_cancelled';

/** Largest audio delta: 200 ms, a size the hosted service also sends. */
const MAX_DELTA_MS = 200;

/** One response being generated: produces the whole event sequence of section 8 (b)/(e). */
export class ResponseRun {
  readonly id = createId('resp');
  readonly request: ResponseRequest;
  status: 'in_progress' | 'completed' | 'cancelled' | 'incomplete' | 'failed' = 'in_progress';
  #cancelReason: CancelReason | undefined;
  readonly #session: RealtimeSession;
  readonly #context: BrainItem[];
  readonly #inputTokens: { text: number; audio: number };
  readonly #output: ConversationItem[] = [];
  readonly #outputTokens = { text: 0, audio: 0 };
  #incompleteReason: string | undefined;
  #failure: { type: string; code: string; message: string } | undefined;
  /** Milliseconds of audio sent so far, for WebRTC/SIP playback bookkeeping. */
  audioMs = 0;

  constructor(
    session: RealtimeSession,
    request: ResponseRequest,
    context: BrainItem[],
    inputTokens: { text: number; audio: number },
  ) {
    this.#session = session;
    this.request = request;
    this.#context = context;
    this.#inputTokens = inputTokens;
  }

  /** True when this response writes to the default conversation. */
  get inConversation(): boolean {
    return this.request.conversation === 'auto';
  }

  /** Asks the run to stop at its next step; it closes open items and sends `response.done`. */
  cancel(reason: CancelReason): void {
    if (this.status === 'in_progress' && !this.#cancelReason) this.#cancelReason = reason;
  }

  get #cancelled(): boolean {
    return this.#cancelReason !== undefined;
  }

  /** The response object as `response.created` / `response.done` carry it. */
  responseObject(final: boolean): Record<string, unknown> {
    const details =
      this.status === 'cancelled'
        ? { type: 'cancelled', reason: this.#cancelReason }
        : this.status === 'incomplete'
          ? { type: 'incomplete', reason: this.#incompleteReason }
          : this.status === 'failed'
            ? { type: 'failed', error: this.#failure }
            : null;
    const common = {
      object: 'realtime.response',
      id: this.id,
      status: this.status,
      status_details: details,
      output: final ? this.#output.map((item) => this.#session.wireItem(item)) : [],
      conversation_id: this.inConversation ? this.#session.conversationId : null,
      metadata: this.request.metadata,
      usage: final ? realtimeUsage(this.#inputTokens, this.#outputTokens) : null,
    };
    if (this.#session.dialect === 'beta') {
      return {
        ...common,
        modalities: this.request.modalities.includes('audio') ? ['text', 'audio'] : ['text'],
        voice: this.request.voice,
        output_audio_format: this.request.outputFormat,
        temperature: this.#session.config.temperature,
        max_output_tokens: this.request.maxOutputTokens,
      };
    }
    return {
      ...common,
      output_modalities: this.request.modalities,
      max_output_tokens: this.request.maxOutputTokens,
      audio: { output: { format: gaFormat(this.request.outputFormat), voice: this.request.voice } },
    };
  }

  /** Generates and sends the response; resolves after `response.done`. */
  async run(): Promise<void> {
    const session = this.#session;
    session.emit('response.created', { response: this.responseObject(false) });
    try {
      const reply = await this.#think();
      let text = reply.text ?? '';
      if (this.request.maxOutputTokens !== 'inf' && textTokens(text) > this.request.maxOutputTokens) {
        text = text.slice(0, this.request.maxOutputTokens * 4);
        this.#incompleteReason = 'max_output_tokens';
      }
      if (text && !this.#cancelled) await this.#message(text);
      for (const call of reply.toolCalls ?? []) {
        if (this.#cancelled) break;
        await this.#functionCall(call.name, call.arguments);
      }
      if (this.#cancelled) this.status = 'cancelled';
      else this.status = this.#incompleteReason ? 'incomplete' : 'completed';
    } catch (error) {
      this.status = 'failed';
      this.#failure = {
        type: 'server_error',
        code: 'brain_error',
        message: error instanceof Error ? error.message : String(error),
      };
    }
    session.emit('response.done', { response: this.responseObject(true) });
    session.responseFinished(this);
  }

  async #think(): Promise<BrainReply> {
    const view = {
      instructions: this.request.instructions,
      tools: this.request.tools
        .filter((tool) => tool.type === 'function' && tool.name)
        .map((tool) => tool.name as string),
      toolChoice: this.request.toolChoice,
      modalities: this.request.modalities,
      api: 'realtime' as const,
    };
    const reply = await this.#session.brain(this.#context, view);
    return typeof reply === 'string' ? { text: reply } : reply;
  }

  #addItem(item: ConversationItem): { outputIndex: number; previous: string | null } {
    const session = this.#session;
    const outputIndex = this.#output.length;
    this.#output.push(item);
    session.emit('response.output_item.added', {
      response_id: this.id,
      output_index: outputIndex,
      item: session.wireItem(item),
    });
    let previous: string | null = null;
    if (this.inConversation) {
      previous = session.conversation.insert(item);
      session.emit('conversation.item.added', { previous_item_id: previous, item: session.wireItem(item) });
    }
    return { outputIndex, previous };
  }

  #finishItem(item: ConversationItem, outputIndex: number, previous: string | null): void {
    const session = this.#session;
    session.emit('response.output_item.done', {
      response_id: this.id,
      output_index: outputIndex,
      item: session.wireItem(item),
    });
    if (this.inConversation && session.dialect === 'ga') {
      session.emit('conversation.item.done', { previous_item_id: previous, item: session.wireItem(item) });
    }
  }

  async #message(text: string): Promise<void> {
    const session = this.#session;
    const audio = this.request.modalities.includes('audio');
    const item: ConversationItem = {
      id: createId('item'),
      object: 'realtime.item',
      type: 'message',
      status: 'in_progress',
      role: 'assistant',
      content: [],
    };
    const { outputIndex, previous } = this.#addItem(item);
    // Listed from the start, so a truncation that arrives mid-response finds the entry.
    const entry: TranscriptEntry = { itemId: item.id, role: 'assistant', kind: 'message', text: '' };
    session.record(entry);
    const ids = { response_id: this.id, item_id: item.id, output_index: outputIndex, content_index: 0 };
    session.emit('response.content_part.added', {
      ...ids,
      part: audio ? { type: 'audio', transcript: '' } : { type: 'text', text: '' },
    });
    let sent = '';
    if (audio) {
      item.content = [{ type: 'output_audio', transcript: '' }];
      session.outputAudioStarted(this);
      sent = await this.#speak(text, ids, item);
      session.emit('response.output_audio.done', ids);
      session.emit('response.output_audio_transcript.done', { ...ids, transcript: sent });
      session.emit('response.content_part.done', { ...ids, part: { type: 'audio', transcript: sent } });
    } else {
      item.content = [{ type: 'output_text', text: '' }];
      for (const word of words(text)) {
        if (this.#cancelled) break;
        sent += word;
        (item.content[0] as { text: string }).text = sent;
        session.emit('response.output_text.delta', { ...ids, delta: word });
        await pace('fast', 0);
      }
      session.emit('response.output_text.done', { ...ids, text: sent });
      session.emit('response.content_part.done', { ...ids, part: { type: 'text', text: sent } });
    }
    this.#outputTokens.text += textTokens(sent);
    item.status = this.#cancelled || sent.length < text.length ? 'incomplete' : 'completed';
    entry.text = sent;
    this.#finishItem(item, outputIndex, previous);
  }

  /** Sends transcript and audio deltas word by word; returns the transcript actually sent. */
  async #speak(text: string, ids: Record<string, unknown>, item: ConversationItem): Promise<string> {
    const session = this.#session;
    const format: AudioFormatName = this.request.outputFormat;
    const rate = sampleRateOf(format);
    const spoken = session.speech === 'espeak' ? await espeakSpeech(text, rate) : undefined;
    const samples = spoken ?? encodeModem(text, rate);
    const perCharacter = samples.length / Math.max(1, [...text].length);
    let sent = '';
    let position = 0;
    for (const word of words(text)) {
      if (this.#cancelled) break;
      sent += word;
      const part = item.content?.[0];
      if (part && !session.conversation.truncated.has(item.id)) part.transcript = sent;
      session.emit('response.output_audio_transcript.delta', { ...ids, delta: word });
      const end = Math.round([...sent].length * perCharacter);
      while (position < end && !this.#cancelled) {
        const chunkEnd = Math.min(end, position + Math.round((MAX_DELTA_MS * rate) / 1000));
        const chunk = samples.subarray(position, chunkEnd);
        position = chunkEnd;
        const bytes = bytesFromSamples(chunk, format);
        if (this.inConversation) session.conversation.appendAudio(item.id, bytes, format);
        const durationMs = (chunk.length * 1000) / rate;
        this.audioMs += durationMs;
        this.#outputTokens.audio = audioTokens(this.audioMs);
        session.sendAudio(ids, bytes, chunk, rate);
        await pace(session.pacing, durationMs);
      }
    }
    return sent;
  }

  async #functionCall(name: string, args: string): Promise<void> {
    const session = this.#session;
    const item: ConversationItem = {
      id: createId('item'),
      object: 'realtime.item',
      type: 'function_call',
      status: 'in_progress',
      name,
      call_id: createId('call', 16),
      arguments: '',
    };
    const { outputIndex, previous } = this.#addItem(item);
    const ids = { response_id: this.id, item_id: item.id, output_index: outputIndex, call_id: item.call_id };
    for (let offset = 0; offset < args.length && !this.#cancelled; offset += 16) {
      const delta = args.slice(offset, offset + 16);
      item.arguments += delta;
      session.emit('response.function_call_arguments.delta', { ...ids, delta });
      await pace('fast', 0);
    }
    if (!this.#cancelled)
      session.emit('response.function_call_arguments.done', { ...ids, name, arguments: item.arguments });
    item.status = this.#cancelled ? 'incomplete' : 'completed';
    this.#outputTokens.text += textTokens(args);
    this.#finishItem(item, outputIndex, previous);
    session.record({
      itemId: item.id,
      role: 'assistant',
      kind: 'function_call',
      text: `${name}(${item.arguments ?? ''})`,
    });
  }
}

/** Splits text into words, each keeping the whitespace before it, so the pieces join back exactly. */
function words(text: string): string[] {
  return text.match(/\s*\S+|\s+$/g) ?? (text ? [text] : []);
}
