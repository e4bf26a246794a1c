"""The ``heldout`` world: the Kingdom of Sundravel, its towns, people, firms and events.

Invented from end to end, and sharing no name and no phrasing with ``world_calibrate.py``:
the resolver is tuned on the other world, so this one is the honest measure. The same
slots as there (see that module's docstring).
"""

NAME = "heldout"
START = (2025, 9, 8)
COUNTRY = "Sundravel"
CURRENCY = ("dalen", "dalens")
SPAN_DAYS = 175

OUTLETS = (
    ("SPS", "Sundravel Press Service", "{PLACE} (SPS) – ", ()),
    ("QH", "Quorra Herald", "{Place}, Sundravel – ", ("Idris Vantongeren", "Selma Quist")),
    ("NLA", "Northline Agency", "{PLACE}, {mon} {day} (NLA) -- ", ()),
    ("MRN", "Marran Radio News", "{PLACE} (MRN) - ", ("Kalle Fennimore",)),
    ("BO", "Belvane Observer", None, ("Anya Thorsby", "Wendell Pike")),
    ("CTW", "Coastal Telegraph Wire", "{PLACE}, Sundravel (CTW) — ", ()),
)

STORYLINES = (
    dict(
        key="dam",
        section="economy",
        project="Belvane Gorge hydro dam",
        short="dam",
        place="Belvane",
        org="Sundravel Power Company",
        chief="Feliks Oran",
        chief_role="chief executive",
        auth="Belvane valley council",
        auth_h="Belvane council",
        critic="Save the Belvane Gorge",
        critic_head="Mirela Foss",
        critic_role="co-founder",
        minister="Rosamund Tavener",
        ministry="Energy",
        contractor="Hexley Brothers",
        purpose="light a quarter of the kingdom's homes",
        site="the narrows below Belvane bridge",
    ),
    dict(
        key="tram",
        section="world",
        project="Quorra riverside tram line",
        short="tram line",
        place="Quorra",
        org="Quorra Transit",
        chief="Hanne Voigt",
        chief_role="managing director",
        auth="Quorra metropolitan council",
        auth_h="Quorra council",
        critic="the Riverside Traders' Association",
        critic_head="Benedek Aalto",
        critic_role="chairman",
        minister="Amaury Stenn",
        ministry="Public Works",
        contractor="Northgate Civil",
        purpose="link the old port to the university district in 18 minutes",
        site="the river embankment",
    ),
    dict(
        key="runway",
        section="economy",
        project="Glassmere airport second runway",
        short="runway",
        place="Glassmere",
        org="Glassmere Airport Group",
        chief="Raoul Denning",
        chief_role="chief executive",
        auth="Glassmere district council",
        auth_h="Glassmere council",
        critic="Glassmere Against Noise",
        critic_head="Pippa Lamark",
        critic_role="spokeswoman",
        minister="Amaury Stenn",
        ministry="Public Works",
        contractor="Vask & Orde",
        purpose="raise the airport's capacity to 20 million passengers a year",
        site="the marshes east of the airport",
    ),
    dict(
        key="smelter",
        section="economy",
        project="Ashkelmoor copper smelter upgrade",
        short="smelter",
        place="Ashkelmoor",
        org="Tirrin Metals",
        chief="Berit Brisk",
        chief_role="president",
        auth="Ashkelmoor borough council",
        auth_h="Ashkelmoor council",
        critic="the Ashkelmoor Clean Air Group",
        critic_head="Yannis Korr",
        critic_role="coordinator",
        minister="Lorcan Ebbe",
        ministry="Industry",
        contractor="Marran Steelworks Consortium",
        purpose="cut the plant's sulphur emissions by nine tenths",
        site="the smelter yard on Foundry Hill",
    ),
    dict(
        key="cablecar",
        section="culture",
        project="Nyvik mountain cable car",
        short="cable car",
        place="Nyvik",
        org="Nyvik Alpine Resorts",
        chief="Sven Aldous",
        chief_role="owner",
        auth="Nyvik commune",
        auth_h="Nyvik commune",
        critic="the Nyvik Mountain Guides' Guild",
        critic_head="Tove Ringstad",
        critic_role="head",
        minister="Cordelia Vance",
        ministry="Tourism",
        contractor="Alpenhaus Lifts",
        purpose="carry skiers and walkers to the summit of the Grauhorn",
        site="the meadow above the village",
    ),
    dict(
        key="bridge",
        section="world",
        project="Oda Falls suspension bridge",
        short="bridge",
        place="Oda Falls",
        org="Royal Highways Directorate",
        chief="Matthis Kroll",
        chief_role="director",
        auth="Oda Falls county board",
        auth_h="Oda Falls board",
        critic="the Oda Falls Ferrymen's Cooperative",
        critic_head="Henrike Sallis",
        critic_role="chairwoman",
        minister="Amaury Stenn",
        ministry="Public Works",
        contractor="Hexley Brothers",
        purpose="replace a ferry crossing that closes for weeks every winter",
        site="the gorge below the falls",
    ),
    dict(
        key="campus",
        section="science",
        project="Hollin Cross science campus",
        short="campus",
        place="Hollin Cross",
        org="Royal University of Sundravel",
        chief="Dr Amara Wendt",
        chief_role="rector",
        auth="Hollin Cross town council",
        auth_h="Hollin Cross council",
        critic="the Hollin Cross Allotment Society",
        critic_head="Gareth Plum",
        critic_role="secretary",
        minister="Isadora Kell",
        ministry="Education",
        contractor="Northgate Civil",
        purpose="bring 6,000 students and 40 laboratories to the town",
        site="the old racecourse",
    ),
    dict(
        key="offshore",
        section="economy",
        project="Drunmore Bank offshore wind farm",
        short="wind farm",
        place="Drunmore",
        org="Drunmore Offshore Wind",
        chief="Eskil Marr",
        chief_role="project director",
        auth="Royal Seas Authority",
        auth_h="Royal Seas Authority",
        critic="Drunmore Inshore Fishers",
        critic_head="Wenna Drake",
        critic_role="chairwoman",
        minister="Rosamund Tavener",
        ministry="Energy",
        contractor="Coastline Marine Works",
        purpose="supply power to 700,000 homes from 90 turbines",
        site="the Drunmore Bank, 30 kilometres out to sea",
    ),
    dict(
        key="water",
        section="world",
        project="Lantry water treatment plant",
        short="treatment plant",
        place="Lantry",
        org="Lantry Water",
        chief="Ciaran Vell",
        chief_role="chief executive",
        auth="Lantry city council",
        auth_h="Lantry council",
        critic="Lantry Water Is Ours",
        critic_head="Dorotea Brix",
        critic_role="organiser",
        minister="Liesel Aronow",
        ministry="Finance",
        contractor="Harwick Engineering",
        purpose="replace filters that date from the 1950s",
        site="the waterworks on Mill Road",
    ),
    dict(
        key="library",
        section="culture",
        project="Royal Library restoration",
        short="library restoration",
        place="Quorra",
        org="Royal Library of Sundravel",
        chief="Ottoline Marsh",
        chief_role="chief librarian",
        auth="Royal Monuments Board",
        auth_h="Royal Monuments Board",
        critic="Readers of the Royal Library",
        critic_head="Anselm Kirch",
        critic_role="president",
        minister="Cordelia Vance",
        ministry="Culture",
        contractor="Greystone Conservation",
        purpose="return the fire-damaged reading rooms to use",
        site="the east wing on Crown Square",
    ),
    dict(
        key="border",
        section="world",
        project="Vesk border crossing",
        short="border crossing",
        place="Vesk",
        org="Sundravel Customs Service",
        chief="Bartholomew Ince",
        chief_role="commissioner",
        auth="Vesk district council",
        auth_h="Vesk council",
        critic="the Vesk Hauliers' Union",
        critic_head="Ragna Holm",
        critic_role="president",
        minister="Kasimir Holt",
        ministry="Interior",
        contractor="Vask & Orde",
        purpose="clear lorries to and from Oskaria in under an hour",
        site="the valley road north of Vesk",
    ),
    dict(
        key="fishport",
        section="economy",
        project="Port Sabel fish harbour",
        short="fish harbour",
        place="Port Sabel",
        org="Port Sabel Harbour Board",
        chief="Jonah Pettersen",
        chief_role="harbour master",
        auth="Port Sabel town council",
        auth_h="Port Sabel council",
        critic="the Port Sabel Fishers' Guild",
        critic_head="Lisbet Aune",
        critic_role="chairwoman",
        minister="Lorcan Ebbe",
        ministry="Fisheries",
        contractor="Coastline Marine Works",
        purpose="give the fleet deep-water berths and a cold store",
        site="the north mole",
    ),
)

