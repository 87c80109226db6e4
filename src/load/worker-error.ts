import { UsageInputError } from '../data/usage-input-error.js';
import type { SerializedError } from '../worker/parse-usage-messages.js';
import { UsageLoadError } from './usage-load-error.js';

/** The error again, as the class the page's error handling checks for. */
export function deserializeError(error: SerializedError): Error {
  if (error.name === 'UsageInputError' && error.code) {
    const { missingColumns = [], variant, values } = error;
    return new UsageInputError(error.message, error.code, { missingColumns, variant, values });
  }
  if (error.name === 'UsageLoadError') return new UsageLoadError(error.message, error.status);
  const plain = new Error(error.message);
  plain.name = error.name;
  return plain;
}
