// The booking rush of bench/bookings: every learner whose API token is in TOKENS_FILE (one a line)
// asks for a place on one session at the same moment, then the answers are checked against the
// session's places before and after.
// Usage: node bench/bookings-rush.mjs SERVER_URL COURSE_ID SESSION_ID TOKENS_FILE
// Prints the total time, bookings/s, how many were booked and how many put on the waiting list,
// and whether the invariant holds: booked == min(places left before, learners), everyone else
// waiting, every booking id distinct, waiting-list positions distinct and following the list as
// it was, and the session's places left and waiting list after agree. Exit code 1 when it does not.
import { readFileSync } from 'node:fs';

const [serverUrl, courseId, sessionId, tokensFile] = process.argv.slice(2);
if (!serverUrl || !courseId || !sessionId || !tokensFile) {
  console.error('usage: node bench/bookings-rush.mjs SERVER_URL COURSE_ID SESSION_ID TOKENS_FILE');
  process.exit(2);
}
const tokens = readFileSync(tokensFile, 'utf8').split('\n').filter((line) => line.trim() !== '');

async function session() {
  const response = await fetch(`${serverUrl}/api/v1/courses/${courseId}/sessions`, {
    headers: { authorization: `Bearer ${tokens[0]}` },
  });
  if (response.status !== 200) throw new Error(`GET /api/v1/courses/${courseId}/sessions answered ${response.status}`);
  const found = (await response.json()).find((candidate) => String(candidate.id) === String(sessionId));
  if (!found) throw new Error(`session ${sessionId} is not among course ${courseId}'s upcoming sessions`);
  return found;
}

async function book(token) {
  const response = await fetch(`${serverUrl}/api/v1/sessions/${sessionId}/bookings`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: '{}',
  });
  const text = await response.text();
  return { status: response.status, body: response.status === 201 ? JSON.parse(text) : text.slice(0, 300) };
}

const before = await session();
const started = performance.now();
const answers = await Promise.all(tokens.map(book));
const seconds = (performance.now() - started) / 1000;
const after = await session();

const created = answers.filter((answer) => answer.status === 201).map((answer) => answer.body);
const booked = created.filter((booking) => booking.status === 'booked');
const waiting = created.filter((booking) => booking.status === 'waiting');
const refused = answers.filter((answer) => answer.status !== 201);

console.log(`Session ${sessionId}: capacity ${before.capacity}, ${before.places_left} places left and ` +
  `${before.waiting_list_length} waiting before the rush`);
console.log(`${tokens.length} learners booking at once: ${seconds.toFixed(2)} s in all, ` +
  `${(tokens.length / seconds).toFixed(1)} bookings/s`);
console.log(`Answers: ${booked.length} booked, ${waiting.length} waiting, ${refused.length} not 201`);
for (const [status, body] of new Map(refused.map((answer) => [answer.status, answer.body]))) {
  console.log(`  e.g. ${status}: ${body}`);
}
console.log(`Session ${sessionId} after: ${after.places_left} places left, ${after.waiting_list_length} waiting`);

const expectedBooked = Math.min(before.places_left, tokens.length);
const positions = waiting.map((booking) => booking.position).sort((first, second) => first - second);
const expectedPositions = waiting.map((_, index) => before.waiting_list_length + index + 1);
const checks = [
  [`every request answered 201 (${refused.length} were not)`, refused.length === 0],
  [`booked ${booked.length} == min(places left ${before.places_left}, learners ${tokens.length}) = ${expectedBooked}`,
    booked.length === expectedBooked],
  [`waiting ${waiting.length} == learners - booked = ${tokens.length - expectedBooked}`,
    waiting.length === tokens.length - expectedBooked],
  ['no booking id given twice', new Set(created.map((booking) => booking.id)).size === created.length],
  [`waiting-list positions are ${before.waiting_list_length + 1}..${before.waiting_list_length + waiting.length}, each once`,
    JSON.stringify(positions) === JSON.stringify(expectedPositions)],
  [`places left after ${after.places_left} == ${before.places_left - booked.length}`,
    after.places_left === before.places_left - booked.length],
  [`waiting list after ${after.waiting_list_length} == ${before.waiting_list_length + waiting.length}`,
    after.waiting_list_length === before.waiting_list_length + waiting.length],
];
for (const [description, holds] of checks) console.log(`  ${holds ? 'ok    ' : 'FAILED'} ${description}`);
const failed = checks.some(([, holds]) => !holds);
console.log(`Invariant: ${failed ? 'FAILED' : 'OK'}`);
if (failed) process.exit(1);
