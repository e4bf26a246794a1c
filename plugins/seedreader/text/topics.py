"""People, places and organisations named in a story: rules, no model, no network.

A topic is a run of capitalised words (``Xi Jinping``, ``European Union``,
``Bank of Veloria``). Role words in front (``President``) are cut off and mark
a person; keywords mark organisations and places; a run that most often follows
``in``/``at``/``from`` is a place. Single words must be named twice, or in the
lede, to count: sentence-initial capitals are noise otherwise.
"""

from __future__ import annotations

import re
import string
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from .model import pickled_by_fields

#: A run of capitalised words, allowing lower-case joiners inside (``Bank of Veloria``).
#: (The capital comes before the look-behind at the character before it: a pattern that starts
#: with a look-behind is tried at every position of the text, one that starts with a letter class
#: lets the regex engine skip to the next capital. The first word's ``[A-Z][\w’'-]*`` covers
#: all-capital words too.)
NAME_RUN_RE = re.compile(
    r"[A-Z](?<![\w’'][A-Z])[\w’'-]*(?:\s+(?:(?:of|the|de|des|del|di|da|du|al|bin|van|von|der|la|le)\s+)*"
    r"(?:[A-Z][\w’'-]*|[A-Z]{2,}))*"
)
#: How much text before and after a name is read for hints (sentence start, preposition, speech).
CONTEXT_CHARS = 60
#: Where a sentence starts, so a capital may be sentence-initial only: after a full stop, a quote,
#: a title's bar, a bullet, a stray HTML tag, or a dateline's dash (``KORRIN, May 3 (MW) — Floods``:
#: no word before it starts in lower case; ``the quarter of Velm – Ostrel`` goes on one sentence).
SENTENCE_START_RE = re.compile(r"(?:^|[.!?:;|•]\s+|^(?:[^\sa-z]\S*\s+)*[—–-]+\s+|[\"“‘'(>]\s*)$")
#: The dashes, after which the whole window is read for a dateline.
DASHES = "—–-"
#: Titles and roles before a name: cut off, and the name is a person.
ROLE_WORDS = frozenset(
    "President Vice Prime Minister Chancellor King Queen Prince Princess Governor Mayor Director "
    "Secretary General Senator Judge Chief Executive Captain Coach Dr Mr Mrs Ms Professor Pope "
    "Sheikh Emir Premier Foreign Defence Defense Finance Interior Spokesman Spokeswoman Ambassador "
    "Commander Leader Chairman Chairwoman CEO Lawmaker Deputy Speaker Minister's Sir Lady Lord "
    "Striker Midfielder Goalkeeper Manager Founder Councillor Representative Rep Sen Gen "
    # Police and court ranks, newsroom posts, clergy, and the abbreviations South Asian papers use.
    "Assistant Commissioner Officer Inspector Superintendent Supt Sergeant Detective Constable Const "
    "Justice Attorney Colonel Lieutenant Admiral Marshal Editor Writer Correspondent Reporter Rev "
    "Reverend Bishop Cardinal Gov Lt Maj Sgt Insp Det Harbourmaster Harbormaster Cr Cllr "
    "PM CM FM MP DSP SP SSP ACP ASI SHO IGP DIG CJP PRO PPRO Spokesperson "
    "Eminence Excellency Majesty Highness Holiness "
    # Courtesy titles and their abbreviations (``Mme Berg``, ``Smt Osk``, ``Fr Reil``), a county's officer,
    # and a minister in Spanish, Portuguese, Italian and French copy. (Not ``Miss``, ``Madame``, ``Shri``,
    # ``Presidente``, ``Papa``: a pageant's, a museum's, an institution's, a town's name or a given name.)
    "Mme Monsieur Smt Fr Prof Coun Cmdr Sheriff Ministro Ministra Ministre "
    # A pope's and a priest's titles (``Holy Father Ilario``, ``the Pontiff``).
    "Father Pontiff Pontefice Pontífice".split()
)
#: Words that open sentences in French, Spanish, Portuguese and Turkish copy and start with a
#: letter beyond A to Z (only a run starting so is checked), case folded: with their capital they
#: start a run of capitals (``À Paris``, ``Çünkü Ankara``). Written out, not guessed from the story:
#: ``Özgür``, ``Ángel``, ``Çelik``, ``Über``, ``Été`` are words and names.
FOREIGN_OPENERS = frozenset(
    "à ça également évidemment él ésta éste às é "
    "çünkü öte özellikle şimdi şu önce öyle üstelik işte için".split()
)
#: Titles that also end names (``Ada Bishop``, ``Velm Reporter``, ``Korrin Business FM``): a title
#: before a name, part of it at its end.
NAME_END_TITLES = frozenset("Bishop Reporter FM Sen".split())
#: Plurals of titles that name a body, a team or a place, not people holding the title
#: (``Joint Chiefs``, ``Korrin Senators``, ``Queens``).
BODY_PLURALS = frozenset("Chiefs Lords Kings Queens Senators".split())
#: Words that make a run an organisation.
ORG_WORDS = frozenset(
    "Union Bank Institute Ministry Parliament Assembly Party Agency Council Authority Organisation "
    "Organization Company Corporation University Court Committee Commission League Association "
    "Federation Group Fund Office Department Army Navy Force Forces Police Service Board Club "
    "Rovers Athletic Cells Press Wire News Times Post Opera Observatory Foundation Alliance "
    "Congress Senate Cabinet Government Front Movement Coalition Inc Ltd Co Airlines Bureau Lines "
    "Shipping Cooperative Society Station Museum Theatre Theater Festival Institute FC Network "
    # A government in other languages (``el Gobierno``, ``o Governo``, ``die Regierung``): alone, none
    # in particular.
    "Gobierno Governo Gouvernement Regierung Pemerintah".split()
)
#: Organisation's words that name one body when written alone (``the Senate agreed``), like a country.
BODIES_ALONE = frozenset("Congress Parliament Senate Cabinet".split())
#: Words that make a run an event.
EVENT_WORDS = frozenset(
    "War Games Olympics Cup Summit Crisis Tour Championship Championships Election Slam".split()
)
#: Words that say which of an event's kind it is without naming a place or a body (``World Cup``,
#: ``Cold War``, ``Grand Slam``, ``Second World War``, ``World War II``): an event named with these alone
#: is no topic, though ``Velm Cup`` and ``Korrin Civil War`` are.
EVENT_QUALIFIERS = frozenset(
    "World Cold Summer Winter Olympic Grand Civil Great First Second One Two I II".split()
)
#: Capitalised words that join two names in a Title Case line (``Ferry Strike In Korrin``), never one.
JOINING_WORDS = frozenset(
    "The An And Or But As In On At For With To By From Into Over Under Amid After Before Since Than "
    "If When While Is Are Was Were Has Have Vs".split()
)
#: Possessives that make a name rather than end one (``People's Party``, ``Women's League``).
NAME_POSSESSIVES = frozenset("People Women Children Men Workers Farmers Veterans".split())
#: Words before a saint's name, whose possessive names a place or a body (``St Ilda's Hospital``).
SAINT_WORDS = frozenset("St Saint".split())
#: Words between a title and its remit (``Minister for Tourism``, ``Director of Harbour Rescue``).
REMIT_JOINERS = frozenset("for of".split())
#: Words that make a run a weather system (``Typhoon Kora``), not a topic; written in lower case
#: just before a name (``typhoon Kora``) they mark it too, and a storm's bare name folds into it.
WEATHER_WORDS = frozenset("Typhoon Storm Hurricane Cyclone Tornado Monsoon Depression".split())
#: A storm's name after its kind (``typhoon Kora``, ``a new typhoon, Kora, formed``), title and subheads
#: included; after a comma only set off by another (``After the storm, Korrin officials`` names none).
#: (Each kind is written out in both cases, not as ``[Tt]yphoon``: when every alternative starts with
#: a letter, the regex engine skips to the next of those letters; a class in front makes it try the
#: whole pattern at every position, four times as slow.)
STORM_NAME_RE = re.compile(
    r"(?:typhoon|Typhoon|storm|Storm|hurricane|Hurricane|cyclone|Cyclone|tornado|Tornado|depression|Depression)"
    r"(?:\s+|,\s+(?=[A-Z][\w’'-]*,))([A-Z][\w’'-]*)"
)
#: Last words that make a run a law, a plan, a budget, an index, a scale or a warning (``Harbour Safety
#: Act``, ``Korrin Wind Scale``, ``Red Weather Warning``), not a topic.
DOCUMENT_WORDS = frozenset(
    "Act Bill Law Code Plan Scheme Charter Policy Resolution Regulations Ordinance Amendment Doctrine "
    "Framework Strategy Agenda Budget Manifesto Index Scale Warning Warnings".split()
)
#: Words of a page's interface (``Manage Settings``, ``Open Full Embed``, ``New Tab``): a run
#: with one, in any case (``SUBSCRIBE NOW``), is no topic.
INTERFACE_WORDS = frozenset(
    "Subscribe Login Settings Disclaimer Embed Feed Newsletter Cookie Cookies Privacy Adblock Sponsored "
    "Stories Sorry Oops Download Downloading Gainers Losers Archive Video Tab".split()
)
#: Diseases: news, but neither people, places nor organisations (``COVID-19``, ``Covid Rules``).
DISEASE_WORDS = frozenset(
    "Covid COVID Covid-19 COVID-19 COVID19 Coronavirus Ebola Mpox Cholera Measles Malaria Dengue HIV "
    "AIDS SARS MERS Omicron".split()
)
#: Words that make a run a day or a holiday (``Lantern Day``, ``Harvest Eve``, ``New Year``), not a topic.
TIME_WORDS = frozenset("Day Days Eve Week Weekend Year".split())
#: Days of the week: cut off either end of a run (``Korrin on Sunday`` in a caption: ``Korrin Sunday``).
WEEKDAYS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
#: Words of feast days' names that name nothing else, anywhere in a run (``Yom Kippur``,
#: ``Maha Shivaratri``); not ``Easter`` or ``Christmas``, which also name islands.
FEAST_WORDS = frozenset(
    "Ramadan Eid Diwali Hanukkah Passover Thanksgiving Kippur Rosh Hashanah Sukkot Purim Shivaratri "
    "Navratri Jayanti Jatra Dashain Tihar Holi Vesak Nowruz".split()
)
#: Holidays: a day, not a topic, alone or before a weekday (``Easter Sunday``).
HOLIDAYS = frozenset("Easter Christmas Halloween".split()) | FEAST_WORDS
#: Words after which ``of`` continues a name (``Bank of Veloria``, ``Chamber of Commerce``): an
#: organisation's word and these; elsewhere ``of`` splits it.
OF_HEADS = ORG_WORDS | frozenset(
    "Kingdom Republic Tour Grand Bay Gulf Sea Isle Cape Lake Mount Strait City House Chamber Church "
    "Academy School College".split()
)
#: Single words with these endings are adjectives of nationality or their plurals (``Chinese``,
#: ``Velorians``).
DEMONYM_RE = re.compile(r"^[A-Z][a-z]+(?:ese|ians?|eans?|ish|ic)$")
#: ... and these, ending a run of several words (``Central Asian``); ``-ic`` ends place names too.
NATIONALITY_END_RE = re.compile(r"^[A-Z][a-z]+(?:ese|ians?|eans?|ish)$")
#: Words that make a run a place.
PLACE_WORDS = frozenset(
    "City Port Island Islands Republic Kingdom River Mount Mountain Sea Bay Province County State "
    "States Street Square Coast Cape Lake Valley Plains Strait Gulf Ocean Harbour Harbor Bridge "
    "Region District Peninsula Desert Quarter Col".split()
)
#: Prepositions that put a place after them.
PLACE_PREPOSITIONS = frozenset(
    "in at from to near across into outside inside off towards via aus nach bei im".split()
)
#: German capitalises every noun: a story with this many of these words (and no `` the ``) is
#: read as German (``_merge``).
GERMAN_MARKERS = (" und ", " der ", " die ", " das ", " nicht ", " ist ", " mit ", " sich ", " auf ", " für ")
GERMAN_MIN_MARKERS = 5
#: A German article or joiner in a run makes it a noun phrase (``Die Gästegruppe``, ``Geschichte
#: der Liga``), not a name.
GERMAN_ARTICLES = frozenset("Der Die Das Den Dem Des Ein Eine".split())
#: ... and a preposition opening a run is no part of a name either (``Für Koalitionsgespräche``,
#: ``Trotz Wetter-Apps``: a headline's first word, capitalised).
GERMAN_OPENING_WORDS = GERMAN_ARTICLES | frozenset(
    "Für Trotz Nach Bei Mit Vor Über Unter Seit Während Wegen Am Im Zum Zur Beim Vom Auf Aus Gegen "
    "Ohne Durch Laut Gemäß Zwischen Neben Bis "
    # (Other words that open a sentence before a noun: ``Wenn Sie``, ``Einem Basar``, ``Welche Züge``.)
    "Einem Einen Einer Eines Wenn Als Welche Welcher Welches Auch Alle Beide Viele Wenige Mehrere "
    "Diese Dieser Dieses Zwei Drei Vier Fünf Zehn".split()
)
#: Words of quantity and time that German capitalises (``Jahren Gefängnis``, ``Milliarden Euro``):
#: a run with one is a phrase, not a name.
GERMAN_QUANTITY_WORDS = frozenset(
    "Jahr Jahre Jahren Monat Monate Monaten Woche Wochen Tag Tage Tagen Stunde Stunden Minuten "
    "Million Millionen Milliarde Milliarden Billion Billionen Dutzend Dutzende Prozent "
    # (A clock's local time: ``um 10.50 Uhr Ortszeit``.)
    "Ortszeit "
    # (Counts of people and measures: ``Hunderte Menschen``, ``40 Metern Höhe``, ``3000 Tonnen``.)
    "Menschen Hunderte Hunderttausende Tausende Meter Metern Kilometer Kilometern Tonnen".split()
)
#: ... and words of age and clock that are no name alone (``im Alter von 88 Jahren``, ``um 10 Uhr``),
#: though they may begin one (``Alter Markt``).
GERMAN_LONE_NOT_NAMES = frozenset("Alter Uhr".split())
GERMAN_PHRASE_WORDS = GERMAN_ARTICLES | frozenset("der die das des und".split())
#: A run with any of these words is no name in a German story.
GERMAN_NOT_NAME_WORDS = GERMAN_PHRASE_WORDS | GERMAN_QUANTITY_WORDS
#: Prepositions of Spanish, Portuguese, Italian and French with a capital A to Z: in a story in those
#: languages (``ROMANCE_MARKERS``), a run one of them opens at a sentence's start starts after it, as
#: after ``FOREIGN_OPENERS`` (``Según Berg``, ``Selon la Confédération``), case folded.
ROMANCE_PREPOSITIONS = frozenset(
    "según tras durante desde sobre entre hasta para por con selon après avec dans pour secondo dopo "
    "mentre em na nos nas com pelo pela".split()
)
#: ... and their articles, cut so only before two words or more (``El Consejo Portuario``): before
#: one, the article may be the name's own (``El Salvador``, ``La Liga``, ``Le Monde``; ``Al`` and
#: ``Del`` are names' particles, never cut). ``en La Paz`` keeps its article anywhere.
ROMANCE_ARTICLES = frozenset("el la los las lo le les il gli un una une os".split())
#: Words in lower case that mark a story in one of those languages: this many of them, and no
#: English `` the ``.
ROMANCE_MARKERS = (
    " el ",
    " los ",
    " las ",
    " del ",
    " les ",
    " des ",
    " une ",
    " il ",
    " gli ",
    " della ",
    " os ",
    " pelo ",
    " não ",
    " que ",
    " por ",
    " avec ",
)
ROMANCE_MIN_MARKERS = 4
#: Months and weekdays in the languages that capitalise them (German, Indonesian, Turkish).
FOREIGN_CALENDAR_WORDS = frozenset(
    "Januar Februar März Juni Juli Oktober Dezember Montag Dienstag Mittwoch Donnerstag Freitag Samstag "
    "Sonntag Januari Februari Maret Mei Agustus Desember Senin Selasa Rabu Kamis Jumat Sabtu Ocak Şubat "
    "Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık Pazartesi Salı Çarşamba Perşembe "
    "Cuma Cumartesi Pazar".split()
)
#: Capitalised words that are never topics on their own.
NOT_TOPICS = (
    frozenset(
        "A An The This That These Those It Its In On At As But And Or If When While After Before Since "
        "Once According However Meanwhile Also He She They We I You His Her Their Our Last Next Earlier "
        "Later Some Many Most More Other Another Both Each Every No Not Yes So Then There Here What Who "
        "Why How Where Which Read Source Photo Loading January February March April May June July August "
        "September October November December "
        "Mr Mrs Ms Dr Sir For With Without Under Over Among Between Despite Although Because Until By "
        "From To Of Into Even Still Just Only Now Today Yesterday Tomorrow Than Such Like All Any New "
        "Prices Ships Data Cost One Two Three First Second Third Nobody Never Everyone Western "
        "Eastern Northern Southern Published Publish Modified Updated Update Editing Reporting Writing "
        "Related Explore Trending Advertisement Dozens Hundreds Thousands Latest Breaking Exclusive "
        "Former Acting Rs I've I’ve I'm I’m I'll I’ll I'd I’d "
        # Words that open a sentence before a name (``Neither Berg nor ...``, ``Citing Korrin officials``,
        # ``Several Velm papers``; not ``Visit``, ``Multiple``, ``Tonight``, which begin names too).
        "Neither Either Nor Yet Though Whether Again Around Several Citing Thank "
        # Acronyms of things, roles and currencies, not names (``a white SUV``, ``the firm's CEO``).
        "SUV SUVs CEO CEOs GDP PhD USD EUR GBP "
        # Time zones, as in a page's time stamp (``10:30 GMT Saturday``, ``23.00 WIB``).
        "GMT UTC EST EDT CST CDT PST PDT BST CET CEST IST KST JST AEST AEDT HKT WIB WITA WIT".split()
    )
    | WEEKDAYS
)
#: Words of NOT_TOPICS that begin places' names (``New Orleans``, ``New Delhi``): kept before another word.
NAME_FIRST_WORDS = frozenset(["New"])
#: Numbers, no topic alone (``Seven``) or before a group's name (``Seven Velorians``), but a name's
#: first word at times (``Four Rivers``).
NUMBER_WORDS = frozenset("Four Five Six Seven Eight Nine Ten Eleven Twelve Twenty".split())
#: The AP's abbreviations of US states, as a dateline writes them (``MENDON, Mo.``): no topic alone.
US_STATE_ABBREVIATIONS = frozenset(
    "Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev "
    "Okla Ore Pa Tenn Vt Va Wash Wis Wyo".split()
)
#: Capitalised words that are no topic alone but may begin or end one (``North Korea``,
#: ``News Corp``, ``Jan Kowalski``): a direction, a month's or a weekday's short name (not ``Mon``,
#: ``Sat``, ``Sun``, which are names too), a page's words, a US state's abbreviation, a month or
#: weekday abroad (``Juni``, ``Mei``, ``Mart`` are given names too).
LONE_NOT_TOPICS = (
    frozenset(
        "West East North South Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec News Live Blog Together "
        "Groups Date Share Watch Division Federation Years Ago Mt St Tue Tues Wed Thu Thur Thurs Fri "
        "Category "
        # A state and a currency in other languages (``el Estado``, ``il Stato``, ``Milliarden Euro``),
        # and words some copy capitalises (``God``, ``the Internet``).
        "Estado Stato État Euro God Internet "
        # Acronyms of things and of the clock, which may begin or end a name (``Korrin TV``): ``AI``,
        # ``TV``, a city's ``CBD``, ``10 AM``. (Not ``DNA`` or ``ET``: papers cited by their initials.)
        "AI TV CBD AM "
        # A scale named for its maker (``104 degrees Fahrenheit``; not ``Celsius`` or ``Richter``, a
        # company's and a surname).
        "Fahrenheit "
        # A weather warning's colour (``a Yellow warning for wind``); not ``Green``, ``Black``, ``White``,
        # ``Brown`` or ``Amber``, which are names too.
        "Red Yellow "
        # A prize by its founder's name (``premio Nobel``, ``a Nobel laureate``); ``Alfred Nobel`` stays.
        "Nobel "
        # Contests and rites named by a common word or their own (``three Test matches``, ``the Hajj``,
        # ``la Eurocopa``).
        "Test Tests Hajj Umrah Eurocopa".split()
    )
    | NUMBER_WORDS
    | US_STATE_ABBREVIATIONS
    | FOREIGN_CALENDAR_WORDS
)
#: Words before a nationality that make the run an adjective phrase (``Central Asian``).
REGION_WORDS = frozenset(
    "Central North South East West Northern Southern Eastern Western Northeast Northwest Southeast "
    "Southwest Middle".split()
)
#: First words of two-word adjectives of nationality (``Sri Lankan``, ``Costa Rican``).
DEMONYM_FIRST_WORDS = frozenset("Sri Costa Puerto New Latin".split())
#: Adjectives of nationality DEMONYM_RE does not catch (``Israeli``, ``French``, ``American``).
DEMONYMS = frozenset(
    "Israeli Iraqi Saudi Pakistani Bangladeshi Kuwaiti Qatari Emirati Yemeni Omani Somali Nepali "
    "Azerbaijani Afghan Afghani French Dutch Greek Thai Swiss Soviet American African Mexican Moroccan "
    "Dominican Filipino Cypriot Kurdish Arab Serb Croat Czech Slovak Uzbek Kazakh Turkmen Kyrgyz Tajik "
    "Welsh Scots Irish German Briton Aussie Lankan Rican Zealander Ugandan Kenyan Tibetan Cuban "
    # Faiths name groups of people the same way (``Lebanese Shiites``, ``French Catholic``).
    "Muslim Christian Hindu Sikh Buddhist Shiite Shia Sunni Druze Catholic Protestant Jew Islamist".split()
)
#: A title with at least this share of its words capitalised is in Title Case: its capitals say
#: nothing about names, so names are taken from its lede and body only.
TITLE_CASE_SHARE = 0.7
#: Lines of the body looked at that way: headline-long at most.
TITLE_CASE_MAX_CHARS = 150
#: How many topics a story keeps, most-named first.
MAX_TOPICS_PER_STORY = 10
#: A single-word name must appear this often (or in the lede) to count.
SINGLE_WORD_MIN_COUNT = 2
#: A word written in lower case: a capitalised word also written so is not a name.
#: (``\b[a-z]`` written letter first, for the reason given at NAME_RUN_RE.)
LOWER_WORD_RE = re.compile(r"[a-z](?<!\w[a-z])[\w-]*\b")
#: A word run into a number (``Times2 days ago``, ``Daily8``, ``Sh8 billion``): a page's layout glued
#: two pieces together, and the run names nothing as written (``F1``, ``G20``, ``COVID19`` are not glued).
GLUED_NUMBER_RE = re.compile(r"[a-z]\d+$")
#: The same at the end of any word of a run's words joined by spaces: one search, not one a word.
_GLUED_IN_WORDS_RE = re.compile(r"[a-z]\d+(?!\S)")
#: A whole run in quotes is the title of a work (``"Low Tide"``), not a topic.
QUOTED_TITLE_RE = re.compile(r"^[\"“][^\"“”]+[\"”]$")
#: Endings of a verb or adverb that opens a Title Case heading (``Restricting``, ``Sharply``) when the
#: story also writes the word in lower case.
VERB_ENDINGS = ("ing", "ly")
#: ``Rusk said``: verbs of speech after a name make it a person.
SPEECH_VERBS = ("said", "says", "told", "added", "wrote", "asked", "insisted", "warned")
_SPEECH_AFTER_PATTERN = rf"\s*(?:,\s*)?(?:{'|'.join(SPEECH_VERBS)})\b"
SPEECH_AFTER_RE = re.compile("^" + _SPEECH_AFTER_PATTERN)
#: The same, for ``match(text, pos)``, where a caret would never match.
_SPEECH_AFTER = re.compile(_SPEECH_AFTER_PATTERN)


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Mention:
    """A topic named in a story."""

    name: str
    """The name as written in its longest form, e.g. ``Xi Jinping``."""
    kind: str
    """``person``, ``place``, ``organisation``, ``event`` or ``tag``."""
    count: int
    """How often the story names it (short forms included)."""


