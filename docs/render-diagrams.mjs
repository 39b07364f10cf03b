// Usage: npm install --prefix /tmp/render bpmn-js playwright-core && NODE_PATH=/tmp/render/node_modules node docs/render-diagrams.mjs [--modules DIR] [--max-width 2400] [--chromium /usr/bin/chromium] [file.bpmn ...]  (default: processes/*.bpmn -> docs/images/<name>.png)
//
// Renders BPMN diagrams to PNG with the bpmn-js NavigatedViewer in headless Chromium (playwright-core).
// The dependencies are looked up in --modules DIR, else in each NODE_PATH entry, else in /tmp/render/node_modules;
// nothing is installed into this repository. Run it from the repository root.

import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const value = args[i + 1];
  args.splice(i, 2);
  return value;
};
const modulesOpt = opt('--modules');
const maxWidth = Number(opt('--max-width', '2400'));
const chromiumPath = opt('--chromium', '/usr/bin/chromium');
const padding = 20; // px of white around the diagram

const candidates = [modulesOpt, ...(process.env.NODE_PATH || '').split(path.delimiter), '/tmp/render/node_modules']
  .filter(Boolean)
  .map((dir) => path.resolve(dir));
const modulesDir = candidates.find((dir) => existsSync(path.join(dir, 'bpmn-js')) && existsSync(path.join(dir, 'playwright-core')));
if (!modulesDir) {
  console.error(`bpmn-js and playwright-core not found in: ${candidates.join(', ')}`);
  process.exit(1);
}
const require = createRequire(path.join(modulesDir, 'noop.js'));
const { chromium } = require('playwright-core');
const bpmnJsDist = path.join(modulesDir, 'bpmn-js', 'dist');

const files = args.length
  ? args
  : readdirSync('processes').filter((f) => f.endsWith('.bpmn')).sort().map((f) => path.join('processes', f));
const outDir = path.join('docs', 'images');
mkdirSync(outDir, { recursive: true });

const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  for (const file of files) {
    const xml = readFileSync(file, 'utf8');
    const page = await browser.newPage({ viewport: { width: maxWidth, height: 1000 } });
    await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body style="margin:0;background:#fff">'
      + `<div id="frame" style="display:inline-block;padding:${padding}px;background:#fff">`
      + '<div id="canvas" style="width:1000px;height:1000px;background:#fff"></div></div></body></html>');
    await page.addStyleTag({ path: path.join(bpmnJsDist, 'assets', 'diagram-js.css') });
    await page.addStyleTag({ path: path.join(bpmnJsDist, 'assets', 'bpmn-js.css') });
    await page.addStyleTag({ content: '.djs-container{background:#fff} .bjs-powered-by{display:none}' });
    await page.addScriptTag({ path: path.join(bpmnJsDist, 'bpmn-navigated-viewer.production.min.js') });

    // Import at 1:1 to measure the diagram, then size the page to its aspect ratio
    // (natural size, at most maxWidth wide) and let fit-viewport scale it in.
    const size = await page.evaluate(async (xml) => {
      const viewer = new window.BpmnJS({ container: '#canvas' });
      const { warnings } = await viewer.importXML(xml);
      window.viewer = viewer;
      const canvas = viewer.get('canvas');
      canvas.zoom(1);
      const { inner } = canvas.viewbox();
      return { width: inner.width, height: inner.height, warnings: warnings.map((w) => w.message) };
    }, xml);
    size.warnings.forEach((w) => console.warn(`${file}: import warning: ${w}`));

    // The canvas gets exactly the diagram's aspect ratio, so fit-viewport fills it edge to edge;
    // the surrounding frame adds the white margin.
    const width = Math.min(maxWidth - 2 * padding, Math.ceil(size.width));
    const scale = width / size.width;
    const height = Math.ceil(size.height * scale);
    await page.setViewportSize({ width: width + 2 * padding, height: height + 2 * padding });
    await page.evaluate(({ width, height }) => {
      const el = document.getElementById('canvas');
      el.style.width = `${width}px`;
      el.style.height = `${height}px`;
      const canvas = window.viewer.get('canvas');
      canvas.resized();
      canvas.zoom('fit-viewport', 'auto');
    }, { width, height });

    const out = path.join(outDir, `${path.basename(file, '.bpmn')}.png`);
    await page.locator('#frame').screenshot({ path: out });
    console.log(`${out}: ${width + 2 * padding}x${height + 2 * padding} px, diagram ${Math.round(size.width)}x${Math.round(size.height)}, scale ${scale.toFixed(2)}`);
    await page.close();
  }
} finally {
  await browser.close();
}
