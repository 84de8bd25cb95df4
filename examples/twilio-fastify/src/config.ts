/** Settings of the example server, from the environment. */
export interface ServerConfig {
  /** Port to listen on. @default 5050 */
  port: number;
  /** Key for the Realtime API (any value for the emulator). */
  openaiApiKey: string;
  /** Realtime WebSocket URL; set it to a local emulator. @default the OpenAI endpoint */
  realtimeUrl?: string;
  /** Public origin Twilio uses to reach this server, e.g. `https://voice.example.com`. */
  publicUrl?: string;
  /** Twilio auth token; when set, every webhook and media socket must carry a valid signature. */
  twilioAuthToken?: string;
}

/** Reads {@link ServerConfig} from `process.env`. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  return {
    port: Number(env.PORT || 5050),
    openaiApiKey: env.OPENAI_API_KEY ?? '',
    realtimeUrl: env.OPENAI_REALTIME_URL || undefined,
    publicUrl: env.PUBLIC_URL || undefined,
    twilioAuthToken: env.TWILIO_AUTH_TOKEN || undefined,
  };
}
