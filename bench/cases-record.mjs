// Records notifications through the API for bench/cases and prints how long that took.
// Usage: node bench/cases-record.mjs SERVER_URL TOKEN COUNT CONCURRENCY
// Each notification is valid and different: one child, the local authority aware on one of the
// last 40 days (so the dashboard has overdue, due-soon and on-track deadlines), one to three of the
// partnership's agencies. Fails (exit code 1) when any request is not answered 201.
const [serverUrl, token, countText, concurrencyText] = process.argv.slice(2);
const count = Number(countText);
const concurrency = Number(concurrencyText);
if (!serverUrl || !token || !(count > 0) || !(concurrency > 0)) {
  console.error('usage: node bench/cases-record.mjs SERVER_URL TOKEN COUNT CONCURRENCY');
  process.exit(2);
}
const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };

const agenciesResponse = await fetch(`${serverUrl}/api/v1/agencies`, { headers });
if (agenciesResponse.status !== 200) throw new Error(`GET /api/v1/agencies answered ${agenciesResponse.status}`);
const agencyIds = (await agenciesResponse.json()).map((agency) => agency.id);
if (agencyIds.length === 0) throw new Error('the partnership has no agencies');

const isoDate = (daysAgo) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);
const sexes = ['female', 'male', 'not_known'];

function notification(index) {
  const awareDaysAgo = index % 40;
  return {
    aware_on: isoDate(awareDaysAgo),
    incident_on: isoDate(awareDaysAgo + 1 + (index % 5)),
    incident: index % 4 === 0 ? 'death' : 'serious_harm',
    abuse_or_neglect: index % 3 === 0 ? 'known' : 'suspected',
    categories: ['neglect'],
    looked_after: false,
    care_leaver: false,
    police_involved: index % 2 === 0,
    children: [{
      given_name: `Benchmark${index}`,
      family_name: 'Child',
      date_of_birth: isoDate(365 * (1 + (index % 15)) + (index % 300)),
      sex: sexes[index % sexes.length],
    }],
    agency_ids: agencyIds.slice(0, 1 + (index % Math.min(3, agencyIds.length))),
    outline: `Benchmark notification ${index}: a generated outline, pseudonymised, with no names in it.`,
  };
}

const failures = new Map();
let next = 0;
async function worker() {
  while (next < count) {
    const index = next++;
    const response = await fetch(`${serverUrl}/api/v1/notifications`, {
      method: 'POST', headers, body: JSON.stringify(notification(index)),
    });
    const text = await response.text();
    if (response.status !== 201) failures.set(response.status, failures.get(response.status) ?? text.slice(0, 300));
  }
}
const started = performance.now();
await Promise.all(Array.from({ length: concurrency }, worker));
const seconds = (performance.now() - started) / 1000;
console.log(`Recorded ${count} notifications in ${seconds.toFixed(2)} s with ${concurrency} concurrent clients: ` +
  `${(count / seconds).toFixed(1)} notifications/s`);
for (const [status, body] of failures) console.error(`error: a notification was answered ${status}: ${body}`);
if (failures.size > 0) process.exit(1);
