// Primero option strings turned into a lookup table (English and Thai labels).
fn(state => {
  const field = state.data;
  const options = (field.option_strings_text || field.option_strings_text_i18n || []);
  const en = {};
  const th = {};
  for (const o of options) {
    en[o.id] = o.display_text && (o.display_text.en ?? o.display_text);
    th[o.id] = o.display_text && o.display_text.th;
  }
  return {
    ...state,
    data: {
      name: field.name,
      label: field.display_name.en,
      count: options.length,
      en,
      th,
      ids: source('$.data.option_strings_text[*].id')(state),
    },
  };
});
