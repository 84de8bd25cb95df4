/** Ids and parameters of one simulated call. */
export interface CallIdentity {
  streamSid: string;
  accountSid: string;
  callSid: string;
  customParameters: Record<string, string>;
}

/** Builds the messages Twilio sends, numbering them as Twilio does. */
export class CallerMessages {
  #sequence = 0;
  #chunk = 0;
  readonly #identity: CallIdentity;

  constructor(identity: CallIdentity) {
    this.#identity = identity;
  }

  connected(): object {
    return { event: 'connected', protocol: 'Call', version: '1.0.0' };
  }

  start(): object {
    const { streamSid, accountSid, callSid, customParameters } = this.#identity;
    return {
      event: 'start',
      sequenceNumber: this.#next(),
      streamSid,
      start: {
        streamSid,
        accountSid,
        callSid,
        tracks: ['inbound'],
        customParameters,
        mediaFormat: { encoding: 'audio/x-mulaw', sampleRate: 8000, channels: 1 },
      },
    };
  }

  media(payload: Uint8Array, timestampMs: number): object {
    this.#chunk += 1;
    return {
      event: 'media',
      sequenceNumber: this.#next(),
      streamSid: this.#identity.streamSid,
      media: {
        track: 'inbound',
        chunk: String(this.#chunk),
        timestamp: String(Math.round(timestampMs)),
        payload: Buffer.from(payload).toString('base64'),
      },
    };
  }

  dtmf(digit: string): object {
    const { streamSid } = this.#identity;
    return { event: 'dtmf', sequenceNumber: this.#next(), streamSid, dtmf: { track: 'inbound_track', digit } };
  }

  mark(name: string): object {
    return { event: 'mark', sequenceNumber: this.#next(), streamSid: this.#identity.streamSid, mark: { name } };
  }

  stop(): object {
    const { streamSid, accountSid, callSid } = this.#identity;
    return { event: 'stop', sequenceNumber: this.#next(), streamSid, stop: { accountSid, callSid } };
  }

  #next(): string {
    this.#sequence += 1;
    return String(this.#sequence);
  }
}
