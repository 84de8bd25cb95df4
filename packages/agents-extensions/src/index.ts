// Twilio
export { streamTwiml, type StreamTwimlOptions } from './twilio/twiml';
