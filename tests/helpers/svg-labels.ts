/**
 * The text labels of a chart's static SVG markup, placed where the browser draws them:
 * `translate(x,y)` of enclosing groups added, `dy` in ems turned into the middle of the line,
 * and each label's estimated box (app/charts/tick-labels.ts). Reads React's regular markup.
 */
import { labelBox } from '../../app/charts/tick-labels.ts';
import type { Anchor, Box } from '../../app/charts/tick-labels.ts';
import { decodeEntities } from './markup.ts';

/** A label found in the markup. */
export interface SvgLabel {
  text: string;
  x: number;
  /** The middle of its line. */
  y: number;
  anchor: Anchor;
  /** Classes of the label and every enclosing element. */
  classes: string[];
  box: Box;
}

const TAG = /<(\/?)([a-zA-Z]+)((?:\s+[\w:-]+="[^"]*")*)\s*(\/?)>|([^<]+)/g;

function attributes(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/([\w:-]+)="([^"]*)"/g)) out[m[1]] = decodeEntities(m[2]);
  return out;
}

function ems(value: string | undefined, fontSize: number): number {
  if (!value) return 0;
  return value.endsWith('em') ? parseFloat(value) * fontSize : parseFloat(value);
}

/** Every `<text>` of the first `<svg>` in `html` with its position and estimated box. */
export function svgLabels(html: string, fontSize: number): SvgLabel[] {
  const svg = html.slice(html.indexOf('<svg'), html.indexOf('</svg>') + 6);
  const stack: { dx: number; dy: number; classes: string[] }[] = [{ dx: 0, dy: 0, classes: [] }];
  const labels: SvgLabel[] = [];
  let open: { attrs: Record<string, string>; text: string; depth: number } | null = null;
  for (const m of svg.matchAll(TAG)) {
    const [, closing, name, attrText, selfClosing, content] = m;
    if (content !== undefined) {
      if (open && open.depth === 0) open.text += decodeEntities(content);
      continue;
    }
    if (name === 'text' || (open && name !== 'text')) {
      if (open && name !== 'text') {
        // Text inside a <tspan> counts; a <title> does not.
        if (name === 'title') open.depth += closing ? -1 : 1;
        continue;
      }
      if (!closing) {
        open = { attrs: attributes(attrText), text: '', depth: 0 };
        if (selfClosing) open = null;
        continue;
      }
      if (open) {
        const top = stack[stack.length - 1];
        const a = open.attrs;
        const anchor = (a['text-anchor'] ?? 'start') as Anchor;
        const x = top.dx + ems(a.x, fontSize);
        // dy 0.32em centres the line on y; 0.71em hangs it from y.
        const dy = a.dy ? ems(a.dy, fontSize) : 0;
        const y = top.dy + ems(a.y, fontSize) + dy - 0.32 * fontSize;
        const classes = [...top.classes, ...(a.class ?? '').split(/\s+/).filter(Boolean)];
        const text = open.text;
        labels.push({
          text,
          x,
          y,
          anchor,
          classes,
          box: labelBox({ text, x, y, anchor }, fontSize),
        });
        open = null;
      }
      continue;
    }
    if (selfClosing) continue;
    if (closing) {
      if (name === 'g' || name === 'svg') stack.pop();
      continue;
    }
    if (name === 'g' || name === 'svg') {
      const a = attributes(attrText);
      const top = stack[stack.length - 1];
      const t = a.transform?.match(/translate\(([-\d.e]+)[ ,]+([-\d.e]+)\)/);
      stack.push({
        dx: top.dx + (t ? Number(t[1]) : 0),
        dy: top.dy + (t ? Number(t[2]) : 0),
        classes: [...top.classes, ...(a.class ?? '').split(/\s+/).filter(Boolean)],
      });
    }
  }
  return labels;
}

/** The width attribute of the first `<svg>` in `html`. */
export function svgWidth(html: string): number {
  return Number(html.match(/<svg[^>]*\swidth="([\d.]+)"/)?.[1]);
}
