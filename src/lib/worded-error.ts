/**
 * An error whose message is worded each time it is read, in the language in use then: errors are
 * kept (in React state, in the query cache) across a language switch. `word` returns the message.
 */
export class WordedError extends Error {
  constructor(word: () => string, options?: { cause?: unknown }) {
    super('', options);
    this.name = 'WordedError';
    Object.defineProperty(this, 'message', { get: word, configurable: true });
  }
}