def extract_topics(title: str, lede: str, body: list[str], tags: tuple[str, ...] = ()) -> tuple[Mention, ...]:
    """The people, places and organisations a story names, with its header tags."""
    # Each name's hints, one a time it is named, in the order found (lede, body, title): which
    # long name a short form folds into follows that order when two are as long.
    hints: dict[str, list[str | None]] = defaultdict(list)
    prominent: set[str] = set()
    whole = " ".join([title, lede, *body])
    openers = (
        FOREIGN_OPENERS | ROMANCE_PREPOSITIONS | ROMANCE_ARTICLES
        if _written_in(whole, ROMANCE_MARKERS, ROMANCE_MIN_MARKERS)
        else FOREIGN_OPENERS
    )
    for index, text in enumerate([lede, *body]):
        if len(text) <= TITLE_CASE_MAX_CHARS and not _ends_with_full_stop(text) and _is_title_case(text):
            continue  # a subhead or another story's headline in Title Case: its capitals name nothing
        for name, hint in _run_names(text, _latin_capitals(text), openers):
            hints[name].append(hint)
        if index == 0:
            prominent.update(hints)
    if not _is_title_case(title):
        for name, hint in _run_names(title, _latin_capitals(title), openers):
            hints[name].append(hint)
            prominent.add(name)
    text = whole
    lower_words = _LowerWords(text)
    # Stories that never write ``typhoon`` in lower case are spared the search (a capital one is in runs).
    written = any(word in lower_words for word in _WEATHER_LOWER)
    storms = set(STORM_NAME_RE.findall(text)) if written else set()
    german = _written_in(text, GERMAN_MARKERS, GERMAN_MIN_MARKERS)
    mentions = _merge(hints, prominent, lower_words, storms, text, german)
    tag_names = {t.lower() for t in tags}
    found = [m for m in mentions if m.name.lower() not in tag_names]
    found.sort(key=lambda m: (-m.count, _KIND_ORDER.index(m.kind), m.name))
    tagged = [Mention(t, "tag", 1) for t in tags]
    return tuple(tagged + found[:MAX_TOPICS_PER_STORY])


