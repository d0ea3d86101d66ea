import { useRef } from 'react';

interface CopyFieldProps {
  /** The field's id (its `<label>` points at it). */
  id: string;
  value: string;
  /** The button's words, and its name when the words alone do not say which field. */
  copyText: string;
  copyLabel?: string;
  describedBy?: string;
  rowClassName: string;
  inputClassName?: string;
  /** Told whether it was copied (false: the text is selected instead, to copy by hand). */
  onCopied: (copied: boolean) => void;
}

/**
 * A text to give out (a link): read-only, selected on focus, and a button that copies it. Where
 * the clipboard is not there (a plain-http address on the network is not a secure context) or
 * refuses, the text is selected for the person to copy by hand.
 */
export function CopyField({ id, value, copyText, copyLabel, describedBy, rowClassName, inputClassName, onCopied }: CopyFieldProps) {
  const field = useRef<HTMLInputElement>(null);
  const copy = async () => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(value);
      onCopied(true);
    } catch {
      field.current?.select();
      onCopied(false);
    }
  };
  return (
    <div className={rowClassName}>
      <input
        ref={field}
        id={id}
        className={inputClassName}
        type="text"
        dir="ltr"
        readOnly
        value={value}
        aria-describedby={describedBy}
        onFocus={(event) => event.currentTarget.select()}
      />
      <button type="button" className="button" onClick={() => void copy()} aria-label={copyLabel}>
        {copyText}
      </button>
    </div>
  );
}
