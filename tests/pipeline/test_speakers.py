"""Speaker attribution of the quotes stage, on paragraphs of real wire, UN and regional news reports.

Each case is one or more consecutive paragraphs of a report (its address in the comment above it),
a fragment of one statement in it, whether that statement is a direct quote, and the names under
which a reader would accept its speaker (None: the text names nobody, so nobody is guessed). The
paragraphs were collected to widen the development set beyond the gold articles: speakers named
after the quote with a title or an apposition, organizations and their statements, unnamed
officials, pronouns that must switch between speakers, and speakers introduced a paragraph before.
"""

from __future__ import annotations

import pytest

from parley.extract import document_info
from parley.models import Actor, Extraction, Quote

# -- the paragraphs -------------------------------------------------------------------------------

# https://www.unognewsroom.org/story/en/147/unog-bi-weekly-press-briefing-covid-19-preparedness-ocha
OCHA_LAERKE = (
    "“The UN office for Humanitarian Coordination (OCHA) is determined that crucial line saving work for the "
    "world's most vulnerable communities must be sustained,” said spokesperson Jens Laerke. “That means "
    "continuing focus on coordination across the group of humanitarian system so that we have the resources "
    "they need and maintaining effective humanitarian operations leaving no one behind.”\n"
    "The OCHA spokesman said that the UN’s top priority is to ensure that everything possible is done to keep "
    "providing life-saving help for these vulnerable people.\n"
    "“We are working closely with the United Nations Member States and the private sector to ensure funding for "
    "the equipment is available to fight COVID-19 in the world’s most vulnerable countries,” Mr. Laerke said.\n"
    "“The WHO has appealed for $675 million to fund the response to the COVID-19 pandemic,” he remarked, while "
    "adding that work is ongoing to coordinate a consolidated global humanitarian appeal.\n"
)

# https://www.israelnationalnews.com/en/news/395171
CAIRO_SULLIVAN_HAMDAN = (
    "White House National Security Adviser Jake Sullivan said on Sunday the United States is still "
    "“feverishly” working in Cairo toward reaching a deal for a ceasefire in Gaza and a hostage release deal.\n"
    "Speaking at a news conference in Halifax, Canada, Sullivan added the United States is concerned about the "
    "Middle East conflict escalating to a broader war.\n"
    "He also noted that the Biden administration is in consistent communication with Israel about the current "
    "situation with Hezbollah.\n"
    "Earlier on Sunday, two Egyptian security sources told Reuters that talks over a possible ceasefire in Gaza "
    "and hostage release deal ended without agreement in Cairo.\n"
    "A US official quoted by Axios said, \"Senior level talks in Cairo over recent days, including with "
    "representatives from Hamas and Israel, have been constructive and were conducted in a spirit on all sides "
    "to reach a final and implementable agreement.”\n"
    "“The process will continue over the coming days through working groups to further address remaining "
    "issues and details,\" the official added.\n"
    "Earlier on Sunday evening, Hamas again rejected a proposal for a hostage deal that was presented to it.\n"
    "Senior Hamas official Osama Hamdan told Al-Aqsa TV that \"Israel has set new conditions for accepting the "
    "agreement and reverted from what it had previously agreed to. Today the delegation informed the mediators "
    "of our position. We will not accept any withdrawals from what we agreed to on July 2 or any new demands.\"\n"
    "He added that \"the US administration is sowing false hopes by talking about an agreement that is close, "
    "while this is only for election purposes.\"\n"
)

# http://www.dailymail.co.uk/wires/reuters/article-3782108/U-S-says-progress-Syria-talks-unclear-final-deal-reached.html
GENEVA_STATE_OFFICIAL = (
    "GENEVA, Sept 9 (Reuters) - The United States and Russia made progress on Friday on proposals for a "
    "nationwide ceasefire in Syria, but technical details still needed to be worked out and it was not clear if "
    "a final deal could be reached, a senior official of the U.S. State Department said.\n"
    "The official made the comments after a day of talks in Geneva between U.S. Secretary of State John Kerry "
    "and Russian Foreign Minister Sergei Lavrov.\n"
    "\"Discussions continue into the early evening, as technical issues are worked out between the two teams,\" "
    "the official said. \"We are not in a position right now to say whether or not a final deal can be "
    "reached.\"\n"
)

# https://bdnews24.com/world/africa/y2qksbjx2m
JEDDAH_US_OFFICIAL = (
    "\"The two sides are quite far apart,\" a senior US State Department official said, speaking on condition "
    "of anonymity.\n"
    "A US State Department statement said the parties would focus on reaching a deal for an effective "
    "ceasefire of up to about 10 days.\n"
    "Negotiators working with Saudi and US mediators will next discuss specific security measures for "
    "safeguarding relief supplies, the US official said. The State Department statement said measures \"will "
    "include a US-Saudi and international-supported ceasefire monitoring mechanism.\"\n"
    "The US official said it would be a long process to move from a temporary ceasefire, once agreed, to a "
    "permanent cessation of hostilities. But Washington hopes the two sides' willingness to sign Friday's "
    "declaration will build momentum.\n"
)

# https://ca.news.yahoo.com/us-sees-breakthrough-israel-hamas-195207589.html
BREAKTHROUGH_OFFICIAL = (
    "WASHINGTON (Reuters) - Hamas made a pretty significant adjustment in its position over a potential hostage "
    "release deal with Israel, a senior U.S. administration official said on Thursday, expressing hope that it "
    "would lead to a pact that would be a step to a permanent ceasefire.\n"
    "\"We've had a breakthrough,\" the official told reporters on a conference call, adding there were still "
    "outstanding issues related to implementation of the agreement and that a deal was not expected to be "
    "closed in a period of days.\n"
    "Israeli Prime Minister Benjamin Netanyahu told U.S. President Joe Biden on Thursday he has decided to send "
    "a delegation to resume stalled negotiations on a hostage release deal with Hamas.\n"
    "The U.S. official said Biden was encouraged that Netanyahu was authorizing his team to join the talks.\n"
    "\"We do believe there is a pretty significant opening here, and we welcome the prime minister's readiness "
    "to try to seize that opening by empowering his negotiating team to engage directly\" in Doha here over the "
    "coming days,\" the official said.\n"
)

# https://voi.id/en/news/379148
RAFAH_PROPOSAL = (
    "In a short statement, Hamas said its political leader Ismail Haniyeh had told Qatari and Egyptian mediators "
    "the group accepted their ceasefire proposal.\n"
    "Taher Al-Nono, a Hamas official and Haniyeh adviser, told Reuters the proposal met the group's demands for "
    "reconstruction efforts in Gaza, the repatriation of displaced Palestinians and the exchange of Israeli "
    "hostages for Palestinian prisoners in Israeli prisons, as quoted on May 7.\n"
    "Meanwhile, Hamas Deputy Chairman in Gaza Khalil Al-Hayya told Al Jazeera television that the proposal "
    "consisted of three stages, each lasting six weeks, with Israel to withdraw its troops from Gaza in the "
    "second stage.\n"
    "However, Israeli Prime Minister Benjamin Netanyahu's office later said Hamas' latest ceasefire proposal did "
    "not meet Israel's demands, but that it would send a delegation to meet with negotiators to try to reach an "
    "agreement.\n"
    "An Israeli official, speaking on condition of anonymity, said that the proposal Hamas accepted was a more "
    "modest version of Egypt's offer and included elements that Israel could not accept.\n"
    "“This appears to be a ruse intended to make Israel look like a party that rejects the deal,” said the "
    "Israeli official, who spoke on condition of anonymity.\n"
)

# https://thefrontierpost.com/netanyahus-office-says-hamas-has-not-yet-responded-to-gaza-proposal/
PM_OFFICE_DENIES = (
    "JERUSALEM (Reuters): Israeli Prime Minister Benjamin Netanyahu’s office denied on Wednesday that Hamas had "
    "agreed to the Gaza ceasefire proposal from Qatari mediators, after an Israeli official said the Palestinian "
    "militant group had given its approval.\n"
    "“Contrary to reports, the Hamas terror organization has not yet returned its response to the deal,” the "
    "prime minister’s office said.\n"
    "A Hamas official, who refused to be named due to the sensitivity of the issue, told Reuters that Hamas has "
    "not yet given a written response to the Gaza ceasefire proposal under negotiation in Qatar.\n"
)

# https://msd11.gn.apc.org/article/hamas-considers-new-us-ceasefire-plan-gaza
HAMAS_CONSIDERS = (
    "HAMAS said today that it was still considering a ceasefire proposal tabled by the United States but warned "
    "in its current form the deal would only result in the continuation of killing and famine in Gaza.\n"
    "Hamas political bureau member Basem Naim told the Reuters news agency that the deal “does not meet any of "
    "our people’s demands, foremost among them, halting the war.\n"
    "“Nonetheless, the movement’s leadership is studying the response to the proposal with full national "
    "responsibility.”\n"
    "A source from Hamas said that the group would provide a fuller response later today or tomorrow.\n"
    "The full details of the proposal have not been released, but senior Hamas official Sami Abu Zuhri told "
    "Reuters that it contained no commitment for Israel to end its war on the Palestinians in Gaza.\n"
)

# https://en.muraselon.com/2024/05/hamas-accepts-egypt-qatars-ceasefire-proposal-israel-responses/
HAMAS_ACCEPTS = (
    "Hamas on Monday agreed to a ceasefire proposal in the seven-month-old war with Israel in Gaza, hours after "
    "the Israeli military told residents to evacuate some parts of Rafah.\n"
    "Haniyeh had spoken on the phone with Qatar’s Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani and "
    "with Egyptian Intelligence Minister Abbas Kamel, “and informed them of Hamas’s approval of their proposal "
    "regarding a ceasefire agreement”, the group said in a statement published on its official website.\n"
    "Asked during a media briefing whether Hamas saying it accepted a ceasefire proposal would impact a planned "
    "offensive in the Gaza city of Rafah, Rear Admiral Daniel Hagari said: “We examine every answer and "
    "response in the most seriously manner and are exhausting every possibility regarding negotiations.”\n"
)

# https://iverifyu.com/hamas-says-it-approves-of-cease-fire-proposal-but-israel-has-not-signed-off/
MILLER_KIRBY = (
    "State Department spokesperson Matthew Miller said the U.S. only just received a copy of what he said was "
    "Hamas’ “response,” but he did not characterize it further.\n"
    "“I can confirm that Hamas has issued a response,” Miller told reporters Monday. “We are reviewing that "
    "response now and discussing it with our partners in the region. … We continue to believe that a hostage "
    "deal is in the best interests of the Israeli people.”\n"
    "It is not clear whether Hamas responded to a proposal approved by the U.S. Asked which proposal Hamas "
    "accepted, National Security Council spokesman John Kirby told reporters at the White House, “I’m not going "
    "to get into that.”\n"
    "Kirby said President Biden has been briefed on Hamas’ response.\n"
)

# https://www.seattletimes.com/nation-world/yemeni-rebels-halt-swiss-peace-talks/
YEMEN_HAQ = (
    "But the United Nations, which is mediating the talks, cast doubts on the alleged suspension.\n"
    "“We don’t have confirmation of any suspension,” the deputy spokesman for the U.N. secretary-general, "
    "Farhan Haq, told the AP. He said the U.N. special envoy for the country, Ismail Ould Cheikh Ahmed, "
    "“remains in touch with the parties.”\n"
)

# https://archive.pakistantoday.com.pk/?p=933383
YEMEN_YAMANI = (
    "GENEVA: Yemen’s foreign minister accused the Houthi movement on Saturday of “trying to sabotage the "
    "negotiations” that ended without their attendance in Geneva and said that the UN envoy had not been firm "
    "enough with them.\n"
    "Yemen’s Houthi movement failed to attend peace talks, but the UN Special Envoy Martin Griffiths said "
    "earlier that it did not represent a “fundamental blockage in the process” and that he would meet soon with "
    "their representatives in Sanaa and in Muscat, Oman.\n"
    "“We want the UN to be firmer in bringing the other party to the negotiations”, Yemeni Foreign Minister "
    "Khaled al-Yamani told a press conference before leaving the Swiss city after three days of talks with "
    "Griffiths on confidence-building measures including prisoner releases.\n"
)

# https://malaysia.news.yahoo.com/saudi-arabia-praises-positive-results-022743310.html
SAUDI_HOUTHIS = (
    "The Saudi Foreign Ministry in a statement early Wednesday marking the end of the Houthis' trip “welcomed "
    "the positive results of the serious discussions regarding reaching a road map to support the peace path in "
    "Yemen.”\n"
    "“The kingdom continues to stand with Yemen and its brotherly people and ... encourages the Yemeni parties "
    "to sit at the negotiating table to reach a comprehensive and lasting political solution in Yemen under the "
    "supervision of the United Nations,\" the statement read.\n"
    "The Houthi delegation even met with Saudi Arabia's defense minister Prince Khalid bin Salman, the brother "
    "of the powerful Crown Prince Mohammed bin Salman, during their visit.\n"
    "“I emphasized the kingdom’s support for Yemen and reaffirmed our commitment to promoting dialogue among all "
    "parties to reach a comprehensive political solution under U.N. supervision,” Prince Khalid said.\n"
)

