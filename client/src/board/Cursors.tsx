import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Peer } from './awareness-state';
import { boardToScreen, type Size, type Viewport } from './viewport-math';

interface CursorsProps {
  peers: readonly Peer[];
  viewport: Viewport;
  size: Size;
}

/** Other people's pointers, drawn in screen space so they keep their size at every zoom. */
export const Cursors = memo(function Cursors({ peers, viewport, size }: CursorsProps) {
  const { t } = useTranslation();
  return (
    <div className="cursors" aria-hidden="true">
      {peers.map((peer) => {
        if (!peer.cursor) return null;
        const p = boardToScreen(viewport, peer.cursor);
        if (p.x < -40 || p.y < -40 || p.x > size.width + 40 || p.y > size.height + 40) return null;
        return (
          <div
            key={peer.clientId}
            className="cursor"
            style={{ transform: `translate(${p.x}px, ${p.y}px)`, color: peer.user.color }}
            title={t('cursor.label', { name: peer.user.name })}
            data-testid="remote-cursor"
          >
            <svg width="18" height="20" viewBox="0 0 18 20" focusable="false">
              <path
                d="M1 1l6.5 17 2.6-7.1L17 8.3z"
                fill="currentColor"
                stroke="#fff"
                strokeWidth="1.5"
                strokeLinejoin="round"
              />
            </svg>
            <span className="cursor__label" style={{ background: peer.user.color }}>
              {peer.user.name}
            </span>
          </div>
        );
      })}
    </div>
  );
});