def _written_in(text: str, markers: tuple[str, ...], least: int) -> bool:
    """``text`` holds ``least`` of a language's ``markers`` (its small words) and no English ``the``."""
    return " the " not in text and sum(marker in text for marker in markers) >= least


#: Words that say what a name names: a run with one is a name even if its words are common.
_KIND_WORDS = ORG_WORDS | PLACE_WORDS | EVENT_WORDS
_LONE_KEYWORDS = (_KIND_WORDS | WEATHER_WORDS) - BODIES_ALONE
_GENERIC_EVENT_WORDS = EVENT_WORDS | EVENT_QUALIFIERS
_WEATHER_LOWER = frozenset(w.lower() for w in WEATHER_WORDS)
#: Titles and their plurals (``MPs``) but for the bodies' names (``Joint Chiefs``).
_ROLE_FORMS = ROLE_WORDS | {w + "s" for w in ROLE_WORDS} - BODY_PLURALS
#: Titles in the plural (``MPs``, ``Commanders``): people only at a run's end.
_PLURAL_TITLES = _ROLE_FORMS - ROLE_WORDS
#: Words that are no topic alone (``Kingdom``, ``Central``, ``Easter``), in one set.
_LONE_NOT_NAMES = (
    NOT_TOPICS | LONE_NOT_TOPICS | TIME_WORDS | HOLIDAYS | DEMONYMS | REGION_WORDS | _LONE_KEYWORDS
)
_POSSESSIVES = frozenset(("'s", "’s"))
#: What a title is of when it is no name (``Secretary of State``, ``Commissioner of Police``).
_REMITS = _KIND_WORDS | ROLE_WORDS
_PLURAL_POSSESSIVES = frozenset(("s'", "s’"))
#: Adjectives of nationality or faith DEMONYM_RE does not catch, and their plurals (``Cypriots``).
_DEMONYM_FORMS = DEMONYMS | {w + "s" for w in DEMONYMS}
#: Joining words as written in Title Case or shouted (``THE``), not as in an acronym; alone, a shouted
#: one is a short form (``IS``, for Islamic State), so it is cut only off a longer run.
_JOINERS = JOINING_WORDS | {w.upper() for w in JOINING_WORDS if len(w) > 1}
#: Interface words as written in Title Case or shouted (``SUBSCRIBE``).
_INTERFACE = INTERFACE_WORDS | {w.upper() for w in INTERFACE_WORDS}
#: Words that, anywhere in a run, make it no topic.
_NO_TOPIC_WORDS = _INTERFACE | DISEASE_WORDS | FEAST_WORDS
#: Single words that end in no name, whatever follows (a title, a weekday, a law's last word).
_ONE_WORD_NOT_NAMES = DOCUMENT_WORDS | _ROLE_FORMS | NOT_TOPICS | JOINING_WORDS | _NO_TOPIC_WORDS
_KIND_ORDER = ("person", "organisation", "place", "event", "tag")