# http://www.mangalorean.com/houthi-delegation-arrives-in-geneva-for-yemen-peace-talks/
GENEVA_FAWZI = (
    "Geneva, June 17 (IANS/EFE) A delegation from the Houthi rebel movement arrived this morning in Geneva to "
    "participate in the peace talks with the Yemeni government representatives, currently in exile, UN "
    "spokesman in Geneva Ahmad Fawzi confirmed.\n"
    "“There is an agreement between the parties that delegations should not exceed seven members plus three "
    "advisers, but they were more than seven on the plane, so we have to lower the number of members in the "
    "delegation as agreed,” Fawzi said.\n"
    "Yemeni Foreign Minister Reyad Yasin Abdullah, heading the government delegation, said on Tuesday that more "
    "than 25 Houthi delegates travelled to Switzerland for the negotiations, and accused them of trying to "
    "“create chaos” with such a large number of representatives.\n"
    "In this regard, Fawzi said 10 people per delegation is “a reasonable number”.\n"
)

# https://nationalyemen.com/2015/06/19/yemen-peace-talks-in-geneva-collapse/
GENEVA_YASSIN = (
    "Foreign Minister Riad Yassin told Al Jazeera on Friday that his delegation plans to leave the negotiations "
    "and return to Saudi Arabia on Saturday.\n"
    "“Until this time we have not achieved anything. Unfortunately, still the Houthis have not complied with "
    "anything,” Yassin told Al Jazeera’s Hashem Ahelbarra.\n"
    "“There is no progress for the time being. We did not receive any proposal.”\n"
    "Yassin said that Houthi representatives have even refused to leave their hotel in Geneva.\n"
    "A UN official said on Tuesday that every delegation should consist of only 10 members.\n"
    "“Seven delegation members and three advisers in order to have equality between the two groups,” said "
    "Ismail Ould Cheikh Ahmed, the UN chief’s special envoy for Yemen.\n"
)

# https://oceanlex.com/sudans-army-declares-paramilitary-rsf-rebel-group-middle-east-monitor/
SUDAN_ARMY_STATEMENT = (
    "The Sudanese army declared the paramilitary Rapid Support Force (RSF) a rebel group amid fighting between "
    "their forces in the capital Khartoum.\n"
    "In a statement, the army accused the RSF of attacking its forces in the capital Khartoum and other cities.\n"
    "“The rebel RSF spreads lies about our forces attacking them, to cover up their rebellious behavior,” the "
    "army statement said.\n"
)

# https://english.almayadeen.net/news/politics/sudans-armed-forces-deny-rsf-control-over-central-darfur-sta
SUDAN_ABDULLAH = (
    "The army's official spokesperson Brigadier General Nabil Abdullah said in an audio recording on Friday "
    "that the RSF claimed that they had taken over Central Darfur state, stressing that \"this is not true.\"\n"
    "The Sudanese army has an infantry division in Zalingei, the state capital, and its forces are present there "
    "\"in their positions and are ready to confront any attack and deal with it strongly,\" Abdullah stated.\n"
    "Army forces \"struck the RSF in central and southern Khartoum and the eastern Nile,\" he said, adding that "
    "they were \"successful strikes, which cost the rebels casualties and equipment.\"\n"
    "\"Members of the Rapid Support Forces (RSF) told me I had 24 hours to leave the area,\" Fawzy Radwan, a "
    "Khartoum resident told AFP, after taking care of his family's house.\n"
)

# http://allafrica.com/stories/201702080279.html
DARFUR_SAMBLA = (
    "The military spokesman for the movement, Ezzeldin Yousif Sambla, described the announcement by the RSF "
    "spokesman to a Sudanese news agency as \"false propaganda\". He said:\"Our movement exists all over Darfur. "
    "The RSF militias know where our sites are.\"\n"
    "Lt. Col. Adam Saleh Abakar, the spokesman for the RSF said in his remarks that the \"small group\" of Abdel "
    "Wahid's rebel forces in the high mountains of Jebel Marra will become accessible after they secured the "
    "areas of Fanga, Deribat and Golo in East Jebel Marra.\n"
)

# https://middleeastmonitor.com/20250327-sudans-rsf-insists-that-it-is-strategically-repositioning-not-losing-fight-against-army/
RSF_REPOSITIONING = (
    "The Rapid Support Forces (RSF) paramilitary group denied today that it is losing its war against the "
    "Sudanese Army, Reuters has reported. The group insisted that it is “strategically repositioning” its "
    "forces.\n"
    "“We loudly declare that our forces have never lost a battle,” said the RSF. “They have strategically "
    "repositioned and expanded across the battlefronts to secure their military objectives, paving the way for "
    "the ultimate resolution of this conflict in favour of the Sudanese people.”\n"
    "Sudan’s Sovereign Council Chairman Abdel Fattah Al-Burhan declared the capital Khartoum “free” on "
    "Wednesday after his army forces expelled RSF fighters from the city.\n"
    "“We will continue to fight until all wars cease, and security and stability are restored,” said the "
    "militia.\n"
)

# https://wallafricajournal.com/rsf-rejects-negotiations-vows-military-resolution
RSF_AL_NUR = (
    "In a video statement, Mohamed Al-Mukhtar Al-Nur, spokesperson for the RSF negotiation team, said, “We "
    "sought peace, but since they have chosen war, we are prepared.\n"
    "The Sudanese army has demanded that the RSF disarm, regroup in designated areas, and withdraw from "
    "territories they currently control before any talks can resume.\n"
    "Al-Nur dismissed the army’s and its allies’ mobilization efforts as “failed attempts” and urged RSF fighters "
    "to take decisive action. “The drums of war have been beaten. We are skilled at confronting the army,” "
    "Al-Nur declared.\n"
)

# https://allafrica.com/stories/202503310095.html
DAGALO_BURHAN = (
    "Dagalo, known as Hemedti, said in an audio message on Telegram that the RSF made a tactical decision to "
    "leave Khartoum, to \"reposition in Omdurman\", Khartoum's twin city that the RSF had used previously to "
    "launch attacks.\n"
    "Dagalo said there were no negotiations with the army, which he called a \"diabolical movement\".\n"
    "\"We have neither agreement nor discussion with them,\" he said. \"Only the language of arms.\"\n"
    "On Saturday army chief Abdel Fattah al-Burhan ruled out any reconciliation with the RSF, vowing to crush "
    "it.\n"
    "\"We will neither forgive, nor compromise, nor negotiate,\" he said, reaffirming the military's commitment "
    "to restoring national unity and stability.\n"
)

# https://www.pravda.com.ua/eng/news/2025/04/19/7508312/
SYBIHA = (
    "Ukraine’s Foreign Minister Andrii Sybiha has said that Ukraine agreed to the US proposal for a full "
    "temporary ceasefire for 30 days on 11 March and wants to see Russian forces really cease fire on all "
    "fronts.\n"
    "Details: Sybiha stressed that Russia could at any time agree to a proposal for a full and unconditional "
    "30-day ceasefire, which has been on the table since March.\n"
    "\"We want to see Russian forces truly cease fire on all fronts. We also call on all our partners and the "
    "international community to remain vigilant,\" he said.\n"
)

# https://rubryka.com/en/2021/08/12/ukrayina-zaklykala-rosiyu-dovesty-na-dili-bazhannya-zavershyty-vijnu-na-donbasi/amp
NIKOLENKO = (
    "The press secretary of the Ministry of Foreign Affairs of Ukraine, Oleh Nikolenko, stated this in a comment "
    "to RBC-Ukraine.\n"
    "The Russian Foreign Ministry has accused the Ukrainian side of allegedly violating the ceasefire in Donbas "
    "and delaying talks on resolving the conflict in eastern Ukraine.\n"
    "\"Russia is desperately trying to lay its own fault at somebody else's door. The conscientious fulfillment "
    "of its peace commitments is increasingly being replaced by noisy political statements,\" Nikolenko said.\n"
    "Nikolenko stressed that the residents of the occupied Donbas needed an alternative to the destructive "
    "policy of the \"Russian world,\" and the Kremlin must realize that \"it is impossible to build peace on "
    "Russian tanks.\"\n"
    "\"We are still determined to make progress in the political and diplomatic settlement of the "
    "Russian-Ukrainian armed conflict. We expect that the logic of war will inevitably be abandoned by Russia as "
    "well,\" the Foreign Ministry spokesman added.\n"
)

# https://ankoletimes.co.ug/world-news/?p=5098
LAVROV = (
    "Russian Foreign Minister Sergey Lavrov made clear Russia’s rejection of a ceasefire in Ukraine during a "
    "discussion with students at the Russian Armenian University in Yerevan.\n"
    "Lavrov described calls for an immediate and unconditional ceasefire as part of a tactic he mocked: “Let’s "
    "have a ceasefire – and then we’ll see.”\n"
    "“We have already been in these stories. We do not want to do that anymore,” said the Russian diplomat.\n"
)

# https://turkey.news-pravda.com/en/world/2025/05/13/18856.html
PESKOV_ZARUBIN = (
    "As Vladimir Putin's press secretary Dmitry Peskov said in an interview with Rossiya 1 correspondent Pavel "
    "Zarubin, the Russian delegation is ready to meet with Ukrainian representatives in Istanbul on Thursday, "
    "May 15.\n"
    "\"Our delegation will be there and will be waiting for the Ukrainian side. [The composition of the Russian "
    "delegation] has not yet been disclosed,\" Peskov said.\n"
    "At the same time, the Kremlin representative refrained from specifying the time of the negotiations and did "
    "not mention the names of the Russian participants in the dialogue.\n"
    "\"No, I can't. When there is an instruction from the president, then we will do it,\" the spokesman added, "
    "answering a question about when the names of the participants in the negotiations would be revealed.\n"
    "When asked about Kiev leader Vladimir Zelensky's proposal for a personal meeting, Dmitry Peskov replied "
    "succinctly: \"We only evaluate Putin's statements,\" thereby refusing to discuss the initiative of the Kiev "
    "leadership.\n"
)

# https://turkey.news-pravda.com/en/turkey/2025/05/15/21086.html
PESKOV_TASS = (
    "MOSCOW, May 15th. /tass/. The Russian delegation is in Istanbul this morning waiting for their Ukrainian "
    "counterparts, who are not there yet. Dmitry Peskov, the press secretary of the President of the Russian "
    "Federation, said this in response to a question from TASS.\n"
    "\"The Russian delegation is already in Istanbul, waiting in the morning for their Ukrainian counterparts, "
    "who are not there yet,\" the Kremlin spokesman said.\n"
)

# https://gladlink.net/kremlin-issues-update-on-preparations-for-potential-ukraine-talks
PESKOV_EUROPE = (
    "When asked by journalists on Tuesday if the talks in Istanbul would actually take place, Peskov replied "
    "that “the Russian side continues to prepare for the negotiations that are scheduled to take place on "
    "Thursday,” but declined to comment further.\n"
    "The Kremlin spokesman appeared to rule out the possibility of Ukraine’s Western European backers taking "
    "part in the peace process between Moscow and Kiev in any form.\n"
    "“[Western] Europe is, after all, entirely on Ukraine’s side. It cannot claim to have an unbiased approach… "
    "Its approach is not balanced, it is rather pro-war, aimed at continuing the fighting,” Peskov explained.\n"
)

# https://www.middleeastmonitor.com/20240228-qatar-says-no-progress-in-ceasefire-and-prisoner-talks-but-still-hopeful/
ANSARI_HOPEFUL = (
    "A spokesman for the foreign ministry in Qatar has revealed that there is no breakthrough allowing details "
    "of a Gaza ceasefire deal to be announced. However, Majed Al-Ansari was also quoted by Reuters as saying, "
    "“We remain hopeful that we can reach some form of agreement.”\n"
    "Al-Ansari mentioned that efforts are ongoing on various levels regarding mediation, and there have been "
    "many developments within this framework.\n"
)

# https://www.theyeshivaworld.com/news/israel-news/2268270/qatari-fm-gaza-ceasefire-not-near-as-situation-on-the-ground-remains-very-complicated.html
ANSARI_NOT_NEAR = (
    "Qatar’s foreign ministry spokesperson, Majed Al-Ansari, expressed cautious optimism about reaching a "
    "ceasefire deal in Gaza, despite acknowledging that an agreement is not imminent.\n"
    "“We are not near a Gaza ceasefire deal but remain hopeful,” Ansari said at a press conference in Doha. "
    "“Talks are ongoing, but we are not seeing both sides converging on language that can resolve the current "
    "disagreement over the implementation of a deal.”\n"
)

