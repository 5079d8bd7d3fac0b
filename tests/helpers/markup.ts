/**
 * Components as static markup (no browser), and the queries the markup tests make of it:
 * text, attributes, buttons and their accessible names, labelled images, table cells,
 * labels of form controls and ids. React's static markup is regular (attributes in double
 * quotes, `"`, `'`, `<`, `>` and `&` always escaped), so regular expressions read it reliably.
 */
import { createElement } from 'react';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { FormatsContext } from '../../app/charts/formats-context.ts';
import { createFormats } from '../../app/format.ts';
import type { Formats } from '../../app/format.ts';

/** English (United Kingdom) number formats: fixed, whatever the machine's locale. */
export const en: Formats = createFormats('en-GB');

/**
 * The static markup of `element`; with `formats`, inside a FormatsContext provider of them
 * (as the app gives the charts their locale), else with the default formats.
 */
export function renderMarkup(element: ReactElement, formats?: Formats): string {
  return renderToStaticMarkup(
    formats ? createElement(FormatsContext.Provider, { value: formats }, element) : element,
  );
}

/** The static markup of `element` with English (en-GB) number formats, as charts get them. */
export function renderEnglish(element: ReactElement): string {
  return renderMarkup(element, en);
}

/** `html` with the entities React writes turned back into characters. */
export function decodeEntities(html: string): string {
  return html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The text of `html`: each tag replaced by a space, entities decoded, runs of space as one. */
export function textOf(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ');
}

/** The value of attribute `name` in the opening tag `tag` (still escaped), if it has one. */
export function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

/** Every opening tag of element `name` in `html`, in order. */
export function openingTags(html: string, name: string): string[] {
  return [...html.matchAll(new RegExp(`<${name}\\b[^>]*>`, 'g'))].map((m) => m[0]);
}

/**
 * Every <button>: its attributes (the opening tag after the name), its inner markup, and its
 * accessible name (aria-label, else the inner markup).
 */
export function buttons(html: string): { attributes: string; text: string; label: string }[] {
  return [...html.matchAll(/<button([^>]*)>(.*?)<\/button>/g)].map((m) => ({
    attributes: m[1],
    text: m[2],
    label: attr(m[1], 'aria-label') ?? m[2],
  }));
}

/** The attributes of every <svg> that is a chart (class hwf-chart-svg), in order. */
export function chartSvgs(html: string): string[] {
  return [...html.matchAll(/<svg([^>]*)>/g)]
    .map((m) => m[1])
    .filter((attributes) => attributes.includes('hwf-chart-svg'));
}

/** The aria-label of the first <svg role="img"> (undefined when there is none). */
export function imageLabel(html: string): string | undefined {
  return /<svg[^>]*role="img"[^>]*aria-label="([^"]*)"/.exec(html)?.[1];
}

/** The inner markup of every <th> and <td>, in document order. */
export function cells(html: string): string[] {
  return [...html.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map((m) => m[1]);
}

/** The text of every <td> (data cell, not header), trimmed, in document order. */
export function dataCells(html: string): string[] {
  return [...html.matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((m) => textOf(m[1]).trim());
}

/** The text of each cell (<th> and <td>) of each row of the first <tbody>, trimmed. */
export function bodyRows(html: string): string[][] {
  const body = html.split('<tbody>')[1].split('</tbody>')[0];
  return body
    .split('</tr>')
    .filter((row) => row.includes('<t'))
    .map((row) => cells(row).map((cell) => textOf(cell).trim()));
}

/** The id in the `for` of the first <label> whose whole content is `text`. */
export function labelledId(html: string, text: string): string | undefined {
  const label = [...html.matchAll(/<label([^>]*)>(.*?)<\/label>/g)].find((m) => m[2] === text);
  return label && attr(label[1], 'for');
}

/** The ids named by the `for` of a <label>. */
export function labelTargets(html: string): Set<string> {
  return new Set([...html.matchAll(/<label[^>]*\sfor="([^"]+)"/g)].map((m) => m[1]));
}

/** Every id in `html`, in order (repeats included). */
export function ids(html: string): string[] {
  return [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
}

/** The ids used more than once (listed again for each repeat). */
export function duplicateIds(html: string): string[] {
  const all = ids(html);
  return all.filter((id, i) => all.indexOf(id) !== i);
}

/** Whether the opening tag `tag` sits inside a <label> without a `for` (a wrapping label). */
function insideLabel(html: string, tag: string): boolean {
  const at = html.indexOf(tag);
  const open = html.lastIndexOf('<label', at);
  const close = html.lastIndexOf('</label>', at);
  return open > close && !/\sfor="/.test(html.slice(open, html.indexOf('>', open)));
}

/**
 * The opening tag of each <input>, <select> and <textarea> that has no name: no
 * <label for> its id, no aria-label, no aria-labelledby naming ids that exist, and no
 * wrapping <label>. Expects at least one control, so a page without any does not pass.
 */
export function unlabelledControls(html: string): string[] {
  const labelled = labelTargets(html);
  const known = new Set(ids(html));
  const controls = openingTags(html, '(?:input|select|textarea)');
  if (controls.length === 0) throw new Error('no form control in the markup');
  return controls.filter((tag) => {
    const id = attr(tag, 'id');
    if (attr(tag, 'aria-label')?.trim()) return false;
    const by = attr(tag, 'aria-labelledby');
    if (by && by.split(' ').every((x) => known.has(x))) return false;
    // A control inside its <label> (radio buttons) is labelled by it.
    if (id === undefined) return !insideLabel(html, tag);
    return !labelled.has(id) && !insideLabel(html, tag);
  });
}
