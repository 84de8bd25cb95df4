import { UserError } from '@parley/agents-core';
import type { RealtimeSessionOptions } from './session-options';

/** Plain checks on session options, naming the bad parameter. */
export function validateSessionOptions(options: RealtimeSessionOptions<any>): void {
  const { transport, outputGuardrails, outputGuardrailSettings } = options;
  if (transport !== undefined && typeof transport !== 'object' && transport !== 'webrtc' && transport !== 'websocket') {
    throw new UserError(`transport must be 'webrtc', 'websocket' or a transport instance, got ${String(transport)}`);
  }
  if (
    transport !== undefined &&
    typeof transport === 'object' &&
    (transport === null || typeof transport.connect !== 'function')
  ) {
    throw new UserError('transport must implement RealtimeTransportLayer (connect, sendEvent, on, ...)');
  }
  const debounce = outputGuardrailSettings?.debounceTextLength;
  if (debounce !== undefined && !(debounce === -1 || (Number.isInteger(debounce) && debounce > 0))) {
    throw new UserError(`outputGuardrailSettings.debounceTextLength must be -1 or a positive integer, got ${debounce}`);
  }
  if (outputGuardrails !== undefined) {
    if (!Array.isArray(outputGuardrails)) throw new UserError('outputGuardrails must be an array');
    outputGuardrails.forEach((guardrail, index) => {
      if (typeof guardrail?.execute !== 'function' || typeof guardrail?.name !== 'string') {
        throw new UserError(`outputGuardrails[${index}] needs a name and an execute function`);
      }
    });
  }
}