def _ends_with_full_stop(text: str) -> bool:
    """A sentence's end, looking through closing quotes and brackets."""
    return text.rstrip("\"'”’»)").endswith(".")


def _is_title_case(title: str) -> bool:
    """``Turkish Jets Strike Targets in North`` (most words capitalised), not ``Turkish jets strike ...``."""
    words = [w for w in title.split() if len(w) > 3 and w[0].isalpha()]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= TITLE_CASE_SHARE * len(words)


def _runs(text: str):
    """Yield (name, kind hint) for each run of capitals A to Z in one paragraph."""
    yield from _run_names(text, text)


def _run_names(
    text: str, shape: str, openers: frozenset[str] = FOREIGN_OPENERS
) -> list[tuple[str, str | None]]:
    """(name, kind hint) for each capitalised run in one paragraph, in order.

    The runs are found in ``shape``, the paragraph with its capitals as the pattern should see
    them (``_latin_capitals``), and read in ``text``. This runs for every capitalised word of
    every story: the context is read only as far as the rules need it, the common case (one
    space after a visible character) first.

    A run that opens a sentence with a word beyond A to Z that is one of ``FOREIGN_OPENERS``
    (``À Paris``, ``Çünkü Ankara``) starts after that word: the word lists above are English.
    """
    found = []
    # Which runs may open with an opener, settled once a paragraph: in a Romance story any, else
    # only those at a capital beyond ASCII, of which a paragraph in ASCII has none.
    any_run = openers is not FOREIGN_OPENERS
    ascii_only = text.isascii()
    for match in NAME_RUN_RE.finditer(shape):
        start, end = match.span()
        if any_run or not (ascii_only or text[start].isascii()):
            start = _after_foreign_opener(text, start, end, openers)
        names = _names_in_run(text[start:end])
        if not names:
            continue
        if start and text[start - 1] in '"“' and _is_quoted_title(text, start, end):
            continue
        for name, hint, bare in names:
            if bare:
                if start > 1:
                    opens = _opens_after(text[start - 2 : start])  # None but in the common case
                else:
                    opens = True if start == 0 else None  # a paragraph's first word starts a sentence
                if opens is None:
                    opens = _starts_sentence(text, start)
                if opens:
                    found.append((name, "sentence-start"))
                    continue
            if hint is None:
                hint = _hint_from_neighbours(text, start, end)
            found.append((name, hint))
    return found


