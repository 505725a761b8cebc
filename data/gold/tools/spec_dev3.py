"""Development batch 3 (d01..d14): hard periods, flows, products, statuses, non-claims. Values by hand."""
P = "\n\n".join

ARTICLES = [
    dict(id="d01", title="MALAYSIA PALM OIL EXPORTS FALL IN JANUARY-NOVEMBER", published="1986-12-10",
         text=P([
             "KUALA LUMPUR, Dec 10 - Malaysia's palm oil exports fell to 4.21 mln tonnes in the first 11 months "
             "of 1986 from 4.47 mln in the same period last year, the Palm Oil Registration and Licensing "
             "Authority said.",
             "Shipments of the oil to India, its biggest buyer, rose 18 pct to 612,000 tonnes, while Pakistan "
             "took 455,000 tonnes. Export earnings fell 31 pct to 3.02 billion ringgit because of lower prices.",
             "November exports alone were 398,000 tonnes against 420,500 tonnes in October, trade sources said.",
             "Crude palm oil for February delivery closed at 745 ringgit a tonne on the Kuala Lumpur futures "
             "market. Production is forecast at 4.6 mln tonnes this year. REUTER",
         ]),
         claims=[
             C("4.21 mln tonnes", 4.21, 6, "tonne", "trade_volume", "level", "MYS", "WLD", "export", "palm oil",
               "the first 11 months of 1986", "1986-01/1986-11", "sentence"),
             C("4.47 mln", 4.47, 6, "tonne", "trade_volume", "level", "MYS", "WLD", "export", "palm oil",
               "the same period last year", "1985-01/1985-11", "sentence"),
             C("18 pct", 18, 0, "percent", "trade_volume", "change_pct", "MYS", "IND", "export", "palm oil",
               "the first 11 months of 1986", "1986-01/1986-11", "context"),
             C("612,000 tonnes", 612000, 0, "tonne", "trade_volume", "level", "MYS", "IND", "export", "palm oil",
               "the first 11 months of 1986", "1986-01/1986-11", "context"),
             C("455,000 tonnes", 455000, 0, "tonne", "trade_volume", "level", "MYS", "PAK", "export", "palm oil",
               "the first 11 months of 1986", "1986-01/1986-11", "context"),
             C("31 pct", 31, 0, "percent", "trade_value", "change_pct", "MYS", "WLD", "export", "palm oil",
               "the first 11 months of 1986", "1986-01/1986-11", "context", neg=True),
             C("3.02 billion ringgit", 3.02, 9, "MYR", "trade_value", "level", "MYS", "WLD", "export", "palm oil",
               "the first 11 months of 1986", "1986-01/1986-11", "context"),
             C("398,000 tonnes", 398000, 0, "tonne", "trade_volume", "level", "MYS", "WLD", "export", "palm oil",
               "November", "1986-11", "sentence"),
             C("420,500 tonnes", 420500, 0, "tonne", "trade_volume", "level", "MYS", "WLD", "export", "palm oil",
               "October", "1986-10", "sentence"),
         ]),
    dict(id="d02", title="JAPAN CRUDE IMPORTS FALL IN FISCAL 1986, MITI SEES FURTHER DROP", published="1987-04-20",
         text=P([
             "TOKYO, April 20 - Japan imported 3.21 mln barrels per day of crude oil in fiscal 1986 ended March "
             "31, down 4.2 pct from the previous year, the Ministry of International Trade and Industry said.",
             "Saudi Arabia remained the largest supplier, providing 17.5 pct of the total, followed by the United "
             "Arab Emirates with 16.1 pct. Imports from Indonesia fell to 410,000 bpd.",
             "The ministry projected crude imports at 3.15 mln bpd for fiscal 1987. The country's oil product "
             "imports could rise to 820,000 bpd, it said.",
             "Spot Dubai crude was quoted at 17.20 dlrs a barrel. REUTER",
         ]),
         claims=[
             C("3.21 mln barrels per day", 3.21, 6, "barrel_per_day", "trade_volume", "level", "JPN", "WLD",
               "import", "crude oil", "fiscal 1986", "1986-04/1987-03", "sentence"),
             C("4.2 pct", 4.2, 0, "percent", "trade_volume", "change_pct", "JPN", "WLD", "import", "crude oil",
               "fiscal 1986", "1986-04/1987-03", "sentence", neg=True, base="1985-04/1986-03"),
             C("17.5 pct", 17.5, 0, "percent", "share", "level", "JPN", "SAU", "import", "crude oil",
               "fiscal 1986", "1986-04/1987-03", "context"),
             C("16.1 pct", 16.1, 0, "percent", "share", "level", "JPN", "ARE", "import", "crude oil",
               "fiscal 1986", "1986-04/1987-03", "context"),
             C("410,000 bpd", 410000, 0, "barrel_per_day", "trade_volume", "level", "JPN", "IDN", "import",
               "crude oil", "fiscal 1986", "1986-04/1987-03", "context"),
             C("3.15 mln bpd", 3.15, 6, "barrel_per_day", "trade_volume", "level", "JPN", "WLD", "import",
               "crude oil", "fiscal 1987", "1987-04/1988-03", "sentence", status="forecast"),
             C("820,000 bpd", 820000, 0, "barrel_per_day", "trade_volume", "level", "JPN", "WLD", "import",
               "oil product", "fiscal 1987", "1987-04/1988-03", "context", status="forecast"),
         ]),
    dict(id="d03", title="India's merchandise exports at USD 36.43 billion in January 2025", published="2025-02-17",
         text=P([
             "Ministry of Commerce & Industry",
             "India's merchandise exports in January 2025 were USD 36.43 billion, compared with USD 37.32 billion "
             "in January 2024. Merchandise imports for the month stood at USD 59.42 billion, leading to a trade "
             "deficit of USD 22.99 billion.",
             "Cumulative exports for April-January 2024-25 were USD 358.91 billion, a growth of 1.39 per cent "
             "over the same period last year.",
             "Exports of frozen shrimp during April-December 2024 were 5,26,513 tonnes worth Rs 31,470 crore. "
             "The United States was the largest buyer, accounting for 34.5 per cent of the value, while China "
             "took 18.2 per cent. The sector supports about 28 lakh fishers.",
             "The Department has set a target of USD 1 trillion for merchandise exports by 2030.",
             "PIB Delhi | Release ID: 2103456 | Posted On: 17 FEB 2025 4:45PM",
         ]),
         claims=[
             C("USD 36.43 billion", 36.43, 9, "USD", "trade_value", "level", "IND", "WLD", "export", None,
               "January 2025", "2025-01", "sentence"),
             C("USD 37.32 billion", 37.32, 9, "USD", "trade_value", "level", "IND", "WLD", "export", None,
               "January 2024", "2024-01", "sentence"),
             C("USD 59.42 billion", 59.42, 9, "USD", "trade_value", "level", "IND", "WLD", "import", None,
               "the month", "2025-01", "context"),
             C("USD 22.99 billion", 22.99, 9, "USD", "trade_balance", "level", "IND", "WLD", "balance", None,
               "the month", "2025-01", "context", neg=True),
             C("USD 358.91 billion", 358.91, 9, "USD", "trade_value", "level", "IND", "WLD", "export", None,
               "April-January 2024-25", "2024-04/2025-01", "sentence"),
             C("1.39 per cent", 1.39, 0, "percent", "trade_value", "change_pct", "IND", "WLD", "export", None,
               "April-January 2024-25", "2024-04/2025-01", "sentence", base="2023-04/2024-01"),
             C("5,26,513 tonnes", 526513, 0, "tonne", "trade_volume", "level", "IND", "WLD", "export",
               "frozen shrimp", "April-December 2024", "2024-04/2024-12", "sentence"),
             C("Rs 31,470 crore", 31470, 7, "INR", "trade_value", "level", "IND", "WLD", "export",
               "frozen shrimp", "April-December 2024", "2024-04/2024-12", "sentence"),
             C("34.5 per cent", 34.5, 0, "percent", "share", "level", "IND", "USA", "export", "frozen shrimp",
               "April-December 2024", "2024-04/2024-12", "context"),
             C("18.2 per cent", 18.2, 0, "percent", "share", "level", "IND", "CHN", "export", "frozen shrimp",
               "April-December 2024", "2024-04/2024-12", "context"),
             C("USD 1 trillion", 1, 12, "USD", "trade_value", "level", "IND", "WLD", "export", None,
               "by 2030", "2030", "sentence", status="target"),
         ]),
    dict(id="d04", title="Coffee exports cross USD 1.8 billion in FY25", published="2025-05-08",
         text=P([
             "Coffee Board of India",
             "India's coffee exports rose 40 per cent to USD 1.81 billion in FY25, the highest ever, on strong "
             "prices in Europe. In volume terms, shipments were 3.84 lakh tonnes, compared with 4.02 lakh tonnes "
             "in 2023-24.",
             "Italy remained the top destination, taking 19 per cent of the volume, followed by Germany and "
             "Belgium.",
             "In the first four months of the current year, exports were 1,59,200 tonnes, 9 per cent lower than "
             "in January-April 2024.",
             "The Board expects exports to touch USD 2 billion in FY26. Domestic consumption was estimated at "
             "91,000 tonnes, and robusta cherry prices at the farm gate averaged Rs 390 per kg.",
         ]),
         claims=[
             C("40 per cent", 40, 0, "percent", "trade_value", "change_pct", "IND", "WLD", "export", "coffee",
               "FY25", "2024-04/2025-03", "sentence"),
             C("USD 1.81 billion", 1.81, 9, "USD", "trade_value", "level", "IND", "WLD", "export", "coffee",
               "FY25", "2024-04/2025-03", "sentence"),
             C("3.84 lakh tonnes", 3.84, 5, "tonne", "trade_volume", "level", "IND", "WLD", "export", "coffee",
               "FY25", "2024-04/2025-03", "context"),
             C("4.02 lakh tonnes", 4.02, 5, "tonne", "trade_volume", "level", "IND", "WLD", "export", "coffee",
               "2023-24", "2023-04/2024-03", "sentence"),
             C("19 per cent", 19, 0, "percent", "share", "level", "IND", "ITA", "export", "coffee",
               "FY25", "2024-04/2025-03", "context"),
             C("1,59,200 tonnes", 159200, 0, "tonne", "trade_volume", "level", "IND", "WLD", "export", "coffee",
               "the first four months of the current year", "2025-01/2025-04", "sentence"),
             C("9 per cent", 9, 0, "percent", "trade_volume", "change_pct", "IND", "WLD", "export", "coffee",
               "the first four months of the current year", "2025-01/2025-04", "sentence", neg=True,
               base="2024-01/2024-04", at="tonnes, 9"),
             C("USD 2 billion", 2, 9, "USD", "trade_value", "level", "IND", "WLD", "export", "coffee",
               "FY26", "2025-04/2026-03", "sentence", status="forecast"),
         ]),
    dict(id="d05", title="EU trade in goods with China: second quarter 2024", published="2024-08-20",
         text=P([
             "In the second quarter of 2024, EU exports of goods to China amounted to €52.1 billion, while "
             "imports from China were €128.4 billion. The EU thus recorded a deficit of €76.3 billion with "
             "China, compared with €71.9 billion in the previous quarter.",
             "China was the EU's largest supplier of goods, accounting for 21.3% of extra-EU imports, ahead of "
             "the United States (13.7%).",
             "Compared with the same quarter of 2023, imports of electric vehicles from China fell by 14.2%, "
             "while those of solar panels dropped by almost a third.",
             "Seasonally adjusted GDP grew by 0.2% in the euro area in the quarter, and the euro traded at "
             "$1.08. Source: Eurostat",
         ]),
         claims=[
             C("€52.1 billion", 52.1, 9, "EUR", "trade_value", "level", "EUU", "CHN", "export", None,
               "the second quarter of 2024", "2024-Q2", "sentence"),
             C("€128.4 billion", 128.4, 9, "EUR", "trade_value", "level", "EUU", "CHN", "import", None,
               "the second quarter of 2024", "2024-Q2", "sentence"),
             C("€76.3 billion", 76.3, 9, "EUR", "trade_balance", "level", "EUU", "CHN", "balance", None,
               "the second quarter of 2024", "2024-Q2", "context", neg=True),
             C("€71.9 billion", 71.9, 9, "EUR", "trade_balance", "level", "EUU", "CHN", "balance", None,
               "the previous quarter", "2024-Q1", "sentence", neg=True),
             C("21.3%", 21.3, 0, "percent", "share", "level", "EUU", "CHN", "import", None,
               "the second quarter of 2024", "2024-Q2", "context"),
             C("13.7%", 13.7, 0, "percent", "share", "level", "EUU", "USA", "import", None,
               "the second quarter of 2024", "2024-Q2", "context"),
             C("14.2%", 14.2, 0, "percent", "trade_value", "change_pct", "EUU", "CHN", "import",
               "electric vehicles", "the second quarter of 2024", "2024-Q2", "context", neg=True,
               base="2023-Q2"),
             C("almost a third", 33.333, 0, "percent", "trade_value", "change_pct", "EUU", "CHN", "import",
               "solar panels", "the second quarter of 2024", "2024-Q2", "context", neg=True, q="lower_bound",
               base="2023-Q2"),
         ]),
    dict(id="d06", title="UK trade: June 2024", published="2024-08-14",
         text=P([
             "The UK's total trade deficit (goods and services) widened by £2.1 billion to £7.4 billion in the "
             "three months to June 2024, as imports rose faster than exports.",
             "Goods imports increased by £3.5 billion (2.5%) in the three months, mainly because of higher "
             "imports of fuels from non-EU countries. Goods exports to the EU fell 1.9%, while those to non-EU "
             "countries rose 0.8%.",
             "In the 12 months to June 2024, the UK exported £858.6 billion of goods and services, a fall of "
             "0.9% compared with the previous 12 months.",
             "Exports of cars to the United States were worth £7.9 billion over the same period. Sterling "
             "averaged $1.27 in the quarter. Source: Office for National Statistics",
         ]),
         claims=[
             C("£2.1 billion", 2.1, 9, "GBP", "trade_balance", "change_abs", "GBR", "WLD", "balance", None,
               "the three months to June 2024", "2024-Q2", "sentence", neg=True),
             C("£7.4 billion", 7.4, 9, "GBP", "trade_balance", "level", "GBR", "WLD", "balance", None,
               "the three months to June 2024", "2024-Q2", "sentence", neg=True),
             C("£3.5 billion", 3.5, 9, "GBP", "trade_value", "change_abs", "GBR", "WLD", "import", None,
               "the three months", "2024-Q2", "context"),
             C("2.5%", 2.5, 0, "percent", "trade_value", "change_pct", "GBR", "WLD", "import", None,
               "the three months", "2024-Q2", "context"),
             C("1.9%", 1.9, 0, "percent", "trade_value", "change_pct", "GBR", "EUU", "export", None,
               "the three months", "2024-Q2", "context", neg=True),
             C("0.8%", 0.8, 0, "percent", "trade_value", "change_pct", "GBR", None, "export", None,
               "the three months", "2024-Q2", "context"),
             C("£858.6 billion", 858.6, 9, "GBP", "trade_value", "level", "GBR", "WLD", "export", None,
               "the 12 months to June 2024", "2023-07/2024-06", "sentence"),
             C("0.9%", 0.9, 0, "percent", "trade_value", "change_pct", "GBR", "WLD", "export", None,
               "the 12 months to June 2024", "2023-07/2024-06", "sentence", neg=True, base="2022-07/2023-06"),
             C("£7.9 billion", 7.9, 9, "GBP", "trade_value", "level", "GBR", "USA", "export", "car",
               "the same period", "2023-07/2024-06", "context"),
         ]),
    dict(id="d07", title="China's soybean imports from Brazil rise in October", published="2024-11-07",
         text=P([
             "BEIJING, Nov 7 - China imported 8.09 million tonnes of soybeans in October, up 56% from a year "
             "earlier, customs data showed on Thursday, as crushers stocked up before the US harvest arrived.",
             "In the first ten months, the country's purchases of the oilseed reached 87.5 million tonnes, 4.9% "
             "more than in the same period of 2023. Brazil supplied about 71% of the total.",
             "Trade between China and Brazil rose to $152 billion last year, making China the South American "
             "country's largest export market.",
             "Soybean futures in Dalian fell 0.8% to 3,870 yuan a tonne. Analysts expect imports to slow to "
             "around 7 million tonnes in November.",
         ]),
         claims=[
             C("8.09 million tonnes", 8.09, 6, "tonne", "trade_volume", "level", "CHN", "WLD", "import",
               "soybeans", "October", "2024-10", "sentence"),
             C("56%", 56, 0, "percent", "trade_volume", "change_pct", "CHN", "WLD", "import", "soybeans",
               "October", "2024-10", "sentence", base="2023-10"),
             C("87.5 million tonnes", 87.5, 6, "tonne", "trade_volume", "level", "CHN", "WLD", "import",
               "soybeans", "the first ten months", "2024-01/2024-10", "sentence"),
             C("4.9%", 4.9, 0, "percent", "trade_volume", "change_pct", "CHN", "WLD", "import", "soybeans",
               "the first ten months", "2024-01/2024-10", "sentence", base="2023-01/2023-10"),
             C("about 71%", 71, 0, "percent", "share", "level", "CHN", "BRA", "import", "soybeans",
               "the first ten months", "2024-01/2024-10", "context", q="approx"),
             C("$152 billion", 152, 9, "USD", "trade_value", "level", "CHN", "BRA", "trade", None,
               "last year", "2023", "sentence"),
             C("around 7 million tonnes", 7, 6, "tonne", "trade_volume", "level", "CHN", "WLD", "import",
               "soybeans", "November", "2024-11", "sentence", q="approx", status="forecast"),
         ]),
    dict(id="d08", title="Japan posts trade deficit for fiscal 2023 as energy costs ease", published="2024-04-18",
         text=P([
             "TOKYO - Japan logged a trade deficit of 5.9 trillion yen in the fiscal year that ended in March, "
             "narrowing 73.7% from the previous year as energy import costs eased, Ministry of Finance data "
             "showed.",
             "Exports rose 3.6% to a record 102.9 trillion yen, helped by car shipments to the United States, "
             "which increased 24.5%. Imports fell 12.8% to 108.8 trillion yen.",
             "In March alone, the country posted a surplus of ¥366.5 billion. Shipments of "
             "semiconductor-making equipment to China jumped 82% in the month.",
             "The yen weakened past 154 per dollar this week, and the Nikkei share average fell 1.3%.",
         ]),
         claims=[
             C("5.9 trillion yen", 5.9, 12, "JPY", "trade_balance", "level", "JPN", "WLD", "balance", None,
               "the fiscal year that ended in March", "2023-04/2024-03", "sentence", neg=True),
             C("73.7%", 73.7, 0, "percent", "trade_balance", "change_pct", "JPN", "WLD", "balance", None,
               "the fiscal year that ended in March", "2023-04/2024-03", "sentence", base="2022-04/2023-03"),
             C("3.6%", 3.6, 0, "percent", "trade_value", "change_pct", "JPN", "WLD", "export", None,
               "the fiscal year that ended in March", "2023-04/2024-03", "context"),
             C("102.9 trillion yen", 102.9, 12, "JPY", "trade_value", "level", "JPN", "WLD", "export", None,
               "the fiscal year that ended in March", "2023-04/2024-03", "context"),
             C("24.5%", 24.5, 0, "percent", "trade_value", "change_pct", "JPN", "USA", "export", "car",
               "the fiscal year that ended in March", "2023-04/2024-03", "context"),
             C("12.8%", 12.8, 0, "percent", "trade_value", "change_pct", "JPN", "WLD", "import", None,
               "the fiscal year that ended in March", "2023-04/2024-03", "context", neg=True),
             C("108.8 trillion yen", 108.8, 12, "JPY", "trade_value", "level", "JPN", "WLD", "import", None,
               "the fiscal year that ended in March", "2023-04/2024-03", "context"),
             C("¥366.5 billion", 366.5, 9, "JPY", "trade_balance", "level", "JPN", "WLD", "balance", None,
               "March", "2024-03", "sentence"),
             C("82%", 82, 0, "percent", "trade_value", "change_pct", "JPN", "CHN", "export",
               "semiconductor-making equipment", "the month", "2024-03", "context"),
         ]),
    dict(id="d09", title="Argentina's beef exports to China slow as Israel purchases climb", published="2024-09-12",
         text=P([
             "BUENOS AIRES - Argentine beef exports totalled 580,000 tonnes so far this year, according to the "
             "meatpackers' chamber, 14% more than in the same period of 2023.",
             "China's purchases of Argentine beef fell 6% in August to 41,200 tonnes, but the Asian country "
             "still accounted for 70% of the volume shipped in January-August. Shipments destined for Israel "
             "doubled in the month.",
             "Brazil's government said the country plans to raise beef exports to 3 million tonnes a year by "
             "2026. The Argentine peso traded at 960 per dollar in the official market, and annual inflation "
             "stood at 236%.",
         ]),
         claims=[
             C("580,000 tonnes", 580000, 0, "tonne", "trade_volume", "level", "ARG", "WLD", "export", "beef",
               "so far this year", "2024-01-01/2024-09-12", "sentence"),
             C("14%", 14, 0, "percent", "trade_volume", "change_pct", "ARG", "WLD", "export", "beef",
               "so far this year", "2024-01-01/2024-09-12", "sentence", base="2023-01-01/2023-09-12"),
             C("6%", 6, 0, "percent", "trade_volume", "change_pct", "CHN", "ARG", "import", "beef",
               "August", "2024-08", "sentence", neg=True),
             C("41,200 tonnes", 41200, 0, "tonne", "trade_volume", "level", "CHN", "ARG", "import", "beef",
               "August", "2024-08", "sentence"),
             C("70%", 70, 0, "percent", "share", "level", "ARG", "CHN", "export", "beef",
               "January-August", "2024-01/2024-08", "sentence"),
             C("doubled", 2, 0, None, "trade_volume", "ratio", "ARG", "ISR", "export", "beef",
               "the month", "2024-08", "context"),
             C("3 million tonnes", 3, 6, "tonne", "trade_volume", "level", "BRA", "WLD", "export", "beef",
               "by 2026", "2026", "sentence", status="target"),
         ]),
    dict(id="d10", title="Nigeria's trade surplus widens in third quarter on crude sales", published="2024-12-04",
         text=P([
             "ABUJA - Nigeria's total merchandise trade stood at N35.8 trillion in Q3, the National Bureau of "
             "Statistics said, 1.1% higher than in the previous quarter. Exports were valued at N22.4 trillion, "
             "of which crude oil accounted for 75.6%.",
             "The country's crude oil exports went mainly to India, Spain and the Netherlands, with India alone "
             "buying N3.1 trillion worth. Imports from China reached N3.9 trillion, making it Nigeria's biggest "
             "supplier.",
             "The trade surplus rose to N9.0 trillion from N5.1 trillion in the second quarter. The central bank "
             "kept its benchmark rate at 27.25%, and the naira traded at 1,680 to the dollar.",
         ]),
         claims=[
             C("N35.8 trillion", 35.8, 12, "NGN", "trade_value", "level", "NGA", "WLD", "trade", None,
               "Q3", "2024-Q3", "sentence"),
             C("1.1%", 1.1, 0, "percent", "trade_value", "change_pct", "NGA", "WLD", "trade", None,
               "Q3", "2024-Q3", "sentence", base="2024-Q2"),
             C("N22.4 trillion", 22.4, 12, "NGN", "trade_value", "level", "NGA", "WLD", "export", None,
               "Q3", "2024-Q3", "context"),
             C("75.6%", 75.6, 0, "percent", "share", "level", "NGA", "WLD", "export", "crude oil",
               "Q3", "2024-Q3", "context"),
             C("N3.1 trillion", 3.1, 12, "NGN", "trade_value", "level", "NGA", "IND", "export", "crude oil",
               "Q3", "2024-Q3", "context"),
             C("N3.9 trillion", 3.9, 12, "NGN", "trade_value", "level", "NGA", "CHN", "import", None,
               "Q3", "2024-Q3", "context"),
             C("N9.0 trillion", 9.0, 12, "NGN", "trade_balance", "level", "NGA", "WLD", "balance", None,
               "Q3", "2024-Q3", "context"),
             C("N5.1 trillion", 5.1, 12, "NGN", "trade_balance", "level", "NGA", "WLD", "balance", None,
               "the second quarter", "2024-Q2", "sentence"),
         ]),
    dict(id="d11", title="Ukrainian grain corridor shipments hold steady in February", published="2024-03-05",
         text=P([
             "ODESA - Ukraine's Black Sea ports handled 9.2 million tonnes of cargo in February, the ports "
             "authority said. Grain exports through the corridor were 6.1 million tonnes, compared with 7.8 "
             "million tonnes in January.",
             "Maize made up about 60% of the grain exported, with most of it destined for Spain, Turkey and "
             "China. A total of 312 vessels called at the ports during the month.",
             "Wheat shipments to Egypt, the world's largest buyer of the grain, reached 410,000 tonnes.",
             "Freight rates for Handysize vessels rose 7% to $18,500 a day, brokers said. War-risk insurance "
             "premiums stayed at about 1% of hull value.",
         ]),
         claims=[
             C("9.2 million tonnes", 9.2, 6, "tonne", "trade_volume", "level", "UKR", None, None, None,
               "February", "2024-02", "sentence"),
             C("6.1 million tonnes", 6.1, 6, "tonne", "trade_volume", "level", "UKR", "WLD", "export", "grain",
               "February", "2024-02", "context"),
             C("7.8 million tonnes", 7.8, 6, "tonne", "trade_volume", "level", "UKR", "WLD", "export", "grain",
               "January", "2024-01", "sentence"),
             C("about 60%", 60, 0, "percent", "share", "level", "UKR", "WLD", "export", "maize",
               "February", "2024-02", "context", q="approx"),
             C("312 vessels", 312, 0, "unit", "count", "level", "UKR", None, None, None,
               "the month", "2024-02", "context"),
             C("410,000 tonnes", 410000, 0, "tonne", "trade_volume", "level", "UKR", "EGY", "export", "wheat",
               "February", "2024-02", "context"),
         ]),
    dict(id="d12", title="Indonesia coal exports to India climb as China buys less", published="2024-10-21",
         text="\n".join([
             "Menu | Home | Energy | Mining | Markets | Login | Subscribe for $1",
             "Indonesia coal exports to India climb as China buys less",
             "Oct 21, 2024 | 4 min read | 12 comments",
             "Share | Tweet | WhatsApp",
             "",
             "JAKARTA - Indonesian coal shipments to India rose 11% to 10.4 million tonnes last month, "
             "ship-tracking data compiled by a brokerage showed, while China's intake of the fuel fell to 17.9 "
             "million tonnes.",
             "",
             "ADVERTISEMENT",
             "",
             "Year to date, Indonesia has exported 402 million tonnes of thermal coal, up 7% on the year, with "
             "India taking almost a quarter.",
             "",
             "Newcastle coal futures slipped 2% to $146 a tonne on Friday.",
             "",
             "Most read: 1. Nickel smelter output hits record 2. Palm oil export levy raised to 7.5%",
             "(c) 2024 Energy Daily | Terms | Privacy | Page 1 of 2",
         ]),
         claims=[
             C("11%", 11, 0, "percent", "trade_volume", "change_pct", "IDN", "IND", "export", "coal",
               "last month", "2024-09", "sentence"),
             C("10.4 million tonnes", 10.4, 6, "tonne", "trade_volume", "level", "IDN", "IND", "export", "coal",
               "last month", "2024-09", "sentence"),
             C("17.9 million tonnes", 17.9, 6, "tonne", "trade_volume", "level", "CHN", "IDN", "import", "coal",
               "last month", "2024-09", "sentence"),
             C("402 million tonnes", 402, 6, "tonne", "trade_volume", "level", "IDN", "WLD", "export",
               "thermal coal", "Year to date", "2024-01-01/2024-10-21", "sentence"),
             C("7%", 7, 0, "percent", "trade_volume", "change_pct", "IDN", "WLD", "export", "thermal coal",
               "Year to date", "2024-01-01/2024-10-21", "sentence", base="2023-01-01/2023-10-21", at="has exported"),
             C("almost a quarter", 25, 0, "percent", "share", "level", "IDN", "IND", "export", "thermal coal",
               "Year to date", "2024-01-01/2024-10-21", "sentence", q="upper_bound"),
         ]),
    dict(id="d13", title="Armenia's re-exports of phones to Russia surge as sanctions bite", published="2024-02-26",
         text=P([
             "YEREVAN - Armenia re-exported $1.1 billion worth of smartphones to Russia in 2023, more than three "
             "times the figure a year earlier, according to customs data analysed by a research group.",
             "Most of the devices were originally imported from China and the United Arab Emirates. The "
             "country's overall exports to Russia rose 69% to $3.4 billion, making Moscow its biggest market by "
             "far.",
             "German car sales to Kazakhstan jumped 4.5-fold over the same period, and many of the vehicles were "
             "then shipped on to Russia, the group said. EU exports of dual-use goods to Kyrgyzstan were worth "
             "€390 million.",
             "Western governments have added 500 companies to their sanctions lists since the start of the war, "
             "and a 35% tariff applies to some Russian metals.",
         ]),
         claims=[
             C("$1.1 billion", 1.1, 9, "USD", "trade_value", "level", "ARM", "RUS", "re_export", "smartphones",
               "2023", "2023", "sentence"),
             C("more than three times", 3, 0, None, "trade_value", "ratio", "ARM", "RUS", "re_export",
               "smartphones", "2023", "2023", "sentence", q="lower_bound", base="2022"),
             C("69%", 69, 0, "percent", "trade_value", "change_pct", "ARM", "RUS", "export", None,
               "2023", "2023", "context"),
             C("$3.4 billion", 3.4, 9, "USD", "trade_value", "level", "ARM", "RUS", "export", None,
               "2023", "2023", "context"),
             C("4.5-fold", 4.5, 0, None, "trade_value", "ratio", "DEU", "KAZ", "export", "car",
               "the same period", "2023", "context"),
             C("€390 million", 390, 6, "EUR", "trade_value", "level", "EUU", "KGZ", "export", "dual-use goods",
               "2023", "2023", "context"),
         ]),
    dict(id="d14", title="Copper hits record above $11,000 as funds pile in", published="2024-05-21",
         text=P([
             "LONDON - Benchmark copper on the London Metal Exchange rose 1.8% to a record $11,104.50 a tonne on "
             "Monday, as investment funds bet on tight supplies of the metal.",
             "Chile's state miner said its output fell 3% to 1.32 million tonnes last year, while a large mine in "
             "Panama has been closed since November. Treatment charges paid to smelters dropped to about $2 a "
             "tonne.",
             "Copper futures in Shanghai rose 1.2% to 88,940 yuan a tonne. The dollar index slipped 0.2%, and "
             "Washington imposed a 50% tariff on Chinese copper wire last week. Shares of a major miner rose 4%, "
             "valuing it at $42 billion.",
         ]),
         claims=[]),
]
