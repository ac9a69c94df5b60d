// Reading and filling GOV.UK pages in the browser journeys: the page's heading, a date input's
// three fields, a summary list's value by its key, the error summary's messages.

// The text of the page's h1 in <main>.
export async function heading(page) {
  return (await page.locator('main h1').innerText()).trim();
}

// Fills the day, month and year fields of the date input `name` from [day, month, year].
export async function fillDate(page, name, [day, month, year]) {
  await page.locator(`[id="${name}-day"]`).fill(day);
  await page.locator(`[id="${name}-month"]`).fill(month);
  await page.locator(`[id="${name}-year"]`).fill(year);
}

// The value of the first summary list row whose key has `key`.
export async function summaryValue(page, key) {
  const row = page.locator('.govuk-summary-list__row', {
    has: page.locator('.govuk-summary-list__key', { hasText: key }),
  });
  return (await row.first().locator('.govuk-summary-list__value').innerText()).trim();
}

// The messages of the page's error summary, waiting for it first: a click that submits a form
// returns once the answer starts loading, and on a loaded machine the list may not be parsed yet.
export async function errorMessages(page) {
  await page.locator('.govuk-error-summary').waitFor();
  await page.waitForLoadState('domcontentloaded');
  return page.locator('.govuk-error-summary__list a').allInnerTexts();
}
