/**
 * The canvas's own vocabulary (journey models and their phases, relationship types, motivations):
 * a namespace of its own, added by every module that says these words (import this module). The
 * first screen says none of them, so they are not among its strings.
 */
import en from '@locales/en/model.json';
import fa from '@locales/fa/model.json';
import { addNamespace } from './namespaces';

addNamespace('model', { en, fa });
