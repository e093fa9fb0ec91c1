// The add-in's task pane: choose series, forum and questions, look at the results, insert them into the deck or
// document, and keep what was inserted current. Outside Office it says where it runs and still offers the choice and
// the preview (in local mode), so it can be tried in a browser.
import './texts.js';
import { createApi } from '/tab/js/api.js';
import { renderLiveItem } from '/tab/js/charts.js';
import { h, replaceChildren } from '/tab/js/dom.js';
import { t } from '/tab/js/i18n.js';
import { shell } from '/tab/js/shell.js';
import { documentFor } from './document-results.js';
import { sentenceFor } from './errors.js';
import { connectAddin } from './office-host.js';
import { placedList } from './placed-list.js';
import { selectionForm } from './selection.js';

const view = shell();
const report = (error) => view.showError({ message: sentenceFor(error) });

function outsideOfficeNotice() {
  return h('section', { class: 'confirmation addin-outside', 'aria-labelledby': 'outside-heading' },
    h('h2', { id: 'outside-heading' }, t('addin.outsideOffice')),
    h('p', {}, t('addin.outsideOfficeDetail')));
}

async function start() {
  const connected = await connectAddin();
  view.setTitle(t('addin.title'));
  view.say(t('common.loading'));
  if (!connected.inOffice) view.content.append(outsideOfficeNotice());
  if (connected.mode === 'refused') {
    view.content.append(h('p', {}, t('addin.notAllowed')));
    view.say('');
    return;
  }
  view.markLocal(connected);
  const api = createApi(connected, '/api/addin');
  let seriesList;
  try {
    seriesList = (await api.get('/series'))?.series ?? [];
  } catch (error) {
    report(error);
    view.say('');
    return;
  }
  if (seriesList.length === 0) {
    view.content.append(h('p', {}, t('addin.noSeries')));
    view.say('');
    return;
  }

  const officeDocument = connected.inOffice ? documentFor(connected.host) : null;
  const form = h('form', { class: 'addin-choice', 'aria-label': t('addin.choose'), novalidate: true });
  const selection = selectionForm(form, seriesList);
  const previewButton = h('button', { type: 'submit' }, t('addin.preview'));
  const insertButton = officeDocument ? h('button', { type: 'button', class: 'primary' }, t(officeDocument.insertLabel)) : null;
  form.append(h('div', { class: 'actions' }, previewButton, insertButton));
  const preview = h('section', { class: 'addin-preview', 'aria-labelledby': 'preview-heading', hidden: true });
  view.content.append(form, preview);
  const placed = officeDocument
    ? placedList(view.content, { api, officeDocument, seriesList, view, report })
    : null;

  function chosen() {
    const body = selection.body();
    if (!body) view.showError({ message: t('addin.chooseSomething') });
    return body;
  }

  async function busy(button, action) {
    view.clearError();
    button.disabled = true;
    try {
      await action();
    } catch (error) {
      report(error);
    } finally {
      button.disabled = false;
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const body = chosen();
    if (!body) return;
    busy(previewButton, async () => {
      const answer = await api.post('/preview', body);
      const items = answer?.items ?? [];
      replaceChildren(preview, h('h2', { id: 'preview-heading' }, t('addin.previewTitle')), items.map((item) => renderLiveItem(item, 3)));
      preview.hidden = false;
      view.say(items.length === 1 ? t('addin.previewLoadedOne') : t('addin.previewLoaded', { count: items.length }));
    });
  });

  insertButton?.addEventListener('click', () => {
    const body = chosen();
    if (!body) return;
    busy(insertButton, async () => {
      view.say(t('addin.inserting'));
      // The whole document comes first; Office is touched only with it in hand.
      const answer = await api.post(officeDocument.endpoint, body);
      await officeDocument.insert(answer.document);
      view.say(t('addin.inserted', { count: answer.sources?.length ?? 0 }));
      await placed.check();
    });
  });

  view.say('');
  await placed?.check();
}

start().catch((error) => {
  report(error);
  view.say('');
});
