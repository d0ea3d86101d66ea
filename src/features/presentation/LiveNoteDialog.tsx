import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from '@/i18n/useTranslation';
import { STORY_ORDER, type BlockId } from '@/domain/blocks';
import { LIMITS } from '@/domain/limits';
import { canvasActions } from '@/store/canvas-store';
import { registerPendingEdit } from '@/store/pending-edits';
import { announce } from '@/ui/announcer';
import { Dialog } from '@/ui/Dialog';

/**
 * The large box for writing a note during a presentation, at the foot of the screen so the room
 * still sees the block. Enter adds the note and empties the box for the next one; Escape closes.
 * Text still in the box when the presentation ends (or the page goes away) is added, not lost.
 */
export function LiveNoteDialog({ initialBlock, onClose }: { initialBlock: BlockId; onClose: () => void }) {
  const { t } = useTranslation('presentation');
  const headingId = useId();
  const hintId = useId();
  const [block, setBlock] = useState(initialBlock);
  const [text, setText] = useState('');
  const [full, setFull] = useState(false);
  const blockName = (id: BlockId) => t(`blocks.${id}.name`, { ns: 'app' });

  const add = (): boolean => {
    const cleaned = text.replace(/\s+$/u, '');
    if (cleaned.trim() === '') return false;
    if (canvasActions().addNote(block, cleaned) === null) {
      setFull(true);
      return false;
    }
    setText('');
    announce(t('noteAdded', { block: blockName(block) }));
    return true;
  };

  // Whatever is left in the box when it goes away without Escape is saved.
  const pending = useRef({ block, text, cancelled: false });
  useLayoutEffect(() => {
    pending.current = { ...pending.current, block, text };
  });
  useEffect(() => {
    const save = () => {
      const { block: target, text: typed, cancelled } = pending.current;
      if (cancelled || typed.trim() === '') return;
      pending.current.text = '';
      canvasActions().addNote(target, typed.replace(/\s+$/u, ''));
    };
    const unregister = registerPendingEdit(save);
    return () => {
      unregister();
      save();
    };
  }, []);

  // Escape drops what is in the box (as in any note box); "Done" adds it first.
  const cancel = () => {
    pending.current.cancelled = true;
    onClose();
  };
  const done = () => {
    if (text.trim() !== '' && !add()) return;
    cancel();
  };

  return (
    <Dialog labelledBy={headingId} onClose={cancel} className="live-note-dialog">
      <h2 id={headingId}>{t('addNoteTitle')}</h2>
      <label className="live-note-block">
        <span>{t('block')}</span>
        <select value={block} onChange={(event) => setBlock(event.target.value as BlockId)}>
          {STORY_ORDER.map((id) => (
            <option key={id} value={id}>
              {blockName(id)}
            </option>
          ))}
        </select>
      </label>
      <textarea
        className="live-note-text"
        aria-label={t('noteIn', { block: blockName(block) })}
        aria-describedby={hintId}
        dir="auto"
        rows={2}
        maxLength={LIMITS.noteLength}
        value={text}
        // The attribute (not React's autoFocus): showModal() gives focus to the element that has it.
        ref={(box) => box?.setAttribute('autofocus', '')}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.nativeEvent.isComposing || event.key !== 'Enter' || event.shiftKey) return;
          event.preventDefault();
          add();
        }}
      />
      <p id={hintId} className="live-note-hint">
        {t('addNoteHint')}
      </p>
      {full && (
        <p role="alert" className="block-alert">
          {t('note.limitReached', { ns: 'app', count: LIMITS.notesPerCanvas })}
        </p>
      )}
      <div className="notice-actions">
        <button type="button" className="button" onClick={() => add()}>
          {t('addButton')}
        </button>
        <button type="button" className="button button-quiet" onClick={done}>
          {t('done')}
        </button>
      </div>
    </Dialog>
  );
}
