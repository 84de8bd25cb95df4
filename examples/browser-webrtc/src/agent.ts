import { RealtimeAgent, tool } from '@parley/agents/realtime';

/** A tool that just answers: the weather of a city (deterministic, for the demo). */
const getWeather = tool({
  name: 'get_weather',
  description: 'The weather in a city.',
  parameters: {
    type: 'object',
    properties: { city: { type: 'string' } },
    required: ['city'],
    additionalProperties: false,
  },
  execute: ({ city }: { city: string }) => `sunny in ${city}`,
});

/** A tool with side effects, so it asks the user first. */
const bookTable = tool({
  name: 'book_table',
  description: 'Books a restaurant table.',
  parameters: {
    type: 'object',
    properties: { time: { type: 'string' } },
    required: ['time'],
    additionalProperties: false,
  },
  needsApproval: true,
  execute: ({ time }: { time: string }) => `booked for ${time}`,
});

/** The demo agent. */
export const agent = new RealtimeAgent({
  name: 'Concierge',
  instructions: 'Your name is Concierge. Help with the weather and restaurant bookings.',
  tools: [getWeather, bookTable],
});
