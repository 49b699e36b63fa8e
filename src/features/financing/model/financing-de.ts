/**
 * German for the text of financing.json (labels, notes, statuses, timeline), keyed by the English
 * text: a changed or new English line has no entry, shows in English and `npm run data:check`
 * warns. A quotation from an English source stays in English inside the German text, marked
 * "(Zitat im englischen Original)" and followed by its sense in German.
 */
export const FINANCING_DE: Readonly<Record<string, string>> = {
  "Ukraine's external financing 2026-2027: needs, what covers them, and the EU decisions":
    'Die Außenfinanzierung der Ukraine 2026–2027: Bedarf, Deckung und die Entscheidungen der EU',
  'Project research file financing.md (sections B and D), hand-transcribed; 2026 national and PURL pledges from pledges.json (ids given per line).':
    'Recherchedatei des Projekts financing.md (Abschnitte B und D), von Hand übertragen; nationale und PURL-Zusagen für 2026 aus pledges.json (IDs je Zeile angegeben).',
  "The Commission proposed that the EU cover two-thirds of the need, EUR 90bn, and that international partners cover the rest (the letter asks for 'a fair distribution of the burden' with the EU's international partners). The European Council agreed the EUR 90bn on 18 Dec 2025.":
    'Die Kommission schlug vor, dass die EU zwei Drittel des Bedarfs deckt, 90 Mrd. EUR, und internationale Partner den Rest (der Brief verlangt „a fair distribution of the burden“ (Zitat im englischen Original), also eine faire Lastenteilung mit den internationalen Partnern der EU). Der Europäische Rat beschloss die 90 Mrd. EUR am 18. Dez. 2025.',
  'European Commission, letter to leaders (17 Nov 2025)':
    'Europäische Kommission, Brief an die Staats- und Regierungschefs (17. Nov. 2025)',
  'Commission EUR 135.7bn': 'Kommission 135,7 Mrd. EUR',
  "European Commission (von der Leyen's 12-page letter / options paper to EU leaders)":
    'Europäische Kommission (zwölfseitiger Brief bzw. Optionspapier von der Leyens an die Staats- und Regierungschefs der EU)',
  'Military and budget needs together. Draws on IMF and Ukrainian estimates and assumes the full-scale war ends in late 2026.':
    'Militärischer und Haushaltsbedarf zusammen. Stützt sich auf Schätzungen des IWF und der Ukraine und nimmt an, dass der umfassende Krieg Ende 2026 endet.',
  'Armed forces': 'Streitkräfte',
  'Macro-financial and budget needs': 'Makrofinanz- und Haushaltsbedarf',
  'TVP World, UNN and one Euronews copy print EUR 55.2bn for the economic part. Only 83.4 + 52.3 adds up to the stated 135.7, so 52.3 is used; 55.2 is shown here.':
    'TVP World, UNN und eine Euronews-Fassung nennen 55,2 Mrd. EUR für den wirtschaftlichen Teil. Nur 83,4 + 52,3 ergibt die genannten 135,7; daher wird 52,3 verwendet, 55,2 steht hier.',
  'The letter of 17 Nov 2025: "According to preliminary IMF projections, assuming the war ends at the end of 2026 and taking into account all the support promised by the EU, member states and international partners, Ukraine will still face a huge shortfall that cannot be overcome without new funding." The EUR 135.7bn is that shortfall: support promised before the letter is already counted in it.':
    'Der Brief vom 17. Nov. 2025: „According to preliminary IMF projections, assuming the war ends at the end of 2026 and taking into account all the support promised by the EU, member states and international partners, Ukraine will still face a huge shortfall that cannot be overcome without new funding.“ (Zitat im englischen Original) Sinngemäß: Nach vorläufigen IWF-Projektionen bleibt der Ukraine auch unter Berücksichtigung aller zugesagten Unterstützung eine große Lücke, die ohne neue Mittel nicht zu schließen ist. Die 135,7 Mrd. EUR sind diese Lücke: Vor dem Brief zugesagte Unterstützung ist darin schon berücksichtigt.',
  'IMF estimate as cited by von der Leyen (3 Dec 2025)':
    'IWF-Schätzung, wie von der Leyen sie zitierte (3. Dez. 2025)',
  'IMF EUR 135bn': 'IWF 135 Mrd. EUR',
  'Ursula von der Leyen, quoting the IMF': 'Ursula von der Leyen, unter Berufung auf den IWF',
  '"The IMF estimates that Ukraine will need 135 billion euros over the next two years. That is 2026 and 2027." The IMF document itself was not read.':
    '„The IMF estimates that Ukraine will need 135 billion euros over the next two years. That is 2026 and 2027.“ (Zitat im englischen Original) Sinngemäß: Der IWF schätzt den Bedarf für 2026 und 2027 auf 135 Mrd. Euro. Das IWF-Dokument selbst wurde nicht gelesen.',
  'On 18 Dec 2025 von der Leyen gave EUR 137bn ("according to our estimate and that of the IMF").':
    'Am 18. Dez. 2025 nannte von der Leyen 137 Mrd. EUR („according to our estimate and that of the IMF“ (Zitat im englischen Original)).',
  'Commission and IMF estimate as cited by von der Leyen (18 Dec 2025)':
    'Schätzung von Kommission und IWF, wie von der Leyen sie zitierte (18. Dez. 2025)',
  'IMF/Commission EUR 137bn': 'IWF/Kommission 137 Mrd. EUR',
  'Ursula von der Leyen, on the day of the European Council':
    'Ursula von der Leyen am Tag des Europäischen Rates',
  '"We are talking about EUR 137 billion, estimated as necessary, according to our estimate and that of the IMF." Period taken from the report ("IMF: EUR 137bn by 2027").':
    '„We are talking about EUR 137 billion, estimated as necessary, according to our estimate and that of the IMF.“ (Zitat im englischen Original) Sinngemäß: 137 Mrd. EUR gelten nach Schätzung von Kommission und IWF als nötig. Zeitraum aus dem Bericht übernommen („IMF: EUR 137bn by 2027“).',
  'On 3 Dec 2025 she gave EUR 135bn for the same IMF estimate.':
    'Am 3. Dez. 2025 nannte sie für dieselbe IWF-Schätzung 135 Mrd. EUR.',
  'German TV news report (3 Dec 2025): "über 100 Milliarden Euro"':
    'Deutscher Fernsehnachrichtenbericht (3. Dez. 2025): „über 100 Milliarden Euro“',
  'News report: more than EUR 100bn': 'Nachrichtenbericht: über 100 Mrd. EUR',
  "German TV news report of 3 Dec 2025 (the project's seed text)":
    'Deutscher Fernsehnachrichtenbericht vom 3. Dez. 2025 (der Ausgangstext des Projekts)',
  '"Doch wenn der Krieg weitergeht, braucht die Ukraine für die kommenden zwei Jahre über 100 Milliarden Euro": if the war goes on, Ukraine needs more than EUR 100bn for the next two years. A lower bound, not an estimate of its own.':
    '„Doch wenn der Krieg weitergeht, braucht die Ukraine für die kommenden zwei Jahre über 100 Milliarden Euro.“ Eine Untergrenze, keine eigene Schätzung.',
  'IMF estimate of foreign funding needed through 2027 (Ukraine had said USD 38bn)':
    'IWF-Schätzung des Bedarfs an Auslandsfinanzierung bis 2027 (die Ukraine hatte 38 Mrd. USD genannt)',
  'to end-2027 (estimate of Sep 2025)': 'bis Ende 2027 (Schätzung vom Sept. 2025)',
  "External funding need as the IMF put it to Kyiv; does not match the Commission's military plus budget total.":
    'Bedarf an Außenfinanzierung, wie der IWF ihn Kiew nannte; entspricht nicht der Summe aus militärischem und Haushaltsbedarf der Kommission.',
  'Preliminary IMF data: budget support needed, excluding military needs':
    'Vorläufige IWF-Daten: benötigte Haushaltshilfe ohne militärischen Bedarf',
  "Budget support only (the source gives about EUR 52bn); compare with the Commission's EUR 52.3bn budget part, not with the total.":
    'Nur Haushaltshilfe (die Quelle nennt rund 52 Mrd. EUR); zu vergleichen mit dem Haushaltsteil der Kommission von 52,3 Mrd. EUR, nicht mit der Gesamtsumme.',
  'Finance Minister Marchenko: uncovered gap': 'Finanzminister Martschenko: ungedeckte Lücke',
  "Uncovered budget gap as seen by Ukraine's finance ministry in Oct 2025 (before the EU loan).":
    'Ungedeckte Haushaltslücke aus Sicht des ukrainischen Finanzministeriums im Okt. 2025 (vor dem EU-Kredit).',
  "Ukraine's 2026 budget: deficit to finance from partners":
    'Haushalt der Ukraine 2026: von Partnern zu finanzierendes Defizit',
  'One year, budget only (about EUR 39bn per UNN).':
    'Ein Jahr, nur Haushalt (rund 39 Mrd. EUR laut UNN).',
  'Marchenko: total external need under the planned IMF programme':
    'Martschenko: gesamter Außenfinanzierungsbedarf im geplanten IWF-Programm',
  'Four years, not two.': 'Vier Jahre, nicht zwei.',
  'IMF (Feb 2026): total external financing needs over the next four years':
    'IWF (Feb. 2026): gesamter Außenfinanzierungsbedarf der nächsten vier Jahre',
  'four years from 2026 (IMF programme period)': 'vier Jahre ab 2026 (Laufzeit des IWF-Programms)',
  'Four years, not two; the same statement gives a 2026 gap of USD 52bn.':
    'Vier Jahre, nicht zwei; dieselbe Erklärung nennt für 2026 eine Lücke von 52 Mrd. USD.',
  'IMF (Feb 2026): financing gap in 2026': 'IWF (Feb. 2026): Finanzierungslücke 2026',
  'One year; to be covered by EU mechanisms, G7 instruments, bilateral aid and the IMF.':
    'Ein Jahr; zu decken durch EU-Mechanismen, G7-Instrumente, bilaterale Hilfe und den IWF.',
  'Ukrainian government: budget deficit in the coming years could approach':
    'Ukrainische Regierung: Haushaltsdefizit der kommenden Jahre könnte sich nähern an',
  'coming years (not specified)': 'kommende Jahre (nicht näher bestimmt)',
  'Period not stated.': 'Zeitraum nicht angegeben.',
  'Commission paper (IMF projections): assistance needs in 2026':
    'Papier der Kommission (IWF-Projektionen): Hilfsbedarf 2026',
  'Need for outside assistance in 2026 (military and budget), assuming the war ends at the end of 2026 and after all support already promised; the paper sent with the letter of 17 Nov 2025.':
    'Bedarf an Hilfe von außen 2026 (Militär und Haushalt), unter der Annahme, dass der Krieg Ende 2026 endet, und nach aller bereits zugesagten Unterstützung; das mit dem Brief vom 17. Nov. 2025 versandte Papier.',
  'Commission paper (IMF projections): assistance needs in 2027':
    'Papier der Kommission (IWF-Projektionen): Hilfsbedarf 2027',
  'Need for outside assistance in 2027, same paper and assumptions (war ending at the end of 2026). The newest 2027-only figure found in the Dec 2026 sweep.':
    'Bedarf an Hilfe von außen 2027, gleiches Papier und gleiche Annahmen (Kriegsende Ende 2026). Die neueste Zahl nur für 2027, die bei der Recherche im Dez. 2026 gefunden wurde.',
  'EU Ukraine Support Loan': 'EU-Unterstützungskredit für die Ukraine',
  'Agreed by the European Council': 'Vom Europäischen Rat beschlossen',
  'Legal proposals (EUR 60bn military, EUR 30bn budget)':
    'Gesetzgebungsvorschläge (60 Mrd. EUR Militär, 30 Mrd. EUR Haushalt)',
  'Formally adopted by the Council': 'Vom Rat förmlich angenommen',
  'EU borrowing backed by the EU budget headroom, under enhanced cooperation of 24 member states (Czech Republic, Hungary and Slovakia not participating). Ukraine repays only once it receives reparations. No tranche is confirmed as paid yet, so nothing is shown as disbursed.':
    'EU-Anleihen, abgesichert durch den Spielraum im EU-Haushalt, in verstärkter Zusammenarbeit von 24 Mitgliedstaaten (ohne Tschechien, Ungarn und die Slowakei). Die Ukraine zahlt erst zurück, wenn sie Reparationen erhält. Noch keine Tranche ist als gezahlt bestätigt, daher wird nichts als ausgezahlt gezeigt.',
  'First tranche (announced)': 'Erste Tranche (angekündigt)',
  'Commission spokesperson, 1 Jun 2026: being prepared, to reach Ukraine before end-June; EUR 5.9bn for drone procurement, EUR 3.2bn budget support.':
    'Kommissionssprecher, 1. Juni 2026: in Vorbereitung, soll die Ukraine vor Ende Juni erreichen; 5,9 Mrd. EUR für die Beschaffung von Drohnen, 3,2 Mrd. EUR Haushaltshilfe.',
  'First EUR 3.2bn reported as transferred (unconfirmed)':
    'Erste 3,2 Mrd. EUR als überwiesen gemeldet (unbestätigt)',
  'Only low-reliability sites report that von der Leyen announced the transfer in Gdansk; they contain dating errors. Not counted as disbursed.':
    'Nur wenig verlässliche Websites melden, von der Leyen habe die Überweisung in Danzig verkündet; sie enthalten Datierungsfehler. Nicht als ausgezahlt gezählt.',
  'IMF Extended Fund Facility (48 months)': 'Erweiterte Fondsfazilität des IWF (48 Monate)',
  '48 months from Feb 2026': '48 Monate ab Feb. 2026',
  'Approved by the IMF Board (reported)': 'Vom IWF-Direktorium gebilligt (gemeldet)',
  "SDR 5.9bn, about USD 8.1bn, over 48 months from Feb 2026. Prorated to 2026-2027: the USD 1.5bn paid on approval counts in full, the rest is spread evenly over the 48 months, of which 23 fall into 2026-2027. Whether the IMF projections behind the Commission's letter already assumed this programme is not stated by the sources; it was approved after the letter, so the net reading counts it as new money. Bloomberg had reported the Board date as 26 Feb 2026.":
    '5,9 Mrd. SZR, rund 8,1 Mrd. USD, über 48 Monate ab Feb. 2026. Anteilig für 2026–2027: Die bei Billigung gezahlten 1,5 Mrd. USD zählen voll, der Rest verteilt sich gleichmäßig auf die 48 Monate, von denen 23 in die Jahre 2026–2027 fallen. Ob die IWF-Projektionen hinter dem Brief der Kommission dieses Programm schon annahmen, sagen die Quellen nicht; es wurde nach dem Brief gebilligt, daher zählt die Nettolesart es als neues Geld. Bloomberg hatte als Termin des Direktoriums den 26. Feb. 2026 gemeldet.',
  'Paid on approval': 'Bei Billigung gezahlt',
  'USD 1.5bn paid at once (IMF statement as quoted).':
    '1,5 Mrd. USD sofort gezahlt (IWF-Erklärung, wie zitiert).',
  'Germany: 2026 budget for military support':
    'Deutschland: Haushalt 2026 für militärische Unterstützung',
  'Approved by the Bundestag budget committee':
    'Vom Haushaltsausschuss des Bundestages beschlossen',
  'Budgeted in the 2026 federal budget (pledges.json E020).':
    'Im Bundeshaushalt 2026 veranschlagt (pledges.json E020).',
  'United Kingdom: GBP 3bn a year, 2026 and 2027':
    'Vereinigtes Königreich: 3 Mrd. GBP pro Jahr, 2026 und 2027',
  'Pledged (GBP 3bn a year until 2030-31)': 'Zugesagt (3 Mrd. GBP pro Jahr bis 2030/31)',
  "Two years of the GBP 3bn annual pledge (pledges.json E022). The UK's air defence packages (E023, E024) and its PURL share (P027) are not added: the sources do not say whether they come on top of the annual GBP 3bn.":
    'Zwei Jahre der jährlichen Zusage von 3 Mrd. GBP (pledges.json E022). Die Luftverteidigungspakete des Vereinigten Königreichs (E023, E024) und sein PURL-Anteil (P027) werden nicht addiert: Die Quellen sagen nicht, ob sie zu den jährlichen 3 Mrd. GBP hinzukommen.',
  'Sweden: security assistance 2026-2027': 'Schweden: Sicherheitshilfe 2026–2027',
  'Announced at the Ukraine Defense Contact Group':
    'In der Ukraine-Kontaktgruppe (Ramstein-Format) angekündigt',
  "As reported by Ukraine's defence minister (pledges.json E027). Sweden's 2026 PURL share (P030) is not added: assumed to be within this amount.":
    'Laut dem ukrainischen Verteidigungsminister (pledges.json E027). Schwedens PURL-Anteil 2026 (P030) wird nicht addiert: Er ist vermutlich in diesem Betrag enthalten.',
  'Denmark: Ukraine Fund 2026': 'Dänemark: Ukraine-Fonds 2026',
  'Planned, stated to parliament': 'Geplant, dem Parlament mitgeteilt',
  'Planned for 2026 (pledges.json E028); 2027 not yet stated.':
    'Für 2026 geplant (pledges.json E028); 2027 noch nicht angegeben.',
  'Norway: Nansen Support Programme 2026': 'Norwegen: Nansen-Unterstützungsprogramm 2026',
  'Proposed in the 2026 budget': 'Im Haushalt 2026 vorgeschlagen',
  "Military and civil support together, so no component is assigned (pledges.json E026). Norway's 2026 PURL share (in P028, amount not found) is assumed to be within it and is not added.":
    'Militärische und zivile Unterstützung zusammen, daher keinem Teil zugeordnet (pledges.json E026). Norwegens PURL-Anteil 2026 (in P028, Betrag nicht gefunden) ist vermutlich darin enthalten und wird nicht addiert.',
  'Romania: PURL contribution (2026)': 'Rumänien: PURL-Beitrag (2026)',
  Reported: 'Gemeldet',
  'PURL: Ukraine orders US weapons, Europeans pay (pledges.json P025; reported date, exact announcement date not given).':
    'PURL: Die Ukraine bestellt US-Waffen, Europäer bezahlen (pledges.json P025; gemeldetes Datum, genaues Datum der Ankündigung nicht angegeben).',
  'Croatia: initial PURL contribution (2026)': 'Kroatien: erster PURL-Beitrag (2026)',
  'pledges.json P026 (reported date, exact announcement date not given).':
    'pledges.json P026 (gemeldetes Datum, genaues Datum der Ankündigung nicht angegeben).',
  'Netherlands: share of the NL/UK/NO/SE PURL package (2026)':
    'Niederlande: Anteil am PURL-Paket NL/UK/NO/SE (2026)',
  Announced: 'Angekündigt',
  'About EUR 90m, the Dutch share of the joint USD 500m package (pledges.json P029 of P028). The UK, Swedish and Norwegian shares of that package are not added: their national lines above are counted and are assumed to include them.':
    'Rund 90 Mio. EUR, der niederländische Anteil am gemeinsamen Paket von 500 Mio. USD (pledges.json P029 aus P028). Die Anteile des Vereinigten Königreichs, Schwedens und Norwegens an diesem Paket werden nicht addiert: Ihre nationalen Zeilen oben sind gezählt und schließen sie vermutlich ein.',
  'Belgium: second PURL contribution (2026)': 'Belgien: zweiter PURL-Beitrag (2026)',
  'Announced by the foreign minister': 'Vom Außenminister angekündigt',
  'pledges.json P031.': 'pledges.json P031.',
  'Canada: military assistance, fiscal year 2026-27': 'Kanada: Militärhilfe, Haushaltsjahr 2026/27',
  'Apr 2026 - Mar 2027': 'Apr. 2026 – März 2027',
  'Announced by the Prime Minister': 'Vom Premierminister angekündigt',
  "About CAD 2bn from a CAD 6.2bn five-year envelope (pledges.json E031); Canada's fiscal year runs April to March, so all twelve months fall into 2026-2027. Promised after the Commission's letter: new money in the net reading.":
    'Rund 2 Mrd. CAD aus einem Fünfjahresrahmen von 6,2 Mrd. CAD (pledges.json E031); Kanadas Haushaltsjahr läuft von April bis März, daher fallen alle zwölf Monate in die Jahre 2026–2027. Nach dem Brief der Kommission zugesagt: in der Nettolesart neues Geld.',
  'Germany: financial plan for 2027 (about EUR 9bn)':
    'Deutschland: Finanzplan für 2027 (rund 9 Mrd. EUR)',
  'Financial plan stated by the finance minister': 'Vom Finanzminister genannter Finanzplan',
  "Financial plan, not an adopted budget (pledges.json E030); dpa gave 'more than EUR 8bn' (both values in the pledge table). Planned before the Commission's letter: inside its figure in the net reading, subtracted only in the gross reading.":
    'Finanzplan, kein beschlossener Haushalt (pledges.json E030); dpa nannte „mehr als 8 Mrd. EUR“ (beide Werte in der Zusagentabelle). Vor dem Brief der Kommission geplant: in der Nettolesart in deren Zahl enthalten, nur in der Bruttolesart abgezogen.',
  'Denmark: Ukraine Fund, planned for 2027 (2023 plan)':
    'Dänemark: Ukraine-Fonds, geplant für 2027 (Plan von 2023)',
  'Planned (Danish government and parliament)': 'Geplant (dänische Regierung und Parlament)',
  "A 2023 plan (pledges.json E032); the 2026 figure was later changed, so this one may be out of date. Planned before the Commission's letter: gross reading only.":
    'Ein Plan von 2023 (pledges.json E032); die Zahl für 2026 wurde später geändert, diese kann also veraltet sein. Vor dem Brief der Kommission geplant: nur in der Bruttolesart.',
  'Ukraine Facility: undisbursed part (EUR 50bn for 2024-2027, EUR 27bn paid by 22 Dec 2025)':
    'Ukraine-Fazilität: nicht ausgezahlter Teil (50 Mrd. EUR für 2024–2027, 27 Mrd. EUR bis 22. Dez. 2025 gezahlt)',
  "EUR 50bn - EUR 27bn = EUR 23bn left for 2026-2027, but the sources do not say whether the Commission's estimate already counts it, and the loan's EUR 30bn budget part is paid through the Facility. Shown for context only.":
    '50 Mrd. EUR − 27 Mrd. EUR = 23 Mrd. EUR für 2026–2027 übrig, doch die Quellen sagen nicht, ob die Schätzung der Kommission sie schon einrechnet, und der Haushaltsteil des Kredits von 30 Mrd. EUR wird über die Fazilität gezahlt. Nur zur Einordnung gezeigt.',
  'Reparations Loan proposal (Plan B)': 'Vorschlag Reparationskredit (Plan B)',
  'Proposed 3 Dec 2025, not adopted; the European Council chose EU borrowing instead.':
    'Am 3. Dez. 2025 vorgeschlagen, nicht beschlossen; der Europäische Rat wählte stattdessen EU-Anleihen.',
  'G7 ERA loans (USD 50bn)': 'G7-ERA-Kredite (50 Mrd. USD)',
  'Agreed in 2024 and largely paid out by Nov 2025 (EUR 30.9bn); money for the years before 2026.':
    '2024 beschlossen und bis Nov. 2025 großenteils ausgezahlt (30,9 Mrd. EUR); Geld für die Jahre vor 2026.',
  'Netherlands: EUR 3bn military support for 2027-2029 (coalition agreement)':
    'Niederlande: 3 Mrd. EUR Militärhilfe für 2027–2029 (Koalitionsvertrag)',
  'The coalition agreement of 30 Jan 2026 does not say whether the EUR 3bn is per year or for the three years together, so EUR 1bn or EUR 3bn of it would fall into 2027. Not counted until a source says which (pledges.json E033).':
    'Der Koalitionsvertrag vom 30. Jan. 2026 sagt nicht, ob die 3 Mrd. EUR pro Jahr oder für die drei Jahre zusammen gelten; in das Jahr 2027 fielen also 1 oder 3 Mrd. EUR. Nicht gezählt, bis eine Quelle es klärt (pledges.json E033).',
  'Commission tables Plan A and Plan B': 'Kommission legt Plan A und Plan B vor',
  'Von der Leyen proposes covering two-thirds of Ukraine\'s 2026-2027 needs, EUR 90bn: Plan A, EU borrowing backed by the EU budget (needs unanimity), or Plan B, a reparations loan from the cash balances of immobilised Russian assets (qualified majority). Belgium\'s foreign minister calls the reparations loan the "worst of all options".':
    'Von der Leyen schlägt vor, zwei Drittel des Bedarfs der Ukraine für 2026–2027 zu decken, 90 Mrd. EUR: Plan A, EU-Anleihen mit dem EU-Haushalt als Sicherheit (einstimmig), oder Plan B, ein Reparationskredit aus den Barbeständen immobilisierter russischer Vermögenswerte (qualifizierte Mehrheit). Belgiens Außenminister nennt den Reparationskredit die „worst of all options“ (Zitat im englischen Original), die schlechteste aller Optionen.',
  Proposed: 'Vorgeschlagen',
  'Russian central bank assets immobilised long-term (Article 122)':
    'Vermögen der russischen Zentralbank langfristig immobilisiert (Artikel 122)',
  "The Council adopts Regulation (EU) 2025/2600 under Article 122 TFEU by qualified majority: no transfer of the Central Bank of Russia's assets (about EUR 210bn in the EU) until Russia ends the war, pays reparations and no longer poses a serious economic risk. Ends the six-monthly unanimous renewal.":
    'Der Rat nimmt die Verordnung (EU) 2025/2600 nach Artikel 122 AEUV mit qualifizierter Mehrheit an: kein Transfer der Vermögenswerte der russischen Zentralbank (rund 210 Mrd. EUR in der EU), bis Russland den Krieg beendet, Reparationen zahlt und kein ernstes wirtschaftliches Risiko mehr darstellt. Beendet die halbjährliche einstimmige Verlängerung.',
  'Adopted by qualified majority': 'Mit qualifizierter Mehrheit angenommen',
  'European Council agrees a EUR 90bn loan':
    'Europäischer Rat beschließt einen Kredit über 90 Mrd. EUR',
  'Leaders agree "a loan to Ukraine of EUR 90 billion for the years 2026-2027 based on EU borrowing on the capital markets backed by the EU budget headroom", through enhanced cooperation so that the Czech Republic, Hungary and Slovakia carry no obligations. Supported by 25 leaders; Ukraine repays only once it receives reparations. The reparations loan is not adopted; work on it is to continue.':
    'Die Staats- und Regierungschefs beschließen „a loan to Ukraine of EUR 90 billion for the years 2026-2027 based on EU borrowing on the capital markets backed by the EU budget headroom“ (Zitat im englischen Original), also einen Kredit von 90 Mrd. EUR für 2026–2027 aus EU-Anleihen am Kapitalmarkt, abgesichert durch den Spielraum im EU-Haushalt, in verstärkter Zusammenarbeit, sodass Tschechien, Ungarn und die Slowakei keine Verpflichtungen tragen. Von 25 Staats- und Regierungschefs unterstützt; die Ukraine zahlt erst zurück, wenn sie Reparationen erhält. Der Reparationskredit wird nicht beschlossen; die Arbeit daran soll weitergehen.',
  'Plan A agreed; Plan B not adopted': 'Plan A beschlossen; Plan B nicht angenommen',
  'Commission adopts the legal proposals': 'Kommission nimmt die Gesetzgebungsvorschläge an',
  'Loan of EUR 90bn under enhanced cooperation of 24 of 27 member states: EUR 60bn for military assistance, EUR 30bn for general budget support; procurement mainly from Ukraine, the EU and EEA/EFTA, with derogations.':
    'Kredit von 90 Mrd. EUR in verstärkter Zusammenarbeit von 24 der 27 Mitgliedstaaten: 60 Mrd. EUR für Militärhilfe, 30 Mrd. EUR für allgemeine Haushaltshilfe; Beschaffung vor allem in der Ukraine, der EU und im EWR/in der EFTA, mit Ausnahmen.',
  'Parliament consents to enhanced cooperation':
    'Parlament stimmt der verstärkten Zusammenarbeit zu',
  'The European Parliament consents to enhanced cooperation for the loan, 499 to 135 with 24 abstentions.':
    'Das Europäische Parlament stimmt der verstärkten Zusammenarbeit für den Kredit zu, mit 499 zu 135 Stimmen bei 24 Enthaltungen.',
  'Consent given (499-135-24)': 'Zustimmung erteilt (499–135–24)',
  'Council agrees its position': 'Rat legt seinen Standpunkt fest',
  "Member states agree the Council's position on the legal framework, aiming at a first payment at the start of the second quarter of 2026.":
    'Die Mitgliedstaaten legen den Standpunkt des Rates zum Rechtsrahmen fest, mit dem Ziel einer ersten Zahlung zu Beginn des zweiten Quartals 2026.',
  'Council position agreed': 'Standpunkt des Rates festgelegt',
  'Parliament adopts the loan package': 'Parlament nimmt das Kreditpaket an',
  'The European Parliament adopts the EUR 90bn Ukraine Support Loan, the Ukraine Facility changes and the amendment of the multiannual financial framework: EUR 30bn budget support through the Ukraine Facility, EUR 60bn defence.':
    'Das Europäische Parlament nimmt den Unterstützungskredit für die Ukraine über 90 Mrd. EUR, die Änderungen der Ukraine-Fazilität und die Änderung des mehrjährigen Finanzrahmens an: 30 Mrd. EUR Haushaltshilfe über die Ukraine-Fazilität, 60 Mrd. EUR Verteidigung.',
  'Adopted, 458-140-44 (TASS figure)': 'Angenommen, 458–140–44 (Zahlen laut TASS)',
  'Hungary blocks the loan': 'Ungarn blockiert den Kredit',
  'Hungary blocks the unanimous step the joint debt needs (the budget framework amendment). Orbán: "As long as Ukraine blocks the Druzhba pipeline, Hungary will block the EUR 90bn Ukrainian war loan." On 23 Feb he writes to António Costa; on 24 Feb the Council cannot approve the loan.':
    'Ungarn blockiert den einstimmigen Schritt, den die gemeinsame Schuldenaufnahme braucht (die Änderung des Haushaltsrahmens). Orbán: „As long as Ukraine blocks the Druzhba pipeline, Hungary will block the EUR 90bn Ukrainian war loan.“ (Zitat im englischen Original) Sinngemäß: Solange die Ukraine die Druschba-Pipeline blockiert, blockiert Ungarn den Kredit. Am 23. Feb. schreibt er an António Costa; am 24. Feb. kann der Rat den Kredit nicht billigen.',
  Blocked: 'Blockiert',
  'European Council condemns the blockade': 'Europäischer Rat verurteilt die Blockade',
  'Leaders condemn Hungary\'s blocking; Costa calls it "absolutely unacceptable". 25 leaders expect the first loan money in early April.':
    'Die Staats- und Regierungschefs verurteilen die Blockade Ungarns; Costa nennt sie „absolutely unacceptable“ (Zitat im englischen Original), völlig inakzeptabel. 25 Staats- und Regierungschefs erwarten das erste Kreditgeld Anfang April.',
  'Still blocked': 'Weiter blockiert',
  'Hungary lifts its veto': 'Ungarn hebt sein Veto auf',
  'EU ambassadors agree the EUR 90bn loan and a new sanctions package after Hungary drops its veto, once oil flows through Druzhba resume.':
    'Die EU-Botschafter billigen den Kredit über 90 Mrd. EUR und ein neues Sanktionspaket, nachdem Ungarn sein Veto aufgibt, sobald wieder Öl durch die Druschba fließt.',
  'Agreed by ambassadors': 'Von den Botschaftern gebilligt',
  'Council formally adopts the loan': 'Rat nimmt den Kredit förmlich an',
  'The loan and the 20th sanctions package are formally adopted, unanimously, by written procedure. Cypriot presidency: "Today the Council approved the final element needed to allow for the disbursement of the 90-billion-euro loan."':
    'Der Kredit und das 20. Sanktionspaket werden im schriftlichen Verfahren einstimmig förmlich angenommen. Zyprischer Ratsvorsitz: „Today the Council approved the final element needed to allow for the disbursement of the 90-billion-euro loan.“ (Zitat im englischen Original) Sinngemäß: Der Rat hat das letzte Element gebilligt, das die Auszahlung des Kredits über 90 Mrd. Euro ermöglicht.',
  'Adopted unanimously': 'Einstimmig angenommen',
  'First tranche of EUR 9.1bn announced': 'Erste Tranche über 9,1 Mrd. EUR angekündigt',
  'A Commission spokesperson says the first tranche, EUR 9.1bn, is being prepared and should reach Ukraine before the end of June: EUR 5.9bn for military needs (drone procurement) and EUR 3.2bn of budget support.':
    'Ein Kommissionssprecher sagt, die erste Tranche über 9,1 Mrd. EUR werde vorbereitet und solle die Ukraine vor Ende Juni erreichen: 5,9 Mrd. EUR für militärischen Bedarf (Beschaffung von Drohnen) und 3,2 Mrd. EUR Haushaltshilfe.',
  'Announced; payment not yet confirmed': 'Angekündigt; Zahlung noch nicht bestätigt',
  'Drone money reported as taken out of the first tranche (unconfirmed)':
    'Drohnengeld laut Berichten aus der ersten Tranche genommen (unbestätigt)',
  "Euractiv, as relayed by two low-reliability sites, reported that the EUR 5.9bn for drone production would not be part of the first payment, which would be EUR 3.2bn of budget support, with a separate defence disbursement still under discussion. Euractiv's own article was not found.":
    'Euractiv berichtete, weitergegeben von zwei wenig verlässlichen Websites, die 5,9 Mrd. EUR für die Drohnenproduktion seien nicht Teil der ersten Zahlung; diese betrage 3,2 Mrd. EUR Haushaltshilfe, eine gesonderte Auszahlung für Verteidigung werde noch beraten. Der Artikel von Euractiv selbst wurde nicht gefunden.',
  Unconfirmed: 'Unbestätigt',
  'Several low-reliability sites say von der Leyen announced in Gdansk that the first EUR 3.2bn was transferred and that the drone money was not part of the initial payment. They contain errors (they date the December 2025 summit to December 2024).':
    'Mehrere wenig verlässliche Websites schreiben, von der Leyen habe in Danzig verkündet, die ersten 3,2 Mrd. EUR seien überwiesen und das Drohnengeld sei nicht Teil der ersten Zahlung gewesen. Sie enthalten Fehler (sie datieren den Gipfel vom Dezember 2025 auf Dezember 2024).',
  // Notes on sources (their titles stay as published: a citation).
  'secondary: Russian outlet relaying Politico':
    'Sekundärquelle: russisches Medium, das Politico wiedergibt',
  'secondary: Bloomberg report relayed by origo':
    'Sekundärquelle: Bloomberg-Bericht, wiedergegeben von origo',
  'pro-Kremlin-adjacent outlet quoting an official IMF text':
    'kremlnahes Medium, das einen offiziellen IWF-Text zitiert',
  'secondary: AFP report of the Commission paper':
    'Sekundärquelle: AFP-Bericht über das Papier der Kommission',
  'secondary: ANSA report of the letter': 'Sekundärquelle: ANSA-Bericht über den Brief',
  'secondary: Politico report reposted by a Pravda-network site':
    'Sekundärquelle: Politico-Bericht, weiterverbreitet von einer Website des Pravda-Netzwerks',
  'low-reliability site; contains dating errors':
    'wenig verlässliche Website; enthält Datierungsfehler',
  'AI-written aggregator; contains dating errors':
    'KI-geschriebener Aggregator; enthält Datierungsfehler',
  'secondary: Bloomberg report relayed by LB.ua':
    'Sekundärquelle: Bloomberg-Bericht, wiedergegeben von LB.ua',
  'secondary: Politico report of Commission documents':
    'Sekundärquelle: Politico-Bericht über Dokumente der Kommission',
  'secondary: FT report relayed by an aggregator':
    'Sekundärquelle: FT-Bericht, wiedergegeben von einem Aggregator',
  'secondary: dpa text relayed by NAM News Network':
    'Sekundärquelle: dpa-Text, wiedergegeben vom NAM News Network',
  'low-reliability site; secondary: Euractiv report not found':
    'wenig verlässliche Website; Sekundärquelle: Euractiv-Bericht nicht gefunden',
  'AI-written aggregator, undated; also says a second payment of about EUR 6bn is earmarked for drones':
    'KI-geschriebener Aggregator, undatiert; nennt außerdem eine zweite Zahlung von rund 6 Mrd. EUR, die für Drohnen vorgesehen sei',
};
