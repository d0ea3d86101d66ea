/** The shape of each namespace's strings, from the English files (a test keeps Persian's the same). */
import type app from '@locales/en/app.json';
import type channels from '@locales/en/channels.json';
import type check from '@locales/en/check.json';
import type files from '@locales/en/files.json';
import type model from '@locales/en/model.json';
import type notes from '@locales/en/notes.json';
import type fileMessages from '@locales/en/file-messages.json';
import type notices from '@locales/en/notices.json';
import type presentation from '@locales/en/presentation.json';
import type relationships from '@locales/en/relationships.json';
import type shortcuts from '@locales/en/shortcuts.json';
import type voting from '@locales/en/voting.json';
import type loadError from '@locales/en/load-errors.json';
import type dnd from '@locales/en/drag.json';
import type backup from '@locales/en/backup.json';
import type workshop from '@locales/en/workshop.json';
import type versions from '@locales/en/versions.json';
import type update from '@locales/en/update.json';

export interface StringResources {
  app: typeof app;
  relationships: typeof relationships;
  channels: typeof channels;
  files: typeof files;
  model: typeof model;
  notes: typeof notes;
  fileMessages: typeof fileMessages;
  presentation: typeof presentation;
  check: typeof check;
  notices: typeof notices;
  shortcuts: typeof shortcuts;
  voting: typeof voting;
  loadError: typeof loadError;
  dnd: typeof dnd;
  backup: typeof backup;
  workshop: typeof workshop;
  versions: typeof versions;
  update: typeof update;
}