def _after_foreign_opener(text: str, start: int, end: int, openers: frozenset[str] = FOREIGN_OPENERS) -> int:
    """Where a run starts once a sentence-opening word of ``openers`` (``FOREIGN_OPENERS``) is cut off it."""
    space = text.find(" ", start, end)
    if space < 0:
        return start
    word = text[start:space].casefold().replace("i\u0307", "i")  # ``İçin`` folds to i + a dot
    if word not in openers or not _starts_sentence(text, start):
        return start
    if word in ROMANCE_ARTICLES and " " not in text[space:end].strip():
        return start  # (before one word the article may be the name's: ``El Salvador``)
    while space < end and text[space] == " ":
        space += 1
    # (``Selon la Confédération``: a lower-case article after the opener goes with it.)
    after = text.find(" ", space, end)
    if after > 0 and text[space].islower() and text[space:after] in openers:
        space = after + 1
    return space


def _latin_capitals(text: str) -> str:
    """``text`` with each capital beyond A to Z written ``A`` (``Özel`` as ``Azel``), for NAME_RUN_RE.

    Names that start with an accented or non-Latin capital (``Özgür Özel``, ``İstanbul``) are
    then found like any other; the length, and what is a word character, stay the same.
    """
    return text if text.isascii() else _NON_ASCII_RE.sub(_latin_capital, text)


