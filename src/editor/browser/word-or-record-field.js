// The editor's field for a value that is either a word or a record (the field
// type "woord-of-record", see src/editor/config.ts), such as the costs of an
// intervention: `onbekend` when the sources name none, or an amount with what
// it is for and the year. The CMS's object field can only write the record,
// so a person who read the sources and found no costs could not say so.
//
// Written with the React functions the CMS provides for its custom field
// types (window.h, window.createClass): nothing else is loaded.

/** A value or field option from the CMS, which keeps them as Immutable.js data, as plain data. */
const plain = (value) => (value && typeof value.toJS === 'function' ? value.toJS() : value);

/**
 * The CMS's styles give a text area of its own fields no border; a field
 * needs a visible edge with 3:1 contrast (WCAG 1.4.11), so the record's parts
 * all get this one (#6b6b6b on white: 5.3:1).
 */
const partBorder = { border: '1px solid #6b6b6b', borderRadius: '4px' };

/** The value as the form holds it: the word, a record, or nothing. */
const isRecord = (value) => value !== null && typeof value === 'object';

/** What is wrong with one part of the record, in Dutch (the words of the CMS's own fields), or nothing. */
function partProblem(part, raw) {
  const text = raw === undefined || raw === null ? '' : String(raw).trim();
  if (text === '') return part.required ? `${part.label}: dit veld is verplicht.` : undefined;
  if (part.widget === 'number') {
    const number = Number(text);
    if (!Number.isInteger(number)) return `${part.label}: schrijf een heel getal, zoals 2012.`;
    if (part.min !== undefined && number < part.min) return `${part.label}: het getal moet minstens ${part.min} zijn.`;
    if (part.max !== undefined && number > part.max) return `${part.label}: het getal mag hoogstens ${part.max} zijn.`;
    return undefined;
  }
  if (part.minlength !== undefined && text.length < part.minlength) return `${part.label}: u moet minstens ${part.minlength} tekens invoeren.`;
  if (part.maxlength !== undefined && text.length > part.maxlength) return `${part.label}: u mag hoogstens ${part.maxlength} tekens invoeren.`;
  return undefined;
}

/** What is wrong with a value, in Dutch, or nothing: the word, an empty field and a complete record are right. */
export function problemsOf(value, { word, parts }) {
  if (value === undefined || value === null || value === '' || value === word) return [];
  if (!isRecord(value)) return [`Kies “${word}” of vul de velden in.`];
  return parts.map((part) => partProblem(part, value[part.name])).filter(Boolean);
}

/** The record as it is written: its parts in their order, numbers as numbers, empty parts left out. */
function recordOf(parts, values) {
  const record = {};
  for (const part of parts) {
    const raw = values[part.name];
    if (raw === undefined || raw === null || String(raw).trim() === '') continue;
    record[part.name] = part.widget === 'number' && /^-?\d+$/.test(String(raw).trim()) ? Number(raw) : raw;
  }
  return record;
}

export function registerWordOrRecordField(CMS, { h, createClass }) {
  const optionsOf = (field) => ({ word: field.get('word'), wordLabel: field.get('word_label'), parts: plain(field.get('parts')) ?? [] });

  const Control = createClass({
    isValid() {
      const problems = problemsOf(plain(this.props.value), optionsOf(this.props.field));
      return problems.length > 0 ? { error: { message: problems.join(' ') } } : true;
    },
    render() {
      const { forID, classNameWrapper, onChange, field } = this.props;
      const value = plain(this.props.value);
      const { word, wordLabel, parts } = optionsOf(field);
      const unknown = value === word;
      const values = isRecord(value) ? value : {};
      const change = (name, raw) => {
        const record = recordOf(parts, { ...values, [name]: raw });
        onChange(Object.keys(record).length > 0 ? record : '');
      };
      const inputFor = (part) => {
        const id = `${forID}-${part.name}`;
        const common = { id, className: classNameWrapper, style: partBorder, value: values[part.name] ?? '', disabled: unknown, required: part.required, 'aria-describedby': part.hint ? `${id}-uitleg` : undefined, onChange: (event) => change(part.name, event.target.value) };
        const input = part.widget === 'text' ? h('textarea', { ...common, rows: 3 }) : h('input', { ...common, type: part.widget === 'number' ? 'number' : 'text', inputMode: part.widget === 'number' ? 'numeric' : undefined });
        return h('p', { key: part.name }, h('label', { htmlFor: id }, part.required ? `${part.label} (verplicht)` : part.label), h('br'), input, part.hint ? h('small', { id: `${id}-uitleg` }, h('br'), part.hint) : null);
      };
      return h(
        'div',
        { id: forID },
        h('p', null, h('input', { type: 'checkbox', id: `${forID}-woord`, checked: unknown, onChange: (event) => onChange(event.target.checked ? word : '') }), ' ', h('label', { htmlFor: `${forID}-woord` }, wordLabel)),
        ...parts.map(inputFor),
      );
    },
  });

  const Preview = createClass({
    render() {
      const value = plain(this.props.value);
      return h('span', null, isRecord(value) ? Object.values(value).join(', ') : String(value ?? ''));
    },
  });

  CMS.registerFieldType('woord-of-record', Control, Preview);
}
