import { useId } from 'react';
import { useTranslation } from '@/i18n/useTranslation';
import { addNamespace } from '@/i18n/namespaces';
import { Dialog } from '@/ui/Dialog';
import { BACK, DIGITS, FORWARD, SHORTCUT_GROUPS, type ShortcutGroupId, type ShortcutId } from '@/ui/shortcuts';
import en from '@locales/en/shortcuts.json';
import fa from '@locales/fa/shortcuts.json';

// The list's texts come with it.
addNamespace('shortcuts', { en, fa });

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
      {Object.entries(SHORTCUT_GROUPS).map(([group, rows]) => (
        <section key={group} aria-labelledby={`${headingId}-${group}`}>
          <h3 id={`${headingId}-${group}`}>{t(`shortcuts.groups.${group as ShortcutGroupId}`)}</h3>
          <table className="shortcuts">
            <tbody>
              {(Object.entries(rows) as [ShortcutId, readonly string[]][]).map(([action, keys]) => (
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
