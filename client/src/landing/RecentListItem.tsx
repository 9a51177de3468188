import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { CloseIcon } from '../ui/icons';

interface RecentListItemProps {
  href: string;
  icon: ReactNode;
  iconClassName?: string;
  title: string;
  meta: string;
  /** Translated accessible name of the remove button. */
  removeLabel: string;
  onRemove: () => void;
  /** data-testid and data-* attributes of the list item. */
  data: Record<string, string>;
}

/** One row of a "remembered in this browser" list on the landing page. */
export function RecentListItem({
  href,
  icon,
  iconClassName,
  title,
  meta,
  removeLabel,
  onRemove,
  data,
}: RecentListItemProps) {
  return (
    <li className="recent-list__item" {...data}>
      <Link href={href} className="recent-list__link">
        <span className={iconClassName ? `recent-list__icon ${iconClassName}` : 'recent-list__icon'}>{icon}</span>
        <span className="recent-list__text">
          <span className="recent-list__title">{title}</span>
          <span className="recent-list__meta">{meta}</span>
        </span>
      </Link>
      <button
        type="button"
        className="icon-button icon-button--quiet"
        aria-label={removeLabel}
        title={removeLabel}
        onClick={onRemove}
      >
        <CloseIcon size={16} />
      </button>
    </li>
  );
}
