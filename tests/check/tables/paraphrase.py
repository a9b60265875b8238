"""Claims written from the sources alone, in the words drafts use, to tune the checker on (not a blind benchmark)."""

from __future__ import annotations

S, R, N = "supported", "refuted", "not-enough-info"

PARAPHRASE: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ supported
    (
        "Kirill Babaev, who runs the Russian Academy of Sciences' Institute of China and Modern Asia, has reviewed how the CSTO performed in 2023-2025.",
        S,
        "person",
    ),  # allies-csto-2023-2025: "an article by Kirill Babaev, the director of the Institute of China and Modern Asia ... analyzing the results of the CSTO's work for 2023-2025"
    (
        "Babaev's review of the bloc's record was published on the 'Allies. CSTO' portal.",
        S,
        "outlet",
    ),  # allies-csto-2023-2025: "On the portal "Allies. CSTO," an article by Kirill Babaev ... has been published"
    (
        "The author of the review is a professor who holds a doctorate in philology.",
        S,
        "title",
    ),  # allies-csto-2023-2025: "Doctor of Philological Sciences, and professor"
    (
        "In Babaev's view, 2022 was a turning point for a number of international political processes.",
        S,
        "date",
    ),  # allies-csto-2023-2025: "2022 became a turning point for a number of international political processes"
    (
        "The mounting pressure on Moscow and its closest allies, the review says, showed itself in a change in Armenia's position.",
        S,
        "other",
    ),  # allies-csto-2023-2025: "increased pressure on Moscow and its closest allies, including the CSTO, which manifested in a change of position by Armenia"
    (
        "One priority for the Secretariat's new leadership was to stop crises in member states unfolding along the lines of Kazakhstan's January 2022 events.",
        S,
        "list",
    ),  # allies-csto-2023-2025: "preventing crises in member states based on the Kazakhstan scenario of January 2022"
    (
        "In early March 2023, a meeting in the Belarusian capital looked at proposals for easing tensions between Kyrgyz and Tajik people.",
        S,
        "date",
    ),  # allies-csto-2023-2025: "On March 6, 2023, a meeting was held in Minsk to discuss proposals for reducing tensions"
    (
        "Kyrgyzstan's and Tajikistan's leaders endorsed the CSTO's initiatives and accepted its role as a mediator.",
        S,
        "stance",
    ),  # allies-csto-2023-2025: "the leaders of these countries approved the CSTO's initiatives and agreed to its mediating role"
    (
        "Fifteen documents were signed as a result of the CSTO summit, among them a provision on the joint press centre.",
        S,
        "number",
    ),  # allies-csto-2023-2025: "15 documents were signed ... as well as a provision on the joint press center of the CSTO"
    (
        "Five manoeuvres were conducted in Belarus in 2023 as part of Combat Brotherhood – 2023.",
        S,
        "number",
    ),  # allies-csto-2023-2025: "In 2023, five maneuvers were conducted in Belarus as part of the "Combat Brotherhood – 2023" exercise"
    (
        "Barrier-2023 and Search-2023 were among the special exercises held under the Combat Brotherhood – 2023 umbrella.",
        S,
        "exercise",
    ),  # allies-csto-2023-2025: "special exercises "Search-2023," "Echelon-2023," "Barrier-2023," and "Rock-2023""
    (
        "Unbreakable Brotherhood – 2023, a joint drill of the CSTO peacekeeping forces, was held in Kyrgyzstan.",
        S,
        "place",
    ),  # allies-csto-2023-2025: "A joint exercise with CSTO peacekeeping forces, "Unbreakable Brotherhood – 2023," also took place in Kyrgyzstan"
    (
        "The UN General Assembly adopted a resolution on cooperation with the CSTO on 18.11.2024.",
        S,
        "date",
    ),  # allies-csto-2023-2025: "In 2024 ... On November 18, the UN General Assembly adopted a resolution on cooperation with the CSTO"
    (
        "A roadmap for developing cooperation among the CSTO, the CIS and the SCO was signed in the Chinese capital in September 2025.",
        S,
        "place",
    ),  # allies-csto-2023-2025: "the signing on September 3, 2025, in Beijing of a Roadmap for the development of this cooperation"
    (
        "At the end of March 2025, Tajikistan, Kyrgyzstan and Uzbekistan signed a border agreement in Khujand.",
        S,
        "date",
    ),  # allies-csto-2023-2025: "the signing on March 31, 2025, in Khujand of a border agreement between Tajikistan, Kyrgyzstan, and Uzbekistan"
    (
        "For his part in settling conflicts peacefully, the CSTO's secretary general was decorated with the Dostuk order.",
        S,
        "other",
    ),  # allies-csto-2023-2025: "The CSTO Secretary General was awarded the "Dostuk" order for his contribution to the peaceful resolution of conflicts"
    (
        "A plan for developing military cooperation over 2026-2030 was approved when the Council of Defence Ministers met in late May 2025.",
        S,
        "document",
    ),  # allies-csto-2023-2025: "At the meeting of the Council of Defense Ministers on May 28, 2025, a Plan for the development of military cooperation for 2026-2030 was approved"
    (
        "Babaev credits Tasmagambetov's appointment as secretary general with giving the organisation's work fresh impetus.",
        S,
        "stance",
    ),  # allies-csto-2023-2025: "the appointment of I.N. Tasmagambetov as the Secretary General of the CSTO provided a new impetus for the Organization's work"
    (
        "Cooperation with the UN on peacekeeping and counter-terrorism was on the agenda of a Security Council meeting in mid-2024.",
        S,
        "date",
    ),  # allies-csto-2023-2025: "Cooperation with the UN on peacekeeping and counter-terrorism was discussed at a Security Council meeting on July 19, 2024"
    (
        "Babaev concludes that the CSTO remains a key security structure in the Eurasian space.",
        S,
        "stance",
    ),  # allies-csto-2023-2025: "indicates its significance as a key security structure in the Eurasian space," concludes the author
    (
        "Speaking to BelTA, the CSTO secretary general said the organisation does not aim to be a counterweight to NATO or to any other power.",
        S,
        "outlet",
    ),  # belta-tasmagambetov-positions: "the organization does not seek to serve as a counterweight to NATO or to any other power"
    (
        "CSTO members are not signalling any intention to beef up their military posture in response to NATO activity, according to Imangali Tasmagambetov.",
        S,
        "negation",
    ),  # belta-tasmagambetov-positions: "The CSTO's members are not signaling an intent to fortify their military posture in response to NATO activities"
    (
        "The bloc's secretary general told the Belarusian agency that the organisation concentrates on the evolving security dynamics of the Eastern European arena.",
        S,
        "place",
    ),  # belta-tasmagambetov-positions: "the CSTO concentrates on the evolving security dynamics within the Eastern European arena"
    (
        "Tasmagambetov said both the CSTO and its members are inclined to move away from a bloc mentality, which can restrict national sovereignty.",
        S,
        "stance",
    ),  # belta-tasmagambetov-positions: "both the organization and its member states are inclined to move away from the bloc mentality, which can restrict national sovereignty"
    (
        "NATO's actions are nonetheless monitored and analysed in depth by the CSTO.",
        S,
        "other",
    ),  # belta-tasmagambetov-positions: "NATO's actions are nonetheless subject to monitoring and in-depth analysis"
    (
        "The CSTO puts cooperation, dialogue and risk assessment ahead of a confrontational security posture.",
        S,
        "preference",
    ),  # belta-tasmagambetov-positions: "prioritizing cooperation, dialogue, and risk assessment over a confrontational security posture"
    (
        "Tasmagambetov reiterated that the CSTO's strategic objective is to guarantee collective security by pooling resources and abiding by the generally accepted norms of international law.",
        S,
        "other",
    ),  # belta-tasmagambetov-positions: "the strategic objective of the CSTO is to ensure collective security by pooling resources, aligning strategic partnerships, and adhering to ... international law"
    (
        "Russia and Belarus are working to streamline their approaches and synchronise action plans within the alliance.",
        S,
        "other",
    ),  # belta-tasmagambetov-positions: "engagement between Russia and Belarus aiming to streamline approaches and synchronize action plans within the alliance"
    (
        "There have been publicly reported discussions about what role Armenia might play within the CSTO framework.",
        S,
        "other",
    ),  # belta-tasmagambetov-positions: "publicly reported discussions about Armenia's potential role within the CSTO framework"
    (
        "Over thirty years of existence, the CSTO has shown itself to be an influential and capable organisation.",
        S,
        "number",
    ),  # csto-influential-effective: "during thirty years of existence, the CSTO has proven demonstratively that it is an influential and capable organization"
    (
        "The CSTO's work rests on three complementary spheres: coordinating foreign policy, military cooperation, and jointly countering transnational challenges and threats.",
        S,
        "list",
    ),  # csto-influential-effective: "three complementary spheres ...: foreign policy coordination, military cooperation, joint counteraction to the transnational challenges and threats"
    (
        "The strategy, key areas and pace of the effort to improve collective security were set by the leaders of the six member states.",
        S,
        "number",
    ),  # csto-influential-effective: "The leaders of the six member states have defined the strategy, the key areas and the pace"
    (
        "Expanding the CSTO's information and analytical capabilities was a priority put forward by the Belarusian leadership.",
        S,
        "person",
    ),  # csto-influential-effective: "the priority to expand the CSTO capabilities in the information and analytical sphere proposed by the leadership of the Republic of Belarus"
    (
        "The organisation has enlisted think tanks and experts from member states to work out a new analytical methodology.",
        S,
        "other",
    ),  # csto-influential-effective: "Engaging the think tanks ... the Organization has raised the issue of developing the new analytical methodology"
    (
        "Work is under way to cut decision-making and verification times drastically and to improve communications in emergencies.",
        S,
        "other",
    ),  # csto-influential-effective: "efforts on-going to drastically decrease the time of decision-making and verification, to improve the communications in emergency situations"
    (
        "The strategic exercise Brothers-in-Arms – 2022 took place in Kazakhstan in the autumn of 2022.",
        S,
        "exercise",
    ),  # csto-influential-effective: "strategic exercise Brothers-in-Arms – 2022 (September-October 2022, Kazakhstan)"
    (
        "Belarus played host to Brothers-in-Arms – 2023 in September 2023.",
        S,
        "place",
    ),  # csto-influential-effective: "Brothers-in-Arms – 2023 (September 2023, Belarus)"
    (
        "The CSTO peacekeepers' Enduring Brotherhood exercise was held in Kyrgyzstan in October 2023.",
        S,
        "date",
    ),  # csto-influential-effective: "exercise of the CSTO Peacekeeping Forces Enduring Brotherhood (October 2023, Kyrgyzstan)"
    (
        "Troops are to be equipped with modern weapons and military and special vehicles in line with decisions of the Collective Security Council.",
        S,
        "organisation",
    ),  # csto-influential-effective: "Equipping the troops with modern armaments ... in accordance with the decisions of the Collective Security Council of the Organization"
    (
        "Several of the CSTO's basic documents are being updated to bring them into line with the new environment.",
        S,
        "document",
    ),  # csto-influential-effective: "The work is underway to update a number of the basic documents and to bring them in line with the new environment"
    (
        "Developing the legal framework and harmonising national laws cannot be done without active interparliamentary cooperation, the article argues.",
        S,
        "other",
    ),  # csto-influential-effective: "cannot be performed without dynamic interparliamentary cooperation"
    (
        "Afghanistan remains the main source of regional instability and potential risks, according to the article.",
        S,
        "place",
    ),  # csto-influential-effective: "Afghanistan remains the main source of regional instability and potential risks"
    (
        "Finalising the draft Targeted Inter-Governmental CSTO Programme to strengthen the Tajik-Afghan border has become all the more pressing.",
        S,
        "document",
    ),  # csto-influential-effective: "the task of finalizing the draft Targeted Inter-Governmental CSTO Program for strengthening the Tajikistan-Afghanistan frontier even more relevant"
    (
        "Improving biological safety has gained relevance with the emergence of new threats such as the pandemic.",
        S,
        "list",
    ),  # csto-influential-effective: "The sixth one ... including the pandemic, the efforts to improve biological safety ... get additional relevancy"
    (
        "The first-person CSTO article sets out seven key areas for updating the organisation's work.",
        S,
        "number",
    ),  # csto-influential-effective: "The first one." ... "The seventh one."
    (
        "The United Nations plays the key role in the CSTO's outside cooperation, above all on peacekeeping and counter-terrorism.",
        S,
        "organisation",
    ),  # csto-influential-effective: "The United Nations Organization plays the key role in such cooperation, especially along the peace-keeping and anti-terrorist tracks"
    (
        "Introducing a 'coordinating state' that deals with the UN Secretariat on peacekeeping on behalf of all members is described as an important step.",
        S,
        "other",
    ),  # csto-influential-effective: "introducing the «coordinating state» authorized to perform on behalf of all the CSTO member states in the contacts with the UN Secretariat ... has become an important component"
    (
        "The CSTO and the Shanghai Cooperation Organisation take similar approaches to many international problems.",
        S,
        "stance",
    ),  # csto-influential-effective: "the similar approaches of the CSTO and the SCO to many relevant international problems"
    (
        "Involving the Commonwealth of Independent States will definitely become a significant factor in regional security, the article says.",
        S,
        "hedge",
    ),  # csto-influential-effective: "Engaging the Commonwealth of the Independent States in such efforts will definitely become a significant factor"
    (
        "Countries cannot cope with the new regional security threats by themselves, the article argues.",
        S,
        "negation",
    ),  # csto-influential-effective: "countries cannot cope with the new challenges and threats to the regional security just by themselves"
    (
        "The organisation seeks comprehensive, long-term settlement of crises through political and diplomatic methods.",
        S,
        "other",
    ),  # csto-influential-effective: "searching for comprehensive long-term settlement of crisis situations using political and diplomatic methods"
    (
        "Because the leading powers lack dialogue across the whole range of security threats, the risk of global crises with unforeseeable consequences is growing.",
        S,
        "other",
    ),  # csto-influential-effective: "Due to the lack of dialogue between the leading global powers ... the risk of global crisis situations ... is growing inevitably"
    (
        "In an exclusive comment to Cronos.Asia, Tasmagambetov talked about how the negotiations were progressing.",
        S,
        "outlet",
    ),  # izvestia-tasmagambetov-interview: "In an exclusive commentary to Cronos.Asia, the CSTO Secretary General Imangali Tasmagambetov spoke about the progress of the negotiations"
    (
        "The CSTO Committee of Secretaries of Security Councils met in Almaty on 6 June 2024.",
        S,
        "date",
    ),  # izvestia-tasmagambetov-interview: "On June 6, 2024, in Almaty, a meeting of the CSTO Committee of Secretaries of Security Council was held"
    (
        "Kazakhstan chaired the June 2024 meeting of security council secretaries in Almaty.",
        S,
        "other",
    ),  # izvestia-tasmagambetov-interview: "was held under the chairmanship of the Republic of Kazakhstan"
    (
        "At the Almaty meeting, the secretary general delivered a report on the situation in the CSTO's area of responsibility.",
        S,
        "other",
    ),  # izvestia-tasmagambetov-interview: "Imangali Tasmagambetov made a report on the situation in the CSTO area of responsibility"
    (
        "According to Sputnik Armenia, Armenia's foreign minister Ararat Mirzoyan described his relations with Tasmagambetov as excellent.",
        S,
        "outlet",
    ),  # izvestia-tasmagambetov-interview: "Sputnik Armenia reports that the Armenian Foreign Minister Ararat Mirzoyan said that he had excellent relations with ... Tasmagambetov"
    (
        "Tasmagambetov told Izvestia that the organisation had fully honoured its obligations to Yerevan even though Armenia suspended its participation in CSTO events.",
        S,
        "outlet",
    ),  # izvestia-tasmagambetov-interview: "said in an interview with "Izvestia" ... despite Armenia's decision to suspend its participation ... the organization fully maintained its obligations to Yerevan"
    (
        "If Armenia's leadership chose to leave, that would be the country's sovereign right, the secretary general said.",
        S,
        "stance",
    ),  # izvestia-tasmagambetov-interview: "If the Armenian leadership decided to leave the organization, it would be Armenia's sovereign right"
    (
        "De jure, Armenia's status within the CSTO has not changed.",
        S,
        "negation",
    ),  # izvestia-tasmagambetov-interview: "Armenia has actually suspended its participation in the CSTO, but de jure its status has not changed"
    (
        "Although Armenia has scaled back its participation, the organisation's main mechanisms of interaction are still working.",
        S,
        "other",
    ),  # izvestia-tasmagambetov-interview: "Armenia has indeed limited its participation ... but the main mechanisms of interaction are functioning"
    (
        "Meeting NATO's Jens Stoltenberg, Armenian Prime Minister Nikol Pashinyan openly declared Yerevan's wish for close cooperation with the alliance.",
        S,
        "person",
    ),  # izvestia-tasmagambetov-interview: "Nikol Pashinyan at a meeting with NATO Secretary General Jens Stoltenberg actually openly declared Yerevan's desire for close cooperation"
    (
        "The thirtieth anniversary of the Collective Security Treaty's entry into force was celebrated on 20 April.",
        S,
        "date",
    ),  # izvestia-tasmagambetov-interview: "on 20 April we celebrated the 30th anniversary of the entry into force of the Collective Security Treaty"
    (
        "Analysts at the Secretariat say the balance of power in the South Caucasus may shift if Armenia pulls out of the CSTO.",
        S,
        "hedge",
    ),  # izvestia-tasmagambetov-interview: "the balance of power in the South Caucasus may change in the event of Armenia's withdrawal from the CSTO"
    (
        "Tasmagambetov said he hopes a confrontation between Armenia and the CSTO is no more than hypothetical.",
        S,
        "stance",
    ),  # izvestia-tasmagambetov-interview: "a confrontation between Armenia and the CSTO, which I hope is no more than hypothetical"
    (
        "NATO is stepping up contacts with all three Transcaucasian countries: Armenia, Georgia and Azerbaijan.",
        S,
        "list",
    ),  # izvestia-tasmagambetov-interview: "NATO is generally increasing contacts with all countries in the Transcaucasus region - Armenia, Georgia and Azerbaijan"
    (
        "In Tasmagambetov's opinion, sovereignty is becoming one of the key criteria of an effective alliance.",
        S,
        "stance",
    ),  # izvestia-tasmagambetov-interview: "sovereignty ... in my opinion, is becoming one of the key criteria for effective alliances"
    (
        "The absence of rigid bloc discipline is a strength of the CSTO, its secretary general said.",
        S,
        "stance",
    ),  # izvestia-tasmagambetov-interview: "the absence of so-called rigid bloc discipline — is a strong point of our organization"
    (
        "Mercenarism, religious extremism and illegal migration are among the threats the CSTO regards as current.",
        S,
        "list",
    ),  # izvestia-tasmagambetov-interview: "We consider terrorism, religious extremism, ... illegal migration, mercenarism, cybercrime ... to be among the current threats"
    (
        "Overall, Tasmagambetov rated the organisation's readiness to respond to threats as high.",
        S,
        "qualifier",
    ),  # izvestia-tasmagambetov-interview: "In general, I can assess the level of preparedness to respond to threats as high"
    (
        "He said the organisation still needs to make extra efforts to develop measures against hybrid threats.",
        S,
        "other",
    ),  # izvestia-tasmagambetov-interview: "additional efforts on the part of the organization are required to develop measures to neutralize hybrid threats"
    (
        "Contradictions between member states are normal, the bloc's secretary general said.",
        S,
        "stance",
    ),  # izvestia-tasmagambetov-interview: "There can be contradictions, and this is normal"
    (
        "The CSTO is open to cooperation with countries that share its principles and goals and wish to join.",
        S,
        "other",
    ),  # izvestia-tasmagambetov-interview: "open to cooperation with those countries that share our principles and goals and wish to join it"
    (
        "The Kazakh leader urged CSTO members to stop framing their security in terms of ever-mounting threats.",
        S,
        "speaker",
    ),  # tass-tokayev-calm: "Kazakh President Kassym-Jomart Tokayev urged members of the ... CSTO to avoid a habit of repeatedly framing their safety in terms of mounting threats"
    (
        "Tokayev argued that even if danger to member states persists, there is no justification for portraying the threat as constantly escalating, TASS reported.",
        S,
        "outlet",
    ),  # tass-tokayev-calm: "Even if danger to CSTO member states persists, he argued, there is no justification for portraying the threat as continually escalating"; "The remarks were reported by TASS"
    (
        "Such rhetoric, Tokayev warned, could give the impression that the CSTO trembles before its adversaries.",
        S,
        "hedge",
    ),  # tass-tokayev-calm: "such rhetoric can create the impression that the CSTO trembles before adversaries"
    (
        "Tokayev said the CSTO has proven effective as a military-political alliance but that new tasks lie ahead of it.",
        S,
        "stance",
    ),  # tass-tokayev-calm: "the CSTO has demonstrated effectiveness as a capable military-political alliance, yet new tasks await the organization"
    (
        "Belarus's top diplomat, Sergei Aleynik, said that preserving solidarity and unity among members is the CSTO's main aim today.",
        S,
        "speaker",
    ),  # tass-tokayev-calm: "Sergei Aleynik, head of the Belarusian Ministry of Foreign Affairs, stated that maintaining solidarity and unity among CSTO members is the organization's primary objective today"
    (
        "Minsk has said that the alliance's military capabilities have been reinforced.",
        S,
        "other",
    ),  # tass-tokayev-calm: "The Belarusian leadership has also noted that the alliance's military capabilities have been reinforced"
    (
        "Tokayev favours clear, principled dialogue over sensationalist declarations.",
        S,
        "preference",
    ),  # tass-tokayev-calm: "pursue common security goals through clear, principled dialogue rather than sensationalist declarations"
    # ------------------------------------------------------------------ refuted
    (
        "The Minsk meeting on easing Kyrgyz-Tajik tensions was held on 6 March 2024.",
        R,
        "date",
    ),  # allies-csto-2023-2025: "On March 6, 2023, a meeting was held in Minsk"
    (
        "On 6 March 2023 officials met in Bishkek to discuss ways of reducing tensions between Kyrgyz and Tajiks.",
        R,
        "place",
    ),  # allies-csto-2023-2025: "On March 6, 2023, a meeting was held in Minsk"
    (
        "Twelve documents were signed at the CSTO summit.",
        R,
        "number",
    ),  # allies-csto-2023-2025: "15 documents were signed"
    (
        "Four manoeuvres were conducted in Belarus in 2023 under Combat Brotherhood – 2023.",
        R,
        "number",
    ),  # allies-csto-2023-2025: "five maneuvers were conducted in Belarus"
    (
        "The peacekeeping exercise Unbreakable Brotherhood – 2023 was hosted by Tajikistan.",
        R,
        "place",
    ),  # allies-csto-2023-2025: ""Unbreakable Brotherhood – 2023," also took place in Kyrgyzstan"
    (
        "The roadmap for CSTO-CIS-SCO cooperation was signed in Moscow.",
        R,
        "place",
    ),  # allies-csto-2023-2025: "signing on September 3, 2025, in Beijing of a Roadmap"
    (
        "The CSTO, the CIS and the SCO signed their cooperation roadmap on 3 September 2024.",
        R,
        "date",
    ),  # allies-csto-2023-2025: "signing on September 3, 2025, in Beijing of a Roadmap"
    (
        "The roadmap signed in Beijing covers cooperation between the CSTO, the CIS and the Eurasian Economic Union.",
        R,
        "document",
    ),  # allies-csto-2023-2025: "cooperation between the CSTO, CIS, and SCO was also confirmed by the signing ... of a Roadmap"
    (
        "In March 2025 Tajikistan, Kyrgyzstan and Kazakhstan put their names to a border agreement in Khujand.",
        R,
        "list",
    ),  # allies-csto-2023-2025: "a border agreement between Tajikistan, Kyrgyzstan, and Uzbekistan"
    (
        "The trilateral border agreement of 31 March 2025 was signed in Dushanbe.",
        R,
        "place",
    ),  # allies-csto-2023-2025: "signing on March 31, 2025, in Khujand of a border agreement"
    (
        "The Khujand border agreement was signed in March 2024.",
        R,
        "date",
    ),  # allies-csto-2023-2025: "signing on March 31, 2025, in Khujand"
    (
        "The Council of Defence Ministers approved a plan for military cooperation covering 2025-2030.",
        R,
        "number",
    ),  # allies-csto-2023-2025: "a Plan for the development of military cooperation for 2026-2030 was approved"
    (
        "Defence ministers approved the military cooperation plan when they met in November 2025.",
        R,
        "date",
    ),  # allies-csto-2023-2025: "At the meeting of the Council of Defense Ministers on May 28, 2025, a Plan ... was approved"
    (
        "The UN General Assembly resolution on cooperation with the CSTO was adopted on 18 October 2024.",
        R,
        "date",
    ),  # allies-csto-2023-2025: "On November 18, the UN General Assembly adopted a resolution on cooperation with the CSTO"
    (
        "Kirill Babaev, a Doctor of Historical Sciences, analysed the CSTO's work in 2023-2025.",
        R,
        "title",
    ),  # allies-csto-2023-2025: "Kirill Babaev ... Doctor of Philological Sciences"
    (
        "The review was written by Kirill Babaev, director of the RAS Institute of Oriental Studies.",
        R,
        "title",
    ),  # allies-csto-2023-2025: "the director of the Institute of China and Modern Asia of the Russian Academy of Sciences"
    (
        "The analysis of the CSTO's 2023-2025 record on the 'Allies. CSTO' portal was written by Imangali Tasmagambetov himself.",
        R,
        "person",
    ),  # allies-csto-2023-2025: "an article by Kirill Babaev ... analyzing the results of the CSTO's work for 2023-2025"
    (
        "The leaders of Kyrgyzstan and Tajikistan turned down the CSTO's offer to mediate.",
        R,
        "negation",
    ),  # allies-csto-2023-2025: "the leaders of these countries approved the CSTO's initiatives and agreed to its mediating role"
    (
        "Babaev writes that the CSTO has lost its importance as a regional security structure.",
        R,
        "antonym",
    ),  # allies-csto-2023-2025: "the CSTO has reaffirmed its significance as an important regional security structure"
    (
        "The Dostuk order went to Kyrgyzstan's president for his contribution to resolving conflicts peacefully.",
        R,
        "person",
    ),  # allies-csto-2023-2025: "The CSTO Secretary General was awarded the "Dostuk" order"
    (
        "Speaking to TASS, Tasmagambetov said the CSTO does not seek to be a counterweight to NATO.",
        R,
        "outlet",
    ),  # belta-tasmagambetov-positions: "in a recent interview with a Belarusian news agency, BelTA"
    (
        "In his BelTA interview, Tasmagambetov said the CSTO aims to act as a counterweight to NATO.",
        R,
        "negation",
    ),  # belta-tasmagambetov-positions: "the organization does not seek to serve as a counterweight to NATO or to any other power"
    (
        "CSTO members are signalling an intention to reinforce their military posture in response to NATO.",
        R,
        "negation",
    ),  # belta-tasmagambetov-positions: "The CSTO's members are not signaling an intent to fortify their military posture in response to NATO activities"
    (
        "The secretary general told BelTA that the CSTO concentrates on security dynamics in the Asia-Pacific rather than in Eastern Europe.",
        R,
        "place",
    ),  # belta-tasmagambetov-positions: "the CSTO concentrates on the evolving security dynamics within the Eastern European arena"
    (
        "According to the BelTA interview, the CSTO neither monitors nor analyses NATO's actions.",
        R,
        "negation",
    ),  # belta-tasmagambetov-positions: "NATO's actions are nonetheless subject to monitoring and in-depth analysis"
    (
        "Tasmagambetov said the CSTO and its members are inclined to reinforce the bloc mentality.",
        R,
        "antonym",
    ),  # belta-tasmagambetov-positions: "inclined to move away from the bloc mentality"
    (
        "The CSTO gives a confrontational security posture priority over cooperation and dialogue.",
        R,
        "preference",
    ),  # belta-tasmagambetov-positions: "prioritizing cooperation, dialogue, and risk assessment over a confrontational security posture"
    (
        "Tasmagambetov laid out this position in an interview with a Kazakh news agency.",
        R,
        "outlet",
    ),  # belta-tasmagambetov-positions: "in a recent interview with a Belarusian news agency, BelTA"
    (
        "The coordination between Russia and Belarus is meant to make the alliance's responses to shared challenges less predictable.",
        R,
        "antonym",
    ),  # belta-tasmagambetov-positions: "ensuring that responses to shared challenges are more predictable and effective"
    (
        "The CSTO's activity is built on four complementary spheres.",
        R,
        "number",
    ),  # csto-influential-effective: "Its activity is based in three complementary spheres"
    (
        "The strategy for improving collective security was defined by the leaders of the seven member states.",
        R,
        "number",
    ),  # csto-influential-effective: "The leaders of the six member states have defined the strategy"
    (
        "The priority of expanding the CSTO's analytical capabilities was proposed by Kazakhstan's leadership.",
        R,
        "person",
    ),  # csto-influential-effective: "proposed by the leadership of the Republic of Belarus"
    (
        "Brothers-in-Arms – 2022 was staged in Belarus.",
        R,
        "place",
    ),  # csto-influential-effective: "Brothers-in-Arms – 2022 (September-October 2022, Kazakhstan)"
    (
        "Brothers-in-Arms – 2023 was held in October 2023.",
        R,
        "date",
    ),  # csto-influential-effective: "Brothers-in-Arms – 2023 (September 2023, Belarus)"
    (
        "The Enduring Brotherhood peacekeeping exercise took place in Kazakhstan.",
        R,
        "place",
    ),  # csto-influential-effective: "Enduring Brotherhood (October 2023, Kyrgyzstan)"
    (
        "The CSTO peacekeeping exercise held in Kyrgyzstan in October 2023 was Brothers-in-Arms – 2023.",
        R,
        "exercise",
    ),  # csto-influential-effective: "exercise of the CSTO Peacekeeping Forces Enduring Brotherhood (October 2023, Kyrgyzstan)"
    (
        "The article names Pakistan as the main source of regional instability.",
        R,
        "place",
    ),  # csto-influential-effective: "Afghanistan remains the main source of regional instability and potential risks"
    (
        "The targeted inter-governmental programme is designed to strengthen the Turkmen-Afghan frontier.",
        R,
        "place",
    ),  # csto-influential-effective: "Program for strengthening the Tajikistan-Afghanistan frontier"
    (
        "The inter-governmental programme for the Tajik-Afghan border has already been finalised and adopted.",
        R,
        "qualifier",
    ),  # csto-influential-effective: "the task of finalizing the draft Targeted Inter-Governmental CSTO Program"
    (
        "The article describes the CSTO's crisis-response system as inefficient.",
        R,
        "antonym",
    ),  # csto-influential-effective: "the Organization has an efficient system of responding to crises"
    (
        "According to the article, the SCO and the CSTO take different approaches to most international problems.",
        R,
        "antonym",
    ),  # csto-influential-effective: "the similar approaches of the CSTO and the SCO to many relevant international problems"
    (
        "The article holds that countries can deal with the new regional security threats on their own.",
        R,
        "negation",
    ),  # csto-influential-effective: "countries cannot cope with the new challenges and threats to the regional security just by themselves"
    (
        "The article says the OSCE plays the key role in the CSTO's cooperation on peacekeeping.",
        R,
        "organisation",
    ),  # csto-influential-effective: "The United Nations Organization plays the key role in such cooperation, especially along the peace-keeping and anti-terrorist tracks"
    (
        "Systemic interaction with the SCO is to focus first and foremost on fighting drug trafficking.",
        R,
        "other",
    ),  # csto-influential-effective: "deepening interaction on countering international terrorism, first of all"
    (
        "The CSTO's three spheres of activity are foreign-policy coordination, military cooperation and economic integration.",
        R,
        "list",
    ),  # csto-influential-effective: "foreign policy coordination, military cooperation, joint counteraction to the transnational challenges and threats"
    (
        "The article says the CSTO prefers to settle crises by military force rather than by political and diplomatic means.",
        R,
        "preference",
    ),  # csto-influential-effective: "searching for comprehensive long-term settlement of crisis situations using political and diplomatic methods"
    (
        "The article says the leading global powers maintain dialogue across the whole spectrum of security threats.",
        R,
        "negation",
    ),  # csto-influential-effective: "Due to the lack of dialogue between the leading global powers on the entire spectrum of threats"
    (
        "The coordinating state represents all CSTO members in peacekeeping contacts with NATO headquarters.",
        R,
        "organisation",
    ),  # csto-influential-effective: "the «coordinating state» authorized to perform on behalf of all the CSTO member states in the contacts with the UN Secretariat"
    (
        "The CSTO Committee of Secretaries of Security Councils met in Astana on 6 June 2024.",
        R,
        "place",
    ),  # izvestia-tasmagambetov-interview: "On June 6, 2024, in Almaty, a meeting of the CSTO Committee of Secretaries of Security Council was held"
    (
        "The Almaty meeting of security council secretaries took place on 6 July 2024.",
        R,
        "date",
    ),  # izvestia-tasmagambetov-interview: "On June 6, 2024, in Almaty"
    (
        "The June 2024 meeting in Almaty was held under Belarus's chairmanship.",
        R,
        "other",
    ),  # izvestia-tasmagambetov-interview: "under the chairmanship of the Republic of Kazakhstan"
    (
        "Sputnik Armenia reported that the Armenian prime minister, Ararat Mirzoyan, praised his relations with Tasmagambetov.",
        R,
        "title",
    ),  # izvestia-tasmagambetov-interview: "the Armenian Foreign Minister Ararat Mirzoyan said that he had excellent relations"
    (
        "Mirzoyan said his relations with the CSTO secretary general were strained.",
        R,
        "antonym",
    ),  # izvestia-tasmagambetov-interview: "he had excellent relations with CSTO Secretary General Imangali Tasmagambetov"
    (
        "In an interview with Kommersant, Tasmagambetov said Armenia had the sovereign right to leave the organisation.",
        R,
        "outlet",
    ),  # izvestia-tasmagambetov-interview: "said in an interview with "Izvestia" newspaper ... it would be Armenia's sovereign right"
    (
        "Tasmagambetov said the CSTO had suspended its obligations to Armenia after Yerevan froze its participation.",
        R,
        "negation",
    ),  # izvestia-tasmagambetov-interview: "the organization fully maintained its obligations to Yerevan"
    (
        "Armenia's de jure status in the CSTO has changed, according to the interview.",
        R,
        "negation",
    ),  # izvestia-tasmagambetov-interview: "de jure its status has not changed"
    (
        "Pashinyan declared Yerevan's desire for close cooperation with NATO at a meeting with the alliance's secretary general Mark Rutte.",
        R,
        "person",
    ),  # izvestia-tasmagambetov-interview: "at a meeting with NATO Secretary General Jens Stoltenberg"
    (
        "The 30th anniversary of the Collective Security Treaty's entry into force was celebrated on 15 May.",
        R,
        "date",
    ),  # izvestia-tasmagambetov-interview: "on 20 April we celebrated the 30th anniversary of the entry into force"
    (
        "Secretariat analysts say the balance of power in the South Caucasus will change if Armenia withdraws.",
        R,
        "hedge",
    ),  # izvestia-tasmagambetov-interview: "the balance of power in the South Caucasus may change in the event of Armenia's withdrawal"
    (
        "Tasmagambetov called the question of a confrontation between Armenia and the CSTO extremely topical right now.",
        R,
        "qualifier",
    ),  # izvestia-tasmagambetov-interview: "even though it cannot be classified as extremely topical at the moment"
    (
        "Tasmagambetov said the CSTO's strength lies in rigid bloc discipline.",
        R,
        "antonym",
    ),  # izvestia-tasmagambetov-interview: "the absence of so-called rigid bloc discipline — is a strong point of our organization"
    (
        "Tasmagambetov said sovereignty is losing value in a rapidly changing world.",
        R,
        "antonym",
    ),  # izvestia-tasmagambetov-interview: "In a rapidly changing world, sovereignty is gaining additional value"
    (
        "Tasmagambetov rated the bloc's readiness to respond to threats as low.",
        R,
        "antonym",
    ),  # izvestia-tasmagambetov-interview: "I can assess the level of preparedness to respond to threats as high"
    (
        "He said no additional efforts are needed to counter hybrid threats.",
        R,
        "negation",
    ),  # izvestia-tasmagambetov-interview: "additional efforts on the part of the organization are required to develop measures to neutralize hybrid threats"
    (
        "Tasmagambetov described contradictions between member states as abnormal.",
        R,
        "antonym",
    ),  # izvestia-tasmagambetov-interview: "There can be contradictions, and this is normal"
    (
        "Tasmagambetov told Izvestia the CSTO is closed to new members.",
        R,
        "negation",
    ),  # izvestia-tasmagambetov-interview: "The Collective Security Treaty Organization is open to cooperation with those countries that ... wish to join it"
    (
        "Tasmagambetov said the CSTO had existed for just over twenty years.",
        R,
        "number",
    ),  # izvestia-tasmagambetov-interview: "the CSTO has proven its worth over more than 30 years of its existence"
    (
        "In an exclusive commentary to Kazinform, Tasmagambetov spoke about how the negotiations were going.",
        R,
        "outlet",
    ),  # izvestia-tasmagambetov-interview: "In an exclusive commentary to Cronos.Asia ... spoke about the progress of the negotiations"
    (
        "Secretariat analysts warn that the balance of power in Central Asia may change if Armenia leaves the CSTO.",
        R,
        "place",
    ),  # izvestia-tasmagambetov-interview: "the balance of power in the South Caucasus may change in the event of Armenia's withdrawal"
    (
        "Tasmagambetov said bilateral relations between member states are limited to cooperation on regional security.",
        R,
        "negation",
    ),  # izvestia-tasmagambetov-interview: "Bilateral relations between the CSTO member states are not limited to cooperation in ensuring regional security"
    (
        "Tokayev's remarks were reported by RIA Novosti.",
        R,
        "outlet",
    ),  # tass-tokayev-calm: "The remarks were reported by TASS"
    (
        "Tokayev said the threat to CSTO members is continually escalating and should be described that way.",
        R,
        "antonym",
    ),  # tass-tokayev-calm: "there is no justification for portraying the threat as continually escalating"
    (
        "Belarusian Foreign Minister Sergei Aleynik urged members to stop framing their security in terms of mounting threats.",
        R,
        "speaker",
    ),  # tass-tokayev-calm: "Kazakh President Kassym-Jomart Tokayev urged members ... to avoid a habit of repeatedly framing their safety in terms of mounting threats"
    (
        "Tokayev said that maintaining solidarity and unity among members is the CSTO's primary objective today.",
        R,
        "speaker",
    ),  # tass-tokayev-calm: "Sergei Aleynik ... stated that maintaining solidarity and unity among CSTO members is the organization's primary objective today"
    (
        "Sergei Aleynik, Belarus's defence minister, called solidarity and unity the organisation's primary objective.",
        R,
        "title",
    ),  # tass-tokayev-calm: "Sergei Aleynik, head of the Belarusian Ministry of Foreign Affairs"
    (
        "Kyrgyz President Kassym-Jomart Tokayev urged CSTO members to avoid alarmist framing of their security.",
        R,
        "title",
    ),  # tass-tokayev-calm: "Kazakh President Kassym-Jomart Tokayev urged members"
    (
        "Tokayev said there are no new tasks ahead of the CSTO.",
        R,
        "negation",
    ),  # tass-tokayev-calm: "yet new tasks await the organization"
    (
        "Tokayev said the CSTO had proven ineffective as a military-political alliance.",
        R,
        "antonym",
    ),  # tass-tokayev-calm: "the CSTO has demonstrated effectiveness as a capable military-political alliance"
    (
        "The Belarusian leadership said the alliance's military capabilities had weakened.",
        R,
        "antonym",
    ),  # tass-tokayev-calm: "the alliance's military capabilities have been reinforced"
    (
        "Tokayev said talk of danger is something new in international life.",
        R,
        "antonym",
    ),  # tass-tokayev-calm: "conversations about danger have always existed in international life"
    # ------------------------------------------------------------------ not enough info
    (
        "The 6 March 2023 meeting in Minsk was attended by the foreign ministers of Kyrgyzstan and Tajikistan.",
        N,
        "person",
    ),  # allies-csto-2023-2025: "a meeting was held in Minsk to discuss proposals" (participants not given)
    (
        "Kyrgyz President Sadyr Japarov personally presented the Dostuk order to the CSTO secretary general.",
        N,
        "person",
    ),  # allies-csto-2023-2025: "was awarded the "Dostuk" order" (presenter not given)
    (
        "The defence ministers approved the 2026-2030 cooperation plan at a meeting held in Bishkek.",
        N,
        "place",
    ),  # allies-csto-2023-2025: "At the meeting of the Council of Defense Ministers on May 28, 2025" (place not given)
    (
        "Around 2,000 troops took part in the Interaction-2023 exercise.",
        N,
        "number",
    ),  # allies-csto-2023-2025: "including the "Interaction-2023" exercise" (no troop numbers)
    (
        "The UN General Assembly adopted the resolution on cooperation with the CSTO without a vote.",
        N,
        "other",
    ),  # allies-csto-2023-2025: "the UN General Assembly adopted a resolution" (voting not described)
    (
        "The Beijing roadmap was signed on the sidelines of an SCO summit.",
        N,
        "other",
    ),  # allies-csto-2023-2025: "the signing on September 3, 2025, in Beijing of a Roadmap" (occasion not given)
    (
        "The Khujand border agreement was signed by the presidents of the three countries.",
        N,
        "person",
    ),  # allies-csto-2023-2025: "the signing ... in Khujand of a border agreement" (signatories not named)
    (
        "The CSTO's joint press centre will be based in Moscow.",
        N,
        "place",
    ),  # allies-csto-2023-2025: "a provision on the joint press center of the CSTO" (location not given)
    (
        "The summit at which fifteen documents were signed took place in Minsk in November 2023.",
        N,
        "place",
    ),  # allies-csto-2023-2025: "As a result of the CSTO summit, 15 documents were signed" (summit place and date not given)
    (
        "Before heading the academic institute, Babaev worked as a senior executive at a large Russian conglomerate.",
        N,
        "person",
    ),  # allies-csto-2023-2025: "Kirill Babaev, the director of the Institute..." (no career history)
    (
        "Tasmagambetov was appointed secretary general at a CSTO summit in Yerevan.",
        N,
        "place",
    ),  # allies-csto-2023-2025: "Immediately after his appointment" (where/when not given)
    (
        "The 'Allies. CSTO' portal is run by the CSTO Secretariat.",
        N,
        "organisation",
    ),  # allies-csto-2023-2025: "On the portal "Allies. CSTO,"" (publisher not given)
    (
        "The Khujand agreement settled the whole Kyrgyz-Tajik border, which is close to 1,000 kilometres long.",
        N,
        "number",
    ),  # allies-csto-2023-2025: "a border agreement between Tajikistan, Kyrgyzstan, and Uzbekistan" (length/scope not given)
    (
        "Search-2023 was a reconnaissance exercise.",
        N,
        "exercise",
    ),  # allies-csto-2023-2025: "special exercises "Search-2023,"..." (content not described)
    (
        "Russia chaired the 19 July 2024 Security Council meeting at which cooperation with the CSTO was discussed.",
        N,
        "other",
    ),  # allies-csto-2023-2025: "discussed at a Security Council meeting on July 19, 2024" (chair not given)
    (
        "Babaev's article appeared in October 2025.",
        N,
        "date",
    ),  # allies-csto-2023-2025: "has been published" (publication date not given)
    (
        "The 2026-2030 military cooperation plan provides for joint development of combat drones.",
        N,
        "list",
    ),  # allies-csto-2023-2025: "covering improvements in equipment and cooperation among states" (no specifics)
    (
        "The UN resolution on cooperation with the CSTO was drafted by Belarus.",
        N,
        "other",
    ),  # allies-csto-2023-2025: "the UN General Assembly adopted a resolution on cooperation with the CSTO" (sponsor not given)
    (
        "Kyrgyzstan and Tajikistan fought a deadly border war in September 2022.",
        N,
        "date",
    ),  # allies-csto-2023-2025: "mechanisms for de-escalating the conflict between Kyrgyzstan and Tajikistan" (no dates of fighting)
    (
        "Human trafficking was among the transnational threats the new Secretariat leadership set out to tackle.",
        N,
        "list",
    ),  # allies-csto-2023-2025: "transnational security threats such as terrorism, drug trafficking, and cybercrime" (open list)
    (
        "Echelon-2023 rehearsed logistics support for the Collective Forces.",
        N,
        "exercise",
    ),  # allies-csto-2023-2025: "special exercises ... "Echelon-2023,"" (content not described)
    (
        "Combat Brotherhood – 2023 was the CSTO's largest exercise in a decade.",
        N,
        "qualifier",
    ),  # allies-csto-2023-2025: "five maneuvers were conducted in Belarus as part of the "Combat Brotherhood – 2023" exercise" (no size comparison)
    (
        "The 2024-2025 Kyrgyz-Tajik consultations were conducted by the heads of the two countries' border services.",
        N,
        "person",
    ),  # allies-csto-2023-2025: "Bilateral consultations held in 2024-2025" (participants not given)
    (
        "The January 2022 unrest in Kazakhstan led to the CSTO's first-ever collective peacekeeping deployment.",
        N,
        "other",
    ),  # allies-csto-2023-2025: "the Kazakhstan scenario of January 2022" (no deployment mentioned)
    (
        "Before taking the CSTO post, Tasmagambetov served as Kazakhstan's defence minister.",
        N,
        "person",
    ),  # allies-csto-2023-2025: "the appointment of I.N. Tasmagambetov as the Secretary General" (previous posts not given)
    (
        "Tasmagambetov's term as secretary general runs until the end of 2025.",
        N,
        "date",
    ),  # allies-csto-2023-2025: "the appointment of I.N. Tasmagambetov" (term length not given)
    (
        "Tasmagambetov gave his interview to BelTA in Minsk.",
        N,
        "place",
    ),  # belta-tasmagambetov-positions: "in a recent interview with a Belarusian news agency, BelTA" (place not given)
    (
        "In the BelTA interview, Tasmagambetov said NATO had doubled its forces near CSTO borders.",
        N,
        "number",
    ),  # belta-tasmagambetov-positions: "NATO's actions are nonetheless subject to monitoring" (no figures)
    (
        "Russia and Belarus have adopted a programme of coordinated foreign-policy actions for 2024-2026.",
        N,
        "document",
    ),  # belta-tasmagambetov-positions: "engagement between Russia and Belarus aiming to streamline approaches" (no document named)
    (
        "Tasmagambetov told BelTA that the CSTO would call an extraordinary summit on NATO enlargement.",
        N,
        "other",
    ),  # belta-tasmagambetov-positions: "In CSTO meetings ... a broad spectrum of factors ... is discussed" (no summit announced)
    (
        "The BelTA interview came out in 2024.",
        N,
        "date",
    ),  # belta-tasmagambetov-positions: "in a recent interview" (date not given)
    (
        "Tasmagambetov told BelTA that Finland's accession to NATO had altered the security balance in the region.",
        N,
        "other",
    ),  # belta-tasmagambetov-positions: (Finland not mentioned)
    (
        "Tasmagambetov told BelTA that Russia and Belarus hold foreign-policy consultations every quarter.",
        N,
        "other",
    ),  # belta-tasmagambetov-positions: "efforts to enhance foreign policy coordination" (frequency not given)
    (
        "Brothers-in-Arms – 2022 involved troops from all six member states.",
        N,
        "other",
    ),  # csto-influential-effective: "strategic exercise Brothers-in-Arms – 2022 (September-October 2022, Kazakhstan)" (participants not given)
    (
        "Brothers-in-Arms – 2023 was held at the Brestsky training ground.",
        N,
        "place",
    ),  # csto-influential-effective: "Brothers-in-Arms – 2023 (September 2023, Belarus)" (range not given)
    (
        "Kazakhstan currently acts as the 'coordinating state' for peacekeeping contacts with the UN.",
        N,
        "other",
    ),  # csto-influential-effective: "introducing the «coordinating state»" (which state not given)
    (
        "The CSTO has held observer status at the UN General Assembly since 2004.",
        N,
        "date",
    ),  # csto-influential-effective: "The United Nations Organization plays the key role in such cooperation" (observer status not mentioned)
    (
        "The CSTO plans to set up a joint network of biological laboratories.",
        N,
        "other",
    ),  # csto-influential-effective: "best practices sharing ... specialists' training, joint monitoring" (no laboratories)
    (
        "The CSTO Parliamentary Assembly sits in St Petersburg.",
        N,
        "place",
    ),  # csto-influential-effective: "The parliamentary dimension of the CSTO is becoming especially important" (no seat given)
    (
        "Belarus proposed the analytical priority during its chairmanship of the CSTO in 2023.",
        N,
        "date",
    ),  # csto-influential-effective: "proposed by the leadership of the Republic of Belarus" (when not given)
    (
        "The CSTO Secretariat has its headquarters in Moscow.",
        N,
        "place",
    ),  # csto-influential-effective: (headquarters not mentioned in any source)
    (
        "The Tajik-Afghan frontier programme is expected to cost several hundred million dollars.",
        N,
        "number",
    ),  # csto-influential-effective: "the draft Targeted Inter-Governmental CSTO Program" (no cost given)
    (
        "About 1,500 peacekeepers took part in Enduring Brotherhood.",
        N,
        "number",
    ),  # csto-influential-effective: "Enduring Brotherhood (October 2023, Kyrgyzstan)" (no numbers)
    (
        "The CSTO and the SCO signed a memorandum of understanding in 2007.",
        N,
        "date",
    ),  # csto-influential-effective: "We will be building up systemic interaction with the Shanghai Cooperation Organization" (no memorandum)
    (
        "The CSTO's counter-narcotics operation Kanal is held every year.",
        N,
        "exercise",
    ),  # csto-influential-effective: "to terminate drugs trafficking" (no operation named)
    (
        "The key-areas article was written to mark the 30th anniversary of the Collective Security Treaty.",
        N,
        "other",
    ),  # csto-influential-effective: "during thirty years of existence" (occasion not stated)
    (
        "The Taliban authorities in Kabul have asked the CSTO for talks on border security.",
        N,
        "other",
    ),  # csto-influential-effective: "Afghanistan remains the main source of regional instability" (no talks mentioned)
    (
        "The draft programme for the Tajik-Afghan frontier was first proposed by Tajikistan.",
        N,
        "person",
    ),  # csto-influential-effective: "finalizing the draft Targeted Inter-Governmental CSTO Program" (initiator not given)
    (
        "The CSTO's Collective Forces include a dedicated aviation component.",
        N,
        "other",
    ),  # csto-influential-effective: "improving the systems of training and management of its Collective Forces" (composition not given)
    (
        "Armenia froze its participation in the CSTO in February 2024.",
        N,
        "date",
    ),  # izvestia-tasmagambetov-interview: "Armenia's decision to suspend its participation" (date not given)
    (
        "Pashinyan met Stoltenberg in Brussels.",
        N,
        "place",
    ),  # izvestia-tasmagambetov-interview: "at a meeting with NATO Secretary General Jens Stoltenberg" (place not given)
    (
        "The security council secretaries meeting in Almaty adopted a statement on fighting international terrorism.",
        N,
        "document",
    ),  # izvestia-tasmagambetov-interview: "Tasmagambetov made a report on the situation" (no documents mentioned)
    (
        "The Almaty meeting was also attended by the head of the CIS Anti-Terrorism Centre.",
        N,
        "person",
    ),  # izvestia-tasmagambetov-interview: "a meeting of the CSTO Committee of Secretaries of Security Council was held" (attendance not given)
    (
        "Mirzoyan praised his relations with Tasmagambetov during a visit to Minsk.",
        N,
        "place",
    ),  # izvestia-tasmagambetov-interview: "Sputnik Armenia reports that ... Mirzoyan said" (setting not given)
    (
        "The negotiations Tasmagambetov discussed with Cronos.Asia were the Kyrgyz-Tajik border talks.",
        N,
        "other",
    ),  # izvestia-tasmagambetov-interview: "spoke about the progress of the negotiations" (which negotiations not given)
    (
        "Tasmagambetov told Izvestia that Serbia had been granted observer status at the CSTO.",
        N,
        "other",
    ),  # izvestia-tasmagambetov-interview: "open to cooperation with those countries that share our principles" (no country named)
    (
        "Tasmagambetov said the CSTO would stage an exercise on countering hybrid threats in 2025.",
        N,
        "exercise",
    ),  # izvestia-tasmagambetov-interview: "We are currently actively engaged in this area" (no exercise announced)
    (
        "Tasmagambetov told Izvestia that NATO had opened a liaison office in Yerevan.",
        N,
        "place",
    ),  # izvestia-tasmagambetov-interview: "NATO is generally increasing contacts with all countries in the Transcaucasus" (no office mentioned)
    (
        "Tasmagambetov said the number of illegal migrants in CSTO countries had doubled.",
        N,
        "number",
    ),  # izvestia-tasmagambetov-interview: "illegal migration" listed as a threat (no figures)
    (
        "The Izvestia interview was recorded in Moscow.",
        N,
        "place",
    ),  # izvestia-tasmagambetov-interview: "in an interview with "Izvestia" newspaper" (place not given)
    (
        "The secretary general told Izvestia that a CSTO working group on hybrid threats has been set up.",
        N,
        "other",
    ),  # izvestia-tasmagambetov-interview: "We are currently actively engaged in this area" (no working group)
    (
        "Tasmagambetov told Izvestia that he had personally met Pashinyan to discuss Armenia's participation.",
        N,
        "person",
    ),  # izvestia-tasmagambetov-interview: (no meeting with Pashinyan mentioned)
    (
        "Mirzoyan and Tasmagambetov met in Yerevan in 2024.",
        N,
        "date",
    ),  # izvestia-tasmagambetov-interview: "he had excellent relations with CSTO Secretary General" (no meeting described)
    (
        "The Collective Security Treaty was signed in Tashkent in May 1992.",
        N,
        "date",
    ),  # izvestia-tasmagambetov-interview: "the 30th anniversary of the entry into force of the Collective Security Treaty" (signing not described)
    (
        "Mirzoyan said Armenia intends to stay in the CSTO.",
        N,
        "stance",
    ),  # izvestia-tasmagambetov-interview: "Mirzoyan said that he had excellent relations with ... Tasmagambetov" (nothing on membership plans)
    (
        "Tasmagambetov singled out cybercrime as the gravest threat facing the bloc.",
        N,
        "qualifier",
    ),  # izvestia-tasmagambetov-interview: "terrorism, religious extremism, ... cybercrime ... and others" (no ranking)
    (
        "Money laundering is among the current threats the CSTO has identified.",
        N,
        "list",
    ),  # izvestia-tasmagambetov-interview: "... the dissemination of illegal content on the Internet and others" (open list)
    (
        "The CSTO also cooperates closely with the OSCE.",
        N,
        "list",
    ),  # izvestia-tasmagambetov-interview: "cooperates closely with ... the United Nations, the SCO, the CIS and others" (open list)
    (
        "Tasmagambetov said Uzbekistan was considering rejoining the CSTO.",
        N,
        "other",
    ),  # izvestia-tasmagambetov-interview: "Does the CSTO plan to include new members?" (no country named)
    (
        "Tasmagambetov told Izvestia that Azerbaijan has held talks on joining NATO.",
        N,
        "other",
    ),  # izvestia-tasmagambetov-interview: "NATO is generally increasing contacts with ... Azerbaijan" (no membership talks)
    (
        "The Izvestia interview took place in April 2024.",
        N,
        "date",
    ),  # izvestia-tasmagambetov-interview: "on 20 April we celebrated" (interview date not given)
    (
        "Tokayev made the remarks at a CSTO summit in Astana.",
        N,
        "place",
    ),  # tass-tokayev-calm: "The remarks were reported by TASS" (venue not given)
    ("Tokayev spoke in November 2024.", N, "date"),  # tass-tokayev-calm: (date of remarks not given)
    (
        "Aleynik made his remarks at a meeting of the CSTO Council of Foreign Ministers.",
        N,
        "other",
    ),  # tass-tokayev-calm: "Earlier, Sergei Aleynik ... stated" (occasion not given)
    (
        "Aleynik became Belarus's foreign minister in 2022.",
        N,
        "date",
    ),  # tass-tokayev-calm: "Sergei Aleynik, head of the Belarusian Ministry of Foreign Affairs" (appointment date not given)
    (
        "Tokayev proposed creating a CSTO crisis-response centre.",
        N,
        "other",
    ),  # tass-tokayev-calm: "new tasks await the organization" (no proposal described)
    (
        "Minsk said new air defence systems had been deployed to reinforce the alliance's capabilities.",
        N,
        "other",
    ),  # tass-tokayev-calm: "the alliance's military capabilities have been reinforced" (no systems named)
    (
        "Tokayev named Armenia as a source of alarmist rhetoric within the bloc.",
        N,
        "person",
    ),  # tass-tokayev-calm: "such rhetoric can create the impression..." (no country named)
    (
        "Aleynik also called for closer cooperation between the CSTO and the SCO.",
        N,
        "speaker",
    ),  # tass-tokayev-calm: "Aleynik ... stated that maintaining solidarity and unity ... is the organization's primary objective" (nothing on the SCO)
    (
        "Tokayev made his comments in a speech to the Kazakh parliament.",
        N,
        "place",
    ),  # tass-tokayev-calm: (venue not given)
]
