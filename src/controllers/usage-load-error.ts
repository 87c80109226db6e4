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
