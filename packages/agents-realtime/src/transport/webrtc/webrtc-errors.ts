import { RealtimeConnectionError } from '../../errors/realtime-connection-error';

/**
 * The SDP offer/answer exchange with the calls endpoint failed: the request could not be sent,
 * the server answered with a non-2xx status (its error message is kept), or the reply was not SDP.
 */
export class WebRTCSdpExchangeError extends RealtimeConnectionError {
  /** HTTP status of the reply, when there was one. */
  readonly status: number | undefined;

  constructor(message: string, options: { status?: number; cause?: unknown } = {}) {
    super('connection_failed', message, { cause: options.cause });
    this.status = options.status;
  }
}

/**
 * The peer connection could not be established or was lost: ICE failed, the connection stayed
 * `disconnected` too long, or the `oai-events` data channel did not open in time.
 */
export class WebRTCIceError extends RealtimeConnectionError {
  /** The peer connection's state when the failure was detected (`timeout` when nothing happened in time). */
  readonly connectionState: RTCPeerConnectionState | 'timeout';

  constructor(
    code: 'connection_failed' | 'connection_closed',
    message: string,
    connectionState: RTCPeerConnectionState | 'timeout',
  ) {
    super(code, message);
    this.connectionState = connectionState;
  }
}
