/**
 * German for the text of eu-options.json, keyed by the English text: a changed or new English line
 * has no entry, shows in English and `npm run data:check` warns. A quotation from an English
 * source stays in English inside the German text, marked "(Zitat im englischen Original; sinngemäß:
 * …)"; the quotes of the comparison (quotes[].text) are not translated: they are shown as quoted.
 */
export const EU_OPTIONS_DE: Readonly<Record<string, string>> = {
  'EU options for financing Ukraine in 2026–2027: Plan A (EU borrowing) vs Plan B (reparations loan)':
    'EU-Optionen zur Finanzierung der Ukraine 2026–2027: Plan A (EU-Kreditaufnahme) gegenüber Plan B (Reparationsdarlehen)',
  'Project research notes on Ukraine financing (sections C and D), hand-transcribed; see eu-options.PROVENANCE.md':
    'Recherchenotizen des Projekts zur Finanzierung der Ukraine (Abschnitte C und D), von Hand übertragen; siehe eu-options.PROVENANCE.md',
  Mechanism: 'Mechanismus',
  'EU borrowing ("Plan A"): the EU raises capital on the capital markets, uses the EU budget (its headroom) as the guarantee, and passes the money on to Ukraine as a loan. In the options paper of 17 Nov 2025 this was option 2, EU-level joint borrowing.':
    'EU-Kreditaufnahme („Plan A“): Die EU nimmt Kapital an den Kapitalmärkten auf, nutzt den EU-Haushalt (seinen Spielraum) als Garantie und gibt das Geld als Darlehen an die Ukraine weiter. Im Optionspapier vom 17. Nov. 2025 war dies Option 2, die gemeinsame Kreditaufnahme auf EU-Ebene.',
  'Ursula von der Leyen, Commission President': 'Ursula von der Leyen, Kommissionspräsidentin',
  'Reparations loan ("Plan B"): the cash balances of immobilised Russian central-bank assets, held by all EU financial institutions that hold such balances (not only Euroclear), go into a reparations-loan instrument and are lent to Ukraine. Ukraine repays only "if and when Russia pays reparations". Option 3 of the options paper of 17 Nov 2025.':
    'Reparationsdarlehen („Plan B“): Die Barguthaben aus immobilisierten Vermögenswerten der russischen Zentralbank, gehalten von allen Finanzinstituten der EU, die solche Guthaben halten (nicht nur Euroclear), fließen in ein Instrument für ein Reparationsdarlehen und werden der Ukraine geliehen. Die Ukraine zahlt nur zurück, „if and when Russia pays reparations“ (Zitat im englischen Original; sinngemäß: falls und sobald Russland Reparationen zahlt). Option 3 des Optionspapiers vom 17. Nov. 2025.',
  Amount: 'Betrag',
  "EUR 90 bn for 2026–2027, two-thirds of Ukraine's needs; the rest is to come from international partners. The Commission's proposal of 14 Jan 2026 splits it into EUR 60 bn for military assistance and EUR 30 bn of budget support.":
    '90 Mrd. EUR für 2026–2027, zwei Drittel des Bedarfs der Ukraine; der Rest soll von internationalen Partnern kommen. Der Vorschlag der Kommission vom 14. Jan. 2026 teilt den Betrag in 60 Mrd. EUR Militärhilfe und 30 Mrd. EUR Budgethilfe auf.',
  'Loan for 2026–2027': 'Darlehen für 2026–2027',
  'of which military assistance': 'davon Militärhilfe',
  'of which budget support': 'davon Budgethilfe',
  "A reparations loan of EUR 165 bn (EUR 140 bn held at Euroclear, EUR 25 bn in private bank accounts across the bloc), inside a package of up to EUR 210 bn (EUR 115 bn for Ukraine's defence industry, EUR 50 bn for the budget, EUR 45 bn to repay the 2024 G7 ERA loan), per Commission documents as reported by Politico. At the options-paper stage (Nov 2025) the loan was described as about EUR 140 bn. The immobilised assets in the EU total about EUR 210 bn; the share held at Euroclear differs by source.":
    'Ein Reparationsdarlehen von 165 Mrd. EUR (140 Mrd. EUR bei Euroclear, 25 Mrd. EUR auf privaten Bankkonten in der ganzen EU) innerhalb eines Pakets von bis zu 210 Mrd. EUR (115 Mrd. EUR für die Verteidigungsindustrie der Ukraine, 50 Mrd. EUR für den Haushalt, 45 Mrd. EUR zur Rückzahlung des G7-ERA-Darlehens von 2024), laut Dokumenten der Kommission, wie Politico berichtete. Im Stadium des Optionspapiers (Nov. 2025) wurde das Darlehen mit etwa 140 Mrd. EUR beschrieben. Die immobilisierten Vermögenswerte in der EU betragen insgesamt etwa 210 Mrd. EUR; der Anteil bei Euroclear ist je nach Quelle verschieden.',
  'Reparations loan': 'Reparationsdarlehen',
  'of which held at Euroclear': 'davon bei Euroclear',
  'of which in private bank accounts': 'davon auf privaten Bankkonten',
  'Whole package, up to': 'Gesamtpaket, bis zu',
  "Package: Ukraine's defence industry": 'Paket: Verteidigungsindustrie der Ukraine',
  'Package: budget': 'Paket: Haushalt',
  'Package: repay the 2024 G7 ERA loan': 'Paket: Rückzahlung des G7-ERA-Darlehens von 2024',
  'Reparations loan at the options-paper stage, about':
    'Reparationsdarlehen im Stadium des Optionspapiers, etwa',
  'Immobilised Russian assets in the EU, about':
    'Immobilisierte russische Vermögenswerte in der EU, etwa',
  'Immobilised Russian assets held at Euroclear':
    'Immobilisierte russische Vermögenswerte bei Euroclear',
  'Politico list (8 Dec 2025) and an archived news article':
    'Politico-Liste (8. Dez. 2025) und ein archivierter Nachrichtenartikel',
  'Xinhua on the Council decision of 12 Dec 2025': 'Xinhua zum Ratsbeschluss vom 12. Dez. 2025',
  "The project's research notes also record EUR 193–194 bn in some reports, without an address that could be cited; that value is not shown as a sourced figure.":
    'Die Recherchenotizen des Projekts verzeichnen in einigen Berichten auch 193–194 Mrd. EUR, ohne eine zitierbare Adresse; dieser Wert wird nicht als belegte Zahl gezeigt.',
  'Who borrows, who lends': 'Wer nimmt Kredit auf, wer verleiht',
  'The EU borrows on the capital markets, backed by the EU budget headroom, and lends to Ukraine. Ukraine repays only once it receives reparations; until then the Russian assets stay immobilised and the Union reserves the right to use them to repay the loan.':
    'Die EU nimmt an den Kapitalmärkten Kredit auf, abgesichert durch den Spielraum des EU-Haushalts, und verleiht das Geld an die Ukraine. Die Ukraine zahlt erst zurück, wenn sie Reparationen erhält; bis dahin bleiben die russischen Vermögenswerte immobilisiert, und die Union behält sich vor, sie zur Rückzahlung des Darlehens zu verwenden.',
  'No market borrowing: the EU takes the cash balances of the immobilised assets from the financial institutions that hold them (Euroclear; the reported compromise text also names banks in Germany, France, Cyprus and Sweden) and lends them to Ukraine, which repays if and when Russia pays reparations.':
    'Keine Kreditaufnahme am Markt: Die EU nimmt die Barguthaben der immobilisierten Vermögenswerte von den Finanzinstituten, die sie halten (Euroclear; der berichtete Kompromisstext nennt auch Banken in Deutschland, Frankreich, Zypern und Schweden), und verleiht sie an die Ukraine, die zurückzahlt, falls und sobald Russland Reparationen zahlt.',
  'Who bears the cost and the risk': 'Wer trägt Kosten und Risiko',
  'The EU budget pays the interest. European Parliament: about EUR 1 bn for 2027, then about EUR 3 bn a year from 2028. Commission estimate: about EUR 3 bn a year at current rates, so the 2028–2034 budget (MFF) needs room for about EUR 20 bn; member states share the cost by economic weight. Politico: EUR 3–4 bn a year from 2028. The budget guarantee does not touch the financial obligations of Czechia, Hungary and Slovakia (enhanced cooperation).':
    'Der EU-Haushalt zahlt die Zinsen. Europäisches Parlament: etwa 1 Mrd. EUR für 2027, danach etwa 3 Mrd. EUR pro Jahr ab 2028. Schätzung der Kommission: etwa 3 Mrd. EUR pro Jahr zu aktuellen Zinssätzen, sodass der Haushalt 2028–2034 (MFR) Raum für etwa 20 Mrd. EUR braucht; die Mitgliedstaaten teilen die Kosten nach Wirtschaftskraft. Politico: 3–4 Mrd. EUR pro Jahr ab 2028. Die Haushaltsgarantie berührt die finanziellen Verpflichtungen Tschechiens, Ungarns und der Slowakei nicht (Verstärkte Zusammenarbeit).',
  'Interest in 2027 (European Parliament), about': 'Zinsen 2027 (Europäisches Parlament), etwa',
  'Interest a year from 2028 (European Parliament), about':
    'Zinsen pro Jahr ab 2028 (Europäisches Parlament), etwa',
  'Interest a year at current rates (Commission), about':
    'Zinsen pro Jahr zu aktuellen Zinssätzen (Kommission), etwa',
  'Room needed in the 2028–2034 MFF, about': 'Benötigter Raum im MFR 2028–2034, etwa',
  'Interest a year from 2028 (Politico)': 'Zinsen pro Jahr ab 2028 (Politico)',
  'Member states guarantee the loan nationally, shared by GNI/economic weight (Commission calculation as reported): Germany EUR 51.3 bn, France 34, Italy 25.1, Spain 18.9, Netherlands 13.4, Poland 10.3, Belgium 7.2, and so on. Payments to Ukraine would start once 75 % of the guarantees were in place; the guarantees would not count against national debt (draft compromise). The guarantors pay if the assets must be returned to Russia.':
    'Die Mitgliedstaaten garantieren das Darlehen national, aufgeteilt nach BNE/Wirtschaftskraft (Berechnung der Kommission, wie berichtet): Deutschland 51,3 Mrd. EUR, Frankreich 34, Italien 25,1, Spanien 18,9, Niederlande 13,4, Polen 10,3, Belgien 7,2 und so weiter. Zahlungen an die Ukraine würden beginnen, sobald 75 % der Garantien vorliegen; die Garantien würden nicht auf die Staatsverschuldung angerechnet (Kompromissentwurf). Die Garanten zahlen, wenn die Vermögenswerte an Russland zurückgegeben werden müssen.',
  Germany: 'Deutschland',
  France: 'Frankreich',
  Italy: 'Italien',
  Spain: 'Spanien',
  Netherlands: 'Niederlande',
  Poland: 'Polen',
  Belgium: 'Belgien',
  'The list of guarantees comes from a Pravda-network repost of Politico (low reliability); the German, French and Italian figures are corroborated by an aggregator summary.':
    'Die Liste der Garantien stammt aus einer Wiederveröffentlichung von Politico im Pravda-Netzwerk (geringe Zuverlässigkeit); die Zahlen für Deutschland, Frankreich und Italien bestätigt die Zusammenfassung eines Aggregators.',
  'Voting rule': 'Abstimmungsregel',
  'Unanimity: the loan rests on a unanimous amendment of the Multiannual Financial Framework. This is what let Hungary block it from February to April 2026. The loan instrument itself runs as enhanced cooperation of 24 member states (Art. 20 TEU, instrument under Art. 212 TFEU).':
    'Einstimmigkeit: Das Darlehen beruht auf einer einstimmigen Änderung des Mehrjährigen Finanzrahmens. Deshalb konnte Ungarn es von Februar bis April 2026 blockieren. Das Darlehensinstrument selbst läuft als Verstärkte Zusammenarbeit von 24 Mitgliedstaaten (Art. 20 EUV, Instrument nach Art. 212 AEUV).',
  'Ursula von der Leyen': 'Ursula von der Leyen',
  'Qualified majority: the reparations loan was designed so that it can be adopted by qualified majority, without unanimity.':
    'Qualifizierte Mehrheit: Das Reparationsdarlehen war so angelegt, dass es mit qualifizierter Mehrheit, ohne Einstimmigkeit, beschlossen werden kann.',
  'Legal risks raised': 'Genannte rechtliche Risiken',
  'The sources record no legal objection to EU borrowing itself; Belgium urged it as the alternative. Its risk was political: the unanimity needed for the budget amendment, which Hungary used for a veto (20 Feb to 22 Apr 2026).':
    'Die Quellen verzeichnen keinen rechtlichen Einwand gegen die EU-Kreditaufnahme selbst; Belgien drängte auf sie als Alternative. Ihr Risiko war politisch: die für die Haushaltsänderung nötige Einstimmigkeit, die Ungarn für ein Veto nutzte (20. Feb. bis 22. Apr. 2026).',
  'Euroclear\'s CEO Valérie Urbain: legally doubtful under sovereign immunity, a risk to financial stability; Euroclear is ready to challenge it in court. ECB President Lagarde: a legal and financial stretch. IMF (Alfred Kammer, Oct 2025): countries need a "solid legal basis" and should mind the effect on the international monetary system. The Bank of Russia sued Euroclear in the Moscow Arbitration Court on 12 Dec 2025.':
    'Euroclear-Chefin Valérie Urbain: rechtlich zweifelhaft wegen der Staatenimmunität, ein Risiko für die Finanzstabilität; Euroclear ist bereit, dagegen vor Gericht zu ziehen. EZB-Präsidentin Lagarde: rechtlich und finanziell grenzwertig. IWF (Alfred Kammer, Okt. 2025): Die Länder brauchen eine „solid legal basis“ (Zitat im englischen Original; sinngemäß: solide Rechtsgrundlage) und sollten die Wirkung auf das internationale Währungssystem bedenken. Die Bank von Russland verklagte Euroclear am 12. Dez. 2025 vor dem Moskauer Schiedsgericht.',
  "Belgium's objections and requested guarantees": 'Einwände Belgiens und verlangte Garantien',
  "Belgium's preferred option: foreign minister Prévot urged EU market borrowing instead of using the assets.":
    'Die von Belgien bevorzugte Option: Außenminister Prévot drängte auf eine Kreditaufnahme der EU am Markt, statt die Vermögenswerte zu nutzen.',
  'Belgium, where Euroclear sits, opposed the reparations loan. Prévot (3 Dec 2025, NATO foreign ministers\' meeting) called it the "worst of all options", risky and unprecedented. Belgium asks the other member states for guarantees covering all legal costs from Russian lawsuits and a binding commitment to provide money quickly if a court orders repayment to Moscow. De Wever\'s three conditions (23 Oct 2025): full mutualisation of the legal risk; all member states contribute if the money must be returned; other countries holding Russian assets move in parallel. His statement to leaders (1 Oct 2025): guarantees "cannot be limited to the €170 billion in cash", must not end when sanctions are lifted, and cash must be supplied at once if Euroclear must return the assets. Offered on 3 Dec: bilateral member-state contributions, an EU-budget backstop, legal safeguards against retaliation and a ban on transferring the assets back to Russia; von der Leyen said "almost all" Belgian concerns were incorporated.':
    'Belgien, wo Euroclear sitzt, lehnte das Reparationsdarlehen ab. Prévot (3. Dez. 2025, Treffen der NATO-Außenminister) nannte es die „worst of all options“ (Zitat im englischen Original; sinngemäß: schlechteste aller Optionen), riskant und beispiellos. Belgien verlangt von den anderen Mitgliedstaaten Garantien, die alle Rechtskosten aus russischen Klagen abdecken, und eine verbindliche Zusage, schnell Geld bereitzustellen, falls ein Gericht die Rückzahlung an Moskau anordnet. De Wevers drei Bedingungen (23. Okt. 2025): volle Vergemeinschaftung des Rechtsrisikos; alle Mitgliedstaaten zahlen, falls das Geld zurückgegeben werden muss; andere Länder, die russische Vermögenswerte halten, ziehen parallel mit. Seine Erklärung an die Staats- und Regierungschefs (1. Okt. 2025): Die Garantien „cannot be limited to the €170 billion in cash“ (Zitat im englischen Original; sinngemäß: dürfen nicht auf die 170 Mrd. € Barmittel beschränkt sein), dürfen nicht mit der Aufhebung der Sanktionen enden, und Geld muss sofort bereitgestellt werden, wenn Euroclear die Vermögenswerte zurückgeben muss. Angeboten am 3. Dez.: bilaterale Beiträge der Mitgliedstaaten, eine Absicherung durch den EU-Haushalt, rechtlicher Schutz vor Vergeltung und ein Verbot, die Vermögenswerte an Russland zurückzuübertragen; von der Leyen sagte, „almost all“ (Zitat im englischen Original; sinngemäß: fast alle) Bedenken Belgiens seien berücksichtigt worden.',
  'Maxime Prévot, Belgian foreign minister': 'Maxime Prévot, belgischer Außenminister',
  'Time to first money': 'Zeit bis zum ersten Geld',
  'Planned: first disbursements at the beginning of Q2 2026 (letter of 17 Nov 2025; European Council: support "as from the second quarter of 2026"). Hungary\'s veto held it up until the formal adoption on 23 Apr 2026. On 1 Jun 2026 a Commission spokesperson said the first tranche of EUR 9.1 bn (EUR 5.9 bn for military needs, drone procurement; EUR 3.2 bn of budget support) was being prepared and should reach Ukraine before the end of June.':
    'Geplant: erste Auszahlungen zu Beginn des 2. Quartals 2026 (Brief vom 17. Nov. 2025; Europäischer Rat: Unterstützung „as from the second quarter of 2026“ (Zitat im englischen Original; sinngemäß: ab dem zweiten Quartal 2026)). Ungarns Veto hielt sie bis zur förmlichen Annahme am 23. Apr. 2026 auf. Am 1. Juni 2026 sagte ein Sprecher der Kommission, die erste Tranche von 9,1 Mrd. EUR (5,9 Mrd. EUR für militärischen Bedarf, Beschaffung von Drohnen; 3,2 Mrd. EUR Budgethilfe) werde vorbereitet und solle die Ukraine vor Ende Juni erreichen.',
  'First tranche (being prepared, 1 Jun 2026)': 'Erste Tranche (in Vorbereitung, 1. Juni 2026)',
  'of which military needs (drones)': 'davon militärischer Bedarf (Drohnen)',
  'Unconfirmed: some low-reliability sites claim that a first EUR 3.2 bn was transferred on 25 Jun 2026; they contain errors and are not used here.':
    'Unbestätigt: Einige Websites geringer Zuverlässigkeit behaupten, am 25. Juni 2026 seien erste 3,2 Mrd. EUR überwiesen worden; sie enthalten Fehler und werden hier nicht verwendet.',
  'Planned: payments would start once 75 % of the national guarantees were in place (draft compromise). As the reparations loan was not adopted, no money has flowed.':
    'Geplant: Zahlungen würden beginnen, sobald 75 % der nationalen Garantien vorliegen (Kompromissentwurf). Da das Reparationsdarlehen nicht beschlossen wurde, ist kein Geld geflossen.',
  Outcome: 'Ergebnis',
  'Adopted. The European Council of 18 Dec 2025 agreed "a loan to Ukraine of EUR 90 billion for the years 2026-2027 based on EU borrowing on the capital markets backed by the EU budget headroom", supported by 25 leaders, with no effect on the obligations of Czechia, Hungary and Slovakia. Commission proposals 14 Jan 2026 (24 of 27 member states); Parliament consent to enhanced cooperation 21 Jan (499–135–24); Parliament adopted the package 11 Feb (458–140–44, TASS figure); Hungary blocked it 20–24 Feb; Hungary dropped its veto on 22 Apr and the Council formally adopted the loan unanimously on 23 Apr 2026.':
    'Beschlossen. Der Europäische Rat vom 18. Dez. 2025 vereinbarte „a loan to Ukraine of EUR 90 billion for the years 2026-2027 based on EU borrowing on the capital markets backed by the EU budget headroom“ (Zitat im englischen Original; sinngemäß: ein Darlehen an die Ukraine über 90 Mrd. EUR für 2026–2027 auf Grundlage einer Kreditaufnahme der EU an den Kapitalmärkten, abgesichert durch den Spielraum des EU-Haushalts), unterstützt von 25 Staats- und Regierungschefs, ohne Wirkung auf die Verpflichtungen Tschechiens, Ungarns und der Slowakei. Vorschläge der Kommission am 14. Jan. 2026 (24 von 27 Mitgliedstaaten); Zustimmung des Parlaments zur Verstärkten Zusammenarbeit am 21. Jan. (499–135–24); das Parlament nahm das Paket am 11. Feb. an (458–140–44, Zahl von TASS); Ungarn blockierte es vom 20. bis 24. Feb.; Ungarn gab sein Veto am 22. Apr. auf, und der Rat nahm das Darlehen am 23. Apr. 2026 förmlich und einstimmig an.',
  'Not adopted. The European Council of 18 Dec 2025 asked the Council and the European Parliament to continue work on the technical and legal aspects of a reparations loan based on the cash balances; no later adoption was found up to mid-2026. Related decision: on 12 Dec 2025 the Council immobilised the Russian central-bank assets indefinitely (Regulation (EU) 2025/2600, Art. 122 TFEU, qualified majority), ending the six-monthly unanimous renewal.':
    'Nicht beschlossen. Der Europäische Rat vom 18. Dez. 2025 bat den Rat und das Europäische Parlament, die Arbeit an den technischen und rechtlichen Aspekten eines Reparationsdarlehens auf Grundlage der Barguthaben fortzusetzen; bis Mitte 2026 wurde kein späterer Beschluss gefunden. Verwandte Entscheidung: Am 12. Dez. 2025 immobilisierte der Rat die Vermögenswerte der russischen Zentralbank unbefristet (Verordnung (EU) 2025/2600, Art. 122 AEUV, qualifizierte Mehrheit) und beendete damit die halbjährliche einstimmige Verlängerung.',
  'National guarantees for the reparations loan, shared by GNI/economic weight among the EU member states (Commission calculation, as reported).':
    'Nationale Garantien für das Reparationsdarlehen, unter den EU-Mitgliedstaaten nach BNE/Wirtschaftskraft aufgeteilt (Berechnung der Kommission, wie berichtet).',
  'Only these seven countries were reported ("and so on"). The source gives no total; the shares are consistent with a total of about EUR 210 bn, the package\'s reported ceiling (e.g. Germany: 51.3 / 0.248 GDP share = 207). Payments would start once 75 % of guarantees were in place; the guarantees would not count against national debt (draft compromise). The list is a Pravda-network repost of Politico (low reliability); DE, FR and IT are corroborated by an aggregator.':
    'Nur diese sieben Länder wurden gemeldet („and so on“, also „und so weiter“). Die Quelle nennt keine Summe; die Anteile passen zu einer Summe von etwa 210 Mrd. EUR, der gemeldeten Obergrenze des Pakets (z. B. Deutschland: 51,3 / 0,248 BIP-Anteil = 207). Zahlungen würden beginnen, sobald 75 % der Garantien vorliegen; die Garantien würden nicht auf die Staatsverschuldung angerechnet (Kompromissentwurf). Die Liste ist eine Wiederveröffentlichung von Politico im Pravda-Netzwerk (geringe Zuverlässigkeit); DE, FR und IT bestätigt ein Aggregator.',
  'European Parliament: interest cost in 2027': 'Europäisches Parlament: Zinskosten 2027',
  'European Parliament: interest cost a year from 2028':
    'Europäisches Parlament: Zinskosten pro Jahr ab 2028',
  'per year from 2028': 'pro Jahr ab 2028',
  'Commission estimate: interest a year at current rates':
    'Schätzung der Kommission: Zinsen pro Jahr zu aktuellen Zinssätzen',
  'per year': 'pro Jahr',
  'Commission estimate: room needed in the 2028–2034 MFF':
    'Schätzung der Kommission: benötigter Raum im MFR 2028–2034',
  '2028–2034 in total': '2028–2034 insgesamt',
  'Politico: interest cost a year from 2028': 'Politico: Zinskosten pro Jahr ab 2028',
  "Commission and European Parliament: about EUR 3 bn of interest a year on the EUR 90 bn loan. 3 / 90 = 0.0333, i.e. 3.33 % a year (Politico's EUR 3–4 bn a year would mean 3.33–4.44 %).":
    'Kommission und Europäisches Parlament: etwa 3 Mrd. EUR Zinsen pro Jahr auf das Darlehen von 90 Mrd. EUR. 3 / 90 = 0,0333, also 3,33 % pro Jahr (die 3–4 Mrd. EUR pro Jahr laut Politico ergäben 3,33–4,44 %).',
  'The 2028–2034 Multiannual Financial Framework: 7 years, for which the Commission expects about EUR 20 bn of interest (7 × EUR 3 bn = EUR 21 bn).':
    'Der Mehrjährige Finanzrahmen 2028–2034: 7 Jahre, für die die Kommission etwa 20 Mrd. EUR Zinsen erwartet (7 × 3 Mrd. EUR = 21 Mrd. EUR).',
  "Enhanced cooperation of 24 member states: the European Council of 18 Dec 2025 exempted the Czech Republic, Hungary and Slovakia from any budget guarantee for the loan; the Commission's proposals of 14 Jan 2026 name 24 of 27 member states.":
    'Verstärkte Zusammenarbeit von 24 Mitgliedstaaten: Der Europäische Rat vom 18. Dez. 2025 nahm Tschechien, Ungarn und die Slowakei von jeder Haushaltsgarantie für das Darlehen aus; die Vorschläge der Kommission vom 14. Jan. 2026 nennen 24 von 27 Mitgliedstaaten.',
  'The package of up to EUR 210 bn that the reparations loan sits in (Politico). The source of the national guarantees gives no total; the reported shares match a total of about EUR 210 bn (Germany 51.3 / its 24.8 % share of EU-27 GDP = 207; Belgium 7.2 / 3.46 % = 208).':
    'Das Paket von bis zu 210 Mrd. EUR, zu dem das Reparationsdarlehen gehört (Politico). Die Quelle der nationalen Garantien nennt keine Summe; die gemeldeten Anteile passen zu einer Summe von etwa 210 Mrd. EUR (Deutschland 51,3 / sein Anteil von 24,8 % am BIP der EU-27 = 207; Belgien 7,2 / 3,46 % = 208).',
};