#: (key, section, project, short, place, org, chief, chief_role, auth, auth_h, purpose, site)
MINOR = (
    (
        "sportshall",
        "culture",
        "Belvane sports hall",
        "sports hall",
        "Belvane",
        "Belvane Leisure Trust",
        "Kjersti Amble",
        "director",
        "Belvane valley council",
        "Belvane council",
        "give the town an indoor pitch and a pool",
        "the former cattle market",
    ),
    (
        "ringway",
        "world",
        "Quorra southern ringway",
        "ringway",
        "Quorra",
        "Royal Highways Directorate",
        "Matthis Kroll",
        "director",
        "Quorra metropolitan council",
        "Quorra council",
        "take through traffic out of the old town",
        "the southern edge of the city",
    ),
    (
        "hospice",
        "world",
        "Glassmere children's hospice",
        "hospice",
        "Glassmere",
        "Linden Care Foundation",
        "Mathilde Brack",
        "founder",
        "Glassmere district council",
        "Glassmere council",
        "care for 30 seriously ill children at a time",
        "the grounds of the old rectory",
    ),
    (
        "tunnel",
        "world",
        "Tirrin road tunnel",
        "road tunnel",
        "Tirrin",
        "Royal Highways Directorate",
        "Matthis Kroll",
        "director",
        "Tirrin county board",
        "Tirrin board",
        "spare drivers the mountain pass",
        "the hillside west of Tirrin",
    ),
    (
        "saltmarsh",
        "science",
        "Port Sabel saltmarsh restoration",
        "saltmarsh restoration",
        "Port Sabel",
        "Sundravel Wildlife Trust",
        "Ingeborg Lune",
        "director",
        "Port Sabel town council",
        "Port Sabel council",
        "give wading birds back 400 hectares of marsh",
        "the reclaimed fields south of the harbour",
    ),
    (
        "concerthall",
        "culture",
        "Quorra concert hall",
        "concert hall",
        "Quorra",
        "Quorra Philharmonic Society",
        "Rafael Stenhammar",
        "chairman",
        "Quorra metropolitan council",
        "Quorra council",
        "seat 2,200 listeners",
        "the former tram sheds",
    ),
    (
        "batteries",
        "economy",
        "Ashkelmoor battery factory",
        "battery factory",
        "Ashkelmoor",
        "Voltana Cells",
        "Delphine Achterhof",
        "chief executive",
        "Ashkelmoor borough council",
        "Ashkelmoor council",
        "make cells for 150,000 electric cars a year",
        "the old coal yard",
    ),
    (
        "skijump",
        "culture",
        "Nyvik ski jump",
        "ski jump",
        "Nyvik",
        "Nyvik Ski Club",
        "Arne Flatmo",
        "president",
        "Nyvik commune",
        "Nyvik commune",
        "host international competitions",
        "the north face of the Grauhorn",
    ),
    (
        "railstation",
        "world",
        "Hollin Cross railway station",
        "station",
        "Hollin Cross",
        "Sundravel State Railways",
        "Vilhelm Dauer",
        "chief executive",
        "Hollin Cross town council",
        "Hollin Cross council",
        "stop fast trains in the town for the first time",
        "the goods yard",
    ),
    (
        "floodwall",
        "world",
        "Oda Falls flood wall",
        "flood wall",
        "Oda Falls",
        "Royal Waterways Board",
        "Nell Okafor-Dunne",
        "chairwoman",
        "Oda Falls county board",
        "Oda Falls board",
        "hold back the river in the spring thaw",
        "the lower town",
    ),
    (
        "ferryport",
        "economy",
        "Drunmore ferry port",
        "ferry port",
        "Drunmore",
        "Marran Sea Lines",
        "Fabian Roux",
        "managing director",
        "Drunmore harbour council",
        "Drunmore council",
        "take the new ferries to Marran",
        "the east pier",
    ),
    (
        "prison",
        "world",
        "Vesk prison",
        "prison",
        "Vesk",
        "Royal Prison Service",
        "Greta Lunde",
        "director general",
        "Vesk district council",
        "Vesk council",
        "hold 800 inmates in modern cells",
        "the former army depot",
    ),
    (
        "market",
        "economy",
        "Lantry covered market",
        "covered market",
        "Lantry",
        "Lantry Market Traders",
        "Piotr Halvorsen",
        "chairman",
        "Lantry city council",
        "Lantry council",
        "house 140 stalls under one roof",
        "Cornhill Square",
    ),
    (
        "observatory",
        "science",
        "Grauhorn observatory",
        "observatory",
        "Nyvik",
        "Royal University of Sundravel",
        "Dr Amara Wendt",
        "rector",
        "Nyvik commune",
        "Nyvik commune",
        "give the kingdom its first large telescope",
        "the summit ridge of the Grauhorn",
    ),
    (
        "datacentre",
        "economy",
        "Glassmere data centre",
        "data centre",
        "Glassmere",
        "Northcloud Systems",
        "Tobias Wren-Eliot",
        "founder",
        "Glassmere district council",
        "Glassmere council",
        "store the records of banks and hospitals",
        "the business park by the motorway",
    ),
    (
        "stadium",
        "culture",
        "Belvane football stadium",
        "stadium",
        "Belvane",
        "Belvane Athletic",
        "Jorund Skeie",
        "chairman",
        "Belvane valley council",
        "Belvane council",
        "give the club a ground with 18,000 seats",
        "the riverside playing fields",
    ),
    (
        "ferrylink",
        "economy",
        "Sablewick ferry pier",
        "ferry pier",
        "Sablewick",
        "Marran Sea Lines",
        "Fabian Roux",
        "managing director",
        "Sablewick island council",
        "Sablewick council",
        "connect the island to the mainland twice an hour",
        "the slipway at Sablewick",
    ),
    (
        "school",
        "world",
        "Fernlow grammar school rebuild",
        "school rebuild",
        "Fernlow",
        "Fernlow Schools Trust",
        "Hedda Granlund",
        "chair",
        "Fernlow town council",
        "Fernlow council",
        "replace classrooms condemned after a fire",
        "the playing field behind the old school",
    ),
    (
        "quarry",
        "economy",
        "Elsmark granite quarry",
        "quarry",
        "Elsmark",
        "Kingsrock Aggregates",
        "Ivor Maddox",
        "managing director",
        "Elsmark district council",
        "Elsmark council",
        "supply stone for the kingdom's new roads",
        "the hillside above Elsmark",
    ),
    (
        "buses",
        "economy",
        "Lantry hydrogen bus garage",
        "bus garage",
        "Lantry",
        "Lantry City Transport",
        "Rhoswen Adler",
        "director",
        "Lantry city council",
        "Lantry council",
        "fuel and service 90 hydrogen buses",
        "the bus garage on Tanyard Lane",
    ),
    (
        "museumwing",
        "culture",
        "Quorra Museum of Antiquities wing",
        "museum wing",
        "Quorra",
        "Quorra Museum of Antiquities",
        "Dr Sebastien Orrel",
        "director",
        "Royal Monuments Board",
        "Royal Monuments Board",
        "display the royal coin collection",
        "the museum garden",
    ),
    (
        "irrigation",
        "economy",
        "Tirrin valley irrigation scheme",
        "irrigation scheme",
        "Tirrin",
        "Tirrin Growers' Union",
        "Henning Lothe",
        "chairman",
        "Tirrin county board",
        "Tirrin board",
        "water 5,000 hectares of orchards",
        "the terraces above the river",
    ),
    (
        "lifeboat",
        "world",
        "Drunmore lifeboat station",
        "lifeboat station",
        "Drunmore",
        "Royal Lifeboat Society",
        "Bryn Tollefsen",
        "coxswain",
        "Drunmore harbour council",
        "Drunmore council",
        "launch a new all-weather lifeboat",
        "the slipway below the lighthouse",
    ),
    (
        "velodrome",
        "culture",
        "Hollin Cross velodrome",
        "velodrome",
        "Hollin Cross",
        "Sundravel Cycling Federation",
        "Ludmila Rask",
        "president",
        "Hollin Cross town council",
        "Hollin Cross council",
        "train the national track team",
        "the edge of the old racecourse",
    ),
    (
        "geothermal",
        "science",
        "Nyvik geothermal plant",
        "geothermal plant",
        "Nyvik",
        "Deepheat Energy",
        "Oona Valstad",
        "founder",
        "Nyvik commune",
        "Nyvik commune",
        "heat the village from hot rock two kilometres down",
        "the valley floor below Nyvik",
    ),
    (
        "courts",
        "world",
        "Glassmere law courts",
        "law courts",
        "Glassmere",
        "Royal Courts Service",
        "Albrecht Wenn",
        "chief administrator",
        "Glassmere district council",
        "Glassmere council",
        "bring the region's courts under one roof",
        "the site of the old post office",
    ),
    (
        "suburb",
        "world",
        "Ashkelmoor garden suburb",
        "garden suburb",
        "Ashkelmoor",
        "Greenway Homes",
        "Sunniva Dahl",
        "chief executive",
        "Ashkelmoor borough council",
        "Ashkelmoor council",
        "build 2,500 homes with parks and schools",
        "the farmland south of Ashkelmoor",
    ),
    (
        "cranes",
        "economy",
        "Port Sabel container cranes",
        "container cranes",
        "Port Sabel",
        "Port Sabel Harbour Board",
        "Jonah Pettersen",
        "harbour master",
        "Port Sabel town council",
        "Port Sabel council",
        "let larger ships unload at the town",
        "the south quay",
    ),
    (
        "lighthouse",
        "culture",
        "Sablewick lighthouse museum",
        "lighthouse museum",
        "Sablewick",
        "Sablewick Heritage Trust",
        "Maud Ellingsen",
        "chair",
        "Sablewick island council",
        "Sablewick council",
        "tell the story of the island's keepers",
        "the old lighthouse",
    ),
    (
        "groundstation",
        "science",
        "Elsmark ground station",
        "ground station",
        "Elsmark",
        "Sundravel Space Office",
        "Dr Konstantin Varo",
        "director",
        "Elsmark district council",
        "Elsmark council",
        "talk to the kingdom's first satellites",
        "the plateau north of Elsmark",
    ),
    (
        "vetschool",
        "science",
        "Fernlow veterinary school",
        "veterinary school",
        "Fernlow",
        "Royal University of Sundravel",
        "Dr Amara Wendt",
        "rector",
        "Fernlow town council",
        "Fernlow council",
        "train 200 vets a year",
        "the college farm",
    ),
    (
        "airportrail",
        "world",
        "Quorra airport rail link",
        "airport rail link",
        "Quorra",
        "Sundravel State Railways",
        "Vilhelm Dauer",
        "chief executive",
        "Quorra metropolitan council",
        "Quorra council",
        "reach the airport from the centre in 15 minutes",
        "the northern rail corridor",
    ),
    (
        "sewage",
        "science",
        "Belvane sewage works",
        "sewage works",
        "Belvane",
        "Belvane Water Company",
        "Astrid Kalnes",
        "chief engineer",
        "Belvane valley council",
        "Belvane council",
        "stop raw sewage reaching the river",
        "the flood plain below Belvane",
    ),
    (
        "opera",
        "culture",
        "Lantry opera house",
        "opera house",
        "Lantry",
        "Lantry Opera Trust",
        "Valentin Ruske",
        "artistic director",
        "Lantry city council",
        "Lantry council",
        "give the city its first purpose-built opera stage",
        "the waterfront",
    ),
    (
        "barracks",
        "world",
        "Vesk barracks conversion",
        "barracks conversion",
        "Vesk",
        "Royal Defence Estates",
        "Harald Brun",
        "director",
        "Vesk district council",
        "Vesk council",
        "turn the barracks into homes and workshops",
        "the barracks on the Oskarian road",
    ),
    (
        "marina",
        "economy",
        "Drunmore marina",
        "marina",
        "Drunmore",
        "Seaward Leisure",
        "Tamsin Gale",
        "owner",
        "Drunmore harbour council",
        "Drunmore council",
        "moor 300 yachts",
        "the west basin",
    ),
    (
        "bookfair",
        "culture",
        "Glassmere book fair hall",
        "book fair hall",
        "Glassmere",
        "Glassmere Literary Society",
        "Octavia Lund",
        "president",
        "Glassmere district council",
        "Glassmere council",
        "host the kingdom's biggest book fair",
        "the exhibition grounds",
    ),
    (
        "kelp",
        "science",
        "Sablewick kelp laboratory",
        "kelp laboratory",
        "Sablewick",
        "Sundravel Wildlife Trust",
        "Ingeborg Lune",
        "director",
        "Royal Seas Authority",
        "Royal Seas Authority",
        "study the island's kelp forests",
        "the waters around Sablewick",
    ),
    (
        "districthospital",
        "world",
        "Tirrin district hospital",
        "district hospital",
        "Tirrin",
        "Tirrin Health Board",
        "Dr Leopold Helland",
        "medical director",
        "Tirrin county board",
        "Tirrin board",
        "treat patients who now travel to Quorra",
        "the hill above the town",
    ),
    (
        "canal",
        "economy",
        "Elsmark canal reopening",
        "canal",
        "Elsmark",
        "Royal Waterways Board",
        "Nell Okafor-Dunne",
        "chairwoman",
        "Elsmark district council",
        "Elsmark council",
        "reopen 30 kilometres of waterway to barges",
        "the locks below Elsmark",
    ),
)

