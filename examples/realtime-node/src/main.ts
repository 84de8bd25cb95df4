// A Node voice agent over WebSocket, run offline against an embedded emulator:
// a tool, a handoff, an approval, a guardrail and a delegation to a back-end agent.
import { runConversation } from './conversation';

try {
  await runConversation();
  process.exit(0);
} catch (error) {
  console.error(error);
  process.exit(1);
}
