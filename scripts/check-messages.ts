/**
 * Checks the message catalogues (app/i18n/messages/<code>/) as the tests do, and prints what a
 * translator must fix, language by language: `npm run check:messages [code] [folder]`. Exit 1
 * when a catalogue has problems.
 *
 * With a code, that language alone, shipped or not yet listed (a translation under way); with
 * a folder as well, the catalogue in that folder. Besides the problems that stop a language
 * from shipping, it counts the messages still word for word the English ones (a translator's
 * reminder, not a fault: "FTE" may well stay "FTE") and lists them with `--same`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkCatalogue } from '../app/i18n/catalogue-check.ts';
import { LANGUAGES } from '../app/i18n/languages.ts';
import { ENGLISH } from '../app/i18n/translate.ts';

const args = process.argv.slice(2);
const listSame = args.includes('--same');
const [only, folder] = args.filter((a) => a !== '--same');
const MESSAGES = fileURLToPath(new URL('../app/i18n/messages/', import.meta.url));
const englishFiles = readdirSync(`${MESSAGES}en`).filter((f) => f.endsWith('.json'));

const languages = only
  ? [LANGUAGES.find((l) => l.code === only) ?? { code: only, name: 'not yet listed' }]
  : LANGUAGES;

let bad = 0;
for (const { code, name } of languages) {
  const dir = folder ?? `${MESSAGES}${code}`;
  const catalogue: Record<string, string> = {};
  const problems: string[] = [];
  try {
    if (!existsSync(dir)) throw new Error(`no folder ${dir}`);
    const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    for (const file of englishFiles) if (!files.includes(file)) problems.push(`${file}: missing`);
    for (const file of files) {
      if (!englishFiles.includes(file)) problems.push(`${file}: not a file of English`);
      const part = JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')) as Record<string, string>;
      const keys = Object.keys(part);
      const sorted = [...keys].sort();
      const at = keys.findIndex((k, i) => k !== sorted[i]);
      if (at >= 0) problems.push(`${file}: keys not in order from "${keys[at]}"`);
      Object.assign(catalogue, part);
    }
  } catch (error) {
    console.log(`${code} (${name}): the catalogue cannot be read: ${(error as Error).message}`);
    bad++;
    continue;
  }
  problems.push(...checkCatalogue(ENGLISH, catalogue, code));
  const same = Object.keys(ENGLISH).filter((k) => code !== 'en' && catalogue[k] === ENGLISH[k]);
  const keys = Object.keys(ENGLISH).length;
  console.log(
    `${code} (${name}): ${keys} messages, ${problems.length} problems` +
      (code === 'en' ? '' : `, ${same.length} word for word as in English`),
  );
  for (const p of problems) console.log(`  ${p}`);
  if (listSame) for (const k of same) console.log(`  same as English: ${k}: ${ENGLISH[k]}`);
  if (problems.length > 0) bad++;
}
process.exit(bad > 0 ? 1 : 0);
