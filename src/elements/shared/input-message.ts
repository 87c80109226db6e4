import type { MessageKey } from '../../i18n/catalog.js';
import enInput from '../../i18n/locales/en/input.js';
import { isolate } from '../../i18n/isolate.js';
import type { Localizer } from '../../i18n/localizer.js';
import type { Message } from '../../i18n/message.js';
import { addEnglish } from '../../i18n/registry.js';

addEnglish(enInput);

/** A warning, skipped row or error as the data gives it: a code, maybe a variant, and its values. */
export interface CodedMessage {
  readonly code?: unknown;
  readonly variant?: unknown;
  readonly values?: unknown;
}

type AnyValues = Readonly<Record<string, string | number>>;

/** Letters of right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, NKo…, and their presentation forms). */
const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

/**
 * `t('input.<kind>.<code>[.<variant>]', values)`: what the reader said, in the element's language. `english`
 * (the data's own message) when the kit has no message for the code, or the values lack one it names: a
 * document from a newer (or older) writer still reads, in English. Text values (months, cells, URLs) are
 * bidi-isolated in a right-to-left sentence, or when they hold right-to-left letters, so that `2026-08` or
 * `"-3"` is not reordered by the words around it.
 */
export function inputMessage(
  { t, dir }: Pick<Localizer, 't' | 'dir'>,
  kind: 'warning' | 'skip' | 'error',
  item: CodedMessage,
  english: string,
): string {
  if (typeof item.code !== 'string') return english;
  const variant = typeof item.variant === 'string' ? `.${item.variant}` : '';
  const key = `input.${kind}.${item.code}${variant}`;
  if (!Object.hasOwn(enInput, key)) return english;
  const values = valuesOf(item.values);
  const message: Message = enInput[key as keyof typeof enInput];
  if (values === null || !fits(message, values)) return english;
  const shown = Object.fromEntries(
    Object.entries(values).map(([name, value]) => [
      name,
      typeof value === 'string' && (dir === 'rtl' || RTL.test(value)) ? isolate(value) : value,
    ]),
  );
  // The key was checked against the catalog above; its values against the placeholders it names.
  return (t as (key: MessageKey, values: AnyValues) => string)(key as MessageKey, shown);
}

function valuesOf(values: unknown): AnyValues | null {
  if (values === undefined) return {};
  if (typeof values !== 'object' || values === null) return null;
  const entries = Object.entries(values);
  return entries.every(([, v]) => typeof v === 'string' || typeof v === 'number')
    ? (Object.fromEntries(entries) as AnyValues)
    : null;
}

/** Whether `values` fills every placeholder of `message` (a plural message needs a numeric `count`). */
function fits(message: Message, values: AnyValues): boolean {
  const forms = typeof message === 'string' ? [message] : Object.values(message);
  if (typeof message !== 'string' && typeof values['count'] !== 'number') return false;
  return forms.every((form) =>
    [...form.matchAll(/\{([A-Za-z0-9_]+)\}/g)].every((hole) => Object.hasOwn(values, hole[1] as string)),
  );
}