CRITICS = (
    ("the {place} Neighbourhood Forum", "Sigrun Vestby", "convener"),
    ("Friends of {place}", "Magnus Tell", "chairman"),
    ("{place} Heritage Watch", "Clemence Oyelaran", "spokeswoman"),
    ("the {place} Taxpayers' League", "Otto Brandvold", "treasurer"),
)
MINISTERS = (
    ("Amaury Stenn", "Public Works"),
    ("Rosamund Tavener", "Energy"),
    ("Lorcan Ebbe", "Industry"),
    ("Cordelia Vance", "Culture"),
    ("Isadora Kell", "Education"),
)
CONTRACTORS = (
    "Hexley Brothers",
    "Northgate Civil",
    "Vask & Orde",
    "Coastline Marine Works",
    "Greystone Conservation",
)

FRAMES = {
    "referendum": dict(
        phase=0,
        head=("{Place} to hold local vote on {project}",),
        alt=("Voters in {place} get final say over {short}", "{Short} plan goes to the ballot in {place}"),
        lede=(
            "Voters in {place} will decide the fate of the {project} in a local ballot in {month_later}, "
            "the {auth} agreed on {weekday} after a petition forced its hand.",
            "The {auth} bowed to pressure on {weekday} and called a local vote on the {project}, "
            "giving residents of {place} the last word on whether {org} may go ahead.",
        ),
        paras=(
            "The petition calling for a ballot was signed by {crowd} people, well over the one in ten "
            "residents the law requires before a council must consult voters directly.",
            "The result will not be legally binding, but members of the {auth} have promised to abide "
            "by it. Turnout will have to exceed 40 percent for the vote to count.",
            "{Org} said it would campaign hard for a yes and would set out the case for the {short} "
            "in leaflets delivered to every home in {place}.",
            "It is the first local ballot in {place} since the merger of the town's two parishes, "
            "and election officials said they would need about {weeks} weeks to prepare.",
        ),
        quote=(
            "“If the people of {place} say no, we will listen. I do not believe they will,” {chief} said.",
            "“We asked for a vote and we got one. Now the real work begins,” said {critic_head}, "
            "{critic_role} of {critic}.",
        ),
        sub=("Forced by a petition", "'Now the work begins'", "Turnout matters"),
        caption=(
            "Petition organisers deliver boxes of signatures to the {auth} in {place}.",
            "A council meeting in {place} on {weekday}.",
        ),
    ),
    "consent": dict(
        phase=1,
        head=("{Project} wins planning consent",),
        alt=("Planners say yes to {place} {short}", "{Auth_h} backs {short} scheme by {org}"),
        lede=(
            "Planners at the {auth} granted consent for the {project} on {weekday}, turning down the "
            "objections of {n2} hundred residents in a hearing that lasted most of the day.",
            "The {project} has been given planning permission, the {auth} announced on {weekday}, "
            "letting {org} press ahead with a plan to {purpose}.",
        ),
        paras=(
            "The committee's chairwoman told the hearing that the benefits of the {short} to {place} "
            "outweighed the harm, but that the developer would be held to every promise it had made.",
            "Consent was granted subject to {n2} conditions, the strictest of which forbids lorries "
            "from using the village roads near {site} at school times.",
            "{Org} said it hoped to break ground within {months} months and to finish the {short} by "
            "{year}, at a cost it now puts at {cost} {cur}.",
            "Objectors have six weeks to ask the royal planning inspectorate for a review, a step "
            "{critic} said it was likely to take.",
        ),
        quote=(
            "“We have listened, we have changed the design four times, and today we have our answer,” "
            "{chief}, the {chief_role} of {org}, said after the decision.",
            "“They heard us and then they ignored us,” said {critic_head} of {critic}, speaking on "
            "the steps of the council chamber.",
            "“The {short} will {purpose}. That matters more than a view,” one member of the planning "
            "committee said.",
        ),
        sub=("Four redesigns", "No lorries at school times", "A review likely"),
        caption=(
            "Residents listen to the planning hearing on the {project} in {place} on {weekday}.",
            "Plans for the {short} pinned to a board at the {auth}.",
        ),
    ),
    "tender": dict(
        phase=2,
        head=("{Org} hands {project} deal to {contractor}",),
        alt=("{Contractor} chosen to build {place} {short}", "{Place} {short} builder named"),
        lede=(
            "{Contractor} has been picked to build the {project}, {org} said on {weekday}, after a "
            "tender in which the firm undercut its nearest rival by about {pct} percent.",
            "{Org} signed a {cost}-{cur_one} agreement with {contractor} on {weekday} for the "
            "construction of the {project}, the largest contract in the firm's history.",
        ),
        paras=(
            "The agreement includes penalties of up to {small_money} {cur} if the {short} is handed "
            "over late, and bonuses if it is finished early.",
            "{Contractor} expects to have about {jobs} people on site at the busiest point and has "
            "promised that a third of them will be recruited in and around {place}.",
            "Two of the unsuccessful bidders have asked to see the scoring sheets, a request {org} said "
            "it would consider under the procurement rules.",
            "The firm's last large job, a motorway viaduct in the north, was finished four months "
            "ahead of schedule.",
        ),
        quote=(
            "“We bid low because we want this job, and we want it done well,” {contractor}'s chairman "
            "told reporters in Quorra.",
            "“The cheapest offer is not always the best. We will be watching the quality,” said "
            "{critic_head}.",
        ),
        sub=("Penalties and bonuses", "A third hired locally", "Scoring sheets"),
        caption=(
            "The signing of the {short} contract in Quorra on {weekday}.",
            "Surveyors at {site} in {place}.",
        ),
    ),
    "rally": dict(
        phase=2,
        head=("Residents form human chain against {project}",),
        alt=(
            "{Place} protesters link arms in {short} protest",
            "Hand in hand against the {short} in {place}",
        ),
        lede=(
            "Hundreds of people held hands in a chain stretching around {site} on {weekday} in protest "
            "at the {project}, singing and banging pots as they stood.",
            "Opponents of the {project} formed a human chain more than a kilometre long in {place} on "
            "{weekday}, in the most visible protest yet against {org}'s plans.",
        ),
        paras=(
            "Organisers from {critic} said {crowd} people had taken part; police gave no figure but said "
            "the protest had passed off without arrests.",
            "Children carried drawings of the landscape as it is now, and several farmers brought "
            "tractors decorated with banners.",
            "The chain ended at the gates of the {auth}, where a letter was handed to a clerk.",
            "Similar protests are planned in {n} other towns along the route over the coming weeks.",
        ),
        quote=(
            "“A chain is only as strong as its weakest link, and today there were none,” {critic_head} "
            "told the crowd.",
            "“We respect the right to protest, and we will keep talking to everyone who comes to us,” a "
            "spokesman for {org} said.",
            "“I have lived here for {n2} decades and I have never seen the town so united,” said a "
            "retired teacher who stood near the front.",
        ),
        sub=("Pots and pans", "No arrests", "A letter at the gates"),
        caption=(
            "Protesters form a human chain around {site} in {place} on {weekday}.",
            "A banner against the {short} hangs from a tractor in {place}.",
        ),
    ),
    "injunction": dict(
        phase=3,
        head=("Judge blocks {project} over wildlife fears",),
        alt=("Ruling stops {place} {short} in its tracks", "{Place} {short} on hold after legal challenge"),
        lede=(
            "A judge in Quorra on {weekday} ordered an immediate halt to the {project} until a fuller "
            "study is made of its effect on rare animals and plants living near {site}.",
            "The {project} must stop, the High Court in Quorra ruled on {weekday}, accepting the argument "
            "of {critic} that the wildlife survey behind the plans was out of date.",
        ),
        paras=(
            "The survey was carried out {n} years ago and did not cover the breeding season of a "
            "protected species of bat found near {site} last spring.",
            "{Org} has {weeks} weeks to decide whether to appeal or to commission a new survey, which "
            "could take a full year.",
            "The ruling does not cancel the planning consent but suspends any work that could disturb "
            "the area around {site}.",
            "Lawyers said the decision could affect other large schemes whose surveys are of a similar age.",
        ),
        quote=(
            "“The law protects creatures that cannot go to court themselves. Today it worked,” "
            "{critic_head} said outside the court.",
            "“We are studying the judgment and will decide our next step shortly,” {org} said.",
        ),
        sub=("An old survey", "Appeal or start again", "A wider effect"),
        caption=(
            "Campaigners celebrate outside the High Court in Quorra on {weekday}.",
            "The area around {site}, where work has stopped.",
        ),
    ),
    "loan": dict(
        phase=3,
        head=("Foreign lenders put {small_money} {cur} into {project}",),
        alt=("{Place} {short} secures overseas finance", "Banks abroad lend to {place} {short}"),
        lede=(
            "A group of banks from Oskaria and Marran agreed on {weekday} to lend {small_money} {cur} to "
            "{org} for the {project}, completing the financing of the scheme.",
            "{Org} has secured the last part of the money it needs for the {project}, it said on "
            "{weekday}, after foreign lenders agreed to a loan of {small_money} {cur}.",
        ),
        paras=(
            "The loan runs for {n2} years and is guaranteed in part by the Sundravel export agency.",
            "Until now the {short} had relied on money from {org}'s own shareholders and from the state "
            "investment fund.",
            "Finance Minister Liesel Aronow welcomed the deal as a sign of confidence in the kingdom's "
            "economy.",
            "The terms were not disclosed, but people familiar with the talks said the interest rate "
            "was close to that paid by the government itself.",
        ),
        quote=(
            "“With this the money is in place, and the only question left is how fast we can build,” "
            "{chief} said.",
            "“Borrowing abroad for a scheme that may never pay its way is a gamble with public risk,” "
            "an opposition finance spokesman said.",
        ),
        sub=("The money in place", "Guaranteed by the state", "Terms not disclosed"),
        caption=("Bankers and officials of {org} in Quorra on {weekday}.",),
    ),
    "postpone": dict(
        phase=4,
        head=("{Org} pushes back opening of {project}",),
        alt=("{Place} will wait longer for its {short}", "Opening date for {place} {short} slips"),
        lede=(
            "The {project} will not open until {year} at the earliest, {org} said on {weekday}, "
            "{months} months later than the date it gave in the spring.",
            "{Org} conceded on {weekday} that it would miss the opening date it had set for the "
            "{project}, pointing to {cause}.",
        ),
        paras=(
            "The company said the setback would not change the overall cost of the {short}, although "
            "independent engineers have questioned that claim.",
            "{Contractor} has asked for more time under its contract, citing the discovery that {problem}.",
            "In {place}, shopkeepers who had hoped to profit from the {short} said they had heard the "
            "news from the radio before {org} told them.",
            "The {auth} has asked for monthly progress reports until the {short} is finished.",
        ),
        quote=(
            "“I will not promise a date I am not sure of,” {chief} said. “I did that once.”",
            "“Each new date is a guess dressed up as a plan,” said {critic_head}.",
        ),
        sub=("'A guess dressed up as a plan'", "Monthly reports", "Heard it on the radio"),
        caption=("Unfinished work on the {project} in {place}.",),
    ),
    "overrun": dict(
        phase=4,
        head=("{Project} budget overshoots by {pct} percent",),
        alt=("{Place} {short} costs spiral", "Price tag for {place} {short} climbs again"),
        lede=(
            "The {project} is now expected to cost {cost2} {cur}, {org} disclosed on {weekday}, "
            "{pct} percent more than the budget approved when building began.",
            "Costs on the {project} have run {pct} percent over budget, according to figures {org} "
            "published on {weekday}, reviving questions about how the scheme was planned.",
        ),
        paras=(
            "The largest single increase came from {extra}, which alone added more than {small_money} {cur}.",
            "{Org} said it would not ask the state for more money and would instead spread the extra "
            "cost over the life of the {short}.",
            "A parliamentary committee has summoned {chief} to explain the figures next month.",
            "When it was approved, the {short} was presented as one of the cheapest ways to {purpose}.",
        ),
        quote=(
            "“These are painful numbers and I take responsibility for them,” {chief} said.",
            "“The true cost was hidden from the start. Now it is coming out,” {critic_head} said.",
            "“Big schemes go over budget everywhere. The question is what you get for the money,” "
            "said an economist at the Royal University of Sundravel.",
        ),
        sub=("Summoned by parliament", "Painful numbers", "Where the money went"),
        caption=("Construction at {site} in {place}.",),
    ),
    "walkout": dict(
        phase=4,
        head=("Builders down tools at {project}",),
        alt=("Strike shuts {place} {short} site", "{Place} {short} crews stop work over pay"),
        lede=(
            "Construction workers at the {project} stopped work on {weekday} and gathered at the site "
            "gates, saying wages promised by {contractor} had not been paid on time.",
            "Work on the {project} stood still on {weekday} as about {jobs} builders went on strike "
            "over late pay and long shifts.",
        ),
        paras=(
            "The builders say overtime for the past {n} months has been paid weeks late, and that "
            "shifts of 12 hours have become normal.",
            "{Contractor} blamed an accounting error and promised that all back pay would be settled "
            "by the end of the week.",
            "The strike was backed by the Sundravel Building Workers' Federation, which said it would "
            "support members for as long as it took.",
            "Lorries carrying steel and gravel queued outside the site for most of the morning.",
        ),
        quote=(
            "“We are not asking for more. We are asking for what we are owed,” a scaffolder said at "
            "the gate.",
            "“This is a payroll problem, not a dispute, and it will be fixed this week,” a manager for "
            "{contractor} said.",
        ),
        sub=("Owed, not more", "Twelve-hour shifts", "Queues at the gate"),
        caption=("Workers gather at the gates of the {project} site in {place} on {weekday}.",),
    ),
    "accident": dict(
        phase=5,
        head=("Worker hurt in fall at {project}",),
        alt=("Accident at {place} {short} site injures builder", "{Place} {short} site closed after fall"),
        lede=(
            "A construction worker was seriously injured on {weekday} after falling from scaffolding at "
            "the {project}, and work on the site was suspended while inspectors investigated.",
            "Safety inspectors closed part of the {project} site on {weekday} after a worker fell about "
            "eight metres and was taken to hospital by air ambulance.",
        ),
        paras=(
            "The man, a {n2}-year veteran employed by a subcontractor of {contractor}, was said to be in "
            "a "
            "stable condition.",
            "It was the {nth} serious accident on the {short} this year, according to the builders' "
            "federation, which has called for an independent safety review.",
            "The labour inspectorate said it would examine the scaffolding, the training records and "
            "the hours worked by the crew.",
        ),
        quote=(
            "“Our thoughts are with our colleague and his family,” {org} said in a statement.",
            "“Deadlines are being put before lives,” {critic_head} said.",
        ),
        sub=("Inspectors on site", "A stable condition", "A call for a review"),
        caption=("An ambulance at the entrance to the {project} site on {weekday}.",),
    ),
    "audit": dict(
        phase=5,
        head=("Watchdog criticises handling of {project}",),
        alt=("Audit finds failings in {place} {short}", "Damning report on {place} {short}"),
        lede=(
            "The Royal Audit Chamber said on {weekday} that the {project} had been poorly managed, "
            "with weak oversight by {org} and optimistic forecasts presented as fact.",
            "A report by the kingdom's public audit body, published on {weekday}, found that ministers "
            "had been given incomplete information about the risks of the {project}.",
        ),
        paras=(
            "The auditors found that {org} had changed the scope of the {short} {n2} times without "
            "telling the {auth}.",
            "Chief Auditor Elias Gundersby said the problems were “serious but not beyond repair” and "
            "set out "
            "{n} recommendations.",
            "{Org} accepted most of the recommendations but rejected the finding that its forecasts had "
            "been misleading.",
            "The report also criticised the {ministry} ministry for failing to ask hard questions when "
            "the {short} was first put before it.",
        ),
        quote=(
            "“The public deserved better information and did not get it,” Elias Gundersby told a news "
            "conference.",
            "“We accept that we could have communicated better,” {chief} said.",
        ),
        sub=("Serious but not beyond repair", "Forecasts as fact", "The ministry criticised"),
        caption=("Chief Auditor Elias Gundersby presents the report in Quorra on {weekday}.",),
    ),
    "sacked": dict(
        phase=5,
        personal=True,
        head=("{Org} dismisses {chief_role} {chief}",),
        alt=("{Chief_last} ousted from {org}", "Head of {org} sacked over {short} woes"),
        lede=(
            "{Org} dismissed its {chief_role}, {chief}, on {weekday}, saying the board had lost "
            "confidence in the leadership of the {project}.",
            "{Chief} was forced out as {chief_role} of {org} on {weekday} after a board meeting that "
            "lasted late into the night, people present at the meeting said.",
        ),
        paras=(
            "{Chief_last} had run {org} since {year_first} and was closely identified with the {short}.",
            "An interim head will be named within days, the board said, and a search for a permanent "
            "successor has begun.",
            "{Chief_last} did not comment but was seen leaving the building without speaking to reporters.",
        ),
        quote=(
            "“This was not a decision taken lightly,” the chairman of the board said.",
            "“Changing the captain does not change the course of the ship,” said {critic_head}.",
        ),
        sub=("A late-night meeting", "An interim head", "'Not taken lightly'"),
        caption=("{Chief} at the offices of {org} in {place}.",),
    ),
    "royalvisit": dict(
        phase=5,
        head=("King Osric visits {project}",),
        alt=("Royal visit to {place} {short} works", "Monarch tours {place} {short}"),
        lede=(
            "King Osric spent {weekday} morning at the {project}, meeting engineers and "
            "apprentices and climbing to the top of the works in a hard hat.",
            "The {project} received a royal visitor on {weekday} when King Osric toured the site and "
            "praised the builders for their skill.",
        ),
        paras=(
            "The king asked detailed questions about the {short}, staff said, and stayed for "
            "almost an hour longer than planned.",
            "Crowds lined the road into {place}, many waving the kingdom's blue and white flag.",
            "The visit was arranged at short notice, and {org} said it learned of it only two days before.",
        ),
        quote=(
            "“His Majesty knew more about the foundations than some of my engineers,” {chief} said.",
            "“A royal visit is nice, but it does not answer our questions,” {critic_head} said.",
        ),
        sub=("A longer stay", "Flags on the road", "Questions remain"),
        caption=("King Osric wears a hard hat during his visit to the {project} on {weekday}.",),
    ),
    "lawsuit": dict(
        phase=5,
        head=("Neighbours sue {org} over {short} disruption",),
        alt=(
            "{Place} residents take {short} builder to court",
            "Legal action over noise from {place} {short}",
        ),
        lede=(
            "{N2} households living near {site} filed a lawsuit against {org} on {weekday}, claiming "
            "that noise, vibration and dust from the {project} had damaged their homes and health.",
            "Residents of {place} have taken {org} to court over the {project}, accusing the company of "
            "breaking the limits on noise and working hours set in its planning consent.",
        ),
        paras=(
            "The claim seeks compensation of about {small_money} {cur} and an order limiting work to "
            "daytime hours.",
            "Cracks have appeared in the walls of several houses, the residents say, and some "
            "children have had trouble sleeping for months.",
            "{Org} said it had complied with every condition and had offered to pay for independent "
            "surveys of the houses.",
        ),
        quote=(
            "“We tried letters, meetings and petitions. Court was the last thing left,” said one of the "
            "claimants.",
            "“We have measured the noise every day, and we are within the limits,” {org} said.",
        ),
        sub=("Cracks in the walls", "Within the limits?", "The last thing left"),
        caption=("A house near the {project} site in {place}.",),
    ),
    "halfway": dict(
        phase=6,
        head=("{Project} passes halfway mark",),
        alt=("Half of {place} {short} now built", "{Place} {short} work reaches midpoint"),
        lede=(
            "The {project} is now half built, {org} said on {weekday}, with the most difficult part of "
            "the work behind it and the remainder due to be finished by {year}.",
            "Builders on the {project} reached the halfway point on {weekday}, celebrating with a "
            "barbecue on site and a flag raised over {site}.",
        ),
        paras=(
            "Engineers said the toughest work, the foundations at {site}, had been completed without "
            "major problems.",
            "{Contractor} has {jobs} people on site and plans to increase that number in the spring.",
            "The next stage includes the systems that will make the {short} work, much of it built "
            "abroad and shipped in.",
        ),
        quote=(
            "“The hardest half is done,” {chief} told workers at the celebration.",
            "“Half done means half the damage done,” said {critic_head}.",
        ),
        sub=("The foundations done", "A flag on site", "Shipped in from abroad"),
        caption=("Workers celebrate reaching the halfway point of the {project} on {weekday}.",),
    ),
    "trialrun": dict(
        phase=7,
        head=("First test run at {project}",),
        alt=("Trials begin at {place} {short}", "{Place} {short} put through its paces"),
        lede=(
            "The {project} was put to its first real test on {weekday}, with engineers running it for "
            "several hours to check that every part worked together as designed.",
            "Testing of the {project} began on {weekday}, {org} said, the last stage before it opens to "
            "the public.",
        ),
        paras=(
            "The tests will continue for about {weeks} weeks and will include simulated failures and "
            "emergency drills.",
            "Inspectors from the {ministry} ministry watched the first run from a control room at {site}.",
            "{Org} said the first results were good but that small faults were to be expected.",
        ),
        quote=(
            "“So far it behaves exactly as the drawings said it would,” an engineer said.",
            "“Tests are for finding problems. I hope they find them all,” said {critic_head}.",
        ),
        sub=("Simulated failures", "Watched by inspectors", "Small faults expected"),
        caption=("Engineers monitor the first test of the {project} on {weekday}.",),
    ),
    "welcome": dict(
        phase=8,
        head=("{Project} welcomes first users",),
        alt=("{Place} {short} opens its doors", "Doors open at {place}'s {short}"),
        lede=(
            "The {project} received its first users on {weekday}, ending a building project that "
            "divided {place} for years and cost {cost2} {cur}.",
            "{Place} celebrated the opening of its {short} on {weekday} with music, speeches and free "
            "visits, as {org} promised the {project} would {purpose}.",
        ),
        paras=(
            "The first day passed without serious problems, although queues formed in the morning.",
            "{Org} said about {crowd} people had used the {short} by the evening.",
            "A handful of opponents stood quietly at the edge of the ceremony holding a single banner.",
        ),
        quote=(
            "“Today we hand the {short} to the people it was built for,” {chief} said.",
            "“It is built. We will now make sure it keeps its promises,” said {critic_head}.",
        ),
        sub=("Queues in the morning", "A single banner", "Built for the people"),
        caption=("The first visitors at the {project} in {place} on {weekday}.",),
    ),
    "shelve": dict(
        phase=8,
        head=("{Project} shelved indefinitely",),
        alt=("{Org} gives up on {place} {short}", "No {short} for {place} after all"),
        lede=(
            "{Org} put the {project} on hold indefinitely on {weekday}, saying the scheme no longer "
            "made sense at today's prices and interest rates.",
            "The {project} has been shelved, {org} announced on {weekday}, after years of planning and "
            "{small_money} {cur} spent on designs, surveys and legal fees.",
        ),
        paras=(
            "The company said it would keep the land at {site} in case conditions improved.",
            "Staff working on the {short} will be moved to other projects, {org} said.",
            "The news was greeted with celebration by opponents and dismay by local businesses.",
        ),
        quote=(
            "“Sometimes the bravest decision is to stop,” {chief} said.",
            "“We never wanted to win this way, through rising prices, but we will take it,” said "
            "{critic_head}.",
        ),
        sub=("Land kept in reserve", "Celebration and dismay", "'The bravest decision'"),
        caption=("The site at {site} where the {short} was to be built.",),
    ),
}

