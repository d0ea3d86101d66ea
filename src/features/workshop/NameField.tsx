import { useId } from 'react';
import { NAME_LENGTH } from '@/persistence/room/room-prefs';

interface NameFieldProps {
  label: string;
  help: string;
  value: string;
  onChange: (name: string) => void;
  /** Focused as its dialog opens (the dialog is there to ask for it). */
  asked?: boolean;
  /** Why the name cannot be taken (said, and the field marked invalid). */
  error?: string | null;
}

/** The name a person is shown by in a room: the facilitator's (optional) and a participant's. */
export function NameField({ label, help, value, onChange, asked = false, error = null }: NameFieldProps) {
  const fieldId = useId();
  const helpId = useId();
  const errorId = useId();
  return (
    <div className="room-join">
      <label htmlFor={fieldId}>{label}</label>
      <input
        id={fieldId}
        type="text"
        dir="auto"
        autoComplete="nickname"
        maxLength={NAME_LENGTH}
        value={value}
        // The attribute (not React's autoFocus): showModal() gives focus to the element that has it.
        ref={asked ? (field) => field?.setAttribute('autofocus', '') : undefined}
        aria-describedby={error ? `${errorId} ${helpId}` : helpId}
        aria-invalid={error ? true : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      <p id={helpId} className="room-link-help">
        {help}
      </p>
      {error && (
        <p id={errorId} className="room-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
