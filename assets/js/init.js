// Progressive enhancement only: every page works without this script. It marks the body as
// JavaScript-capable (govuk-frontend's styles rely on the classes) and starts govuk-frontend's
// components. Kept in a file because the Content-Security-Policy allows no inline script.
// The page loads govuk-frontend itself, beside this script, under its fingerprinted name; the
// import below asks for that same address, so the module is fetched once and in parallel.
const { initAll } = await import(document.getElementById('govuk-frontend').src)

document.body.classList.add('js-enabled')
if ('noModule' in HTMLScriptElement.prototype) document.body.classList.add('govuk-frontend-supported')
initAll()
