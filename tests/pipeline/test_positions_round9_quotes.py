"""Round 9: stances a speaker states in their own quoted words ("We demand ... to resume political dialogue",
"Let the current government respect the agreements", "the Palestinians will not give up one inch of land",
"is encouraged by the joint statement", "this is a good chance for both sides to sit down"), on real
passages from news reports of many conflicts, with the outlet's address on each case."""

from __future__ import annotations

import pytest

from tests.pipeline.position_support import held_by, issue_overlap

NOT_YET = pytest.mark.xfail(reason="not read yet: holder, quote attribution or construction not covered", strict=False)


FOUND = [
    # (text, holder names, issue as a reader would write it, stance)
    pytest.param(
        # https://irishtimes.com/news/indonesia-says-willing-to-talk-truce-with-aceh-rebels-1.1311369
        '"I want you to convince the rebels to sit down with us to reconcile," Indonesia\'s chief social welfare minister, Alwi Shihab, told reporters in the provincial capital. "This is the moment of reconciliation. This is the moment of establishing peaceful Aceh and prosperous Aceh ... If they want to have a ceasefire, reconciliation, we\'re open to any reconciliation term."',
        'Shihab|Indonesia', 'reconciliation term', 'willing', id='irish-want-convince'),
    pytest.param(
        # https://irishtimes.com/news/indonesia-says-willing-to-talk-truce-with-aceh-rebels-1.1311369
        '"Under the present situation this is a good chance for both sides to sit down and try to discuss a settlement to the political situation," Mr Malik Mahmud, the GAM leader, said.',
        'Mahmud|GAM|Aceh', 'settlement to the political situation', 'support', id='irish-good-chance', marks=NOT_YET),
    pytest.param(
        # https://dnd.com.pk/syria-expresses-willingness-for-dialogue-with-all-who-want-dialogue/5188
        '"We are ready for dialogue with all who want dialogue, including those who are carrying arms. Because we believe that reforms will not come through bloodshed but only through dialogue," Muallem said at the start of Moscow talks with Russian Foreign Minister Sergei Lavrov.',
        'Muallem|Syria', 'dialogue', 'willing', id='dnd-ready-dialogue', marks=NOT_YET),
    pytest.param(
        # https://bgnes.com/conflicts/hamas-ceasefire-in-gaza-must-be-achieved
        '"This war cannot go on indefinitely and that is why it is necessary to achieve a ceasefire," said Hossam Badran, a member of Hamas\' political bureau.',
        'Badran|Hamas', 'ceasefire', 'demand', id='bgnes-necessary-ceasefire'),
    pytest.param(
        # https://bgnes.com/conflicts/hamas-ceasefire-in-gaza-must-be-achieved
        '"We are now working on another deal that we hope will succeed, and we are determined to get all the hostages out," Netanyahu told reporters in the Oval Office.',
        'Netanyahu|Israel', 'get all the hostages out', 'willing', id='bgnes-determined-hostages', marks=NOT_YET),
    pytest.param(
        # https://bgnes.com/conflicts/hamas-ceasefire-in-gaza-must-be-achieved
        'On April 8, Badran said that Hamas "is open to all ideas that would lead to a ceasefire and an end to the genocide being perpetrated against our Palestinian people."',
        'Hamas', 'ideas that would lead to a ceasefire', 'willing', id='bgnes-open-ideas', marks=NOT_YET),
    pytest.param(
        # https://www.urdupoint.com/en/world/afghan-official-says-ceasefire-only-condition-806104.html
        '"There is no prerequisite for dialogue, but the Afghans\' permanent demand for dialogue is a ceasefire. The ceasefire is necessary before negotiations so that to show the Taliban\'s intention and unity in peace," Faisal said.',
        'Faisal|Afghan', 'ceasefire', 'demand', id='urdupoint-demand-is-ceasefire', marks=NOT_YET),
    pytest.param(
        # https://radiohc.cu/index.php/noticias/internacionales/211583-iraqi-foreign-minister-calls-for-withdrawal-of-foreign-troops-from-his-country
        '"Iraq insists on maintaining its sovereignty and territorial integrity and the complete withdrawal of foreign forces," the top Iraqi diplomat said.',
        'Iraq', 'complete withdrawal of foreign forces', 'demand', id='radiohc-insists-withdrawal'),
    pytest.param(
        # http://iraqnewsservice.com/world/russian-fm-all-foreign-troops-must-withdraw-from-syria/
        '"US Secretary of State Rex Tillerson and other American officials repeatedly claimed that US military presence in Syria will continue until the fall of ISIS. Now as ISIS\' self-styled Caliphate does not exist anymore, American troops must leave Syria at once," Russian state-run news agency TASS quoted Lavrov as saying.',
        'Lavrov|Russia', 'American troops leave Syria', 'demand', id='iraqnews-must-leave', marks=NOT_YET),
    pytest.param(
        # https://cmio.org/en/world/744668-iranian-foreign-minister-calls-on-the-us-to-withdraw-its-troops-from-syria-news
        'Meanwhile, Foreign Minister Al-Miqdad thanked Iran for its efforts in favor of the unity, independence and territorial integrity of Syria, while stressing that "we are ready to defend the sovereignty and security of our nation."',
        'Miqdad|Syria', 'defend the sovereignty and security of our nation', 'willing', id='cmio-ready-defend'),
    pytest.param(
        # http://www.jns.org/news-briefs/2014/3/21/palestinians-will-not-give-up-one-inch-of-land-abbas-says
        'Upon returning Thursday from his visit to the United States, Palestinian Authority President Mahmoud Abbas said at a reception in Ramallah that the Palestinians "will not give up one inch of land" nor yield to "pressures" in the American-brokered peace talks with Israel.',
        'Abbas|Palestin', 'give up one inch of land', 'reject', id='jns-not-give-up-land', marks=NOT_YET),
    pytest.param(
        # https://indianvartha.com/we-will-fight-for-our-land-until-the-end-zelensky-in-an-address-on-the-countrys-independence-day/
        'The Ukrainian president went on to say that Kiev would \'not seek an understanding with the terrorists,\' adding, "We don\'t sit down at the negotiating table with a gun pointed at our heads."',
        'Kiev|Kyiv|Ukrain|Zelensky', 'understanding with the terrorists', 'reject', id='indianvartha-not-seek-understanding', marks=NOT_YET),
    pytest.param(
        # https://aapnugujarat.net/english/ukrainian-president-zelensky-vows-to-fight-till-the-end-on-independence-day/
        'Ukrainian President Volodymyr Zelensky on Wednesday vowed in an Independence Day address that his country would fight Russia\'s invasion "until the end" and would not be making "any concession or compromise".',
        'Zelensky|Ukrain', 'concession or compromise', 'reject', id='aapnu-no-concession'),
    pytest.param(
        # https://en.saednews.com/c/30/3551
        'According to SaedNews, quoting Mehr News Agency, the Saudi Ministry of Foreign Affairs stated in response to the announcement of the ceasefire in Gaza:\n"We welcome the ceasefire agreement in Gaza and appreciate the efforts made by Qatar, Egypt, and the United States in this regard."',
        'Saudi', 'ceasefire agreement in Gaza', 'support', id='saed-we-welcome'),
    pytest.param(
        # https://en.saednews.com/c/30/3551
        'The Belgian Foreign Minister reacted to the ceasefire agreement in Gaza, stating:\n"The ceasefire agreement is a glimmer of hope that Gaza has long awaited, and we call on all parties to respect it."\nHe added:\n"We will continue to support efforts to achieve a two-state solution."',
        'Belg', 'two-state solution', 'support', id='saed-belgium-call-on', marks=NOT_YET),
    pytest.param(
        # https://en.saednews.com/c/30/3551
        'In this regard, President Abdel Fattah el-Sisi welcomed the ceasefire agreement, saying:\n"We welcome the ceasefire agreement in Gaza, which was achieved after exhausting efforts through mediation by Egypt, Qatar, and the United States."',
        'Sisi', 'ceasefire agreement in Gaza', 'support', id='saed-sisi-welcome'),
    pytest.param(
        # http://en.chinagate.cn/2015-02/13/content_34811536.htm
        '"Today\'s agreement offers a basis for an effective ceasefire, but it is clear that much remains to be done," declared the Secretary General of the Council of Europe, Thorbjorn Jagland, following the announcement of an agreement made on Thursday in Minsk on the withdrawal of heavy arms and a ceasefire in eastern Ukraine as of this weekend.\n"I hope the agreement can pave the way for a political solution through a constitutional reform process," he said.',
        'Jagland|Council of Europe', 'political solution', 'support', id='chinagate-basis', marks=NOT_YET),
    pytest.param(
        # https://timesofislamabad.com/27-Feb-2021/us-strongly-responds-over-pakistan-india-new-ceasefire-agreement
        'Soon after India and Pakistan announced their decision to stop cross-border firing, United Nations General Assembly President Volkan Bozkir said he welcomes the agreement that demonstrates the values of UNGA.\n"I wholeheartedly welcome today\'s ceasefire agreement between India and Pakistan. Their stated commitment to achieve sustainable peace through addressing each other\'s core issues and concerns sets an example for other countries and demonstrates UNGA values," he said in a statement read out by his spokesman Brenden Varma at the regular noon briefing at UN Headquarters in New York.',
        'Bozkir', 'ceasefire agreement between India and Pakistan', 'support', id='toi-wholeheartedly-welcome', marks=NOT_YET),
    pytest.param(
        # https://timesofislamabad.com/27-Feb-2021/us-strongly-responds-over-pakistan-india-new-ceasefire-agreement
        'Earlier, the UN Secretary-General Antonio Guterres had also called the agreement a "positive step".\n"The Secretary-general is encouraged by the joint statement issued by the militaries of India and Pakistan on their agreement to observing the ceasefire at the Line of Control in Kashmir and engaging through the established mechanism," his spokesman Stephane Dujarric said.',
        'Guterres', 'joint statement issued by the militaries of India and Pakistan', 'support', id='toi-encouraged-by', marks=NOT_YET),
    pytest.param(
        # https://timesofislamabad.com/27-Feb-2021/us-strongly-responds-over-pakistan-india-new-ceasefire-agreement
        '"The United States welcomes the joint statement between India and Pakistan that the two countries have agreed to maintain strict observance of a ceasefire along the Line of Control starting on February 25th," Psaki said.',
        'United States', 'joint statement between India and Pakistan', 'support', id='toi-psaki-welcomes'),
    pytest.param(
        # https://sarajevotimes.com/world-leaders-welcome-news-of-israel-hamas-deal/
        'The president of the European Commission, Ursula von der Leyen, said that the agreement "brings hope to the entire region where people have endured extreme suffering for too long."\n"Both sides must fully implement this agreement, which will be the first step towards permanent stability in the region and a diplomatic solution to the conflict," she added.',
        'von der Leyen|European', 'implement this agreement', 'demand', id='sarajevo-must-implement'),
    pytest.param(
        # https://sarajevotimes.com/world-leaders-welcome-news-of-israel-hamas-deal/
        'British Prime Minister Keir Starmer said it was "long overdue news", after months of bloodshed and the loss of countless lives.\n"For the innocent Palestinians whose homes have been turned into war zones overnight and many who have lost their lives, this ceasefire must allow a major acceleration in the delivery of humanitarian aid, so desperately needed to end the suffering in Gaza," the Labour MP said.',
        'Starmer|Britain|United Kingdom', 'acceleration in the delivery of humanitarian aid', 'demand', id='sarajevo-must-allow-aid', marks=NOT_YET),
    pytest.param(
        # https://www.urdupoint.com/en/middle-east/us-president-welcomes-gaza-ceasefire-deal-1908400.html
        'US President Joe Biden has welcomed the ceasefire agreement between Gaza and Israel.\nHe noted that thanks to persistent and tireless US diplomacy, his diplomatic efforts never ceased in attempting to conclude this agreement. He emphasised, "It is long past time for the fighting to end and the work of building peace and security to begin."',
        'Biden|United States', 'fighting to end', 'demand', id='urdupoint-time-fighting-end', marks=NOT_YET),
    pytest.param(
        # https://www.newsbeep.com/233712
        'Sudan\'s chargé d\'affaires in Nairobi, Mohamed Osman Akasha, told the BBC on Wednesday that the military-led government would agree to stop the fighting only if the RSF was dismantled, surrendered its weapons, and its leader was held accountable.\n"I have no information about a proposal for truce. The only thing that I know is the government of Sudan, the people of Sudan are very determined to defeat this militia," he said.',
        'Akasha|Sudan', 'RSF was dismantled', 'demand', id='newsbeep-only-if-dismantled'),
    pytest.param(
        # https://ashenewsdaily.com/international-news/sudanese-armed-forces-give-conflicting-information-over-possible-ceasefire
        'RSF leader Mohammed Hamdan Daglo had signalled readiness for a 24-hour ceasefire, writing on Twitter: "The RSF reaffirms its approval of a 24 HR armistice to ensure the safe passage of civilians and the evacuation of the wounded."',
        'RSF', '24 HR armistice', 'support', id='ashe-reaffirms-approval'),
    pytest.param(
        # https://en.sputniknews.africa/amp/20230828/sudans-army-chief-denies-deal-with-traitorous-rapid-support-forces-1061696351.html
        'The Commander-in-Chief of the Sudanese Army and Chairman of the Sovereign Council, Abdel Fattah al-Burhan, has responded to statements by his rival in the conflict that he is ready to establish a long-term ceasefire, stressing that the country\'s army doesn\'t "strike deals with traitors."',
        'Burhan|Sudan', 'deals with traitors', 'reject', id='sputnik-africa-no-deals', marks=NOT_YET),
    pytest.param(
        # https://newscentral.africa/?p=129132
        '"This is not a warmongering movement; we\'re here for peace. We ask for a direct dialogue with the DRC government to sort out this ongoing crisis politically," Kanyuka said.',
        'Kanyuka|M23', 'direct dialogue with the DRC government', 'demand', id='newscentral-ask-for-dialogue'),
    pytest.param(
        # https://www.africa-press.net/rwanda/policy/m23-rebels-insist-on-direct-talks-with-kinshasa
        '"If at 6pm or in the morning, the government doesn\'t attack us, we will still be there. We are defending ourselves. We are always ready for a direct dialogue with the Congolese government to resolve the root causes of conflicts," Kanyuka said.',
        'Kanyuka|M23', 'direct dialogue with the Congolese government', 'willing', id='africapress-always-ready'),
    pytest.param(
        # https://www.africa-press.net/rwanda/policy/m23-rebels-insist-on-direct-talks-with-kinshasa
        '"M23 has seen the document on social media. There was nobody at the summit from M23, so it doesn\'t really concern us. Normally when there is a cease-fire it is between the two warring sides. We demand direct talks with the DR Congo government" Lawrence Kanyuka, the political spokesman for M23, told the media.',
        'Kanyuka|M23', 'direct talks with the DR Congo government', 'demand', id='africapress-we-demand', marks=NOT_YET),
    pytest.param(
        # https://tass.com/world/1907689
        'PRETORIA, February 2. /TASS/. Rebels from the March 23 Movement (M23), who are operating in the east of the Democratic Republic of the Congo, demand that the Congolese government engage in a direct dialogue with them, according to rebel spokesperson Lawrence Kanyuka.\n"We reiterate our call for a sincere and direct dialogue with the Kinshasa regime to address the root causes of the conflict and establish lasting peace in our country," Rwanda\'s New Times newspaper quoted him as saying.',
        'Kanyuka|M23', 'direct dialogue with the Kinshasa regime', 'demand', id='tass-reiterate-call'),
    pytest.param(
        # https://www.dailyyemen.net/2020/05/18/houthi-called-world-to-end-siege-on-yemen/
        'A High ranking Houthi official called the international community to force the Saudi-led coalition to end the siege imposed on Yemen which has lasted for more than five years.\nHe said in tweet that "we call on the free countries of the world to put pressure on the coalition to break the siege and allow the required supplies."',
        'Houthi|Ansar', 'break the siege', 'demand', id='dailyyemen-we-call-on', marks=NOT_YET),
    pytest.param(
        # https://www.middleeastmonitor.com/20251014-houthis-call-on-saudi-arabia-to-embrace-peace-end-aggression-and-blockade/
        'Speaking on the anniversary of the 14 October revolution—which began in 1963 against British colonial rule in south Yemen—Mahdi al-Mashat, head of the movement\'s Supreme Political Council, said: "We call on Saudi Arabia to move from the de-escalation phase to ending the aggression, the siege and the occupation, and to implement the clear requirements for peace."',
        'Mashat|Houthi|Ansar', 'ending the aggression, the siege and the occupation', 'demand', id='mem-we-call-on-saudi', marks=NOT_YET),
    pytest.param(
        # https://www.uprising.today/mohammed-al-houthi-end-of-aggression-and-lifting-of-blockade-necessary-before-any-talks-can-be-held/
        '"The Yemeni people and their leadership are looking forward to peace and offering fair ideas in which there is no bias, out of the public interest of Yemenis," al-Houthi added.',
        'Houthi|Ansar', 'peace', 'willing', id='uprising-looking-forward', marks=NOT_YET),
    pytest.param(
        # https://presstv.ir/Detail/2023/05/23/703984/Yemen-Saudi-Arabia-war-Houthi-Ansarullah
        '"The Saudi regime can only achieve peace, security, and stability through implementing peace for Yemeni people, and lifting the blockade on them," Abdul-Malik al-Houthi said in a televised address on Tuesday.',
        'Houthi|Ansar', 'lifting the blockade', 'demand', id='presstv-only-through-lifting', marks=NOT_YET),
    pytest.param(
        # http://mouqawamahmusic.net/houthis-call-for-complete-end-to-saudi-aggression/
        '"We demand, after a complete end to the aggression against Yemen and the lifting of the blockade [sanctions], to resume political dialogue … under the sponsorship of the United Nations," Abdulsalam said in a statement.',
        'Abdulsalam|Houthi|Ansar', 'resume political dialogue', 'demand', id='mouq-we-demand-resume'),
    pytest.param(
        # https://www.aa.com.tr/en/asia-pacific/azerbaijan-says-peace-deal-with-armenia-impossible-while-yerevans-constitution-is-unchanged/3242606
        'Expressing that the topic of Armenia\'s territorial claims against Azerbaijan and Türkiye is one of several open issues remaining in the peace agreement discussed between Baku and Yerevan, Aliyev said his country never had any territorial claims against any country, including Armenia.\n"They must completely abandon the ideas of revanchism, and we see that such ideas exist not only in the opposition, but also in the government. All these issues, of course, need to be clarified and regulated," he said.',
        'Aliyev|Azerbaijan', 'abandon the ideas of revanchism', 'demand', id='aa-must-abandon'),
    pytest.param(
        # https://mediamax.am/en/news/politics/53798/
        '"But in order to bring this process to its logical conclusion, it is necessary to sign a peace treaty and put an end to Armenia\'s territorial claims towards Azerbaijan," the Azerbaijani president said.',
        # one cue ("it is necessary to"), two actions: one issue (docs/annotation.md §5, conjoined issues under one cue)
        'Azerbaijan|Aliyev', "sign a peace treaty and put an end to Armenia's territorial claims towards Azerbaijan", 'demand',
        id='mediamax-necessary-sign'),
    pytest.param(
        # https://globalsouthworld.com/article/exclusive-colombia-s-eln-rebels-willing-to-resume-talks-leader-says
        '"The ELN has always maintained its willingness toward peace, as well as to resume talks with the current government, but within a framework of respect, responsibility, and compliance with what was agreed," said ELN leader Eliecer Herlinto Chamorro, better known by his nom de guerre Antonio Garcia, in response to a Reuters questionnaire.',
        'ELN', 'resume talks with the current government', 'willing', id='globalsouth-maintained-willingness'),
    pytest.param(
        # https://colombiareports.com/colombias-eln-rebels-willing-talk-peace-reuters/amp
        '"We are open; it\'s exactly our proposal, to seek room for open dialogue without conditions and start to discuss the nation\'s biggest problems," said Nicolas Rodriguez, leader of the National Liberation Army (ELN) in a video filmed at a hidden jungle camp in response to questions from Reuters.',
        'Rodriguez|ELN', 'open dialogue without conditions', 'offer', id='colrep-our-proposal', marks=NOT_YET),
    pytest.param(
        # https://colombiareports.com/petro-calls-for-resumption-of-talks-with-colombias-eln-guerrillas/
        'The ELN\'s chief negotiator said in the interview that the solution to the armed conflict lies in the peace talks agenda agreed with former President Juan Manuel Santos and Petro.\n"Let the current government, or the next one, respect the two agreements we signed with Santos in 2016 and with Petro in 2023," Beltran said.',
        'Beltran|ELN', 'respect the two agreements', 'demand', id='colrep-let-respect'),
    pytest.param(
        # https://aa.com.tr/en/politics/colombian-guerrillas-may-be-ready-to-end-conflict/86202
        'Nicolás Rodríguez Bautista, also known as "Gabino," commander in chief of the National Liberation Army, or ELN, issued a statement on the group\'s website as part of its "Political Declaration" to mark the 50th anniversary of its founding.\n"If we consider and then conclude that weapons are no longer necessary, we would be willing to consider laying down our arms," he said, adding that the government of President Juan Manuel Santos "has made clear its willingness to bring the armed conflict to an end."',
        'Bautista|Gabino|ELN', 'laying down our arms', 'willing', id='aa-would-be-willing-arms'),
    pytest.param(
        # https://thecitypaperbogota.com/news/eln-warns-peace-talks-with-colombian-goverment-in-crisis/
        'The National Liberation Army (ELN) guerrilla is on the verge of walking away from the peace talks in Havana, Cuba, after releasing a statement in which the guerrilla\'s Central Command warns of a "crisis" over recent declarations by President Gustavo Petro. The 3,700-strong Marxist organization states that "peace talks cannot be subject to fluctuations of the president" and called for "clarity from the Government to clear the path of peace."',
        'ELN', 'clarity from the Government', 'demand', id='citypaper-call-for-clarity', marks=NOT_YET),
    pytest.param(
        # https://news.rationalreview.com/archives/77053
        "'We are ready to abide by an immediate and mutually agreed cessation of hostilities in order to create a conducive atmosphere,' the Tigray People's Liberation Front (TPLF) said in a statement.",
        'TPLF', 'cessation of hostilities', 'willing', id='rational-ready-abide'),
    pytest.param(
        # https://borkena.com/2022/07/18/tplf-says-it-has-set-up-negotiating-team-for-talks-with-ethiopian-govt/
        'Getachew Reda reportedly told AFP "We will be ready to send a delegation to Nairobi… and have established a team with high-ranking members."',
        'Getachew|TPLF|Tigray', 'send a delegation to Nairobi', 'willing', id='borkena-ready-send'),
    pytest.param(
        # https://borkena.com/2022/07/18/tplf-says-it-has-set-up-negotiating-team-for-talks-with-ethiopian-govt/
        'On the other hand, the TPLF rejects that idea. The AFP cited Getachew Reda as saying "It would be very irresponsible for us to submit all negotiating processes to the AU."',
        'Getachew|TPLF|Tigray', 'submit all negotiating processes to the AU', 'reject', id='borkena-irresponsible', marks=NOT_YET),
    pytest.param(
        # https://ethiopiaobserver.com/2022/09/11/tplf-says-ready-to-negotiate-under-the-auspices-of-the-au
        'Tigrayan rebels announced that they are ready to participate in a peace process under the auspices of the African Union and have deployed a negotiating team.\n"The government of Tigray is prepared to participate in a robust peace process under the auspices of the African Union," said the statement.',
        'Tigray|TPLF', 'peace process', 'willing', id='ethobs-prepared', marks=NOT_YET),
    pytest.param(
        # https://comcom-paysdecorps.com/ethiopian-tigray-rebels-say-they-are-ready-for-au-led-peace-talks/
        'Taye Dendea, Ethiopia\'s Minister of State for Peace, called the TPLF announcement a "beautiful development" on Twitter, but insisted that "the so-called TDF (Tigray Defense Force) must be disarmed before the start of the peace talks. Clear position!"',
        'Dendea|Ethiopia', 'TDF must be disarmed', 'demand', id='comcom-must-be-disarmed', marks=NOT_YET),
    pytest.param(
        # https://www.polskieradio.pl/395/9766/Artykul/3381293,zelensky-calls-for-more-direct-western-involvement-in-ukraine-conflict
        'Zelensky suggested that allies could provide more direct assistance by shooting down Russian missiles over Ukraine and supplying additional aircraft, specifically U.S.-designed F-16s.\n"Russians are using 300 planes on the territory of Ukraine," he explained. "We need at least 120, 130 planes to resist in the sky."',
        'Zelensky|Ukrain', '120, 130 planes', 'demand', id='polskie-we-need-planes'),
    pytest.param(
        # https://nato.news-pravda.com/ukraine/2024/12/17/10087.html
        'NATO countries should provide Kiev with the promised air defense systems as compensation for refusing to invite Ukraine to the alliance, Ukrainian President Vladimir Zelensky said.\n"Our partners know that we need 12-15 more systems," he said.',
        'Zelensky|Ukrain', '12-15 more systems', 'demand', id='pravda-we-need-systems'),
    pytest.param(
        # https://dailythepatriot.com/door-to-talks-with-israel-still-open-hamas-chief/
        'The head of Hamas, Ismail Haniyeh, says that the doors of dialogue with Israel are still open from our side.\nHe said that we clearly say that the one who is responsible for the non-existence of a cease-fire agreement is the occupying Israel, but we are still ready for negotiations.',
        'Haniyeh|Hamas', 'negotiations', 'willing', id='patriot-still-ready'),
    pytest.param(
        # https://dailythepatriot.com/door-to-talks-with-israel-still-open-hamas-chief/
        'The Hamas leader said that if we see a clear position from the mediators, which includes the withdrawal of troops, the cessation of attacks, and the return of displaced people to their homes, then we are ready for a full agreement.',
        'Hamas|Haniyeh', 'full agreement', 'willing', id='patriot-ready-full-agreement'),
]


