"""Headline words and the plain words a story's text says the same thing with.

Headlines are written in their own idiom ("probe" for an inquiry, "axes" for scraps, "walk
out" for a strike), so a READ MORE line often shares the names of the story it quotes but
not its words for what happened. Each group below lists words and phrases that news copy
uses for one thing, the headline form and the reporter's form together; a word of a
headline agrees with a story that has any member of its group (``judge.Headline``).

Groups hold only words that mean the same in any story: a word with a common second sense
("back", "hold", "clear", "pass", "hit") is left out, since a wrong match costs a wrong link.

The words that turn an event (deny it, threaten it, set it in the past, say its opposite) are
below the groups: ``telling`` reads them around a headline's event words in a story's lede.
"""

from __future__ import annotations

from ..text.grammar import DATE_NAME_KEYS

#: One group per line: words and phrases (a phrase needs all its words, in any order).
SAME_THING = (
    "approve, approval, green light, greenlight, endorse, sanction, authorise, authorize",
    "delay, postpone, put off, defer, push back, slip, setback, behind schedule",
    "scrap, abandon, axe, ditch, cancel, shelve, call off",
    "inquiry, investigation, investigate, probe",
    "strike, walkout, walk, stoppage, industrial action, down tools",
    "docker, dockworker, dock worker, longshoreman, stevedore",
    "staff, worker, employee",
    "deal, agreement, accord, pact",
    "protest, protester, marcher, demonstration, demonstrator, rally",
    "phase, stage",
    "complete, finish, conclude",
    "court, judge, tribunal",
    "halt, suspend, freeze, block, stop work",
    "chief, boss, director",
    "appoint, choose, select",
    "fire, blaze, flames, wildfire",
    "closure, shut, shutdown",
    "reverse, backtrack, climbdown",
    "drought, dry spell",
    "firm, company, business",
    "partner, investor, backer",
    "foreign, overseas, abroad",
    "resign, resignation, quit, step down, stand down",
    "sack, dismiss, oust",
    "rise, raise, increase, hike, climb, jump, surge, soar, spiral, balloon, overshoot, boost, overrun",
    "fall, decline, slump, plunge, tumble",
    "cut, slash, reduce, trim",
    "pledge, vow",
    "dispute, feud, clash, spat",
    "bid, attempt",
    "election, poll, ballot, referendum",
    "lawmaker, legislator, mp, parliamentarian, parliament",
    "kill, killed, dead, death, die",
    "criticise, criticize, slam, condemn, rebuke",
    "budget, funding, funds, spending, cash, money",
    "cost, price",
    "storm, gale, hurricane, typhoon, cyclone",
    "flood, flooding, deluge",
    "arrest, detain, detention",
    "release, freed",
    "win, secure, clinch",
    "sign, ink, seal",
    "expand, expansion, enlarge, extend, extension",
    "damage, batter, wreck",
    "destroy, gut, raze",
    "raid, robbery, heist, hold-up",
    "threaten, threat, risk, endanger",
    "flaw, failing, fault, defect, shortcoming, leak, crack",
    "admit, concede, acknowledge",
    "find, expose, reveal, uncover",
    "seek, hunt",
    "open, opening, reopen, inaugurate",
    "public, visitor",
    "celebrate, anniversary",
    "talks, negotiations, negotiate",
    "warn, warning, caution",
    "visit, tour",
    "vaccine, jab, vaccination",
    "trial, testing",
    "landslide, mudslide, rockfall",
    "injure, hurt, wound",
    "explosion, blast",
    "repair, fix, mend",
    "build, construct, construction",
    "plan, proposal, scheme",
    "speed, fast track, accelerate, expedite",
    "auditor, watchdog",
    "state money, public money, government money, state funds, public funds, state aid",
    "start, begin, commence",
    "ban, prohibit, outlaw",
    "hire, recruit",
    "buy, acquire, purchase",
    "merge, merger",
    "outage, power cut",
    "shortage, scarcity",
    "lawsuit, legal action, sue",
    "layoff, redundancy",
    "jail, imprison",
    "lose, defeat",
    "unemployment, jobless",
    "quake, earthquake, tremor",
    "heatwave, heat wave",
    "disappear, vanish",
    "steal, theft",
    # A headline saying it happened again names the repeat, not the first time.
    "again, anew, second time, third time, another time",
)

#: Headline words that say nothing of what happened ("gets", "says"): not weighed as the event.
LIGHT_WORDS = frozenset(
    "get gets got make makes made take takes took go goes went come comes came see sees saw give gives "
    "gave set sets once still also just now latest".split()
)

