import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Brain } from '../brain/types';
import type { FaultOptions } from '../faults/faults';
import type { Pacing } from '../session/pacing';
import type { SpeechVoice } from '../session/realtime-session';
import type { Emulator } from './emulator';

/**
 * An HTTP handler mounted on the emulator's server, tried before the built-in routes. Return true
 * when it handled the request. The WebRTC entry point mounts `POST /v1/realtime/calls` this way.
 */
export type EmulatorExtension = (
  request: IncomingMessage,
  response: ServerResponse,
  emulator: Emulator,
) => Promise<boolean> | boolean;

/** Options of {@link startEmulator}. */
export interface EmulatorOptions {
  /** @default 0 (any free port) */
  port?: number;
  /** @default '127.0.0.1' */
  host?: string;
  /** The model. @default defaultBrain */
  brain?: Brain;
  /** Output audio pacing. @default 'fast' */
  pacing?: Pacing;
  /** How audio answers sound. `espeak` needs espeak-ng installed and falls back to the modem voice. @default 'modem' */
  speech?: SpeechVoice;
  /** Faults to inject into new connections. */
  faults?: FaultOptions;
  /** Which bearer keys are accepted (ephemeral `ek_` keys are checked by the emulator itself). @default any non-empty key */
  apiKeys?: (key: string) => boolean;
  /** Print the conversation of every connection in a readable form. @default false */
  log?: boolean | ((line: string) => void);
  /** HTTP handlers tried before the built-in routes. */
  extensions?: EmulatorExtension[];
  /** Maximum session length. @default 3_600_000 (60 minutes) */
  maxSessionDurationMs?: number;
  /** Client frames larger than this get an error event. @default 22_020_096 (21 MiB) */
  maxEventBytes?: number;
  /** Where the SIP flow posts `realtime.call.incoming` webhooks, and the secret it signs them with. */
  webhook?: { url: string; secret: string };
}
