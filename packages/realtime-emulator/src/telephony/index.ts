// Telephony simulators (Twilio Media Streams caller side).
export {};
