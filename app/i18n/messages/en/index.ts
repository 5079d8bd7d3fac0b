/**
 * The English catalogue, the source of every other: one file per part of the app (so a
 * translator, and a change, works on one part at a time), merged here. A key belongs to one
 * file, and its first word is the part's.
 */
import app from './app.json';
import charts from './charts.json';
import compare from './compare.json';
import editor from './editor.json';
import examples from './examples.json';
import files from './files.json';
import history from './history.json';
import language from './language.json';
import learn from './learn.json';
import library from './library.json';
import plan from './plan.json';
import population from './population.json';
import report from './report.json';
import results from './results.json';
import scenario from './scenario.json';
import share from './share.json';
import shell from './shell.json';
import summit from './summit.json';
import validation from './validation.json';
import workshop from './workshop.json';

export const en = {
  ...app,
  ...charts,
  ...compare,
  ...editor,
  ...examples,
  ...files,
  ...history,
  ...language,
  ...learn,
  ...library,
  ...plan,
  ...population,
  ...report,
  ...results,
  ...scenario,
  ...share,
  ...shell,
  ...summit,
  ...validation,
  ...workshop,
};
