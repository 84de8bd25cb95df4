// WebRTC for the emulator: the calls endpoint, Opus tracks and the oai-events data channel.
export {};
