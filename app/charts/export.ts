/**
 * Export a chart as an SVG or PNG file. The SVG is a copy of the chart with its computed
 * styles written inline (so it looks the same outside the page); the PNG draws that SVG into
 * a canvas at twice the size. Touches the DOM only when called.
 *
 * A file read away from the page still says what it shows: around the drawing the export
 * writes the chart's title, its legend (the swatches and the legend's and notes' words), the
 * scenario's name and, when a shipped data set is used, the credit its licence asks for
 * (`ChartDecoration`). The scenario's name and credit come from the page
 * (`setExportCaption`), the legend from the chart's own markup (`legendOf`).
 */
import type { MessageKey, Translate } from '../i18n/translate.ts';

/** Styles copied from the page into the exported SVG. */
const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'shape-rendering',
] as const;

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An export that failed for a reason the reader is told, by its message's key. */
export class ExportError extends Error {
  constructor(readonly key: MessageKey) {
    super(key);
    this.name = 'ExportError';
  }
}

/** A file name from a chart's title: "supply-and-demand-of-nurses-fte". */
export function fileNameFor(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return slug || 'chart';
}

function svgSize(svg: SVGSVGElement): { width: number; height: number } {
  const box = svg.viewBox.baseVal;
  return {
    width: svg.width.baseVal.value || box?.width || 800,
    height: svg.height.baseVal.value || box?.height || 400,
  };
}

function pageBackground(): string {
  // The page's background sits on <body> or, as in this app, on the root element.
  for (const element of [document.body, document.documentElement]) {
    const colour = getComputedStyle(element).backgroundColor;
    if (colour && colour !== 'transparent' && colour !== 'rgba(0, 0, 0, 0)') return colour;
  }
  return '#ffffff';
}

/** What every exported chart says besides its drawing: the scenario and the data credit. */
export interface ExportCaption {
  /** The scenario's name. */
  scenario: string;
  /** The credit line of a shipped data set, or null when none is used. */
  credit: string | null;
}

let pageCaption: ExportCaption | null = null;

/** Sets the caption of the page's exports (the scenario the shown results belong to). */
export function setExportCaption(caption: ExportCaption | null): void {
  pageCaption = caption;
}

/** The caption of the page's exports, if the page has set one. */
export function exportCaption(): ExportCaption | null {
  return pageCaption;
}

/** One entry of a legend: a swatch of the series' colour (and dash) and its name. */
export interface LegendSwatch {
  label: string;
  colour: string;
  dash?: string;
}

/** The words around an exported chart. */
export interface ChartDecoration {
  title: string;
  swatches: readonly LegendSwatch[];
  /** Sentences under the drawing: the legend in words and the chart's notes. */
  words: readonly string[];
  caption: ExportCaption | null;
  /** The lines at the foot, in the reader's language: the scenario, the credit, the app
   *  ({@link exportFooter}). */
  footer: readonly string[];
}

/** The foot of an export: "Scenario: …", the data credit, "Made with HWF Scenario Lab". */
export function exportFooter(caption: ExportCaption | null, t: Translate): string[] {
  const lines: string[] = [];
  if (caption) {
    lines.push(t('charts.export.scenario', { name: caption.scenario }));
    if (caption.credit) lines.push(caption.credit);
  }
  lines.push(t('charts.export.madeWith'));
  return lines;
}

/** The legend of the chart in `container`: its swatches (`.hwf-legend li`) and the words
 *  that explain the drawing (the intake sentence, the legend's sentence, the notes). */
