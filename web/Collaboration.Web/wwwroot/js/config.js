// The configurable tab's configuration page (/tab/config): Teams shows it when the tab is added to a chat, channel or
// meeting; on "Save" it stores the content URL (the console, or the live results) through pages.config.setConfig.
import { connect } from './host.js';
import { h, uniqueId } from './dom.js';
import { t } from './i18n.js';
import { shell } from './shell.js';

const page = shell();
const host = await connect();
page.setTitle(t('config.title'));
if (host.mode === 'refused') {
  page.refuse();
} else {
  page.markLocal(host);
  showChoice();
}

function showChoice() {
  const name = uniqueId('content');
  const option = (value, label, checked) => {
    const id = uniqueId('option');
    return h('div', { class: 'option' },
      h('input', { type: 'radio', id, name, value, checked }),
      h('label', { for: id }, label));
  };
  const form = h('form', {},
    h('fieldset', {},
      h('legend', {}, t('config.legend')),
      option('console', t('config.console'), true),
      option('stage', t('config.stage'), false)),
    host.inMeeting ? h('p', { class: 'hint' }, t('config.meetingNote')) : null,
    h('p', { class: 'hint' }, host.mode === 'teams' ? t('config.save') : t('config.localNote')));
  form.addEventListener('submit', (event) => event.preventDefault());
  page.content.replaceChildren(form);
  page.say('');
  if (host.mode !== 'teams') return;

  const { pages } = host.teams;
  const chosen = () => form.querySelector(`input[name="${name}"]:checked`)?.value ?? 'console';
  pages.config.registerOnSaveHandler((saveEvent) => {
    const content = chosen();
    const path = content === 'stage' ? '/tab/stage' : '/tab/console';
    pages.config.setConfig({
      entityId: `forum-${content}`,
      contentUrl: `${location.origin}${path}`,
      websiteUrl: `${location.origin}${path}`,
      suggestedDisplayName: content === 'stage' ? t('config.stageName') : t('config.consoleName'),
    }).then(() => saveEvent.notifySuccess(), (error) => saveEvent.notifyFailure(String(error)));
  });
  pages.config.setValidityState(true);
}
