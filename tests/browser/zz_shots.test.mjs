import { after, before, test } from 'node:test';
import { chooseDisplay, mainPages, openMainPage, signInRoles } from './support/main_pages.mjs';
import { launchBrowser, startServer } from './support/server.mjs';
let server; let browser; let contexts;
before(async () => { server = await startServer(); browser = await launchBrowser(); contexts = await signInRoles(browser, server.url); });
after(async () => { for (const c of Object.values(contexts)) await c.close(); await browser?.close(); await server?.stop(); });
test('shots', async () => {
  const pages = (await mainPages(contexts, server.url)).filter((p) => /action/i.test(p.name));
  for (const [mode, display, width] of [['normal', {}, 1100], ['contrast', { textSize: 'larger', colours: 'high-contrast' }, 1100], ['narrow', { textSize: 'larger' }, 320]]) {
    for (const c of Object.values(contexts)) await chooseDisplay(c, server.url, display);
    for (const mainPage of pages) {
      const page = await openMainPage(contexts, server.url, mainPage);
      await page.setViewportSize({ width, height: 900 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
      if (overflow) console.log(`OVERFLOW ${mode} ${mainPage.name}`);
      await page.screenshot({ path: `/tmp/shots/${mode}-${mainPage.name.replace(/\W+/g, '_')}.png`, fullPage: true });
      await page.close();
    }
  }
});