def _latin_capital(match: re.Match) -> str:
    """A run of letters beyond ASCII, its capitals written ``A``."""
    run = match.group()
    if run.islower():
        return run  # no capital in it (``é``, ``ü``: most runs in Latin script)
    return "".join("A" if char.isupper() else char for char in run)


#: Letters (and digits) beyond ASCII. (Any character beyond ASCII comes before the look-behind
#: that it is a letter, for the reason given at NAME_RUN_RE: the regex engine skips the ASCII
#: text to it, where a class of letters beyond ASCII alone was tested at every character.)
_NON_ASCII_RE = re.compile(r"[\x80-\U0010ffff](?<=[^\W\x00-\x7f])[^\W\x00-\x7f]*")


def _starts_sentence(text: str, start: int) -> bool:
    """``_at_sentence_start`` of the context window before ``start``."""
    before = text[start - CONTEXT_CHARS : start] if start > CONTEXT_CHARS else text[:start]
    if start > CONTEXT_CHARS:
        before = "x" + before  # so ``^`` cannot match where the window was cut
    return _at_sentence_start(before)


@lru_cache(maxsize=4096)
def _opens_after(tail: str) -> bool | None:
    """``_starts_sentence`` after ``tail``, the two characters before a run (a few hundred forms).

    Only the common case is settled here, a visible character and a space (what ``_starts_sentence``
    would search); None otherwise, for the whole window to be read.
    """
    if tail[1] != " " or tail[0] in DASHES or tail[0].isspace():
        return None
    return bool(SENTENCE_START_RE.search(tail))


def _hint_from_neighbours(text: str, start: int, end: int) -> str | None:
    """A place after a preposition, a title's remit, a person before a verb of speech, or None."""
    last = (text[start - CONTEXT_CHARS : start] if start > CONTEXT_CHARS else text[:start]).rsplit(None, 1)
    if last:
        word = last[-1]
        if word.lower() in PLACE_PREPOSITIONS:
            return "after-preposition"
        if word in REMIT_JOINERS and len(last) > 1:
            title = last[0].rsplit(None, 1)
            if title and title[-1] in _ROLE_FORMS:
                return "remit"
    # The verb comes after white space or a comma (one that is not a verb's first letter settles
    # it); ``endpos`` reads the window without slicing it.
    if text[end + 1 : end + 2] in _NOT_SPEECH_SECOND:
        return None
    following = text[end : end + 1]
    if (following == "," or following.isspace()) and _SPEECH_AFTER.match(text, end, end + CONTEXT_CHARS):
        return "person"
    return None


#: Second characters after a name that no verb of speech can follow: a letter that begins none,
#: after the space or the comma that must come first.
_NOT_SPEECH_SECOND = frozenset(string.ascii_letters + string.digits) - {verb[0] for verb in SPEECH_VERBS}


def _is_quoted_title(text: str, start: int, end: int) -> bool:
    """True for a run in quotes of its own (``"Low Tide"``): the title of a film or book, not a topic."""
    # A run starts with a capital, so the quote must come just before it.
    return start > 0 and text[start - 1] in '"“' and bool(QUOTED_TITLE_RE.match(text[start - 1 : end + 1]))


@lru_cache(maxsize=1 << 15)
def _names_in_run(run: str) -> tuple[tuple[str, str | None, bool], ...]:
    """The names in one run of capitalised words, each as (name, hint from its words, bare).

    The same runs (``The``, ``President Xi Jinping``, a country) come back story after story,
    so what the words alone decide is kept; ``bare`` marks a single word that came through as
    written, which only its context (sentence start or not) can classify.
    """
    words = run.split()
    if len(words) == 1 and not run.endswith("-based"):
        found = _tidy_word(run)  # most runs: the same rules, without building lists
        return (found,) if found else ()
    if (
        words
        and _SPLIT_WORDS.isdisjoint(words)
        and not ("-based" in run or "'s" in run or "’s" in run)  # (a possessive's mark, anywhere)
    ):
        found = _tidy_words(words)  # most longer runs: nowhere for ``_split_at_of`` to split them
        return (found,) if found else ()
    names = []
    for piece in _split_at_of(words):
        found = _tidy_words(piece)
        if found:
            names.append(found)
    return tuple(names)


#: The words ``_split_at_of`` splits a run at (``of``, ``the``) or gives it up at (a joiner).
_SPLIT_WORDS = _JOINERS | {"of", "the"}


def _split_at_of(words: list[str]) -> list[list[str]]:
    """Split a run where one name ends and another begins.

    At ``of`` unless the head takes one (``Bank of``; after a title, a remit that names nothing is
    dropped: ``Commissioner of Police Ada Berg``, not ``Chief of Velm Police``) and after a
    possessive (``Korrin's Ada Berg``) unless a name is made that way (``People's Party``,
    ``St Ilda's Hospital``). A capitalised joining word (``Floods Hit Korrin In March``) marks a
    Title Case line run on: no name.
    """
    # ``lead`` is the joiner a piece follows (``of``, ``the``): kept in front of it, so that no piece
    # but the first is taken as written alone, hence sentence-initial (``Members of the KPA``).
    pieces, current, lead = [], [], []
    after_title = False
    for i, word in enumerate(words):
        remit, after_title = after_title and word in _REMITS, False
        if remit:
            continue
        if word == "of" and current and current[-1] not in OF_HEADS:
            after_title = current[-1] in ROLE_WORDS
            pieces.append(lead + current)
            current, lead = [], ["of"]
        elif current and word in _JOINERS:
            return []  # a Title Case line or a caption's credit run on, not a name
        elif word.endswith("-based"):
            current = []  # "Castel Mora-based Veltrex Cycling": the name is what follows
        elif word == "the" and current and i > 0 and words[i - 1] != "of":
            # "Unlike the Korrin Republic": ``the`` joins a name only after ``of``.
            pieces.append(lead + current)
            current, lead = [], ["the"]
        elif word != "the" or current:
            current.append(word)
            if (
                i + 1 < len(words)
                and word[-2:] in _POSSESSIVES
                and current[0] not in SAINT_WORDS
                and not _makes_name(word[:-2], words[i + 1])
            ):
                pieces.append(lead + current)
                current, lead = [], []
    if current:
        pieces.append(lead + current)
    return [p for p in pieces if p]


def _makes_name(owner: str, following: str) -> bool:
    """``People's Party``, ``Sheriff's Office``, ``New Year's Eve``: a possessive inside one name."""
    return (
        owner in NAME_POSSESSIVES
        or owner in ROLE_WORDS
        or following in _KIND_WORDS
        or following in TIME_WORDS
    )


