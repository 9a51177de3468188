import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FIT_SCALES, fittingScale, pageCount } from './fit-pages-model';
import { usePageTurner } from './usePageTurner';

import './fit-pages.css';

/**
 * Everything in `children` on a projector, with nobody to scroll: the items
 * flow in newspaper columns (CSS multi-column), the type shrinks a few steps
 * until all of them fit, and when even the smallest step does not fit, the
 * overflowing columns become pages that turn by themselves, with "Seite 2 von 3"
 * in the corner. Items that must not be split mark themselves with
 * `fit-pages__item` (break-inside: avoid).
 */
export function FitPages({
  children,
  columnWidth,
  label,
  testId,
}: {
  children: ReactNode;
  /** Narrowest column, in em of the fitted type (columns widen to fill the screen). */
  columnWidth: number;
  /** What the pages hold, for screen readers ("Fragen"). */
  label: string;
  testId?: string;
}) {
  const { t } = useTranslation();
  const flow = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState<number>(FIT_SCALES[0]);
  const [pages, setPages] = useState(1);

  // Measure every type size, keep the one fittingScale picks; again whenever the content or the screen changes.
  useLayoutEffect(() => {
    const el = flow.current;
    if (!el) return;
    let frame = 0;
    const measure = () => {
      const left = el.scrollLeft;
      el.scrollLeft = 0;
      const counts = FIT_SCALES.map((step) => {
        el.style.fontSize = `${step}em`;
        return pageCount(el.scrollWidth, el.clientWidth, columnGapPx(el));
      });
      const index = fittingScale(counts);
      el.style.fontSize = `${FIT_SCALES[index]}em`;
      el.scrollLeft = left;
      setScale(FIT_SCALES[index]!);
      setPages(counts[index]!);
    };
    const later = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(measure);
    };
    measure();
    const resize = new ResizeObserver(later);
    resize.observe(el);
    const mutation = new MutationObserver(later);
    mutation.observe(el, { childList: true, subtree: true, characterData: true });
    return () => {
      cancelAnimationFrame(frame);
      resize.disconnect();
      mutation.disconnect();
    };
  }, []);

  const page = usePageTurner(pages);

  useLayoutEffect(() => {
    const el = flow.current;
    if (el) el.scrollLeft = page * (el.clientWidth + columnGapPx(el));
  }, [page, pages, scale]);

  return (
    <div className="fit-pages" data-testid={testId} data-pages={pages} data-page={page + 1}>
      <div
        ref={flow}
        className="fit-pages__flow"
        role="region"
        aria-label={label}
        data-fit-pages=""
        style={{ fontSize: `${scale}em`, columnWidth: `${columnWidth}em` }}
      >
        {children}
      </div>
      {pages > 1 && (
        <p className="fit-pages__page" data-testid="projector-page">
          {t('projectorScreens.page', { page: page + 1, pages })}
        </p>
      )}
    </div>
  );
}

function columnGapPx(el: HTMLElement): number {
  return parseFloat(getComputedStyle(el).columnGap) || 0;
}
