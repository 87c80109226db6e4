/** Characters gathered before a piece is handed out: big enough that a write per piece costs nothing. */
const PIECE_CHARS = 1 << 16;
/** Arrays of primitives up to this length are written in one `JSON.stringify` call. */
const FLAT_ARRAY_LENGTH = 1024;

/**
 * `JSON.stringify(value, null, indent)` as pieces of about `pieceChars` characters that join to the same
 * text, so that a document longer than the engine's longest string (V8: about 512 MiB) can be written.
 * Containers are walked here; each flat value (a primitive, a short array of primitives, an object of
 * those) goes through `JSON.stringify` itself, so escaping and numbers are the engine's own (lone
 * surrogates as `\udxxx`, -0 as `0`, NaN as `null`). A nested flat value gets its depth's indent after
 * each line break, which is safe because serialised strings hold no raw line break. `toJSON` is honoured;
 * there is no replacer. A value `JSON.stringify` gives `undefined` for yields no piece.
 * @throws TypeError for a cycle or a BigInt, as `JSON.stringify` does.
 */
export function* jsonPieces(
  value: unknown,
  indent?: number | string,
  pieceChars = PIECE_CHARS,
): Generator<string, void, undefined> {
  const gap =
    typeof indent === 'number'
      ? ' '.repeat(Math.min(10, Math.max(0, Math.floor(indent))))
      : (indent ?? '').slice(0, 10);
  let parts: string[] = [];
  let size = 0;
  const put = (text: string) => {
    parts.push(text);
    size += text.length;
  };
  const take = () => {
    const piece = parts.join('');
    parts = [];
    size = 0;
    return piece;
  };
  const open = new Set<object>();

  function* walk(json: unknown, depth: string): Generator<string, void, undefined> {
    if (isFlat(json)) {
      const text = JSON.stringify(json, null, gap);
      put(gap && depth ? text.replaceAll('\n', `\n${depth}`) : text);
      return;
    }
    const container = json as object;
    if (open.has(container)) throw new TypeError('Converting circular structure to JSON');
    open.add(container);
    const inner = depth + gap;
    const next = gap ? `,\n${inner}` : ',';
    if (Array.isArray(container)) {
      put(gap && container.length > 0 ? `[\n${inner}` : '[');
      for (let i = 0; i < container.length; i++) {
        if (i > 0) put(next);
        const item = toJson(container[i], String(i));
        if (isOmitted(item)) put('null');
        else yield* walk(item, inner);
        if (size >= pieceChars) yield take();
      }
      put(gap && container.length > 0 ? `\n${depth}]` : ']');
    } else {
      const colon = gap ? ': ' : ':';
      let first = true;
      for (const [name, raw] of Object.entries(container)) {
        const item = toJson(raw, name);
        if (isOmitted(item)) continue;
        put(first ? (gap ? `{\n${inner}` : '{') : next);
        first = false;
        put(JSON.stringify(name) + colon);
        yield* walk(item, inner);
        if (size >= pieceChars) yield take();
      }
      put(first ? '{}' : gap ? `\n${depth}}` : '}');
    }
    open.delete(container);
  }

  const root = toJson(value, '');
  if (isOmitted(root)) return;
  yield* walk(root, '');
  if (size > 0) yield take();
}

/** What `JSON.stringify` leaves out of an object (and writes as `null` in an array). */
function isOmitted(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

function toJson(value: unknown, key: string): unknown {
  const toJSON = (value as { toJSON?: unknown } | null | undefined)?.toJSON;
  return typeof toJSON === 'function' ? (toJSON as (key: string) => unknown).call(value, key) : value;
}

/** Written by `JSON.stringify` at once, whatever it holds: not an array or a plain object. */
function isLeaf(value: unknown): boolean {
  return (
    value === null ||
    typeof value !== 'object' ||
    value instanceof Number ||
    value instanceof String ||
    value instanceof Boolean ||
    typeof (value as { toJSON?: unknown }).toJSON === 'function'
  );
}

function isFlatArray(value: unknown): boolean {
  return Array.isArray(value) && value.length <= FLAT_ARRAY_LENGTH && value.every(isLeaf);
}

/** Small enough to serialise at once: a leaf, a short array of leaves, or an object of those. */
function isFlat(value: unknown): boolean {
  if (isLeaf(value)) return true;
  if (Array.isArray(value)) return isFlatArray(value);
  for (const item of Object.values(value as object)) if (!isLeaf(item) && !isFlatArray(item)) return false;
  return true;
}
