// The pages' language: German unless the Teams locale (or, outside Teams, ?lang=) starts with "en".
import de from './strings.de.js';
import en from './strings.en.js';

const dictionaries = { de: { ...de }, en: { ...en } };
let current = 'de';

/** Adds a page family's own texts (the add-in's), German and English with the same keys. */
export function addTexts(texts) {
  Object.assign(dictionaries.de, texts.de);
  Object.assign(dictionaries.en, texts.en);
}

export function languageOf(locale) {
  return typeof locale === 'string' && locale.toLowerCase().startsWith('en') ? 'en' : 'de';
}

export function setLanguage(language) {
  current = language === 'en' ? 'en' : 'de';
  document.documentElement.lang = current;
}

export function language() {
  return current;
}

/** The text for key in the current language, with {name} filled from values. */
export function t(key, values = {}) {
  const text = dictionaries[current][key] ?? dictionaries.de[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
}

export function formatNumber(value, maximumFractionDigits = 1, minimumFractionDigits = 0) {
  return new Intl.NumberFormat(current, { maximumFractionDigits, minimumFractionDigits }).format(value);
}

export function formatShare(share) {
  return new Intl.NumberFormat(current, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

export function respondents(count) {
  return count === 1 ? t('common.respondentsOne') : t('common.respondents', { count: formatNumber(count, 0) });
}
