/*
 * TargetFlow: Camunda Forms with a dynamic list (a progress report's rows, an audit's rows, a
 * meeting's attendance) cannot be completed in Tasklist 7.24 as shipped. Tasklist takes a form as
 * invalid whenever form-js's error object has a key — for the Complete button and again before
 * submitting — and for a field inside a dynamic list form-js keeps the key with an empty list of
 * errors ({"Field_AuditValue": []}) once the field is valid. Such an object, every key a field id
 * holding no error, is counted here as having no keys; every other object is left alone.
 */
const keysOf = Object.keys;

function onlyEmptyFieldErrors(object, keys) {
  return keys.length > 0 && keys.every((key) => /^Field_/.test(key) && Array.isArray(object[key])
    && object[key].every((error) => error == null));
}

Object.keys = function keys(object) {
  const found = keysOf(object);
  return object && typeof object === 'object' && onlyEmptyFieldErrors(object, found) ? [] : found;
};

export default [];