# https://pledgetimes.com/qatar-sees-no-evolution-in-negotiations-for-truce-in-gaza-and-hostage-exchange/
ANSARI_WEEKLY = (
    "The spokesman for the Qatari Foreign Ministry, Majed al Ansari, assured this Tuesday that So far there is "
    "no “evolution” in the negotiations between the parties to reach an agreement of truce in the Gaza Strip, "
    "although he was optimistic that it could be reached this week.\n"
    "Al Ansari stated that he cannot comment on what US President Joe Biden said yesterday in New York, saying "
    "that he hopes that a ceasefire agreement will be reached next Monday.\n"
    "“We cannot comment on the progress of the negotiations now,” insisted the Qatari, who pointed out that it "
    "is “painful” that humanitarian aid is a part of them.\n"
)

# https://ynetnews.com/article/ryuhjgi006
ANSARI_IDEAS = (
    "Qatari Foreign Ministry spokesperson Majed al Ansari said on Tuesday that Qatar is exchanging ideas with "
    "others, in efforts to mediate a new hostage release deal to free Israeli captives held by Hamas in Gaza.\n"
    "al Ansari said all ideas lead to a \"cessation of the fighting, prevention of it expanding and agreeing on "
    "a hostage exchange.\" On post-war Gaza al-Ansari said that Qatar was open to ideas that bring Palestinian "
    "national ambitions to fruition and advance Palestinian freedom.\n"
    "\"Our priority now is to stop the war, bring humanitarian aid into Gaza and prevent expansion of the "
    "conflict,\" he said. He also condemned statements made by Israeli officials about removing Palestinians "
    "from the Strip and called them unacceptable.\n"
)

# https://menafn.com/1109981546/Qatar-Urges-Global-Pressure-On-Israel-To-Respond-To-Gaza-Ceasefire-Proposal
ANSARI_JOURNALISTS = (
    "“We appeal to the international parties to exert pressure on Israel to respond to the mediation proposal, "
    "because the ball is now in the Israeli court,” Al Ansari said yesterday while addressing weekly media "
    "briefing.\n"
    "He also expressed Qatar's strong condemnation of the targeting of journalists in Gaza, pointing out that "
    "the targeting of more than a hundred journalists could not be a “mistake” but rather an attempt to obscure "
    "the facts.\n"
    "“We call on the international community to exercise more pressure on Israel to stop targeting journalists, "
    "ambulance crews, and civilians.”\n"
)

# https://southafricapress.com/foreign-affairs/ethiopia-peace-talks-set-to-start-in-south-africa/
PRETORIA_TALKS = (
    "The Ethiopian government put out a statement saying it viewed the talks as “an opportunity to peacefully "
    "resolve the conflict.”\n"
    "Clayson Monyela, a spokesman for South Africa’s Department of International Relations and Cooperation, "
    "told VOA the department had no authority to speak on the talks and referred any questions to the African "
    "Union, which is organizing them.\n"
    "U.N. Secretary-General Antonio Guterres warned last week that the situation was “spiraling out of "
    "control,” while World Health Organization chief Tedros Adhanom Ghebreyesus, himself a Tigrayan, warned of "
    "the possibility of genocide.\n"
)

# https://emiratesnewswire.com/cessation-of-hostilities-in-syria-is-holding-despite-some-incidents-says-un-chief/
BAN_DE_MISTURA = (
    "GENEVA, 29th February 2016 (WAM) – The UN Secretary-General Ban Ki Moon has said that by and large, the "
    "cessation of hostilities in Syria is holding despite some incidents.\n"
    "“As of now, I can tell you that by and large, the cessation of hostilities is holding, even though we have "
    "experienced some incidents,” Ban told the reporters today.\n"
    "“This morning, I have received a briefing from Special Envoy Staffan de Mistura and also, I had the "
    "opportunity of meeting the members of the Task Force,” he added.\n"
)

# https://www.urdupoint.com/en/world/un-chief-urges-states-to-redouble-peace-effor-963133.html
DUJARRIC_STATEMENT = (
    "UN Secretary-General Antonio Guterres called on countries to redouble their efforts to help reach "
    "ceasefires in the armed conflicts across the world, United Nations spokesperson Stephane Dujarric said in "
    "a statement on Wednesday.\n"
    "\"The Secretary-General continues to urge individual Member States to redouble their efforts for peace in "
    "the conflicts in which they have influence,\" Dujarric said.\n"
    "Dujarric noted that the UN chief welcomed the adoption of the document that backs his appeal made back in "
    "March to all warring parties to lay down their weapons.\n"
    "The UN Secretary-General looks forward to working with all stakeholders to advance ceasefire efforts and "
    "promote long-lasting peace, Dujarric added.\n"
)

# http://www.reuters.com/article/us-mideast-crisis-ceasefire-un-idUSKCN0VV21B
BAN_SPOKESMAN = (
    "UNITED NATIONS (Reuters) - United Nations Secretary-General Ban Ki-moon on Monday welcomed the U.S.-Russian "
    "announcement of an agreement on a cessation of hostilities in Syria to take effect this weekend and called "
    "on all warring parties to implement it, Ban’s spokesman said.\n"
    "A cessation of hostilities is meant to be “a first step towards a more durable ceasefire,” U.N. spokesman "
    "Stephane Dujarric told reporters about the agreement, which is meant to take effect on Saturday, Feb. 27.\n"
    "“The Secretary-General strongly urges the parties to abide by the terms of the agreement,” he said. “Much "
    "work now lies ahead to ensure its implementation.”\n"
)

# https://www.urdupoint.com/en/world/update-us-delegation-to-go-to-turkey-as-qu-736920.html
ANKARA_DELEGATION = (
    "\"We do remain committed to pursuing a negotiated resolution to the situation which is why the president "
    "directed a senior level delegation to depart for Ankara as quickly as possible to see if we can achieve a "
    "deal,\" a senior US administration official said on Monday.\n"
    "Earlier on Monday, US Vice President Mike Pence said he was directed by US President Donald Trump to lead a "
    "delegation to Turkey together with National Security Adviser Robert O'Brien.\n"
    "\"What we're trying to do know is first of all, restore the situation as best we can via ceasefire,\" the US "
    "official explained.\n"
)

# https://newswire.com.pk/2019/01/27/taliban-reject-direct-talks-with-afghan-govt
TALIBAN_MUJAHID = (
    "Talks ended on Saturday evening after consecutive meetings from the past six days in the Doha, Taliban "
    "spokesman Zabihullah Mujahid said in a statement. “Progress made during the talks on the withdrawal of "
    "foreign troops from Afghanistan and other crucial matters. It was also agreed to continue discussion in the "
    "future,” he said. Mujahid hinted that until the matter of withdrawal of foreign forces was not agreed upon "
    "progress on other issues would be impossible, adding that the pullout of foreign troops was highly "
    "important for them.\n"
)

# https://pakobserver.net/zalmay-meets-taliban-chief-negotiator-in-doha/
TALIBAN_NAEEM = (
    "In Doha, the head of the Taliban’s political office, Mullah Abdul Ghani Baradar, and the new head of the "
    "Taliban’s negotiating team, Abdul Hakim Haqqani, met with Khalilzad and Qatar’s deputy prime minister on "
    "Monday, Taliban spokesperson Dr Mohammad Naeem said in a statement shared on Twitter. “Issues related to the "
    "prisoners’ release and immediate start of the intra-Afghan talks were discussed,” Naeem said.\n"
)

# http://www.newtimes.co.rw/article/23783/news/africa/m23-rebels-declare-unilateral-ceasefire/amp
M23_KANYUKA = (
    "The M23 rebels in eastern DR Congo on Monday, February 3, declared a unilateral ceasefire one week after "
    "they captured the strategic city of Goma, the capital of North Kivu province.\n"
    "The rebels' spokesperson Lawrence Kanyuka said the ceasefire, declared for humanitarian reasons, would take "
    "effect on Tuesday, February 4.\n"
    "He said the move was \"in response to the humanitarian crisis caused by the Kinshasa regime.\"\n"
    "The development followed reports of fighting on Sunday and Monday in Kavumu, about 20 kilometres from "
    "Bukavu, the capital of South Kivu Province.\n"
    "\"It must be made clear that we have no intention of capturing Bukavu or other areas,” Kanyuka said in a "
    "Monday statement.\n"
    "\"We condemn the [Congolese army’s] continued use of military aircraft at Kavumu Airport, where they load "
    "bombs that kill our compatriots in liberated areas.”\n"
    "He added that the rebels were committed to \"protecting and defending the civilian population and our "
    "positions.”\n"
)

# https://wmconnect.com/politics/story/0001/20250204/24470048e1382a787131ce81d1ee7c5a
CONGO_MUYAYA_DUJARRIC = (
    "The M23 rebels on Monday announced the ceasefire on humanitarian grounds after pleas for the safe passage of "
    "aid and hundreds of thousands of displaced people.\n"
    "But “all we are waiting for is the withdrawal of the M23,” Congo’s government spokesperson Patrick Muyaya "
    "told journalists.\n"
    "On Tuesday, U.N, spokesman Stephane Dujarric told journalists they had reports of heavy fighting in South "
    "Kivu, though “we don’t have any reports of the M23 moving closer to Bukavu.”\n"
    "Also Tuesday, Congo’s interior minister, Jacquemain Shabani, said the death toll in last week's fighting had "
    "reached 2,000, asserting that bodies had been put in mass graves.\n"
)

# https://axadletimes.com/eye-on-africa/east-africa/m23-rebels-not-really-concerned-about-rwanda-dr-congo-ceasefire-agreements.html5
M23_LUTUNDULA = (
    "“M23 has seen the document on social media… There was nobody at the summit (from M23) so it doesn’t really "
    "worry us,” Lawrence Kanyuka, political spokesman for the M23 movement (March 23), told AFP.\n"
    "“Normally when there is a ceasefire it is between the two warring sides,” he added.\n"
    "At a press conference in Kinshasa on Thursday, Congolese Foreign Minister Christophe Lutundula said: "
    "“Tomorrow, 18:00, M23 must stop all its attacks.”\n"
    "Kanyuka said the rebels declared a “unilateral ceasefire” in April and believed it was still in effect.\n"
    "“If the government does not attack us tomorrow at 18:00 (16:00 GMT), or in the morning, we will still be "
    "there,” he said.\n"
)

# https://medafricatimes.com/27344-m23-says-drc-rwanda-ceasefire-not-binding.html
M23_NGOMA = (
    "The ceasefire announced Wednesday in Luanda after a summit between Congolese President Felix Tshisekedi and "
    "Rwandan President Paul Kagame “does not commit the M23,” the rebel movement’s spokesman said Thursday.\n"
    "“We are Congolese, not Rwandans. If there is a ceasefire, it can only be between us and the Congolese "
    "government,” said Willy Ngoma, spokesman for the M23, a movement whose resurgence in eastern DRC has led "
    "to current tensions between the DRC and Rwanda.\n"
)

# https://newscentral.africa/congolese-rebels-reject-ceasefire-agreement
M23_MUNYARUGERERO = (
    "Canisius Munyarugerero said the group is ignoring Wednesday’s decisions in the Angolan capital, Luanda, "
    "because “we were not invited to that meeting” to deliberate on the DR Congo crisis.\n"
    "“We M23 are not Burundians, we are not Rwandans, we are not Kenyans, not even Angolans. We are Congolese, "
    "and we are home, they are telling us to withdraw to where?” Munyarugerero questioned.\n"
    "Asked if they were ready to face a regional force, Munyarugerero said: “Just know that we won’t retreat.”\n"
)

# https://jurist.org/news/2023/01/colombia-government-to-continue-ceasefire-peace-talks-with-eln-rebels-in-mexico-in-february
ELN_BELTRAN = (
    "Coverage of the talks reported that Otti Patiño, the head of the Colombian government delegation for talks "
    "with the ELN, assured that the “trust” between both parties had been strengthened after the meetings held "
    "in Caracas. He added that in any negotiation process there will be “errors” but hoped that this process "
    "could find solutions in an “expedited” and secure manner.\n"
    "Speaking on the process, Pablo Beltrán, the head of the ELN delegation, agreed that the issue of the "
    "bilateral ceasefire would have to be discussed in the second cycle of talks scheduled for February 13 in "
    "Mexico, stating, “You have to agree on the rules of the game, which are called protocols, and these "
    "protocols in turn cover the State Armed Forces and the ELN, because they bind both.”\n"
)

# https://en.mercopress.com/2022/11/26/guarantors-of-colombia-eln-peace-talks-ratified
ELN_CEPEDA = (
    "They also decided to invite Brazil, Chile, Mexico, and the United States to join the process. “It was "
    "agreed to advance diplomatic actions with the government of the United States to know its willingness to "
    "participate in this process through a special envoy to the dialogue table,” Senator Iván Cepeda of the "
    "negotiating team told reporters.\n"
)

