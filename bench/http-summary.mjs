// Summarises the wrk runs of bench/http: for each server its requests per second, median and
// 99th-percentile latency, responses that were not 2xx or 3xx and socket errors, then the ratio
// of casereview's requests per second to nginx's.
// Usage: node bench/http-summary.mjs NAME=WRK_OUTPUT_FILE ...
import { readFileSync } from 'node:fs';

const millisecondsPerUnit = { us: 0.001, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

function parseLatency(text) {
  const match = /^([\d.]+)(us|ms|s|m|h)$/.exec(text);
  if (!match) throw new Error(`unreadable latency "${text}"`);
  return Number(match[1]) * millisecondsPerUnit[match[2]];
}

function parseWrkOutput(name, text) {
  const requestsPerSecond = /^Requests\/sec:\s+([\d.]+)/m.exec(text);
  const median = /^\s+50%\s+(\S+)/m.exec(text);
  const ninetyNinth = /^\s+99%\s+(\S+)/m.exec(text);
  const total = /^\s+(\d+) requests in ([\d.]+\w+)/m.exec(text);
  if (!requestsPerSecond || !median || !ninetyNinth || !total) {
    throw new Error(`the wrk output for ${name} has no results (was wrk run with --latency?):\n${text}`);
  }
  const socketErrors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(text);
  const notSuccessful = /Non-2xx or 3xx responses: (\d+)/.exec(text);
  return {
    name,
    requestsPerSecond: Number(requestsPerSecond[1]),
    medianMilliseconds: parseLatency(median[1]),
    ninetyNinthMilliseconds: parseLatency(ninetyNinth[1]),
    requests: Number(total[1]),
    duration: total[2],
    notSuccessful: notSuccessful ? Number(notSuccessful[1]) : 0,
    socketErrors: socketErrors
      ? { connect: Number(socketErrors[1]), read: Number(socketErrors[2]), write: Number(socketErrors[3]), timeout: Number(socketErrors[4]) }
      : { connect: 0, read: 0, write: 0, timeout: 0 },
  };
}

const formatMilliseconds = (value) => (value < 1 ? value.toFixed(3) : value.toFixed(2)) + ' ms';

const runs = process.argv.slice(2).map((argument) => {
  const separator = argument.indexOf('=');
  if (separator < 1) throw new Error(`expected NAME=FILE, got "${argument}"`);
  const name = argument.slice(0, separator);
  return parseWrkOutput(name, readFileSync(argument.slice(separator + 1), 'utf8'));
});

const header = ['server', 'requests/s', 'p50', 'p99', 'requests', 'non-2xx/3xx', 'socket errors (connect/read/write/timeout)'];
const rows = runs.map((run) => [
  run.name,
  run.requestsPerSecond.toFixed(0),
  formatMilliseconds(run.medianMilliseconds),
  formatMilliseconds(run.ninetyNinthMilliseconds),
  `${run.requests} in ${run.duration}`,
  String(run.notSuccessful),
  `${run.socketErrors.connect}/${run.socketErrors.read}/${run.socketErrors.write}/${run.socketErrors.timeout}`,
]);
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
const formatRow = (row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
console.log('Summary');
console.log(formatRow(header));
for (const row of rows) console.log(formatRow(row));

const casereview = runs.find((run) => run.name === 'casereview');
const nginx = runs.find((run) => run.name === 'nginx');
if (casereview && nginx && nginx.requestsPerSecond > 0) {
  const ratio = casereview.requestsPerSecond / nginx.requestsPerSecond;
  console.log(`casereview/nginx requests/s: ${ratio.toFixed(2)} (${(ratio * 100).toFixed(0)}% of the static ceiling)`);
}
for (const run of runs.filter((candidate) => candidate.requests === 0)) {
  console.log(`warning: ${run.name} completed no request within the run: every answer took longer than it`);
}
const troubled = runs.filter((run) => run.notSuccessful > 0 || Object.values(run.socketErrors).some((count) => count > 0));
for (const run of troubled) {
  console.log(`warning: ${run.name} had ${run.notSuccessful} responses that were not 2xx/3xx and socket errors ` +
    `connect ${run.socketErrors.connect}, read ${run.socketErrors.read}, write ${run.socketErrors.write}, timeout ${run.socketErrors.timeout}`);
}
