//! Every number the model uses, as a named constant that carries its unit, the article phrase
//! that sets its sign, and the historical figure that bounds its size.
//!
//! The numbers are illustrative, not estimates: each is chosen so that its effect at full
//! strength stays a modest share of the nearest historical move, which the constant names.
//! An effect's size is its value at full strength: the slider (or the blend of sliders the
//! term uses) moved from 0 to 100. The model measures effects from the default scenario, so
//! a coefficient of −14 €/MWh moves TTF by −14 × (change in effective relief).

/// One coefficient and why it is what it is. The doc comment of each constant says the same,
/// generated from the same strings, so the assumptions table and the code cannot disagree.
///
/// The words are in the page as HTML (the assumptions table) and the island keeps those
/// nodes, so in the wasm `unit`, `phrase` and `figure` are empty (`static_text!`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Coefficient {
    /// The constant's name in this module.
    pub name: &'static str,
    /// The effect at full strength, in `unit`.
    pub value: f64,
    /// The unit of `value`.
    pub unit: &'static str,
    /// Whose reasoning sets the sign: the articles' words, the editors', or a named third party's.
    pub sign: Sign,
    /// The phrase that sets the sign: for [`Sign::Article`] it quotes the articles verbatim.
    pub phrase: &'static str,
    /// Whether a dated historical figure bounds the size, or the editors judged it.
    pub size: Size,
    /// The historical figure, with date and source, that bounds the size (or, for a
    /// [`Size::Judgement`], why the size is what it is).
    pub figure: &'static str,
}

/// What sets a coefficient's size. The honesty statement counts them
/// (`content::words::honesty`); declared with each coefficient, never read from its words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Size {
    /// A dated historical figure, with its source.
    Dated,
    /// The editors' judgement, which the figure's words say plainly.
    Judgement,
}

macro_rules! size_kind {
    (dated) => {
        Size::Dated
    };
    (judgement) => {
        Size::Judgement
    };
}

/// Whose reasoning sets a coefficient's sign. The page says which, and its honesty statement
/// counts them (`content::words::honesty`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sign {
    /// The articles' own words, quoted verbatim.
    Article,
    /// The editors' reasoning, labelled as such.
    Editors,
    /// A named third party's view, with speaker, outlet and date.
    ThirdParty,
}

macro_rules! sign_kind {
    (article) => {
        Sign::Article
    };
    (editors) => {
        Sign::Editors
    };
    (third_party) => {
        Sign::ThirdParty
    };
}

macro_rules! coefficients {
    ($(
        $name:ident = $value:literal $unit:literal,
        sign: $kind:ident $phrase:literal,
        size: $size:ident $figure:literal;
    )*) => {
        $(
            #[doc = concat!(
                "**", stringify!($value), " ", $unit, ".**\n\n",
                "Sign: ", $phrase, "\n\n",
                "Size: ", $figure
            )]
            pub const $name: Coefficient = Coefficient {
                name: stringify!($name),
                value: $value,
                unit: static_text!($unit),
                sign: sign_kind!($kind),
                phrase: static_text!($phrase),
                size: size_kind!($size),
                figure: static_text!($figure),
            };
        )*

        /// Every coefficient, in the order of this file, for the assumptions table.
        pub const ALL: &[&Coefficient] = &[$(&$name),*];
    };
}

