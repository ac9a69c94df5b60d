// Signs a demonstration account in over HTTP, as a browser would, and prints the session cookie
// ("casereview_session=…") for bench/signed-in to send with wrk: the sign-in form with its CSRF
// token, the password, and for staff the authenticator app set up with the key the page shows
// (RFC 6238 codes from tests/browser/support/totp.mjs). Fails (exit code 1) when any step is not
// answered as expected.
// Usage: node bench/signed-in-session.mjs SERVER_URL EMAIL PASSWORD
import { totpCode } from '../tests/browser/support/totp.mjs';

const [serverUrl, email, password] = process.argv.slice(2);
if (!serverUrl || !email || !password) {
  console.error('usage: node bench/signed-in-session.mjs SERVER_URL EMAIL PASSWORD');
  process.exit(2);
}

const cookies = new Map();

function keepCookies(response) {
  for (const header of response.headers.getSetCookie()) {
    const [pair] = header.split(';');
    const separator = pair.indexOf('=');
    cookies.set(pair.slice(0, separator), pair.slice(separator + 1));
  }
}

function cookieHeader() {
  return [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
}

async function request(method, path, form) {
  const response = await fetch(serverUrl + path, {
    method,
    redirect: 'manual',
    headers: {
      cookie: cookieHeader(),
      ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
    },
    body: form ? new URLSearchParams(form).toString() : undefined,
  });
  keepCookies(response);
  return { status: response.status, location: response.headers.get('location') ?? '', text: await response.text() };
}

function csrfToken(page) {
  const match = /name="csrf_token" value="([^"]+)"/.exec(page.text);
  if (!match) throw new Error(`no CSRF token in the form (status ${page.status})`);
  return match[1];
}

function expectRedirect(step, answer) {
  if (answer.status !== 302 && answer.status !== 303) {
    throw new Error(`${step}: expected a redirect, got ${answer.status}`);
  }
  return answer.location;
}

const form = await request('GET', '/sign-in');
let next = expectRedirect(
  'sign in',
  await request('POST', '/sign-in', { csrf_token: csrfToken(form), email, password }),
);
if (next.startsWith('/sign-in/set-up-authenticator')) {
  const page = await request('GET', '/sign-in/set-up-authenticator');
  const secret = /class="cr-secret">([^<]+)</.exec(page.text)?.[1]?.replace(/\s/g, '');
  if (!secret) throw new Error(`no key on the set-up page (status ${page.status})`);
  const confirmed = await request('POST', '/sign-in/set-up-authenticator', {
    csrf_token: csrfToken(page),
    code: totpCode(secret),
  });
  if (confirmed.status !== 200) throw new Error(`setting up the authenticator: got ${confirmed.status}`);
  next = '/';
} else if (next.startsWith('/sign-in/')) {
  // Another step (a code for an authenticator set up earlier) this script cannot take.
  throw new Error(`${email} was sent to ${next} after signing in`);
}
if (!cookies.has('casereview_session')) throw new Error('no session cookie after signing in');
console.log(`casereview_session=${cookies.get('casereview_session')}`);
