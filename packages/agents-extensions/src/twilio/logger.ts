import createDebug from 'debug';

/** Debug logger of the Twilio bridge; enable with `DEBUG=parley:extensions:twilio*`. */
export const logger = createDebug('parley:extensions:twilio');

/** Logger of the playback tracker (marks, clears, truncation points). */
export const playbackLogger = createDebug('parley:extensions:twilio:playback');
