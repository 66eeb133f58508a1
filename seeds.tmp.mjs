import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader'] });
const page = await browser.newPage({ viewport: { width: 640, height: 360 } });
for (const seed of [1,2,3,4,5,6,7,8]) for (const day of [10]) {
  await page.goto(`http://127.0.0.1:4173/?day=${day}&tumour=1&seed=${seed}&aa=0`);
  await page.waitForFunction((d) => document.querySelector('[data-testid=scene]')?.dataset.drawnDay === String(d), day);
  await page.addStyleTag({ content: '.hud{visibility:hidden}' });
  await page.waitForTimeout(300);
  const png = await page.screenshot();
  const v = await page.evaluate(async (b64) => { const im = new Image(); im.src = 'data:image/png;base64,' + b64; await im.decode(); const c = document.createElement('canvas'); c.width = im.width; c.height = im.height; const x = c.getContext('2d'); x.drawImage(im, 0, 0); const d = x.getImageData(0,0,c.width,c.height).data; let n = 0; for (let i = 0; i < d.length; i += 4) { const r=d[i]/255,g=d[i+1]/255,b=d[i+2]/255; const mx=Math.max(r,g,b),mn=Math.min(r,g,b); const s=mx?(mx-mn)/mx:0; if (s<0.75||mx<0.35) continue; const dd=mx-mn; let h = mx===r?((g-b)/dd)%6:mx===g?(b-r)/dd+2:(r-g)/dd+4; h=(h*60+360)%360; if (h>=12&&h<30) n++; } return n/(d.length/4); }, png.toString('base64'));
  console.log(seed, day, v.toFixed(4));
}
await browser.close();
