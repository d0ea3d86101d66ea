import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { addNamespace } from '@/i18n/namespaces';
import { Dialog } from '@/ui/Dialog';
import en from '@locales/en/shortcuts.json';
import fa from '@locales/fa/shortcuts.json';

// The list's texts come with it.
addNamespace('shortcuts', { en, fa });

// Stand-ins for the arrow that points along the reading direction (→ in English, ← in Persian), and back.
const FORWARD = 'forward';
const BACK = 'back';
// The number keys 1 to 9, in the reader's digits.
const DIGITS = 'digits';

/** The shortcuts, grouped; each row is keys (alternatives separated) and what they do. */
const GROUPS = [
  {
    id: 'everywhere',
    rows: [
      ['undo', ['Ctrl+Z', '⌘Z']],
      ['redo', ['Ctrl+Shift+Z', 'Ctrl+Y', '⌘⇧Z']],
      ['find', ['/']],
      ['help', ['?', '؟']],
      ['close', ['Esc']],
    ],
  },
  {
    id: 'board',
    rows: [
      ['noteNext', ['↓', '↑']],
      ['noteEnds', ['Home', 'End']],
      ['noteTools', [FORWARD, BACK]],
      ['blockNext', ['PageDown', 'PageUp']],
    ],
  },
  {
    id: 'notes',
    rows: [
      ['edit', ['Enter']],
      ['save', ['Enter']],
      ['newLine', ['Shift+Enter']],
      ['cancel', ['Esc']],
      ['duplicate', ['Ctrl+D', '⌘D']],
      ['copy', ['Ctrl+C', '⌘C']],
      ['paste', ['Ctrl+V', '⌘V']],
    ],
  },
  {
    id: 'moving',
    rows: [
      ['pickUp', ['Space']],
      ['move', ['↑', '↓', '←', '→']],
      ['drop', ['Space']],
      ['cancelMove', ['Esc']],
    ],
  },
  {
    id: 'menus',
    rows: [
      ['menuOpen', ['Enter', '↓']],
      ['menuMove', ['↑', '↓', 'Home', 'End']],
      ['menuClose', ['Esc']],
    ],
  },
  {
    id: 'presenting',
    rows: [
      ['present', ['P']],
      ['presentNext', ['Space', 'PageDown', '↓', FORWARD]],
      ['presentPrevious', ['Shift+Space', 'PageUp', '↑', BACK]],
      ['presentJump', [DIGITS, 'Home', 'End']],
      ['presentOverview', ['O']],
      ['presentAdd', ['N']],
      ['presentTimer', ['T', 'R']],
      ['presentContrast', ['C']],
      ['presentExit', ['Esc']],
    ],
  },
  {
    id: 'voting',
    rows: [
      ['voteAdd', ['+']],
      ['voteRemove', ['−']],
    ],
  },
  { id: 'channelMap', rows: [['cells', ['↑', '↓', '←', '→']]] },
] as const;

/** The list of keyboard shortcuts, loaded when first opened. */
export default function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation('shortcuts');
  const { t: tApp } = useTranslation();
  const rtl = i18n.dir() === 'rtl';
  const keyName = (key: string) => {
    if (key === FORWARD) return rtl ? '←' : '→';
    if (key === BACK) return rtl ? '→' : '←';
    if (key === DIGITS) return t('shortcuts.digitRange', { from: 1, to: 9 });
    return key;
  };
  const headingId = useId();
  return (
    <Dialog labelledBy={headingId} onClose={onClose} className="small-dialog shortcuts-dialog">
      <h2 id={headingId}>{tApp('shortcuts.title')}</h2>
      {GROUPS.map((group) => (
        <section key={group.id} aria-labelledby={`${headingId}-${group.id}`}>
          <h3 id={`${headingId}-${group.id}`}>{t(`shortcuts.groups.${group.id}`)}</h3>
          <table className="shortcuts">
            <tbody>
              {group.rows.map(([action, keys]) => (
                <tr key={action}>
                  <th scope="row">{t(`shortcuts.actions.${action}`)}</th>
                  <td>
                    <span dir="ltr">
                      {keys.map((key, index) => (
                        <span key={key}>
                          {index > 0 && <span className="shortcut-or"> / </span>}
                          <kbd>{keyName(key)}</kbd>
                        </span>
                      ))}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </Dialog>
  );
}
