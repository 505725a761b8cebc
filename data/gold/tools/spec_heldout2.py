"""Held-out batch 2 (x01..x12): written by a separate author; the development-test split as a whole. Only its
aggregate figures are looked at; rules are never tuned on it. Loaded by build_gold.py; values by hand."""
from build_gold import C, place, pub_date, dump  # noqa: F401  (helpers the specs use)

P = "\n\n".join
FY24 = "2023-04/2024-03"

ARTICLES = [
    # x01: 1980s wire copy
    dict(id="x01", title="MALAYSIA 1988 PALM OIL EXPORTS RISE TO 5.12 MLN TONNES", published="1989-02-14",
         text=P([
             "KUALA LUMPUR, Feb 14 - Malaysia's palm oil exports rose to 5.12 mln tonnes in 1988 from 4.79 mln "
             "tonnes in 1987, the Palm Oil Registration and Licensing Authority said.",
             "Export earnings from the commodity rose 28.4 pct to 4.65 bln ringgit, it said.",
             "Shipments to India, the largest buyer, totalled 1.21 mln tonnes, or 23.6 pct of the total, while "
             "Pakistan took 612,000 tonnes.",
             "The authority forecast 1989 exports at around 5.4 mln tonnes. Crude palm oil for March delivery "
             "closed at 1,012 ringgit a tonne on the Kuala Lumpur futures exchange, up eight ringgit on the day. "
             "REUTER",
         ]),
         claims=[
             C("5.12 mln tonnes", 5.12, 6, "tonne", "trade_volume", "level", "MYS", "WLD", "export", "palm oil",
               "1988", "1988", "sentence", at="KUALA"),
             C("4.79 mln tonnes", 4.79, 6, "tonne", "trade_volume", "level", "MYS", "WLD", "export", "palm oil",
               "1987", "1987", "sentence"),
             C("28.4 pct", 28.4, 0, "percent", "trade_value", "change_pct", "MYS", "WLD", "export", "palm oil",
               "1988", "1988", "context"),
             C("4.65 bln ringgit", 4.65, 9, "MYR", "trade_value", "level", "MYS", "WLD", "export", "palm oil",
               "1988", "1988", "context"),
             C("1.21 mln tonnes", 1.21, 6, "tonne", "trade_volume", "level", "MYS", "IND", "export", "palm oil",
               "1988", "1988", "context"),
             C("23.6 pct", 23.6, 0, "percent", "share", "level", "MYS", "IND", "export", "palm oil",
               "1988", "1988", "context"),
             C("612,000 tonnes", 612000, 0, "tonne", "trade_volume", "level", "MYS", "PAK", "export", "palm oil",
               "1988", "1988", "context"),
             C("around 5.4 mln tonnes", 5.4, 6, "tonne", "trade_volume", "level", "MYS", "WLD", "export",
               "palm oil", "1989", "1989", "sentence", q="approx", status="forecast"),
         ]),
    # x02: 2010s wire
    dict(id="x02", title="Vietnam posts record trade surplus in 2018 as phone shipments grow",
         published="2019-01-03",
         text=P([
             "HANOI, Jan 3 - Vietnam's exports climbed 13.8% last year to $244.7 billion, while imports grew "
             "11.5% to $237.5 billion, the General Statistics Office said on Thursday.",
             "That left the country with a trade surplus of about $7.2 billion, up from $2.1 billion in 2017.",
             "Shipments to the United States, its biggest export market, rose 14.3% to $47.5 billion. Smartphones "
             "and parts remained the top export item at $49.1 billion, roughly a fifth of the total.",
             "The government targets export growth of 7% to 8% in 2019. The benchmark VN Index fell 0.9% on the "
             "day and the dong was steady at 23,205 per dollar.",
         ]),
         claims=[
             C("13.8%", 13.8, 0, "percent", "trade_value", "change_pct", "VNM", "WLD", "export", None,
               "last year", "2018", "sentence"),
             C("$244.7 billion", 244.7, 9, "USD", "trade_value", "level", "VNM", "WLD", "export", None,
               "last year", "2018", "sentence"),
             C("11.5%", 11.5, 0, "percent", "trade_value", "change_pct", "VNM", "WLD", "import", None,
               "last year", "2018", "sentence"),
             C("$237.5 billion", 237.5, 9, "USD", "trade_value", "level", "VNM", "WLD", "import", None,
               "last year", "2018", "sentence"),
             C("about $7.2 billion", 7.2, 9, "USD", "trade_balance", "level", "VNM", "WLD", "balance", None,
               "last year", "2018", "context", q="approx"),
             C("$2.1 billion", 2.1, 9, "USD", "trade_balance", "level", "VNM", "WLD", "balance", None,
               "2017", "2017", "sentence"),
             C("14.3%", 14.3, 0, "percent", "trade_value", "change_pct", "VNM", "USA", "export", None,
               "last year", "2018", "context"),
             C("$47.5 billion", 47.5, 9, "USD", "trade_value", "level", "VNM", "USA", "export", None,
               "last year", "2018", "context"),
             C("$49.1 billion", 49.1, 9, "USD", "trade_value", "level", "VNM", "WLD", "export",
               "smartphones and parts", "last year", "2018", "context"),
             C("roughly a fifth", 20, 0, "percent", "share", "level", "VNM", "WLD", "export",
               "smartphones and parts", "last year", "2018", "context", q="approx"),
             C("7% to 8%", None, 0, "percent", "trade_value", "change_pct", "VNM", "WLD", "export", None,
               "2019", "2019", "sentence", q="range", lo=7, hi=8, status="target"),
         ]),
    # x03: Indian ministry release
    dict(id="x03", title="Seafood exports reach record volume of 17.4 lakh tonnes in FY 2023-24",
         published="2024-06-20",
         text=P([
             "Ministry of Commerce & Industry",
             "India exported 17,42,318 tonnes of seafood worth Rs 60,523.89 crore (USD 7.38 billion) during "
             "FY 2023-24, the highest ever in volume terms.",
             "Export volume increased by 2.67 per cent compared with 2022-23, when shipments stood at 16,96,989 "
             "tonnes.",
             "Frozen shrimp remained the top item, earning Rs 40,013.54 crore and accounting for 66.12 per cent "
             "of total dollar earnings. The USA was the largest importer, with a share of 34.53 per cent in "
             "value terms, followed by China at 14.12 per cent.",
             "The Marine Products Export Development Authority has set a target of USD 10 billion for seafood "
             "exports by 2025-26. Around 2.8 lakh fishers benefited from its training programmes during the year.",
             "PIB Delhi | Release ID: 2021457 | Posted On: 20 JUN 2024 4:35PM",
         ]),
         claims=[
             C("17,42,318 tonnes", 1742318, 0, "tonne", "trade_volume", "level", "IND", "WLD", "export",
               "seafood", "FY 2023-24", FY24, "sentence"),
             C("Rs 60,523.89 crore", 60523.89, 7, "INR", "trade_value", "level", "IND", "WLD", "export",
               "seafood", "FY 2023-24", FY24, "sentence"),
             C("USD 7.38 billion", 7.38, 9, "USD", "trade_value", "level", "IND", "WLD", "export",
               "seafood", "FY 2023-24", FY24, "sentence"),
             C("2.67 per cent", 2.67, 0, "percent", "trade_volume", "change_pct", "IND", "WLD", "export",
               "seafood", "FY 2023-24", FY24, "context", base="2022-04/2023-03"),
             C("16,96,989 tonnes", 1696989, 0, "tonne", "trade_volume", "level", "IND", "WLD", "export",
               "seafood", "2022-23", "2022-04/2023-03", "sentence"),
             C("Rs 40,013.54 crore", 40013.54, 7, "INR", "trade_value", "level", "IND", "WLD", "export",
               "frozen shrimp", "FY 2023-24", FY24, "context"),
             C("66.12 per cent", 66.12, 0, "percent", "share", "level", "IND", "WLD", "export",
               "frozen shrimp", "FY 2023-24", FY24, "context"),
             C("34.53 per cent", 34.53, 0, "percent", "share", "level", "IND", "USA", "export",
               "seafood", "FY 2023-24", FY24, "context"),
             C("14.12 per cent", 14.12, 0, "percent", "share", "level", "IND", "CHN", "export",
               "seafood", "FY 2023-24", FY24, "context"),
             C("USD 10 billion", 10, 9, "USD", "trade_value", "level", "IND", "WLD", "export", "seafood",
               "by 2025-26", "2025-04/2026-03", "sentence", status="target"),
         ]),
    # x04: Japanese trade statistics, yen, fiscal year
    dict(id="x04", title="Japan logs March trade surplus; fiscal 2023 deficit shrinks", published="2024-04-18",
         text=P([
             "TOKYO - Japan's exports rose 7.3% in March from a year earlier to 9.26 trillion yen, Ministry of "
             "Finance data showed on Thursday, while imports fell 4.9% to 8.89 trillion yen.",
             "The trade balance showed a surplus of 366.5 billion yen, the first in three months.",
             "For fiscal 2023, which ended in March, Japan posted a trade deficit of 5.9 trillion yen, narrowing "
             "by 72.8% from the record shortfall a year earlier. Exports to China in the fiscal year slipped 3.6% "
             "to 17.7 trillion yen, while shipments to the United States grew 8.1% to a record 20.6 trillion yen.",
             "Imports of crude oil from Saudi Arabia fell 11.2% in volume in March. The yen traded around 154.6 "
             "per dollar and the Nikkei average closed 1.3% higher.",
         ]),
         claims=[
             C("7.3%", 7.3, 0, "percent", "trade_value", "change_pct", "JPN", "WLD", "export", None,
               "March", "2024-03", "sentence", base="2023-03"),
             C("9.26 trillion yen", 9.26, 12, "JPY", "trade_value", "level", "JPN", "WLD", "export", None,
               "March", "2024-03", "sentence"),
             C("4.9%", 4.9, 0, "percent", "trade_value", "change_pct", "JPN", "WLD", "import", None,
               "March", "2024-03", "sentence", neg=True),
             C("8.89 trillion yen", 8.89, 12, "JPY", "trade_value", "level", "JPN", "WLD", "import", None,
               "March", "2024-03", "sentence"),
             C("366.5 billion yen", 366.5, 9, "JPY", "trade_balance", "level", "JPN", "WLD", "balance", None,
               "March", "2024-03", "context"),
             C("5.9 trillion yen", 5.9, 12, "JPY", "trade_balance", "level", "JPN", "WLD", "balance", None,
               "fiscal 2023", FY24, "sentence", neg=True),
             C("72.8%", 72.8, 0, "percent", "trade_balance", "change_pct", "JPN", "WLD", "balance", None,
               "fiscal 2023", FY24, "sentence", base="2022-04/2023-03"),
             C("3.6%", 3.6, 0, "percent", "trade_value", "change_pct", "JPN", "CHN", "export", None,
               "the fiscal year", FY24, "context", neg=True),
             C("17.7 trillion yen", 17.7, 12, "JPY", "trade_value", "level", "JPN", "CHN", "export", None,
               "the fiscal year", FY24, "context"),
             C("8.1%", 8.1, 0, "percent", "trade_value", "change_pct", "JPN", "USA", "export", None,
               "the fiscal year", FY24, "context"),
             C("20.6 trillion yen", 20.6, 12, "JPY", "trade_value", "level", "JPN", "USA", "export", None,
               "the fiscal year", FY24, "context"),
             C("11.2%", 11.2, 0, "percent", "trade_volume", "change_pct", "JPN", "SAU", "import", "crude oil",
               "March", "2024-03", "sentence", neg=True),
         ]),
    # x05: Brazilian commodity exports
    dict(id="x05", title="Brazil's soybean exports hit record in 2023 as China buying holds up",
         published="2024-01-08",
         text=P([
             "SAO PAULO - Brazil shipped a record 101.9 million tonnes of soybeans in 2023, up 28.7% from 79.2 "
             "million tonnes in 2022, according to foreign trade secretariat data.",
             "Revenue from the oilseed reached US$53.2 billion. China took about 73% of the volume.",
             "Beef exports totalled 2.29 million tonnes, worth US$10.5 billion, a 1.4% drop in value from the "
             "previous year as average prices fell. In local currency, beef sales abroad brought in 52.4 billion "
             "reais. The average export price of beef slipped to US$4,590 a tonne.",
             "Soybean futures in Chicago settled at $12.40 a bushel on Friday, and the real weakened 0.5% to 4.90 "
             "per dollar.",
         ]),
         claims=[
             C("101.9 million tonnes", 101.9, 6, "tonne", "trade_volume", "level", "BRA", "WLD", "export",
               "soybeans", "2023", "2023", "sentence"),
             C("28.7%", 28.7, 0, "percent", "trade_volume", "change_pct", "BRA", "WLD", "export", "soybeans",
               "2023", "2023", "sentence", base="2022"),
             C("79.2 million tonnes", 79.2, 6, "tonne", "trade_volume", "level", "BRA", "WLD", "export",
               "soybeans", "2022", "2022", "sentence"),
             C("US$53.2 billion", 53.2, 9, "USD", "trade_value", "level", "BRA", "WLD", "export", "soybeans",
               "2023", "2023", "context"),
             C("about 73%", 73, 0, "percent", "share", "level", "BRA", "CHN", "export", "soybeans",
               "2023", "2023", "context", q="approx"),
             C("2.29 million tonnes", 2.29, 6, "tonne", "trade_volume", "level", "BRA", "WLD", "export", "beef",
               "2023", "2023", "context"),
             C("US$10.5 billion", 10.5, 9, "USD", "trade_value", "level", "BRA", "WLD", "export", "beef",
               "2023", "2023", "context"),
             C("1.4%", 1.4, 0, "percent", "trade_value", "change_pct", "BRA", "WLD", "export", "beef",
               "2023", "2023", "context", neg=True, base="2022"),
             C("52.4 billion reais", 52.4, 9, "BRL", "trade_value", "level", "BRA", "WLD", "export", "beef",
               "2023", "2023", "context"),
             C("US$4,590 a tonne", 4590, 0, "USD_per_tonne", "price", "level", "BRA", "WLD", "export", "beef",
               "2023", "2023", "context"),
         ]),
    # x06: African piece, naira
    dict(id="x06", title="Nigeria's trade surplus widens in third quarter on crude oil sales",
         published="2024-12-20",
         text=P([
             "ABUJA - Nigeria's total merchandise trade stood at 20.15 trillion naira in the third quarter of "
             "2024, up 20.61% on the previous quarter, the National Bureau of Statistics said.",
             "Exports rose to 12.95 trillion naira, of which crude oil accounted for 76.12%, or 9.86 trillion "
             "naira. Imports were 7.20 trillion naira, leaving a surplus of 5.75 trillion naira.",
             "India was the main destination for Nigerian exports, taking goods worth 1.55 trillion naira, while "
             "China supplied imports valued at 1.76 trillion naira.",
             "The country pumped about 1.32 million barrels per day of crude in the quarter, the naira traded at "
             "roughly 1,545 per dollar on the official window and headline inflation eased to 32.7%.",
         ]),
         claims=[
             C("20.15 trillion naira", 20.15, 12, "NGN", "trade_value", "level", "NGA", "WLD", "trade", None,
               "the third quarter of 2024", "2024-Q3", "sentence"),
             C("20.61%", 20.61, 0, "percent", "trade_value", "change_pct", "NGA", "WLD", "trade", None,
               "the third quarter of 2024", "2024-Q3", "sentence", base="2024-Q2"),
             C("12.95 trillion naira", 12.95, 12, "NGN", "trade_value", "level", "NGA", "WLD", "export", None,
               "the third quarter of 2024", "2024-Q3", "context"),
             C("76.12%", 76.12, 0, "percent", "share", "level", "NGA", "WLD", "export", "crude oil",
               "the third quarter of 2024", "2024-Q3", "context"),
             C("9.86 trillion naira", 9.86, 12, "NGN", "trade_value", "level", "NGA", "WLD", "export",
               "crude oil", "the third quarter of 2024", "2024-Q3", "context"),
             C("7.20 trillion naira", 7.20, 12, "NGN", "trade_value", "level", "NGA", "WLD", "import", None,
               "the third quarter of 2024", "2024-Q3", "context"),
             C("5.75 trillion naira", 5.75, 12, "NGN", "trade_balance", "level", "NGA", "WLD", "balance", None,
               "the third quarter of 2024", "2024-Q3", "context"),
             C("1.55 trillion naira", 1.55, 12, "NGN", "trade_value", "level", "NGA", "IND", "export", None,
               "the third quarter of 2024", "2024-Q3", "context"),
             C("1.76 trillion naira", 1.76, 12, "NGN", "trade_value", "level", "NGA", "CHN", "import", None,
               "the third quarter of 2024", "2024-Q3", "context"),
         ]),
    # x07: EU member-state statistics office release
    dict(id="x07", title="German exports in September 2024: -1.7% on August 2024", published="2024-11-07",
         text=P([
             "WIESBADEN - In September 2024, German exports decreased by 1.7% and imports increased by 2.1% "
             "compared with the previous month on a calendar and seasonally adjusted basis. As reported by the "
             "Federal Statistical Office (Destatis), exports were down 0.8% and imports up 1.2% compared with "
             "September 2023.",
             "In total, goods worth 128.0 billion euros were exported and goods worth 111.0 billion euros were "
             "imported in September 2024. The foreign trade balance showed a surplus of 17.0 billion euros.",
             "Exports to the United States fell by 2.5% to 13.0 billion euros compared with August 2024, while "
             "exports to China rose by 3.1% to 7.4 billion euros. Imports from China amounted to 13.1 billion "
             "euros, 1.8% less than in the previous month. Exports to the other EU member states were worth "
             "68.5 billion euros.",
             "Press office, telephone: +49 611 75-3444",
         ]),
         claims=[
             C("1.7%", 1.7, 0, "percent", "trade_value", "change_pct", "DEU", "WLD", "export", None,
               "September 2024", "2024-09", "sentence", neg=True, base="2024-08"),
             C("2.1%", 2.1, 0, "percent", "trade_value", "change_pct", "DEU", "WLD", "import", None,
               "September 2024", "2024-09", "sentence", base="2024-08"),
             C("0.8%", 0.8, 0, "percent", "trade_value", "change_pct", "DEU", "WLD", "export", None,
               "September 2024", "2024-09", "context", neg=True, base="2023-09"),
             C("1.2%", 1.2, 0, "percent", "trade_value", "change_pct", "DEU", "WLD", "import", None,
               "September 2024", "2024-09", "context", base="2023-09"),
             C("128.0 billion euros", 128.0, 9, "EUR", "trade_value", "level", "DEU", "WLD", "export", None,
               "September 2024", "2024-09", "sentence"),
             C("111.0 billion euros", 111.0, 9, "EUR", "trade_value", "level", "DEU", "WLD", "import", None,
               "September 2024", "2024-09", "sentence"),
             C("17.0 billion euros", 17.0, 9, "EUR", "trade_balance", "level", "DEU", "WLD", "balance", None,
               "September 2024", "2024-09", "context"),
             C("2.5%", 2.5, 0, "percent", "trade_value", "change_pct", "DEU", "USA", "export", None,
               "September 2024", "2024-09", "context", neg=True, base="2024-08"),
             C("13.0 billion euros", 13.0, 9, "EUR", "trade_value", "level", "DEU", "USA", "export", None,
               "September 2024", "2024-09", "context"),
             C("3.1%", 3.1, 0, "percent", "trade_value", "change_pct", "DEU", "CHN", "export", None,
               "September 2024", "2024-09", "context"),
             C("7.4 billion euros", 7.4, 9, "EUR", "trade_value", "level", "DEU", "CHN", "export", None,
               "September 2024", "2024-09", "context"),
             C("13.1 billion euros", 13.1, 9, "EUR", "trade_value", "level", "DEU", "CHN", "import", None,
               "September 2024", "2024-09", "context"),
             C("1.8%", 1.8, 0, "percent", "trade_value", "change_pct", "DEU", "CHN", "import", None,
               "September 2024", "2024-09", "context", neg=True, base="2024-08"),
             C("68.5 billion euros", 68.5, 9, "EUR", "trade_value", "level", "DEU", "EUU", "export", None,
               "September 2024", "2024-09", "context"),
         ]),
    # x08: sanctions / price cap shipping, via, benchmark price not a claim
    dict(id="x08", title="Russian crude reaching India via ship-to-ship transfers climbs in February",
         published="2024-03-05",
         text=P([
             "Russia's seaborne crude exports averaged 3.35 million barrels per day in February, tanker-tracking "
             "data showed, up from 3.18 million bpd in January.",
             "India took about 1.6 million bpd, or nearly half of the total. Some 320,000 bpd of that reached "
             "Indian refiners via ship-to-ship transfers off Oman, up from 190,000 bpd a month earlier, as "
             "traders sought to distance cargoes from tankers named in Western sanctions.",
             "The United Arab Emirates imported 1.1 million tonnes of Russian fuel oil in February, 24% more than "
             "in January, with much of it re-exported through Fujairah to buyers in Asia.",
             "Urals crude loaded at Baltic ports averaged $68.40 a barrel last month, above the $60 cap set by "
             "the Group of Seven, an energy consultancy estimated. Moscow's oil and gas budget revenue rose 78% "
             "year on year to 1.07 trillion roubles.",
         ]),
         claims=[
             C("3.35 million barrels per day", 3.35, 6, "barrel_per_day", "trade_volume", "level", "RUS", "WLD",
               "export", "crude", "February", "2024-02", "sentence"),
             C("3.18 million bpd", 3.18, 6, "barrel_per_day", "trade_volume", "level", "RUS", "WLD", "export",
               "crude", "January", "2024-01", "sentence"),
             C("about 1.6 million bpd", 1.6, 6, "barrel_per_day", "trade_volume", "level", "IND", "RUS",
               "import", "crude", "February", "2024-02", "context", q="approx"),
             C("nearly half", 50, 0, "percent", "share", "level", "RUS", "IND", "export", "crude",
               "February", "2024-02", "context", q="upper_bound"),
             C("Some 320,000 bpd", 320000, 0, "barrel_per_day", "trade_volume", "level", "IND", "RUS", "import",
               "crude", "February", "2024-02", "context", q="approx"),
             C("190,000 bpd", 190000, 0, "barrel_per_day", "trade_volume", "level", "IND", "RUS", "import",
               "crude", "a month earlier", "2024-01", "sentence"),
             C("1.1 million tonnes", 1.1, 6, "tonne", "trade_volume", "level", "ARE", "RUS", "import",
               "fuel oil", "February", "2024-02", "sentence"),
             C("24%", 24, 0, "percent", "trade_volume", "change_pct", "ARE", "RUS", "import", "fuel oil",
               "February", "2024-02", "sentence", base="2024-01"),
         ]),
    # x09: scraped page with navigation / cookie / related-links noise
    dict(id="x09", title="Australia's iron ore exports slip as Chinese steel output cools", published="2024-08-02",
         text=P([
             "Home | Markets | Commodities | Economy | Opinion | Subscribe",
             "We use cookies to improve your experience on our site. Accept all | Manage settings",
             "By Staff Reporter | 2 August 2024, 11:42 AM | 4 min read",
             "Australia's iron ore exports fell 4% in June from May to A$9.8 billion, the Australian Bureau of "
             "Statistics said on Thursday.",
             "Overall, the country's goods trade surplus narrowed to A$5.6 billion in June from A$6.8 billion in "
             "May.",
             "Shipments of the steel-making ingredient to China made up about 85% of the total by value. Coal "
             "exports rose 3.2% to A$6.1 billion, while gold exports jumped A$1.2 billion.",
             "Share: Facebook | X | LinkedIn | Email\n12 comments",
             "Related: Copper hits $9,200 a tonne on supply worries | Lithium miner cuts 150 jobs | Read more",
             "Page 1 of 3\n\u00a9 2024 Example Media. All rights reserved.",
         ]),
         claims=[
             C("4%", 4, 0, "percent", "trade_value", "change_pct", "AUS", "WLD", "export", "iron ore",
               "June", "2024-06", "sentence", neg=True, base="2024-05", at="Australia's iron"),
             C("A$9.8 billion", 9.8, 9, "AUD", "trade_value", "level", "AUS", "WLD", "export", "iron ore",
               "June", "2024-06", "sentence"),
             C("A$5.6 billion", 5.6, 9, "AUD", "trade_balance", "level", "AUS", "WLD", "balance", None,
               "June", "2024-06", "sentence"),
             C("A$6.8 billion", 6.8, 9, "AUD", "trade_balance", "level", "AUS", "WLD", "balance", None,
               "May", "2024-05", "sentence"),
             C("about 85%", 85, 0, "percent", "share", "level", "AUS", "CHN", "export", "iron ore",
               "June", "2024-06", "context", q="approx"),
             C("3.2%", 3.2, 0, "percent", "trade_value", "change_pct", "AUS", "WLD", "export", "coal",
               "June", "2024-06", "context"),
             C("A$6.1 billion", 6.1, 9, "AUD", "trade_value", "level", "AUS", "WLD", "export", "coal",
               "June", "2024-06", "context"),
             C("A$1.2 billion", 1.2, 9, "AUD", "trade_value", "change_abs", "AUS", "WLD", "export", "gold",
               "June", "2024-06", "context"),
         ]),
    # x10: only non-trade figures
    dict(id="x10", title="Chile's central bank holds key rate at 5.75% as inflation cools", published="2024-06-19",
         text=P([
             "SANTIAGO - Chile's central bank kept its benchmark interest rate at 5.75% on Tuesday, as expected by "
             "all 14 economists in a survey, after cutting it by a cumulative 550 basis points since July last "
             "year.",
             "Annual inflation slowed to 4.1% in May from 4.5% in April, while the economy grew 2.3% in the first "
             "quarter. The unemployment rate stood at 8.5%, and the current account deficit narrowed to 3.5% of "
             "gross domestic product.",
             "Copper, the country's main commodity, traded at $9,800 a tonne on the London Metal Exchange. "
             "State miner output fell 2% to 420,000 tonnes in the first four months of the year.",
             "The peso firmed 0.6% to 935 per dollar and the IPSA stock index rose 1.1%. The board will next meet "
             "on July 30, with 23 of 30 analysts expecting another pause.",
         ]),
         claims=[]),
    # x11: hard cases
    dict(id="x11", title="Turkey's trade gap widens in 2023 as gold imports surge", published="2024-01-03",
         text=P([
             "ANKARA - Turkey's exports and imports reached $255.8 billion and $361.8 billion in 2023, "
             "respectively, according to trade ministry figures.",
             "The foreign trade deficit widened by $26.4 billion to $106.0 billion (about 2.5 trillion lira at "
             "average exchange rates). The deficit with China narrowed 6.2% to $40.1 billion.",
             "Gold imports almost doubled to $30.6 billion, while the energy import bill fell from $97.4 billion "
             "in 2022 to $69.5 billion.",
             "Imports of Russian natural gas almost halved in volume over the year, while Russia's share of the "
             "country's crude oil purchases rose from 40 per cent in 2022 to 57 per cent in 2023.",
             "The ministry expects exports of between $267 billion and $270 billion this year, and the central "
             "bank put the current account deficit at $45.2 billion.",
         ]),
         claims=[
             C("$255.8 billion", 255.8, 9, "USD", "trade_value", "level", "TUR", "WLD", "export", None,
               "2023", "2023", "sentence"),
             C("$361.8 billion", 361.8, 9, "USD", "trade_value", "level", "TUR", "WLD", "import", None,
               "2023", "2023", "sentence"),
             C("$26.4 billion", 26.4, 9, "USD", "trade_balance", "change_abs", "TUR", "WLD", "balance", None,
               "2023", "2023", "context", neg=True),
             C("$106.0 billion", 106.0, 9, "USD", "trade_balance", "level", "TUR", "WLD", "balance", None,
               "2023", "2023", "context", neg=True),
             C("about 2.5 trillion lira", 2.5, 12, "TRY", "trade_balance", "level", "TUR", "WLD", "balance", None,
               "2023", "2023", "context", neg=True, q="approx"),
             C("6.2%", 6.2, 0, "percent", "trade_balance", "change_pct", "TUR", "CHN", "balance", None,
               "2023", "2023", "context"),
             C("$40.1 billion", 40.1, 9, "USD", "trade_balance", "level", "TUR", "CHN", "balance", None,
               "2023", "2023", "context", neg=True),
             C("almost doubled", 2, 0, None, "trade_value", "ratio", "TUR", "WLD", "import", "gold",
               "2023", "2023", "context", q="upper_bound"),
             C("$30.6 billion", 30.6, 9, "USD", "trade_value", "level", "TUR", "WLD", "import", "gold",
               "2023", "2023", "context"),
             C("$97.4 billion", 97.4, 9, "USD", "trade_value", "level", "TUR", "WLD", "import", "energy",
               "2022", "2022", "sentence"),
             C("$69.5 billion", 69.5, 9, "USD", "trade_value", "level", "TUR", "WLD", "import", "energy",
               "2023", "2023", "context"),
             C("almost halved", 0.5, 0, None, "trade_volume", "ratio", "TUR", "RUS", "import", "natural gas",
               "over the year", "2023", "context", q="lower_bound"),
             C("40 per cent", 40, 0, "percent", "share", "level", "TUR", "RUS", "import", "crude oil",
               "2022", "2022", "sentence"),
             C("57 per cent", 57, 0, "percent", "share", "level", "TUR", "RUS", "import", "crude oil",
               "2023", "2023", "sentence"),
             C("between $267 billion and $270 billion", None, 9, "USD", "trade_value", "level", "TUR", "WLD",
               "export", None, "this year", "2024", "sentence", q="range", lo=267, hi=270, status="forecast"),
         ]),
    # x12: customs bulletin, table-like line, European number format
    dict(id="x12", title="Foreign trade bulletin 29/2024: olive oil and wine, first half", published="2024-08-20",
         text=P([
             "Customs and Excise Department - Foreign Trade Bulletin 29/2024",
             "In the first half of 2024, Spain exported 412.306,4 t of olive oil worth 2.684,2 million EUR, a "
             "decrease of 6,3 % in quantity compared with the first half of 2023.",
             "Product | partner | flow | quantity | value | change in value y/y\n"
             "Wine | France | export | 118.042 t | 301,6 million EUR | +4,9 %\n"
             "Wine | United Kingdom | export | 57.810 t | 245,9 million EUR | -2,1 %",
             "Imports of sunflower oil from Ukraine reached 96.530,0 t, against 141.275,5 t in the same period "
             "of 2023.",
             "Reference: TARIC code 1509 10; applicable duty rate 0 %. Enquiries: tel. +34 91 555 12 34, "
             "office 3.12.",
         ]),
         claims=[
             C("412.306,4 t", 412306.4, 0, "tonne", "trade_volume", "level", "ESP", "WLD", "export", "olive oil",
               "the first half of 2024", "2024-S1", "sentence"),
             C("2.684,2 million EUR", 2684.2, 6, "EUR", "trade_value", "level", "ESP", "WLD", "export",
               "olive oil", "the first half of 2024", "2024-S1", "sentence"),
             C("6,3 %", 6.3, 0, "percent", "trade_volume", "change_pct", "ESP", "WLD", "export", "olive oil",
               "the first half of 2024", "2024-S1", "sentence", neg=True, base="2023-S1"),
             C("118.042 t", 118042, 0, "tonne", "trade_volume", "level", "ESP", "FRA", "export", "wine",
               "the first half of 2024", "2024-S1", "context"),
             C("301,6 million EUR", 301.6, 6, "EUR", "trade_value", "level", "ESP", "FRA", "export", "wine",
               "the first half of 2024", "2024-S1", "context"),
             C("+4,9 %", 4.9, 0, "percent", "trade_value", "change_pct", "ESP", "FRA", "export", "wine",
               "the first half of 2024", "2024-S1", "context", base="2023-S1"),
             C("57.810 t", 57810, 0, "tonne", "trade_volume", "level", "ESP", "GBR", "export", "wine",
               "the first half of 2024", "2024-S1", "context"),
             C("245,9 million EUR", 245.9, 6, "EUR", "trade_value", "level", "ESP", "GBR", "export", "wine",
               "the first half of 2024", "2024-S1", "context"),
             C("-2,1 %", 2.1, 0, "percent", "trade_value", "change_pct", "ESP", "GBR", "export", "wine",
               "the first half of 2024", "2024-S1", "context", neg=True, base="2023-S1"),
             C("96.530,0 t", 96530.0, 0, "tonne", "trade_volume", "level", "ESP", "UKR", "import",
               "sunflower oil", "the first half of 2024", "2024-S1", "context"),
             C("141.275,5 t", 141275.5, 0, "tonne", "trade_volume", "level", "ESP", "UKR", "import",
               "sunflower oil", "the same period of 2023", "2023-S1", "sentence"),
         ]),
]