#: Irregular forms and the word they are a form of (the first on each line). Headlines speak in
#: the present ("wins", "rises", "freezes") and stories in the past ("won", "has risen",
#: "was frozen"); a stemmer finds "halted" in "halts" but not "won" in "wins". Forms that are
#: also everyday nouns or names ("left", "fed", "wound", "shot", "lay", "bit") are left out.
IRREGULAR_FORMS = (
    "arise arose arisen",
    "beat beaten",
    "become became",
    "begin began begun",
    "bleed bled",
    "blow blew blown",
    "break broke broken",
    "bring brought",
    "build built",
    "burn burnt",
    "buy bought",
    "catch caught",
    "choose chose chosen",
    "deal dealt",
    "dig dug",
    "draw drew drawn",
    "drive drove driven",
    "eat ate eaten",
    "fall fell fallen",
    "feel felt",
    "fight fought",
    "find found",
    "flee fled",
    "fly flew flown",
    "forbid forbade forbidden",
    "foresee foresaw foreseen",
    "forget forgot forgotten",
    "forgive forgave forgiven",
    "freeze froze frozen",
    "give gave given",
    "grow grew grown",
    "hide hid hidden",
    "hold held",
    "keep kept",
    "lay laid",
    "lead led",
    "lend lent",
    "lose lost",
    "mean meant",
    "mislead misled",
    "overcome overcame",
    "overrun overran",
    "oversee oversaw overseen",
    "overtake overtook overtaken",
    "overthrow overthrew overthrown",
    "pay paid",
    "rebuild rebuilt",
    "repay repaid",
    "rewrite rewrote rewritten",
    "ride rode ridden",
    "rise rose risen",
    "run ran",
    "see saw seen",
    "seek sought",
    "sell sold",
    "send sent",
    "shake shook shaken",
    "shrink shrank shrunk",
    "sink sank sunk",
    "sit sat",
    "slay slew slain",
    "slide slid",
    "speak spoke spoken",
    "speed sped",
    "spend spent",
    "spin spun",
    "spring sprang sprung",
    "stand stood",
    "steal stole stolen",
    "stick stuck",
    "sting stung",
    "strike struck stricken",
    "strive strove striven",
    "swear swore sworn",
    "sweep swept",
    "swim swam swum",
    "swing swung",
    "take took taken",
    "teach taught",
    "tear tore torn",
    "tell told",
    "throw threw thrown",
    "understand understood",
    "undertake undertook undertaken",
    "uphold upheld",
    "wake woke woken",
    "wear wore worn",
    "weep wept",
    "win won",
    "withdraw withdrew withdrawn",
    "withhold withheld",
    "withstand withstood",
    "write wrote written",
    "child children",
    "crisis crises",
    "analysis analyses",
    "man men",
    "woman women",
    "foot feet",
    "tooth teeth",
)

#: Words that, a few words before a headline's word in the same clause (``telling.REACH``), say it
#: did not happen ("will *not* be completed", "voted *against* a strike"). ``t`` is what is left of "n't"
#: (``didn't`` reads "didn t").
DENYING_WORDS = frozenset(
    "not no never nor without against t cannot refuse refuses refused refusing reject rejects rejected "
    "rejecting deny denies denied denying fail fails failed".split()
)

#: Verbs that deny an event only as their object, right before it or its determiner ("*scrapped*
#: the ban", "*suspended* its strike", talks to *avert* a walkout; not "*averted* bankruptcy by
#: cutting jobs"): "flights *were scrapped in* a walkout", "services *were
#: suspended during* a strike" and "a *suspended* ceiling collapsed" tell the event.
OBJECT_DENYING_WORDS = frozenset(
    "scrap scraps scrapped scrapping spare spares spared suspend suspends suspended suspending avert averts "
    "averted averting".split()
)

#: Pairs of words that, before an event's word, deny it ("*called off* their walkout", "*ruled out*
#: resigning", "*voted down* the plan to close").
DENYING_PAIRS = frozenset(
    {
        ("call", "off"),
        ("called", "off"),
        ("calls", "off"),
        ("calling", "off"),
        ("rule", "out"),
        ("ruled", "out"),
        ("rules", "out"),
        ("ruling", "out"),
        ("voted", "down"),
    }
)

#: Words that, a few words after an event's word, say it did not happen ("a strike ... was
#: *averted*", "the opening is *postponed*"). Not "scrapped" or "cancelled": "the port authority
#: *scrapped* ..." tells its own event, and "authority" shares its stem with "authorise".
DENYING_AFTER_WORDS = frozenset("averted postponed".split())

