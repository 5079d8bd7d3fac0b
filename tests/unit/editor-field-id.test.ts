/** Field ids from paths and back: stable, unique, valid ids for every field of the examples. */
import { describe, expect, it } from 'vitest';
import { fieldId, pathAndAncestors, pathFromFieldId } from '../../app/editor/field-id.ts';
import { allPaths } from '../../model/scenario/json-path.ts';
import { FIELD_HELP, genericPath } from '../../app/scenario/labels.ts';
import { EXAMPLES, exampleJson } from '../helpers/scenarios.ts';

/** Paths of the fields that take a Dist (a number or a range), and their parameters. */
function distPaths(doc: unknown): string[] {
  return allPaths(doc).filter((p) => {
    const field = p.replace(/\.(min|mode|max|mean|sd|median|gsd|dist|resample)$/, '');
    return FIELD_HELP[genericPath(field)]?.dist === true;
  });
}

describe('fieldId', () => {
  it('gives the design example', () => {
    expect(fieldId('professions[0].exits.attrition')).toBe('field-professions-0-exits-attrition');
  });

  it.each(EXAMPLES)('round-trips every Dist path of the %s example', (name) => {
    const paths = distPaths(exampleJson(name));
    expect(paths.length).toBeGreaterThan(name === 'minimal' ? 10 : 40);
    expect(paths).toContain('professions[0].exits.attrition.max');
    const ids = paths.map(fieldId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [i, p] of paths.entries()) {
      expect(ids[i]).toMatch(/^field-[A-Za-z0-9-]+$/);
      expect(pathFromFieldId(ids[i])).toBe(p);
    }
  });

  it('round-trips every path of the examples, cells included', () => {
    for (const name of EXAMPLES) {
      for (const p of allPaths(exampleJson(name))) expect(pathFromFieldId(fieldId(p))).toBe(p);
    }
    expect(pathFromFieldId(fieldId(''))).toBe('');
  });

  it('rejects ids it did not make', () => {
    expect(pathFromFieldId('attrition')).toBeUndefined();
    expect(pathFromFieldId('field-a--b')).toBeUndefined();
  });

  it('lists a path and its ancestors', () => {
    expect(pathAndAncestors('a.b[1].c')).toEqual(['a.b[1].c', 'a.b[1]', 'a.b', 'a', '']);
  });
});
