// The modem voice: text ⇄ audio for deterministic end-to-end tests.
export {};
