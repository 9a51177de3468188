import { useEffect, useState } from 'react';
import { useAnnouncements, type Announcement, type Politeness } from '../stores/announcements';

/** Long enough for a screen reader to pick the text up, short enough that it is gone before the next. */
const CLEAR_AFTER_MS = 7000;

/**
 * The app's two live regions, always in the page (a region added together
 * with its text is often not read). Polite waits for the reader to finish;
 * assertive (summons, time up) interrupts.
 */
export function LiveRegion() {
  const polite = useAnnouncements((s) => s.polite);
  const assertive = useAnnouncements((s) => s.assertive);
  return (
    <div className="visually-hidden" data-testid="live-regions">
      <Region politeness="polite" announcement={polite} />
      <Region politeness="assertive" announcement={assertive} />
    </div>
  );
}

function Region({ politeness, announcement }: { politeness: Politeness; announcement: Announcement | null }) {
  const [shown, setShown] = useState<Announcement | null>(null);
  useEffect(() => {
    if (!announcement) return;
    // Emptied first, then filled: the same sentence twice in a row is still a change.
    setShown(null);
    const fill = setTimeout(() => setShown(announcement), 50);
    const clear = setTimeout(() => setShown(null), CLEAR_AFTER_MS);
    return () => {
      clearTimeout(fill);
      clearTimeout(clear);
    };
  }, [announcement]);
  return (
    <div
      role={politeness === 'assertive' ? 'alert' : 'status'}
      aria-live={politeness}
      aria-atomic="true"
      data-testid={`live-${politeness}`}
      data-seq={shown?.seq}
    >
      {shown?.text ?? ''}
    </div>
  );
}
