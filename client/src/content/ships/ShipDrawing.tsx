import type { CSSProperties, ReactNode } from 'react';

/** Hull colours by perspective (the order of definition.perspectives); all keep white text above 4.5:1. */
const HULL_COLORS = ['#1d4ed8', '#b45309', '#047857', '#7c3aed', '#be123c', '#0f766e', '#4d7c0f', '#9d174d'];
const NO_PERSPECTIVE = '#334155';

export function hullColor(perspectiveIndex: number): string {
  return perspectiveIndex < 0 ? NO_PERSPECTIVE : HULL_COLORS[perspectiveIndex % HULL_COLORS.length]!;
}

/**
 * A solution ship drawn around its card: the title on the sail, the card as
 * cargo on deck, the perspective and budget written on the hull. The drawing
 * scales with its box; strokes keep their width.
 */
export function ShipDrawing({
  title,
  titleId,
  color,
  hull,
  children,
  className,
}: {
  title: ReactNode;
  titleId?: string;
  color: string;
  /** Written on the hull (perspective, budget). */
  hull?: ReactNode;
  /** The cargo: the ship's card. */
  children?: ReactNode;
  className?: string;
}) {
  return (
    <div className={className ? `ship ${className}` : 'ship'} style={{ '--ship-color': color } as CSSProperties}>
      <div className="ship__rig">
        <svg className="ship__rig-art" viewBox="0 0 200 100" preserveAspectRatio="none" aria-hidden="true">
          <path className="ship__flag" d="M102 1 L122 6 L102 11 Z" />
          <rect className="ship__mast" x="98" y="0" width="4" height="100" />
          <path
            className="ship__sail"
            d="M22 12 Q100 4 178 12 Q170 52 178 92 Q100 84 22 92 Q30 52 22 12 Z"
            vectorEffect="non-scaling-stroke"
          />
        </svg>
        <div className="ship__title" id={titleId}>
          {title}
        </div>
      </div>
      {children && <div className="ship__cargo">{children}</div>}
      <div className="ship__hull">
        <svg className="ship__hull-art" viewBox="0 0 200 40" preserveAspectRatio="none" aria-hidden="true">
          <path d="M0 0 H200 L180 40 H20 Z" />
        </svg>
        {hull && <div className="ship__hull-text">{hull}</div>}
      </div>
      <svg className="ship__waves" viewBox="0 0 200 10" preserveAspectRatio="none" aria-hidden="true">
        <path d="M0 5 Q12.5 0 25 5 T50 5 T75 5 T100 5 T125 5 T150 5 T175 5 T200 5" vectorEffect="non-scaling-stroke" />
      </svg>
    </div>
  );
}

/** A small ship for lists: the hull in the perspective's colour under a white sail. */
export function ShipIcon({ color }: { color: string }) {
  return (
    <svg className="ship-icon" viewBox="0 0 40 36" width="40" height="36" aria-hidden="true">
      <rect x="19" y="2" width="2" height="24" fill="#6b4f2a" />
      <path d="M8 6 Q20 4 32 6 Q30 14 32 22 Q20 20 8 22 Q10 14 8 6 Z" fill="#fffdf5" stroke="#b9ad8f" />
      <path d="M2 25 H38 L33 34 H7 Z" fill={color} />
    </svg>
  );
}
