/**
 * A button that opens a menu (WAI-ARIA menu button pattern): arrow keys, Home/End, Escape and
 * Tab work as a screen-reader user expects, and focus returns to the button. The menu itself
 * (./MenuPopup: a popover placed by floating-ui) is code of its own, fetched as a menu is about
 * to open (the pointer or focus comes to a button), not with the first screen.
 */
import { useEffect, useId, useImperativeHandle, useRef, useState, type ReactNode, type Ref } from 'react';
import { loadOnce } from './load-once';
import { missingCode } from './missing-code';

const menuCode = loadOnce(() => import('./MenuPopup'));

/** Fetches the menus' code (once; a failed fetch is tried again at the next call). */
export const loadMenuCode = menuCode.load;
const preloadMenu = () =>
  void loadMenuCode().then(
    (module) => module.preloadPlacement(),
    () => {},
  );

export interface MenuItem {
  id: string;
  label: string;
  /** Shown before the label (a colour swatch, say). */
  decoration?: ReactNode;
  /** Makes the item a `menuitemradio` (or, with `toggles`, a `menuitemcheckbox`), checked or not. */
  checked?: boolean;
  /** One of several choices that can each be on or off: choosing it keeps the menu open. */
  toggles?: boolean;
  onSelect: () => void;
}

interface MenuButtonProps {
  /** The button's accessible name. */
  label: string;
  /** Id of an element describing what the button acts on. */
  describedBy?: string;
  /** The menu's accessible name. */
  menuLabel: string;
  /** The menu's items; a function is asked for them only while the menu is open. */
  items: readonly MenuItem[] | (() => readonly MenuItem[]);
  children: ReactNode;
  className?: string;
  /** The button itself, for a caller that must give focus back to it. */
  buttonRef?: Ref<HTMLButtonElement>;
  /** -1 keeps the button out of the Tab order (a toolbar reached by arrow keys). */
  tabIndex?: number;
}

/**
 * The button; the menu's own workings (placement, focus, closing on a click outside) are mounted
 * only while it is open, so a board of a thousand notes, each with a few menus, carries little.
 */
export function MenuButton({ label, describedBy, menuLabel, items, children, className, buttonRef: outerRef, tabIndex }: MenuButtonProps) {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuId = useId();
  useImperativeHandle(outerRef, () => buttonRef.current as HTMLButtonElement, []);
  // Opened before its code came (a click at once after the page showed): it opens once it is here.
  const [, setArrived] = useState(0);
  useEffect(() => {
    if (!open || menuCode.loaded) return;
    loadMenuCode().then(
      () => setArrived((count) => count + 1),
      (error: unknown) => {
        setOpen(false);
        missingCode(error);
      },
    );
  }, [open]);
  const Menu = menuCode.loaded?.Menu;
  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className={className}
        tabIndex={tabIndex}
        aria-label={label}
        aria-describedby={describedBy}
        title={label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open && Menu ? menuId : undefined}
        onClick={() => setOpen(!open)}
        onPointerEnter={preloadMenu}
        onFocus={preloadMenu}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && !open) {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        {children}
      </button>
      {open && Menu && (
        <Menu
          id={menuId}
          label={menuLabel}
          items={typeof items === 'function' ? items() : items}
          buttonRef={buttonRef}
          onClose={(returnFocus) => {
            setOpen(false);
            if (returnFocus) buttonRef.current?.focus();
          }}
        />
      )}
    </>
  );
}