def _tidy_word(word: str) -> tuple[str, None, bool] | None:
    """What ``_tidy_words`` makes of a run of one word (the tests hold the two to the same result)."""
    if word in _ONE_WORD_NOT_NAMES or word[0].islower() or GLUED_NUMBER_RE.search(word):
        return None
    name = (word[:-2] if word[-2:] in _POSSESSIVES else word).strip("'’-")
    if not name or _is_not_a_name(name):
        return None
    return name, None, name == word


def _tidy_words(words: list[str]) -> tuple[str, str | None, bool] | None:
    """Cut role words and non-topics off one run; None when no name is left."""
    original, hint = words, None
    if not _NO_TOPIC_WORDS.isdisjoint(words) or _GLUED_IN_WORDS_RE.search(" ".join(words)):
        return None
    if words[-1] in DOCUMENT_WORDS or not TIME_WORDS.isdisjoint(words[1:]):
        return None  # neither a person, a place nor an organisation (a leading ``Day`` is cut below)
    if not EVENT_WORDS.isdisjoint(words) and all(w in _GENERIC_EVENT_WORDS for w in words):
        return None  # an event of no place or body: ``World Cup``
    end = len(words)  # counted, then cut once, as below
    while end and words[end - 1] in WEEKDAYS:
        end -= 1
    words = words[:end]
    # Cut role words off the front: "Chinese President Xi Jinping" -> person "Xi Jinping".
    role_at = _title_at(words)
    if role_at == len(words) - 1:
        return None
    if role_at >= 0:
        words, hint = words[role_at + 1 :], "person"
    first = 0  # counted, then cut once: a cut per word copied long runs over and over
    while first < len(words) and _cut_in_front(words[first], len(words) - first):
        first += 1
    words = _strip_possessive(words[first:])
    if not words or (len(words) == 1 and _is_not_a_name(words[0])):
        return None
    if len(words) > 1 and _ends_in_nationality(words):
        return None  # ``Central Asian``: an adjective, not a name
    if not WEATHER_WORDS.isdisjoint(original):
        hint = "weather"
    return " ".join(words), hint, len(words) == 1 and words == original


def _title_at(words: list[str]) -> int:
    """Where the last title in a run stands (-1: none), but for titles that name no one.

    Those are a body's remit after ``of`` (``Court of Justice``, ``Ministry of Defence``) or before
    its last word (``Justice Department``), a title that ends a name (``Ada Bishop``), and one in
    the plural but at the end (``Velm Directors Guild``).
    """
    if _ROLE_FORMS.isdisjoint(words):
        return -1  # most runs: no title to place
    first = next((i for i, w in enumerate(words) if not w[0].islower()), 0)  # after a joiner in front
    last = len(words) - 1
    titles = [
        i
        for i, w in enumerate(words)
        if w in _ROLE_FORMS
        and not (i > first and words[i - 1][0].islower())
        and (i == last or w not in _PLURAL_TITLES)  # ``Velm MPs``, but ``Directors Guild``
    ]
    if (
        titles
        and titles[-1] == last
        and last
        and words[last] in NAME_END_TITLES
        and words[last - 1] not in _ROLE_FORMS
        and not _is_demonym(words[last - 1])  # ``Turkish FM``: a title
    ):
        titles.pop()
    if titles and titles[-1] == last - 1 and words[last] in ORG_WORDS:
        titles.pop()
    return titles[-1] if titles else -1


def _cut_in_front(word: str, left: int) -> bool:
    """A word that begins no name, ``left`` counting it and those after it (``The``; ``THE`` but alone)."""
    if word in NOT_TOPICS:
        return left == 1 or word not in NAME_FIRST_WORDS
    return word[0].islower() or word in JOINING_WORDS or (word in _JOINERS and left > 1)


def _ends_in_nationality(words: list[str]) -> bool:
    """``Central Asian``, ``Turkish Cypriots``, ``Sri Lankan``: an adjective (not ``Kim Kardashian``)."""
    last = words[-1]
    if last in _KIND_WORDS:
        return False  # ``Indian Ocean``: the endings match ``Ocean``, but a kind word names a thing
    # After ``Sri``, ``New``: a listed adjective or a singular ending (``New Orleans`` looks plural).
    two_words = last in _DEMONYM_FORMS or not last.endswith("s")
    return (last in _DEMONYM_FORMS or bool(NATIONALITY_END_RE.match(last))) and all(
        w in REGION_WORDS or w in NUMBER_WORDS or _is_demonym(w) or (two_words and w in DEMONYM_FIRST_WORDS)
        for w in words[:-1]
    )


@lru_cache(maxsize=4096)
def _is_demonym(word: str) -> bool:
    """An adjective of nationality or faith, or its plural (``Chinese``, ``Israelis``).

    Cached: ``_is_common_phrase`` asks it of a name's words story after story.
    """
    return word in _DEMONYM_FORMS or bool(DEMONYM_RE.match(word))


def _is_not_a_name(word: str) -> bool:
    """A capitalised word that is no topic alone: a function word, a month, a nationality, a kind word."""
    return (
        word in _LONE_NOT_NAMES
        or word in _ROLE_FORMS  # ``Prime Minister's``: the title, once its possessive is cut
        or _is_demonym(word)
        or (word[-1] == "s" and word[:-1] in _LONE_KEYWORDS)  # ``Courts``
    )


def _at_sentence_start(before: str) -> bool:
    """True when ``before`` ends where a sentence (or a quote) starts."""
    # Only the last visible character and the white space after it can take part in a match
    # (or, when there is none, the white space alone): the search is run on just those, but after
    # a dash, whose dateline is read from the window's start.
    last = len(before.rstrip()) - 1
    if last >= 0 and before[last] in DASHES:
        return bool(SENTENCE_START_RE.search(before))
    return bool(SENTENCE_START_RE.search(before[max(0, last) :]))


def _strip_possessive(words: list[str]) -> list[str]:
    """Cut a possessive and stray quotes off; a plural one inside a name stays (``Workers' Party``)."""
    if not words:
        return words
    if words[-1][-2:] in _POSSESSIVES:
        words = words[:-1] + [words[-1][:-2]]
    tidy = [w.lstrip("'’-") if w[-2:] in _PLURAL_POSSESSIVES else w.strip("'’-") for w in words[:-1]]
    tidy.append(words[-1].strip("'’-"))
    return [w for w in tidy if w]


