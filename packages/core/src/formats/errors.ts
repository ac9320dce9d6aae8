/** A file that cannot be read as a report; the message is Chinese and names what to do. */
export class IngestError extends Error {
  constructor(
    message: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message);
    this.name = 'IngestError';
  }
}
