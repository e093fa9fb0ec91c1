// The add-in's texts joined to the pages' dictionaries, so t() of js/i18n.js serves both.
import { addTexts } from '/tab/js/i18n.js';
import de from './strings.de.js';
import en from './strings.en.js';

addTexts({ de, en });
