/**
 * The number formatters the charts use, from React context: the browser's locale unless a
 * provider (or a test) says otherwise.
 */
import { createContext, useContext } from 'react';
import { browserFormats } from '../format.ts';
import type { Formats } from '../format.ts';

/** Provide `createFormats(locale)` here to format every chart below in that locale. */
export const FormatsContext = createContext<Formats>(browserFormats);

/** The formatters of the nearest `FormatsContext` provider. */
export function useFormats(): Formats {
  return useContext(FormatsContext);
}
