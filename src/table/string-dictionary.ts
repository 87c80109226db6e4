import { detachString } from './detach-string.js';

/** Interned strings: each distinct value stored once, rows hold its index. */
export interface StringDictionary {
  values: string[];
  index: Map<string, number>;
}

export function createStringDictionary(): StringDictionary {
  return { values: [], index: new Map() };
}

/**
 * The id of `value`, adding it on first sight, detached from the chunk it was sliced from (`detach`
 * false: a string that is no slice, such as one just decoded, is kept as it is).
 */
export function intern(dictionary: StringDictionary, value: string, detach = true): number {
  let id = dictionary.index.get(value);
  if (id === undefined) {
    id = dictionary.values.length;
    const own = detach ? detachString(value) : value;
    dictionary.values.push(own);
    dictionary.index.set(own, id);
  }
  return id;
}
