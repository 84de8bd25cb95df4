// The modem voice: text ⇄ audio for deterministic end-to-end tests.
export { encodeModem } from './encode';
export { ModemDecoder, decodeModem } from './decoder';
export { SYMBOL_MS, modemDurationMs } from './timing';
