import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from '@/i18n/useTranslation';
import { LIMITS } from '@/domain/limits';
import { registerPendingEdit } from '@/store/pending-edits';

interface NoteEditorProps {
  initialText: string;
  /** The note edited, when it exists already: if another tab deletes it, what is typed is saved first. */
  noteId?: string;
  /** The textbox's accessible name. */
  label: string;
  /**
   * Called with the text (trailing space removed); never with an empty text. `byKey` is true for
   * Enter, false when focus left the box (then focus must stay where the user put it).
   * `startedFrom` is the text the box opened with (someone else may have changed the note since).
   */
  onSave: (text: string, byKey: boolean, startedFrom: string) => void;
  /**
   * Saves what is typed so far while the box stays open (the note was deleted by someone else in a
   * live room: it stays): with the text, and the text the box had started from until then.
   */
  onKeep?: (text: string, startedFrom: string) => void;
  /** Called on Escape, and when the box is left empty. */
  onCancel: (byKey: boolean) => void;
  className?: string;
}

/**
 * What each open editor of a note holds. A note whose place in its block's pages changes (notes
 * before it were added or removed, ./NotesPage) is drawn anew: its editor opens again with it.
 */
const openEditors = new Map<string, { text: string; startedFrom: string }>();
/** Editors of each note mounted now (one, or two for a moment while its note is drawn anew). */
const mounted = new Map<string, number>();

/** Whether a note's editor is open (a note drawn anew opens it again). */
export const isBeingEdited = (noteId: string): boolean => openEditors.has(noteId);

/**
 * The in-place textbox for a new or edited note. Enter or leaving the box saves, Shift+Enter adds
 * a line break, Escape cancels. Typing stays local until it is saved, so a keystroke never
 * touches the store or storage.
 */
export function NoteEditor({ initialText, noteId, label, onSave, onKeep, onCancel, className }: NoteEditorProps) {
  const { t } = useTranslation();
  const [resumed] = useState(() => (noteId === undefined ? undefined : openEditors.get(noteId)));
  const [text, setText] = useState(resumed?.text ?? initialText);
  // What the box opened with, kept as it was (the note may change under it meanwhile), or what it
  // last saved while staying open.
  const startedFrom = useRef(resumed?.startedFrom ?? initialText);
  const finished = useRef(false);
  const hintId = useId();

  const finish = (save: boolean, byKey: boolean) => {
    if (finished.current) return;
    finished.current = true;
    if (noteId !== undefined) openEditors.delete(noteId);
    const cleaned = text.replace(/\s+$/u, '');
    if (save && cleaned.trim() !== '') onSave(cleaned, byKey, startedFrom.current);
    else onCancel(byKey);
  };

  const keep = () => {
    const cleaned = text.replace(/\s+$/u, '');
    if (finished.current || !onKeep || cleaned.trim() === '') return;
    onKeep(cleaned, startedFrom.current);
    startedFrom.current = cleaned;
  };

  // If the page goes away while the box is open, or another tab deletes the note, what it holds is saved first.
  // (Called from outside React, even while something renders: a ref kept current after each render, not an effect event.)
  const finishRef = useRef(finish);
  const keepRef = useRef(keep);
  useLayoutEffect(() => {
    finishRef.current = finish;
    keepRef.current = keep;
  });
  useLayoutEffect(() => {
    if (noteId !== undefined && !finished.current) openEditors.set(noteId, { text, startedFrom: startedFrom.current });
  });
  useEffect(() => {
    if (noteId === undefined) return;
    mounted.set(noteId, (mounted.get(noteId) ?? 0) + 1);
    return () => {
      const left = (mounted.get(noteId) ?? 1) - 1;
      if (left > 0) mounted.set(noteId, left);
      else mounted.delete(noteId);
      // Gone for good unless the note was drawn anew with its editor in the same moment.
      setTimeout(() => mounted.has(noteId) || openEditors.delete(noteId));
    };
  }, [noteId]);
  const keeps = onKeep !== undefined;
  useEffect(
    () => registerPendingEdit(() => finishRef.current(true, false), noteId ?? null, keeps ? () => keepRef.current() : null),
    [noteId, keeps],
  );

  // The box grows as lines are added; all of it is kept in view inside a scrolling block. Asked
  // when its size changes, not at every keystroke: scrolling into view lays out the page first.
  const box = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    const element = box.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    let height: number | null = null;
    const observer = new ResizeObserver(([entry]) => {
      const next = entry?.borderBoxSize[0]?.blockSize ?? null;
      if (height !== null && next !== null && next > height) element.scrollIntoView?.({ block: 'nearest' });
      height = next;
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  return (
    <>
      <textarea
        ref={box}
        className={className ?? 'note-editor'}
        aria-label={label}
        aria-describedby={hintId}
        dir="auto"
        rows={2}
        maxLength={LIMITS.noteLength}
        value={text}
        // Focus on mount: the user just asked to write.
        autoFocus
        onFocus={(event) => {
          const box = event.currentTarget;
          box.setSelectionRange(box.value.length, box.value.length);
        }}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.nativeEvent.isComposing) return;
          if (event.key === 'Enter' && !event.shiftKey) {
            event.preventDefault();
            finish(true, true);
          } else if (event.key === 'Escape') {
            event.preventDefault();
            event.stopPropagation();
            finish(false, true);
          }
        }}
        onBlur={(event) => {
          // Switching to another window blurs the box but leaves it the active element: the user
          // has not left it, so it stays open.
          if (document.activeElement !== event.currentTarget) finish(true, false);
        }}
      />
      <span id={hintId} className="visually-hidden">
        {t('note.editorHint')}
      </span>
      <LengthLeft length={text.length} />
    </>
  );
}

/**
 * Near the most a note holds, how much room is left; at it, that the rest was not taken (a paste
 * longer than the limit is cut by the box, and would otherwise be cut without a word).
 */
function LengthLeft({ length }: { length: number }) {
  const { t } = useTranslation();
  const left = LIMITS.noteLength - length;
  if (left > LIMITS.noteLength / 10) return null;
  return (
    <span className="note-length" role="status" data-full={left <= 0 || undefined}>
      {left <= 0 ? t('note.lengthFull', { count: LIMITS.noteLength }) : t('note.lengthLeft', { count: left })}
    </span>
  );
}
