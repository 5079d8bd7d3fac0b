import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { HwfResult } from '../../model/result/result.ts';
import {
  INITIAL_PROJECTOR,
  presenterReceive,
  projectorReceive,
  projectorUrl,
  readMessage,
  wantsPicture,
} from '../../app/workshop/sync.ts';
import type { WorkshopMessage, WorkshopPicture } from '../../app/workshop/sync.ts';

const result = JSON.parse(
  readFileSync(new URL('../golden/exampleland.monte-carlo.json', import.meta.url), 'utf8'),
) as HwfResult;

const picture = (over: Partial<WorkshopPicture> = {}): WorkshopPicture => ({
  result,
  professionId: 'nurse',
  revealed: true,
  view: 'result',
  measure: 'gap',
  compare: [],
  caveat: null,
  levers: [{ label: 'Training places', value: '+15 %' }],
  changes: {},
  ...over,
});

const send = (id: string, seq: number, p: WorkshopPicture): WorkshopMessage => ({
  type: 'picture',
  from: 'presenter',
  id,
  seq,
  picture: p,
});

describe('workshop messages', () => {
  it('read what the protocol sends, through a structured clone', () => {
    const messages: WorkshopMessage[] = [
      { type: 'hello', from: 'projector', id: 'p1' },
      { type: 'bye', from: 'presenter', id: 'a' },
      send('a', 3, picture()),
      // The gap view, and what the variants change.
      send('a', 4, picture({ view: 'gap', changes: { A: 'training places +15 %' } })),
      // Today's and the planned intake for the headline.
      send('a', 5, picture({ intake: { today: 1200, planned: { value: 1380, year: 2029 } } })),
      send('a', 6, picture({ intake: null })),
    ];
    for (const m of messages) expect(readMessage(structuredClone(m))).toEqual(m);
  });

  it('ignore anything else on the channel', () => {
    for (const data of [
      null,
      'hello',
      { type: 'hello', from: 'presenter', id: 'x' },
      { type: 'hello', from: 'projector' },
      { type: 'picture', from: 'presenter', id: 'a', seq: 1.5, picture: picture() },
      {
        type: 'picture',
        from: 'presenter',
        id: 'a',
        seq: 1,
        picture: { ...picture(), view: 'slides' },
      },
      {
        type: 'picture',
        from: 'presenter',
        id: 'a',
        seq: 1,
        picture: { ...picture(), revealed: 'yes' },
      },
      {
        type: 'picture',
        from: 'presenter',
        id: 'a',
        seq: 1,
        picture: { ...picture(), intake: { today: '1 200' } },
      },
      { type: 'other', from: 'projector', id: 'p' },
    ]) {
      expect(readMessage(data)).toBeNull();
    }
  });
});

describe('the projector', () => {
  it('shows the latest picture and ignores a late, older one', () => {
    let state = projectorReceive(INITIAL_PROJECTOR, send('a', 1, picture()));
    expect(state).toMatchObject({ connected: true, presenter: 'a', seq: 1 });
    state = projectorReceive(state, send('a', 2, picture({ revealed: false })));
    expect(state.picture?.revealed).toBe(false);
    const late = projectorReceive(state, send('a', 1, picture({ revealed: true })));
    expect(late).toBe(state);
  });

  it('follows a presenter that started again (new id, numbers from 0)', () => {
    const old = projectorReceive(INITIAL_PROJECTOR, send('a', 40, picture()));
    const fresh = projectorReceive(old, send('b', 0, picture({ view: 'compare' })));
    expect(fresh).toMatchObject({ presenter: 'b', seq: 0, connected: true });
    expect(fresh.picture?.view).toBe('compare');
  });

  it('keeps the last picture when the presenter says bye, and ignores other windows', () => {
    const state = projectorReceive(INITIAL_PROJECTOR, send('a', 1, picture()));
    expect(projectorReceive(state, { type: 'bye', from: 'presenter', id: 'other' })).toBe(state);
    expect(projectorReceive(state, { type: 'hello', from: 'projector', id: 'p2' })).toBe(state);
    const gone = projectorReceive(state, { type: 'bye', from: 'presenter', id: 'a' });
    expect(gone).toMatchObject({ connected: false, picture: state.picture });
  });
});

describe('the presenter', () => {
  it('answers a hello with its picture and counts the open projectors', () => {
    const hello: WorkshopMessage = { type: 'hello', from: 'projector', id: 'p1' };
    expect(wantsPicture(hello)).toBe(true);
    expect(wantsPicture({ type: 'bye', from: 'projector', id: 'p1' })).toBe(false);
    let projectors = presenterReceive(new Set(), hello);
    expect([...projectors]).toEqual(['p1']);
    expect(presenterReceive(projectors, hello)).toBe(projectors);
    projectors = presenterReceive(projectors, { type: 'hello', from: 'projector', id: 'p2' });
    projectors = presenterReceive(projectors, { type: 'bye', from: 'projector', id: 'p1' });
    expect([...projectors]).toEqual(['p2']);
    expect(presenterReceive(projectors, send('z', 0, picture()))).toBe(projectors);
  });

  it('opens the projector next to the page, without the share link', () => {
    expect(projectorUrl('https://example.org/lab/index.html?x=1#s=1.abc')).toBe(
      'https://example.org/lab/index.html?view=projector',
    );
    expect(projectorUrl('http://127.0.0.1:4173/')).toBe('http://127.0.0.1:4173/?view=projector');
  });
});
