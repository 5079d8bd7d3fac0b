/**
 * Text that does not fit, found in the page the way a reader would see it: text cut by its box
 * (HTML), chart labels that run past their chart's edge (SVG), and controls drawn over each
 * other. Used by the browser tests of the languages, where words are longer than English.
 */
import type { Page } from 'playwright-core';

/**
 * Texts cut inside `root`: an element with text of its own whose box hides what does not
 * fit (overflow hidden or clipped, or an ellipsis) and does not fit; an element that says
 * its whole text in a tooltip (`title`) cuts on purpose and is left out.
 */
export function cutTexts(p: Page, root: string): Promise<string[]> {
  return p.evaluate((selector) => {
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(`${selector} *`)) {
      if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      const own = [...el.childNodes].some(
        (n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '',
      );
      if (!(el instanceof HTMLElement) || !own || el.title.trim() !== '') continue;
      // Text for screen readers only is clipped to a pixel on purpose.
      if (el.closest('.visually-hidden') || el.clientWidth <= 1) continue;
      const cs = getComputedStyle(el);
      const hidesX = ['hidden', 'clip'].includes(cs.overflowX) || cs.textOverflow === 'ellipsis';
      const hidesY = ['hidden', 'clip'].includes(cs.overflowY);
      if (
        (hidesX && el.scrollWidth > el.clientWidth + 1) ||
        (hidesY && el.scrollHeight > el.clientHeight + 1)
      ) {
        out.push((el.textContent ?? '').trim().slice(0, 80));
      }
    }
    return out;
  }, root);
}

/** Pairs of controls inside `root` whose boxes overlap. */
export function overlaps(p: Page, root: string): Promise<string[]> {
  return p.evaluate((selector) => {
    const boxes = [
      ...document.querySelectorAll<HTMLElement>(
        `${selector} button, ${selector} select, ${selector} summary, ${selector} a`,
      ),
    ]
      .filter((el) => el.checkVisibility({ visibilityProperty: true, opacityProperty: true }))
      .map((el) => ({
        text: (el.textContent ?? '').trim().slice(0, 40),
        r: el.getBoundingClientRect(),
      }))
      .filter((b) => b.r.width > 0 && b.r.height > 0);
    const out: string[] = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i].r;
        const b = boxes[j].r;
        const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (x > 1 && y > 1) out.push(`${boxes[i].text} × ${boxes[j].text}`);
      }
    }
    return out;
  }, root);
}

/**
 * Labels of the charts inside `root` that run past the edge of their chart (an SVG clips what
 * lies outside it, and a label outside its chart's box is cut or strays onto its
 * neighbours): each as its text and by how many pixels it sticks out.
 */
export function svgTextsOutside(p: Page, root: string): Promise<string[]> {
  return p.evaluate((selector) => {
    const out: string[] = [];
    for (const text of document.querySelectorAll<SVGTextElement>(`${selector} svg text`)) {
      if (!text.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      if ((text.textContent ?? '').trim() === '') continue;
      let svg = text.ownerSVGElement;
      while (svg?.ownerSVGElement) svg = svg.ownerSVGElement;
      // Outside its chart's box is outside the chart, clipped or not.
      if (!svg) continue;
      const t = text.getBoundingClientRect();
      const s = svg.getBoundingClientRect();
      if (t.width === 0 || s.width === 0) continue;
      const past = Math.max(s.left - t.left, t.right - s.right, s.top - t.top, t.bottom - s.bottom);
      if (past > 1)
        out.push(`${(text.textContent ?? '').trim().slice(0, 60)} (${Math.round(past)} px)`);
    }
    return out;
  }, root);
}