class _LowerWords:
    """The words a story writes in lower case, as ``LOWER_WORD_RE.findall`` lists them (``word in``).

    A story asks this of a few dozen words, most of which it never writes in lower case at all:
    a substring search settles those, where listing every lower-case word of the story cost more
    than all the other rules. A match lies inside one run of word characters and hyphens and
    depends on that run alone, so the runs holding the word are read with the pattern.
    """

    __slots__ = ("_all", "_known", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._known: dict[str, bool] = {}
        self._all: set[str] | None = None

    def __contains__(self, word: str) -> bool:
        if self._all is not None:
            return word in self._all
        known = self._known.get(word)
        if known is None:
            if len(self._known) == LOWER_LOOKUPS_BEFORE_LIST:
                # A story naming many names (a results table): one listing beats a search for each.
                self._all = set(LOWER_WORD_RE.findall(self._text))
                return word in self._all
            known = self._known[word] = self._find(word)
        return known

    def _find(self, word: str) -> bool:
        text = self._text
        at = text.find(word) if word else -1
        while at >= 0:
            next_from = at + 1
            if not at or not _is_word_char(text[at - 1]):  # a match starts after no word character
                start = at
                while start and _is_run_char(text[start - 1]):
                    start -= 1
                end = _RUN_RE.match(text, at).end()
                if word in LOWER_WORD_RE.findall(text[start:end]):
                    return True
                next_from = max(next_from, end)  # the run's other matches give the same answer
            at = text.find(word, next_from)
        return False


#: Words looked up one by one in a story's text before all its lower-case words are listed at once.
LOWER_LOOKUPS_BEFORE_LIST = 64
#: A run of the characters a lower-case word is made of.
_RUN_RE = re.compile(r"[\w-]*")


def _is_word_char(char: str) -> bool:
    r"""A word character, as the patterns' ``\w`` reads one."""
    return char.isalnum() or char == "_"


def _is_run_char(char: str) -> bool:
    """A character of ``_RUN_RE``."""
    return char.isalnum() or char in "_-"


def _merge(
    hints: defaultdict[str, list[str | None]],
    prominent: set[str],
    lower_words: _LowerWords,
    storms: set[str],
    text: str,
    german: bool = False,
) -> list[Mention]:
    """Fold short forms (``Xi``) into long ones, and settle each kind (``hints`` changes).

    ``hints`` holds one hint a time each name is named: how often it is named is their number.
    In a ``german`` story, where every noun is capitalised, an article or a preposition opens no
    name (``Die Gewerkschaft KFG`` is ``Gewerkschaft KFG``), a word alone is a name only as an acronym or a
    place (after a preposition), and a run with an article or joiner (``Die Gästegruppe``,
    ``Geschichte der Liga``) or a word of quantity (``Jahren Gefängnis``) is none.
    """

    def fold(name: str, owner: str) -> None:
        hints[owner].extend(hints.pop(name))
        if name in prominent:
            prominent.add(owner)

    if german:
        for name in [n for n in hints if " " in n and n.partition(" ")[0] in GERMAN_OPENING_WORDS]:
            fold(name, name.partition(" ")[2])
    for name in [n for n in hints if " " in n and n.partition(" ")[0].endswith(VERB_ENDINGS)]:
        shorter = _without_leading_verb(name, lower_words)
        if shorter != name:
            fold(name, shorter)
    # Each word's owner is the longest name it is part of: one lookup per short form.
    owners: dict[str, str] = {}
    for long_name in sorted((n for n in hints if " " in n), key=len, reverse=True):
        for word in long_name.split():
            owners.setdefault(word, long_name)
    for name in [n for n in hints if " " not in n and n in owners]:
        fold(name, owners[name])
    mentions = []
    for name, name_hints in hints.items():
        count = len(name_hints)
        single = " " not in name
        if single and count < SINGLE_WORD_MIN_COUNT and name not in prominent:
            continue  # named once outside the lede: most names, so this cheap test comes first
        if name_hints.count("remit") == count:
            continue  # only ever a title's remit: ``Minister for Tourism``
        if "weather" in name_hints or name in storms:
            continue  # a storm is news, but neither a person, a place nor an organisation
        if single:
            # Only ever sentence-initial, or also written in lower case: not a name (the search for
            # the lower case last, as it costs the most).
            if name_hints.count("sentence-start") == count or name.lower() in lower_words:
                continue
            if german and (
                name in GERMAN_NOT_NAME_WORDS
                or name in GERMAN_LONE_NOT_NAMES
                or not (name.isupper() or name_hints.count("after-preposition") * 2 > count)
            ):
                continue  # (``im Jahr 2009``: a word of time after a preposition is no place)
        elif _is_common_phrase(name, lower_words, text):
            continue
        elif german and not GERMAN_NOT_NAME_WORDS.isdisjoint(name.split()):
            continue
        mentions.append(Mention(name, _kind(name, name_hints), count))
    return mentions


def _is_common_phrase(name: str, lower_words: _LowerWords, text: str) -> bool:
    """``Illegal Substances``, ``SUBSCRIBE NOW``: common words, none saying what kind of thing is named.

    Each word is also written in lower case, or is an adjective of nationality, or a shouted ``NOW``;
    and two words or more in Title Case are written so as a phrase too (``illegal substances``):
    ``Human Rights Watch`` stays in a story about human rights that asks guards to watch.
    """
    words = name.split()
    if not _KIND_WORDS.isdisjoint(words) or not all(
        w.lower() in lower_words or (w.isupper() and w.title() in NOT_TOPICS) or _is_demonym(w) for w in words
    ):
        return False
    titled = [w for w in words if not w.isupper() and not _is_demonym(w)]
    return len(titled) < 2 or " ".join(w if _is_demonym(w) else w.lower() for w in words) in text


def _without_leading_verb(name: str, lower_words: _LowerWords) -> str:
    """``Restricting Harbour Access`` -> ``Harbour Access``: a verb or adverb that opens a heading."""
    words = name.split()
    first = 0  # counted, then joined once, for the reason given in ``_tidy_words``
    while (
        first < len(words) - 1 and words[first].endswith(VERB_ENDINGS) and words[first].lower() in lower_words
    ):
        first += 1
    return " ".join(words[first:])


def _kind(name: str, hints: list[str | None]) -> str:
    """Decide person / place / organisation from keywords and how the name was used."""
    words = name.split()
    if not ORG_WORDS.isdisjoint(words) or (len(words) == 1 and name.isupper() and len(name) > 1):
        return "organisation"
    if not PLACE_WORDS.isdisjoint(words):
        return "place"
    if not EVENT_WORDS.isdisjoint(words):
        return "event"
    if "person" in hints:
        return "person"
    if hints.count("after-preposition") * 2 >= len(hints) or len(words) == 1:
        return "place"
    return "person"
