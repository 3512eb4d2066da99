// Ids and names of form controls. A field's path in the form ("authorities.1.name") is also
// the name react-hook-form uses; the DOM id is derived from it and is what the error summary
// links to.
export type FieldPath = (string | number)[];

export const fieldName = (path: FieldPath) => path.join('.');
export const fieldId = (path: FieldPath) => `field-${path.join('-')}`;
export const hintId = (path: FieldPath) => `${fieldId(path)}-hint`;
export const errorId = (path: FieldPath) => `${fieldId(path)}-error`;
