// The answer page for one question (/tab/answer?item=<id>), opened by the in-meeting notification or the console:
// onboarding first when the server asks for it, the person's earlier answer filled in, the server's verdict shown.
import { connect } from './host.js';
import { createApi } from './api.js';
import { h, replaceChildren } from './dom.js';
import { t } from './i18n.js';
import { shell } from './shell.js';
import { onboard } from './onboarding.js';
import { answerInputs } from './answer-inputs.js';

const page = shell();
const host = await connect();
page.setTitle(t('answer.title'));
const itemId = new URLSearchParams(location.search).get('item');
if (host.mode === 'refused') {
  page.refuse();
} else if (!itemId) {
  page.markLocal(host);
  page.say('');
  page.showError(new Error(t('answer.missingItem')));
} else {
  page.markLocal(host);
  await start(createApi(host));
}

async function start(api) {
  let view;
  try {
    view = await api.get(`/items/${encodeURIComponent(itemId)}`);
    if (!view.onboarded) {
      await onboard(api, page, view);
      view = await api.get(`/items/${encodeURIComponent(itemId)}`);
    }
  } catch (error) {
    page.say('');
    page.showError(error);
    return;
  }
  showForm(api, view);
}

function showForm(api, view) {
  const { item } = view;
  page.setTitle(item.title);
  const inputs = answerInputs(item, view.mine);
  const confirmation = h('div', { class: 'confirmation', role: 'status', tabindex: '-1', hidden: true });
  const closed = item.status !== 'open';
  const form = h('form', { novalidate: true },
    item.question && item.question !== item.title ? h('p', { class: 'question' }, item.question) : null,
    item.anonymous ? h('p', { class: 'hint' }, t('answer.anonymous')) : null,
    view.mine ? h('p', { class: 'hint' }, t('answer.earlier')) : null,
    closed ? h('p', { class: 'hint' }, t('answer.closed')) : null,
    inputs.element,
    h('div', { class: 'actions' },
      h('button', { type: 'submit', class: 'primary', disabled: closed },
        item.kind === 'needs' ? t('answer.needSubmit') : t('answer.submit'))));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    page.clearError();
    confirmation.hidden = true;
    const problem = inputs.problem?.();
    if (problem) {
      page.showError({ message: problem });
      return;
    }
    try {
      if (item.kind === 'needs') {
        await api.post(`/items/${item.id}/needs`, inputs.read());
        inputs.reset();
        confirm(t('answer.needSaved'));
      } else {
        const saved = await api.post(`/items/${item.id}/answer`, inputs.read());
        confirm(saved.changed === false && view.mine ? t('answer.unchanged') : view.mine ? t('answer.changed') : t('answer.saved'));
        view = { ...view, mine: inputs.read() };
      }
    } catch (error) {
      // The server's validation message, next to the form, read out at once; the entries stay for a correction.
      page.showError(error);
    }
  });
  function confirm(text) {
    replaceChildren(confirmation, text);
    confirmation.hidden = false;
    confirmation.focus();
  }
  page.say('');
  replaceChildren(page.content, form, confirmation);
}
