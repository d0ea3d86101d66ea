import type { ButtonHTMLAttributes, Ref } from 'react';

type IconButtonProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type' | 'aria-label' | 'title'> & {
  /** Its name: read by screen readers and shown as its tooltip (the icon has no words). */
  label: string;
  ref?: Ref<HTMLButtonElement>;
};

/** A small button drawn as an icon alone (a note's tools, a dialog's close, a vote's + and −). */
export function IconButton({ label, className, children, ...props }: IconButtonProps) {
  return (
    <button type="button" className={className ? `icon-button ${className}` : 'icon-button'} aria-label={label} title={label} {...props}>
      {children}
    </button>
  );
}
