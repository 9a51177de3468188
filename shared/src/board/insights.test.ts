import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CONTENT_LIMITS } from './content-limits.js';
import { addInsight, insightsOf, moveInsight, readInsights, removeInsight, setInsightText } from './insights.js';

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

const texts = (doc: Y.Doc) => readInsights(doc).map((i) => i.text);

describe('key insights', () => {
  it('adds insights at the end, edits, moves and removes them', () => {
    const doc = new Y.Doc();
    const a = addInsight(doc, 'Sprache zuerst')!;
    const b = addInsight(doc, 'Anerkennung dauert zu lange')!;
    const c = addInsight(doc, 'Mentoring hilft')!;
    expect(texts(doc)).toEqual(['Sprache zuerst', 'Anerkennung dauert zu lange', 'Mentoring hilft']);
    setInsightText(doc, b, 'Anerkennung dauert viel zu lange');
    moveInsight(doc, c, 0);
    expect(readInsights(doc).map((i) => i.id)).toEqual([c, a, b]);
    moveInsight(doc, c, 99);
    expect(readInsights(doc).map((i) => i.id)).toEqual([a, b, c]);
    removeInsight(doc, a);
    expect(texts(doc)).toEqual(['Anerkennung dauert viel zu lange', 'Mentoring hilft']);
    // After a removal a new insight still goes last.
    addInsight(doc, 'Neu');
    expect(texts(doc).at(-1)).toBe('Neu');
  });

  it('cuts text at the limit and refuses more insights than allowed', () => {
    const doc = new Y.Doc();
    const id = addInsight(doc, 'x'.repeat(CONTENT_LIMITS.longText + 5))!;
    expect(texts(doc)[0]).toHaveLength(CONTENT_LIMITS.longText);
    setInsightText(doc, id, 'y'.repeat(CONTENT_LIMITS.longText * 2));
    expect(texts(doc)[0]).toHaveLength(CONTENT_LIMITS.longText);
    for (let i = 1; i < CONTENT_LIMITS.insights; i++) expect(addInsight(doc, `${i}`)).not.toBeNull();
    expect(addInsight(doc, 'zu viel')).toBeNull();
    expect(readInsights(doc)).toHaveLength(CONTENT_LIMITS.insights);
  });

  it('keeps both people’s words when they edit one insight at once', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const id = addInsight(a, 'Netzwerke')!;
    sync(a, b);
    setInsightText(a, id, 'Lokale Netzwerke');
    setInsightText(b, id, 'Netzwerke tragen');
    sync(a, b);
    expect(texts(a)).toEqual(['Lokale Netzwerke tragen']);
    expect(texts(b)).toEqual(texts(a));
  });

  it('lists insights added at once by two people in the same order everywhere, and keeps both', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    addInsight(a, 'erste');
    sync(a, b);
    addInsight(a, 'von A');
    addInsight(b, 'von B');
    sync(a, b);
    expect(texts(a)).toHaveLength(3);
    expect(texts(a)[0]).toBe('erste');
    expect(texts(a)).toEqual(texts(b));
  });

  it('a concurrent move and edit both survive', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const first = addInsight(a, 'eins')!;
    const second = addInsight(a, 'zwei')!;
    sync(a, b);
    moveInsight(a, second, 0);
    setInsightText(b, first, 'eins, geändert');
    sync(a, b);
    expect(readInsights(a)).toEqual([
      { id: second, text: 'zwei' },
      { id: first, text: 'eins, geändert' },
    ]);
    expect(readInsights(b)).toEqual(readInsights(a));
  });

  it('shows no more than the limit even when concurrent adds overshoot it', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    for (let i = 0; i < CONTENT_LIMITS.insights - 1; i++) addInsight(a, `${i}`);
    sync(a, b);
    addInsight(a, 'A');
    addInsight(b, 'B');
    sync(a, b);
    expect(readInsights(a)).toHaveLength(CONTENT_LIMITS.insights);
  });

  it('skips malformed entries instead of failing', () => {
    const doc = new Y.Doc();
    addInsight(doc, 'gut');
    (insightsOf(doc) as Y.Map<unknown>).set('plain', 'kein Map');
    const odd = new Y.Map<unknown>();
    odd.set('text', 17);
    insightsOf(doc).set('odd', odd);
    expect(texts(doc)).toContain('gut');
    expect(readInsights(doc).find((i) => i.id === 'plain')).toBeUndefined();
  });
});
