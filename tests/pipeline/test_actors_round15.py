"""Actors round 15: spurious actors on articles not in gold (datelines, places of an office, title
fragments, adjectives of a people, names read in two halves, bodies the model took for places).

Each case is a real passage with its URL, the actors a careful annotator lists (``required``) and those
they may list (``optional``), written before the system was run, as "type:Name|alias|alias". An actor
of a scored type (person, organization, state, group) that matches none of them is spurious. Names
match as the scorer matches them: folded name or alias, or a shared last name for persons. Aside cases
(every third) were only measured at the end.
"""

from __future__ import annotations

import re
import unicodedata

import pytest

SCORED = {"person", "organization", "state", "group"}


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.replace("ı", "i"))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower().replace("u.n.", "un").replace("u.s.", "us")
    s = re.sub(r"[^\w\s]", " ", s)
    return " ".join(re.sub(r"^(the|a|an)\s+", "", s.strip()).split())


def _names(spec: str) -> tuple[set[str], str]:
    kind, names = spec.split(":", 1)
    return {_fold(n) for n in names.split("|")}, kind


def _match(a: tuple[set[str], str], b: tuple[set[str], str]) -> bool:
    if a[0] & b[0]:
        return True
    if "person" in (a[1], b[1]) and a[1] == b[1]:
        return bool({n.split()[-1] for n in a[0] if len(n.split()[-1]) > 2}
                    & {n.split()[-1] for n in b[0] if len(n.split()[-1]) > 2})
    return False