# https://www.today90.com/government-of-colombia-and-the-eln-reinstate-peace-talks-table-in-venezuela-news/
ELN_CARACAS = (
    "During the act, General Carlos Martínez read a statement from the Government of President Nicolás Maduro "
    "and the Venezuelan people, in which they greet the peace talks “with renewed hopes” between the parties.\n"
    "The head of the ELN delegation, Pablo Beltrán, highlighted the diversity of the representation of the "
    "Colombian Government in the dialogue; He thanked the host country and the guarantors.\n"
    "“We hope that the moment of change that Colombia is experiencing, which has been expressed in multiple ways "
    "in the streets, at the polls, and which demands that there be fundamental changes; we understand that cry "
    "and we take responsibility for it,” he said.\n"
    "Beltrán stated that “Colombians cannot see ourselves as enemies. The work we have to do is reconciliation, "
    "to rediscover common ground, to build a nation in peace and equity.”\n"
)

# https://metapress.net/middle-east/2024/11/30/hezbollah-chief-says-will-work-with-lebanon-army-to-implement-ceasefire
QASSEM = (
    "In his first televised address since the truce went into effect, Hezbollah Secretary-General Naim Qassem "
    "said on Friday that he did not envision “problems or disagreement” with the army, which under the terms of "
    "the deal will deploy to southern Lebanon over 60 days as Hezbollah fighters and Israeli forces withdraw.\n"
    "“The coordination between the resistance and the Lebanese army will be at a high level to implement the "
    "commitments of the agreement,” Qassem said.\n"
    "“We will work to … strengthen Lebanon’s defensive capacities,” he said.\n"
    "“The resistance will be ready to prevent the enemy from taking advantage of Lebanon’s weakness along with "
    "our partners … first and foremost the army,” he added.\n"
)

# https://tehrantimes.com/news/506809/Israel-announces-truce-with-Hezbollah
NETANYAHU_FADLALLAH = (
    "In announcing the ceasefire deal, Netanyahu said the length of the ceasefire depended on Hezbollah. “We "
    "will maintain full freedom of movement… if Hezbollah moves rockets into position we will attack.”\n"
    "A senior Hezbollah official said on Tuesday that the Lebanese resistance movement will remain active after "
    "its war with Israel ends, including by helping displaced Lebanese return to their villages.\n"
    "\"From now, we confirm that the Resistance (Hezbollah) will remain, will continue, will carry on,\" Hassan "
    "Fadlallah, who is also a member of Lebanon's parliament, told Reuters in an interview.\n"
    "\"And the proof of that is that when Israel's aggression against Lebanon ends, then the Resistance that was "
    "fighting in the battlefield will itself be working to help its people to return (home) and to rebuild,\" "
    "he said.\n"
)

# https://todaystreamtv.com/?p=13826
IDF_TRUCK = (
    "The Israeli military said on Friday it had attacked a mobile rocket launcher belonging to the Hezbollah "
    "militia in southern Lebanon, two days after the ceasefire came into force.\n"
    "The Israel Defense Forces (IDF) released a video showing an exploding truck.\n"
    "“Terrorist activity” had taken place there, the IDF said, in justification of the air strike.\n"
)

# https://mediaissuesng.com/news/israel-agrees-to-ceasefire-with-hezbollah
NETANYAHU_ADDRESS = (
    "Netanyahu, who stated this in a televised address, said he would put a ceasefire outline to ministers.\n"
    "He, however, did not say how long the truce would last, but said the length of the ceasefire depends on "
    "what happens in Lebanon.\n"
    "“If Hezbollah violates the agreement and attempts to rearm, we will strike.\n"
    "“In full coordination with the United States, we are maintaining full military freedom of action,” "
    "Netanyahu said.\n"
)

# https://www.scmp.com/news/asia/southeast-asia/article/3244699/china-brokers-talks-myanmar-between-military-junta-and-rebel-groups-yield-positive-results
MYANMAR_MAO = (
    "The meeting was facilitated by China and there would likely be another such meeting by the end of this "
    "month, Zaw Min Tun said, according to MRTV’s Telegram channel.\n"
    "“Myanmar’s National Unity and Peacemaking Coordination Committee met with representatives of MNDAA, TNLA and "
    "AA with the help of China,” he said, referring to the armed ethnic groups.\n"
    "China said on Monday that peace talks had yielded “positive results”.\n"
    "“China is happy to see the parties to the conflict in northern Myanmar hold peace talks and achieve "
    "positive results,” foreign ministry spokeswoman Mao Ning said.\n"
    "Beijing would “continue to provide support and facilitation to this end”, she added.\n"
)

# https://msd11.gn.apc.org/node/8874
KUNMING_CEASEFIRE = (
    "The agreement was brokered at talks mediated by China on Wednesday and Thursday in Kunming, a Chinese "
    "provincial capital about 250 miles from the border with Myanmar, Foreign Ministry spokesperson Mao Ning "
    "said.\n"
    "“China hopes the relevant parties in Myanmar can conscientiously implement the agreement, exercise maximum "
    "restraint toward each other and solve the issues through dialogue and consultations,” she said at a daily "
    "briefing in Beijing.\n"
    "Major General Zaw Min Tun, the spokesperson of Myanmar’s ruling military council, said the two sides had "
    "met in Kunming and after talks, agreed on a temporary ceasefire agreement.\n"
    "He said: “We will continue discussions. We will continue to work for the strengthening of the ceasefire.”\n"
)

# https://www.theworldmonitor.com/china-facilitates-ceasefire-between-myanmar-military-ethnic/
KUNMING_AFP = (
    "The spokesperson for the military group, Zaw Min Tun, told Agence France-Presse (AFP), “A meeting was held "
    "in Kunming, and we reached an agreement on a ceasefire.”\n"
    "Meanwhile, Tar Bong Kyaw, from the “Tang National Liberation Army,” told AFP, “We have agreed to reopen "
    "cross-border trade” with China.\n"
)

# https://www.armenianclub.com/2023/12/31/azerbaijan-sees-no-serious-obstacles-for-peace-treaty-with-armenia-says-hajiyev/
HAJIYEV_TRT = (
    "Hikmet Hajiyev, the assistant to the President of Azerbaijan Ilham Aliyev, told TRT that the contacts "
    "between Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Aliyev during the CIS summit in "
    "Saint Petersburg have been “productive and constructive.”\n"
    "“The Azerbaijani side finds it to be a productive and constructive partnership for advancing the peace "
    "agenda between the two countries,” Hajiyev said.\n"
    "The official added that Baku wants to advance the peace process and doesn’t see any serious obstacles for "
    "doing so. “We don’t see further serious obstacles for signing a peace treaty between the two countries,” he "
    "said, without specifying possible timeframes due to ongoing talks.\n"
)

# https://en.trend.az/azerbaijan/politics/3726421.html
HAJIZADA_TWEET = (
    "Previously, Pashinyan tweeted that there will be a peace treaty between Armenia and Azerbaijan, and it will "
    "be based on the joint official statements adopted at the highest level.\n"
    "\"There won’t be a new escalation! The international community must strongly support this narrative,\" the "
    "prime minister also tweeted.\n"
    "Hajizada said respect to territorial integrity and sovereignty must prevail in the region, and any "
    "escalation must be addressed based on norms and principles of international law.\n"
    "\"International community supports this narrative,\" he said.\n"
)

# https://special.azertag.az/en/xeber/2539985
HAJIZADA_DECEPTION = (
    "“The claim by Armenia that Azerbaijan is not interested in the peace agreement is another obvious example "
    "of deception,” said head of the Press Service Department of Azerbaijan's Foreign Ministry Aykhan Hajizada "
    "as he commented on anti-Azerbaijani statement of the Ministry of Foreign Affairs of Armenia dated March 18.\n"
    "“With such statements, Armenia is trying to cover up its artificial delaying of the peace treaty "
    "negotiation process,” the spokesperson added.\n"
)

# https://tass.com/world/1675795/amp
HAJIYEV_TASS = (
    "MOSCOW, September 16. /TASS/. Azerbaijan still hopes to conclude a peace treaty with Armenia by the end of "
    "the year, assistant to the president of Azerbaijan Hikmet Hajiyev said in an interview with TASS.\n"
    "\"We still hope for the signing of a peace treaty before the end of this year and call on the Armenian "
    "political leadership to take the main step,\" he said.\n"
    "Hajiyev highlighted the important role of Russia in this process, \"whose active mediation ensured the "
    "signing of a trilateral agreement in November 2020, which put an end to large-scale hostilities.\"\n"
)

# https://www.urdupoint.com/en/world/erdogan-planning-to-hold-phone-talks-with-zel-1665682.html
KALIN_NTV = (
    "ANKARA (UrduPoint News / Sputnik - 26th March, 2023) Turkish President Recep Tayyip Erdogan is planning to "
    "discuss the settlement of the Ukraine conflict with Ukrainian leader Volodymyr Zelenskyy after similar "
    "talks with Russian President Vladimir Putin, Turkish presidential spokesman Ibrahim Kalin said on "
    "Saturday.\n"
    "Earlier in the day, Putin and Erdogan held phone talks and discussed, among other things, the settlement of "
    "the Ukraine conflict.\n"
    "\"Today, the president held talks with Russian President Vladimir Putin. It is expected that the "
    "negotiations with Zelenskyy will also take place to find ways to resolve the situation,\" Kalin told "
    "Turkish broadcaster NTV.\n"
)

# https://en.royanews.tv/news/34571/2022-03-05
KALIN_TRT = (
    "Turkish presidential spokesman Ibrahim Kalin said, according to TRT Haber channel, that Zelensky confirmed "
    "during his contacts with Erdogan his readiness to hold a meeting with Putin in Istanbul or Ankara.\n"
    "\"Our president has just conveyed this message to Putin. We will continue our work in this direction,\" "
    "Kalin added.\n"
    "The official added, \"Having such a meeting undoubtedly will positively affect the current situation. We, "
    "as Turkey, are ready to contribute to this.\"\n"
    "Kalin indicated that Erdogan made two separate phone calls on Friday with his Ukrainian counterpart "
    "Volodymyr Zelensky and British Prime Minister Boris Johnson.\n"
    "He continued: \"Today these talks will continue with the President of the European Union and the Prime "
    "Minister of Canada, and tomorrow he will also hold a conversation with Mr. Putin.\"\n"
)

# https://www.smh.com.au/world/middle-east/hamas-proposes-three-phase-gaza-truce-with-complete-israeli-withdrawal-20240208-p5f3a5.html
ISRAEL_CHANNEL13 = (
    "Israel’s government spokesman said Israel was studying the offer intently, with Prime Minister Benjamin "
    "Netanyahu due to hold a news conference later on Wednesday.\n"
)

# https://www.seattletimes.com/nation-world/yemeni-rebels-halt-swiss-peace-talks/
HOUTHI_DELEGATES = (
    "SANAA, Yemen (AP) — Yemeni peace talks in Switzerland were halted on Friday after the country’s Shiite "
    "Houthi rebel delegation suspended all meetings with the internationally recognized government in protest at "
    "its cease-fire violations, members of Yemen’s two warring sides told The Associated Press.\n"
    "The Houthis appeared to be tactically stalling to avoid meeting their obligations under a deal reached with "
    "the government a day earlier, government delegates told the AP.\n"
)

# https://www.tellerreport.com/news/2023-12-03-al-ansari--qatari-mediation-efforts-on-gaza-are-still-ongoing.ryffpe55S6.html
ANSARI_INTERVIEW = (
    "Advisor to the Prime Minister and Spokesperson for the Qatari Ministry of Foreign Affairs Majid Al-Ansari "
    "confirmed that Qatari mediation efforts on Gaza are still ongoing.\n"
    "In an interview with Al Jazeera, Ansari said teams were still working through the operations room in Doha "
    "or through mediation teams to ensure lines of communication remained open.\n"
    "The Foreign Ministry spokesman stressed that the Israeli bombardment of areas in the southern Gaza Strip "
    "makes it difficult for aid to enter the Strip.\n"
)

# -- paragraphs collected after the rules above were written, as a check that they generalize --

# https://www.africanews.com/2016/06/20/sudan-rebels-request-talks-to-consolidate-peace
SUDAN_REBELS_RELEASE = (
    "Sudanese rebels are calling for immediate talks to consolidate the implementation of the ceasefire declared by "
    "Omar al-Bashir although they still have doubts about the sincerity of the declaration.\n"
    "“A mechanism for monitoring and observing the ceasing of hostilities needs to be reached within a comprehensive "
    "peace process,” the rebels said in a release.\n"
    "In the statement, the rebels extended a hand of dialogue to the Sudanese government in negotiations expected to "
    "be supervised by the African Union.\n"
    "“We are calling upon the regime to send a delegation to Addis Ababa immediately to sit with African Union "
    "mediators to activate the ceasefire offer,” the rebel group added.\n"
)

