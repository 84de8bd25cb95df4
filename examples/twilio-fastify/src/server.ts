import fastifyFormBody from '@fastify/formbody';
import fastifyWs from '@fastify/websocket';
import { RealtimeSession, type RealtimeAgent } from '@parley/agents/realtime';
import {
  streamTwiml,
  TwilioRealtimeTransportLayer,
  validateTwilioRequest,
  validateTwilioWebSocketRequest,
} from '@parley/agents-extensions';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { agent as defaultAgent } from './agent';
import type { ServerConfig } from './config';
import { mediaStreamUrl, publicOrigin } from './urls';

/** Options of {@link buildServer}: the configuration plus hooks for observing calls. */
export interface ServerOptions extends Omit<ServerConfig, 'port'> {
  agent?: RealtimeAgent;
  /** Called with each call's session before it connects (logging, transcripts). */
  onSession?: (session: RealtimeSession, transport: TwilioRealtimeTransportLayer) => void;
  /** Where the server reports errors. @default console.error */
  logError?: (message: string, error?: unknown) => void;
}

/**
 * The Fastify server of the Twilio guide: `/incoming-call` answers the voice webhook with TwiML
 * that connects the call to `/media-stream`, where each call gets a RealtimeSession bridged to
 * Twilio. With a Twilio auth token configured, both routes refuse requests without a valid
 * `X-Twilio-Signature`, before any model connection is opened.
 */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const agent = options.agent ?? defaultAgent;
  const logError = options.logError ?? ((message, error) => console.error(message, error ?? ''));
  const fastify = Fastify();
  await fastify.register(fastifyFormBody);
  await fastify.register(fastifyWs);

  // A callback-style hook: on failure it answers 403 and the route (or the upgrade) never runs.
  const rejectUnsigned = (request: FastifyRequest, reply: FastifyReply, done: (error?: Error) => void) => {
    if (isSigned(request, options)) return done();
    void reply.code(403).send({ error: 'invalid Twilio signature' });
  };

  fastify.get('/', async () => ({ message: 'Twilio Media Stream Server is running!' }));

  fastify.all('/incoming-call', { preHandler: rejectUnsigned }, async (request, reply) => {
    const url = mediaStreamUrl(publicOrigin(request, options.publicUrl));
    return reply.type('text/xml').send(streamTwiml({ url, say: 'O.K. you can start talking!' }));
  });

  fastify.register(async (scope) => {
    scope.get('/media-stream', { websocket: true, preValidation: rejectUnsigned }, async (connection) => {
      // Create the transport at once so no early Twilio message is missed; connect() follows.
      const transport = new TwilioRealtimeTransportLayer({ twilioWebSocket: connection });
      const session = new RealtimeSession(agent, { transport });
      options.onSession?.(session, transport);
      try {
        await session.connect({ apiKey: options.openaiApiKey, url: options.realtimeUrl });
      } catch (error) {
        logError('Could not connect to the Realtime API', error);
        session.close();
      }
    });
  });

  return fastify;
}

/** Whether the request carries a valid `X-Twilio-Signature` (always true without an auth token). */
function isSigned(request: FastifyRequest, options: ServerOptions): boolean {
  const authToken = options.twilioAuthToken;
  if (!authToken) return true;
  const origin = publicOrigin(request, options.publicUrl);
  if (request.method === 'GET' && request.routeOptions.url === '/media-stream') {
    return validateTwilioWebSocketRequest({
      authToken,
      streamUrl: mediaStreamUrl(origin),
      headers: request.headers,
      requestTarget: request.url,
    });
  }
  const params = request.method === 'POST' ? ((request.body ?? {}) as Record<string, string>) : {};
  return validateTwilioRequest(authToken, request.headers['x-twilio-signature'], origin + request.url, params);
}
