/**
 * Export a chart as an SVG or PNG file. The SVG is a copy of the chart with its computed
 * styles written inline (so it looks the same outside the page); the PNG draws that SVG into
 * a canvas at twice the size. Touches the DOM only when called.
 */

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

/** The chart as a standalone SVG document, without the interactive year cursor. */
export function serializeSvg(svg: SVGSVGElement): string {
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
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}`;
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
export function downloadSvg(svg: SVGSVGElement, baseName: string): void {
  const text = serializeSvg(svg);
  downloadBlob(new Blob([text], { type: 'image/svg+xml;charset=utf-8' }), `${baseName}.svg`);
}

/** The chart drawn into a canvas at `scale` times its size, as a PNG blob. */
export async function svgToPng(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  const { width, height } = svgSize(svg);
  const url = URL.createObjectURL(new Blob([serializeSvg(svg)], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('the browser could not draw the chart as an image'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('this browser cannot draw into a canvas');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('the image could not be encoded'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Downloads the chart as `<baseName>.png` at twice its size. */
export async function downloadPng(svg: SVGSVGElement, baseName: string): Promise<void> {
  downloadBlob(await svgToPng(svg, 2), `${baseName}.png`);
}
