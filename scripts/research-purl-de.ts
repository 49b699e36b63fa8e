// German for who made each PURL running-total statement, keyed by the English `who_stated` of
// purl_running_totals.csv (the build writes it as `whoDe`; data:check warns when one is missing).
export const PURL_WHO_DE: Readonly<Record<string, string>> = {
  'Kyiv Independent (reporting)': 'Kyiv Independent (Bericht)',
  'NATO SG Mark Rutte': 'NATO-Generalsekretär Mark Rutte',
  'Politico (reporting)': 'Politico (Bericht)',
  'President Zelensky': 'Präsident Zelensky',
  'TVP World (reporting)': 'TVP World (Bericht)',
  'US Ambassador to NATO Matthew Whitaker': 'US-Botschafter bei der NATO Matthew Whitaker',
  'Ukrainian DefMin Shmyhal': 'Ukrainischer Verteidigungsminister Shmyhal',
  'Ukrainian figures as reported by Antiwar.com': 'Ukrainische Zahlen, wie Antiwar.com sie meldete',
};
