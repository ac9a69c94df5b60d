// What the display tests measure in the page (each function runs in the browser through
// page.evaluate, so it uses nothing from this module), and showDisplay(), which puts an open page
// into a text size and colour scheme as the server would have rendered it for the display cookies.
//
// The high-contrast check: axe does not see every case (a select's white text on its own white
// background passed), so the page computes each element's colours itself: the text colour,
// composited over the effective background found by walking up the element and its ancestors
// until an opaque background colour; for a form control also its edge (border, or its own
// background) against the background around it.

export const minimumContrast = 7;

// Runs in the page: every visible text element and form control with its colours and contrast
// ratio, the failures first. Colours are read as the browser computed them (rgb()/rgba()).
export function measureContrast(minimum) {
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

// Runs in the page: how wide the document is against the screen, and the outermost elements
// that reach past its right edge.
export function measureOverflow() {
  const root = document.documentElement;
  const edge = root.clientWidth;
  const outermost = [];
  for (const element of document.body.querySelectorAll('*')) {
    if (element.getBoundingClientRect().right <= edge + 0.5) continue;
    if (outermost.some((found) => found.contains(element))) continue;
    if (element.closest('thead') && getComputedStyle(element.closest('thead')).position === 'absolute') continue; // out of sight
    outermost.push(element);
  }
  return {
    scrollWidth: root.scrollWidth,
    clientWidth: edge,
    overflowing: outermost.slice(0, 5).map((element) => {
      const classes = [...element.classList].slice(0, 2).map((name) => `.${name}`).join('');
      const text = (element.innerText ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      return `<${element.tagName.toLowerCase()}${classes}> "${text}" ends at ${Math.round(element.getBoundingClientRect().right)}px`;
    }),
  };
}

// The display cookies' values and the html classes and control links the server renders for
// them (src/web/display.cpp, src/web/layout.cpp). The walk test checks once that showDisplay()
// leaves a page exactly as the server renders it for the cookies.
export const textSizes = { standard: null, large: 'cr-text-large', larger: 'cr-text-larger' };
export const colourSchemes = { standard: null, 'high-contrast': 'cr-colours-high-contrast' };

// Runs in the page: the html classes of `textSize` and `colours`, and aria-current on their links
// among the display controls, in place of whatever the page had.
export function applyDisplay({ textSize, colours, sizeClasses, colourClasses }) {
  const root = document.documentElement;
  for (const name of [...Object.values(sizeClasses), ...Object.values(colourClasses)]) {
    if (name) root.classList.remove(name);
  }
  if (sizeClasses[textSize]) root.classList.add(sizeClasses[textSize]);
  if (colourClasses[colours]) root.classList.add(colourClasses[colours]);
  for (const link of document.querySelectorAll('.cr-display-controls a')) {
    const chosen = new URL(link.href).searchParams;
    const current = chosen.get('text-size') === textSize || chosen.get('colours') === colours;
    if (current) link.setAttribute('aria-current', 'true');
    else link.removeAttribute('aria-current');
  }
}

export async function showDisplay(page, { textSize = 'standard', colours = 'standard' }) {
  await page.evaluate(applyDisplay, { textSize, colours, sizeClasses: textSizes, colourClasses: colourSchemes });
}
