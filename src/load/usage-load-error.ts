/** Why data could not be shown: the message is written for the person looking at the page. */
export class UsageLoadError extends Error {
  override name = 'UsageLoadError';
  /** The HTTP status of a failed fetch. */
  readonly status: number | undefined;

  constructor(message: string, status?: number) {
    super(message);
    this.status = status;
  }
}

/** Any thrown value as a `UsageLoadError` (its message kept). */
export function toLoadError(error: unknown): UsageLoadError {
  if (error instanceof UsageLoadError) return error;
  return new UsageLoadError(error instanceof Error ? error.message : String(error));
}

/** The `dyn-usage-error` event's detail: `{ message, status? }` (status only for a failed fetch). */
export function errorDetail(error: unknown): { message: string; status?: number } {
  const { message, status } = toLoadError(error);
  return status === undefined ? { message } : { message, status };
}
