/**
 * The key-insights area of a room board, filled by the room's moderator for the
 * closing presentation.
 *
 *   doc.getMap('insights')  insightId → Y.Map { text: Y.Text, order: number }
 */
import * as Y from 'yjs';
import { z } from 'zod';
import { CONTENT_LIMITS } from './content-limits.js';
import { newItemId, setTextField, textOf } from './y-text.js';

export const insightSchema = z.object({
  id: z.string().min(1).max(64),
  text: z.string().max(CONTENT_LIMITS.longText),
});
export type Insight = z.infer<typeof insightSchema>;

export function insightsOf(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap<Y.Map<unknown>>('insights');
}

/** Adds an insight at the end; null when the area is full. */
export function addInsight(doc: Y.Doc, text: string, origin?: unknown): string | null {
  const insights = insightsOf(doc);
  if (insights.size >= CONTENT_LIMITS.insights) return null;
  const id = newItemId();
  doc.transact(() => {
    let order = 0;
    for (const i of insights.values()) {
      const o = i.get('order');
      if (typeof o === 'number' && o >= order) order = o + 1;
    }
    const insight = new Y.Map<unknown>();
    insight.set('text', new Y.Text(text.slice(0, CONTENT_LIMITS.longText)));
    insight.set('order', order);
    insights.set(id, insight);
  }, origin);
  return id;
}

export function setInsightText(doc: Y.Doc, id: string, text: string, origin?: unknown): void {
  doc.transact(() => {
    const insight = insightsOf(doc).get(id);
    if (insight) setTextField(insight, 'text', text, CONTENT_LIMITS.longText);
  }, origin);
}

/** Moves an insight to position `index` of the list. */
export function moveInsight(doc: Y.Doc, id: string, index: number, origin?: unknown): void {
  const ordered = readInsights(doc).map((i) => i.id);
  const from = ordered.indexOf(id);
  if (from < 0) return;
  ordered.splice(from, 1);
  ordered.splice(Math.max(0, Math.min(index, ordered.length)), 0, id);
  doc.transact(() => {
    const insights = insightsOf(doc);
    ordered.forEach((insightId, order) => insights.get(insightId)?.set('order', order));
  }, origin);
}

export function removeInsight(doc: Y.Doc, id: string, origin?: unknown): void {
  doc.transact(() => insightsOf(doc).delete(id), origin);
}

export function readInsights(doc: Y.Doc): Insight[] {
  const out: Array<Insight & { order: number }> = [];
  for (const [id, insight] of insightsOf(doc).entries()) {
    if (!(insight instanceof Y.Map)) continue;
    const order = insight.get('order');
    out.push({
      id,
      text: textOf(insight, 'text', CONTENT_LIMITS.longText),
      order: typeof order === 'number' ? order : 0,
    });
  }
  // Two people adding the last free insight at once can overshoot the limit; views never show more.
  return out
    .sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1))
    .slice(0, CONTENT_LIMITS.insights)
    .map(({ order: _order, ...insight }) => insight);
}
