import { randomBytes } from 'node:crypto';
import type { SessionConfig } from '../session/session-config';

/** An ephemeral key issued by `POST /v1/realtime/client_secrets` (or beta `/v1/realtime/sessions`). */
export interface ClientSecret {
  value: string;
  /** Unix seconds after which it can no longer start sessions. */
  expiresAt: number;
  /** Session configuration every session started with it begins with. */
  config: SessionConfig;
  dialect: 'ga' | 'beta';
}

/** Issued ephemeral keys. */
export class ClientSecretStore {
  readonly #secrets = new Map<string, ClientSecret>();

  /** Issues a key valid for `seconds`. */
  issue(config: SessionConfig, seconds: number, dialect: 'ga' | 'beta'): ClientSecret {
    const secret: ClientSecret = {
      value: `ek_${randomBytes(16).toString('hex')}`,
      expiresAt: Math.floor(Date.now() / 1000) + seconds,
      config,
      dialect,
    };
    this.#secrets.set(secret.value, secret);
    return secret;
  }

  /** The secret for a key, when the key is an `ek_` key this server issued that has not expired. */
  lookup(key: string): ClientSecret | undefined {
    const secret = this.#secrets.get(key);
    if (!secret) return undefined;
    if (secret.expiresAt * 1000 <= Date.now()) {
      this.#secrets.delete(key);
      return undefined;
    }
    return secret;
  }
}
