// Confirmations as a modal <dialog>: Teams does not allow window.confirm in tabs, and a native dialog keeps focus
// inside, closes on Escape and returns focus to the button that opened it.
import { h } from './dom.js';
import { t } from './i18n.js';

/**
 * Shows a dialog with a heading, content and two buttons; resolves true when confirmed, false when cancelled.
 * content is a node or a string.
 */
export function confirmDialog({ title, content, confirmLabel, cancelLabel = t('common.cancel') }) {
  return new Promise((resolve) => {
    const opener = document.activeElement;
    const titleId = `dialog-title-${Date.now()}`;
    const dialog = h('dialog', { 'aria-labelledby': titleId },
      h('h2', { id: titleId }, title),
      typeof content === 'string' ? h('p', {}, content) : content,
      h('div', { class: 'actions' },
        h('button', { type: 'button', class: 'primary', onclick: () => close(true) }, confirmLabel),
        h('button', { type: 'button', onclick: () => close(false) }, cancelLabel)));
    let settled = false;
    function close(confirmed) {
      if (settled) return;
      settled = true;
      dialog.close();
      dialog.remove();
      if (opener instanceof HTMLElement) opener.focus();
      resolve(confirmed);
    }
    dialog.addEventListener('cancel', () => close(false));
    document.body.append(dialog);
    dialog.showModal();
  });
}
