// Regenerates static/preview.png, the 1200×630 link-preview image, by drawing a card in
// headless Chromium and taking its picture. Run: node scripts/preview-image.mjs
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launch } from '../tests/browser/harness.mjs';

const html = `<!doctype html><html><head><meta charset="utf-8"><style>
  body { margin: 0; width: 1200px; height: 630px; display: flex; background: #fdfcf9; color: #1d1d1f;
         font-family: "DejaVu Serif", Georgia, serif; }
  .card { margin: 64px 72px; display: flex; flex-direction: column; justify-content: space-between; flex: 1; }
  .kicker { font: 700 26px "DejaVu Sans", sans-serif; letter-spacing: .1em; text-transform: uppercase; color: #8a2b0e; }
  h1 { margin: 18px 0 0; font-size: 82px; line-height: 1.04; letter-spacing: -.01em; }
  p { margin: 0; font: 30px/1.35 "DejaVu Sans", sans-serif; color: #55534e; max-width: 780px; }
  svg { position: absolute; right: 72px; bottom: 150px; }
</style></head><body><div class="card">
  <div><div class="kicker">Explainer · scenario model</div><h1>The Alaska summit,<br>read two ways</h1></div>
  <p>Sanctions relief, critical minerals and security guarantees: two analyses in full, and a capital-flows model you can move.</p>
</div>
<svg width="220" height="120" viewBox="0 0 220 120"><line x1="10" y1="60" x2="210" y2="60" stroke="#d9d4c9" stroke-width="6"/>
<rect x="70" y="40" width="90" height="40" rx="8" fill="#8a2b0e" fill-opacity=".22"/><line x1="100" y1="24" x2="100" y2="96" stroke="#1d1d1f" stroke-width="4" stroke-dasharray="8 6"/>
<circle cx="130" cy="60" r="18" fill="#8a2b0e" stroke="#fdfcf9" stroke-width="5"/></svg>
</body></html>`;

const browser = await launch();
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
await page.setContent(html);
const png = await page.screenshot({ type: 'png' });
writeFileSync(fileURLToPath(new URL('../static/preview.png', import.meta.url)), png);
await browser.close();
console.log(`wrote static/preview.png (${png.length} bytes)`);