WORDS = dict(
    cause=(
        "a shortage of specialist engineers",
        "rock harder than the surveys predicted",
        "a fire at a supplier's factory abroad",
        "the wettest autumn in decades",
    ),
    problem=(
        "an underground spring flooded the deepest excavation",
        "old foundations of a medieval building lay under the site",
        "a gas pipeline ran far closer to the works than the maps showed",
    ),
    harm=(
        "spoil one of the last quiet valleys in the kingdom",
        "poison the river with run-off",
        "bring constant noise to homes nearby",
        "wipe out nesting sites of rare birds",
    ),
    extra=(
        "relocating a gas pipeline",
        "buying land at higher prices than planned",
        "redesigning the foundations",
    ),
    flaw=(
        "a crack in a load-bearing wall",
        "water seeping into a sealed chamber",
        "sensors that failed under load",
        "rust on newly fitted steel",
    ),
)

FILLERS = (
    "{Place} is one of the fastest-growing towns in {country}, and its population has risen by about a "
    "fifth since the last census.",
    "Plans for a {short} in {place} date back to {year_first}, when a royal commission first suggested "
    "one, but money was never found.",
    "A survey by a regional newspaper found that {pct} percent of people in {place} supported the {short}, "
    "with older residents the most sceptical.",
    "{Org} has about {jobs} staff and has said it will give priority to people from {place} when hiring.",
    "Opposition members of parliament have demanded that the {ministry} ministry release its own "
    "assessment of the {short}, which it has refused to do.",
    "Members of the {auth} are split along party lines on the {short}, with the governing group holding "
    "a narrow majority.",
    "{Minister_role} {minister} has described the {short} as “a test of whether {country} can still "
    "build big things”.",
    "Cafés and shops near {site} say trade has fallen since the hoardings went up.",
    "Backers of the {short} say it will {purpose} and create work in a region that has lost many jobs.",
    "{Critic} was set up {n} years ago and says it now has {crowd} supporters.",
    "The area around {place} was once known for its mills and quarries, most of which closed in the "
    "last century.",
    "Local elections are due in {place} in the spring, and candidates are already being asked where "
    "they stand on the {short}.",
    "Several large public schemes in {country} have overrun their budgets in recent years, according to "
    "the Royal Audit Chamber.",
    "{Contractor} has built roads, bridges and hospitals across {country} and in neighbouring Oskaria.",
    "Conservation groups have asked that the air and water around {site} be monitored by someone "
    "other than {org}.",
    "The state investment fund has a stake in the {short} and a seat on the board that oversees it.",
    "{Chief} spent most of {chief_his} career abroad before returning to {country} to lead {org}.",
    "An online petition against the {short} has collected about {crowd} names, its organisers say.",
    "Hotels in {place} hope the {short} will bring visitors back to a town many tourists now pass by.",
    "Under the plans, the {short} would be built in {n} phases, starting with the least disruptive.",
    "The kingdom's latest budget named several large projects but was silent on the {short}.",
    "Commuters in {place} have complained all winter of cancelled trains and crowded buses.",
    "Archaeologists have asked to be present when the ground at {site} is dug up, since the area was "
    "settled in the Iron Age.",
    "Lenders to the {short} have asked for regular reports on spending and progress.",
    "Council officials in {place} say the {short} fills more of their inbox than any other subject, "
    "with most letters coming from streets close to {site}.",
    "It takes more than an hour to drive from {place} to Quorra on a good day, and far longer in winter.",
    "{Org} reported revenue of {cost} {cur} last year and lists the {short} as its biggest commitment.",
    "{Critic} meets every month in a school hall in {place}, and says the meetings are getting bigger.",
    "Farmers near {site} have been offered payments for their land, but several have refused to sell.",
    "A poll of businesses by the {place} trade council found {pct} percent expected the {short} to help "
    "them.",
    "{Minister} promised on a visit to {place} last year that the {short} would not be allowed to fail.",
    "Every tree felled and every well tested near {site} must be recorded, under an agreement with the "
    "{auth}.",
    "The mayor of {place} supports the {short} but has said she wants written promises on local jobs.",
    "The {short} is one of {n2} schemes in the kingdom's twenty-year infrastructure plan.",
    "Letters about the {short} have filled the pages of the local paper in {place} for years.",
    "{Org} runs a small information centre in {place} where staff answer questions about the {short}.",
)

