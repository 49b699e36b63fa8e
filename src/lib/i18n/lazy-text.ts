/**
 * Text of one language that is not in the first download (a feature's German table or label
 * rules): `load` downloads it once (a failed download can be retried), `get` returns it and
 * throws when asked before it has arrived, as messages() does. src/app registers `load` with the
 * language's dictionary (loadWithLocale), so nothing renders in that language before it is here.
 */
export interface LazyText<Text> {
  load: () => Promise<void>;
  get: () => Text;
}

export function lazyText<Text>(what: string, download: () => Promise<Text>): LazyText<Text> {
  let text: { value: Text } | null = null;
  let pending: Promise<void> | null = null;
  return {
    load: () => {
      pending ??= download().then(
        (value) => {
          text = { value };
        },
        (error: unknown) => {
          pending = null;
          throw error;
        },
      );
      return pending;
    },
    get: () => {
      if (!text) {
        throw new Error(`${what} is not loaded: loadLocale() downloads it with its language.`);
      }
      return text.value;
    },
  };
}
