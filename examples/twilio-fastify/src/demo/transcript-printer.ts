type Speaker = 'caller' | 'agent' | 'tool' | 'twilio' | 'system';

const LABELS: Record<Speaker, string> = {
  caller: 'caller',
  agent: 'agent ',
  tool: 'tool  ',
  twilio: 'twilio',
  system: '      ',
};

/**
 * Prints the live transcript of the demo call: one line per event, prefixed with the call time.
 * Colours only when writing to a terminal.
 */
export class TranscriptPrinter {
  readonly #write: (line: string) => void;
  readonly #colour: boolean;

  constructor(write: (line: string) => void = (line) => console.log(line), colour = Boolean(process.stdout.isTTY)) {
    this.#write = write;
    this.#colour = colour;
  }

  line(speaker: Speaker, atMs: number, text: string): void {
    const time = `[${(atMs / 1000).toFixed(2).padStart(6)}s]`;
    this.#write(`${this.#dim(time)} ${this.#tint(speaker, LABELS[speaker])}  ${text}`);
  }

  #dim(text: string): string {
    return this.#colour ? `\u001b[2m${text}\u001b[0m` : text;
  }

  #tint(speaker: Speaker, text: string): string {
    if (!this.#colour) return text;
    const code = { caller: 36, agent: 32, tool: 33, twilio: 35, system: 90 }[speaker];
    return `\u001b[${code}m${text}\u001b[0m`;
  }
}
