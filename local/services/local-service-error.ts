/**
 * A start-up problem the user can fix (missing Java, busy port…). Its message is one sentence
 * meant to be printed as is, without a stack trace.
 */
export class LocalServiceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LocalServiceError';
  }
}
