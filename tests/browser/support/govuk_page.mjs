// Reading and filling GOV.UK pages in the browser journeys: the page's heading, a date input's
// three fields, a summary list's value by its key.

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
