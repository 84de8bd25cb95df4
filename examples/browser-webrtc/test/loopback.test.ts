import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RealtimePeer } from '@parley/realtime-emulator/webrtc';
import { launchChromium } from './chromium';
import { tone, writeWav } from './wav';

// The plumbing under the browser path: Chromium's RTCPeerConnection ⇄ the emulator's werift peer
// over loopback, with Opus both ways and the oai-events channel.

const page = `<!doctype html><script>
window.call = async () => {
  const connection = new RTCPeerConnection();
  const audio = document.createElement('audio');
  audio.autoplay = true;
  connection.ontrack = (event) => { audio.srcObject = event.streams[0] ?? new MediaStream([event.track]); };
  const channel = connection.createDataChannel('oai-events');
  const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
  connection.addTrack(stream.getAudioTracks()[0], stream);
  const messages = [];
  channel.onmessage = (event) => messages.push(JSON.parse(event.data));
  const opened = new Promise((resolve) => (channel.onopen = resolve));
  const offer = await connection.createOffer();
  await connection.setLocalDescription(offer);
  const response = await fetch('/offer', { method: 'POST', body: offer.sdp });
  await connection.setRemoteDescription({ type: 'answer', sdp: await response.text() });
  await opened;
  channel.send(JSON.stringify({ type: 'ping' }));
  const inboundEnergy = async () => {
    const stats = await connection.getStats();
    let energy = 0;
    stats.forEach((report) => { if (report.type === 'inbound-rtp') { window.lastInbound = report; energy = report.totalAudioEnergy ?? 0; } });
    return energy;
  };
  for (let attempt = 0; attempt < 200; attempt++) {
    if (messages.some((message) => message.type === 'audio-sent') && (await inboundEnergy()) > 0) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const result = { messages, energy: await inboundEnergy(), inbound: window.lastInbound };
  connection.close();
  return result;
};
</script>`;

describe('Chromium ⇄ werift over loopback', () => {
  let browser: Browser;
  let server: Server;
  let origin: string;
  const peers: RealtimePeer[] = [];
  let micEnergy = 0;

  beforeAll(async () => {
    const directory = mkdtempSync(join(tmpdir(), 'parley-webrtc-'));
    const wav = join(directory, 'tone.wav');
    writeWav(wav, tone(440, 1, 48_000), 48_000);
    server = createServer((request, response) => {
      if (request.method === 'GET') {
        response.writeHead(200, { 'content-type': 'text/html' }).end(page);
        return;
      }
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const offer = Buffer.concat(chunks).toString('utf8');
        const handlers = {
          message: (text: string) => {
            const event = JSON.parse(text) as { type: string };
            if (event.type !== 'ping') return;
            peer.send({ type: 'pong' });
            peer.writeAudio('tone', tone(440, 0.5, 24_000));
            peer.endAudio('tone');
          },
          audio: (pcm: Int16Array) => {
            for (const sample of pcm) micEnergy = Math.max(micEnergy, Math.abs(sample));
          },
          outputStopped: () => peer.send({ type: 'audio-sent' }),
        };
        let peer: RealtimePeer;
        RealtimePeer.answer(offer, handlers).then(
          (answered) => {
            peer = answered;
            peers.push(peer);
            response.writeHead(201, { 'content-type': 'application/sdp' }).end(peer.answerSdp);
          },
          (error: unknown) => response.writeHead(400).end(String(error)),
        );
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium(wav);
  });

  afterAll(async () => {
    await browser?.close();
    await Promise.all(peers.map((peer) => peer.close()));
    await new Promise((resolve) => server?.close(resolve));
  });

  it('carries events on oai-events and Opus audio both ways', async () => {
    const tab = await browser.newPage();
    await tab.goto(origin);
    const result = await tab.evaluate(() => (window as unknown as { call: () => Promise<unknown> }).call());
    const { messages, energy } = result as { messages: { type: string }[]; energy: number };
    expect(messages.map((message) => message.type)).toEqual(['pong', 'audio-sent']);
    expect(energy).toBeGreaterThan(0);
    expect(micEnergy).toBeGreaterThan(2000);
  });

  it('rejects an offer that is not SDP', async () => {
    await expect(RealtimePeer.answer('not sdp', {})).rejects.toThrow(/SDP offer/);
  });
});