@pytest.mark.parametrize(("text", "holder", "issue", "stance"), FOUND)
def test_positions_round9_quoted_stances(run, text, holder, issue, stance) -> None:
    ex = run(text)
    negative = {"oppose", "reject"}
    assert any(issue_overlap(issue, p.issue) >= 0.5 and (stance in negative) == (p.stance in negative)
               for p in held_by(ex, holder)), [(p.holder, p.stance, p.issue) for p in ex.positions]


NONE = [
    # (text, holder names): narration or plain claims in a quote state no position of the speaker
    pytest.param(
        # https://newsriveting.com/sudanese-army-turns-down-calls-for-humanitarian-ceasefire
        'The Sudanese newspapers reported that the army spokesman claimed they had received information about RSF\'s preparation to launch new attacks on Khartoum. "We are surprised by the enemy\'s talk of a truce given the confirmed information we received that they have mobilized a significant force in Merowe".',
        'army', id='riveting-surprised-none'),
    pytest.param(
        # https://sputnikglobe.com/amp/20230421/sudans-paramilitary-rsf-agrees-to-72-hour-ceasefire-on-humanitarian-grounds-1109718329.html
        '"The armed forces have constantly stated that the RSF are a rebellious force operating outside the law and committing atrocities that cannot be overlooked," Abdallah said. "They started fighting and were preparing for it from the very beginning. We were forced to resolve the issue by military means and announced that this would stop the shooting."',
        'Abdallah', id='sputnik-forced-military-none'),
    pytest.param(
        # https://newscentral.africa/?p=129132
        '"One should know that we are Congolese; the M23 movement is a Congolese movement. And we have rights, like the rest of the Congolese in this country," he said.',
        'M23', id='newscentral-rights-none'),
    pytest.param(
        # https://www.polskieradio.pl/395/9766/Artykul/3381293,zelensky-calls-for-more-direct-western-involvement-in-ukraine-conflict
        'He described the process as "one big step forward, but before that, two steps back," noting that decisions often lag by about a year. "Every decision to which we, then later everyone together, come to is late by around one year," he said.',
        'Zelensky', id='polskie-late-none'),
    pytest.param(
        # https://dailypost.ng/2022/03/09/ukraine-will-fight-to-the-end-wont-lose-president-zelensky-warns-russia/
        'Zelensky vowed that Ukraine would "fight to the end."\nIn a speech to the United States, US, Congress and the European Parliament, Zelensky vowed that his country will not lose the war.\n"We will fight in the forests, in the fields, on the shores, in the streets.',
        'Zelensky', id='dailypost-fight-none'),

]


@pytest.mark.parametrize(("text", "holder"), NONE)
def test_positions_round9_quoted_narration_states_none(run, text, holder) -> None:
    ex = run(text)
    assert not held_by(ex, holder), [(p.holder, p.stance, p.issue) for p in ex.positions]
