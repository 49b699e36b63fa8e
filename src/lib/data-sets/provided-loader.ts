/**
 * A loader one feature needs and another provides, wired by src/app: the Kiel and pledge queries
 * read an imported data set's rows through it without importing the import feature (which itself
 * uses their parsers). Until src/app provides it, loading an imported set fails with a clear error.
 */
export interface ProvidedLoader<Data> {
  provide: (loader: (id: string) => Promise<Data>) => void;
  load: (id: string) => Promise<Data>;
}

export function providedLoader<Data>(what: string): ProvidedLoader<Data> {
  let loader: ((id: string) => Promise<Data>) | null = null;
  return {
    provide: (next) => {
      loader = next;
    },
    load: (id) =>
      loader
        ? loader(id)
        : Promise.reject(
            new Error(
              `No loader for imported ${what} data sets (see src/app/compose-features.ts).`,
            ),
          ),
  };
}
