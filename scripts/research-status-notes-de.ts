// German for the status notes of the research annotations, keyed by the English note (the build
// writes it as `statusNoteDe`; data:check warns for a status note without German).
export const STATUS_NOTE_DE: Readonly<Record<string, string>> = {
  'Joint package total; its country rows are shares of it: never add them to it.':
    'Summe eines gemeinsamen Pakets; seine Länderzeilen sind Anteile daran: nie zu ihr addieren.',
  'Overlaps P015: includes the EUR 150m announced on 14 Nov 2025.':
    'Überschneidet sich mit P015: enthält die am 14. Nov. 2025 angekündigten 150 Mio. EUR.',
  'Agreed 18 Dec 2025; legal acts adopted 23 Apr 2026. Enhanced cooperation of 24 member states (CZ, HU, SK not participating). Split: EUR 60bn defence, EUR 30bn budget support.':
    'Vereinbart am 18. Dez. 2025; Rechtsakte am 23. Apr. 2026 angenommen. Verstärkte Zusammenarbeit von 24 Mitgliedstaaten (CZ, HU, SK nehmen nicht teil). Aufteilung: 60 Mrd. EUR Verteidigung, 30 Mrd. EUR Budgethilfe.',
  'Commission proposal (Plan B); not adopted by the European Council on 18 Dec 2025.':
    'Vorschlag der Kommission (Plan B); vom Europäischen Rat am 18. Dez. 2025 nicht beschlossen.',
  'Disbursed; completed in 2025 (final tranche Nov 2025).':
    'Ausgezahlt; 2025 abgeschlossen (letzte Tranche Nov. 2025).',
  'Committed; agreement (exchange of notes) signed 18 Apr 2025.':
    'Zugesagt; Abkommen (Notenwechsel) am 18. Apr. 2025 unterzeichnet.',
  'Budgeted in the 2026 federal budget (Bundestag budget committee).':
    'Im Bundeshaushalt 2026 veranschlagt (Haushaltsausschuss des Bundestages).',
  'Allocated, according to the Kiel Institute.':
    'Zugewiesen, laut Kiel Institut für Weltwirtschaft.',
  'Pledged per year until 2030-31.': 'Pro Jahr bis 2030–31 zugesagt.',
  'Proposed in the 2026 budget.': 'Im Haushalt 2026 vorgeschlagen.',
  'Planned for 2026.': 'Für 2026 geplant.',
  'Financial plan (Aug 2025); the 2027 federal budget itself was not found in the Dec 2026 sweep.':
    'Finanzplan (Aug. 2025); der Bundeshaushalt 2027 selbst wurde bei der Durchsicht im Dez. 2026 nicht gefunden.',
  'Allocated for fiscal year 2026-27 (from a CAD 6.2bn five-year envelope of the 2025 budget).':
    'Zugewiesen für das Haushaltsjahr 2026–27 (aus einem Fünfjahresrahmen von 6,2 Mrd. CAD im Haushalt 2025).',
  'Planned in Nov 2023; the 2026 line was later changed (E028), so this 2027 figure may be out of date.':
    'Geplant im Nov. 2023; die Zeile für 2026 wurde später geändert (E028), diese Zahl für 2027 kann daher veraltet sein.',
  'Coalition agreement (Jan 2026); whether EUR 3bn is per year or for 2027-2029 together is not stated.':
    'Koalitionsvertrag (Jan. 2026); ob 3 Mrd. EUR pro Jahr oder für 2027–2029 zusammen gelten, ist nicht angegeben.',
};
