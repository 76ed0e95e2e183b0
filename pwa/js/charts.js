// The chart library of the staff's and operators' screens: uPlot, from npm, served from our own
// /node_modules/, fetched only by a screen that draws a chart (consumers never download it).
import { h } from './dom.js';

export const UPLOT = '/node_modules/uplot/dist/uPlot.iife.min.js';
export const UPLOT_CSS = '/node_modules/uplot/dist/uPlot.min.css';

let uplotLoaded = null;
/**
 * uPlot's minified build as a classic script of our own origin (CSP script-src 'self'), which
 * defines `uPlot`: the package's ES module build is not minified, about three times the bytes
 * (docs/BENCHMARKS.md, "The report's chart library").
 */
export function loadUplot() {
  if (!document.querySelector(`link[href="${UPLOT_CSS}"]`)) {
    document.head.append(h('link', { rel: 'stylesheet', href: UPLOT_CSS }));
  }
  uplotLoaded ||= window.uPlot ? Promise.resolve(window.uPlot) : new Promise((resolve, reject) => {
    const script = h('script', { src: UPLOT });
    script.addEventListener('load', () => resolve(window.uPlot));
    script.addEventListener('error', () => { uplotLoaded = null; script.remove(); reject(new Error('uPlot')); });
    document.head.append(script);
  });
  return uplotLoaded;
}