QUOTES = (
    "“{Place} has waited long enough. We intend to deliver,” {chief} said in an interview on {weekday}.",
    "“We are not against change. We are against change that is done to us,” said {critic_head} of {critic}.",
    "“A country that cannot build a {short} cannot build its future,” {minister} said.",
    "“My father worked on the old works here, and he still talks about those years,” said a baker in "
    "the centre of {place}.",
    "“Come back in {year} and we will know whether it was worth it,” a member of the {auth} said.",
    "“We have answered every question, many of them more than once,” a spokesman for {org} said.",
    "“There are {crowd} of us and we are not going anywhere,” {critic_head} told supporters.",
    "“I pass {site} every day and still cannot imagine it,” said a nurse who lives in {place}.",
    "“Everything big in this kingdom costs more and takes longer. The only question is how much more,” "
    "said a professor of economics in Quorra.",
    "“We will judge it by the jobs it brings, not by the ribbon-cutting,” said a local union official.",
    "“The {short} will be here for a hundred years. It must be built to last,” {chief} said.",
    "“Let the minister spend a week near {site} with the trucks at dawn,” {critic_head} said.",
    "“People are tired of talking about the {short}. They want to see it, or forget it,” said a café "
    "owner in {place}.",
    "“Every dalen spent here comes from a taxpayer who is entitled to know where it went,” an opposition "
    "member of parliament said.",
)

