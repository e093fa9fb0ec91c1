// Teams' three themes (default, dark, contrast) as the data-theme attribute that app.css keys its custom properties on.
const THEMES = new Set(['default', 'dark', 'contrast']);

export function applyTheme(theme) {
  document.documentElement.dataset.theme = THEMES.has(theme) ? theme : 'default';
}