export function legendOf(container: Element): Pick<ChartDecoration, 'swatches' | 'words'> {
  const swatches = Array.from(container.querySelectorAll('.hwf-legend li')).map((item) => {
    const rect = item.querySelector('rect');
    const line = item.querySelector('line');
    // Computed, so that a swatch drawn in `currentColor` keeps the page's colour.
    const colour = rect
      ? getComputedStyle(rect).fill
      : line
        ? getComputedStyle(line).stroke
        : 'currentColor';
    const dash = line?.getAttribute('stroke-dasharray') ?? undefined;
    return { label: (item.textContent ?? '').trim(), colour, ...(dash ? { dash } : {}) };
  });
  const words = Array.from(
    container.querySelectorAll('.hwf-intake-words, .hwf-legend p, .hwf-note'),
  )
    .map((node) => (node.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter((text) => text !== '');
  return { swatches, words };
}

/** Whom a chart is about: the nearest `data-chart-subject`, or the name of the tab whose
 *  panel holds the chart (the profession's tab of the results). */
export function subjectOf(element: Element): string | null {
  const marked = element.closest('[data-chart-subject]');
  if (marked) return marked.getAttribute('data-chart-subject');
  const panel = element.closest('[role="tabpanel"][aria-labelledby]');
  const tab = panel && document.getElementById(panel.getAttribute('aria-labelledby') ?? '');
  const name = tab?.textContent?.trim();
  return name ? name : null;
}

/** The title an export carries: "Nurses: Supply and demand (FTE)". */
export function exportTitle(title: string, subject: string | null, t: Translate): string {
  return subject && !title.includes(subject) ? t('charts.export.title', { subject, title }) : title;
}

/** The decoration of the chart in `container` titled `title`, with the page's caption, its
 *  words in the language of `t`. */
export function decorationFor(
  container: Element,
  title: string,
  t: Translate,
  caption: ExportCaption | null = exportCaption(),
): ChartDecoration {
  return {
    title: exportTitle(title, subjectOf(container), t),
    ...legendOf(container),
    caption,
    footer: exportFooter(caption, t),
  };
}

/** `text` in lines of at most about `chars` characters, broken between words. */
export function wrapText(text: string, chars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > chars) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Sizes of the decoration, in pixels. */
const PAD = 16;
const TITLE_SIZE = 16;
const TEXT_SIZE = 12;
const CAPTION_SIZE = 11;
const LINE = 1.35;
/** A generous average width of a character, in ems, for wrapping without measuring. */
const CHAR_EM = 0.56;
const SWATCH = { width: 28, height: 12, gap: 6, after: 18 };

/** Wraps `chart` (a standalone copy of the drawing) in a document with the decoration. */
function decorate(
  chart: SVGSVGElement,
  size: { width: number; height: number },
  d: ChartDecoration,
  style: { colour: string; muted: string; font: string; background: string },
): { svg: SVGSVGElement; width: number; height: number } {
  const width = Math.max(size.width, 360);
  const inner = width - 2 * PAD;
  const root = document.createElementNS(SVG_NS, 'svg');
  const add = <K extends keyof SVGElementTagNameMap>(
    name: K,
    attributes: Record<string, string | number>,
    text?: string,
  ): SVGElementTagNameMap[K] => {
    const node = document.createElementNS(SVG_NS, name);
    for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
    if (text !== undefined) node.textContent = text;
    root.append(node);
    return node;
  };
  const background = add('rect', { width: '100%', height: '100%', fill: style.background });
  const lines = (text: string, fontSize: number, y: number, extra: Record<string, string>) => {
    for (const line of wrapText(text, Math.floor(inner / (fontSize * CHAR_EM)))) {
      y += fontSize * LINE;
      add('text', { x: PAD, y: y - fontSize * 0.3, 'font-size': fontSize, ...extra }, line);
    }
    return y;
  };
  const text = { fill: style.colour, 'font-family': style.font };
  let y = lines(d.title, TITLE_SIZE, PAD - 4, { ...text, 'font-weight': 'bold' });
  y += 8;
  chart.setAttribute('x', '0');
  chart.setAttribute('y', String(y));
  root.append(chart);
  y += size.height + 10;

  // The swatches flow in rows, as the page's legend does.
  let x = PAD;
  if (d.swatches.length > 0) y += TEXT_SIZE * LINE;
  for (const s of d.swatches) {
    const itemWidth = SWATCH.width + SWATCH.gap + s.label.length * TEXT_SIZE * CHAR_EM;
    if (x > PAD && x + itemWidth > width - PAD) {
      x = PAD;
      y += TEXT_SIZE * LINE + 4;
    }
    const middle = y - TEXT_SIZE * 0.35;
    add('rect', {
      x,
      y: middle - SWATCH.height / 2,
      width: SWATCH.width,
      height: SWATCH.height,
      fill: s.colour,
      'fill-opacity': 0.25,
    });
    add('line', {
      x1: x,
      x2: x + SWATCH.width,
      y1: middle,
      y2: middle,
      stroke: s.colour,
      'stroke-width': 2,
      ...(s.dash ? { 'stroke-dasharray': s.dash } : {}),
    });
    add('text', { x: x + SWATCH.width + SWATCH.gap, y, 'font-size': TEXT_SIZE, ...text }, s.label);
    x += itemWidth + SWATCH.after;
  }
  if (d.swatches.length > 0) y += 4;
  for (const sentence of d.words) y = lines(sentence, TEXT_SIZE, y, text);
  y += 6;
  const muted = { fill: style.muted, 'font-family': style.font };
  for (const line of d.footer) {
    y = lines(line, CAPTION_SIZE, y, muted);
  }
  const height = Math.ceil(y + PAD);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  background.setAttribute('height', String(height));
  return { svg: root, width, height };
}

/** The chart as a standalone SVG document, without the interactive year cursor; with a
 *  decoration, wrapped in its title, legend, scenario name and credit. */
export function serializeSvg(svg: SVGSVGElement, decoration?: ChartDecoration): string {
  return exportSvg(svg, decoration).text;
}

/** {@link serializeSvg} and the size of the document it writes. */
export function exportSvg(
  svg: SVGSVGElement,
  decoration?: ChartDecoration,
): { text: string; width: number; height: number } {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const sources = [svg, ...Array.from(svg.querySelectorAll('*'))];
  const copies = [clone, ...Array.from(clone.querySelectorAll('*'))];
  sources.forEach((source, i) => {
    const computed = getComputedStyle(source);
    const inline = STYLE_PROPERTIES.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(';');
    copies[i].setAttribute('style', inline);
  });
  clone.querySelectorAll('.hwf-cursor').forEach((node) => node.remove());
  for (const name of ['tabindex', 'aria-describedby', 'aria-keyshortcuts', 'class']) {
    clone.removeAttribute(name);
  }
  const { width, height } = svgSize(svg);
  clone.setAttribute('xmlns', SVG_NS);
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  const background = document.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', pageBackground());
  const title = document.createElementNS(SVG_NS, 'title');
  title.textContent = svg.getAttribute('aria-label') ?? '';
  clone.prepend(title, background);
  let out = { svg: clone, width, height };
  if (decoration) {
    const computed = getComputedStyle(svg);
    out = decorate(clone, { width, height }, decoration, {
      colour: computed.color || '#1a1a1a',
      muted: mutedColour(svg) ?? computed.color ?? '#4a4a4a',
      font: computed.fontFamily || 'sans-serif',
      background: pageBackground(),
    });
    const whole = document.createElementNS(SVG_NS, 'title');
    whole.textContent = decoration.title;
    const desc = document.createElementNS(SVG_NS, 'desc');
    desc.textContent = svg.getAttribute('aria-label') ?? '';
    out.svg.prepend(whole, desc);
    out.svg.setAttribute('xmlns', SVG_NS);
  }
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(out.svg)}`;
  return { text, width: out.width, height: out.height };
}

/** The page's muted text colour (`--muted`), if it has one. */
function mutedColour(svg: SVGSVGElement): string | null {
  const value = getComputedStyle(svg).getPropertyValue('--muted').trim();
  return value === '' ? null : value;
}

/** Saves `blob` as `fileName` through a temporary <a download>. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download starts from the click; free the URL once it has been read.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Downloads the chart as `<baseName>.svg`. */
export function downloadSvg(
  svg: SVGSVGElement,
  baseName: string,
  decoration?: ChartDecoration,
): void {
  const text = serializeSvg(svg, decoration);
  downloadBlob(new Blob([text], { type: 'image/svg+xml;charset=utf-8' }), `${baseName}.svg`);
}

/** The chart (with its decoration, if given) drawn into a canvas at `scale` times its
 *  size, as a PNG blob. */
export async function svgToPng(
  svg: SVGSVGElement,
  scale = 2,
  decoration?: ChartDecoration,
): Promise<Blob> {
  const { text, width, height } = exportSvg(svg, decoration);
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new ExportError('charts.export.cannotDraw'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new ExportError('charts.export.noCanvas');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new ExportError('charts.export.cannotEncode'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Downloads the chart as `<baseName>.png` at twice its size. */
export async function downloadPng(
  svg: SVGSVGElement,
  baseName: string,
  decoration?: ChartDecoration,
): Promise<void> {
  downloadBlob(await svgToPng(svg, 2, decoration), `${baseName}.png`);
}