CASES = [
    ("fit", "http://www.elyamnelaraby.com/486743/Coalition-air-strike-in-Saada-was-legitimate-statement-says",
     'The Saudi-led Arab coalition denied accusations from Houthi rebels that one of its airstrikes killed civilians in northern Yemen.',
     ['organization:Saudi-led Arab coalition|Arab coalition|Saudi-led coalition|coalition', 'group:Houthis|Houthi|Houthi rebels|Ansar Allah'],
     ['state:Saudi Arabia|Saudi', 'state:Yemen', 'group:civilians']),
    ("fit", "http://www.elyamnelaraby.com/486743/Coalition-air-strike-in-Saada-was-legitimate-statement-says",
     'In a statement, the Arab coalition said the vehicle was carrying armed Houthi combatants and that the air strike was "legitimate".',
     ['organization:Arab coalition|Saudi-led coalition|coalition'],
     ['group:Houthis|Houthi|Houthi combatants|armed Houthi combatants']),
    ("aside", "https://www.urdupoint.com/en/world/saudi-led-coalition-says-destroyed-houthi-fac-644344.html",
     'DOHA (UrduPoint News / Sputnik - 13th June, 2019) The Saudi-led coalition of Arab states destroyed Houthi weapons warehouses and production sites that accommodated foreign military specialists cooperating with the movement in response to the recent attack on the Saudi airport, the coalition spokesman Turki Maliki said at a press conference on Thursday.',
     ['organization:Saudi-led coalition|coalition|Saudi-led coalition of Arab states', 'person:Turki Maliki|Turki al-Maliki', 'group:Houthis|Houthi|movement'],
     ['organization:UrduPoint News|UrduPoint', 'organization:Sputnik', 'state:Saudi Arabia|Saudi', 'group:foreign military specialists', 'state:Qatar|Doha']),
    pytest.param(
     "fit", "http://alburaaqnews.com/2019/07/07/saudi-arabia-coalition-forces-have-intercepted-downed-drones-launched-by-yemens-houthi-rebels-in-sanaa-province/",
     'In Saudi Arabia, coalition forces have intercepted and downed drones launched by Yemen’s Houthi rebels in Sanaa province.',
     ['group:coalition forces|coalition|Saudi-led coalition', 'group:Houthis|Houthi|Houthi rebels|Yemen’s Houthi rebels'],
     ['state:Yemen', 'state:Saudi Arabia'],
     marks=pytest.mark.xfail(strict=False, reason="'coalition forces' with no coalition named: no actor")),
    ("fit", "https://themedialine.org/headlines/saudi-led-coalition-downs-houthi-missile-fired-from-yemen/print/",
     'A spokesman for the Houthis issued a statement on Twitter saying the nighttime drone attack came in response to coalition airstrikes.',
     ['group:Houthis|Houthi'],
     ['person:spokesman|A spokesman for the Houthis', 'organization:coalition|Saudi-led coalition']),
    ("aside", "https://mdsite.deno.dev/http://edition.cnn.com/2015/09/05/middleeast/yemen-weapons-depot-attack",
     'Coalition warplanes on Friday struck the site from which the Houthis launched the missile attack, spokesman Ahmed Asseri told state broadcaster al-Ekhbariya.',
     ['group:Houthis|Houthi', 'person:Ahmed Asseri|Asseri', 'organization:al-Ekhbariya|Al Ekhbariya'],
     ['organization:coalition|Saudi-led coalition']),
    ("fit", "https://mdsite.deno.dev/http://edition.cnn.com/2015/09/05/middleeast/yemen-weapons-depot-attack",
     'The state-run Bahrain News Agency also confirmed the five deaths.',
     ['organization:Bahrain News Agency|BNA'],
     ['state:Bahrain']),
    ("fit", "https://mdsite.deno.dev/http://edition.cnn.com/2015/09/05/middleeast/yemen-weapons-depot-attack",
     'Deposed Yemeni President Abdu Rabu Mansour Hadi met with the Crown Prince of Abu Dhabi, Sheikh Mohammed bin Zayed Al Nahyan and expressed his condolences, official news agency WAM reported Saturday.',
     ['person:Abdu Rabu Mansour Hadi|Hadi', 'person:Mohammed bin Zayed Al Nahyan|Mohammed bin Zayed', 'organization:WAM|Emirates News Agency'],
     ['state:Yemen|Yemeni', 'state:United Arab Emirates|UAE|Abu Dhabi']),
    ("aside", "https://mdsite.deno.dev/http://edition.cnn.com/2015/09/05/middleeast/yemen-weapons-depot-attack",
     'The UAE’s Ministry of Presidential Affairs announced a three-day official mourning period starting Saturday as the bodies of the dead began arriving in Abu Dhabi.',
     ['organization:Ministry of Presidential Affairs|UAE’s Ministry of Presidential Affairs'],
     ['state:United Arab Emirates|UAE']),
    ("fit", "http://uk.reuters.com/article/ecopetrol-attacks-idUKL2N0NK1WG20140428",
     'BOGOTA, April 28 A Colombian rebel group stopped and set fire to 12 vehicles transporting contractors and equipment to repair a pipeline on behalf of state-owned oil company Ecopetrol, police officials said on Monday.',
     ['organization:Ecopetrol'],
     ['group:Colombian rebel group|rebel group', 'group:police officials|police', 'state:Colombia|Colombian', 'group:contractors']),
    ("fit", "http://uk.reuters.com/article/ecopetrol-attacks-idUKL2N0NK1WG20140428",
     "No one was killed or injured in Sunday's attack by the National Liberation Army, or ELN, in a rural area in Norte de Santander province, near the border with Venezuela.",
     ['group:National Liberation Army|ELN'],
     ['state:Venezuela']),
    pytest.param(
     "aside", "http://uk.reuters.com/article/ecopetrol-attacks-idUKL2N0NK1WG20140428",
     'The series of attacks and repair delays have obliged U.S.-based Occidental to stop work in the Cano Limon and Caricare fields, which usually produce 67,000 barrels per day, and prompted a declaration of force majeure by Ecopetrol.',
     ['organization:Occidental|Occidental Petroleum', 'organization:Ecopetrol'],
     ['state:United States|U.S.|US'],
     marks=pytest.mark.xfail(strict=False, reason="'Cano Limon and Caricare fields' tagged as bodies, and 'by Ecopetrol' tagged as a place")),
    pytest.param(
     "fit", "https://www.hydrocarbonprocessing.com/news/2017/09/colombias-eln-rebels-attack-cano-limon-oil-pipeline",
     'Rebels from the Marxist ELN, Colombia’s largest active guerrilla group, destroyed part of the Cano Limon-Covenas oil pipeline on Monday, just two weeks before the start of a bilateral ceasefire and an end to hostilities, military and Ecopetrol sources said.',
     ['group:ELN|National Liberation Army'],
     ['organization:Ecopetrol|Ecopetrol sources', 'state:Colombia', 'group:Rebels', 'organization:military'],
     marks=pytest.mark.xfail(strict=False, reason="'military and Ecopetrol sources' read as one speaking group")),
    ("fit", "https://www.hydrocarbonprocessing.com/news/2017/09/colombias-eln-rebels-attack-cano-limon-oil-pipeline",
     'President Juan Manuel Santos’ government and the ELN began formal peace talks in Ecuador in February and earlier this month agreed to a bilateral ceasefire and an end to hostilities that will begin on Oct. 1 and run until Jan. 12.',
     ['person:Juan Manuel Santos|Santos', 'group:ELN|National Liberation Army'],
     ['state:Colombia|government|President Juan Manuel Santos’ government']),
    ("aside", "https://www.africannewsagency.com/southern-africa/14-rebels-die-as-forces-battle-insurgents-in-cabo-delgado-rwanda-says-86bf5705-86b3-4d49-bcce-f52d008665cd/",
     'RUSTENBURG, July 29 (ANA) – Rwandan forces have killed at least 14 insurgents in Mozambique, army spokesperson Colonel Ronald Rwivanga has said on Thursday.',
     ['person:Ronald Rwivanga|Rwivanga', 'state:Rwanda|Rwandan|Rwandan forces'],
     ['organization:ANA|African News Agency', 'group:insurgents', 'state:Mozambique', 'organization:army|Rwanda Defence Force']),
    ("fit", "https://www.africannewsagency.com/southern-africa/14-rebels-die-as-forces-battle-insurgents-in-cabo-delgado-rwanda-says-86bf5705-86b3-4d49-bcce-f52d008665cd/",
     '“The Rwandan contingent will support efforts to restore Mozambican state authority by conducting combats and security operations, as well as stabilisation and security-sector reform,” the Rwandan government said when it sent its troops to Mozambique.',
     ['state:Rwanda|Rwandan|Rwandan government'],
     ['state:Mozambique|Mozambican', 'group:Rwandan contingent|troops']),
    ("fit", "https://www.timeslive.co.za/news/africa/2021-07-30-rwanda-says-it-has-killed-14-insurgents-in-mozambique/",
     'The fighting took place between July 24 and 28 in the regions of Mbau and Awase, Rwandan military spokesman Ronald Rwivanga told Reuters.',
     ['person:Ronald Rwivanga|Rwivanga', 'organization:Reuters'],
     ['state:Rwanda|Rwandan', 'organization:Rwandan military|Rwanda Defence Force']),
    pytest.param(
     "aside", "https://zitamar.com/rwandan-forces-kill-26-insurgents-in-muidumbe/",
     'Rwandan forces reinforcing Mozambique’s military in Cabo Delgado province killed 26 insurgents in Mandela village in Muidumbe, northern Cabo Delgado on Friday, and captured two, a resident source in Muidumbe told Zitamar News.',
     ['state:Rwanda|Rwandan|Rwandan forces', 'organization:Zitamar News|Zitamar'],
     ['state:Mozambique|Mozambique’s military', 'organization:Mozambique’s military', 'group:insurgents', 'person:a resident source|resident source'],
     marks=pytest.mark.xfail(strict=False, reason="'a resident source in Muidumbe' keeps its place in the described person's name")),
    ("fit", "https://panafricanvisions.com/2021/09/rwandan-army-chief-urges-troops-in-mozambique-to-keep-the-momentum/",
     'The chief of staff of the Rwandan army, Mubarakh Muganga, has urged Rwandan troops helping Mozambique to fight terrorists in Cabo Delgado province to “keep the momentum and continue to be good ambassadors of Rwanda”.',
     ['person:Mubarakh Muganga|Muganga'],
     ['state:Rwanda|Rwandan|Rwandan troops', 'organization:Rwandan army|Rwanda Defence Force', 'state:Mozambique', 'group:terrorists', 'group:Rwandan troops']),
    ("fit", "https://panafricanvisions.com/2021/09/rwandan-army-chief-urges-troops-in-mozambique-to-keep-the-momentum/",
     'The killings come despite reassurances by the general commander of the Mozambican police, Bernardino Rafael, that security has been restored in the district.',
     ['person:Bernardino Rafael|Rafael'],
     ['organization:Mozambican police|police', 'state:Mozambique|Mozambican']),
    pytest.param(
     "aside", "https://afrocover.com/?p=11067",
     'The army spokesperson, Souleymane Dembele while speaking on Mali’s national TV said the terrorists suffered heavy damages in every location where they fought against the defence forces.',
     ['person:Souleymane Dembele|Dembele'],
     ['state:Mali', 'organization:Mali’s national TV|national TV', 'group:terrorists', 'organization:army|defence forces'],
     marks=pytest.mark.xfail(strict=False, reason="'Souleymane Dembele while speaking': the model tags no person")),
    ("fit", "https://afrocover.com/?p=11067",
     'Meanwhile, Jama’at Nusrat al-Islam wal Muslimin (JNIM), a jihadist group linked with al-Qaeda had admitted to being behind the attacks.',
     ['group:Jama’at Nusrat al-Islam wal Muslimin|JNIM'],
     ['group:al-Qaeda|al Qaeda']),
    ("fit", "https://knowafrika.com/al-qaeda-affiliate-jnim-strikes-malis-capital-in-rare-terrorist-attack",
     'The Associated Press reported that the targets of the attack were the gendarme school in Faladié and the military base near Modibo Keita Senou airport.',
     ['organization:Associated Press|AP'],
     []),
    ("aside", "https://kumasi.city/ak/2024/09/18/al-qaeda-linked-group-claims-responsibility-for-bamako-attack",
     'Malian state television later aired footage of approximately 20 blindfolded prisoners, with army chief Oumar Diarra declaring that the “terrorists have been neutralized” and the sweep was ongoing.',
     ['person:Oumar Diarra|Diarra'],
     ['organization:Malian state television|ORTM', 'state:Mali|Malian', 'group:prisoners|blindfolded prisoners', 'group:terrorists']),
    ("fit", "https://inewsafrica.com/al-qaeda-linked-group-jnim-claims-it-was-behind-mali-attack/",
     '“Early this morning, a group of terrorists attempted to infiltrate the Faladie [Feladie] gendarmerie school. Mopping-up operations are currently under way throughout the area,” the army said in a statement.',
     [],
     ['organization:army|the army', 'group:a group of terrorists|terrorists']),
    ("fit", "https://afintl.com/en/202403184470",
     'Zabihullah Mujahid, the Taliban spokesperson, revealed that air strikes in Khost and Paktika have led to the loss of six lives, including three women and three children.',
     ['person:Zabihullah Mujahid|Mujahid', 'group:Taliban'],
     []),
    ("aside", "https://afintl.com/en/202403184470",
     "Contrary to some media reports which allege Abdullah Shah Mehsud's death along with his family in the recent air strikes in Khost and Paktia, the Tehreek-e-Taliban Pakistan released a video denying his presence in Afghanistan.",
     ['person:Abdullah Shah Mehsud|Mehsud', 'group:Tehreek-e-Taliban Pakistan|TTP|Pakistani Taliban'],
     ['state:Afghanistan', 'state:Pakistan', 'group:media reports']),
    ("fit", "https://www.brecorder.com/news/40294177/taliban-spokesperson-says-air-strikes-carried-out-in-afghan-territory-claims-8-killed",
     'Pakistan’s army and foreign office have not yet responded to a request for comment on the strikes, which come after militants attacked a military post in Pakistan on Saturday, killing seven security forces.',
     ['organization:Pakistan Army|Pakistan’s army|Pakistani army|Pakistan'],
     ['organization:foreign office|Pakistan’s foreign office|Foreign Office', 'state:Pakistan', 'group:militants', 'group:security forces|seven security forces']),
    ("fit", "https://swarajyamag.com/amp/story/news-brief%2Fafghan-taliban-says-58-pakistani-soldiers-killed-30-injured-in-retaliatory-strikes-across-disputed-durand-line",
     'Afghanistan’s Defence Ministry confirmed the strikes, calling them “retaliatory and successful operations” in response to Pakistan’s air raids.',
     ['organization:Afghanistan’s Defence Ministry|Defence Ministry|Ministry of National Defence', 'state:Pakistan|Pakistani'],
     ['state:Afghanistan']),
    ("aside", "https://www.thehawk.in/news/world/pakistan-must-receive-response-for-shameful-act-warns-taliban",
     'In an interview with Al Arabiya English, Taliban spokesperson Zabihullah Mujahid said, "Naturally, it would be a military response, but its details are confidential, and I cannot explain further.',
     ['person:Zabihullah Mujahid|Mujahid', 'group:Taliban', 'organization:Al Arabiya English|Al Arabiya'],
     []),
    ("fit", "https://leadershipmagazine.org/?p=2105",
     'On Tuesday, the state-owned Ethiopian Broadcasting Corporation quoted ENDF spokesperson Colonel Getnet Adane as saying the military would take unspecified action against Fano for “disturbing the country’s peace”.',
     ['organization:Ethiopian Broadcasting Corporation|EBC', 'person:Getnet Adane|Getnet', 'organization:ENDF|Ethiopian National Defense Force|military', 'group:Fano'],
     ['state:Ethiopia|Ethiopian']),
    pytest.param(
     "fit", "https://leadershipmagazine.org/?p=2105",
     'Getnet and spokespeople for Ethiopia’s federal government and the Amhara regional administration did not immediately respond to requests for comment on Wednesday.',
     ['person:Getnet|Getnet Adane', 'state:Ethiopia|Ethiopia’s federal government|federal government', 'organization:Amhara regional administration'],
     ['group:spokespeople'],
     marks=pytest.mark.xfail(strict=False, reason="'Getnet' alone and the lower-case 'Amhara regional administration' are not found")),
    ("aside", "https://leadershipmagazine.org/?p=2105",
     'Fano fighters took part in a week of violent protests across Amhara in April after Prime Minister Abiy Ahmed ordered that regional security forces be integrated into the police or national army.',
     ['group:Fano|Fano fighters', 'person:Abiy Ahmed|Abiy'],
     ['group:regional security forces', 'organization:police', 'organization:national army', 'state:Ethiopia']),
    ("fit", "https://samedia.ai/ethiopia-clashes-between-army-fano-militia-escalating",
     'In response to the escalating situation, the Spanish embassy in Ethiopia advised Spaniards in Lalibela to stay in their hotels or residences.',
     ['organization:Spanish embassy|Spain|Spanish'],
     ['group:Spaniards']),
    ("fit", "https://themedialine.org/headlines/saudi-led-coalition-downs-houthi-missile-fired-from-yemen/print/",
     'The Reuters news agency spoke with people in Sanaa, citing them as reporting several additional airstrikes on Tuesday to the west and south of the city, which the coalition later confirmed as having been undertaken by its aircraft.',
     ['organization:Reuters|Reuters news agency'],
     ['organization:coalition|Saudi-led coalition', 'group:people']),
    ("aside", "https://colombiareports.com/eln-allegedly-attacks-ecopetrol-supply-caravan/amp/",
     'Colombia’s Vanguardia newspaper reported that the caravan was transporting supplies for the repair of the Caño Limon-Coveñas pipeline, which was damaged as a result of an alleged ELN attack last month.',
     ['organization:Vanguardia|Vanguardia newspaper', 'group:ELN|National Liberation Army'],
     ['state:Colombia']),
]


@pytest.mark.parametrize(("split", "url", "text", "required", "optional"), CASES)
def test_actors_round15(run, split, url, text, required, optional):
    ex = run(text, published="2024-01-01")
    found = [({_fold(a.name)} | {_fold(x) for x in a.aliases}, a.type) for a in ex.actors if a.type in SCORED]
    wanted = [_names(s) for s in required]
    allowed = wanted + [_names(s) for s in optional]
    spurious = [sorted(f[0])[0] for f in found if not any(_match(g, f) for g in allowed)]
    missed = [sorted(g[0])[0] for g in wanted if not any(_match(g, f) for f in found)]
    assert not spurious and not missed, (url, spurious, missed)
