/**
 * A message of the catalogue with elements in it: the placeholders named in `nodes` become
 * those elements (a link, a button, code, a styled part), the rest is text, in the order the
 * message of the reader's language puts them. The message is formatted whole, each element's
 * placeholder holding a marker, so the sentence stays one message and a translator places
 * the link where the language needs it. One helper for the whole app.
 */
import { Fragment } from 'react';
import type { ReactNode } from 'react';
import type { MessageKey, MessageValues, Translate } from '../i18n/translate.ts';

/** Marks a placeholder's place in the formatted text: private-use characters around its
 *  number, which no message holds. */
const mark = (i: number) => `\uE000${i}\uE001`;
const MARKS = /\uE000(\d+)\uE001/;

/** Message `key` with `values`, and `nodes` where their placeholders are. */
export function messageNodes(
  t: Translate,
  key: MessageKey,
  nodes: Readonly<Record<string, ReactNode>>,
  values: MessageValues = {},
): ReactNode[] {
  const names = Object.keys(nodes);
  const marked: Record<string, string | number> = { ...values };
  names.forEach((name, i) => {
    marked[name] = mark(i);
  });
  const parts = t(key, marked).split(MARKS);
  // split with a group: text, index, text, index, …, text.
  return parts.flatMap<ReactNode>((part, k) => {
    if (k % 2 === 0) return part === '' ? [] : [part];
    return [<Fragment key={k}>{nodes[names[Number(part)]]}</Fragment>];
  });
}