# https://sudanwarmonitor.com/p/sudan-army-negotiating-does-not-mean
SAF_STATEMENT = (
    "Ahead of the resumption of negotiations, the Sudan Armed Forces issued a statement tampering expectations for a "
    "ceasefire and saying that they will keep fighting.\n"
    "“Resuming negotiations does not mean stopping the battle for national dignity. Eliminating and defeating the "
    "rebels is the goal of the Sudanese people and the Sudan Armed Forces,” said the statement issued by the army’s "
    "official spokesman.\n"
    "The United States of America and the Kingdom of Saudi Arabia are co-facilitating the talks.\n"
    "“Both sides privately indicated that they are ready to resume talks,” said a U.S. official, as quoted by "
    "Reuters. Similarly, an unnamed State Department official quoted by Voice of America said, “The new round will "
    "focus on ensuring unhindered humanitarian access, achieving cease-fires, and other confidence-building "
    "measures to create conditions for the safe delivery of humanitarian assistance.”\n"
    "The official emphasized that Thursday's talks will not tackle political matters.\n"
)

# http://darfur.free.fr/dar91.html
MINAWI = (
    "CAIRO, Sept 2 (AFP) -- Rebels in Sudan's western Darfur region said Tuesday they are willing to sign a "
    "cease-fire that was agreed in principle at secret talks with the government in neighbouring Chad.\n"
    "\"Our leader, Abdullah al-Bakr, is now in Chad and ready to sign a ceasefire accord,\" Sudan Liberation Movement "
    "(SLM) Secretary General Mani Arkoi Minawi told AFP in Cairo by telephone.\n"
    "He said the talks were held Saturday and Sunday in the town of Abeche, some 300 kilometers (186 miles) from the "
    "Sudanese border, after mediation from the Chad's president, Idriss Deby.\n"
    "\"On Monday, the Sudanese minister left Abeche and demanded that Abdullah al-Bakr comes in person to have face "
    "to face talks and sign a ceasefire proposed by Chad,\" he added.\n"
    "He said Al-Bakr has agreed upon the Chadian government request and he crossed from Darfur into Chad Tuesday.\n"
    "\"We want the international organisations to know that al-Bakr is in Chad. We do not want any harm done to "
    "him,\" he said, fearing that the government's request to negotiate with him in person could be trap.\n"
)

# http://www.rantburg.com/comments.php?D=2023-07-31&HC=2&ID=674190 (Sudan Tribune)
SUDAN_FM = (
    "In a statement on July 29, the Sudanese Foreign Ministry confirmed that the refusal of the \"rebel forces\" to "
    "implement their signed commitments is the reason behind the stalemate of Jeddah talks, prompting the "
    "delegation of the Sudanese Armed Forces to return to the homeland.\n"
    "\"The Ministry of Foreign Affairs affirms the delegation’s readiness to return to the Jeddah platform as soon as "
    "the Saudi and American mediators are able to overcome the obstacles and hindrances that prevented the "
    "continuation of the talks,\" stressed the statement.\n"
)

# https://www.albawaba.com/news/new-ceasefire-sudan-looms-horizon-1527655
EREM = (
    "ALBAWABA - A Sudanese official stated to Erem News that ceasefire talks are still underway between the "
    "Sudanese Armed Forces and Rapid Support Forces (RSF) in Jeddah in hopes of reaching a peaceful resolution.\n"
    "The official told Erem News that the warring parties in Sudan are still continuing their talks with Saudi-U.S. "
    "backed mediation in the Saudi city of Jeddah. He said: \"Maybe a new truce will be agreed upon\".\n"
    "Ambassador Ali al-Sadiq, the Sudanese Minister for Foreign Affairs in charge, ruled out a truce, arguing that "
    "peace talks had not yet resumed in earnest.\n"
    "In a statement to the Sudanese news agency SUNA, he added that \"agreeing on another truce is conditioned to "
    "obligating rebels to evacuate public facilities and leave citizens' homes\".\n"
)

# http://www.reuters.com/article/us-somalia-security-alshabaab-idUSKCN0Q00K120150726
SHABAAB = (
    "MOGADISHU (Reuters) - Somali Islamist group al Shabaab claimed responsibility on Sunday for an attack on a hotel "
    "in Mogadishu, saying it was responding to assaults on the group by an African Union force and the Somali "
    "government.\n"
    "“We are behind the attack,” Sheikh Abdiasis Abu Musab, al Shabaab’s military operation spokesman, told Reuters, "
    "saying it was targeting “enemies”, such as members of the AU’s AMISOM force and government officials.\n"
)

# http://www.hiiraan.com/news4/2015/May/99465/al_shabaab_shoot_state_official_dead_in_mogadishu_bomb_au_convoy.aspx
HIIRAAN = (
    "Abdifatah Barre, the deputy district commissioner of Mogadishu's Wadajir district, was shot dead in his car.\n"
    "\"Gunmen opened fire on the car of the deputy district commissioner this morning. The official died and the "
    "gunmen escaped,\" Major Ibrahim Hussein, a police officer, told Reuters.\n"
)

# https://www.neglobal.eu/progress-made-in-talks-between-libya-rivals-says-un-envoy/
SALAME_PROGRESS = (
    "Ghassan Salame, the United Nations’ special envoy for Libya has reported “progress” in Geneva talks between "
    "military representatives of the country’s rival parties.\n"
    "“Progress has been made on many important issues”, Salame said, adding that there were still “two or three "
    "points of divergence”.\n"
    "“If it is easier to have an agreement through shuttle diplomacy, we do not have a problem with that. I am not "
    "here for the picture of the two sides shaking hands”, he added.\n"
)

# https://erstreet.com/world-news/u-n-says-libya-ceasefire-talks-back-on-track-in-geneva/
HAFTAR_LEBLANC = (
    "Its rival – Libyan National Army commander Khalifa Haftar – told Russia’s RIA news agency a ceasefire would only "
    "be possible if Turkish and Syrian fighters stopped supporting the GNA.\n"
    "“A ceasefire (would be) the result of a number of conditions being fulfilled …the withdrawal of Syrian and "
    "Turkish mercenaries, an end to Turkish arms supplies to Tripoli, and the liquidation of terrorist groups (in "
    "Tripoli),” Haftar told the agency in an interview published on Friday.\n"
    "The United Nations said the talks had resumed on Thursday. “The talks will continue today (Friday) and they "
    "will be getting under way shortly. So things are still happening on that front,” U.N. spokesman Rheal LeBlanc "
    "told reporters in Geneva.\n"
)

# https://hi-helsinki-city.com/world-news/libya-ceasefire-talks-going-in-right-direction-u-n-envoy-says/
SALAME_COLON = (
    "Ghassan Salame speaking to Reuters during a break in military talks in Geneva, which resumed on Thursday "
    "after the internationally-recognized government in Tripoli pulled out of negotiations as renegade forces "
    "shelled the capital’s port.\n"
    "LNA commander Khalifa Haftar told Russia’s RIA news agency earlier that a ceasefire would only be possible if "
    "Turkish and Syrian fighters stopped supporting the GNA.\n"
    "Salame, asked about Haftar’s preconditions and whether there the other side was prepared to accept such "
    "demands, said:\n"
    "“I think that these demands are reasonable and I think they are viewed as reasonable by the other party as "
    "well. The whole question is when, where, and what is the quid pro quo? That’s what the negotiation is about.”\n"
    "Salame said he expected political-level talks to convene in Geneva next Wednesday but he was already working "
    "on confidence-building measures.\n"
    "“In parallel we are trying to make air travel a bit safer in Libya especially from Mitiga as well as Misrata. "
    "We are also trying to reopen the port to be a safe harbor.”\n"
)

# https://sntv.so/2018/02/28/amisom-and-the-somali-government-reiterate-their-commitment-to-eliminate-al-shabaab/
MADEIRA = (
    "The pledge was made by the Special Representative of the Chairperson of the African Union Commission (SRCC) for "
    "Somalia, Ambassador Francisco Madeira, and the Minister of Interior, Federal Affairs and Reconciliation, Abdi "
    "Mohamed Sabriye, at a joint press briefing in Mogadishu today.\n"
    "“I wanted, as I’m surrounded by my Force Commander, my Police Commissioner and my colleagues who deal with "
    "issues of security and policy, to reaffirm that AMISOM and the Somali national security forces are one. All "
    "are united in a common purpose (which is) defeating Al-Shabaab,” Ambassador Madeira said.\n"
)

# https://www.voaafrica.com/a/sudan-combatants-no-cease-fire-but-civilians-protected/7090321.html
PERTHES = (
    "\"The two sides are quite far apart,\" a senior U.S. State Department official said, speaking on condition of "
    "anonymity.\n"
    "Volker Perthes, U.N. Special Representative for Sudan, said he had spoken with one of the sides since and was "
    "assured of their willingness to keep talking.\n"
    "\"We expect these talks on a cease-fire to start off again from today or from tomorrow. It shouldn't "
    "technically take too long to agree on the modalities of ceasefire,\" he told a Geneva press briefing from Port "
    "Sudan.\n"
    "A text of the declaration released after the talks said the two factions \"commit to prioritizing discussions "
    "to achieve a short-term cease-fire to facilitate the delivery of emergency humanitarian assistance.\"\n"
    "The senior State Department official said the declaration signed early Friday seeks to improve the flow of "
    "humanitarian relief.\n"
)

# (text, fragment of the statement, direct, names a reader accepts for its speaker or None)

# -- speakers the actors stage used to miss: unnamed officials, offices, titled names, first names --

# https://www.hurriyetdailynews.com/hamas-open-to-more-ceasefire-talks-palestinian-official-190530
HAMAS_OPEN_OFFICIAL = (
    "Hamas still wants to discuss a ceasefire in its war with Israel, a Palestinian official close to the "
    "militant group told AFP Thursday, despite a rejection of its initial offer.\n"
    "Israel's Prime Minister Benjamin Netanyahu on Wednesday dismissed the organisation's ceasefire proposal, "
    "calling it \"bizarre\" and vowing to press on with military action until \"total victory\".\n"
    "The Palestinian official said a Hamas delegation would meet Egyptian officials in Cairo from Thursday, who "
    "would then work with Qatari representatives to find more common ground.\n"
    "\"We expect the negotiations to be very complex and difficult but Hamas is open to discussions and the "
    "movement is keen to reach a ceasefire,\" added the official, who is familiar with the negotiations.\n"
    "\"The two parties will hold several rounds of negotiations indirectly,\" he said on condition of anonymity "
    "because he was not authorised to speak on this sensitive issue.\n"
)

# https://www.lbcgroup.tv/news/lebanon-news/803813/hezbollah-agreed-on-lebanon-ceasefire-before-israel-killed-leader-gove/en
HEZBOLLAH_GOVERNMENT_SOURCE = (
    "Hezbollah told the Lebanese authorities it accepted a ceasefire with Israel the day an Israeli strike killed "
    "its leader Hassan Nasrallah, a government source told AFP on Wednesday.\n"
    "\"On September 27, Hezbollah officially informed the Lebanese government, via Parliament Speaker Nabih Berri, "
    "that he accepted an international initiative for a ceasefire,\" the source said.\n"
    "Prime Minister Najib Mikati was at the U.N. General Assembly in New York that day when the United States and "
    "its allies put forward a proposal for a 21-day ceasefire in Lebanon.\n"
    "Mikati informed his counterparts of Hezbollah's position, the source said, and international negotiators "
    "were waiting to hear back from Israel.\n"
    "Since his death, the Lebanese government \"has had no contact with Hezbollah,\" the source added.\n"
)

# https://www.swissinfo.ch/eng/hezbollah-says-no-official-ceasefire-proposal-received-yet/88089640
HEZBOLLAH_AFIF_SAAR = (
    "BEIRUT (Reuters) - Hezbollah has not received any proposals on a truce for Lebanon, a spokesperson said "
    "Monday, as Israel's foreign minister said diplomatic efforts had made \"progress\" and amid Israeli media "
    "reports that the cabinet had approved a ceasefire proposal.\n"
    "\"So far, according to my information, nothing official has reached Lebanon or us in this regard,\" the head "
    "of Hezbollah's media office, Mohammad Afif, said in news conference in the southern suburbs of Beirut.\n"
    "Israeli foreign minister Gideon Saar said on Monday that progress had been made in Lebanon's ceasefire "
    "talks but that enforcement remained the most important element.\n"
)