#: After an event's word, a passive's auxiliary (``PASSIVE_WORDS``) and one of these words or runs
#: of words, or one word and one of them, say the event did not happen ("a walkout by dockers *was
#: called off*", "the opening *has been pushed back to* next year"): the event's word is then the
#: subject of the undoing.
PASSIVE_WORDS = frozenset("is are was were be been".split())
UNDOING_AFTER_WORDS = frozenset(
    "averted postponed cancelled canceled scrapped shelved abandoned lifted overturned rejected "
    "withdrawn".split()
)
UNDOING_AFTER_PAIRS = frozenset(
    {
        ("called", "off"),
        ("put", "off"),
        ("put", "on", "hold"),
        ("ruled", "out"),
        ("pushed", "back", "to"),
        ("pushed", "back", "until"),
    }
)

#: Words that, just before a story's "to" and an event's word after it (``telling.INTENT_GAP``),
#: make the event an intent, not news: "*threatened* on Monday to strike", "*proposed* to cut",
#: "on *whether* to strike", "*called* for the mayor to step down". Not "scheduled" or "set" ("the
#: tram line, *scheduled to* open in 2022, carried its first passengers"), nor a plan, a decision,
#: a bill or a call as nouns ("completing a *plan* to merge", "carried out a *decision* to close
#: it", "heeded union *calls* to walk out"), nor "ordered", "forced", "allowed", "voted", "agreed"
#: or "bowed to": their event may well have happened.
INTENT_WORDS = frozenset(
    "threaten threatens threatened threatening warn warns warned vow vows vowed pledge pledges pledged "
    "propose proposes proposed urge urges urged aim aims aimed hope hopes hoped want wants wanted seek "
    "seeks sought intend intends intended prepare prepares preparing whether".split()
)

#: Words in a headline that tell its event undone ("Dock strike *called off*", "Velm *scraps* tram
#: extension", "nurses *suspend* strike"; "off" and "hold" for "called off" and "put on hold", so
#: "Rocket takes off" is not checked either): such a headline names a turn, and is not checked.
HEADLINE_UNDOING_WORDS = frozenset(
    "avert averts averted postpone postpones postponed cancel cancels cancelled canceled scrap scraps "
    "scrapped shelve shelves shelved abandon abandons abandoned withdraw withdraws withdrawn reject "
    "rejects rejected suspend suspends suspended off hold".split()
)

#: Verbs that, before a "that" opening the statement of an event's word, deny it ("*dismissing*
#: newspaper reports that she would step down", "*denied* that the plant would close"), within
#: ``telling.CLAIM_REACH`` words.
DISMISSING_WORDS = frozenset(
    "dismiss dismisses dismissed dismissing deny denies denied denying reject rejects rejected "
    "rejecting refute refutes refuted".split()
)

#: Words after an event's word, in its statement, that make it a condition: a threat ("will walk
#: out next month *unless* managers hire more staff").
CONDITION_WORDS = frozenset({"unless"})

#: Words after an event's word saying what it brought, not what became of it ("a strike by nurses
#: *meant* 400 operations had to be postponed", "a fire swept through the mill, *with* production
#: halted"): a passive's undoing after them is another thing's.
CONSEQUENCE_WORDS = frozenset(
    "meant means mean left leaving forced forcing caused causing saw sees with so leading led prompted "
    "prompting sent sending".split()
)

#: Words before "close" that make it no closing ("a sale could *be* close", "*came* close to").
NOT_CLOSING_BEFORE = frozenset(
    "be is are was were been very so too came come comes coming remain remains remained stay stays "
    "stayed get got draw draws drew keep kept how as".split()
)

#: Words after "close" that make it no closing ("*close to* the border", "a *close friend*").
NOT_CLOSING_NEXT = frozenset(
    "to by friend friends ally allies aide aides call race relationship ties contact second watch eye "
    "look attention range quarters up together behind knit".split()
)

#: Words after a hedge that say the event happened and may go on ("prices could rise *further*").
GOING_ON_WORDS = frozenset("further again more".split())

#: Capitalised words that name no party: a month's or a day's name (English: the names the date
#: reader keys other languages' dates by).
CALENDAR_WORDS = frozenset(DATE_NAME_KEYS)

#: Words that undo an event ("*lifted* the suspension", "*ending* the threat of a walkout"): before a
#: story's word, they deny it; anywhere in a headline ("Dock strike *ends*"), they make it tell a turn
#: of its event that the words around it do not settle, and it is not checked.
REVERSING_WORDS = frozenset(
    "lift lifts lifted lifting end ends ended ending overturn overturns overturned".split()
)

#: Words that, before a headline's word, say it may happen, not that it did ("*warned of* a strike",
#: "*vowed to* win", "*threat of* a walkout"). Not "vote" ("voted to expand" says it was decided), nor
#: "plan" or "promise" (a "*planned* 48-hour strike" began, the "*promised* pay rise" came).
HEDGING_WORDS = frozenset(
    "threat threats threaten threatens threatened threatening warn warns warned warning vow vows vowed "
    "pledge pledges pledged propose proposes proposed consider considers considered possible potential "
    "fears feared expected expects due yet could may might considering".split()
)