EVENTS = (
    dict(
        key="tanker-spill",
        section="world",
        place="Port Sabel",
        decoys=(
            "Oil spill tanker Morwenna towed to Port Sabel for repairs",
            "Port Sabel beaches reopen after oil clean-up",
        ),
        takes=(
            dict(
                outlet="CTW",
                head="Oil spill blackens coast near Port Sabel",
                alt=("Tanker leak fouls Port Sabel shoreline",),
                lede="Oil from a damaged tanker washed ashore along about 12 kilometres of coast near Port "
                "Sabel "
                "on {weekday}, coating beaches and rocks where seals breed.",
                paras=(
                    "The tanker Morwenna, carrying fuel oil from Marran, struck a submerged container in "
                    "fog during the night and began leaking from a split in its hull.",
                    "Coastguard vessels laid floating barriers to protect the harbour mouth, and volunteers "
                    "began collecting oiled birds at first light.",
                    "The Royal Seas Authority estimated that about 300 tonnes had escaped before the leak "
                    "was plugged.",
                    "Schools in Port Sabel sent pupils home early after parents complained of fumes "
                    "drifting into "
                    "classrooms from the shore.",
                ),
                quote="“The smell hits you before you see it. The rocks are black,” said Ola Brenden, a "
                "fisherman who has worked the bay for 40 years.",
                sub="Black rocks",
                caption="Oil on the rocks near Port Sabel on {weekday}.",
            ),
            dict(
                outlet="SPS",
                day=1,
                head="Fishing banned off Port Sabel after tanker leak",
                alt=("Port Sabel fleet kept in harbour by oil slick",),
                lede="The government banned all fishing within 20 kilometres of Port Sabel on {weekday}, "
                "keeping the town's fleet in harbour while the extent of the oil pollution is measured.",
                paras=(
                    "Fisheries Minister Lorcan Ebbe said the ban would last at least a fortnight and that "
                    "fishermen would be compensated for lost catches.",
                    "Samples of shellfish will be tested by the national food laboratory in Quorra.",
                    "The Port Sabel Fishers' Guild said the ban would hit the town at the start of the "
                    "herring season.",
                    "Fish already landed before the spill will be allowed on sale after testing, the food "
                    "agency "
                    "said.",
                ),
                quote="“Our boats are tied up in the best week of the year,” said Lisbet Aune, chairwoman of "
                "the guild.",
                sub="Herring season lost",
                caption="Fishing boats moored in Port Sabel on {weekday}.",
            ),
            dict(
                outlet="NLA",
                day=2,
                head="Who pays for the Port Sabel clean-up?",
                alt=("Bill for Morwenna spill could reach millions",),
                lede="The cost of cleaning up the oil that washed ashore near Port Sabel could run to tens of "
                "millions of dalens, officials said on {weekday}, and the question of who pays is "
                "already in dispute.",
                paras=(
                    "The tanker's owner, registered in Marran, says the container it struck was lost by "
                    "another ship and that it should not carry the blame.",
                    "Under maritime law, the owner's insurers are liable first, up to a limit set by the "
                    "size of the ship.",
                    "The Royal Seas Authority has hired a salvage company to pump the rest of the fuel out "
                    "of the damaged vessel.",
                    "Lawyers for the town said they were preparing a claim against the owner and its "
                    "insurers on "
                    "behalf of hotels and fishermen.",
                ),
                quote="“Someone will pay, and it must not be the people of Port Sabel,” Mayor Halvard Rist "
                "said.",
                sub="A disputed bill",
                caption="Workers clean a beach near Port Sabel on {weekday}.",
            ),
        ),
    ),
    dict(
        key="flash-flood",
        section="world",
        place="Oda Falls",
        decoys=("Oda Falls flood victims to get royal grants", "River bursts banks again in Oda Falls"),
        takes=(
            dict(
                outlet="SPS",
                head="Flash flood sweeps through Oda Falls",
                alt=("Torrent tears through Oda Falls streets",),
                lede="A wall of water surged through the lower town of Oda Falls on {weekday} after a night "
                "of torrential rain in the mountains, flooding about 200 homes and sweeping away cars.",
                paras=(
                    "The river rose by more than three metres in under an hour, residents said.",
                    "Two people were missing and rescue teams with dogs were searching the banks downstream.",
                    "The town's only bridge was closed after debris piled up against its supports.",
                    "The army sent trucks and soldiers from a base near Tirrin to help evacuate the old "
                    "people's "
                    "home by the river.",
                ),
                quote="“I heard a roar like a train, and then the street was a river,” said shop owner Edvin "
                "Moss.",
                sub="A roar like a train",
                caption="Floodwater in a street of Oda Falls on {weekday}.",
            ),
            dict(
                outlet="QH",
                day=1,
                head="Missing hikers found alive after Oda Falls flood",
                alt=("Two rescued days after flood in Oda Falls",),
                lede="Two hikers reported missing after the flash flood in Oda Falls were found alive on "
                "{weekday}, sheltering in a hut above the river with minor injuries.",
                paras=(
                    "The pair, a couple in their sixties from Quorra, had climbed to higher ground when "
                    "they heard the water coming.",
                    "A rescue helicopter spotted smoke from their fire early in the morning.",
                    "Dozens of families remain in emergency shelters in the town's school.",
                    "Electricity was restored to most of the town by the evening, but the water supply "
                    "remained "
                    "cut off.",
                ),
                quote="“We heard the water before we saw it, and we ran uphill,” the woman told rescuers.",
                sub="Smoke from a fire",
                caption="A rescue helicopter above Oda Falls on {weekday}.",
            ),
            dict(
                outlet="BO",
                day=1,
                head="Flood defences were never finished, Oda Falls residents say",
                alt=("Anger in Oda Falls over unfinished flood wall",),
                lede="Residents of Oda Falls accused the authorities on {weekday} of leaving the town exposed "
                "by failing to finish a flood wall planned after the last disaster a decade ago.",
                paras=(
                    "Only a third of the wall was built before the money ran out, officials confirmed.",
                    "The Royal Waterways Board said it had asked repeatedly for more funds.",
                    "The interior ministry promised an inquiry into the board's handling of the scheme.",
                    "Several families said they had been refused insurance since the last flood and now "
                    "faced the "
                    "cost of repairs alone.",
                ),
                quote="“They built a wall for the rich end of town and stopped,” said retired nurse Solveig "
                "Hatt.",
                sub="A third of a wall",
                caption="Residents clear mud from a house in Oda Falls on {weekday}.",
            ),
        ),
    ),
    dict(
        key="pm-resigns",
        section="world",
        place="Quorra",
        decoys=("Joren Callis returns as prime minister", "Callis to stand for president of the party again"),
        takes=(
            dict(
                outlet="SPS",
                head="Prime Minister Joren Callis resigns",
                alt=("Callis quits as head of government",),
                lede="Prime Minister Joren Callis resigned on {weekday}, telling the nation in a televised "
                "address that he had lost the confidence of his own party after a bruising budget "
                "defeat.",
                paras=(
                    "Callis, 61, had led the government for just under four years.",
                    "He will remain in office until his party chooses a successor, expected within a month.",
                    "King Osric accepted the resignation at the palace in the afternoon.",
                    "His government's budget was voted down last week when a dozen members of his own party "
                    "sided "
                    "with the opposition.",
                ),
                quote="“A leader who cannot pass a budget cannot lead,” Callis said.",
                sub="A televised address",
                caption="Joren Callis speaks from his office in Quorra on {weekday}.",
            ),
            dict(
                outlet="MRN",
                head="Race to succeed Callis opens with three contenders",
                alt=("Three in running for Sundravel's top job",),
                lede="Three senior ministers said on {weekday} that they would seek to replace Joren Callis, "
                "hours after the prime minister announced he was stepping down.",
                paras=(
                    "Finance Minister Liesel Aronow is seen as the front-runner, with the backing of most of "
                    "the party's members of parliament.",
                    "Interior Minister Kasimir Holt and Public Works Minister Amaury Stenn have also entered "
                    "the race.",
                    "Party members will vote by post, with the result due in five weeks.",
                    "The winner will become prime minister without a general election, which is not due for "
                    "another 14 months.",
                ),
                quote="“The party needs unity and the country needs stability,” Aronow said.",
                sub="Voting by post",
                caption="Liesel Aronow arrives at parliament in Quorra on {weekday}.",
            ),
            dict(
                outlet="QH",
                day=1,
                head="Markets shrug off political turmoil in Quorra",
                alt=("Dalen steady despite prime minister's exit",),
                lede="The dalen held steady and share prices rose slightly on {weekday}, as investors bet "
                "that the resignation of the prime minister would not change the course of economic "
                "policy.",
                paras=(
                    "Bond yields barely moved, traders said.",
                    "Analysts said all three candidates to succeed Callis had promised to keep the budget "
                    "rules.",
                    "The central bank declined to comment.",
                    "Shares in construction firms rose most, on hopes that the next government would spend "
                    "more "
                    "on roads and bridges.",
                ),
                quote="“Politics is noisy, but the numbers are calm,” said one trader in Quorra.",
                sub="Calm numbers",
                caption="The stock exchange in Quorra on {weekday}.",
            ),
        ),
    ),
    dict(
        key="marathon",
        section="culture",
        place="Quorra",
        decoys=("Kiri Ashdown withdraws from Quorra marathon with injury",),
        takes=(
            dict(
                outlet="QH",
                head="Ashdown breaks course record in Quorra marathon",
                alt=("Record run wins Quorra marathon for Ashdown",),
                lede="Kiri Ashdown won the Quorra marathon on {weekday} in 2 hours 6 minutes and 41 seconds, "
                "taking almost a minute off the course record in cool, still weather.",
                paras=(
                    "Ashdown broke away from the leading group at the 30-kilometre mark along the river "
                    "and was never caught.",
                    "More than 14,000 runners finished the race, a record for the event.",
                    "In the women's race, Annika Strand won her third title in four years.",
                    "Organisers said the record would earn Ashdown a bonus of 20,000 dalens on top of the "
                    "winner's prize.",
                ),
                quote="“The crowd carried me for the last five kilometres,” Ashdown said.",
                sub="Away at 30 kilometres",
                caption="Kiri Ashdown crosses the finish line in Quorra on {weekday}.",
            ),
            dict(
                outlet="NLA",
                head="Third Quorra title for Annika Strand",
                alt=("Strand wins women's race in Quorra again",),
                lede="Annika Strand won the women's race at the Quorra marathon on {weekday} for the third "
                "time in four years, pulling away from her rivals on the final climb to Crown Square.",
                paras=(
                    "Strand, 33, said it would probably be her last marathon in the capital.",
                    "Her time of 2 hours 24 minutes was a personal best.",
                    "The race was overshadowed by the men's course record set by Kiri Ashdown.",
                    "She said she would now concentrate on coaching young runners at her old club in the "
                    "north.",
                ),
                quote="“I wanted to finish here on a good day, and this was a very good day,” Strand said.",
                sub="A final climb",
                caption="Annika Strand celebrates on Crown Square on {weekday}.",
            ),
        ),
    ),
    dict(
        key="derailment",
        section="world",
        place="Hollin Cross",
        decoys=(
            "Hollin Cross line reopens after derailment",
            "Rail chief resigns over Hollin Cross derailment",
        ),
        takes=(
            dict(
                outlet="SPS",
                head="Freight train derails near Hollin Cross",
                alt=("Wagons leave track outside Hollin Cross",),
                lede="Eleven wagons of a freight train left the rails near Hollin Cross on {weekday}, blocking "
                "the main line to the north and halting passenger services for the rest of the day.",
                paras=(
                    "The train was carrying timber and gravel, and no one was injured.",
                    "Sundravel State Railways said buses would replace trains between Hollin Cross and "
                    "Tirrin.",
                    "Investigators were examining a stretch of track replaced only last year.",
                    "A nearby road was closed while cranes were brought in to lift the wagons, which could "
                    "take "
                    "several days.",
                ),
                quote="“It sounded like the sky was falling,” said a farmer whose field borders the line.",
                sub="Buses replace trains",
                caption="Derailed wagons near Hollin Cross on {weekday}.",
            ),
            dict(
                outlet="BO",
                day=2,
                head="Broken rail blamed for Hollin Cross derailment",
                alt=("Cracked track caused freight train crash, inquiry finds",),
                lede="A cracked rail caused the derailment of a freight train outside Hollin Cross, the "
                "railway accident board said in a preliminary report on {weekday}.",
                paras=(
                    "The crack was not detected during an inspection three weeks before the accident.",
                    "The board recommended more frequent checks on the line until its final report.",
                    "Passenger services resumed on a single track at reduced speed.",
                    "Freight customers said the disruption had cost them dearly, with timber piling up at "
                    "sawmills along the line.",
                ),
                quote="“The track should have been checked more often,” the board's chief investigator said.",
                sub="Missed in an inspection",
                caption="Engineers inspect the track near Hollin Cross.",
            ),
        ),
    ),
    dict(
        key="bank-hack",
        section="economy",
        place="Quorra",
        decoys=(
            "Sundravel National Bank pays ransom to hackers",
            "Hackers strike Sundravel National Bank again",
        ),
        takes=(
            dict(
                outlet="MRN",
                head="Cyberattack knocks Sundravel National Bank offline",
                alt=("Hackers shut down bank's online services",),
                lede="Customers of Sundravel National Bank were unable to use cards, cash machines or online "
                "banking for most of {weekday} after what the bank called a deliberate attack on its "
                "computer systems.",
                paras=(
                    "The bank, the kingdom's largest, serves about three million customers.",
                    "Shops in several towns put up signs asking for cash only.",
                    "The bank said there was no sign that customer money had been stolen.",
                    "Other banks said their systems had not been affected but that they had raised their "
                    "alert "
                    "levels as a precaution.",
                ),
                quote="“We are treating this as a criminal attack and working with the police,” the bank's "
                "chief executive, Isolde Brecker, said.",
                sub="Cash only",
                caption="A closed cash machine in Quorra on {weekday}.",
            ),
            dict(
                outlet="CTW",
                day=1,
                head="Bank services return but questions grow after hack",
                alt=("Critics ask why bank was not better protected",),
                lede="Sundravel National Bank restored its online services on {weekday}, a day after an "
                "attack that paralysed payments, but lawmakers demanded to know why its defences had "
                "failed.",
                paras=(
                    "The financial supervisor said it would examine the bank's security arrangements.",
                    "Experts said the attack appeared to have been carefully planned over months.",
                    "Customers who missed payments because of the outage will not be charged fees, the "
                    "bank said.",
                    "The bank has not said whether a ransom was demanded, and police declined to comment on "
                    "the "
                    "investigation.",
                ),
                quote="“A bank this size should not fall over like this,” said lawmaker Marta Lindgaard.",
                sub="Fees waived",
                caption="The headquarters of Sundravel National Bank in Quorra.",
            ),
        ),
    ),
    dict(
        key="avalanche",
        section="world",
        place="Nyvik",
        decoys=("Nyvik ski slopes reopen after avalanche",),
        takes=(
            dict(
                outlet="NLA",
                head="Avalanche buries road above Nyvik",
                alt=("Snow slide blocks Nyvik mountain road",),
                lede="An avalanche swept across the road above Nyvik on {weekday}, burying two cars and "
                "cutting off several hundred tourists at hotels further up the valley.",
                paras=(
                    "The people in both cars were dug out alive by other drivers and mountain rescuers.",
                    "Snow ploughs worked through the night to clear the road.",
                    "The avalanche warning for the area was raised to its highest level.",
                    "Heavy snowfall over the previous three days had loaded the slopes, mountain guides "
                    "said.",
                ),
                quote="“We dug with our hands until the rescuers came,” said one of the drivers.",
                sub="Dug out by hand",
                caption="Rescuers on the avalanche debris above Nyvik on {weekday}.",
            ),
            dict(
                outlet="BO",
                head="Tourists stranded in Nyvik hotels after snow slide",
                alt=("Holidaymakers cut off in Nyvik valley",),
                lede="About 600 tourists spent {weekday} night in their hotels above Nyvik after an avalanche "
                "closed the only road down the valley.",
                paras=(
                    "Hotels said they had enough food for several days.",
                    "Some guests were flown out by helicopter for medical reasons.",
                    "Resort staff organised film nights and games for children.",
                    "The road is expected to reopen once explosives teams have brought down the remaining "
                    "unstable snow.",
                ),
                quote="“There are worse places to be stuck,” said a tourist from Oskaria, laughing.",
                sub="Film nights",
                caption="A hotel above Nyvik in heavy snow on {weekday}.",
            ),
        ),
    ),
    dict(
        key="teachers",
        section="world",
        place="Quorra",
        decoys=("Teachers' Federation calls off strike after pay offer",),
        takes=(
            dict(
                outlet="QH",
                head="Teachers strike across Sundravel over pay",
                alt=("Schools close as teachers walk out nationwide",),
                lede="Most state schools in Sundravel were closed on {weekday} as teachers held a one-day "
                "national strike over pay, the first such walkout in more than 20 years.",
                paras=(
                    "The Teachers' Federation said more than 80 percent of its members had taken part.",
                    "Thousands marched through Quorra to the education ministry.",
                    "Parents scrambled to find childcare, and some brought children to work.",
                    "Private schools, which are not covered by the dispute, stayed open.",
                ),
                quote="“We love our jobs, but we cannot pay rent with love,” said Odile Sarn, head of the "
                "federation.",
                sub="Rent and love",
                caption="Teachers march in Quorra on {weekday}.",
            ),
            dict(
                outlet="SPS",
                head="Minister offers talks as teachers walk out",
                alt=("Kell invites teachers' union to pay talks",),
                lede="Education Minister Isadora Kell offered on {weekday} to reopen pay talks with teachers, "
                "as a national strike closed most of the kingdom's schools.",
                paras=(
                    "Kell said the government's offer of a 4 percent rise was fair but that she was willing "
                    "to discuss working hours.",
                    "The federation wants 9 percent to make up for two years of high inflation.",
                    "Opposition parties backed the teachers' demands.",
                    "The federation said it would consider the invitation but would not call off a second "
                    "strike "
                    "planned for next month.",
                ),
                quote="“My door is open, today and every day,” Kell told parliament.",
                sub="Four or nine",
                caption="Education Minister Isadora Kell in parliament on {weekday}.",
            ),
        ),
    ),
)