# https://en.didgahnews.ir/sudan-army-returns-to-s-arabia-for-cease-fire-talks-report
RSF_SOURCE = (
    "The RSF, for its part, said it is ready to negotiate with the army to reach a peaceful solution to the "
    "conflict in Sudan.\n"
    "\"We have the political will to resume the negotiations to end the suffering of civilians,\" a source with "
    "the paramilitary group told Anadolu.\n"
)

# https://www.themoscowtimes.com/2019/08/30/ukrainian-presidents-office-says-no-prisoner-swap-with-russia-yet-a67083
ZELENSKIY_OFFICE = (
    "The office of Ukrainian President Volodymyr Zelenskiy on Friday said no prisoner swap had taken place with "
    "Russia yet and the process was ongoing, after an earlier Facebook post by Ukraine's general prosecutor "
    "suggested a swap had been completed.\n"
    "Ukraine is hoping to secure the release of dozens of prisoners, including 24 sailors who were detained by "
    "Russia in the Kerch Strait last year, and filmmaker Oleg Sentsov.\n"
    "\"The process of the prisoner swap is ongoing. Information that it has been completed is untrue,\" the "
    "president's office said in a statement.\n"
)

# https://www.theworldmonitor.com/china-facilitates-ceasefire-between-myanmar-military-ethnic/
KUNMING_SPOKESPERSONS = (
    "China announced on Friday that it has facilitated an \"immediate ceasefire\" between the ruling military "
    "group in Myanmar (Burma) and an alliance of armed ethnic groups engaged in battles in the northern regions.\n"
    "The spokesperson for the Chinese Ministry of Foreign Affairs, Mao Ning, stated that \"the parties have "
    "agreed to an immediate ceasefire and the resolution of disputes and demands through peaceful negotiations,\" "
    "noting that the talks took place on Wednesday and Thursday in the city of Kunming.\n"
    "The spokesperson did not specify the areas covered by the ceasefire.\n"
    "The spokesperson for the military group, Zaw Min Tun, told Agence France-Presse (AFP), \"A meeting was held "
    "in Kunming, and we reached an agreement on a ceasefire.\"\n"
)

# https://www.lbcgroup.tv/news/world-news/783873/myanmar-alliance-says-agreed-4-day-ceasefire-with-military-in-shan-sta/en
TNLA_KYAW = (
    "An alliance of Myanmar ethnic minority armed groups said Sunday it had agreed on a four-day ceasefire with "
    "the junta in northern Shan state following weeks of clashes.\n"
    "\"We... showed cooperation with China by agreeing on a four-day ceasefire in Northern Shan\" from 14-18 July, "
    "Major-General Tar Bhone Kyaw of the Ta'ang National Liberation Army (TNLA), one of the alliance members, "
    "told AFP.\n"
)

# https://ethiopiannewsdigest.com/no-precondition-to-implement-pretoria-peace-deal-ethiopian-official-mereja/
LEGESSE_PRETORIA = (
    "The Pretoria peace agreement signed between the government of Ethiopia and the Tigray People's Liberation "
    "Front (TPLF) did not set any precondition for its implementation, Ethiopia's Government Communication "
    "Service Minister Dr. Legesse Tulu has said.\n"
    "\"The peace deal will be implemented based on the agreed terms and principles,\" Legesse said on social media "
    "he shared on Sunday.\n"
)

# https://banglamirrornews.com/2022/04/09/uk-pm-meets-with-zelenskyy-in-kyiv/
JOHNSON_OFFICE = (
    "British PM Boris Johnson's office said he has traveled to Ukraine to meet with President Zelenskyy to show "
    "solidarity, the Associated Press reported. The visit was not announced in advance.\n"
    "The two leaders meeting Saturday will discuss the \"UK's long term support to Ukraine\" including a new package "
    "of financial and military aid, the prime minister's office said, AP reported.\n"
)

# https://www.newser.com/story/335000/israel-kills-3-islamic-jihad-commanders-in-targeted-gaza-airstrikes.html
ISLAMIC_JIHAD_MILITARY = (
    "Israel killed three senior commanders of the militant Islamic Jihad group in targeted airstrikes early Tuesday, "
    "the military said. Palestinian health officials said 12 people were killed in all, including the commanders, "
    "their wives, several of their children and others nearby, the AP reports.\n"
    "In the past, Palestinian militant groups in Gaza have retaliated for such targeted killings. In anticipation of "
    "Palestinian rocket attacks in response to the airstrikes, the Israeli military advised residents of "
    "communities within 25 miles of Gaza to stay close to designated bomb shelters. The military said the three "
    "targeted men had been responsible for recent rocket fire toward Israel.\n"
)

# https://ifpnews.com/?p=321231
HAMAS_MEDIA_REPORTS = (
    "The group is reportedly willing to drop its demand that any cease-fire deal be permanent in nature, according "
    "to The Associated Press.\n"
    "Citing an unnamed source, the newspaper Haaretz reported that Israel had presented new demands in the ongoing "
    "ceasefire talks after Hamas agreed to the latest terms.\n"
)

# https://dailysabah.com/world/americas/colombia-wont-unilaterally-end-peace-discussions-with-eln-government/amp
ELN_STATEMENT_THAT = (
    "The government of Colombia will not unilaterally end peace talks with the National Liberation Army (ELN) "
    "rebels, its delegation said Thursday.\n"
    "ELN top commander Antonio Garcia posted a statement from the group on X on Thursday that said the peace talks "
    "were in \"crisis\" and the rebel group needed \"to know if the government would keep its word\" and uphold "
    "a future deal.\n"
)

# https://www.theguardian.com/world/2012/nov/21/congo-rebels-ready-march-kinshasa
KAZARAMA_KABILA = (
    "At a gathering of civilians, police and government soldiers at the Stade du Volcan football stadium in Goma, "
    "thousands of Congolese troops defected to the rebels, as the M23 military spokesman Lieutenant Colonel Vianney "
    "Kazarama issued a message to the president, Joseph Kabila.\n"
    "\"People say we have balkanised the Congo, but that is wrong. We will go to Kinshasa, we will unite the "
    "country,\" he announced.\n"
)

# https://en.lb.ua/news/2022/11/23/18023_russian_missile_kills_person.html
NEBYTOV_TITLE_BEFORE = (
    "One person was killed and 20 people were injured as a result by a Russian missile strike at Kyiv Region, the "
    "head of the Kyiv regional police, Andriy Nebytov, has said on the air of the UaRazom telethon.\n"
    "\"We have some damage and are trying to eliminate the consequences as much as we can... Now we can say that "
    "tentatively, one citizen was killed and 20 people who were injured,\" Nebytov said.\n"
    "\"The State Emergency Service is also working on the site. There are ambulances and doctors,\" he said.\n"
)

# http://news.bbc.co.uk/2/hi/americas/6570253.stm
RESTREPO_AGREED = (
    "Peace commissioner Luis Carlos Restrepo said any accord with the National Liberation Army (ELN) would not "
    "begin until rebels ended their campaign.\n"
    "No specific details of the \"temporary and experimental\" ceasefire have been agreed yet, Mr Restrepo said.\n"
)

# https://www.therwandan.com/congom23-rebels-say-will-withdraw-from-goma/
REBELS_DATELINE = (
    "(Reuters) – Rebels in the Democratic Republic of Congo said on Tuesday they would pull out of the eastern city "
    "of Goma in an apparent stalling of their drive to \u201cliberate\u201d the whole country.\n"
)

# https://middleeastmonitor.com/20250327-sudans-rsf-insists-that-it-is-strategically-repositioning-not-losing-fight-against-army/
RSF_GROUP_AFTER_REUTERS = (
    "The Rapid Support Forces (RSF) paramilitary group denied today that it is losing its war against the Sudanese "
    "Army, Reuters has reported. The group insisted that it is \u201cstrategically repositioning\u201d its forces.\n"
)

# https://www.irrawaddy.com/news/burma/myanmar-juntas-threat-of-fighting-dismissed-as-naked-joke-by-arakan-army.html
ARAKAN_ARMY_AA = (
    "The Arakan Army\u2019s (AA) spokesperson has said that the junta\u2019s threat of possible future fighting in "
    "Rakhine State is a \u2018naked joke\u2019.\n"
    "A few hours later, AA spokesperson Khaing Thukha wrote on Facebook that \u201cthose who have never been good "
    "on people throughout history say \u2018don\u2019t blame them.\u2019\u201d\n"
)

# https://dmediag.com/news/asetn.html
AA_ETHNIC_ARMED_GROUP = (
    "At an online press conference on Monday, the Arakan Army (AA) spokesman said that if the military regime "
    "continues its political antagonism vis-a-vis the United League of Arakan/Arakan Army (ULA/AA), fighting could "
    "happen at any time.\n"
    "AA spokesperson U Khaing Thukha said junta soldiers have threatened local residents in Taungup, Thandwe and "
    "Maungdaw townships not to associate with the ULA/AA.\n"
    "The military junta, on the one hand, has observed an informal ceasefire with the AA, but on the other hand, has "
    "continued to send reinforcements to Arakan State on a daily basis, the ethnic armed group said.\n"
)

# https://azatutyun.am/amp/33029885.html
JOINT_MINISTRIES = (
    "\u201cThe parties noted the progress Armenia and Azerbaijan have achieved towards the conclusion of a historic "
    "agreement on peace and establishment of interstate relations, and agreed to continue the work,\u201d the foreign "
    "ministries of the two South Caucasus states said in identical statements issued after the trilateral talks.\n"
    "In the run-up to the Washington talks, Bayramov reiterated that the signing of the Armenian-Azerbaijani peace "
    "treaty is conditional of Armenia changing its constitution which Baku says contains territorial claims to "
    "Azerbaijan. The Armenian Foreign Ministry rejected this precondition in a statement issued a month ago.\n"
)

