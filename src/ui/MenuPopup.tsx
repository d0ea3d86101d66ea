/**
 * The menu of a ./MenuButton: a popover (the platform's top layer: nothing clips or covers it)
 * placed by floating-ui beside its button, following the button when the page or a block scrolls.
 */
import { useEffect, useEffectEvent, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import type { MenuItem } from './MenuButton';
import { overlayRoot } from './overlay-root';

type Placement = typeof import('@floating-ui/dom');

/** floating-ui, fetched as a menu is about to open (the pointer or focus comes to its button). */
let placement: Promise<Placement> | null = null;
const loadPlacement = () =>
  (placement ??= import('@floating-ui/dom').catch((error: unknown) => {
    placement = null;
    throw error;
  }));
export const preloadPlacement = () => void loadPlacement().catch(() => {});

/** Where the platform has no popover (older browsers; jsdom), the menu is a fixed element over the page instead. */
const POPOVER = typeof HTMLElement !== 'undefined' && 'showPopover' in HTMLElement.prototype ? 'manual' : undefined;

interface MenuProps {
  id: string;
  label: string;
  items: readonly MenuItem[];
  buttonRef: RefObject<HTMLButtonElement | null>;
  onClose: (returnFocus: boolean) => void;
}

export function Menu({ id, label, items, buttonRef, onClose }: MenuProps) {
  const [position, setPosition] = useState<{ top: number; left: number; hidden: boolean } | null>(null);
  const menuRef = useRef<HTMLUListElement>(null);
  const close = useEffectEvent(onClose);

  // Under the button, aligned to its inline end (flipped above it, or shifted, to stay on screen),
  // kept there while the page or the button's block scrolls; hidden while the button is out of sight.
  useLayoutEffect(() => {
    const button = buttonRef.current;
    const menu = menuRef.current;
    if (!button || !menu) return;
    if (POPOVER) menu.showPopover();
    let stop = () => {};
    let stopped = false;
    loadPlacement().then(
      ({ autoUpdate, computePosition, flip, hide, offset, shift }) => {
        if (stopped) return;
        const place = () =>
          void computePosition(button, menu, {
            strategy: 'fixed',
            placement: 'bottom-end',
            middleware: [offset(4), flip({ padding: 8 }), shift({ padding: 8 }), hide()],
          }).then(({ x, y, middlewareData }) => {
            // Hidden: the button is scrolled out of its block's view (a button with no box at all is not laid out: not hidden).
            const hidden = (middlewareData.hide?.referenceHidden ?? false) && button.offsetHeight > 0;
            if (!stopped) setPosition({ left: x, top: y, hidden });
          });
        stop = autoUpdate(button, menu, place);
      },
      (error: unknown) => {
        // Its code could not be fetched (offline after an update): the menu opens where the button is.
        console.error(error);
        const rect = button.getBoundingClientRect();
        setPosition({
          left: Math.max(8, Math.min(rect.left, window.innerWidth - menu.offsetWidth - 8)),
          top: rect.bottom + 4,
          hidden: false,
        });
      },
    );
    return () => {
      stopped = true;
      stop();
    };
  }, [buttonRef]);

  // Once the menu is placed (and so visible), focus the checked item or the first one.
  const placed = position !== null;
  useEffect(() => {
    if (!placed) return;
    const checked = menuRef.current?.querySelector<HTMLElement>('[aria-checked="true"]');
    (checked ?? menuRef.current?.querySelector<HTMLElement>('[role^="menuitem"]'))?.focus();
  }, [placed]);

  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target)) close(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
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
      popover={POPOVER}
      style={position && !position.hidden ? { top: position.top, left: position.left } : { visibility: 'hidden' }}
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