ABSENT = (
    "Kiri Ashdown to run Oda Falls half marathon",
    "Lisbet Aune elected mayor of Glassmere",
    "Isolde Brecker joins board of Tirrin Metals",
    "Elias Gundersby to audit Quorra Philharmonic Society",
    "Annika Strand opens Belvane sports hall",
    "Odile Sarn backs Hollin Cross science campus",
    "Mayor Halvard Rist visits Vesk border crossing",
    "Edvin Moss wins damages from Nyvik Alpine Resorts",
)

#: Who takes over a project after its head is dismissed (in this order, across projects).
SUCCESSORS = (
    "Wilma Skarsgate",
    "Cosmo Lindahl",
    "Idun Berglow",
    "Severin Maple",
    "Rakel Brann",
    "Leif Corvin",
    "Embla Stoke",
    "Tarjei Vinter",
    "Saga Ellery",
    "Magnar Oddsen",
    "Freja Calloway",
    "Jostein Rall",
    "Ylva Durant",
    "Aksel Penhale",
    "Runa Kestrel",
)

FEMALE = frozenset(
    "Hanne Berit Mirela Pippa Tove Henrike Amara Wenna Dorotea Ottoline Ragna Lisbet Kjersti Mathilde "
    "Ingeborg "
    "Delphine Nell Greta Rosamund Cordelia Isadora Liesel Sigrun Clemence Hedda Rhoswen Ludmila Oona Sunniva "
    "Maud Astrid Tamsin Octavia Wilma Idun Rakel Embla Saga Freja Ylva Runa".split()
)
