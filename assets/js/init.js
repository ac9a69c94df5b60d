// Progressive enhancement only: every page works without this script. It marks the body as
// JavaScript-capable (govuk-frontend's styles rely on the classes) and starts govuk-frontend's
// components. Kept in a file because the Content-Security-Policy allows no inline script.
import { initAll } from '/assets/govuk-frontend.min.js'

document.body.classList.add('js-enabled')
if ('noModule' in HTMLScriptElement.prototype) document.body.classList.add('govuk-frontend-supported')
initAll()
