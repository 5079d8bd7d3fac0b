/**
 * Checks the message catalogues (app/i18n/messages/<code>/) as the tests do, and prints what a
 * translator must fix, language by language: `npm run check:messages [code]`. Exit 1 when a
 * catalogue has problems.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { checkCatalogue } from '../app/i18n/catalogue-check.ts';
import { LANGUAGES } from '../app/i18n/languages.ts';
import { ENGLISH } from '../app/i18n/translate.ts';

const only = process.argv[2];
let bad = 0;
for (const { code, name } of LANGUAGES) {
  if (only && code !== only) continue;
  const dir = new URL(`../app/i18n/messages/${code}/`, import.meta.url);
  const catalogue: Record<string, string> = {};
  try {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      Object.assign(catalogue, JSON.parse(readFileSync(new URL(file, dir), 'utf8')));
    }
  } catch (error) {
    console.log(`${code} (${name}): the catalogue cannot be read: ${(error as Error).message}`);
    bad++;
    continue;
  }
  const problems = checkCatalogue(ENGLISH, catalogue, code);
  const keys = Object.keys(ENGLISH).length;
  console.log(`${code} (${name}): ${keys} messages, ${problems.length} problems`);
  for (const p of problems) console.log(`  ${p}`);
  if (problems.length > 0) bad++;
}
process.exit(bad > 0 ? 1 : 0);