coefficients! {
    // How relief reaches prices.
    SNAPBACK_DISCOUNT = 0.6 "share of relief withheld by strict snap-back",
        sign: article "“a modular unwind with snap-back triggers, not a blanket amnesty”: relief that can be taken back is discounted by markets.",
        size: dated "Iran’s relieved oil exports fell from 2.5 mb/d (Apr 2018) to ≈ 1.1 mb/d a year after the U.S. exit (IEA), a loss of 60–80% of the flow (defence-point.com; globalsecurity.org).";
    EU_LANDING_FLOOR = 0.3 "share of banking and reserves relief that lands without the EU",
        sign: article "“all of them require allied discipline”: SWIFT is Belgian-registered and most frozen reserves sit in the EU.",
        size: dated "≈ €210bn of ≈ $300bn in frozen Russian reserves are in the EU, €196.6bn at Euroclear (Commission, Jul 2024; menafn.com).";

    EU_GAS_LANDING_FLOOR = 0.1 "share of energy relief that reaches European gas without the EU",
        sign: editors "European buyers, pipelines and the EU’s own bans are the EU’s to lift, so U.S. relief alone barely moves TTF; the articles say only that the channels “require allied discipline”.",
        size: judgement "Judgement (no market series): a tenth, for the shipping and insurance relief the U.S. controls alone.";

    // European gas.
    TTF_ENERGY = -14.0 "€/MWh at full effective energy relief",
        sign: article "“energy curves flatten”.",
        size: dated "Takes TTF from the summit’s ≈ €31 into the high teens, near the only pre-crisis anchor, ≈ €18 (Feb 2021, Anadolu).";
    TTF_GUARANTEE = -3.0 "€/MWh at fully codified guarantees",
        sign: article "“ambiguity is spread-widening by design” (inverted: clarity lowers the risk premium in energy).",
        size: dated "Kept small, because guarantees change risk, not gas supply: about a fifth of the distance from the summit’s ≈ €31 to €46.86 on Russia–Ukraine escalation (20 Nov 2024, Bloomberg); the 2024–25 high was €59.39 (11 Feb 2025, dpa-AFX).";
    TTF_FIGHTING = 22.0 "€/MWh from a freeze to active escalation",
        sign: article "“a protracted, low-intensity freeze replaces active kinetic escalation”: escalation is the supply risk.",
        size: dated "Escalation reaches ≈ €41, below the 2024–25 high of €59.39 (11 Feb 2025, dpa-AFX); far from 2022’s €125 (24 Feb 2022, EUobserver) because Europe no longer depends on Russian gas (45% in 2021, 18% by Jun 2024, Finanznachrichten).";

    // Oil curve slope.
    SLOPE_ENERGY = -0.8 "$/bbl of M1–M6 spread at full effective energy relief",
        sign: article "“energy curves flatten”.",
        size: dated "Removes about half the assumed ≈ $1.5 of backwardation at the summit: a flattening, not an inversion; the record was +$22.87 (8 Mar 2022, Reuters).";
    SLOPE_GUARANTEE = -0.5 "$/bbl at fully codified guarantees",
        sign: editors "Clear guarantees lower the supply-fear premium in near-dated barrels.",
        size: dated "Under two-thirds of the energy-relief effect, under a fortieth of the +$22.87 record (8 Mar 2022, Reuters).";
    SLOPE_FIGHTING = 2.0 "$/bbl from a freeze to active escalation",
        sign: editors "Escalation steepens backwardation: supply fear lifts prompt prices most.",
        size: dated "Escalation from the summit’s level of fighting reaches ≈ +$2.4, about a tenth of the +$22.87 record of 8 Mar 2022 (Reuters); a freeze takes ≈ $0.8 off.";

    // Brent.
    BRENT_ENERGY = -4.0 "$/bbl at full effective energy relief",
        sign: editors "lifting the energy sanctions returns Russian barrels to buyers the U.S. now deters; the articles say only that “energy curves flatten”.",
        size: judgement "Westpac (Aug 2025) was reported as seeing Brent below $65 if the war is resolved, with risks below $60; we could not read that report at first hand, so the size is a judgement.";
    BRENT_FIGHTING = 7.0 "$/bbl from a freeze to active escalation",
        sign: editors "escalation is the supply risk. Its converse, a truce without relief, is what Bob McNally (Rapidan Energy, via Ship & Bunker, 8 Aug 2025) called only modestly bearish for crude, “assuming there is no lifting of sanctions”.",
        size: dated "Escalation from the summit’s level of fighting reaches ≈ $69, a twentieth of the way from ≈ $66 to the 2022 peak of $139.13 (7 Mar 2022, Business Insider), because spare capacity and a market in surplus absorb the risk; a freeze takes ≈ $3 off, in keeping with McNally’s view of a truce without relief.";

    // Italy–Germany spread.
    BTP_ENERGY = -5.0 "bp at full effective energy relief",
        sign: editors "Cheaper energy eases the euro area’s terms of trade.",
        size: dated "Under 5% of the 2022 widening from 143 bp (1 Mar 2022, ANSA) to 252.9 bp (14 Jun 2022, Reuters).";
    BTP_DEBT = -4.0 "bp at full effective debt and reserves relief",
        sign: article "“markets will read the sequencing—energy flows, banking access, sovereign debt trading”.",
        size: dated "Small: Russia’s euro and dollar sovereign debt was ≈ $49bn (Bloomberg, Feb 2022, via the Washington Post), too little to move euro-area credit.";
    BTP_GUARANTEE = -14.0 "bp at fully codified guarantees",
        sign: article "“ambiguity is spread-widening by design”: clarity narrows spreads.",
        size: dated "“European risk premia compress only partially”: ≈ −10 to −15 bp, from an assumed ≈ 83 bp at the summit, already far below the 143 bp of 1 Mar 2022 (ANSA).";
    BTP_MINERALS = 6.0 "bp at joint minerals projects",
        sign: article "“tests how much slack Europe will tolerate in its own de-risking narrative”: allied friction.",
        size: dated "Weak: Russia mines ≈ 0.6% of the world’s rare earths (2,500 t of ≈ 390,000 t, USGS 2025).";
    BTP_DISCIPLINE = -6.0 "bp at full U.S.–EU coordination",
        sign: article "“Sanctions are only as strong as the unity behind them.”",
        size: dated "About 5% of the 2022 widening from 143 to 252.9 bp (Mar–Jun 2022); comparable to the minerals friction it offsets.";
    BTP_FIGHTING = 16.0 "bp from a freeze to active escalation",
        sign: article "“nothing in the rate or FX complex improves enough” when talks harden.",
        size: dated "Escalation adds ≈ +7 bp to the summit’s level and a freeze takes ≈ 6 bp off, in keeping with premia that “compress only partially”; the 2022 peak was 252.9 bp (14 Jun 2022, Reuters).";

    // EUR/USD.
    EURUSD_ENERGY = 0.015 "dollars per euro at full effective energy relief",
        sign: editors "The euro area imports fuel, so cheaper energy improves its terms of trade (EUobserver, Jan 2025).",
        size: dated "A small share (9%) of 2022’s fall of ≈ 18 cents, from 1.134 (23 Feb 2022, ECB) to 0.9565 (28 Sep 2022, ECB), much of which was the Fed.";
    EURUSD_DEBT = 0.006 "dollars per euro at full effective debt and reserves relief",
        sign: editors "Restored settlement removes a tail risk for euro-area custodians.",
        size: dated "Three per cent of 2022’s fall of ≈ 18 cents, from 1.134 (23 Feb 2022, ECB) to 0.9565 (28 Sep 2022, ECB).";
    EURUSD_GUARANTEE = 0.012 "dollars per euro at fully codified guarantees",
        sign: editors "Clarity lowers the euro’s war-risk premium.",
        size: dated "Seven per cent of 2022’s fall of ≈ 18 cents (1.134 on 23 Feb to 0.9565 on 28 Sep 2022), comparable to the energy effect.";
    EURUSD_DISCIPLINE = 0.008 "dollars per euro at full U.S.–EU coordination",
        sign: editors "A fractured coalition is a European political risk.",
        size: dated "Five per cent of 2022’s fall of ≈ 18 cents (1.134 on 23 Feb to 0.9565 on 28 Sep 2022).";
    EURUSD_FIGHTING = -0.03 "dollars per euro from a freeze to active escalation",
        sign: editors "Escalation worsens the euro area’s terms of trade.",
        size: dated "Escalation takes ≈ 1.2 cents off; 2022 took ≈ 18 cents (1.134 to 0.9565) with the Fed’s help.";

    // Defence equities.
    DEFENCE_ENERGY = -4.0 "index points at full effective energy relief",
        sign: editors "Relief reads as de-escalation, and defence stocks fall on peace news.",
        size: dated "Peace headlines: −2.6% close to close (19 Aug 2025, Reuters) and −3.4% intraday (17 Oct 2025, Reuters).";
    DEFENCE_GUARANTEE = -5.0 "index points at fully codified guarantees",
        sign: article "“defense-related industrials keep elevated baselines”: guarantees trim, but do not undo, the rally.",
        size: dated "About one and a half peace-news days: −2.6% close to close on 19 Aug 2025 and −3.4% intraday on 17 Oct 2025 (Reuters).";
    DEFENCE_FIGHTING = 9.0 "index points from a freeze to active escalation",
        sign: editors "Escalation raises expected procurement.",
        size: dated "Escalation adds ≈ +4%; the sector rose over 200% from Feb 2022 to Oct 2025 (Reuters).";
    DEFENCE_FLOOR = 90.0 "index level below which the model never goes",
        sign: article "“defense-related industrials keep elevated baselines”.",
        size: dated "NATO allies pledged 5% of GDP by 2035 (The Hague, Jun 2025); at most −10% even at full relief.";

    // USD/RUB.
    RUB_ENERGY = -8.0 "roubles per dollar at full effective energy relief",
        sign: editors "Energy revenue strengthens the rouble.",
        size: dated "About the Gazprombank shock (≈ 100 → 114, Nov 2024) run in reverse, at half size.";
    RUB_BANKING = -8.0 "roubles per dollar at full effective banking relief",
        sign: article "“markets will read the sequencing—energy flows, banking access, sovereign debt trading”.",
        size: dated "About −10%, the Gazprombank shock of Nov 2024 (113.15 on 27 Nov) in reverse.";
    RUB_DEBT = -6.0 "roubles per dollar at full effective debt and reserves relief",
        sign: editors "Released reserves add to the central bank’s firepower.",
        size: dated "Three-quarters of the banking effect; ≈ $300bn of reserves are frozen (AFP, Jun 2022).";
    RUB_GUARANTEE = -2.0 "roubles per dollar at fully codified guarantees",
        sign: editors "A settled security order lowers Russia’s country risk too.",
        size: dated "A quarter of the Gazprombank shock’s ≈ 14 roubles (Nov 2024), run in reverse.";
    RUB_MINERALS = -2.0 "roubles per dollar at joint minerals projects",
        sign: article "“Moscow’s media operation has amplified that theme to signal domestic upside”.",
        size: dated "Small: Russia’s rare-earth output is ≈ 0.6% of the world’s (USGS 2025).";
    RUB_FIGHTING = 22.0 "roubles per dollar from a freeze to active escalation",
        sign: editors "Escalation brings more sanctions and capital flight.",
        size: dated "Escalation reaches ≈ 90; in March 2022 the rouble hit 121.53 in Moscow Exchange trade (Reuters) and an official 120.38 (10 Mar 2022, Bank of Russia) before controls.";

    // Ukraine's bonds.
    UKRAINE_CONCESSION = -8.0 "cents at full relief with vague guarantees and no triggers",
        sign: third_party "Relief without guarantees reads as a concession: after the Trump–Zelenskiy clash the 2036 bond fell 4.5 cents “to be bid at 60.775 cents to the dollar, its lowest in a month” (Reuters, 3 Mar 2025).",
        size: dated "Nearly twice that 4.5-cent fall (3 Mar 2025, Reuters): full relief with no guarantees or triggers is a larger shock than one bad meeting.";
    UKRAINE_SNAPBACK = 3.0 "cents at strict, automatic snap-back",
        sign: editors "Triggers keep pressure on Moscow, which protects Ukraine’s recovery.",
        size: judgement "Judgement: small, because triggers alone carry little weight: the UN snap-back on Iran came into force on 28 Sep 2025 (Iran International) without ending its oil exports.";
    UKRAINE_GUARANTEE = 18.0 "cents at fully codified guarantees",
        sign: article "“non-Article-5 assurances for Kyiv … credit markets will try to price the durability of that architecture”.",
        size: dated "Ukraine’s bonds rose ≈ 40% (Oct 2024–Feb 2025) as markets priced ≈ 70–76% peace odds (Reuters; Goldman Sachs).";
    UKRAINE_MINERALS = -3.0 "cents at joint minerals projects",
        sign: third_party "Joint projects may reach “rare earths in Russian-occupied Ukraine” (The Telegraph, 13 Aug 2025).",
        size: dated "Small: Russia mines ≈ 0.6% of the world’s rare earths (USGS 2025), so the risk is political, not economic.";
    UKRAINE_DISCIPLINE = 5.0 "cents at full U.S.–EU coordination",
        sign: article "“a coalition that has staked credibility on non-recognition of territorial grabs”.",
        size: dated "A quarter of the guarantee effect; the 2036 bond’s 4.5-cent fall after the Trump–Zelenskiy clash (3 Mar 2025, Reuters) tracked doubts about allied support.";
    UKRAINE_FIGHTING = -16.0 "cents from a freeze to active escalation",
        sign: editors "Escalation is what the bonds price most directly.",
        size: dated "The GDP-linked 2036 bond fell ≈ 16 cents, from nearly 70 (Feb 2025) to 54 (31 Mar 2025, FT), on peace hopes fading, not on escalation; escalation is sized at that fall.";

    // Sanctions-coalition cohesion.
    COHESION_BASE = 62.0 "points out of 100 in the Alaska outcome",
        sign: editors "At the summit the coalition held, strained: the EU adopted its 18th package in Jul 2025 while the U.S. talked.",
        size: judgement "Judgement, not a market figure: no series measures cohesion. Set above the middle because the EU adopted its 18th package (18 Jul 2025) without the U.S. joining its $47.60 cap.";
    COHESION_RELIEF = -30.0 "points at full relief with no triggers and no coordination",
        sign: article "The summary table pairs “Trump offers mineral access to Russia” with “Undermines multilateral sanctions”; in the editors’ reading, triggers and coordination halve and more than halve the damage.",
        size: judgement "Judgement (no market series): a third of the scale.";
    COHESION_TRIGGER_SOFTENING = 0.7 "share of the relief penalty removed by strict snap-back",
        sign: article "Relief that can be taken back worries allies less: “a modular unwind with snap-back triggers, not a blanket amnesty”.",
        size: judgement "Judgement (no market series): most, not all, of the penalty, since even conditional relief breaks ranks.";
    COHESION_COORDINATION_SOFTENING = 0.5 "share of the relief penalty removed by full U.S.–EU coordination",
        sign: article "“all of them require allied discipline to avoid the appearance of barter”: relief agreed together does not split the coalition.",
        size: judgement "Judgement (no market series): half, since coordinated relief still rewards Moscow.";
    COHESION_SNAPBACK = 6.0 "points at strict, automatic snap-back",
        sign: editors "Triggers keep allies on board: relief stays conditional.",
        size: judgement "Judgement (no market series): small on its own; its larger role is damping the relief penalty.";
    COHESION_GUARANTEE = 8.0 "points at fully codified guarantees",
        sign: article "Guarantees “implicitly require coordination with Europeans and Kyiv’s red lines”.",
        size: judgement "Judgement (no market series): a quarter of the discipline effect.";
    COHESION_MINERALS = -25.0 "points at joint minerals projects",
        sign: article "The summary table pairs “Unilateral U.S.–Russia peace overture” with “Fractures Western diplomatic unity”; in the editors’ reading the channel moves cohesion more than prices.",
        size: judgement "Judgement (no market series): large on cohesion although the physical scale is tiny, since Bokan’s whole indicated resource is ≈ 12% of one year of China’s 2024 output (USGS).";
    COHESION_DISCIPLINE = 30.0 "points at full U.S.–EU coordination",
        sign: article "“Sanctions are only as strong as the unity behind them.”",
        size: judgement "Judgement (no market series): the largest effect on the readout, by the first article’s own argument.";
    COHESION_FIGHTING = 6.0 "points from a freeze to active escalation",
        sign: editors "Escalation rallies the coalition.",
        size: judgement "Judgement (no market series): a fifth of the discipline effect.";

    // Russia's reintegration.
    REINTEGRATION_BASE = 20.0 "points out of 100 in the Alaska outcome",
        sign: article "“a dialogue that surfaces instruments … without negotiable convergence”.",
        size: judgement "Judgement (no market series): some talk, little access, as after Alaska (15 Aug 2025).";
    REINTEGRATION_RELIEF = 45.0 "points at full relief that sticks",
        sign: article "The summary table pairs “Putin gains economic legitimacy” with “Restores global influence without war’s end”.",
        size: judgement "Judgement (no market series): nearly half the scale, since relief is the main road back.";
    REINTEGRATION_MINERALS = 15.0 "points at joint minerals projects",
        sign: article "Moscow “publicly treats resource deals as prestige wins”.",
        size: judgement "Judgement (no market series): a third of the relief effect.";
    REINTEGRATION_DISCIPLINE = -15.0 "points at full U.S.–EU coordination",
        sign: article "“Allies like Hungary, Turkey, and even India might interpret this as a green light”: a U.S. lead without Europe invites followers.",
        size: judgement "Judgement (no market series): a third of the relief effect.";
    REINTEGRATION_FIGHTING = -15.0 "points from a freeze to active escalation",
        sign: editors "Escalation closes doors.",
        size: judgement "Judgement (no market series): a third of the relief effect.";

    // Early-cycle risk rotation.
    ROTATION_BP_PER_CENT = 5.0 "bp of spread per cent of EUR/USD",
        sign: article "“nothing in the rate or FX complex improves enough to warrant an early-cycle risk rotation”: the test reads both.",
        size: judgement "Judgement: a rough equivalence for the euro area, 1 cent on EUR/USD counted as 5 bp of spread; in 2022 the euro fell ≈ 18 cents while the spread widened ≈ 110 bp (143 to 252.9).";
    ROTATION_THRESHOLD = 25.0 "bp-equivalents of improvement",
        sign: editors "An early-cycle rotation needs a clear, not marginal, improvement.",
        size: judgement "Judgement: about a third of the ≈ 83 bp spread of summer 2025 (84.2 bp in July 2025, economianotizie.com).";

    // Uncertainty bands.
    BAND_VAGUE_GUARANTEES = 1.2 "ambiguity units at vague guarantees",
        sign: article "“ambiguity is spread-widening by design”.",
        size: judgement "Judgement (no market series): the largest source of ambiguity in the article; Zelensky, 17 Aug 2025: “there are no details how it will work”.";
    BAND_WEAK_DISCIPLINE = 0.6 "ambiguity units with the U.S. acting alone",
        sign: article "“the appearance of barter”: uncoordinated relief is harder to read.",
        size: judgement "Judgement (no market series): half the guarantee term.";
    BAND_UNTRIGGERED_RELIEF = 0.8 "ambiguity units at full relief with no triggers",
        sign: editors "A blanket amnesty has no rules to price.",
        size: judgement "Judgement (no market series): two-thirds of the guarantee term.";
    BAND_MINERALS = 0.4 "ambiguity units at joint minerals projects",
        sign: article "Minerals talk “keeps resurfacing in the information space”.",
        size: judgement "Judgement (no market series): a third of the guarantee term.";
    BAND_FIGHTING = 0.5 "ambiguity units at active escalation",
        sign: editors "War news is the noisiest input.",
        size: judgement "Judgement (no market series): under half the guarantee term.";
    BAND_FLOOR_TTF = 2.0 "€/MWh: half the judgement range of European gas in a perfectly clear scenario",
        sign: editors "Even a clear scenario is read with some spread; ambiguity widens it (below).",
        size: judgement "Judgement: ≈ a week’s move in calm 2025 trading.";
    BAND_FLOOR_SLOPE = 0.5 "$/bbl: half the judgement range of the oil curve slope in a perfectly clear scenario",
        sign: editors "Even a clear scenario is read with some spread; ambiguity widens it (below).",
        size: judgement "Judgement: about the one-month spread’s 53¢ around 8 Aug 2025 (Bloomberg, as republished).";
    BAND_FLOOR_BRENT = 1.5 "$/bbl: half the judgement range of Brent in a perfectly clear scenario",
        sign: editors "Even a clear scenario is read with some spread; ambiguity widens it (below).",
        size: judgement "Judgement: a quiet day’s range in Aug 2025.";
    BAND_FLOOR_BTP = 3.0 "bp: half the judgement range of the Italy–Germany spread in a perfectly clear scenario",
        sign: editors "Even a clear scenario is read with some spread; ambiguity widens it (below).",
        size: judgement "Judgement: a quiet week’s drift in summer 2025.";
    BAND_FLOOR_EURUSD = 0.004 "dollars per euro: half the judgement range of EUR/USD in a perfectly clear scenario",
        sign: editors "Even a clear scenario is read with some spread; ambiguity widens it (below).",
        size: judgement "Judgement: ≈ the gap between the summit day (1.1688) and the mean of its fortnight (1.1657), ECB.";
    BAND_FLOOR_DEFENCE = 1.5 "index points: half the judgement range of defence equities in a perfectly clear scenario",
        sign: editors "Even a clear scenario is read with some spread; ambiguity widens it (below).",
        size: judgement "Judgement: about half of one peace-news day (−2.6%, 19 Aug 2025).";
    BAND_FLOOR_RUB = 2.0 "roubles per dollar: half the judgement range of USD/RUB in a perfectly clear scenario",
        sign: editors "Even a clear scenario is read with some spread; ambiguity widens it (below).",
        size: judgement "Judgement: ≈ the OTC and official gap in the summit week (79.85 and 79.55–80.31).";
    BAND_FLOOR_UKRAINE = 1.5 "cents: half the judgement range of Ukraine’s bonds in a perfectly clear scenario",
        sign: editors "Even a clear scenario is read with some spread; ambiguity widens it (below).",
        size: judgement "Judgement: a quiet week’s drift in 2025.";
    BAND_WIDENING = 1.5 "band multiples per ambiguity unit",
        sign: editors "Ambiguity widens every band.",
        size: judgement "Judgement (no market series): a fully ambiguous scenario draws bands ≈ 5× a fully clear one.";
}
