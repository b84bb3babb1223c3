// Which panels an embed shows, from its `panels` text (a <one-neuron>'s attribute, embed.html's
// ?panels=): "compact" (the chapter's compact set), "full" (every panel but sharing: a
// blog's own page is its author's to share) or a list of panel names. A value naming no panel still
// shows something small that works, the compact set, with a message saying what was wrong.

/** `text` (null when not given) -> { panels: names, error?: message }; `empty` is what no text means. */
export function readPanels(text, chapter, empty = 'full') {
  const names = chapter.panels.map((panel) => panel.name);
  const full = names.filter((name) => name !== 'share');
  const preset = (word) => (word === 'compact' ? [...chapter.compactPanels] : full);
  const given = text?.trim() ?? '';
  if (given === '') return { panels: preset(empty) };
  if (given === 'full' || given === 'compact') return { panels: preset(given) };
  const asked = given.split(',').map((name) => name.trim());
  const unknown = asked.filter((name) => !names.includes(name));
  const known = asked.filter((name) => names.includes(name));
  if (unknown.length === 0 && known.length > 0) return { panels: known };
  const panels = known.length > 0 ? known : preset('compact');
  const bad = unknown.join(',').slice(0, 40);
  const instead = known.length > 0 ? known.join(', ') : 'the compact panels';
  return {
    panels,
    error: `panels: "${bad}" is not a panel, so this shows ${instead}; use compact, full or a list of ${names.join(', ')}`,
  };
}
