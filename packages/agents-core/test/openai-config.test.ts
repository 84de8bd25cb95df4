import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  Agent,
  OpenAIClient,
  OpenAIProvider,
  UserError,
  getDefaultModelProvider,
  run,
  setDefaultModelProvider,
  setDefaultOpenAIClient,
  setDefaultOpenAIKey,
  setOpenAIAPI,
} from '@parley/agents-core';
import { FakeModel, FakeModelProvider, fakeMessage } from '@parley/agents-core/testing';
import { resetOpenAIDefaults } from '../src/models/openai/openai-config';
import { startScriptedServer } from './helpers/scripted-http-server';

let server: Awaited<ReturnType<typeof startScriptedServer>> | undefined;
afterEach(async () => {
  vi.unstubAllEnvs();
  resetOpenAIDefaults();
  setDefaultModelProvider(new OpenAIProvider());
  await server?.close();
  server = undefined;
});

const reply = {
  json: {
    id: 'resp_e',
    output: [
      { type: 'message', role: 'assistant', status: 'completed', content: [{ type: 'output_text', text: 'env ok' }] },
    ],
    usage: { input_tokens: 1, output_tokens: 1, total_tokens: 2 },
  },
};

describe('OpenAI settings', () => {
  it('reads OPENAI_API_KEY and OPENAI_BASE_URL from the environment', async () => {
    server = await startScriptedServer([reply]);
    vi.stubEnv('OPENAI_API_KEY', 'sk-env');
    vi.stubEnv('OPENAI_BASE_URL', `${server.baseURL}/`);
    const result = await run(new Agent({ name: 'A', model: 'gpt-4.1-mini' }), 'hi');
    expect(result.finalOutput).toBe('env ok');
    expect(server.requests[0]).toMatchObject({ path: '/v1/responses', authorization: 'Bearer sk-env' });
    expect(server.requests[0]?.body.model).toBe('gpt-4.1-mini');
  });

  it('setDefaultOpenAIKey wins over nothing, setDefaultOpenAIClient over the environment, setOpenAIAPI picks the API', async () => {
    server = await startScriptedServer([
      reply,
      { json: { id: 'c', choices: [{ message: { role: 'assistant', content: 'chat ok' } }], usage: null } },
    ]);
    vi.stubEnv('OPENAI_API_KEY', '');
    vi.stubEnv('OPENAI_BASE_URL', server.baseURL);
    setDefaultOpenAIKey('sk-default');
    await run(new Agent({ name: 'A' }), 'hi');
    expect(server.requests[0]?.authorization).toBe('Bearer sk-default');

    const seenUrls: string[] = [];
    setDefaultOpenAIClient(
      new OpenAIClient({
        apiKey: 'sk-client',
        baseURL: server.baseURL,
        fetch: (url, init) => {
          seenUrls.push(url);
          return fetch(url, init);
        },
      }),
    );
    setOpenAIAPI('chat_completions');
    const result = await run(new Agent({ name: 'A' }), 'hi');
    expect(result.finalOutput).toBe('chat ok');
    expect(seenUrls).toEqual([`${server.baseURL}/chat/completions`]);
    expect(server.requests[1]?.authorization).toBe('Bearer sk-client');
  });

  it('fails with a UserError naming the fix when there is no key', async () => {
    vi.stubEnv('OPENAI_API_KEY', '');
    const error = await run(new Agent({ name: 'A' }), 'hi').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(/OPENAI_API_KEY/);
  });

  it('setDefaultModelProvider replaces the OpenAI provider', async () => {
    const provider = new FakeModelProvider(new FakeModel([[fakeMessage('from fake')]]));
    setDefaultModelProvider(provider);
    expect(getDefaultModelProvider()).toBe(provider);
    expect((await run(new Agent({ name: 'A', model: 'any-name' }), 'hi')).finalOutput).toBe('from fake');
    expect(provider.requestedNames).toEqual(['any-name']);
  });
});
