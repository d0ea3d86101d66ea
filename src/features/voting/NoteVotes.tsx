import { translator } from '@/i18n/translator';
import type { KeyboardEvent } from 'react';
import { canvasActions, selectCurrentCanvas, useCanvasStore } from '@/store/canvas-store';
import { selectDotsLeft, useLiveRoom } from '@/store/live-room';
import { useWorkshop } from '@/store/workshop';
import { announce } from '@/ui/announcer';
import { dismissToast, showToast } from '@/ui/toasts';
import { matchShortcut } from '@/ui/shortcuts';
import { IconButton } from '@/ui/IconButton';
import { VoteDots, type NoteVotesProps } from '@/ui/VoteDots';

/** The message that a person has no dots left, while it is up (a second tap shows it afresh, not twice). */
let noDotsMessage: number | null = null;

/**
 * Gives or takes back a vote, and says the new count (the change is small on screen). In a live
 * room a person gives at most the dots the facilitator allows, and takes back only their own: a
 * "+" with no dots left says so on screen (a tap on a greyed button must not go unanswered).
 */
function vote(noteId: string, delta: 1 | -1): void {
  const live = useLiveRoom.getState();
  if (live.room && delta > 0 && selectDotsLeft(live) === 0) {
    const count = live.room.controls.dots;
    if (noDotsMessage !== null) dismissToast(noDotsMessage);
    noDotsMessage = showToast({ tone: 'info', text: () => translator.t('workshop:votes.noDotsLeft', { count }), duringPresentation: true });
    return;
  }
  if (live.room && delta < 0 && !live.room.ownVotes.get(noteId)) {
    announce(translator.t('workshop:votes.noneOfYours'));
    return;
  }
  const before = useCanvasStore.getState();
  if (delta > 0) canvasActions().addVote(noteId);
  else canvasActions().removeVote(noteId);
  const state = useCanvasStore.getState();
  if (state === before) return;
  announce(translator.t('voting.count', { count: selectCurrentCanvas(state).notes[noteId]?.votes ?? 0 }));
}

/** In dot voting, "+" on a focused note gives it a vote and "−" takes one back (a held key counts once). */
export function voteByKey(event: KeyboardEvent<HTMLElement>, noteId: string): boolean {
  if (!useWorkshop.getState().voting) return false;
  const match = matchShortcut(['voteAdd', 'voteRemove'], event, 'ltr');
  if (match === null) return false;
  event.preventDefault();
  if (!event.repeat) vote(noteId, match.id === 'voteAdd' ? 1 : -1);
  return true;
}

/** A note's votes as dots; while dot voting is on, buttons to add and remove one (drawn by the board: see features/canvas/note-parts). */
export function NoteVotes({ noteId, votes, voting, describedBy, labelId, tabIndex, names }: NoteVotesProps) {
  // In a live room, "−" takes back only this person's dots, and "+" gives only the dots left.
  const own = useLiveRoom((state) => (state.room ? (state.room.ownVotes.get(noteId) ?? 0) : null));
  const noneLeft = useLiveRoom((state) => selectDotsLeft(state) === 0);
  const canRemove = own === null ? votes > 0 : own > 0;
  return (
    <div className="note-votes">
      <VoteDots votes={votes} labelId={labelId} />
      {voting && (
        <span className="vote-buttons">
          {/* aria-disabled, not disabled: focus stays on "−" when the last vote is taken back. */}
          <IconButton
            className="vote-button"
            tabIndex={tabIndex}
            label={names.removeVote}
            aria-describedby={describedBy}
            aria-disabled={!canRemove}
            onClick={() => canRemove && vote(noteId, -1)}
          >
            −
          </IconButton>
          <IconButton
            className="vote-button"
            tabIndex={tabIndex}
            label={names.addVote}
            aria-describedby={describedBy}
            aria-disabled={noneLeft || undefined}
            onClick={() => vote(noteId, 1)}
          >
            +
          </IconButton>
        </span>
      )}
    </div>
  );
}
