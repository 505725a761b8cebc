"""Held-out batch 3 (x13..x16): written by a separate author; part of the development-test split, only its
aggregate figures are looked at. Loaded by build_gold.py; values by hand."""

P = "\n\n".join

ARTICLES = [
    dict(id="x13", title="UAE non-oil trade hits record in first half as re-exports climb", published="2024-08-21",
         text=P([
             "ABU DHABI, Aug 21 — The United Arab Emirates' non-oil foreign trade reached a record AED 1.395 "
             "trillion in the first half of 2024, up 10.8% compared with the first half of 2023, the economy "
             "ministry said on Wednesday. In dollar terms the total came to about $380 billion.",
             "Non-oil exports rose 25.5% to AED 256.5 billion. Non-oil re-exports, goods that pass through the "
             "country's ports and free zones on their way to third markets, totalled AED 376 billion, while "
             "non-oil imports reached AED 762.5 billion, about 55% of the total.",
             "China remained the largest partner, with non-oil trade of AED 146 billion, followed by India at "
             "AED 101 billion. Non-oil trade with Turkey jumped 48% year on year, and Saudi Arabia took 12% of "
             "the country's non-oil exports.",
             "The government aims to lift non-oil foreign trade to AED 4 trillion by 2031. The dirham has been "
             "pegged at 3.6725 to the dollar since 1997.",
         ]),
         claims=[
             C("AED 1.395 trillion", 1.395, 12, "AED", "trade_value", "level", "ARE", "WLD", "trade", "non-oil",
               "the first half of 2024", "2024-S1", "sentence"),
             C("10.8%", 10.8, 0, "percent", "trade_value", "change_pct", "ARE", "WLD", "trade", "non-oil",
               "the first half of 2024", "2024-S1", "sentence", base="2023-S1"),
             C("about $380 billion", 380, 9, "USD", "trade_value", "level", "ARE", "WLD", "trade", "non-oil",
               "the first half of 2024", "2024-S1", "context", q="approx"),
             C("25.5%", 25.5, 0, "percent", "trade_value", "change_pct", "ARE", "WLD", "export", "non-oil",
               "the first half of 2024", "2024-S1", "context"),
             C("AED 256.5 billion", 256.5, 9, "AED", "trade_value", "level", "ARE", "WLD", "export", "non-oil",
               "the first half of 2024", "2024-S1", "context"),
             C("AED 376 billion", 376, 9, "AED", "trade_value", "level", "ARE", "WLD", "re_export", "non-oil",
               "the first half of 2024", "2024-S1", "context"),
             C("AED 762.5 billion", 762.5, 9, "AED", "trade_value", "level", "ARE", "WLD", "import", "non-oil",
               "the first half of 2024", "2024-S1", "context"),
             C("about 55%", 55, 0, "percent", "share", "level", "ARE", "WLD", "import", "non-oil",
               "the first half of 2024", "2024-S1", "context", q="approx"),
             C("AED 146 billion", 146, 9, "AED", "trade_value", "level", "ARE", "CHN", "trade", "non-oil",
               "the first half of 2024", "2024-S1", "context"),
             C("AED 101 billion", 101, 9, "AED", "trade_value", "level", "ARE", "IND", "trade", "non-oil",
               "the first half of 2024", "2024-S1", "context"),
             C("48%", 48, 0, "percent", "trade_value", "change_pct", "ARE", "TUR", "trade", "non-oil",
               "the first half of 2024", "2024-S1", "context", base="2023-S1"),
             C("12%", 12, 0, "percent", "share", "level", "ARE", "SAU", "export", "non-oil",
               "the first half of 2024", "2024-S1", "context"),
             C("AED 4 trillion", 4, 12, "AED", "trade_value", "level", "ARE", "WLD", "trade", "non-oil",
               "by 2031", "2031", "sentence", status="target"),
         ]),
    dict(id="x14", title="Brazil June soy shipments ease; beef exports set record despite Santos strike",
         published="2024-07-08",
         text=P([
             "SAO PAULO, July 8 — Brazil exported 13.95 million tonnes of soybeans in June, down 1.6% year on "
             "year, according to foreign trade secretariat data released on Monday. Revenue from the oilseed fell "
             "17% to US$5.63 billion as prices slipped.",
             "Beef exports reached a record 229,400 tonnes in June, up 31% from a year earlier, with China taking "
             "about 45% of the volume. Shipments of the meat earned US$1.04 billion, an average export price of "
             "US$4,530 a tonne.",
             "In the first half, soybean exports totalled 59.2 million tonnes, against 60.5 million tonnes in "
             "January-June 2023.",
             "Neighbouring Chile shipped US$4.36 billion worth of copper in June, 6.8% more than in the same month "
             "last year, the central bank said. Copper on the London Metal Exchange averaged $9,800 a tonne.",
             "At Santos, a strike by about 2,000 dockworkers entered its third day on Monday; their union is "
             "seeking a 9% pay rise.",
         ]),
         claims=[
             C("13.95 million tonnes", 13.95, 6, "tonne", "trade_volume", "level", "BRA", "WLD", "export",
               "soybeans", "June", "2024-06", "sentence"),
             C("1.6%", 1.6, 0, "percent", "trade_volume", "change_pct", "BRA", "WLD", "export", "soybeans",
               "June", "2024-06", "sentence", neg=True, base="2023-06"),
             C("17%", 17, 0, "percent", "trade_value", "change_pct", "BRA", "WLD", "export", "soybeans",
               "June", "2024-06", "context", neg=True),
             C("US$5.63 billion", 5.63, 9, "USD", "trade_value", "level", "BRA", "WLD", "export", "soybeans",
               "June", "2024-06", "context"),
             C("229,400 tonnes", 229400, 0, "tonne", "trade_volume", "level", "BRA", "WLD", "export", "beef",
               "June", "2024-06", "sentence"),
             C("31%", 31, 0, "percent", "trade_volume", "change_pct", "BRA", "WLD", "export", "beef",
               "June", "2024-06", "sentence", base="2023-06"),
             C("about 45%", 45, 0, "percent", "share", "level", "BRA", "CHN", "export", "beef",
               "June", "2024-06", "sentence", q="approx"),
             C("US$1.04 billion", 1.04, 9, "USD", "trade_value", "level", "BRA", "WLD", "export", "beef",
               "June", "2024-06", "context"),
             C("US$4,530 a tonne", 4530, 0, "USD_per_tonne", "price", "level", "BRA", "WLD", "export", "beef",
               "June", "2024-06", "context"),
             C("59.2 million tonnes", 59.2, 6, "tonne", "trade_volume", "level", "BRA", "WLD", "export",
               "soybeans", "the first half", "2024-S1", "sentence"),
             C("60.5 million tonnes", 60.5, 6, "tonne", "trade_volume", "level", "BRA", "WLD", "export",
               "soybeans", "January-June 2023", "2023-S1", "sentence"),
             C("US$4.36 billion", 4.36, 9, "USD", "trade_value", "level", "CHL", "WLD", "export", "copper",
               "June", "2024-06", "sentence"),
             C("6.8%", 6.8, 0, "percent", "trade_value", "change_pct", "CHL", "WLD", "export", "copper",
               "June", "2024-06", "sentence", base="2023-06"),
         ]),
    dict(id="x15", title="Goods Exports and Imports, March 2024", published="2024-05-15",
         text=P([
             "Ireland's goods exports in March 2024 were valued at €19.1 billion, an increase of 13.4% compared "
             "with the same month of the previous year, the statistics office said. Goods imports fell 5.2% to "
             "€10.3 billion in the month, so the trade surplus stood at €8.8 billion.",
             "Exports to the United States, the largest market, rose by €1.6 billion to €7.9 billion, or 41% of "
             "total exports. Exports to the EU were €6.2 billion, of which Germany took €1.6 billion and Belgium "
             "€1.2 billion.",
             "Medical and pharmaceutical products accounted for €9.0 billion, almost half of exports in March.",
             "Great Britain remained the main source of imports at €2.5 billion, followed by the United States at "
             "€1.9 billion.",
             "In the first quarter of 2024, exports totalled €57.3 billion, 1.1% lower than in the first quarter "
             "of 2023.",
             "Press office: 01 555 0142. Release 88/2024.",
         ]),
         claims=[
             C("€19.1 billion", 19.1, 9, "EUR", "trade_value", "level", "IRL", "WLD", "export", None,
               "March 2024", "2024-03", "sentence"),
             C("13.4%", 13.4, 0, "percent", "trade_value", "change_pct", "IRL", "WLD", "export", None,
               "March 2024", "2024-03", "sentence", base="2023-03"),
             C("5.2%", 5.2, 0, "percent", "trade_value", "change_pct", "IRL", "WLD", "import", None,
               "the month", "2024-03", "context", neg=True),
             C("€10.3 billion", 10.3, 9, "EUR", "trade_value", "level", "IRL", "WLD", "import", None,
               "the month", "2024-03", "context"),
             C("€8.8 billion", 8.8, 9, "EUR", "trade_balance", "level", "IRL", "WLD", "balance", None,
               "the month", "2024-03", "context"),
             C("€1.6 billion", 1.6, 9, "EUR", "trade_value", "change_abs", "IRL", "USA", "export", None,
               "March 2024", "2024-03", "context"),
             C("€7.9 billion", 7.9, 9, "EUR", "trade_value", "level", "IRL", "USA", "export", None,
               "March 2024", "2024-03", "context"),
             C("41%", 41, 0, "percent", "share", "level", "IRL", "USA", "export", None,
               "March 2024", "2024-03", "context"),
             C("€6.2 billion", 6.2, 9, "EUR", "trade_value", "level", "IRL", "EUU", "export", None,
               "March 2024", "2024-03", "context"),
             C("€1.6 billion", 1.6, 9, "EUR", "trade_value", "level", "IRL", "DEU", "export", None,
               "March 2024", "2024-03", "context", at="Germany took"),
             C("€1.2 billion", 1.2, 9, "EUR", "trade_value", "level", "IRL", "BEL", "export", None,
               "March 2024", "2024-03", "context"),
             C("€9.0 billion", 9.0, 9, "EUR", "trade_value", "level", "IRL", "WLD", "export",
               "medical and pharmaceutical products", "March", "2024-03", "sentence"),
             C("almost half", 50, 0, "percent", "share", "level", "IRL", "WLD", "export",
               "medical and pharmaceutical products", "March", "2024-03", "sentence", q="upper_bound"),
             C("€2.5 billion", 2.5, 9, "EUR", "trade_value", "level", "IRL", "GBR", "import", None,
               "March 2024", "2024-03", "context"),
             C("€1.9 billion", 1.9, 9, "EUR", "trade_value", "level", "IRL", "USA", "import", None,
               "March 2024", "2024-03", "context"),
             C("€57.3 billion", 57.3, 9, "EUR", "trade_value", "level", "IRL", "WLD", "export", None,
               "the first quarter of 2024", "2024-Q1", "sentence"),
             C("1.1%", 1.1, 0, "percent", "trade_value", "change_pct", "IRL", "WLD", "export", None,
               "the first quarter of 2024", "2024-Q1", "sentence", neg=True, base="2023-Q1"),
         ]),
    dict(id="x16", title="Korea's chip exports surge in first half on AI memory demand", published="2024-07-01",
         text=P([
             "SEOUL, July 1 — South Korea's semiconductor exports jumped 52% in the first half of the year to "
             "$65.2 billion, the trade ministry said on Monday, as demand for high-bandwidth memory used in "
             "artificial intelligence servers soared.",
             "Total exports rose 9.1% to $334.8 billion in January-June, while imports fell 6.5%, leaving a "
             "surplus of $23.1 billion, the largest for a half-year since 2020.",
             "In June alone, chip shipments climbed 50.9% from a year earlier to $13.4 billion, and total exports "
             "to China, the biggest buyer, rose 1.3%. Shipments of computers and SSDs more than doubled.",
             "In won terms, first-half semiconductor exports came to about 89 trillion won. The ministry expects "
             "chip exports to reach a record $120 billion this year.",
             "Shares of the country's largest chipmaker rose 1.8% in Seoul, and the won traded at 1,380 per "
             "dollar.",
         ]),
         claims=[
             C("52%", 52, 0, "percent", "trade_value", "change_pct", "KOR", "WLD", "export", "semiconductor",
               "the first half of the year", "2024-S1", "sentence"),
             C("$65.2 billion", 65.2, 9, "USD", "trade_value", "level", "KOR", "WLD", "export", "semiconductor",
               "the first half of the year", "2024-S1", "sentence"),
             C("9.1%", 9.1, 0, "percent", "trade_value", "change_pct", "KOR", "WLD", "export", None,
               "January-June", "2024-01/2024-06", "sentence"),
             C("$334.8 billion", 334.8, 9, "USD", "trade_value", "level", "KOR", "WLD", "export", None,
               "January-June", "2024-01/2024-06", "sentence"),
             C("6.5%", 6.5, 0, "percent", "trade_value", "change_pct", "KOR", "WLD", "import", None,
               "January-June", "2024-01/2024-06", "sentence", neg=True),
             C("$23.1 billion", 23.1, 9, "USD", "trade_balance", "level", "KOR", "WLD", "balance", None,
               "January-June", "2024-01/2024-06", "sentence"),
             C("50.9%", 50.9, 0, "percent", "trade_value", "change_pct", "KOR", "WLD", "export", "chip",
               "June", "2024-06", "sentence", base="2023-06"),
             C("$13.4 billion", 13.4, 9, "USD", "trade_value", "level", "KOR", "WLD", "export", "chip",
               "June", "2024-06", "sentence"),
             C("1.3%", 1.3, 0, "percent", "trade_value", "change_pct", "KOR", "CHN", "export", None,
               "June", "2024-06", "sentence"),
             C("more than doubled", 2, 0, None, "trade_value", "ratio", "KOR", "WLD", "export",
               "computers and ssds", "June", "2024-06", "context", q="lower_bound"),
             C("about 89 trillion won", 89, 12, "KRW", "trade_value", "level", "KOR", "WLD", "export",
               "semiconductor", "first-half", "2024-S1", "sentence", q="approx"),
             C("$120 billion", 120, 9, "USD", "trade_value", "level", "KOR", "WLD", "export", "chip",
               "this year", "2024", "sentence", status="forecast"),
         ]),
]
