# Gold-only articles: n01-n03 carry figures that are NOT trade claims (no gold rows); h01-h04 are hard cases.
# Written in our own words; see build_gold.C for the argument order.
P = "\n\n".join

ARTICLES = [
    dict(
        id="n01", url="https://news.example/n001",
        title="Wall Street climbs on rate-cut hopes",
        published="2024-05-21",
        text=P([
            "NEW YORK - Wall Street ended higher on Tuesday as investors bet on interest rate cuts later this "
            "year. The S&P 500 rose 0.9% to 5,308.15, and the Nasdaq Composite added 1.4%. The Dow Jones "
            "Industrial Average gained 126.60 points, or 0.3%, to 39,558.11.",
            "Shares of a large chipmaker jumped 6.2% after quarterly results, while an electric-car maker lost "
            "3.1%. Some 11.2 billion shares changed hands.",
            "The yield on the 10-year Treasury note fell to 4.35%. Gold rose 1.1% to $2,384 an ounce, and Brent "
            "crude futures settled at $83.11 a barrel. The dollar index slipped 0.2%, and the euro bought $1.0872.",
            "Markets will be closed on Monday, May 27, for a holiday.",
        ]),
        claims=[],
    ),
    dict(
        id="n02", url="https://news.example/n002",
        title="Typhoon kills at least 21 in central Philippines",
        published="2024-10-27",
        text=P([
            "MANILA - At least 21 people were killed and 14 are missing after a typhoon struck the central "
            "Philippines on Saturday, the disaster agency said.",
            "More than 150,000 people fled to 1,240 evacuation centres, and about 3,500 houses were destroyed. "
            "Winds reached 185 km per hour, and 310 mm of rain fell in 24 hours. A 72-year-old fisherman was "
            "among the dead.",
            "Damage to crops was put at 1.2 billion pesos, with about 42,000 hectares of rice fields flooded. "
            "Ferry services were suspended, stranding 2,300 passengers.",
            "Relief hotline: 8-911-1406.",
        ]),
        claims=[],
    ),
    dict(
        id="n03", url="https://news.example/n003",
        title="U.S. to quadruple tariffs on Chinese electric vehicles",
        published="2024-05-14",
        text=P([
            "WASHINGTON - The United States will raise its tariff on Chinese electric vehicles to 100% from 25% "
            "this year, the trade representative's office said on Tuesday, and the duty on solar cells will "
            "double to 50%.",
            "Tariffs on some steel and aluminium products will rise to 25% from up to 7.5%, and a 25% levy on "
            "lithium-ion batteries for vehicles takes effect in 2024.",
            "The yuan weakened to 7.2345 per dollar and the yen traded at 156.40 per dollar. The euro was at "
            "$1.0815.",
            "The office will take public comments for 30 days, and a hearing is set for June 18. Press office: "
            "202-555-0147.",
        ]),
        claims=[],
    ),
    dict(
        id="h01", url="https://news.example/h001",
        title="Kenya's tea earnings jump as shilling weakens",
        published="2024-03-18",
        text=P([
            "NAIROBI - Kenya's tea exports brought in 180.6 billion shillings and 138.0 billion shillings in 2023 "
            "and 2022 respectively, the country's tea board said, as a weaker shilling lifted earnings in local "
            "currency.",
            "Export volumes were 560.5 million kg and 450.0 million kg in the same two years.",
            "Pakistan, the largest buyer, raised its share of Kenyan tea exports from 28 per cent in 2022 to 36 "
            "per cent in 2023, while Egypt's share fell from 45 per cent to 22 per cent over the same period.",
            "Traders expect Pakistan to take between 35 and 50 percent of shipments this year.",
            "The shilling traded at 131 per dollar on Friday. About 600,000 small farmers grow tea in Kenya.",
        ]),
        claims=[
            C("180.6 billion shillings", 180.6, 9, "KES", "trade_value", "level", "KEN", "WLD", "export", "tea",
              "2023", "2023", "sentence"),
            C("138.0 billion shillings", 138.0, 9, "KES", "trade_value", "level", "KEN", "WLD", "export", "tea",
              "2022", "2022", "sentence"),
            C("560.5 million kg", 560.5, 6, "tonne", "trade_volume", "level", "KEN", "WLD", "export", "tea",
              "the same two years", "2023", "context", kg=True),
            C("450.0 million kg", 450.0, 6, "tonne", "trade_volume", "level", "KEN", "WLD", "export", "tea",
              "the same two years", "2022", "context", kg=True),
            C("28 per cent", 28, 0, "percent", "share", "level", "KEN", "PAK", "export", "tea",
              "2022", "2022", "sentence"),
            C("36 per cent", 36, 0, "percent", "share", "level", "KEN", "PAK", "export", "tea",
              "2023", "2023", "sentence"),
            C("45 per cent", 45, 0, "percent", "share", "level", "KEN", "EGY", "export", "tea",
              "the same period", "2022", "sentence"),
            C("22 per cent", 22, 0, "percent", "share", "level", "KEN", "EGY", "export", "tea",
              "the same period", "2023", "sentence"),
            C("between 35 and 50 percent", None, 0, "percent", "share", "level", "KEN", "PAK", "export", "tea",
              "this year", "2024", "sentence", q="range", lo=35, hi=50, status="forecast"),
        ],
    ),
    dict(
        id="h02", url="https://news.example/h002",
        title="China's surplus with EU narrows in first quarter",
        published="2024-04-20",
        text=P([
            "BEIJING - China's trade surplus with the European Union narrowed 8.4% to 380.5 billion yuan in the "
            "first quarter, customs data show, as demand for Chinese machinery in Europe cooled.",
            "Exports of machinery and electrical products to the bloc were worth 280 billion yuan ($39.58 "
            "billion) in the quarter. The surplus with the United States, by contrast, widened by 32.4 billion "
            "yuan to 463.7 billion yuan.",
            "A state think tank forecasts that China's total exports will grow about 5% in 2024, and the commerce "
            "ministry aims to lift trade with the EU to 6 trillion yuan by 2027.",
            "The yuan was quoted at 7.2365 per dollar. The customs office published its data at 10 a.m.",
        ]),
        claims=[
            C("8.4%", 8.4, 0, "percent", "trade_balance", "change_pct", "CHN", "EUU", "balance", None,
              "the first quarter", "2024-Q1", "sentence", neg=True),
            C("380.5 billion yuan", 380.5, 9, "CNY", "trade_balance", "level", "CHN", "EUU", "balance", None,
              "the first quarter", "2024-Q1", "sentence"),
            C("280 billion yuan", 280, 9, "CNY", "trade_value", "level", "CHN", "EUU", "export",
              "machinery and electrical products", "the quarter", "2024-Q1", "context"),
            C("$39.58 billion", 39.58, 9, "USD", "trade_value", "level", "CHN", "EUU", "export",
              "machinery and electrical products", "the quarter", "2024-Q1", "context"),
            C("32.4 billion yuan", 32.4, 9, "CNY", "trade_balance", "change_abs", "CHN", "USA", "balance", None,
              "the first quarter", "2024-Q1", "context"),
            C("463.7 billion yuan", 463.7, 9, "CNY", "trade_balance", "level", "CHN", "USA", "balance", None,
              "the first quarter", "2024-Q1", "context"),
            C("about 5%", 5, 0, "percent", "trade_value", "change_pct", "CHN", "WLD", "export", None,
              "2024", "2024", "sentence", q="approx", status="forecast"),
            C("6 trillion yuan", 6, 12, "CNY", "trade_value", "level", "CHN", "EUU", "trade", None,
              "by 2027", "2027", "sentence", status="target"),
        ],
    ),
    dict(
        id="h03", url="https://news.example/h003",
        title="German exports to Kyrgyzstan soar as goods flow on to Russia",
        published="2024-03-05",
        text=P([
            "BERLIN - German exports to Kyrgyzstan jumped to €715 million in 2023, almost five times the level "
            "of 2022, federal statistics show, and researchers say much of the trade is being passed on to Russia.",
            "Kyrgyzstan re-exported goods worth about $1.1 billion to Russia last year, a research institute "
            "estimated, most of them machinery and vehicles made in Europe.",
            "Russian imports of German cars via Kazakhstan reached some 53,000 units in the first nine months of "
            "2023, according to an industry tracker.",
            "German officials expect exports to Kyrgyzstan to fall by at least 30% this year as new sanctions "
            "bite. The Kyrgyz som traded at 89.4 per dollar.",
        ]),
        claims=[
            C("€715 million", 715, 6, "EUR", "trade_value", "level", "DEU", "KGZ", "export", None,
              "2023", "2023", "sentence"),
            C("almost five times", 5, 0, None, "trade_value", "ratio", "DEU", "KGZ", "export", None,
              "2023", "2023", "sentence", q="upper_bound", base="2022"),
            C("about $1.1 billion", 1.1, 9, "USD", "trade_value", "level", "KGZ", "RUS", "re_export", None,
              "last year", "2023", "sentence", q="approx"),
            C("some 53,000 units", 53000, 0, "unit", "trade_volume", "level", "RUS", "DEU", "import", "cars",
              "the first nine months of 2023", "2023-01/2023-09", "sentence", q="approx"),
            C("at least 30%", 30, 0, "percent", "trade_value", "change_pct", "DEU", "KGZ", "export", None,
              "this year", "2024", "sentence", neg=True, q="upper_bound", status="forecast"),
        ],
    ),
    dict(
        id="h04", url="https://news.example/h004",
        title="India's trade gap narrows in March as gold imports fall",
        published="2024-04-16",
        text=P([
            "NEW DELHI - India's merchandise trade deficit narrowed to $15.6 billion in March from $19.7 billion "
            "a year earlier, commerce ministry data show, as gold imports almost halved from a year earlier.",
            "For 2023-24 as a whole, the goods deficit was $240.2 billion, $24.0 billion narrower than in "
            "2022-23. The services surplus was estimated at $162.8 billion.",
            "Officials expect combined exports of goods and services to cross $800 billion in 2024-25, and the "
            "government aims for $2 trillion by 2030.",
            "Separately, the current account deficit was 1.2% of GDP in the October-December quarter. The rupee "
            "closed at 83.52 per dollar.",
        ]),
        claims=[
            C("$15.6 billion", 15.6, 9, "USD", "trade_balance", "level", "IND", "WLD", "balance", None,
              "March", "2024-03", "sentence", neg=True),
            C("$19.7 billion", 19.7, 9, "USD", "trade_balance", "level", "IND", "WLD", "balance", None,
              "a year earlier", "2023-03", "sentence", neg=True),
            C("almost halved", 0.5, 0, None, "trade_value", "ratio", "IND", "WLD", "import", "gold",
              "March", "2024-03", "sentence", q="lower_bound", base="2023-03"),
            C("$240.2 billion", 240.2, 9, "USD", "trade_balance", "level", "IND", "WLD", "balance", None,
              "2023-24", "2023-04/2024-03", "sentence", neg=True),
            C("$24.0 billion", 24.0, 9, "USD", "trade_balance", "change_abs", "IND", "WLD", "balance", None,
              "2023-24", "2023-04/2024-03", "sentence", base="2022-04/2023-03"),
            C("$162.8 billion", 162.8, 9, "USD", "trade_balance", "level", "IND", "WLD", "balance", "services",
              "2023-24", "2023-04/2024-03", "context"),
            C("$800 billion", 800, 9, "USD", "trade_value", "level", "IND", "WLD", "export", None,
              "2024-25", "2024-04/2025-03", "sentence", q="lower_bound", status="forecast"),
            C("$2 trillion", 2, 12, "USD", "trade_value", "level", "IND", "WLD", "export", None,
              "by 2030", "2030", "sentence", status="target"),
        ],
    ),
    dict(
        id="h05", url="https://news.example/h005",
        title="India's Russian oil intake dips in June",
        published="2024-07-10",
        text=P([
            "NEW DELHI - India imported 2.07 million barrels per day of Russian crude in June, 4.6% less than in "
            "May, ship-tracking data show, while the shares of Iraq, Saudi Arabia and the UAE in its crude imports "
            "each fell by one percentage point from May.",
            "So far this year, Russian oil has made up about 40% of India's crude imports, compared with less "
            "than 2% before the war in Ukraine.",
            "Indian refiners paid an average of $79.6 a barrel for Russian crude in May, trade ministry data show. "
            "Brent futures settled at $84.50 a barrel on Tuesday.",
            "Since 2022, India has bought more than 200 million tonnes of Russian crude. The rupee was at 83.5 "
            "per dollar.",
        ]),
        claims=[
            C("2.07 million barrels per day", 2.07, 6, "barrel_per_day", "trade_volume", "level", "IND", "RUS",
              "import", "crude oil", "June", "2024-06", "sentence"),
            C("4.6%", 4.6, 0, "percent", "trade_volume", "change_pct", "IND", "RUS", "import", "crude oil",
              "June", "2024-06", "sentence", neg=True, base="2024-05"),
            C("one percentage point", 1, 0, "percentage_point", "share", "change_abs", "IND", "IRQ", "import",
              "crude oil", "June", "2024-06", "sentence", neg=True, base="2024-05"),
            C("one percentage point", 1, 0, "percentage_point", "share", "change_abs", "IND", "SAU", "import",
              "crude oil", "June", "2024-06", "sentence", neg=True, base="2024-05"),
            C("one percentage point", 1, 0, "percentage_point", "share", "change_abs", "IND", "ARE", "import",
              "crude oil", "June", "2024-06", "sentence", neg=True, base="2024-05"),
            C("about 40%", 40, 0, "percent", "share", "level", "IND", "RUS", "import", "crude oil",
              "So far this year", "2024-01-01/2024-07-10", "sentence", q="approx"),
            C("less than 2%", 2, 0, "percent", "share", "level", "IND", "RUS", "import", "crude oil",
              "before the war in Ukraine", None, None, q="upper_bound"),
            C("$79.6 a barrel", 79.6, 0, "USD_per_barrel", "price", "level", "IND", "RUS", "import", "crude oil",
              "May", "2024-05", "sentence"),
            C("more than 200 million tonnes", 200, 6, "tonne", "trade_volume", "level", "IND", "RUS", "import",
              "crude oil", "Since 2022", "2022-01-01/2024-07-10", "sentence", q="lower_bound"),
        ],
    ),
    dict(
        id="h06", url="https://news.example/h006",
        title="Suez transits slump as carriers sail around Africa",
        published="2024-02-20",
        text=P([
            "CAIRO - Only 176 container ships passed through the Suez Canal in the week of February 5-11, against "
            "391 in the same days of 2023, port-call data show, as attacks in the Red Sea forced carriers to "
            "sail around Africa.",
            "Container throughput at Port Said fell 30% to 0.9 million TEU in January.",
            "Rail container shipments from China to Europe doubled in January from a year earlier, to 52,000 TEU.",
            "A benchmark freight index put the cost of moving a 40-foot container from Shanghai to Rotterdam at "
            "$4,406. Three crew members were killed in a missile strike on a bulk carrier last week.",
        ]),
        claims=[
            C("176 container ships", 176, 0, "unit", "count", "level", "EGY", None, None, None,
              "the week of February 5-11", "2024-02-05/2024-02-11", "sentence"),
            C("391", 391, 0, "unit", "count", "level", "EGY", None, None, None,
              "the same days of 2023", "2023-02-05/2023-02-11", "sentence"),
            C("30%", 30, 0, "percent", "trade_volume", "change_pct", "EGY", None, None, None,
              "January", "2024-01", "sentence", neg=True),
            C("0.9 million TEU", 0.9, 6, "TEU", "trade_volume", "level", "EGY", None, None, None,
              "January", "2024-01", "sentence"),
            C("doubled", 2, 0, None, "trade_volume", "ratio", "CHN", None, "export", None,
              "January", "2024-01", "sentence", base="2023-01"),
            C("52,000 TEU", 52000, 0, "TEU", "trade_volume", "level", "CHN", None, "export", None,
              "January", "2024-01", "sentence"),
        ],
    ),
]
