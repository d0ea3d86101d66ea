/**
 * A button that opens a menu (WAI-ARIA menu button pattern): arrow keys, Home/End, Escape and
 * Tab work as a screen-reader user expects, and focus returns to the button. The menu is drawn in
 * a portal with fixed position, so a scrolling container never clips it.
 */
import {
  useEffect,
  useEffectEvent,
  useId,
  useImperativeHandle,
  useLayoutEffect,
  useRef,
  useState,
  type ReactNode,
  type Ref,
  type RefObject,
} from 'react';
import { createPortal } from 'react-dom';
import { overlayRoot } from './overlay-root';

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
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen(!open)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && !open) {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        {children}
      </button>
      {open && (
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

interface MenuProps {
  id: string;
  label: string;
  items: readonly MenuItem[];
  buttonRef: RefObject<HTMLButtonElement | null>;
  onClose: (returnFocus: boolean) => void;
}

function Menu({ id, label, items, buttonRef, onClose }: MenuProps) {
  const [position, setPosition] = useState<{ top: number; left: number } | null>(null);
  const menuRef = useRef<HTMLUListElement>(null);
  const close = useEffectEvent(onClose);

  // Place the menu under the button, aligned to its inline end, kept inside the viewport.
  useLayoutEffect(() => {
    const button = buttonRef.current;
    const menu = menuRef.current;
    if (!button || !menu) return;
    const rect = button.getBoundingClientRect();
    const width = menu.offsetWidth;
    const height = menu.offsetHeight;
    const rtl = getComputedStyle(button).direction === 'rtl';
    let left = rtl ? rect.left : rect.right - width;
    left = Math.max(8, Math.min(left, window.innerWidth - width - 8));
    let top = rect.bottom + 4;
    if (top + height > window.innerHeight - 8) top = Math.max(8, rect.top - height - 4);
    setPosition({ top, left });
  }, [buttonRef]);

  // Once the menu is placed (and so visible), focus the checked item or the first one.
  useEffect(() => {
    if (!position) return;
    const checked = menuRef.current?.querySelector<HTMLElement>('[aria-checked="true"]');
    (checked ?? menuRef.current?.querySelector<HTMLElement>('[role^="menuitem"]'))?.focus();
  }, [position]);

  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target)) close(false);
    };
    // The menu is placed once; if the page under it scrolls or resizes, it closes rather than drift.
    const onViewportChange = (event: Event) => {
      if (event.target instanceof Node && menuRef.current?.contains(event.target)) return;
      close(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    window.addEventListener('resize', onViewportChange);
    window.addEventListener('scroll', onViewportChange, true);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      window.removeEventListener('resize', onViewportChange);
      window.removeEventListener('scroll', onViewportChange, true);
    };
  }, [buttonRef]);

  const onMenuKeyDown = (event: React.KeyboardEvent<HTMLUListElement>) => {
    const list = Array.from(menuRef.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? []);
    const index = list.indexOf(document.activeElement as HTMLElement);
    const focusAt = (i: number) => list[(i + list.length) % list.length]?.focus();
    switch (event.key) {
      case 'ArrowDown':
        focusAt(index + 1);
        break;
      case 'ArrowUp':
        focusAt(index - 1);
        break;
      case 'Home':
        focusAt(0);
        break;
      case 'End':
        focusAt(list.length - 1);
        break;
      case 'Escape':
        onClose(true);
        break;
      case 'Tab':
        // Back to the button first, so Tab carries on from where the menu was opened.
        onClose(true);
        return;
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  };

  const select = (item: MenuItem) => {
    if (!item.toggles) onClose(true);
    item.onSelect();
  };

  return createPortal(
    <ul
      ref={menuRef}
      id={id}
      role="menu"
      aria-label={label}
      className="menu"
      style={position ? { top: position.top, left: position.left } : { visibility: 'hidden' }}
      onKeyDown={onMenuKeyDown}
    >
      {items.map((item) => (
        <li
          key={item.id}
          role={item.checked === undefined ? 'menuitem' : item.toggles ? 'menuitemcheckbox' : 'menuitemradio'}
          aria-checked={item.checked}
          tabIndex={-1}
          className="menu-item"
          onClick={() => select(item)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' || event.key === ' ') {
              event.preventDefault();
              select(item);
            }
          }}
        >
          {item.decoration}
          <span>{item.label}</span>
        </li>
      ))}
    </ul>,
    overlayRoot(),
  );
}
