import type * as Y from 'yjs';
import { readInsights, type Insight } from '@mutopia/shared/board/insights';
import { observeRootMap, useDocValue } from '../useSideDoc';

const observeInsights = observeRootMap('insights');
const NONE: Insight[] = [];

/** The key insights of a board, current after every edit by anyone. */
export function useInsights(doc: Y.Doc): Insight[] {
  return useDocValue(doc, readInsights, observeInsights) ?? NONE;
}
