"""Development batch 4 (e01..e14): outlet styles (markets wire, explainer, FT analysis, PBS, ABS, StatCan),
sanctions re-exports, tanker tracking, soft commodities, ports, scraped Indian page, 1990s wire, targets,
and a no-claims article. All text in our own words; values worked out by hand."""
P = "\n\n".join
L = "\n".join

ARTICLES = [
    dict(id="e01", title="China Export Growth Hits Two-Year High as Shippers Race Tariffs", published="2024-11-07",
         text=P([
             "China's exports rose 12.7% in October from a year earlier to $309.1 billion, the fastest pace in more "
             "than two years, customs data showed Thursday. Economists surveyed had forecast a 5.2% gain.",
             "Imports fell 2.3% to $213.4 billion, leaving a trade surplus of $95.7 billion. The offshore yuan was "
             "little changed at 7.1520 per dollar, and the CSI 300 index slipped 0.5%.",
             "Shipments to the US climbed 8.1%, while exports to the European Union rose 14.6%. Steel exports "
             "reached 11.18 million tons, the most since 2016.",
             "For the first ten months, exports were up 5.1%.",
         ]),
         claims=[
             C("12.7%", 12.7, 0, "percent", "trade_value", "change_pct", "CHN", "WLD", "export", None,
               "October", "2024-10", "sentence", base="2023-10"),
             C("$309.1 billion", 309.1, 9, "USD", "trade_value", "level", "CHN", "WLD", "export", None,
               "October", "2024-10", "sentence"),
             C("5.2%", 5.2, 0, "percent", "trade_value", "change_pct", "CHN", "WLD", "export", None,
               "October", "2024-10", "context", status="forecast"),
             C("2.3%", 2.3, 0, "percent", "trade_value", "change_pct", "CHN", "WLD", "import", None,
               "October", "2024-10", "context", neg=True),
             C("$213.4 billion", 213.4, 9, "USD", "trade_value", "level", "CHN", "WLD", "import", None,
               "October", "2024-10", "context"),
             C("$95.7 billion", 95.7, 9, "USD", "trade_balance", "level", "CHN", "WLD", "balance", None,
               "October", "2024-10", "context"),
             C("8.1%", 8.1, 0, "percent", "trade_value", "change_pct", "CHN", "USA", "export", None,
               "October", "2024-10", "context"),
             C("14.6%", 14.6, 0, "percent", "trade_value", "change_pct", "CHN", "EUU", "export", None,
               "October", "2024-10", "context"),
             C("11.18 million tons", 11.18, 6, "tonne", "trade_volume", "level", "CHN", "WLD", "export", "steel",
               "October", "2024-10", "context"),
             C("5.1%", 5.1, 0, "percent", "trade_value", "change_pct", "CHN", "WLD", "export", None,
               "the first ten months", "2024-01/2024-10", "sentence"),
         ]),
    dict(id="e02", title="What to know about the US-China tariff fight", published="2025-04-10",
         text=P([
             "WASHINGTON (AP) — What's happening with tariffs? Here is what to know.",
             "The United States has raised its tariff on most Chinese goods to 125%, and Beijing has answered with "
             "duties of 84% on American products.",
             "How much trade is at stake? The U.S. bought $438.9 billion in goods from China last year, while "
             "American exports to China totaled $143.5 billion, according to Census Bureau figures. That left a "
             "deficit of $295.4 billion with China.",
             "Who gets hurt? Farmers, for one. China bought about $12.8 billion worth of American soybeans in 2024, "
             "roughly half of all U.S. soybean exports.",
             "Canada, which took about 17% of U.S. exports in 2024, faces a separate 25% levy on some goods. "
             "Economists say the tariffs could cut trade between the two countries by as much as 80%.",
         ]),
         claims=[
             C("$438.9 billion", 438.9, 9, "USD", "trade_value", "level", "USA", "CHN", "import", None,
               "last year", "2024", "sentence"),
             C("$143.5 billion", 143.5, 9, "USD", "trade_value", "level", "USA", "CHN", "export", None,
               "last year", "2024", "sentence"),
             C("$295.4 billion", 295.4, 9, "USD", "trade_balance", "level", "USA", "CHN", "balance", None,
               "last year", "2024", "context", neg=True),
             C("about $12.8 billion", 12.8, 9, "USD", "trade_value", "level", "CHN", "USA", "import", "soybeans",
               "2024", "2024", "sentence", q="approx"),
             C("roughly half", 50, 0, "percent", "share", "level", "USA", "CHN", "export", "soybeans",
               "2024", "2024", "sentence", q="approx"),
             C("about 17%", 17, 0, "percent", "share", "level", "USA", "CAN", "export", None,
               "2024", "2024", "sentence", q="approx"),
             C("as much as 80%", 80, 0, "percent", "trade_value", "change_pct", "USA", "CHN", "trade", None,
               None, None, None, neg=True, q="lower_bound", status="forecast"),
         ]),
    dict(id="e03", title="Europe's shrinking deficit with China is no cause for cheer", published="2024-11-20",
         text=P([
             "Europe's trade gap with China is narrowing, but not for reasons Brussels would welcome.",
             "According to Eurostat, the EU imported goods worth €388bn from China in the first nine months of "
             "2024, down 3.1 per cent year on year, while exports to China fell 11.2 per cent to €159bn. The "
             "bloc's deficit with China thus came to €229bn over the period.",
             "Electric vehicles tell a sharper story: imports of Chinese battery-electric cars fell by almost a "
             "fifth in value in the third quarter, to €2.4bn, as provisional duties of up to 35.3 per cent took "
             "effect. Over the nine months, China's share of EU imports slipped to 20.5 per cent from 21.9 per cent a year earlier.",
             "German exporters have suffered most: German car shipments to China dropped 24 per cent in the first "
             "nine months, one analyst estimated.",
         ]),
         claims=[
             C("€388bn", 388, 9, "EUR", "trade_value", "level", "EUU", "CHN", "import", None,
               "the first nine months of 2024", "2024-01/2024-09", "sentence"),
             C("3.1 per cent", 3.1, 0, "percent", "trade_value", "change_pct", "EUU", "CHN", "import", None,
               "the first nine months of 2024", "2024-01/2024-09", "sentence", neg=True, base="2023-01/2023-09"),
             C("11.2 per cent", 11.2, 0, "percent", "trade_value", "change_pct", "EUU", "CHN", "export", None,
               "the first nine months of 2024", "2024-01/2024-09", "sentence", neg=True),
             C("€159bn", 159, 9, "EUR", "trade_value", "level", "EUU", "CHN", "export", None,
               "the first nine months of 2024", "2024-01/2024-09", "sentence"),
             C("€229bn", 229, 9, "EUR", "trade_balance", "level", "EUU", "CHN", "balance", None,
               "the period", "2024-01/2024-09", "context", neg=True),
             C("almost a fifth", 20, 0, "percent", "trade_value", "change_pct", "EUU", "CHN", "import",
               "battery-electric cars", "the third quarter", "2024-Q3", "sentence", neg=True, q="lower_bound"),
             C("€2.4bn", 2.4, 9, "EUR", "trade_value", "level", "EUU", "CHN", "import", "battery-electric cars",
               "the third quarter", "2024-Q3", "sentence"),
             C("20.5 per cent", 20.5, 0, "percent", "share", "level", "EUU", "CHN", "import", None,
               "the nine months", "2024-01/2024-09", "sentence"),
             C("21.9 per cent", 21.9, 0, "percent", "share", "level", "EUU", "CHN", "import", None,
               "a year earlier", "2023-01/2023-09", "sentence"),
             C("24 per cent", 24, 0, "percent", "trade_value", "change_pct", "DEU", "CHN", "export", "car",
               "the first nine months", "2024-01/2024-09", "sentence", neg=True),
         ]),
    dict(id="e04", title="Exports up 10.54pc to $30.64bn in FY24", published="2024-07-18",
         text=P([
             "ISLAMABAD: Pakistan's exports rose 10.54 percent to $30.64 billion in fiscal year 2023-24, compared "
             "with $27.72 billion in the previous fiscal year, according to the Pakistan Bureau of Statistics.",
             "Imports declined 11.08 percent to $54.73 billion, narrowing the trade deficit to $24.09 billion. In "
             "rupee terms, exports stood at Rs 8,781 billion during July-June.",
             "Textile exports, the largest category, reached 16.66 billion dollars, while rice exports surged 78 "
             "percent to 3,934 million dollars. In June alone, exports were $2.53 billion.",
             "The government has set an export target of $32.3 billion for 2024-25. The State Bank kept its policy "
             "rate at 20.5 percent last month.",
         ]),
         claims=[
             C("10.54 percent", 10.54, 0, "percent", "trade_value", "change_pct", "PAK", "WLD", "export", None,
               "fiscal year 2023-24", "2023-07/2024-06", "sentence", base="2022-07/2023-06"),
             C("$30.64 billion", 30.64, 9, "USD", "trade_value", "level", "PAK", "WLD", "export", None,
               "fiscal year 2023-24", "2023-07/2024-06", "sentence"),
             C("$27.72 billion", 27.72, 9, "USD", "trade_value", "level", "PAK", "WLD", "export", None,
               "the previous fiscal year", "2022-07/2023-06", "sentence"),
             C("11.08 percent", 11.08, 0, "percent", "trade_value", "change_pct", "PAK", "WLD", "import", None,
               "fiscal year 2023-24", "2023-07/2024-06", "context", neg=True),
             C("$54.73 billion", 54.73, 9, "USD", "trade_value", "level", "PAK", "WLD", "import", None,
               "fiscal year 2023-24", "2023-07/2024-06", "context"),
             C("$24.09 billion", 24.09, 9, "USD", "trade_balance", "level", "PAK", "WLD", "balance", None,
               "fiscal year 2023-24", "2023-07/2024-06", "context", neg=True),
             C("Rs 8,781 billion", 8781, 9, "PKR", "trade_value", "level", "PAK", "WLD", "export", None,
               "July-June", "2023-07/2024-06", "sentence"),
             C("16.66 billion dollars", 16.66, 9, "USD", "trade_value", "level", "PAK", "WLD", "export", "textile",
               "fiscal year 2023-24", "2023-07/2024-06", "context"),
             C("78 percent", 78, 0, "percent", "trade_value", "change_pct", "PAK", "WLD",
               "export", "rice", "fiscal year 2023-24", "2023-07/2024-06", "context"),
             C("3,934 million dollars", 3934, 6, "USD", "trade_value", "level", "PAK", "WLD", "export", "rice",
               "fiscal year 2023-24", "2023-07/2024-06", "context"),
             C("$2.53 billion", 2.53, 9, "USD", "trade_value", "level", "PAK", "WLD", "export", None,
               "June", "2024-06", "sentence"),
             C("$32.3 billion", 32.3, 9, "USD", "trade_value", "level", "PAK", "WLD", "export", None,
               "2024-25", "2024-07/2025-06", "sentence", status="target"),
         ]),
    dict(id="e05", title="International Trade in Goods, Australia, June 2024", published="2024-08-08",
         text=P([
             "Key statistics",
             "In seasonally adjusted terms, the balance on goods was a surplus of A$5,589 million in June 2024, a "
             "decrease of A$296 million on May.",
             "Goods exports fell A$1,206 million (2.6%) to A$45,116 million. Goods imports fell A$910 million "
             "(2.2%).",
             "For the June quarter, exports of metal ores and minerals were A$29.4 billion in original terms.",
             "In 2023-24, Australia's goods surplus totalled A$99.8 billion, down from A$146.9 billion in 2022-23. "
             "Exports to China accounted for 36 per cent of goods exports in 2023-24.",
             "Media inquiries: 1300 175 070.",
         ]),
         claims=[
             C("A$5,589 million", 5589, 6, "AUD", "trade_balance", "level", "AUS", "WLD", "balance", None,
               "June 2024", "2024-06", "sentence"),
             C("A$296 million", 296, 6, "AUD", "trade_balance", "change_abs", "AUS", "WLD", "balance", None,
               "June 2024", "2024-06", "sentence", neg=True, base="2024-05"),
             C("A$1,206 million", 1206, 6, "AUD", "trade_value", "change_abs", "AUS", "WLD", "export", None,
               "June 2024", "2024-06", "context", neg=True),
             C("2.6%", 2.6, 0, "percent", "trade_value", "change_pct", "AUS", "WLD", "export", None,
               "June 2024", "2024-06", "context", neg=True),
             C("A$45,116 million", 45116, 6, "AUD", "trade_value", "level", "AUS", "WLD", "export", None,
               "June 2024", "2024-06", "context"),
             C("A$910 million", 910, 6, "AUD", "trade_value", "change_abs", "AUS", "WLD", "import", None,
               "June 2024", "2024-06", "context", neg=True),
             C("2.2%", 2.2, 0, "percent", "trade_value", "change_pct", "AUS", "WLD", "import", None,
               "June 2024", "2024-06", "context", neg=True),
             C("A$29.4 billion", 29.4, 9, "AUD", "trade_value", "level", "AUS", "WLD", "export",
               "metal ores and minerals", "the June quarter", "2024-Q2", "sentence"),
             C("A$99.8 billion", 99.8, 9, "AUD", "trade_balance", "level", "AUS", "WLD", "balance", None,
               "2023-24", "2023-07/2024-06", "sentence"),
             C("A$146.9 billion", 146.9, 9, "AUD", "trade_balance", "level", "AUS", "WLD", "balance", None,
               "2022-23", "2022-07/2023-06", "sentence"),
             C("36 per cent", 36, 0, "percent", "share", "level", "AUS", "CHN", "export", None,
               "2023-24", "2023-07/2024-06", "sentence"),
         ]),
    dict(id="e06", title="Canada's international merchandise trade, July 2024", published="2024-09-05",
         text=P([
             "Canada's merchandise exports decreased 0.8% in July to C$63.9 billion, while imports rose 1.8% to "
             "C$64.6 billion. As a result, Canada's merchandise trade balance went from a surplus of C$0.2 billion "
             "in June to a deficit of C$0.7 billion in July.",
             "In volume terms, exports fell 1.3%. Exports of energy products declined 3.6%, largely on lower crude "
             "oil shipments to the United States.",
             "Exports to the United States fell 1.2% in July, while imports from the United States were up 2.1%. "
             "Canada's trade surplus with the United States narrowed to C$9.7 billion.",
             "In constant dollars, total imports rose 1.5%.",
         ]),
         claims=[
             C("0.8%", 0.8, 0, "percent", "trade_value", "change_pct", "CAN", "WLD", "export", None,
               "July", "2024-07", "sentence", neg=True),
             C("C$63.9 billion", 63.9, 9, "CAD", "trade_value", "level", "CAN", "WLD", "export", None,
               "July", "2024-07", "sentence"),
             C("1.8%", 1.8, 0, "percent", "trade_value", "change_pct", "CAN", "WLD", "import", None,
               "July", "2024-07", "sentence"),
             C("C$64.6 billion", 64.6, 9, "CAD", "trade_value", "level", "CAN", "WLD", "import", None,
               "July", "2024-07", "sentence"),
             C("C$0.2 billion", 0.2, 9, "CAD", "trade_balance", "level", "CAN", "WLD", "balance", None,
               "June", "2024-06", "sentence"),
             C("C$0.7 billion", 0.7, 9, "CAD", "trade_balance", "level", "CAN", "WLD", "balance", None,
               "July", "2024-07", "sentence", neg=True),
             C("1.3%", 1.3, 0, "percent", "trade_volume", "change_pct", "CAN", "WLD", "export", None,
               "July", "2024-07", "context", neg=True),
             C("3.6%", 3.6, 0, "percent", "trade_value", "change_pct", "CAN", "WLD", "export", "energy products",
               "July", "2024-07", "context", neg=True),
             C("1.2%", 1.2, 0, "percent", "trade_value", "change_pct", "CAN", "USA", "export", None,
               "July", "2024-07", "sentence", neg=True),
             C("2.1%", 2.1, 0, "percent", "trade_value", "change_pct", "CAN", "USA", "import", None,
               "July", "2024-07", "sentence"),
             C("C$9.7 billion", 9.7, 9, "CAD", "trade_balance", "level", "CAN", "USA", "balance", None,
               "July", "2024-07", "context"),
             C("1.5%", 1.5, 0, "percent", "trade_volume", "change_pct", "CAN", "WLD", "import", None,
               "July", "2024-07", "context"),
         ]),
    dict(id="e07", title="Sanctioned goods keep reaching Russia through third countries", published="2024-03-14",
         text=P([
             "Russia has kept importing Western machinery despite sanctions, increasingly through third countries.",
             "Turkey's exports to Russia jumped 62% in 2022 to $9.3 billion and reached $10.9 billion in 2023, "
             "according to Turkish statistics. The United Arab Emirates re-exported about $1.4 billion of "
             "electronics to Russia last year, customs researchers estimated.",
             "Shipments of dual-use machinery from the EU to Russia via Turkey fell by about 40% in 2023, as "
             "Brussels tightened checks. Washington has sanctioned more than 20 Turkish firms.",
             "Turkey also imported 11.5 million tonnes of Russian diesel in 2023, some of which was re-exported to "
             "Europe. Kazakhstan's exports of washing machines to Russia tripled last year.",
         ]),
         claims=[
             C("62%", 62, 0, "percent", "trade_value", "change_pct", "TUR", "RUS", "export", None,
               "2022", "2022", "sentence"),
             C("$9.3 billion", 9.3, 9, "USD", "trade_value", "level", "TUR", "RUS", "export", None,
               "2022", "2022", "sentence"),
             C("$10.9 billion", 10.9, 9, "USD", "trade_value", "level", "TUR", "RUS", "export", None,
               "2023", "2023", "sentence"),
             C("about $1.4 billion", 1.4, 9, "USD", "trade_value", "level", "ARE", "RUS", "re_export",
               "electronics", "last year", "2023", "sentence", q="approx"),
             C("about 40%", 40, 0, "percent", "trade_value", "change_pct", "EUU", "RUS", "export",
               "dual-use machinery", "2023", "2023", "sentence", neg=True, q="approx"),
             C("11.5 million tonnes", 11.5, 6, "tonne", "trade_volume", "level", "TUR", "RUS", "import", "diesel",
               "2023", "2023", "sentence"),
             C("tripled", 3, 0, None, "trade_value", "ratio", "KAZ", "RUS", "export", "washing machines",
               "last year", "2023", "sentence"),
         ]),
    dict(id="e08", title="Russia's seaborne crude flows hit five-week high", published="2024-06-04",
         text=P([
             "Russia's seaborne crude exports climbed to 3.58 million barrels per day in the four weeks to June 2, "
             "tanker-tracking data compiled by analysts showed.",
             "Crude loadings from Baltic, Black Sea and Pacific ports averaged 3.41 million bpd in the seven days "
             "to June 2, down 270,000 bpd from the previous week. Flows to Asia accounted for about 80% of the "
             "four-week total, and India took about 1.8 million bpd of the Russian crude in May.",
             "The gross value of Moscow's seaborne crude exports in the week to June 2 fell to $1.93 billion, from "
             "$2.10 billion in the previous week.",
             "Urals crude was assessed at $62.50 a barrel at Primorsk, above the $60 price cap, while Brent futures "
             "settled at $77.52.",
         ]),
         claims=[
             C("3.58 million barrels per day", 3.58, 6, "barrel_per_day", "trade_volume", "level", "RUS", "WLD",
               "export", "crude", "the four weeks to June 2", "2024-05-06/2024-06-02", "sentence"),
             C("3.41 million bpd", 3.41, 6, "barrel_per_day", "trade_volume", "level", "RUS", "WLD", "export",
               "crude", "the seven days to June 2", "2024-05-27/2024-06-02", "sentence"),
             C("270,000 bpd", 270000, 0, "barrel_per_day", "trade_volume", "change_abs", "RUS", "WLD", "export",
               "crude", "the seven days to June 2", "2024-05-27/2024-06-02", "sentence", neg=True,
               base="2024-05-20/2024-05-26"),
             C("about 80%", 80, 0, "percent", "share", "level", "RUS", None, "export", "crude",
               "the four-week total", "2024-05-06/2024-06-02", "sentence", q="approx"),
             C("about 1.8 million bpd", 1.8, 6, "barrel_per_day", "trade_volume", "level", "IND", "RUS", "import",
               "crude", "May", "2024-05", "sentence", q="approx"),
             C("$1.93 billion", 1.93, 9, "USD", "trade_value", "level", "RUS", "WLD", "export", "crude",
               "the week to June 2", "2024-05-27/2024-06-02", "sentence"),
             C("$2.10 billion", 2.10, 9, "USD", "trade_value", "level", "RUS", "WLD", "export", "crude",
               "the previous week", "2024-05-20/2024-05-26", "sentence"),
         ]),
    dict(id="e09", title="Cocoa shipments slump as West African crops fail; coffee flows jump", published="2024-05-15",
         text=P([
             "Cocoa futures in New York hit a record $11,722 a tonne in April as crop losses in West Africa "
             "deepened.",
             "Ivory Coast's cocoa bean exports fell 28% to 612,000 tonnes in the first quarter of 2024 from a year "
             "earlier, shipping data showed. Neighbouring Ghana shipped about 150,000 tonnes in January-March, less "
             "than half its level a year ago. Ivory Coast's main crop is expected at 1.75 million tonnes.",
             "Brazil's coffee exports, meanwhile, climbed 35% in April to 234,000 tonnes, the exporters' "
             "association said. Vietnam, the largest robusta grower, shipped 1.6 million tonnes of coffee in 2023, "
             "with Germany taking about 12%.",
         ]),
         claims=[
             C("28%", 28, 0, "percent", "trade_volume", "change_pct", "CIV", "WLD", "export", "cocoa beans",
               "the first quarter of 2024", "2024-Q1", "sentence", neg=True, base="2023-Q1"),
             C("612,000 tonnes", 612000, 0, "tonne", "trade_volume", "level", "CIV", "WLD", "export", "cocoa beans",
               "the first quarter of 2024", "2024-Q1", "sentence"),
             C("about 150,000 tonnes", 150000, 0, "tonne", "trade_volume", "level", "GHA", "WLD", "export",
               "cocoa beans", "January-March", "2024-01/2024-03", "sentence", q="approx"),
             C("less than half", 0.5, 0, None, "trade_volume", "ratio", "GHA", "WLD", "export", "cocoa beans",
               "January-March", "2024-01/2024-03", "sentence", q="upper_bound", base="2023-01/2023-03"),
             C("35%", 35, 0, "percent", "trade_volume", "change_pct", "BRA", "WLD", "export", "coffee",
               "April", "2024-04", "sentence"),
             C("234,000 tonnes", 234000, 0, "tonne", "trade_volume", "level", "BRA", "WLD", "export", "coffee",
               "April", "2024-04", "sentence"),
             C("1.6 million tonnes", 1.6, 6, "tonne", "trade_volume", "level", "VNM", "WLD", "export", "coffee",
               "2023", "2023", "sentence"),
             C("about 12%", 12, 0, "percent", "share", "level", "VNM", "DEU", "export", "coffee",
               "2023", "2023", "sentence", q="approx"),
         ]),
    dict(id="e10", title="Asian hubs gain as Red Sea diversions reshape container flows", published="2024-07-20",
         text=P([
             "Singapore's port handled 20.1 million TEU in the first half of 2024, up 6.8% from a year earlier, "
             "the port authority said. Container throughput in June alone reached 3.5 million TEU.",
             "Diversions around the Cape of Good Hope have added 10 to 14 days to Asia-Europe voyages, and spot "
             "rates on the Shanghai-Rotterdam route jumped to $8,000 per 40-foot container.",
             "Rotterdam, Europe's largest port, handled 6.7 million TEU in the first six months, down 1.2%.",
         ]),
         claims=[
             C("20.1 million TEU", 20.1, 6, "TEU", "trade_volume", "level", "SGP", None, None, None,
               "the first half of 2024", "2024-S1", "sentence"),
             C("6.8%", 6.8, 0, "percent", "trade_volume", "change_pct", "SGP", None, None, None,
               "the first half of 2024", "2024-S1", "sentence", base="2023-S1"),
             C("3.5 million TEU", 3.5, 6, "TEU", "trade_volume", "level", "SGP", None, None, None,
               "June", "2024-06", "sentence"),
             C("6.7 million TEU", 6.7, 6, "TEU", "trade_volume", "level", "NLD", None, None, None,
               "the first six months", "2024-S1", "sentence"),
             C("1.2%", 1.2, 0, "percent", "trade_volume", "change_pct", "NLD", None, None, None,
               "the first six months", "2024-S1", "sentence", neg=True),
         ]),
    dict(id="e11", title="Basmati rice shipments cross Rs 48,000 crore in FY24", published="2024-05-16",
         text=L([
             "Home | Markets | Economy | Companies | Agri",
             "Agri exports: Basmati rice shipments cross Rs 48,000 crore in FY24",
             "By Our Bureau | Updated: May 16, 2024, 11:42 IST",
             "Share: Facebook | X | WhatsApp | 12 Comments",
             "India's basmati rice exports rose to a record 52.4 lakh tonnes in 2023-24, earning Rs 48,389 crore, "
             "according to data from the commerce ministry. In dollar terms, the shipments were worth $5.84 "
             "billion, up 21.9 per cent over the previous year.",
             "Saudi Arabia was the largest buyer with 11.7 lakh tonnes, followed by Iraq with 9.5 lakh tonnes.",
             "Non-basmati rice exports, however, fell 37.8 per cent to 1,11,13,000 tonnes after curbs on "
             "shipments. Paddy growers in Punjab number about 11 lakh.",
             "ALSO READ: Sugar output seen at 320 lakh tonnes",
             "Page 1 of 2 | Advertisement",
         ]),
         claims=[
             C("52.4 lakh tonnes", 52.4, 5, "tonne", "trade_volume", "level", "IND", "WLD", "export",
               "basmati rice", "2023-24", "2023-04/2024-03", "sentence"),
             C("Rs 48,389 crore", 48389, 7, "INR", "trade_value", "level", "IND", "WLD", "export", "basmati rice",
               "2023-24", "2023-04/2024-03", "sentence"),
             C("$5.84 billion", 5.84, 9, "USD", "trade_value", "level", "IND", "WLD", "export", "basmati rice",
               "2023-24", "2023-04/2024-03", "context"),
             C("21.9 per cent", 21.9, 0, "percent", "trade_value", "change_pct", "IND", "WLD", "export",
               "basmati rice", "2023-24", "2023-04/2024-03", "context", base="2022-04/2023-03"),
             C("11.7 lakh tonnes", 11.7, 5, "tonne", "trade_volume", "level", "IND", "SAU", "export",
               "basmati rice", "2023-24", "2023-04/2024-03", "context"),
             C("9.5 lakh tonnes", 9.5, 5, "tonne", "trade_volume", "level", "IND", "IRQ", "export", "basmati rice",
               "2023-24", "2023-04/2024-03", "context"),
             C("37.8 per cent", 37.8, 0, "percent", "trade_volume", "change_pct", "IND", "WLD", "export",
               "non-basmati rice", "2023-24", "2023-04/2024-03", "context", neg=True),
             C("1,11,13,000 tonnes", 11113000, 0, "tonne", "trade_volume", "level", "IND", "WLD", "export",
               "non-basmati rice", "2023-24", "2023-04/2024-03", "context"),
         ]),
    dict(id="e12", title="JAPAN JANUARY TRADE SURPLUS RISES TO 9.31 BLN DLRS", published="1994-02-17",
         text=P([
             "TOKYO, Feb 17 - Japan's customs-cleared trade surplus rose 6.4 pct to 9.31 billion dlrs in January "
             "from a year earlier, the Finance Ministry said.",
             "Exports fell 2.1 pct to 27.84 bln dlrs vs 28.44 bln a year earlier, while imports dropped 7.3 pct "
             "to 18.53 bln dlrs.",
             "The surplus with the United States widened to 4.29 bln dlrs from 3.87 bln. Car exports to the U.S. "
             "were 1,842 mln dlrs. Exports to Asia rose 9.8 pct.",
             "The dollar averaged 109.81 yen in January, against 125.02 a year earlier. Economists had expected "
             "a surplus of 8.5 bln dlrs. REUTER",
         ]),
         claims=[
             C("6.4 pct", 6.4, 0, "percent", "trade_balance", "change_pct", "JPN", "WLD", "balance", None,
               "January", "1994-01", "sentence", base="1993-01"),
             C("9.31 billion dlrs", 9.31, 9, "USD", "trade_balance", "level", "JPN", "WLD", "balance", None,
               "January", "1994-01", "sentence"),
             C("2.1 pct", 2.1, 0, "percent", "trade_value", "change_pct", "JPN", "WLD", "export", None,
               "January", "1994-01", "context", neg=True, base="1993-01"),
             C("27.84 bln dlrs", 27.84, 9, "USD", "trade_value", "level", "JPN", "WLD", "export", None,
               "January", "1994-01", "context"),
             C("28.44 bln", 28.44, 9, "USD", "trade_value", "level", "JPN", "WLD", "export", None,
               "a year earlier", "1993-01", "sentence"),
             C("7.3 pct", 7.3, 0, "percent", "trade_value", "change_pct", "JPN", "WLD", "import", None,
               "January", "1994-01", "context", neg=True),
             C("18.53 bln dlrs", 18.53, 9, "USD", "trade_value", "level", "JPN", "WLD", "import", None,
               "January", "1994-01", "context"),
             C("4.29 bln dlrs", 4.29, 9, "USD", "trade_balance", "level", "JPN", "USA", "balance", None,
               "January", "1994-01", "context"),
             C("3.87 bln", 3.87, 9, "USD", "trade_balance", "level", "JPN", "USA", "balance", None,
               None, None, None),
             C("1,842 mln dlrs", 1842, 6, "USD", "trade_value", "level", "JPN", "USA", "export", "car",
               "January", "1994-01", "context"),
             C("9.8 pct", 9.8, 0, "percent", "trade_value", "change_pct", "JPN", None, "export", None,
               "January", "1994-01", "context"),
             C("8.5 bln dlrs", 8.5, 9, "USD", "trade_balance", "level", "JPN", "WLD", "balance", None,
               "January", "1994-01", "context", status="forecast"),
         ]),
    dict(id="e13", title="Vietnam sets $400 billion export goal for 2025", published="2024-10-02",
         text=P([
             "Vietnam aims to lift exports to $400 billion in 2025, the trade ministry said, after shipments are "
             "expected to reach about $380 billion this year.",
             "The country's exports rose 15.8% in the first nine months of 2024 to $299.6 billion, official data "
             "showed. Electronics exports could grow by 10-12% next year if demand from the United States holds "
             "up, analysts said.",
             "The ministry expects the trade surplus to exceed $22 billion in 2024. Rice exports are forecast at "
             "7.5 million tonnes this year, while the government targets agricultural and seafood exports of $60 "
             "billion by 2030.",
         ]),
         claims=[
             C("$400 billion", 400, 9, "USD", "trade_value", "level", "VNM", "WLD", "export", None,
               "2025", "2025", "sentence", status="target"),
             C("about $380 billion", 380, 9, "USD", "trade_value", "level", "VNM", "WLD", "export", None,
               "this year", "2024", "sentence", q="approx", status="forecast"),
             C("15.8%", 15.8, 0, "percent", "trade_value", "change_pct", "VNM", "WLD", "export", None,
               "the first nine months of 2024", "2024-01/2024-09", "sentence"),
             C("$299.6 billion", 299.6, 9, "USD", "trade_value", "level", "VNM", "WLD", "export", None,
               "the first nine months of 2024", "2024-01/2024-09", "sentence"),
             C("10-12%", 11, 0, "percent", "trade_value", "change_pct", "VNM", "WLD", "export", "electronics",
               "next year", "2025", "sentence", q="range", lo=10, hi=12, status="forecast"),
             C("$22 billion", 22, 9, "USD", "trade_balance", "level", "VNM", "WLD", "balance", None,
               "2024", "2024", "sentence", q="lower_bound", status="forecast"),
             C("7.5 million tonnes", 7.5, 6, "tonne", "trade_volume", "level", "VNM", "WLD", "export", "rice",
               "this year", "2024", "sentence", status="forecast"),
             C("$60 billion", 60, 9, "USD", "trade_value", "level", "VNM", "WLD", "export",
               "agricultural and seafood", "by 2030", "2030", "sentence", status="target"),
         ]),
    dict(id="e14", title="Monsoon revival lifts kharif sowing; vegetable prices stay high", published="2024-07-25",
         text=P([
             "Heavy monsoon rains have lifted India's kharif sowing to 70.4 million hectares, 4.3% more than a year "
             "ago. Rainfall in July was 9% above the long-period average, the weather office said.",
             "Farmers have planted rice on 16.6 million hectares so far. Wholesale onion prices at Lasalgaon rose "
             "to Rs 2,800 a quintal, while tomato prices doubled in a fortnight.",
             "Wheat procurement by state agencies reached 26.6 million tonnes this season, the food ministry said. "
             "Temperatures in the capital touched 41 degrees Celsius on Tuesday.",
         ]),
         claims=[]),
]
