import { createSocket, type Socket } from 'node:dgram';

const BINDING_REQUEST = 0x0001;
const BINDING_SUCCESS = 0x0101;
const MAGIC_COOKIE = 0x2112a442;
const XOR_MAPPED_ADDRESS = 0x0020;

let server: Promise<{ socket: Socket; port: number }> | undefined;

/**
 * A loopback STUN server answering Binding requests with the sender's address. werift always
 * asks a STUN server for a server-reflexive candidate (public Google STUN when none is set) and
 * holds the SDP answer until that succeeds or times out after 5 s; pointing it here makes
 * gathering finish at once, online or not. One socket per process, unref'd so it never keeps
 * the process alive.
 */
export function localStunServer(): Promise<{ port: number }> {
  server ??= new Promise((resolve, reject) => {
    const socket = createSocket('udp4');
    socket.on('message', (message, remote) => {
      const response = bindingResponse(message, remote.address, remote.port);
      if (response) socket.send(response, remote.port, remote.address);
    });
    socket.once('error', reject);
    socket.bind(0, '127.0.0.1', () => {
      socket.unref();
      resolve({ socket, port: socket.address().port });
    });
  });
  return server.then(({ port }) => ({ port }));
}

/** The Binding success response to `request`, or undefined when it is not an IPv4 Binding request. */
export function bindingResponse(request: Buffer, address: string, port: number): Buffer | undefined {
  if (request.length < 20 || request.readUInt16BE(0) !== BINDING_REQUEST || request.readUInt32BE(4) !== MAGIC_COOKIE) {
    return undefined;
  }
  const octets = address.split('.').map(Number);
  if (octets.length !== 4 || octets.some((octet) => !Number.isInteger(octet))) return undefined;
  const response = Buffer.alloc(20 + 12);
  response.writeUInt16BE(BINDING_SUCCESS, 0);
  response.writeUInt16BE(12, 2);
  response.writeUInt32BE(MAGIC_COOKIE, 4);
  request.copy(response, 8, 8, 20);
  response.writeUInt16BE(XOR_MAPPED_ADDRESS, 20);
  response.writeUInt16BE(8, 22);
  response.writeUInt8(0, 24);
  response.writeUInt8(0x01, 25);
  response.writeUInt16BE(port ^ (MAGIC_COOKIE >>> 16), 26);
  const packed = ((octets[0]! << 24) | (octets[1]! << 16) | (octets[2]! << 8) | octets[3]!) >>> 0;
  response.writeUInt32BE((packed ^ MAGIC_COOKIE) >>> 0, 28);
  return response;
}
