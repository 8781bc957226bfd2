// Values as the CMS hands them to the site's own field types.

/** A value or field option from the CMS, which keeps them as Immutable.js data, as plain data. */
export const plain = (value) => (value && typeof value.toJS === 'function' ? value.toJS() : value);
