// The high-contrast "black and white" scheme on the main pages, as each demonstration role sees
// them: every visible piece of text and every form control (inputs, selects and their options,
// textareas, prefixes and suffixes, hints, buttons, tags, summary cards, error messages,
// notification banners, links, table headers) must stand at least 7:1 against what is behind it
// (WCAG 1.4.6, AAA: the scheme exists for people who need more than the standard colours).
//
// axe does not see every case (a select's white text on its own white background passed), so
// the page computes each element's colours itself: the text colour, composited over the
// effective background found by walking up the element and its ancestors until an opaque
// background colour; for a form control also its edge (border, or its own background) against
// the background around it.
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { chooseDisplay, mainPages, openMainPage, signInRoles } from './support/main_pages.mjs';
import { launchBrowser, startServer } from './support/server.mjs';

const minimumContrast = 7;

let server;
let browser;
let contexts;
let pages;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  contexts = await signInRoles(browser, server.url);
  for (const context of Object.values(contexts)) {
    await chooseDisplay(context, server.url, { colours: 'high-contrast' });
  }
  pages = await mainPages(contexts, server.url);
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

// Runs in the page: every visible text element and form control with its colours and contrast
// ratio, the failures first. Colours are read as the browser computed them (rgb()/rgba()).
function measureContrast(minimum) {
  const parse = (text) => {
    const parts = text.match(/[\d.]+/g)?.map(Number) ?? [0, 0, 0, 0];
    return { r: parts[0], g: parts[1], b: parts[2], a: parts.length > 3 ? parts[3] : 1 };
  };
  const over = (top, bottom) => ({
    r: top.r * top.a + bottom.r * (1 - top.a),
    g: top.g * top.a + bottom.g * (1 - top.a),
    b: top.b * top.a + bottom.b * (1 - top.a),
    a: 1,
  });
  const luminance = ({ r, g, b }) => {
    const channel = (value) => {
      const fraction = value / 255;
      return fraction <= 0.03928 ? fraction / 12.92 : ((fraction + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  };
  const contrast = (first, second) => {
    const [light, dark] = [luminance(first), luminance(second)].sort((a, b) => b - a);
    return (light + 0.05) / (dark + 0.05);
  };
  const show = ({ r, g, b }) => `rgb(${Math.round(r)}, ${Math.round(g)}, ${Math.round(b)})`;

  // The colour behind `element`'s content: its own background and its ancestors', composited
  // from the first opaque one (the canvas is white if none is).
  const backgroundOf = (element) => {
    const layers = [];
    for (let node = element; node; node = node.parentElement) {
      const colour = parse(getComputedStyle(node).backgroundColor);
      if (colour.a > 0) layers.push(colour);
      if (colour.a >= 1) break;
    }
    return layers.reverse().reduce((below, layer) => over(layer, below), { r: 255, g: 255, b: 255, a: 1 });
  };

  const isSeen = (element) => {
    if (!element.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
    const box = element.getBoundingClientRect();
    if (box.width <= 1 || box.height <= 1) return false; // visually hidden text
    for (let node = element; node; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (style.clipPath !== 'none' || style.clip.startsWith('rect(0')) return false;
    }
    return true;
  };
  const describe = (element) => {
    const classes = [...element.classList].slice(0, 2).map((name) => `.${name}`).join('');
    const fixture = element.closest('[data-fixture]')?.dataset.fixture;
    const text = (element.innerText || element.value || element.getAttribute('aria-label') || '').trim().replace(/\s+/g, ' ').slice(0, 50);
    return `${fixture ? `${fixture}: ` : ''}<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${classes}> "${text}"`;
  };

  const results = [];
  const check = (element, what, foreground, background) => {
    const ratio = contrast(over(foreground, background), background);
    results.push({
      element: describe(element), what, ratio: Math.round(ratio * 100) / 100,
      foreground: show(over(foreground, background)), background: show(background), fails: ratio < minimum,
    });
  };

  const controls = 'input:not([type=hidden]), select, textarea, button, .govuk-input__prefix, .govuk-input__suffix';
  for (const element of document.body.querySelectorAll('*')) {
    if (['SCRIPT', 'STYLE', 'OPTION', 'svg'].includes(element.tagName) || element.closest('svg')) continue;
    const isControl = element.matches(controls);
    const hasText = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent.trim() !== '');
    if (!isControl && !hasText) continue;
    // govuk-frontend draws radios and checkboxes on their labels; the real input is transparent.
    if (element.matches('.govuk-radios__input, .govuk-checkboxes__input')) continue;
    if (!isSeen(element)) continue;
    const style = getComputedStyle(element);
    const background = backgroundOf(element);
    check(element, 'text', parse(style.color), background);
    if (element.matches('input[type=file]')) {
      // The button the browser draws inside a file input.
      const button = getComputedStyle(element, '::file-selector-button');
      const buttonBackground = parse(button.backgroundColor);
      check(element, 'file button', parse(button.color), buttonBackground.a > 0 ? over(buttonBackground, background) : background);
      continue;
    }
    if (isControl && !element.matches('button, .govuk-button')) {
      // The edge that shows where the control is: its border, or else its own background.
      const around = element.parentElement ? backgroundOf(element.parentElement) : background;
      const border = parse(style.borderTopColor);
      const edge = parseFloat(style.borderTopWidth) > 0 && border.a > 0 ? over(border, around) : background;
      const ratio = contrast(edge, around);
      if (ratio < minimum) check(element, 'edge', edge, around);
    }
    if (element.tagName === 'SELECT') {
      // The options of a dropdown: drawn with the option's own colours, else the select's.
      for (const option of element.options) {
        const optionStyle = getComputedStyle(option);
        const optionBackground = parse(optionStyle.backgroundColor);
        const behind = optionBackground.a > 0 ? over(optionBackground, background) : background;
        check(option, 'option', parse(optionStyle.color), behind);
      }
    }
  }
  return results;
}

test('every visible text and form control stands at least 7:1 in the high-contrast scheme', async () => {
  const failures = [];
  let checked = 0;
  for (const mainPage of pages) {
    const page = await openMainPage(contexts, server.url, mainPage);
    try {
      assert.match(await page.locator('html').getAttribute('class'), /\bcr-colours-high-contrast\b/, mainPage.name);
      const results = await page.evaluate(measureContrast, minimumContrast);
      assert.ok(results.length > 10, `${mainPage.name}: only ${results.length} elements were found to check`);
      checked += results.length;
      for (const result of results.filter((measured) => measured.fails)) {
        failures.push(`${mainPage.name} (${mainPage.path}): ${result.what} of ${result.element}: ` +
          `${result.foreground} on ${result.background}, ${result.ratio}:1`);
      }
    } finally {
      await page.close();
    }
  }
  assert.ok(checked > 500, `only ${checked} elements were checked on ${pages.length} pages`);
  assert.equal(failures.length, 0, `${failures.length} elements under ${minimumContrast}:1 in the high-contrast scheme:\n${failures.join('\n')}`);
});

test('the check finds white text on a white dropdown', async () => {
  // The check itself must be able to fail: a select as the scheme once left the dashboard's.
  const page = await contexts.public.newPage();
  try {
    await page.goto(`${server.url}/`);
    await page.evaluate(() => {
      const select = document.createElement('select');
      select.innerHTML = '<option>Overdue</option>';
      select.style.cssText = 'color: #fff; background-color: #fff; border: 2px solid #fff';
      document.querySelector('main').append(select);
    });
    const measured = await page.evaluate(measureContrast, minimumContrast);
    const select = measured.filter((result) => /^<(select|option)/.test(result.element));
    assert.deepEqual(select.map((result) => result.what).sort(), ['option', 'text'], JSON.stringify(select));
    assert.ok(select.every((result) => result.fails), JSON.stringify(select));
  } finally {
    await page.close();
  }
});

// govuk-frontend's own examples of each component the service's component library renders (the
// fixtures it ships, less those made for tests only), so that the scheme covers what the main
// pages do not show today: summary cards, notification banners, panels, every tag colour, every
// kind of button, file uploads, error messages. Those "inverse" are for a coloured background
// the scheme never has, and are left out.
async function componentExamples() {
  const repository = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const govukComponents = path.join(repository, 'node_modules/govuk-frontend/dist/govuk/components');
  const ours = (await readdir(path.join(repository, 'src/web/components')))
    .filter((file) => file.endsWith('.hpp')).map((file) => file.replace(/\.hpp$/, '').replaceAll('_', '-'));
  const examples = [];
  for (const component of ours) {
    let fixtures;
    try {
      fixtures = JSON.parse(await readFile(path.join(govukComponents, component, 'fixtures.json'), 'utf8')).fixtures;
    } catch {
      continue; // ours only (form-group, markup)
    }
    for (const fixture of fixtures) {
      if (fixture.hidden || /inverse/.test(fixture.name)) continue;
      examples.push({ name: `${component} (${fixture.name})`, html: fixture.html });
    }
  }
  return examples;
}

test('govuk-frontend\'s examples of every component the service uses stand at least 7:1 too', async () => {
  const examples = await componentExamples();
  assert.ok(examples.length > 150, `only ${examples.length} examples found`);
  const page = await contexts.public.newPage();
  try {
    await page.goto(`${server.url}/`);
    await page.evaluate((list) => {
      const main = document.querySelector('main');
      main.replaceChildren();
      for (const example of list) {
        const wrapper = document.createElement('div');
        wrapper.dataset.fixture = example.name;
        wrapper.className = 'govuk-!-margin-bottom-6';
        wrapper.innerHTML = example.html;
        main.append(wrapper);
      }
    }, examples);
    const results = await page.evaluate(measureContrast, minimumContrast);
    const failures = results.filter((result) => result.fails)
      .map((result) => `${result.what} of ${result.element}: ${result.foreground} on ${result.background}, ${result.ratio}:1`);
    assert.equal(failures.length, 0, `${failures.length} elements under ${minimumContrast}:1 in the high-contrast scheme:\n${failures.join('\n')}`);
  } finally {
    await page.close();
  }
});
