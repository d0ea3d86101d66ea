import { useRef, type ReactNode } from 'react';
import { useTranslation } from '@/i18n/useTranslation';
import { countNotes } from '@/domain/canvas';
import { LIMITS } from '@/domain/limits';
import { CheckButton } from '@/features/check/CheckButton';
import { FindButton } from '@/features/canvas/FindButton';
import { FilesToolbar } from '@/features/files/FilesToolbar';
import { PresentButton } from '@/features/presentation/PresentButton';
import { VotingTools } from '@/features/voting/VotingTools';
import { HistoryButton } from '@/features/versions/HistoryButton';
import { RoomStatusWhenLive, WorkshopButton } from '@/features/workshop/WorkshopButton';
import { selectReadOnly, useLiveRoom } from '@/store/live-room';
import { canvasActions, selectCurrentCanvas, useCanvasStore, useCanvasTitle, type CanvasState } from '@/store/canvas-store';
import { HistoryButtons } from './HistoryButtons';
import { LanguageSelect } from './LanguageSelect';
import { ShortcutsButton } from './ShortcutsDialog';

const selectNoteTotal = (state: CanvasState) => countNotes(selectCurrentCanvas(state));

/**
 * The top bar: the app's name, the canvas title, the file tools, how many notes, and the
 * language. Over a shared canvas or a version (read-only) it says so instead of offering to edit. On a phone
 * it keeps to two lines: its tools show their icons only.
 */
export function AppHeader({ shared = false, label, sharedTools }: { shared?: boolean; label?: string; sharedTools?: ReactNode }) {
  const { t } = useTranslation();
  // In someone else's room (a join or watch link), a phone's header leaves out the tools for one's own canvases.
  const guest = useLiveRoom((state) => state.room !== null && state.room.role !== 'host');
  return (
    <header className="app-header" data-room-guest={guest || undefined}>
      <h1 className="brand">
        <img src={__BOOM_LOGO__} alt="" width="28" height="28" />
        <span>{t('app.name')}</span>
      </h1>
      {shared ? (
        <>
          <p className="shared-label">{label ?? t('shared.label')}</p>
          {sharedTools}
        </>
      ) : (
        <EditorTools />
      )}
      <LanguageSelect />
    </header>
  );
}

function EditorTools() {
  const { t } = useTranslation();
  const titleField = useRef<HTMLInputElement>(null);
  const title = useCanvasTitle();
  // Through a watch link the canvas is only watched: its title is shown, and nothing that edits it.
  const watching = useLiveRoom(selectReadOnly);
  const inRoom = useLiveRoom((state) => state.room !== null);
  return (
    <>
      <input
        ref={titleField}
        className="canvas-title"
        type="text"
        dir="auto"
        aria-label={t('header.titleLabel')}
        placeholder={t('header.titlePlaceholder')}
        maxLength={LIMITS.titleLength}
        value={title}
        readOnly={watching}
        onChange={(event) => canvasActions().setTitle(event.target.value)}
      />
      <FilesToolbar titleField={titleField} />
      {!watching && <HistoryButtons />}
      {/* Not in a live room: restoring would change the canvas under everyone; the room's end keeps a version. */}
      {!inRoom && <HistoryButton />}
      <PresentButton />
      {!watching && <CheckButton />}
      <FindButton />
      {!watching && <VotingTools />}
      <WorkshopButton />
      <ShortcutsButton />
      <NoteTotal />
      <RoomStatusWhenLive />
    </>
  );
}

/** How many notes the canvas holds: the only part of the header a note coming or going redraws. */
function NoteTotal() {
  const { t } = useTranslation();
  const total = useCanvasStore(selectNoteTotal);
  return <span className="note-total">{t('header.noteTotal', { count: total })}</span>;
}
