import type { ReactNode } from 'react';

interface IconButtonProps {
  /** Translated; serves as accessible name and tooltip. */
  label: string;
  testId: string;
  onClick: () => void;
  disabled?: boolean;
  pressed?: boolean;
  className?: string;
  children: ReactNode;
}

export function IconButton({ label, testId, onClick, disabled, pressed, className, children }: IconButtonProps) {
  return (
    <button
      type="button"
      className={className ?? 'toolbar__button'}
      aria-label={label}
      title={label}
      disabled={disabled}
      aria-pressed={pressed}
      data-testid={testId}
      onClick={onClick}
    >
      {children}
    </button>
  );
}
