import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import {
  useDisplayPreferences,
  type ContrastChoice,
  type MotionChoice,
  type TextSizeChoice,
} from '../stores/displayPreferences';
import { STATEMENT_PATH } from './statement-path';

import './display-menu.css';

interface Option<T extends string> {
  value: T;
  label: string;
}

function ChoiceGroup<T extends string>({
  legend,
  kind,
  name,
  value,
  options,
  onChange,
}: {
  legend: string;
  kind: string;
  name: string;
  value: T;
  options: Option<T>[];
  onChange: (value: T) => void;
}) {
  return (
    <fieldset className="display-menu__group">
      <legend className="display-menu__legend">{legend}</legend>
      {options.map((o) => (
        <label key={o.value} className="display-menu__option">
          <input
            type="radio"
            name={name}
            value={o.value}
            checked={value === o.value}
            data-testid={`display-${kind}-${o.value}`}
            onChange={() => onChange(o.value)}
          />
          <span>{o.label}</span>
        </label>
      ))}
    </fieldset>
  );
}

/**
 * The "Anzeige" menu: contrast, text size and motion for this device, and the
 * way to the accessibility statement. A disclosure (button + panel), not an
 * ARIA menu: its content is form controls, which keep their own keyboard use.
 */
export function DisplayMenu({
  placement = 'below',
  compact = false,
}: {
  placement?: 'below' | 'above';
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const panelId = useId();
  const name = useId();
  const { contrast, text, motion, set } = useDisplayPreferences();

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    panelRef.current?.querySelector<HTMLInputElement>('input:checked')?.focus();
    const onPointer = (e: PointerEvent) => {
      const target = e.target as Node;
      if (!panelRef.current?.contains(target) && !buttonRef.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  return (
    <div className={`display-menu display-menu--${placement}`}>
      <button
        ref={buttonRef}
        type="button"
        className={compact ? 'icon-button display-menu__toggle' : 'button button--secondary display-menu__toggle'}
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={compact ? t('display.menu.label') : undefined}
        title={t('display.menu.label')}
        data-testid="display-menu-toggle"
        onClick={() => setOpen(!open)}
      >
        <span className="display-menu__glyph" aria-hidden="true">
          Aa
        </span>
        {!compact && <span>{t('display.menu.button')}</span>}
      </button>
      {open && (
        <div
          ref={panelRef}
          id={panelId}
          className="display-menu__panel"
          role="group"
          aria-label={t('display.menu.label')}
          data-testid="display-menu"
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.stopPropagation();
              close(true);
            }
          }}
        >
          <ChoiceGroup<ContrastChoice>
            legend={t('display.menu.contrast')}
            kind="contrast"
            name={`${name}-contrast`}
            value={contrast}
            onChange={(v) => set({ contrast: v })}
            options={[
              { value: 'auto', label: t('display.menu.contrastAuto') },
              { value: 'high', label: t('display.menu.contrastHigh') },
              { value: 'standard', label: t('display.menu.contrastStandard') },
            ]}
          />
          <ChoiceGroup<TextSizeChoice>
            legend={t('display.menu.text')}
            kind="text"
            name={`${name}-text`}
            value={text}
            onChange={(v) => set({ text: v })}
            options={[
              { value: 'normal', label: t('display.menu.textNormal') },
              { value: 'large', label: t('display.menu.textLarge') },
            ]}
          />
          <ChoiceGroup<MotionChoice>
            legend={t('display.menu.motion')}
            kind="motion"
            name={`${name}-motion`}
            value={motion}
            onChange={(v) => set({ motion: v })}
            options={[
              { value: 'auto', label: t('display.menu.motionAuto') },
              { value: 'reduced', label: t('display.menu.motionReduced') },
            ]}
          />
          <p className="display-menu__hint">{t('display.menu.kept')}</p>
          <div className="display-menu__foot">
            <Link href={STATEMENT_PATH} className="display-menu__statement" data-testid="display-menu-statement">
              {t('display.footer.statement')}
            </Link>
            <button type="button" className="button button--secondary" onClick={() => close(true)}>
              {t('display.menu.close')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
