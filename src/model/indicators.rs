//! The market indicators the model moves, with today's level and the historical reference
//! ticks drawn beside them. Every tick carries its value, date and source.
//!
//! Figures come from `reference-figures.md` (press reports of the primary series, not
//! re-checked against the live source); "≈" marks an approximation there and here.

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
    /// When: "24 Feb 2022".
    pub date: &'static str,
    /// Who reported it: "EUobserver".
    pub source: &'static str,
    /// Where the report is.
    pub url: &'static str,
}

/// What the page knows about one indicator.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct IndicatorInfo {
    /// A stable short name, used in element ids.
    pub slug: &'static str,
    /// Today's level: the summit window, August 2025.
    pub today: f64,
    /// How today's level was read, with its source.
    pub today_note: &'static str,
    /// The lowest value the chart shows; the model never goes below it.
    pub min: f64,
    /// The highest value the chart shows; the model never goes above it.
    pub max: f64,
    /// Decimal places when shown.
    pub decimals: usize,
    /// Half the width of the uncertainty band for a perfectly clear scenario, in the unit.
    pub band_floor: f64,
    /// A caveat the page must show with the indicator, if any.
    pub caveat: Option<&'static str>,
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
                today: 34.0,
                today_note: static_text!("≈ €32–36, weekly averages June–September 2025 (balancing.energy; seeenergy.news); the summit-week level was not found"),
                min: 15.0,
                max: 120.0,
                decimals: 0,
                band_floor: 2.0,
                caveat: Some(static_text!("The 2022 peaks (≈ €345 on 7 Mar and ≈ €340 on 26 Aug 2022) are far off this scale.")),
                ticks: &[
                    Tick { value: 18.0, label: static_text!("A year before the invasion"), date: static_text!("Feb 2021"), source: static_text!("Anadolu via news.az"), url: static_text!("https://news.az/news/gas-prices-in-europe-up-14-due-to-ukraine-crisis") },
                    Tick { value: 88.0, label: static_text!("Week before the invasion"), date: static_text!("14–23 Feb 2022"), source: static_text!("EUobserver"), url: static_text!("https://euobserver.com/green-economy/arcb535a89") },
                    Tick { value: 42.98, label: static_text!("2024 high"), date: static_text!("25 Oct 2024"), source: static_text!("FT via UNN"), url: static_text!("https://unn.ua/en/news/european-gas-prices-have-reached-their-maximum-this-year-what-is-happening-on-the-market") },
                ],
            },
            Indicator::CurveSlope => IndicatorInfo {
                slug: "slope",
                today: 2.0,
                today_note: static_text!("≈ +$2, mildly backwardated: Brent was “in pronounced backwardation from the prompt October contract out to March 2026” (Reuters, Sep 2025); the August spread itself was not found"),
                min: -5.0,
                max: 16.0,
                decimals: 1,
                band_floor: 0.5,
                caveat: Some(static_text!("Positive means backwardation: near-term barrels cost more, a sign of supply fear. Zero is a flat curve.")),
                ticks: &[
                    Tick { value: 15.59, label: static_text!("Steepest backwardation on record"), date: static_text!("1 Mar 2022"), source: static_text!("Reuters via newsbreak.com"), url: static_text!("https://www.newsbreak.com/news/2529205438967/brent-crude-oil-six-month-spread-at-steepest-backwardation-on-record") },
                ],
            },
            Indicator::Brent => IndicatorInfo {
                slug: "brent",
                today: 66.0,
                today_note: static_text!("$66.59 settle on 8 Aug and $65.95 intraday on 15 Aug 2025, the summit day (Reuters; Ship & Bunker)"),
                min: 45.0,
                max: 140.0,
                decimals: 0,
                band_floor: 1.5,
                caveat: None,
                ticks: &[
                    Tick { value: 96.84, label: static_text!("Pre-invasion close (derived)"), date: static_text!("23 Feb 2022"), source: static_text!("Reuters via hamodia.com"), url: static_text!("https://hamodia.com/2022/02/24/oil-tops-100-for-first-time-since-2014/") },
                    Tick { value: 139.13, label: static_text!("2022 intraday peak"), date: static_text!("7 Mar 2022"), source: static_text!("AFP via malaysianow.com"), url: static_text!("https://malaysianow.com/out-there-now/2022/03/07/brent-crude-nears-us140-per-barrel-headed-towards-all-time-high") },
                    Tick { value: 80.56, label: static_text!("2024 average"), date: static_text!("2024"), source: static_text!("EIA via Anadolu"), url: static_text!("https://www.aa.com.tr/en/energy/oil/us-energy-agency-revises-down-brent-price-forecast-for-2025/51082") },
                ],
            },
            Indicator::BtpBund => IndicatorInfo {
                slug: "btp",
                today: 83.0,
                today_note: static_text!("≈ 80–85 bp, summer 2025 (84.2 bp in July 2025, economianotizie.com); the 15 Aug value was not found"),
                min: 50.0,
                max: 260.0,
                decimals: 0,
                band_floor: 3.0,
                caveat: None,
                ticks: &[
                    Tick { value: 170.0, label: static_text!("Pre-invasion high"), date: static_text!("14 Feb 2022"), source: static_text!("finanza.com"), url: static_text!("https://www.finanza.com/Finanza/Notizie_Italia/Italia/notizia/Vendite_sui_BTP_spread_balza_a_quota_170_record_da_luglio_-542290") },
                    Tick { value: 252.9, label: static_text!("2022 peak"), date: static_text!("14 Jun 2022"), source: static_text!("Reuters via nasdaq.com"), url: static_text!("https://www.nasdaq.com/articles/italy-german-bond-yield-spread-widens-to-more-than-2-year-highs") },
                    Tick { value: 101.0, label: static_text!("First close near 100 since 2021"), date: static_text!("May 2025"), source: static_text!("Adnkronos"), url: static_text!("https://www.adnkronos.com/finanza/") },
                ],
            },
            Indicator::EurUsd => IndicatorInfo {
                slug: "eurusd",
                today: 1.165,
                today_note: static_text!("≈ 1.16–1.17: 1.1720 on 13 Aug and 1.1583 on 22 Aug 2025 (fxstreet.com; financetom.com)"),
                min: 0.95,
                max: 1.25,
                decimals: 3,
                band_floor: 0.004,
                caveat: None,
                ticks: &[
                    Tick { value: 1.15, label: static_text!("Around the invasion"), date: static_text!("Feb 2022"), source: static_text!("Bloomberg via Boston Globe"), url: static_text!("https://www.bostonglobe.com/2022/07/13/business/euro-slides-parity-with-dollar-first-time-two-decades/") },
                    Tick { value: 0.9596, label: static_text!("2022 low (New York close)"), date: static_text!("27 Sep 2022"), source: static_text!("Dow Jones Market Data via MarketScreener"), url: static_text!("https://www.marketscreener.com/news/latest/Euro-Lost-0-80-to-1-0243-Data-Talk--42379431/") },
                    Tick { value: 1.2328, label: static_text!("2021 high"), date: static_text!("6 Jan 2021"), source: static_text!("Dow Jones Market Data via MarketScreener"), url: static_text!("https://www.marketscreener.com/news/latest/Euro-Lost-0-65-to-1-1299-Data-Talk--37456626/") },
                ],
            },
            Indicator::Defence => IndicatorInfo {
                slug: "defence",
                today: 100.0,
                today_note: static_text!("100 by construction; the sector had risen over 200% since February 2022 (Reuters rewrite, Oct 2025)"),
                min: 80.0,
                max: 110.0,
                decimals: 0,
                band_floor: 1.5,
                caveat: Some(static_text!("Demand is anchored by NATO’s pledge of 5% of GDP by 2035 (The Hague, June 2025), so the model never takes this below 90.")),
                ticks: &[
                    Tick { value: 97.4, label: static_text!("One-day fall after the White House meeting (−2.6%)"), date: static_text!("19 Aug 2025"), source: static_text!("menafn.com"), url: static_text!("https://menafn.com/1109957549/European-Defense-Stocks-Decline") },
                    Tick { value: 96.6, label: static_text!("One-day fall on the Budapest summit news (−3.4%)"), date: static_text!("17 Oct 2025"), source: static_text!("wapress.africa (Reuters rewrite)"), url: static_text!("https://wapress.africa/?p=16442") },
                ],
            },
            Indicator::UsdRub => IndicatorInfo {
                slug: "usdrub",
                today: 80.0,
                today_note: static_text!("79.85 on 14 Aug 2025 (LSEG OTC, via Reuters)"),
                min: 60.0,
                max: 150.0,
                decimals: 0,
                band_floor: 2.0,
                caveat: Some(static_text!("A partly administered price: Russia has managed the rouble with capital controls since 2022, so it moves less than a free market would.")),
                ticks: &[
                    Tick { value: 81.7, label: static_text!("Pre-invasion"), date: static_text!("23 Feb 2022"), source: static_text!("FT via energybulletin.org"), url: static_text!("https://daily.energybulletin.org/2022/04/") },
                    Tick { value: 138.0, label: static_text!("March 2022 spike (onshore)"), date: static_text!("10 Mar 2022"), source: static_text!("NTB via abcnyheter.no"), url: static_text!("https://www.abcnyheter.no/nyheter/verden/2022/04/09/195838800/") },
                    Tick { value: 61.76, label: static_text!("Controls-driven low"), date: static_text!("2 Jun 2022"), source: static_text!("Reuters via newsline.kz"), url: static_text!("https://newsline.kz/article/1067379/") },
                    Tick { value: 113.15, label: static_text!("Gazprombank sanctions shock"), date: static_text!("27 Nov 2024"), source: static_text!("euromaidanpress.com"), url: static_text!("https://euromaidanpress.com/2024/11/28/") },
                ],
            },
            Indicator::UkraineBonds => IndicatorInfo {
                slug: "ukraine",
                today: 57.0,
                today_note: static_text!("≈ 55–61 cents, the 2025 range of the 2034 and 2036 bonds (Bloomberg; Reuters)"),
                min: 40.0,
                max: 85.0,
                decimals: 0,
                band_floor: 1.5,
                caveat: None,
                ticks: &[
                    Tick { value: 60.854, label: static_text!("2036 bond"), date: static_text!("Mar 2025"), source: static_text!("Reuters"), url: static_text!("http://3.127.128.221/?p=1100483") },
                    Tick { value: 53.0, label: static_text!("2034 bond, after peace-deal doubts"), date: static_text!("Apr 2025"), source: static_text!("Bloomberg via investorshd.com"), url: static_text!("https://investorshd.com/trend-news/1794/") },
                    Tick { value: 70.0, label: static_text!("2035 GDP-linked bond"), date: static_text!("Feb 2025"), source: static_text!("Bloomberg via mitrade.com"), url: static_text!("https://www.mitrade.com/insights/news/live-news/article-3-842033-20250525") },
                ],
            },
        }
    }
}
