import { RealtimeAgent, tool } from '@parley/agents/realtime';
import { z } from 'zod';

/** A weather lookup the agent can call; canned answers keep the example offline. */
export const getWeather = tool({
  name: 'get_weather',
  description: 'Returns the current weather in a city.',
  parameters: z.object({ city: z.string() }),
  execute: async ({ city }) => `sunny and 21 degrees in ${city}, with a light breeze from the west`,
});

/** The phone agent of the example. */
export const agent = new RealtimeAgent({
  name: 'Triage Agent',
  instructions: 'You are a helpful assistant on the phone. Keep answers short; use get_weather for weather questions.',
  tools: [getWeather],
});
