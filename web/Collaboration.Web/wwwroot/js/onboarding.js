// Onboarding before the first answer in a series, when the server asks for it: the person's group (results are only
// summarised by group) and, where the series asks, their organisation.
import { h, uniqueId } from './dom.js';
import { t } from './i18n.js';

/** Resolves once the server has stored the onboarding. */
export function onboard(api, view, answerView) {
  return new Promise((resolve) => {
    const groupId = uniqueId('group');
    const organisationId = uniqueId('organisation');
    const municipalityId = uniqueId('municipality');
    const form = h('form', { 'aria-labelledby': 'onboard-title', novalidate: true },
      h('h2', { id: 'onboard-title' }, t('onboard.title')),
      h('p', {}, t('onboard.intro')),
      h('div', { class: 'field' },
        h('label', { for: groupId }, t('onboard.group')),
        h('select', { id: groupId, name: 'group', required: true },
          h('option', { value: '' }, t('onboard.chooseGroup')),
          (answerView.groups ?? []).map((group) => h('option', { value: group.key }, group.label)))),
      answerView.organisationAsked
        ? h('div', { class: 'field' },
          h('label', { for: organisationId }, t('onboard.organisation')),
          h('input', { type: 'text', id: organisationId, name: 'organisation', autocomplete: 'organization', maxlength: 200 }))
        : null,
      answerView.organisationAsked
        ? h('div', { class: 'field' },
          h('label', { for: municipalityId }, t('onboard.municipality')),
          h('input', { type: 'text', id: municipalityId, name: 'municipality', maxlength: 200 }))
        : null,
      h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, t('onboard.submit'))));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const data = new FormData(form);
      const body = { group: data.get('group') ?? '', organisation: data.get('organisation') ?? '' };
      if (data.get('municipality')) body.municipality = data.get('municipality');
      view.clearError();
      try {
        await api.post('/onboard', body);
        resolve();
      } catch (error) {
        // The server's message (e.g. "Bitte wählen Sie eine Gruppe") next to the form; the form stays for a new try.
        view.showError(error);
      }
    });
    view.content.replaceChildren(form);
    view.say('');
    form.querySelector('select').focus();
  });
}