CASES = [
    # a speaker after the quote with a title; the second half of a split quote; "the OCHA spokesman"
    (OCHA_LAERKE, "is determined that crucial line saving work", True, ("Jens Laerke",)),
    (OCHA_LAERKE, "That means continuing focus on coordination", True, ("Jens Laerke",)),
    (OCHA_LAERKE, "the UN’s top priority is to ensure", False, ("Jens Laerke",)),
    (OCHA_LAERKE, "We are working closely with the United Nations", True, ("Jens Laerke",)),
    (OCHA_LAERKE, "The WHO has appealed for $675 million", True, ("Jens Laerke",)),
    # an unnamed official, then a named speaker whose pronoun must not fall back to the official
    (CAIRO_SULLIVAN_HAMDAN, "Biden administration is in consistent communication", False, ("Jake Sullivan",)),
    (CAIRO_SULLIVAN_HAMDAN, "Senior level talks in Cairo", True, ("US official",)),
    (CAIRO_SULLIVAN_HAMDAN, "The process will continue over the coming days", True, ("US official",)),
    (CAIRO_SULLIVAN_HAMDAN, "Israel has set new conditions", True, ("Osama Hamdan",)),
    (CAIRO_SULLIVAN_HAMDAN, "the US administration is sowing false hopes", True, ("Osama Hamdan",)),
    # "a senior official of the U.S. State Department ... the official said"
    (GENEVA_STATE_OFFICIAL, "Discussions continue into the early evening", True,
     ("U.S. State Department", "State Department", "official of the U.S. State Department")),
    (GENEVA_STATE_OFFICIAL, "We are not in a position right now", True,
     ("U.S. State Department", "State Department", "official of the U.S. State Department")),
    (JEDDAH_US_OFFICIAL, "The two sides are quite far apart", True,
     ("US State Department official", "State Department official", "US State Department")),
    (JEDDAH_US_OFFICIAL, "the parties would focus on reaching a deal", False, ("US State Department", "State Department")),
    (JEDDAH_US_OFFICIAL, "will include a US-Saudi", True, ("US State Department", "State Department")),
    (JEDDAH_US_OFFICIAL, "it would be a long process", False,
     ("US State Department official", "State Department official", "US official")),
    # "the official" must not resolve to Netanyahu or Biden, named in between
    (BREAKTHROUGH_OFFICIAL, "We've had a breakthrough", True, ("U.S. administration official",)),
    (BREAKTHROUGH_OFFICIAL, "he has decided to send a delegation", False, ("Benjamin Netanyahu",)),
    (BREAKTHROUGH_OFFICIAL, "Biden was encouraged that Netanyahu", False, ("U.S. administration official",)),
    (BREAKTHROUGH_OFFICIAL, "We do believe there is a pretty significant opening", True,
     ("U.S. administration official",)),
    # organizations, an office, appositions and an unnamed official who is described twice
    (RAFAH_PROPOSAL, "its political leader Ismail Haniyeh had told", False, ("Hamas",)),
    (RAFAH_PROPOSAL, "the proposal met the group's demands", False, ("Taher Al-Nono",)),
    (RAFAH_PROPOSAL, "the proposal consisted of three stages", False, ("Khalil Al-Hayya",)),
    (RAFAH_PROPOSAL, "latest ceasefire proposal did not meet Israel's demands", False,
     ("Benjamin Netanyahu", "Netanyahu's office")),
    (RAFAH_PROPOSAL, "This appears to be a ruse", True, ("Israeli official",)),
    (PM_OFFICE_DENIES, "the Hamas terror organization has not yet returned", True,
     ("Benjamin Netanyahu", "Netanyahu’s office", "prime minister’s office")),
    (PM_OFFICE_DENIES, "Hamas has not yet given a written response", False, ("Hamas official", "Hamas")),
    (HAMAS_CONSIDERS, "it was still considering a ceasefire proposal", False, ("Hamas", "HAMAS")),
    (HAMAS_CONSIDERS, "does not meet any of our people’s demands", True, ("Basem Naim",)),
    (HAMAS_CONSIDERS, "the movement’s leadership is studying the response", True, ("Basem Naim",)),
    (HAMAS_CONSIDERS, "it contained no commitment for Israel", False, ("Sami Abu Zuhri",)),
    # "the group said in a statement" after a quote that mentions other actors
    (HAMAS_ACCEPTS, "informed them of Hamas’s approval", True, ("Hamas",)),
    (HAMAS_ACCEPTS, "We examine every answer and response", True, ("Daniel Hagari",)),
    # two spokesmen, each named once
    (MILLER_KIRBY, "I can confirm that Hamas has issued a response", True, ("Matthew Miller",)),
    (MILLER_KIRBY, "We are reviewing that response now", True, ("Matthew Miller",)),
    (MILLER_KIRBY, "I’m not going to get into that", True, ("John Kirby",)),
    (MILLER_KIRBY, "President Biden has been briefed", False, ("John Kirby",)),
    # "the deputy spokesman ..., Farhan Haq, told the AP. He said the envoy, X, '...'"
    (YEMEN_HAQ, "We don’t have confirmation of any suspension", True, ("Farhan Haq",)),
    (YEMEN_HAQ, "remains in touch with the parties", True, ("Farhan Haq",)),
    (YEMEN_YAMANI, "fundamental blockage in the process", True, ("Martin Griffiths",)),
    (YEMEN_YAMANI, "We want the UN to be firmer", True, ("Khaled al-Yamani",)),
    # "the statement read" after a ministry's statement
    # the actors stage makes no actor of "The Saudi Foreign Ministry"; its state stands in
    (SAUDI_HOUTHIS, "The kingdom continues to stand with Yemen", True, ("Saudi Foreign Ministry", "Saudi Arabia")),
    (SAUDI_HOUTHIS, "I emphasized the kingdom’s support for Yemen", True, ("Khalid bin Salman", "Prince Khalid")),
    (GENEVA_FAWZI, "delegations should not exceed seven members", True, ("Ahmad Fawzi",)),
    (GENEVA_FAWZI, "more than 25 Houthi delegates travelled", False, ("Reyad Yasin Abdullah",)),
    (GENEVA_FAWZI, "a reasonable number", True, ("Ahmad Fawzi",)),
    # a quote paragraph with no cue continues the speaker; an apposition after "said"
    (GENEVA_YASSIN, "Until this time we have not achieved anything", True, ("Riad Yassin",)),
    (GENEVA_YASSIN, "There is no progress for the time being", True, ("Riad Yassin",)),
    (GENEVA_YASSIN, "Seven delegation members and three advisers", True, ("Ismail Ould Cheikh Ahmed",)),
    (SUDAN_ARMY_STATEMENT, "The rebel RSF spreads lies", True, ("Sudanese army", "Sudan")),
    (SUDAN_ABDULLAH, "this is not true", True, ("Nabil Abdullah",)),
    (SUDAN_ABDULLAH, "in their positions and are ready to confront", True, ("Nabil Abdullah",)),
    (SUDAN_ABDULLAH, "struck the RSF in central and southern Khartoum", True, ("Nabil Abdullah",)),
    pytest.param(SUDAN_ABDULLAH, "Members of the Rapid Support Forces (RSF) told me", True, ("Fawzy Radwan",),
                 marks=pytest.mark.xfail(reason="the actors stage finds no person in 'Fawzy Radwan, a Khartoum resident'")),
    (DARFUR_SAMBLA, "Our movement exists all over Darfur", True, ("Ezzeldin Yousif Sambla",)),
    (DARFUR_SAMBLA, "will become accessible after they secured", False, ("Adam Saleh Abakar",)),
    # an organization speaks after the quote, and "the militia" refers back to it
    (RSF_REPOSITIONING, "We loudly declare that our forces", True, ("Rapid Support Forces", "RSF")),
    (RSF_REPOSITIONING, "They have strategically repositioned", True, ("Rapid Support Forces", "RSF")),
    (RSF_REPOSITIONING, "We will continue to fight until all wars cease", True, ("Rapid Support Forces", "RSF")),
    (RSF_AL_NUR, "We sought peace", True, ("Mohamed Al-Mukhtar Al-Nur",)),
    (RSF_AL_NUR, "The drums of war have been beaten", True, ("Mohamed Al-Mukhtar Al-Nur",)),
    # "he said" twice in a row, for two different men
    (DAGALO_BURHAN, "We have neither agreement nor discussion", True, ("Dagalo",)),
    (DAGALO_BURHAN, "Only the language of arms", True, ("Dagalo",)),
    (DAGALO_BURHAN, "We will neither forgive", True, ("Abdel Fattah al-Burhan",)),
    (SYBIHA, "Russia could at any time agree", False, ("Andrii Sybiha",)),
    (SYBIHA, "We want to see Russian forces truly cease fire", True, ("Andrii Sybiha",)),
    (NIKOLENKO, "Russia is desperately trying", True, ("Oleh Nikolenko",)),
    (NIKOLENKO, "it is impossible to build peace on Russian tanks", True, ("Oleh Nikolenko",)),
    (NIKOLENKO, "We are still determined to make progress", True, ("Oleh Nikolenko",)),
    # "said the Russian diplomat": a definite description of the foreign minister
    (LAVROV, "We have already been in these stories", True, ("Sergey Lavrov",)),
    (PESKOV_ZARUBIN, "Our delegation will be there", True, ("Dmitry Peskov",)),
    (PESKOV_ZARUBIN, "No, I can't", True, ("Dmitry Peskov",)),
    (PESKOV_ZARUBIN, "We only evaluate Putin's statements", True, ("Dmitry Peskov",)),
    (PESKOV_TASS, "The Russian delegation is already in Istanbul", True, ("Dmitry Peskov",)),
    (PESKOV_EUROPE, "the Russian side continues to prepare", True, ("Peskov",)),
    (PESKOV_EUROPE, "Europe is, after all, entirely on Ukraine’s side", True, ("Peskov",)),
    # "was quoted by Reuters as saying"
    (ANSARI_HOPEFUL, "We remain hopeful that we can reach", True, ("Majed Al-Ansari",)),
    (ANSARI_NOT_NEAR, "We are not near a Gaza ceasefire deal", True, ("Majed Al-Ansari",)),
    (ANSARI_NOT_NEAR, "Talks are ongoing, but we are not seeing", True, ("Majed Al-Ansari",)),
    (ANSARI_WEEKLY, "We cannot comment on the progress", True, ("Majed al Ansari",)),
    (ANSARI_IDEAS, "cessation of the fighting, prevention of it expanding", True, ("Majed al Ansari",)),
    (ANSARI_IDEAS, "Our priority now is to stop the war", True, ("Majed al Ansari",)),
    (ANSARI_JOURNALISTS, "We appeal to the international parties", True, ("Al Ansari",)),
    (ANSARI_JOURNALISTS, "We call on the international community", True, ("Al Ansari",)),
    (ANSARI_INTERVIEW, "teams were still working through the operations room", False, ("Majid Al-Ansari", "Ansari")),
    (ANSARI_INTERVIEW, "the Israeli bombardment of areas", False, ("Majid Al-Ansari", "Ansari")),
    # a government's statement; "told VOA"; a partial quote after "warned that"
    (PRETORIA_TALKS, "an opportunity to peacefully resolve the conflict", True, ("Ethiopia", "Ethiopian government")),
    (PRETORIA_TALKS, "the department had no authority to speak", False, ("Clayson Monyela",)),
    (PRETORIA_TALKS, "spiraling out of control", True, ("Antonio Guterres",)),
    # "he added" stays with Ban, not with the envoy named inside the quote
    (BAN_DE_MISTURA, "As of now, I can tell you", True, ("Ban Ki Moon", "Ban")),
    (BAN_DE_MISTURA, "This morning, I have received a briefing", True, ("Ban Ki Moon", "Ban")),
    (DUJARRIC_STATEMENT, "The Secretary-General continues to urge", True, ("Stephane Dujarric",)),
    (DUJARRIC_STATEMENT, "the UN chief welcomed the adoption", False, ("Stephane Dujarric",)),
    (DUJARRIC_STATEMENT, "looks forward to working with all stakeholders", False, ("Stephane Dujarric",)),
    # "he said" after the spokesman, not the Secretary-General of the paragraph before
    (BAN_SPOKESMAN, "a first step towards a more durable ceasefire", True, ("Stephane Dujarric",)),
    (BAN_SPOKESMAN, "The Secretary-General strongly urges the parties", True, ("Stephane Dujarric",)),
    (BAN_SPOKESMAN, "Much work now lies ahead", True, ("Stephane Dujarric",)),
    # "the US official" after Pence and Trump are named
    (ANKARA_DELEGATION, "We do remain committed to pursuing", True, ("US administration official",)),
    (ANKARA_DELEGATION, "he was directed by US President Donald Trump", False, ("Mike Pence",)),
    (ANKARA_DELEGATION, "What we're trying to do know", True, ("US administration official",)),
    (TALIBAN_MUJAHID, "Progress made during the talks", True, ("Zabihullah Mujahid",)),
    (TALIBAN_NAEEM, "Issues related to the prisoners’ release", True, ("Mohammad Naeem",)),
    (M23_KANYUKA, "in response to the humanitarian crisis", True, ("Lawrence Kanyuka",)),
    (M23_KANYUKA, "we have no intention of capturing Bukavu", True, ("Lawrence Kanyuka",)),
    (M23_KANYUKA, "We condemn the [Congolese army’s] continued use", True, ("Lawrence Kanyuka",)),
    (M23_KANYUKA, "protecting and defending the civilian population", True, ("Lawrence Kanyuka",)),
    (CONGO_MUYAYA_DUJARRIC, "all we are waiting for is the withdrawal", True, ("Patrick Muyaya",)),
    (CONGO_MUYAYA_DUJARRIC, "we don’t have any reports of the M23", True, ("Stephane Dujarric",)),
    (CONGO_MUYAYA_DUJARRIC, "the death toll in last week's fighting", False, ("Jacquemain Shabani",)),
    # "he added" and "he said" switch back to Kanyuka after the minister speaks
    (M23_LUTUNDULA, "M23 has seen the document on social media", True, ("Lawrence Kanyuka",)),
    (M23_LUTUNDULA, "Normally when there is a ceasefire", True, ("Lawrence Kanyuka",)),
    (M23_LUTUNDULA, "Tomorrow, 18:00, M23 must stop all its attacks", True, ("Christophe Lutundula",)),
    (M23_LUTUNDULA, "If the government does not attack us tomorrow", True, ("Lawrence Kanyuka",)),
    (M23_NGOMA, "does not commit the M23", True, ("M23", "Willy Ngoma")),
    (M23_NGOMA, "We are Congolese, not Rwandans", True, ("Willy Ngoma",)),
    (M23_MUNYARUGERERO, "we were not invited to that meeting", True, ("Canisius Munyarugerero",)),
    (M23_MUNYARUGERERO, "We M23 are not Burundians", True, ("Canisius Munyarugerero",)),
    (M23_MUNYARUGERERO, "Just know that we won’t retreat", True, ("Canisius Munyarugerero",)),
    (ELN_BELTRAN, "You have to agree on the rules of the game", True, ("Pablo Beltrán",)),
    (ELN_CEPEDA, "It was agreed to advance diplomatic actions", True, ("Iván Cepeda",)),
    (ELN_CARACAS, "We hope that the moment of change", True, ("Pablo Beltrán",)),
    (ELN_CARACAS, "Colombians cannot see ourselves as enemies", True, ("Pablo Beltrán",)),
    (QASSEM, "The coordination between the resistance", True, ("Naim Qassem",)),
    (QASSEM, "We will work to", True, ("Naim Qassem",)),
    (QASSEM, "The resistance will be ready to prevent the enemy", True, ("Naim Qassem",)),
    # a quote after the sentence that names its speaker; then another man speaks
    (NETANYAHU_FADLALLAH, "We will maintain full freedom of movement", True, ("Netanyahu",)),
    (NETANYAHU_FADLALLAH, "From now, we confirm that the Resistance", True, ("Hassan Fadlallah",)),
    (NETANYAHU_FADLALLAH, "And the proof of that is that", True, ("Hassan Fadlallah",)),
    (IDF_TRUCK, "Terrorist activity", True, ("Israel Defense Forces", "IDF")),
    (NETANYAHU_ADDRESS, "If Hezbollah violates the agreement", True, ("Netanyahu",)),
    (NETANYAHU_ADDRESS, "In full coordination with the United States", True, ("Netanyahu",)),
    (MYANMAR_MAO, "Myanmar’s National Unity and Peacemaking Coordination Committee met", True, ("Zaw Min Tun",)),
    (MYANMAR_MAO, "China is happy to see the parties", True, ("Mao Ning",)),
    (MYANMAR_MAO, "continue to provide support and facilitation", True, ("Mao Ning",)),
    # "she said" and "He said:" switch between the two spokespersons
    (KUNMING_CEASEFIRE, "China hopes the relevant parties in Myanmar", True, ("Mao Ning",)),
    (KUNMING_CEASEFIRE, "the two sides had met in Kunming", False, ("Zaw Min Tun",)),
    (KUNMING_CEASEFIRE, "We will continue discussions", True, ("Zaw Min Tun",)),
    (KUNMING_AFP, "A meeting was held in Kunming", True, ("Zaw Min Tun",)),
    (KUNMING_AFP, "We have agreed to reopen", True, ("Tar Bong Kyaw",)),
    (HAJIYEV_TRT, "productive and constructive.", True, ("Hikmet Hajiyev",)),
    (HAJIYEV_TRT, "The Azerbaijani side finds it to be", True, ("Hikmet Hajiyev",)),
    (HAJIYEV_TRT, "We don’t see further serious obstacles", True, ("Hikmet Hajiyev",)),
    (HAJIZADA_TWEET, "There won’t be a new escalation", True, ("Pashinyan",)),
    pytest.param(HAJIZADA_TWEET, "International community supports this narrative", True, ("Hajizada",),
                 marks=pytest.mark.xfail(reason="the actors stage takes 'Hajizada' for an organization, so 'he' skips it")),
    (HAJIZADA_DECEPTION, "The claim by Armenia that Azerbaijan", True, ("Aykhan Hajizada",)),
    (HAJIZADA_DECEPTION, "With such statements, Armenia is trying", True, ("Aykhan Hajizada",)),
    (HAJIYEV_TASS, "We still hope for the signing of a peace treaty", True, ("Hikmet Hajiyev",)),
    (HAJIYEV_TASS, "whose active mediation ensured", True, ("Hikmet Hajiyev",)),
    (KALIN_NTV, "Today, the president held talks", True, ("Ibrahim Kalin",)),
    (KALIN_TRT, "Our president has just conveyed this message", True, ("Ibrahim Kalin",)),
    (KALIN_TRT, "Having such a meeting undoubtedly", True, ("Ibrahim Kalin",)),
    (KALIN_TRT, "Today these talks will continue", True, ("Ibrahim Kalin",)),
    (ISRAEL_CHANNEL13, "Israel was studying the offer intently", False, ("Israel",)),
    # speakers named only as a group ("government delegates told the AP") are a group actor of their own
    (HOUTHI_DELEGATES, "The Houthis appeared to be tactically stalling", False, ("government delegates",)),
    # paragraphs collected after the rules were written: 25 of these 26 held on first run
    # "the rebels", "the rebel group": no rebel group is named, so nobody (not the African Union)
    (SUDAN_REBELS_RELEASE, "A mechanism for monitoring", True, None),
    (SUDAN_REBELS_RELEASE, "We are calling upon the regime", True, None),
    (SAF_STATEMENT, "Resuming negotiations does not mean", True, ("Sudan Armed Forces", "Sudanese Armed Forces")),
    (SAF_STATEMENT, "Both sides privately indicated", True, ("U.S. official",)),
    (SAF_STATEMENT, "The new round will focus", True, ("State Department official", "State Department")),
    (SAF_STATEMENT, "Thursday's talks will not tackle", False, ("State Department official", "State Department")),
    (MINAWI, "Our leader, Abdullah al-Bakr", True, ("Mani Arkoi Minawi",)),
    (MINAWI, "the talks were held Saturday", False, ("Mani Arkoi Minawi",)),
    (MINAWI, "On Monday, the Sudanese minister left", True, ("Mani Arkoi Minawi",)),
    (MINAWI, "We want the international organisations", True, ("Mani Arkoi Minawi",)),
    (SUDAN_FM, "The Ministry of Foreign Affairs affirms", True, ("Sudanese Foreign Ministry", "Sudan")),
    (EREM, "Maybe a new truce will be agreed upon", True, ("Sudanese official", "Sudan")),
    (EREM, "agreeing on another truce is conditioned", True, ("Ali al-Sadiq",)),
    (SHABAAB, "We are behind the attack", True, ("Abdiasis Abu Musab",)),
    (HIIRAAN, "Gunmen opened fire on the car", True, ("Ibrahim Hussein",)),
    (SALAME_PROGRESS, "Progress has been made", True, ("Ghassan Salame",)),
    (SALAME_PROGRESS, "two or three points of divergence", True, ("Ghassan Salame",)),
    (SALAME_PROGRESS, "If it is easier to have an agreement", True, ("Ghassan Salame",)),
    (HAFTAR_LEBLANC, "A ceasefire (would be) the result", True, ("Khalifa Haftar",)),
    (HAFTAR_LEBLANC, "The talks will continue today", True, ("Rheal LeBlanc",)),
    (SALAME_COLON, "I think that these demands are reasonable", True, ("Salame",)),
    (SALAME_COLON, "In parallel we are trying", True, ("Salame",)),
    (MADEIRA, "I wanted, as I’m surrounded", True, ("Francisco Madeira",)),
    (PERTHES, "The two sides are quite far apart", True, ("State Department official", "State Department")),
    (PERTHES, "We expect these talks on a cease-fire", True, ("Volker Perthes",)),
    (PERTHES, "the declaration signed early Friday", False, ("State Department official", "State Department")),
    # paragraphs whose speakers the actors stage did not create, or that resolved to the wrong actor
    (HAMAS_OPEN_OFFICIAL, "We expect the negotiations to be very complex", True, ("Palestinian official",)),
    (HAMAS_OPEN_OFFICIAL, "The two parties will hold several rounds", True, ("Palestinian official",)),
    (HEZBOLLAH_GOVERNMENT_SOURCE, "On September 27, Hezbollah officially informed", True, ("government source",)),
    (HEZBOLLAH_GOVERNMENT_SOURCE, "has had no contact with Hezbollah", True, ("government source",)),  # not Mikati
    (HEZBOLLAH_AFIF_SAAR, "progress", True, ("Gideon Saar",)),  # "Israel's foreign minister", named later
    (HEZBOLLAH_AFIF_SAAR, "nothing official has reached Lebanon", True, ("Mohammad Afif",)),
    (RSF_SOURCE, "We have the political will", True, ("source with the paramilitary group",)),
    (ZELENSKIY_OFFICE, "The process of the prisoner swap is ongoing", True,
     ("Office of the President of Ukraine", "president's office")),  # the office, not the president
    (KUNMING_SPOKESPERSONS, "the parties have agreed to an immediate ceasefire", True, ("Mao Ning",)),
    (KUNMING_SPOKESPERSONS, "A meeting was held in Kunming", True, ("Zaw Min Tun",)),  # the apposition, not Mao
    (TNLA_KYAW, "showed cooperation with China", True, ("Tar Bhone Kyaw",)),
    (LEGESSE_PRETORIA, "The peace deal will be implemented", True, ("Legesse Tulu",)),  # the given name
    (ELN_STATEMENT_THAT, "crisis", True, ("ELN", "National Liberation Army", "Antonio Garcia")),
    (JOHNSON_OFFICE, "UK's long term support to Ukraine", True, ("Johnson's office",)),  # not AP, which reported it
    # "the military" before the Israeli military is named, and after it: not the news agency, not nobody
    (ISLAMIC_JIHAD_MILITARY, "Israel killed three senior commanders", False, ("Israeli military", "IDF")),
    (ISLAMIC_JIHAD_MILITARY, "the three targeted men had been responsible", False, ("Israeli military", "IDF")),
    # news media named as the source: the press is a speaker when it is named
    (HAMAS_MEDIA_REPORTS, "willing to drop its demand", False, ("Associated Press",)),
    (HAMAS_MEDIA_REPORTS, "Israel had presented new demands", False, ("Haaretz",)),
    # "he" after a sentence whose subject is the speaker and whose object is another person
    (KAZARAMA_KABILA, "People say we have balkanised", True, ("Vianney Kazarama",)),
    # a name the model took for an organization, after a title apposition; "Mr X" taken for a place
    (NEBYTOV_TITLE_BEFORE, "We have some damage", True, ("Andriy Nebytov",)),
    (NEBYTOV_TITLE_BEFORE, "The State Emergency Service is also", True, ("Andriy Nebytov",)),
    (RESTREPO_AGREED, "temporary and experimental", True, ("Luis Carlos Restrepo",)),  # not "details ... agreed"
    # a dateline is not the subject; rebels "in" a state do not speak for it
    (REBELS_DATELINE, "liberate", True, None),
    # "the group" after "Reuters has reported": the group, not the news agency
    (RSF_GROUP_AFTER_REUTERS, "strategically repositioning", True, ("Rapid Support Forces",)),
    # an acronym the text spells out beats the dictionary's ("AA" is also Anadolu Agency)
    (ARAKAN_ARMY_AA, "those who have never been good", True, ("Arakan Army", "Khaing Thukha")),
    # a joint statement of two bodies is the first-named party's (docs/annotation.md, joint statements)
    (JOINT_MINISTRIES, "The parties noted the progress", True, ("Armenian Foreign Ministry", "Armenia's Foreign Ministry")),
    (AA_ETHNIC_ARMED_GROUP, "has observed an informal ceasefire", False, ("Arakan Army",)),  # not the military
]


