import { describe, expect, it } from 'vitest';
import { streamTwiml } from './twiml';

describe('streamTwiml', () => {
  it('connects the call to the stream and escapes every value', () => {
    const xml = streamTwiml({ url: 'wss://host/media?a=1&b=2', say: 'Hi <there>', parameters: { caller: 'O"Brien' } });
    expect(xml).toContain('<Stream url="wss://host/media?a=1&amp;b=2">');
    expect(xml).toContain('<Say>Hi &lt;there&gt;</Say>');
    expect(xml).toContain('<Parameter name="caller" value="O&quot;Brien"/>');
    expect(xml.startsWith('<?xml')).toBe(true);
  });
});
