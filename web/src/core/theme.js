// The chart colours, read from the CSS custom properties of styles.css, so dark mode and a host
// page's theme follow them.

export function readTheme(element) {
  const style = getComputedStyle(element);
  const read = (name) => style.getPropertyValue(name).trim();
  return {
    text: read('--text'),
    muted: read('--muted'),
    grid: read('--grid'),
    surface: read('--surface'),
    accent: read('--curve'),
    pass: read('--pass'),
    fail: read('--fail'),
    font: style.fontFamily,
  };
}
