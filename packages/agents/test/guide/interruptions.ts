// Guide sample (interruptions: the event, then a manual interrupt); only the import path differs.
import { session } from './agent';

session.on('audio_interrupted', () => {
  // handle local playback interruption
});

export function stopButton() {
  session.interrupt();
  // this will still trigger the `audio_interrupted` event for you
  // to cut off the audio playback when using WebSockets
}
