import { createSocket } from 'node:dgram';
import { describe, expect, it } from 'vitest';
import { bindingResponse, localStunServer } from './local-stun';

function bindingRequest(): Buffer {
  const request = Buffer.alloc(20);
  request.writeUInt16BE(0x0001, 0);
  request.writeUInt32BE(0x2112a442, 4);
  request.fill(7, 8, 20);
  return request;
}

describe('local STUN server', () => {
  it('answers a Binding request with the XOR-mapped sender address', async () => {
    const { port } = await localStunServer();
    const client = createSocket('udp4');
    await new Promise<void>((resolve) => client.bind(0, '127.0.0.1', resolve));
    const reply = new Promise<Buffer>((resolve) => client.once('message', resolve));
    client.send(bindingRequest(), port, '127.0.0.1');
    const response = await reply;
    const clientPort = client.address().port;
    client.close();
    expect(response.readUInt16BE(0)).toBe(0x0101);
    expect(response.subarray(8, 20)).toEqual(bindingRequest().subarray(8, 20));
    expect(response.readUInt16BE(26) ^ 0x2112).toBe(clientPort);
    expect((response.readUInt32BE(28) ^ 0x2112a442) >>> 0).toBe(0x7f000001);
  });

  it('ignores datagrams that are not Binding requests', () => {
    expect(bindingResponse(Buffer.from('hello'), '127.0.0.1', 1)).toBeUndefined();
    const wrongCookie = bindingRequest();
    wrongCookie.writeUInt32BE(1, 4);
    expect(bindingResponse(wrongCookie, '127.0.0.1', 1)).toBeUndefined();
    expect(bindingResponse(bindingRequest(), '::1', 1)).toBeUndefined();
  });
});