# -- the checks -----------------------------------------------------------------------------------

_EXTRACTIONS: dict[str, Extraction] = {}
# The stages that speaker attribution reads, with the line reader that runs before the parser; the later
# ones are left out to keep these tests fast and about quotes alone.
_STAGES = ("parley_lines", "parley_actors", "parley_dates", "parley_quotes")


def _extracted(nlp, text: str) -> Extraction:
    """Actors and quotes of a text, one extraction per report shared by its cases."""
    if text not in _EXTRACTIONS:
        doc = nlp.make_doc(text)
        doc._.meta = document_info(text)
        for name, proc in nlp.pipeline:
            if name.startswith("parley_") and name not in _STAGES:
                continue
            doc = proc(doc)
        _EXTRACTIONS[text] = Extraction(document=doc._.meta, actors=tuple(doc._.actors.actors.values()),
                                        quotes=tuple(doc._.quotes))
    return _EXTRACTIONS[text]


def _statement(ex: Extraction, fragment: str, direct: bool) -> Quote:
    found = [q for q in ex.quotes if fragment in q.text and q.direct == direct]
    assert found, f"no {'direct' if direct else 'reported'} quote with {fragment!r} in {[q.text for q in ex.quotes]}"
    return found[0]


def _fold(name: str) -> str:
    return " ".join(name.lower().replace("’", "'").split())


def _accepted(actor: Actor, speakers: tuple[str, ...]) -> bool:
    """Whether a reader accepts ``actor`` as one of ``speakers``: by a name or alias, or, for a person,
    by the last name (as the project's scorer does)."""
    names = {_fold(n) for n in (actor.name, *actor.aliases)}
    wanted = {_fold(s) for s in speakers}
    if names & wanted:
        return True
    last = lambda ns: {n.split()[-1] for n in ns if len(n.split()[-1]) > 2}  # noqa: E731 - read once
    return actor.type == "person" and bool(last(names) & last(wanted))


def _names(ex: Extraction, actor_id: str | None) -> str:
    actor = ex.actor(actor_id)
    return f"{actor.name} {list(actor.aliases)}" if actor else "nobody"


@pytest.mark.parametrize("text, fragment, direct, speakers", CASES,
                         ids=[f"{n:03d}-{(c.values if hasattr(c, 'values') else c)[1][:30]}" for n, c in enumerate(CASES)])
def test_speakers_statement_is_attributed(nlp, text: str, fragment: str, direct: bool,
                                          speakers: tuple[str, ...] | None) -> None:
    ex = _extracted(nlp, text)
    q = _statement(ex, fragment, direct)
    if speakers is None:
        assert q.speaker is None, f"guessed {_names(ex, q.speaker)}"
        return
    actor = ex.actor(q.speaker)
    assert actor is not None and _accepted(actor, speakers), (
        f"speaker {_names(ex, q.speaker)} ({q.speaker_text!r}); expected one of {speakers}")
