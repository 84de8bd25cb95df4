import type { FastifyRequest } from 'fastify';

/** The public origin Twilio used: the configured one (behind proxies and tunnels), else the Host header. */
export function publicOrigin(request: FastifyRequest, publicUrl: string | undefined): string {
  return (publicUrl ?? `https://${request.headers.host ?? 'localhost'}`).replace(/\/+$/, '');
}

/** The `wss://` media-stream URL for that origin; Twilio requires `wss`. */
export function mediaStreamUrl(origin: string): string {
  return `${origin.replace(/^http/, 'ws')}/media-stream`;
}
