// A bare receiver, for judging the emulator: a node:http server in its own process that
// hashes (SHA-256) every byte of a request body, as the emulator hashes every file it
// receives, and answers 201 with `{}`. It parses nothing and keeps nothing, so curl
// against it gives the fastest an upload to any hashing receiver can be on this machine.
import { startServerProcess } from './process.js';

const SERVER = `
const { createServer } = require('node:http');
const { createHash } = require('node:crypto');
const server = createServer((req, res) => {
  const hash = createHash('sha256');
  req.on('data', (chunk) => hash.update(chunk));
  req.on('end', () => {
    hash.digest('hex');
    res.writeHead(201, { 'content-type': 'application/json', 'content-length': '2' });
    res.end('{}');
  });
});
server.listen(0, '127.0.0.1', () => console.log('http://127.0.0.1:' + server.address().port));
`;

export async function startHashingSink(): Promise<{ url: string; stop: () => Promise<void> }> {
  const { url, stop } = await startServerProcess(['-e', SERVER], { name: 'the hashing sink' });
  return { url, stop };
}
