// The editor's reference field (the field type "verwijzing", see
// src/editor/config.ts): a text box that offers the entries a reference may
// point to as the browser's own list of suggestions, for references the CMS's
// relation field cannot hold: to entries of several collections (`related`),
// or to an entry or else a name (`keeper`, `members`, a source's reference).
// What is typed is checked as the content check checks it, so that a mistake
// is shown beside the field, in Dutch, before anything is saved. The choices
// are in keuzes.json, once per kind of reference, which start.js loads.
//
// Written with the React functions the CMS provides for its custom field
// types (window.h, window.createClass): nothing else is loaded.

/** What is wrong with a value, in Dutch, or nothing. */
export function problemOf(value, { choices, written, referencePattern, freeText }) {
  const text = String(value ?? '').trim();
  if (text === '' || choices.some((choice) => choice.value === text)) return undefined;
  // Written as a reference (an id, or a path with a slash, as the configuration says), it must name an entry that exists.
  const isReference = new RegExp(referencePattern).test(text);
  if (freeText && !isReference) return undefined;
  const choose = 'Kies er een uit de lijst die verschijnt als u begint te typen';
  if (!freeText) return `“${text}” is geen pagina van deze kennisbank. ${choose}, zoals ${choices[0]?.value ?? 'interventies/opstap'}.`;
  if (written === 'path') return `“${text}” is geen pagina van deze kennisbank. ${choose}, of schrijf een naam zonder schuine streep (/).`;
  return `Er is geen bestand “${text}” in deze kennisbank. ${choose}, of schrijf de naam voluit, met een hoofdletter, zoals de instelling zichzelf noemt.`;
}

/** Registers the field type; `choiceLists` holds each field's choices under the list name its configuration gives (`choice_list`). */
export function registerReferenceField(CMS, { h, createClass }, choiceLists) {
  const choicesOf = (field) => choiceLists[field.get('choice_list')] ?? [];
  const optionsOf = (field) => ({ choices: choicesOf(field), written: field.get('written'), referencePattern: field.get('reference_pattern'), freeText: Boolean(field.get('free_text')) });

  const Control = createClass({
    isValid() {
      const message = problemOf(this.props.value, optionsOf(this.props.field));
      return message ? { error: { message } } : true;
    },
    render() {
      const { value, forID, classNameWrapper, onChange, field } = this.props;
      const { choices, freeText } = optionsOf(field);
      const listId = `${forID}-keuzes`;
      const chosen = choices.find((choice) => choice.value === String(value ?? '').trim());
      const explanation = freeText ? 'Begin te typen om een pagina van de kennisbank te kiezen, of schrijf een naam.' : 'Begin te typen om een pagina van de kennisbank te kiezen.';
      return h(
        'div',
        null,
        h('input', {
          id: forID,
          className: classNameWrapper,
          type: 'text',
          list: listId,
          value: value ?? '',
          autoComplete: 'off',
          spellCheck: false,
          'aria-describedby': `${forID}-uitleg`,
          onChange: (event) => onChange(event.target.value),
        }),
        h('datalist', { id: listId }, choices.map((choice) => h('option', { key: choice.value, value: choice.value, label: choice.label }))),
        // Which entry the value names, in words: the list shows it only while typing.
        h('p', { id: `${forID}-uitleg`, 'aria-live': 'polite' }, chosen ? `Gekozen: ${chosen.label}.` : explanation),
      );
    },
  });

  const Preview = createClass({
    render() {
      const { value, field } = this.props;
      const chosen = choicesOf(field).find((choice) => choice.value === value);
      return h('span', null, chosen ? chosen.label : String(value ?? ''));
    },
  });

  CMS.registerFieldType('verwijzing', Control, Preview);
}
