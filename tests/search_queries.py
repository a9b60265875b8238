"""Realistic search queries and the record each must rank in the top three.

Shared by tests/test_search_quality.py (which asserts every one) and
tests/benchmarks/search_quality.py (which prints the pass rate).
"""

from __future__ import annotations

TOP = 3

# (query, kind of query, ids of which at least one must be in the top three)
QUERIES: list[tuple[str, str, set[str]]] = [
    # misspelt names
    ("Tasmagambetof Dostuk award", "misspelt name", {"tasmagambetov-awarded-dostuk-order"}),
    ("Tokaev panic", "misspelt name", {"tokayev-history-persistent-risk-no-panic"}),
    ("Aleinik solidarity unity", "misspelt name", {"aleynik-solidarity-unity-primary-objective"}),
    ("Mirzoian excellent relations", "misspelt name", {"mirzoyan-excellent-relations-tasmagambetov"}),
    ("Pashinian Stoltenberg", "misspelt name", {"pashinyan-stoltenberg-meeting"}),
    ("Kirill Babayev turning point", "misspelt name", {"babaev-quote-2022-turning-point"}),
    ("Khodjand border deal", "misspelt place", {"khujand-border-agreement"}),
    # the other name of an exercise, aliases both ways
    (
        "Enduring Brotherhood Kyrgyzstan",
        "other exercise name",
        {"unbreakable-brotherhood-2023-kyrgyzstan", "enduring-brotherhood-2023-exercise"},
    ),
    ("Unbreakable Brotherhood October 2023", "other exercise name", {"enduring-brotherhood-2023-exercise"}),
    ("Combat Brotherhood September 2023", "other exercise name", {"brothers-in-arms-2023-exercise"}),
    ("Brothers-in-Arms 2023 five maneuvers", "other exercise name", {"combat-brotherhood-2023-five-maneuvers-belarus"}),
    (
        "Izvestiya interview Tasmagambetov",
        "other outlet spelling",
        {"tasmagambetov-izvestia-interview", "izvestia-interview-topics"},
    ),
    ("Shanghai Cooperation Organization terrorism", "full name of abbreviation", {"csto-sco-counterterrorism"}),
    (
        "Commonwealth of Independent States regional security",
        "full name of abbreviation",
        {"cis-engagement-regional-security"},
    ),
    ("Тасмагамбетов Dostuk", "Cyrillic name", {"tasmagambetov-awarded-dostuk-order"}),
    ("Арестова", "Cyrillic name", {"arestova-byline-politics"}),
    # names the sources print only in Latin letters, typed in Russian: transliterated
    (
        "Худжанд пограничное соглашение",
        "Cyrillic place",
        {"khujand-border-agreement", "khujand-border-agreement-stability-step"},
    ),
    ("Известия Тасмагамбетов", "Cyrillic outlet", {"tasmagambetov-izvestia-interview", "izvestia-interview-topics"}),
    ("Минск 2023 Кыргызстан", "Cyrillic places", {"minsk-meeting-kyrgyz-tajik-tensions-2023"}),
    (
        "South Caucasus balance of power",
        "place alias",
        {"south-caucasus-balance-of-power-armenia-withdrawal", "south-caucasus-balance-of-power-quote"},
    ),
    # British spellings
    (
        "defence ministers plan 2026-2030",
        "British spelling",
        {"council-defense-ministers-approves-plan-2026-2030", "plan-military-cooperation-2026-2030-content"},
    ),
    ("manoeuvres in Belarus", "British spelling", {"combat-brotherhood-2023-five-maneuvers-belarus"}),
    (
        "Targeted Inter-Governmental Programme Afghanistan frontier",
        "British spelling",
        {"tajikistan-afghanistan-frontier-program"},
    ),
    (
        "organisation open to new members",
        "British spelling",
        {"csto-open-to-new-members", "csto-open-to-new-members-quote"},
    ),
    ("neutralise hybrid threats", "British spelling", {"csto-hybrid-threats-efforts", "hybrid-threats-efforts-quote"}),
    # dates written any common way
    ("31 March 2025", "date", {"khujand-border-agreement"}),
    ("2025-05-28", "date", {"council-defense-ministers-approves-plan-2026-2030"}),
    ("March 6, 2023 Minsk", "date", {"minsk-meeting-kyrgyz-tajik-tensions-2023"}),
    ("September 2025 roadmap", "date", {"roadmap-csto-cis-sco-signed-beijing"}),
    ("18 November resolution", "year-less date", {"un-general-assembly-resolution-csto-cooperation"}),
    ("June 2024 Almaty meeting", "date", {"committee-secretaries-security-councils-almaty-2024"}),
    (
        "January 2022 Kazakhstan",
        "date",
        {"kazakhstan-scenario-january-2022", "csto-priority-preventing-crises-kazakhstan-scenario"},
    ),
    (
        "20 April anniversary",
        "year-less date",
        {"collective-security-treaty-30th-anniversary", "csto-sustainability-anniversary-quote"},
    ),
    (
        "2026-2030",
        "year range",
        {"council-defense-ministers-approves-plan-2026-2030", "plan-military-cooperation-2026-2030-content"},
    ),
    # a person's name alone
    ("Aleynik", "name alone", {"aleynik-solidarity-unity-primary-objective", "aleynik-cohesion-importance"}),
    ("Stoltenberg", "name alone", {"pashinyan-stoltenberg-meeting"}),
    ("Mirzoyan", "name alone", {"mirzoyan-excellent-relations-tasmagambetov"}),
    (
        "Babaev",
        "name alone",
        {
            "babaev-quote-2022-turning-point",
            "babaev-quote-key-security-structure-eurasia",
            "babaev-csto-reaffirmed-significance",
            "babaev-credentials",
            "babaev-article-published-allies-csto",
        },
    ),
    # words remembered from a quote
    (
        "soft alliance rigid bloc discipline",
        "quote words",
        {"soft-alliance-strong-point-quote", "soft-alliance-strong-point"},
    ),
    ("sovereignty is gaining additional value", "quote words", {"sovereignty-key-criterion-quote"}),
    (
        "preparedness to respond to threats as high",
        "quote words",
        {"threat-preparedness-high-quote", "csto-threat-preparedness-high"},
    ),
    ("which I hope is no more than hypothetical", "quote words", {"armenia-csto-confrontation-hypothetical-quote"}),
    ("temporary cooling in bilateral relations", "quote words", {"bilateral-cooling-incidents-quote"}),
    ("key security structure in the Eurasian space", "quote words", {"babaev-quote-key-security-structure-eurasia"}),
    # paraphrases and half-remembered phrases
    ("who signed the border treaty in Khujand", "paraphrase", {"khujand-border-agreement"}),
    ("CSTO is not a counterweight to NATO", "paraphrase", {"csto-not-counterweight-to-nato"}),
    ("Tokayev says CSTO should not tremble before adversaries", "paraphrase", {"tokayev-rhetoric-csto-trembles"}),
    (
        "UN General Assembly resolution on cooperation",
        "paraphrase",
        {"un-general-assembly-resolution-csto-cooperation"},
    ),
    ("Afghanistan main source of instability", "paraphrase", {"afghanistan-main-source-instability"}),
    ("mercenaries threat", "paraphrase", {"csto-threat-mercenarism"}),
    (
        "biological safety pandemic",
        "paraphrase",
        {"csto-key-area-6-biological-safety", "pandemic-transnational-threat"},
    ),
    ("fifteen documents signed at the summit", "number word", {"csto-summit-15-documents-signed"}),
    ("coordinating state UN Secretariat peacekeeping", "paraphrase", {"csto-coordinating-state-un-secretariat"}),
    (
        "Armenia suspended participation obligations",
        "paraphrase",
        {
            "csto-keeps-obligations-to-armenia",
            "armenia-suspended-participation-status-unchanged",
            "csto-commitments-armenia-quote",
        },
    ),
    ("three spheres of activity", "paraphrase", {"csto-three-spheres-of-activity"}),
    ("six member states leaders strategy", "paraphrase", {"csto-six-leaders-define-strategy"}),
    ("illegal content on the internet", "paraphrase", {"csto-threat-illegal-internet-content"}),
    # spelling of compounds, numeric dates, text pasted from a web page
    ("peace-keeping format", "hyphenated compound", {"tasmagambetov-peacekeeping-format-un-ties"}),
    ("counterterrorism UN", "compound as one word", {"security-council-meeting-un-cooperation-2024-07-19"}),
    ("Kassym-Jomart panic", "hyphenated name", {"tokayev-history-persistent-risk-no-panic"}),
    ("31.03.2025", "numeric date", {"khujand-border-agreement"}),
    ("2025/05/28 plan", "numeric date", {"council-defense-ministers-approves-plan-2026-2030"}),
    ("Khu\u200bjand agreement", "zero-width space", {"khujand-border-agreement"}),
]
