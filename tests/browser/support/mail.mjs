// A real local SMTP sink for browser journeys: Debian's aiosmtpd writing each message into a
// maildir, read back by the test (an invitation's link, for example).
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

import { findFreePort } from './server.mjs';

const sleep = (milliseconds) => new Promise((resolve) => setTimeout(resolve, milliseconds));

async function accepting(port) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => { socket.end(); resolve(true); });
    socket.on('error', () => resolve(false));
  });
}

// Resolves with { port, messages(), waitFor(predicate), stop() }.
export async function startMailSink() {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'casereview-mail-'));
  const port = await findFreePort();
  // Debian's python3, which has aiosmtpd (another python3 earlier on PATH may not).
  const sink = spawn('/usr/bin/python3', ['-m', 'aiosmtpd', '-n', '-l', `127.0.0.1:${port}`, '-c',
    'aiosmtpd.handlers.Mailbox', path.join(folder, 'maildir')], { stdio: 'ignore' });
  const deadline = Date.now() + 15000;
  while (!(await accepting(port))) {
    if (Date.now() > deadline) throw new Error('the SMTP sink did not start');
    await sleep(100);
  }

  async function messages() {
    const directory = path.join(folder, 'maildir', 'new');
    let files = [];
    try { files = await readdir(directory); } catch { return []; }
    return Promise.all(files.map((file) => readFile(path.join(directory, file), 'utf8')));
  }

  // The first message for which predicate(text) is true, waiting up to 20 s for it to arrive.
  async function waitFor(predicate) {
    const until = Date.now() + 20000;
    for (;;) {
      const found = (await messages()).find(predicate);
      if (found) return found;
      if (Date.now() > until) throw new Error('no such email arrived');
      await sleep(200);
    }
  }

  async function stop() {
    sink.kill('SIGTERM');
    await rm(folder, { recursive: true, force: true });
  }

  return { port, messages, waitFor, stop };
}

// Undoes quoted-printable soft line breaks and escapes, enough to read a link in a message.
export function decodeQuotedPrintable(text) {
  return text.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)));
}
