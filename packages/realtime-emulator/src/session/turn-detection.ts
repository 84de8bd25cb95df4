import { invalidValue, unknownParameter } from '../protocol/errors';
import { type TurnDetectionConfig, defaultTurnDetection } from './session-config';

const KNOWN = new Set([
  'type',
  'threshold',
  'prefix_padding_ms',
  'silence_duration_ms',
  'idle_timeout_ms',
  'eagerness',
  'create_response',
  'interrupt_response',
  // Sent by newer clients for semantic_vad; accepted and ignored.
  'model_version',
]);

/** Reads a `turn_detection` value (object or null); omitted fields take the service defaults. */
export function parseTurnDetection(value: unknown, param: string): TurnDetectionConfig | null {
  if (value === null) return null;
  if (typeof value !== 'object') throw invalidValue(param, value);
  const input = value as Record<string, unknown>;
  for (const key of Object.keys(input)) if (!KNOWN.has(key)) throw unknownParameter(`${param}.${key}`);
  const type = input.type ?? 'server_vad';
  if (type !== 'server_vad' && type !== 'semantic_vad') {
    throw invalidValue(`${param}.type`, type, ['server_vad', 'semantic_vad']);
  }
  const result: TurnDetectionConfig = { ...defaultTurnDetection(type) };
  if (input.threshold !== undefined) {
    if (typeof input.threshold !== 'number' || input.threshold < 0 || input.threshold > 1) {
      throw invalidValue(`${param}.threshold`, input.threshold);
    }
    result.threshold = input.threshold;
  }
  for (const key of ['prefix_padding_ms', 'silence_duration_ms'] as const) {
    const field = input[key];
    if (field === undefined) continue;
    if (typeof field !== 'number' || field < 0) throw invalidValue(`${param}.${key}`, field);
    result[key] = field;
  }
  if (input.idle_timeout_ms !== undefined) {
    if (input.idle_timeout_ms !== null && typeof input.idle_timeout_ms !== 'number') {
      throw invalidValue(`${param}.idle_timeout_ms`, input.idle_timeout_ms);
    }
    result.idle_timeout_ms = input.idle_timeout_ms;
  }
  if (input.eagerness !== undefined) {
    const allowed = ['low', 'medium', 'high', 'auto'] as const;
    if (!allowed.includes(input.eagerness as 'low')) throw invalidValue(`${param}.eagerness`, input.eagerness, allowed);
    result.eagerness = input.eagerness as TurnDetectionConfig['eagerness'];
  }
  for (const key of ['create_response', 'interrupt_response'] as const) {
    const field = input[key];
    if (field === undefined) continue;
    if (typeof field !== 'boolean') throw invalidValue(`${param}.${key}`, field);
    result[key] = field;
  }
  return result;
}

/** Effective detector settings: semantic_vad maps eagerness onto a silence duration. */
export function detectorSettings(config: TurnDetectionConfig): {
  threshold: number;
  prefixPaddingMs: number;
  silenceDurationMs: number;
} {
  if (config.type === 'semantic_vad') {
    const silence = { low: 1200, medium: 700, auto: 700, high: 350 }[config.eagerness ?? 'auto'];
    return { threshold: 0.5, prefixPaddingMs: 300, silenceDurationMs: silence };
  }
  return {
    threshold: config.threshold ?? 0.5,
    prefixPaddingMs: config.prefix_padding_ms ?? 300,
    silenceDurationMs: config.silence_duration_ms ?? 500,
  };
}
