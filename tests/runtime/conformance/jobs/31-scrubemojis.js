// scrubEmojis: default replacement, a chosen one, removal, and empty input.
fn(state => ({
  ...state,
  data: {
    plain: scrubEmojis('Hello Amina 👋 see you Friday ✅'),
    replaced: scrubEmojis('Thanks 🙏🏽!', '*'),
    removed: scrubEmojis('Done ✔️ ok', ''),
    copyright: scrubEmojis('© MiracleFeet'),
    empty: scrubEmojis(''),
    nothing: scrubEmojis(undefined) === undefined,
  },
}));