#: Words before a headline's event word that make it a plan ("Estmark Bank *to* cut 300 staff"): a
#: story telling the plan may be the one named. In a story, "to" makes no plan ("ordered the
#: builder *to* stop work"); the others do of an opposite event's word ("*will* open as a museum").
FUTURE_WORDS = frozenset("to will would could may might shall".split())

#: A span of time: before "after" ("a *year* after a strike"), it sets the event in the past.
TIME_SPAN_WORDS = frozenset(
    "day days week weeks month months year years decade decades season seasons".split()
)

#: Words before a headline's word that set it in the past: an earlier event the story recalls
#: ("*since* the strike", "a *previous* strike"; two words at most); "last" does with a span of time
#: after it ("*last year*'s strike"). Not "earlier": "*earlier* today" is the story's own day.
BACKDROP_WORDS = frozenset("since previous previously".split())

#: Words after a headline's word that set it in the past ("staff who walked out *last* year", "a
#: strike two years *ago*"); "last" again with a span of time after it.
BACKDROP_AFTER_WORDS = frozenset("ago previously".split())

#: Words that begin another statement inside a clause ("rejected the offer *and* walked out", "staff
#: *who* had never been on strike"): a denying, hedging or backdrop word before one is not about an
#: event's word after it.
STATEMENT_WORDS = frozenset("and but or who whom which that when while as because though although".split())

#: Words that may stand between a backdrop word and an event's word ("since *the* strike"): any other
#: ("unpaid since *March* walked out") makes the backdrop another word's.
DETERMINERS = frozenset("the a an its their his her this that these those".split())

#: Words before a headline's event word that make it the cause of the news, not the news ("Two
#: arrested *over* warehouse fire", "inquiry *into* explosion"): it is not checked.
CAUSE_WORDS = frozenset("over into after amid following for about".split())

#: The groups of ``SAME_THING`` (by their first word) that name an event, which a story may deny,
#: threaten or recall: the others name things ("court", "budget", "chief"), whatever is said of them.
EVENT_GROUPS = frozenset(
    "approve delay scrap inquiry strike protest complete halt appoint fire closure reverse resign sack "
    "rise fall cut dispute kill arrest release win sign expand damage open injure explosion repair build "
    "speed".split()
)

#: Groups of ``SAME_THING`` (by their first word) and words of the opposite event: a story telling
#: one ("appointed", "fell", "closed its inquiry") and not the headline's word tells another event.
OPPOSITES = (
    (
        "rise",
        "fall, fell, falls, fallen, drop, dropped, drops, decline, declined, slump, plunge, eased",
    ),
    ("fall", "rise, rose, risen, rises, increase, increased, hike, climb, jump, surge, soar"),
    ("resign", "appoint, appointed, appoints, hire, hired, hires"),
    ("sack", "appoint, appointed, appoints, hire, hired, hires"),
    ("appoint", "resign, resigned, resigns, quit, quits, sack, sacked, fired, dismissed, ousted"),
    ("open", "close, closed, closes, closing, closure, shut, shuts, shutdown"),
    ("closure", "open, opened, opens, reopen, reopened, reopens"),
    ("halt", "resume, resumed, resumes, restart, restarted, restarts, continue, continued, continues"),
    ("strike", "return, returned, returns, returning"),
    ("approve", "reject, rejected, rejects, refuse, refused, refuses, veto, vetoed, vetoes"),
    ("win", "lose, loses, lost"),
    ("arrest", "release, released, releases, freed"),
    ("release", "arrest, arrested, arrests, detain, detained, detains, jail, jailed"),
)

#: A word next to an event's word that gives it another sense ("a *cardiac* arrest", "a *charity*
#: walk", "a fire *drill*" is no fire, "an open *letter*" no opening): the story does not tell the
#: event there, nor the headline (``Runner suffers cardiac arrest at Velm marathon`` is not checked
#: for an arrest). Pairs of words in a row. Not "under fire": gunfire or criticism.
OTHER_SENSES = frozenset(
    {
        ("cardiac", "arrest"),
        ("respiratory", "arrest"),
        ("charity", "walk"),
        ("sponsored", "walk"),
        ("ski", "jump"),
        ("open", "letter"),
        ("fire", "drill"),
    }
)

#: Ordinal words: a headline naming the first of a thing is not a story of its second.
ORDINALS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth".split())

#: Spans an ordinal counts that are not a thing ("the *second* day", "a strong *second* half").
ORDINAL_SPANS = frozenset(
    "time times day days half quarter term week month year round leg set period".split()
)
