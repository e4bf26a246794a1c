"""The ``calibrate`` world: the Republic of Varenholm, its towns, people, firms and events.

Invented from end to end (no real place, person, company or sentence). ``make.py`` turns
it into the ``calibrate`` archive; ``world_heldout.py`` is another world, sharing no name
and no phrasing with this one. Templates take ``{slots}``: a project's names (``project``,
``short``, ``place``, ``org``, ``auth``, ``auth_h``, ``chief``, ``critic``, ``minister``,
``contractor``, ``purpose``, ``site``), numbers drawn per story (``weekday``, ``n``,
``cost``, ...), and the world's ``country`` and currency (``cur``). A slot written with a
capital (``{Project}``) is the value with its first letter capitalised.
"""

NAME = "calibrate"
START = (2026, 2, 2)
COUNTRY = "Varenholm"
CURRENCY = ("korra", "korras")
#: Days the archive spans.
SPAN_DAYS = 170

#: (code, name, dateline form or None, byline names). ``{PLACE}`` is the place in capitals.
OUTLETS = (
    ("VNA", "Varenholm News Agency", "{PLACE} (VNA) – ", ()),
    ("OC", "Ostrel Courier", "{PLACE}, Varenholm (OC) — ", ("Hanna Roe", "Mattis Berle")),
    ("CW", "Coastline Wire", "{PLACE}, {mon} {day} (CW) -- ", ()),
    ("SBC", "Skerrin Broadcasting", "{PLACE} (SBC) - ", ("Ailsa Conway",)),
    ("TDP", "Tallowmere Daily Post", None, ("Per Lundgard", "Vivi Ashcombe")),
    ("KH", "Kessora Herald", "{Place} – ", ("Ottar Brune",)),
)

#: Long-running projects: several stories each, over weeks.
STORYLINES = (
    dict(
        key="barrage",
        section="economy",
        project="Tallowmere tidal barrage",
        short="barrage",
        place="Tallowmere",
        org="Varenholm Tidal Power",
        chief="Ines Marlow",
        chief_role="chief executive",
        auth="Tallowmere district council",
        auth_h="Tallowmere council",
        critic="Friends of the Tallowmere Estuary",
        critic_head="Petra Vosk",
        critic_role="chairwoman",
        minister="Benedikt Sorel",
        ministry="Energy",
        contractor="Brannock & Hale",
        purpose="generate electricity for about 180,000 homes",
        site="the mouth of the Tallow estuary",
    ),
    dict(
        key="raillink",
        section="world",
        project="Ostrel-Vinmouth rail link",
        short="rail link",
        place="Vinmouth",
        org="Northern Rail Board",
        chief="Lucan Pryor",
        chief_role="chairman",
        auth="Vinmouth borough council",
        auth_h="Vinmouth council",
        critic="Vinmouth Residents' Alliance",
        critic_head="Jalen Mott",
        critic_role="spokesman",
        minister="Aurel Dask",
        ministry="Transport",
        contractor="Ostmere Construction",
        purpose="cut the journey between Ostrel and Vinmouth to 40 minutes",
        site="the old freight yard north of Vinmouth station",
    ),
    dict(
        key="metro",
        section="world",
        project="Kessora metro Line 3 extension",
        short="metro extension",
        place="Kessora",
        org="Kessora Metro Authority",
        chief="Nadia Ferro",
        chief_role="director general",
        auth="Kessora city council",
        auth_h="Kessora council",
        critic="Kessora Shopkeepers' Guild",
        critic_head="Konrad Bale",
        critic_role="president",
        minister="Aurel Dask",
        ministry="Transport",
        contractor="Lisk Engineering Group",
        purpose="carry 90,000 passengers a day to the eastern suburbs",
        site="Saltmarket Square",
    ),
    dict(
        key="lithium",
        section="economy",
        project="Dunmerrow lithium mine",
        short="mine",
        place="Dunmerrow",
        org="Greyfell Minerals",
        chief="Corin Vael",
        chief_role="managing director",
        auth="Dunmerrow valley authority",
        auth_h="Dunmerrow authority",
        critic="Dunmerrow Valley Farmers' Union",
        critic_head="Tomas Brenn",
        critic_role="leader",
        minister="Yusra Kellan",
        ministry="Environment",
        contractor="Tarrant Civil Works",
        purpose="produce enough lithium for 300,000 car batteries a year",
        site="the slopes above Dunmerrow village",
    ),
    dict(
        key="terminal",
        section="economy",
        project="Carraway Point container terminal",
        short="terminal",
        place="Carraway Point",
        org="Carraway Port Company",
        chief="Arvid Hollis",
        chief_role="chief executive",
        auth="Coastal Planning Board",
        auth_h="Coastal Planning Board",
        critic="Coastal Dockers' Union",
        critic_head="Mila Hartigan",
        critic_role="general secretary",
        minister="Celia Dunstan",
        ministry="Maritime",
        contractor="Harlan Dredging",
        purpose="double the port's capacity to two million containers a year",
        site="the reclaimed land south of the old harbour",
    ),
    dict(
        key="hospital",
        section="world",
        project="Pellinor children's hospital",
        short="hospital",
        place="Pellinor",
        org="Pellinor Health Trust",
        chief="Anouk Pellew",
        chief_role="chief executive",
        auth="Pellinor county assembly",
        auth_h="Pellinor assembly",
        critic="Pellinor Nurses' Association",
        critic_head="Greta Orme",
        critic_role="secretary",
        minister="Sabine Ortholt",
        ministry="Health",
        contractor="Kellwood Builders",
        purpose="treat 40,000 young patients a year",
        site="the former barracks on Pellinor's eastern edge",
    ),
    dict(
        key="forest",
        section="science",
        project="Iskarn forest research station",
        short="research station",
        place="Iskarn",
        org="Varenholm Forestry Service",
        chief="Oskar Brannagh",
        chief_role="director",
        auth="Iskarn regional council",
        auth_h="Iskarn council",
        critic="Iskarn Timber Cooperative",
        critic_head="Hesper Lind",
        critic_role="chair",
        minister="Yusra Kellan",
        ministry="Environment",
        contractor="Greenhollow Surveys",
        purpose="study 12,000 hectares of old pine forest",
        site="the upper Iskarn valley",
    ),
    dict(
        key="ferry",
        section="world",
        project="Lisk ferry terminal",
        short="ferry terminal",
        place="Lisk",
        org="Skerrin Ferries",
        chief="Signe Tallis",
        chief_role="managing director",
        auth="Maritime Safety Office",
        auth_h="Maritime Safety Office",
        critic="Lisk Fishermen's Society",
        critic_head="Rurik Doane",
        critic_role="chairman",
        minister="Celia Dunstan",
        ministry="Maritime",
        contractor="Orrin Shipyards",
        purpose="board ferries of 600 passengers and 150 cars for Skerrin",
        site="the ferry pier at Lisk",
    ),
    dict(
        key="museum",
        section="culture",
        project="Kessora Museum of the Sea renovation",
        short="renovation",
        place="Kessora",
        org="Kessora Museum of the Sea",
        chief="Cassius Wren",
        chief_role="director",
        auth="National Heritage Board",
        auth_h="Heritage Board",
        critic="Friends of the Old Museum",
        critic_head="Ottilie March",
        critic_role="founder",
        minister="Lorne Vasko",
        ministry="Culture",
        contractor="Wexley Restoration",
        purpose="double the museum's gallery space",
        site="the old customs house on the harbour front",
    ),
    dict(
        key="desal",
        section="science",
        project="Orrin Bay desalination plant",
        short="desalination plant",
        place="Orrin Bay",
        org="Orrin Water",
        chief="Dario Quint",
        chief_role="chief executive",
        auth="Orrin Bay town council",
        auth_h="Orrin Bay council",
        critic="Orrin Bay Anglers' Club",
        critic_head="Fen Hadley",
        critic_role="secretary",
        minister="Yusra Kellan",
        ministry="Environment",
        contractor="Tarrant Civil Works",
        purpose="supply 120 million litres of drinking water a day",
        site="the headland north of the bay",
    ),
    dict(
        key="steel",
        section="economy",
        project="Ravensholt steelworks overhaul",
        short="steelworks",
        place="Ravensholt",
        org="Halbrand Steel",
        chief="Maren Osk",
        chief_role="chief executive",
        auth="Ravensholt district council",
        auth_h="Ravensholt council",
        critic="Metalworkers' Federation",
        critic_head="Edda Kjell",
        critic_role="president",
        minister="Teodor Brask",
        ministry="Industry",
        contractor="Lisk Engineering Group",
        purpose="replace two coal-fired furnaces with electric ones",
        site="the works beside the Raven river",
    ),
    dict(
        key="stadium",
        section="culture",
        project="Ostrel national stadium",
        short="stadium",
        place="Ostrel",
        org="Ostrel Sports Trust",
        chief="Bertil Canmore",
        chief_role="chairman",
        auth="Ostrel city council",
        auth_h="Ostrel council",
        critic="Harbourside Park Neighbours",
        critic_head="Yolanda Sixsmith",
        critic_role="organiser",
        minister="Lorne Vasko",
        ministry="Culture",
        contractor="Kellwood Builders",
        purpose="seat 42,000 spectators",
        site="Harbourside Park",
    ),
)

#: Smaller projects, in one to three stories: what names recur across the archive.
#: (key, section, project, short, place, org, chief, chief_role, auth, auth_h, purpose, site)
MINOR = (
    (
        "ringroad",
        "world",
        "Kessora ring road widening",
        "road widening",
        "Kessora",
        "National Roads Agency",
        "Wilhelmina Cray",
        "director",
        "Kessora city council",
        "Kessora council",
        "ease traffic on the capital's busiest junctions",
        "the northern section of the ring road",
    ),
    (
        "seawall",
        "world",
        "Vinmouth seawall",
        "seawall",
        "Vinmouth",
        "Vinmouth Harbour Commission",
        "Gideon Pask",
        "harbourmaster",
        "Vinmouth borough council",
        "Vinmouth council",
        "protect the old town from winter storms",
        "the promenade below the old town",
    ),
    (
        "fishmarket",
        "economy",
        "Lisk fish market rebuild",
        "fish market",
        "Lisk",
        "Lisk Harbour Trust",
        "Marit Solberg",
        "chairwoman",
        "Lisk town council",
        "Lisk council",
        "give the town's 90 trawlers a modern auction hall",
        "the east quay",
    ),
    (
        "windfarm",
        "economy",
        "Merrowdeep wind farm",
        "wind farm",
        "Merrowdeep",
        "Northwind Energy",
        "Halvor Stene",
        "chief executive",
        "Merrowdeep district council",
        "Merrowdeep council",
        "power 95,000 homes from 40 turbines",
        "the moor above Merrowdeep",
    ),
    (
        "library",
        "culture",
        "Pellinor university library",
        "library",
        "Pellinor",
        "University of Pellinor",
        "Iris Kavanagh",
        "vice-chancellor",
        "Pellinor county assembly",
        "Pellinor assembly",
        "hold two million books and 3,000 study places",
        "the university's south lawn",
    ),
    (
        "lighthouse",
        "culture",
        "Carraway Point lighthouse restoration",
        "lighthouse restoration",
        "Carraway Point",
        "Coastal Heritage Society",
        "Elspeth Morrow",
        "president",
        "Coastal Planning Board",
        "Coastal Planning Board",
        "turn the keeper's cottages into a small museum",
        "the rocks at the tip of the point",
    ),
    (
        "cyclebridge",
        "world",
        "Tallowmere cycle bridge",
        "cycle bridge",
        "Tallowmere",
        "Tallowmere district council",
        "Joakim Rudd",
        "council leader",
        "Tallowmere district council",
        "Tallowmere council",
        "link the two halves of the town for walkers and cyclists",
        "the narrowest point of the river",
    ),
    (
        "tramdepot",
        "world",
        "Ostrel tram depot",
        "tram depot",
        "Ostrel",
        "Ostrel City Transport",
        "Fenna Holt",
        "managing director",
        "Ostrel city council",
        "Ostrel council",
        "house 60 new low-floor trams",
        "the old gasworks site",
    ),
    (
        "watertreat",
        "science",
        "Dunmerrow water treatment works",
        "treatment works",
        "Dunmerrow",
        "Upland Water Company",
        "Basil Okonkwo-Reyes",
        "chief engineer",
        "Dunmerrow valley authority",
        "Dunmerrow authority",
        "clean the river below the mine",
        "the flood meadows south of the village",
    ),
    (
        "mountainroad",
        "world",
        "Iskarn mountain road",
        "mountain road",
        "Iskarn",
        "National Roads Agency",
        "Wilhelmina Cray",
        "director",
        "Iskarn regional council",
        "Iskarn council",
        "keep the upper valley open through the winter",
        "the Iskarn pass",
    ),
    (
        "marina",
        "economy",
        "Orrin Bay marina",
        "marina",
        "Orrin Bay",
        "Baywater Leisure",
        "Sander Voll",
        "owner",
        "Orrin Bay town council",
        "Orrin Bay council",
        "moor 400 yachts",
        "the old boatyard",
    ),
    (
        "housing",
        "world",
        "Ravensholt riverside housing estate",
        "housing estate",
        "Ravensholt",
        "Ravensholt Homes Cooperative",
        "Agnete Fairlie",
        "chairwoman",
        "Ravensholt district council",
        "Ravensholt council",
        "provide 1,200 affordable flats",
        "the disused rail sidings by the river",
    ),
    (
        "stationroof",
        "culture",
        "Kessora Central station roof",
        "station roof",
        "Kessora",
        "Northern Rail Board",
        "Lucan Pryor",
        "chairman",
        "National Heritage Board",
        "Heritage Board",
        "restore the 140-year-old iron and glass canopy",
        "the main concourse",
    ),
    (
        "firestation",
        "world",
        "Vinmouth fire station",
        "fire station",
        "Vinmouth",
        "Coastal Fire Service",
        "Roald Essen",
        "chief fire officer",
        "Vinmouth borough council",
        "Vinmouth council",
        "cut response times in the harbour district",
        "the corner of Rope Street",
    ),
    (
        "solar",
        "economy",
        "Pellinor solar park",
        "solar park",
        "Pellinor",
        "Brightfield Power",
        "Lavinia Stroud",
        "founder",
        "Pellinor county assembly",
        "Pellinor assembly",
        "cover 300 hectares of poor farmland with panels",
        "the plateau west of Pellinor",
    ),
    (
        "airport",
        "economy",
        "Ostrel airport terminal",
        "airport terminal",
        "Ostrel",
        "Ostrel Airport Company",
        "Tancred Ibsen-Hale",
        "chief executive",
        "Ostrel city council",
        "Ostrel council",
        "handle eight million passengers a year",
        "the western apron",
    ),
    (
        "school",
        "world",
        "Tessford secondary school",
        "school",
        "Tessford",
        "Tessford Education Board",
        "Marguerite Lyle",
        "chair",
        "Tessford town council",
        "Tessford council",
        "teach 1,400 pupils in one building",
        "the old brickworks",
    ),
    (
        "bypass",
        "world",
        "Ambleth bypass",
        "bypass",
        "Ambleth",
        "National Roads Agency",
        "Wilhelmina Cray",
        "director",
        "Ambleth district council",
        "Ambleth council",
        "take lorries out of the market town",
        "the fields east of Ambleth",
    ),
    (
        "grainquay",
        "economy",
        "Saltreach grain quay",
        "grain quay",
        "Saltreach",
        "Saltreach Port Trust",
        "Hamish Dorney",
        "chairman",
        "Saltreach town council",
        "Saltreach council",
        "load ships with the region's wheat",
        "the end of the outer harbour",
    ),
    (
        "hydrogen",
        "economy",
        "Ravensholt hydrogen plant",
        "hydrogen plant",
        "Ravensholt",
        "Halbrand Steel",
        "Maren Osk",
        "chief executive",
        "Ravensholt district council",
        "Ravensholt council",
        "make fuel for the steelworks' furnaces",
        "the works' eastern yard",
    ),
    (
        "gallery",
        "culture",
        "Quellhaven art gallery",
        "art gallery",
        "Quellhaven",
        "Quellhaven Arts Foundation",
        "Rosalie Dumont",
        "director",
        "Quellhaven town council",
        "Quellhaven council",
        "show the national collection of seascapes",
        "the old lifeboat house",
    ),
    (
        "floodbasin",
        "science",
        "Dovrin flood basin",
        "flood basin",
        "Dovrin",
        "Varenholm Rivers Agency",
        "Anders Fjell",
        "chief engineer",
        "Dovrin district council",
        "Dovrin council",
        "hold back floodwater from the Dovrin river",
        "the water meadows west of Dovrin",
    ),
    (
        "busdepot",
        "world",
        "Kessora electric bus depot",
        "bus depot",
        "Kessora",
        "Kessora City Buses",
        "Ulrike Maas",
        "managing director",
        "Kessora city council",
        "Kessora council",
        "charge 200 electric buses overnight",
        "the former dairy on Tanner Road",
    ),
    (
        "jail",
        "world",
        "Hask prison expansion",
        "prison expansion",
        "Hask",
        "Varenholm Prison Service",
        "Desmond Achebe-Rowe",
        "director general",
        "Hask district council",
        "Hask council",
        "add 400 cells to the overcrowded jail",
        "the land behind the existing walls",
    ),
    (
        "theatre",
        "culture",
        "Vinmouth Royal Theatre refit",
        "theatre refit",
        "Vinmouth",
        "Vinmouth Theatre Company",
        "Philippa Ashby",
        "artistic director",
        "Vinmouth borough council",
        "Vinmouth council",
        "give the 1890s theatre a modern stage",
        "the theatre on Quay Street",
    ),
    (
        "coldstore",
        "economy",
        "Lisk cold store",
        "cold store",
        "Lisk",
        "Northern Seafood Cooperative",
        "Bjorn Tavish",
        "chairman",
        "Lisk town council",
        "Lisk council",
        "freeze 20,000 tonnes of fish a year",
        "the industrial estate behind the harbour",
    ),
    (
        "sciencepark",
        "science",
        "Pellinor science park",
        "science park",
        "Pellinor",
        "University of Pellinor",
        "Iris Kavanagh",
        "vice-chancellor",
        "Pellinor county assembly",
        "Pellinor assembly",
        "house 60 young technology firms",
        "the former airfield",
    ),
    (
        "icerink",
        "culture",
        "Ostrel ice rink",
        "ice rink",
        "Ostrel",
        "Ostrel Sports Trust",
        "Bertil Canmore",
        "chairman",
        "Ostrel city council",
        "Ostrel council",
        "host the national skating championships",
        "the park behind the football ground",
    ),
    (
        "reservoir",
        "science",
        "Iskarn reservoir",
        "reservoir",
        "Iskarn",
        "Upland Water Company",
        "Basil Okonkwo-Reyes",
        "chief engineer",
        "Iskarn regional council",
        "Iskarn council",
        "store water for the dry summers",
        "the lower Iskarn valley",
    ),
    (
        "powercable",
        "economy",
        "Skerrin power cable",
        "power cable",
        "Lisk",
        "Varenholm Grid",
        "Torvald Eng",
        "chief executive",
        "Maritime Safety Office",
        "Maritime Safety Office",
        "carry electricity from the mainland to Skerrin",
        "the seabed between Lisk and Skerrin",
    ),
    (
        "baths",
        "culture",
        "Saltreach harbour baths",
        "harbour baths",
        "Saltreach",
        "Saltreach Swimming Club",
        "Leonie Graff",
        "president",
        "Saltreach town council",
        "Saltreach council",
        "reopen the 1930s sea-water pool",
        "the rocks below the promenade",
    ),
    (
        "incinerator",
        "science",
        "Dovrin waste incinerator",
        "incinerator",
        "Dovrin",
        "Cleanway Energy",
        "Ruben Aske",
        "chief executive",
        "Dovrin district council",
        "Dovrin council",
        "burn 300,000 tonnes of household rubbish a year",
        "the old quarry north of Dovrin",
    ),
    (
        "coastpath",
        "culture",
        "Carraway coast path",
        "coast path",
        "Carraway Point",
        "Coastal Heritage Society",
        "Elspeth Morrow",
        "president",
        "Coastal Planning Board",
        "Coastal Planning Board",
        "open 60 kilometres of cliff walks",
        "the cliffs between the point and Saltreach",
    ),
    (
        "mill",
        "economy",
        "Tessford textile mill reopening",
        "textile mill",
        "Tessford",
        "Loomwright Fabrics",
        "Odessa Vine",
        "founder",
        "Tessford town council",
        "Tessford council",
        "bring 300 weaving jobs back to the town",
        "the mill on the canal",
    ),
    (
        "viaduct",
        "world",
        "Vinmouth viaduct repair",
        "viaduct repair",
        "Vinmouth",
        "Northern Rail Board",
        "Lucan Pryor",
        "chairman",
        "Vinmouth borough council",
        "Vinmouth council",
        "restore the 1880s viaduct over the estuary",
        "the river mouth",
    ),
    (
        "maternity",
        "world",
        "Ambleth maternity unit",
        "maternity unit",
        "Ambleth",
        "Ambleth Health Trust",
        "Sigrid Holloway",
        "chief executive",
        "Ambleth district council",
        "Ambleth council",
        "deliver 2,000 babies a year close to home",
        "the hospital's north wing",
    ),
    (
        "heating",
        "science",
        "Kessora district heating network",
        "heating network",
        "Kessora",
        "Kessora Energy Company",
        "Felix Aarland",
        "chief executive",
        "Kessora city council",
        "Kessora council",
        "warm 30,000 flats with waste heat",
        "the streets of the old town",
    ),
    (
        "festival",
        "culture",
        "Tallowmere festival arena",
        "festival arena",
        "Tallowmere",
        "Tallowmere Music Festival",
        "Kit Bellamy",
        "organiser",
        "Tallowmere district council",
        "Tallowmere council",
        "hold 50,000 people for the summer festival",
        "the water meadows",
    ),
    (
        "drydock",
        "economy",
        "Orrin Shipyards dry dock",
        "dry dock",
        "Orrin Bay",
        "Orrin Shipyards",
        "Gunnar Blix",
        "managing director",
        "Orrin Bay town council",
        "Orrin Bay council",
        "repair ships of up to 200 metres",
        "the southern end of the yard",
    ),
    (
        "cycleway",
        "world",
        "Hask valley cycleway",
        "cycleway",
        "Hask",
        "Varenholm Cycling Union",
        "Noor Eldring",
        "chair",
        "Hask district council",
        "Hask council",
        "link eight villages by bicycle",
        "the disused railway line",
    ),
)

#: Local groups and people who object to the smaller projects (drawn per project).
CRITICS = (
    ("{place} Residents' Association", "Nils Arden", "chairman"),
    ("Save Our {place} Campaign", "Rosalind Tey", "founder"),
    ("{place} Civic Trust", "Ebba Stromberg", "secretary"),
    ("{place} Ratepayers' Group", "Caspar Lowe", "spokesman"),
)
MINISTERS = (
    ("Aurel Dask", "Transport"),
    ("Benedikt Sorel", "Energy"),
    ("Yusra Kellan", "Environment"),
    ("Teodor Brask", "Industry"),
    ("Lorne Vasko", "Culture"),
)
CONTRACTORS = (
    "Brannock & Hale",
    "Ostmere Construction",
    "Kellwood Builders",
    "Tarrant Civil Works",
    "Lisk Engineering Group",
)

#: Events that happen to a project. ``phase`` orders them within a storyline; ``head`` is the
#: headline the story's own outlet gives it, ``alt`` what another editor would write for the
#: same lede; ``lede``, ``paras``, ``quote``, ``sub`` (subheads) and ``caption`` vary per story.
FRAMES = {
    "consult": dict(
        phase=0,
        head=("{Org} asks {place} residents for views on {project}",),
        alt=(
            "Public consultation opens on {place} {short} plans",
            "{Place} invited to have its say on planned {short}",
        ),
        lede=(
            "{Org} on {weekday} opened a public consultation on the {project}, inviting residents of "
            "{place} to comment on designs for a scheme meant to {purpose}.",
            "Residents of {place} have {weeks} weeks to give their views on the {project}, {org} said on "
            "{weekday} as it published the first detailed drawings of the scheme.",
        ),
        paras=(
            "The drawings place the {short} at {site}, with new access roads and a planted buffer that "
            "the developer says will hide most of the works from nearby homes.",
            "Exhibitions will be held in the town hall and in two village halls nearby, and the plans "
            "can be read online. {Org} said it would publish a summary of every response before it "
            "seeks approval from the {auth}.",
            "The developer puts the cost at {cost} {cur} and says construction could begin as early as "
            "{year_start} if the plans are approved without a public inquiry.",
        ),
        quote=(
            "“We want to hear the awkward questions now, not at the public inquiry,” {chief}, "
            "{chief_role} of {org}, told reporters at the launch.",
            "The {critic} called the consultation “a box-ticking exercise” and urged members to send in "
            "objections. “Nothing in these drawings answers the questions we asked a year ago,” said "
            "{critic_head}, the group's {critic_role}.",
        ),
        sub=("'The awkward questions'", "Drawings on show", "Objections urged"),
        caption=(
            "Visitors look at drawings of the {project} at an exhibition in {place} on {weekday}.",
            "A model of the planned {short} on display in {place}.",
        ),
    ),
    "approve": dict(
        phase=1,
        head=("{Auth_h} gives final approval to {project}",),
        alt=(
            "Building can start on {place} {short} after {auth_h} decision",
            "{Project} cleared to go ahead",
            "Final green light for {place} {short}",
        ),
        lede=(
            "The {auth} gave its final approval on {weekday} to the {project}, clearing the way for "
            "{org} to begin work on a scheme designed to {purpose}.",
            "{Org}'s plans for the {project} won final approval from the {auth} on {weekday}, after "
            "{n} years of studies, hearings and redrawn designs.",
        ),
        paras=(
            "Members voted {votes_for} to {votes_against} in favour after a debate that ran late into "
            "the evening. Work is due to start within {months} months at {site}.",
            "The approval comes with {n2} conditions, among them limits on night-time work and a fund "
            "of {small_money} {cur} to compensate nearby households for noise and dust.",
            "{Org} expects the {short} to cost about {cost} {cur}, most of it borrowed from a group of "
            "domestic banks, and to be finished in {year}.",
        ),
        quote=(
            "“This is the day the {short} stopped being a drawing and became a building site,” said "
            "{chief}, {chief_role} of {org}.",
            "{Critic_head}, {critic_role} of the {critic}, said the group would study the conditions "
            "“line by line” before deciding whether to challenge the decision in court.",
        ),
        sub=("'A long road'", "Conditions attached", "'Line by line'"),
        caption=(
            "Members of the {auth} vote on the {project} in {place} on {weekday}.",
            "The site of the planned {short} at {site}.",
        ),
    ),
    "fasttrack": dict(
        phase=1,
        head=("Parliament passes law to speed up {project}",),
        alt=("Lawmakers fast-track {place} {short}", "{Project} to skip regional appeals under new law"),
        lede=(
            "{Country}'s parliament on {weekday} passed a law that removes several layers of planning "
            "review from the {project}, a move the government says will save at least {n} years.",
            "Lawmakers voted {votes_for} to {votes_against} on {weekday} to fast-track the {project}, "
            "limiting the grounds on which opponents can appeal against it.",
        ),
        paras=(
            "Under the new law, appeals against the {short} go straight to the Supreme Court, which "
            "must rule within {months} months, instead of passing through regional tribunals first.",
            "{Minister_role} {minister} told the chamber that the {short} was too important to be held "
            "up by “procedure for procedure's sake”.",
            "Opposition members accused the government of rushing the bill through in a single sitting "
            "and said it set a precedent for other disputed projects.",
        ),
        quote=(
            "“A law written for one scheme is a bad law, however good the scheme,” said {critic_head} "
            "of the {critic}, who watched the vote from the public gallery.",
            "“Every year of delay costs us money and costs {place} jobs,” {minister} said after the vote.",
        ),
        sub=("'Procedure for its own sake'", "Straight to the Supreme Court", "Gallery protest"),
        caption=(
            "Lawmakers vote on the {short} bill in parliament in Kessora on {weekday}.",
            "{Minister_role} {minister} speaks in parliament on {weekday}.",
        ),
    ),
    "contract": dict(
        phase=2,
        head=("{Contractor} wins contract to build {project}",),
        alt=(
            "{Org} picks {contractor} as builder for {place} {short}",
            "Construction deal for {place} {short} goes to {contractor}",
        ),
        lede=(
            "{Org} on {weekday} awarded the main construction contract for the {project} to "
            "{contractor}, choosing it over {n} rival bidders in a deal worth {cost} {cur}.",
            "{Contractor} will build the {project} after {org} named it preferred bidder on {weekday}, "
            "ending a tender that had drawn interest from firms in three countries.",
        ),
        paras=(
            "The contract covers the {short} itself, the access roads and {n2} years of maintenance "
            "after completion. {Contractor} said it would employ about {jobs} people at the peak of "
            "the works.",
            "A losing bidder said it was considering a complaint to the competition authority, arguing "
            "that the tender rules had been changed late in the process.",
            "{Contractor} built two of {country}'s largest bridges in the past decade, but was fined "
            "last year for late completion of a motorway section near Lisk.",
        ),
        quote=(
            "“We offered the best price, the shortest schedule and the most local jobs,” a spokeswoman "
            "for {contractor} said.",
            "“The firm that builds the {short} will be in {place} for years, so we chose carefully,” "
            "{chief} said.",
        ),
        sub=("Rival bids", "'Chosen carefully'", "A record of delays"),
        caption=(
            "Executives of {org} and {contractor} sign the contract in Kessora on {weekday}.",
            "Survey markers on the site of the {project}.",
        ),
    ),
    "protest": dict(
        phase=2,
        head=("Thousands march in {place} against {project}",),
        alt=(
            "{Place} protesters take to the streets over {short}",
            "Crowds rally against {short} plans in {place}",
        ),
        lede=(
            "Several thousand people marched through {place} on {weekday} to protest against the "
            "{project}, which opponents say will {harm}.",
            "Protesters filled the centre of {place} on {weekday}, chanting and waving banners against "
            "the {project} in the largest demonstration the town has seen in years.",
        ),
        paras=(
            "Police put the crowd at about {crowd}; organisers said more than twice as many had come, "
            "some by bus from villages up to {km} kilometres away.",
            "The march ended outside the offices of the {auth}, where speakers called on councillors "
            "to withdraw their support for the {short}.",
            "The demonstration was peaceful, police said, although traffic in the town centre was "
            "halted for most of the afternoon.",
        ),
        quote=(
            "“They tell us this is progress. Progress for whom?” {critic_head}, {critic_role} of the "
            "{critic}, asked the crowd.",
            "{Org} said in a statement that it respected the right to protest and that the {short} "
            "would bring “lasting benefits” to {place}.",
        ),
        sub=("'Progress for whom?'", "A peaceful afternoon", "Buses from the villages"),
        caption=(
            "Protesters march against the {project} in {place} on {weekday}.",
            "Banners against the {short} outside the offices of the {auth} in {place}.",
        ),
    ),
    "court": dict(
        phase=3,
        head=("Court suspends work on {project}",),
        alt=("Judges halt {place} {short} pending review", "{Place} {short} frozen by court order"),
        lede=(
            "A court in Kessora on {weekday} ordered {org} to stop work on the {project} until judges "
            "have ruled on a challenge brought by the {critic}.",
            "Work on the {project} was halted on {weekday} after the administrative court granted an "
            "injunction sought by opponents who say the scheme's environmental study was flawed.",
        ),
        paras=(
            "The {critic} argues that the assessment left out {n} protected species and underestimated "
            "the effect of the works on groundwater. A full hearing is set for {month_later}.",
            "Lawyers for {org} told the court that every month of delay would cost about "
            "{small_money} {cur} and put hundreds of jobs at risk.",
            "The injunction applies to all work on site except safety measures and the monitoring of "
            "wells and streams.",
        ),
        quote=(
            "“The law applies to big companies too,” {critic_head} said outside the court.",
            "{Org} said it was “disappointed but confident” and would present new evidence at the hearing.",
        ),
        sub=("'Disappointed but confident'", "The missing species", "A costly pause"),
        caption=(
            "{Critic_head} of the {critic} speaks to reporters outside the court in Kessora on {weekday}.",
            "Idle machinery on the site of the {project}.",
        ),
    ),
    "funding": dict(
        phase=3,
        head=("Government pledges {small_money} {cur} to {project}",),
        alt=("State money for {place} {short}", "{Minister_last} promises public cash for {place} {short}"),
        lede=(
            "The government on {weekday} promised {small_money} {cur} of public money towards the "
            "{project}, filling a gap that had threatened to stall the scheme.",
            "{Minister_role} {minister} announced on {weekday} that the state would put {small_money} "
            "{cur} into the {project}, on top of the loans {org} has already raised.",
        ),
        paras=(
            "The money will come from the national infrastructure fund and will be paid in {n} "
            "instalments, each tied to progress on site.",
            "The pledge brings public support for the {short} to about a quarter of its cost, which "
            "{org} now puts at {cost} {cur}.",
            "Opposition lawmakers questioned why the {short} was chosen over schools and clinics that "
            "have waited years for repairs.",
        ),
        quote=(
            "“This is an investment in {place}, not a gift to a company,” {minister} told reporters.",
            "“We will watch every korra of it,” said {critic_head} of the {critic}.",
        ),
        sub=("Paid in instalments", "'Not a gift'", "Schools and clinics"),
        caption=("{Minister_role} {minister} announces funding for the {project} in {place} on {weekday}.",),
    ),
    "delay": dict(
        phase=4,
        head=("{Project} delayed by at least a year",),
        alt=("{Place} {short} will open late, {org} admits", "New setback pushes back {place} {short}"),
        lede=(
            "{Org} said on {weekday} that the {project} would be finished at least a year later than "
            "planned, blaming {cause}.",
            "The opening of the {project} has slipped to {year}, {org} told the {auth} on {weekday}, the "
            "{nth} delay since construction began.",
        ),
        paras=(
            "Engineers found that {problem}, forcing a redesign of part of the {short}.",
            "{Contractor} said it had added a second shift to recover some of the lost time, but that "
            "work could not go faster without putting crews at risk.",
            "Local businesses that had planned around the original date said the news would cost them "
            "dearly.",
        ),
        quote=(
            "“I would rather open a year late than open something unsafe,” {chief} said.",
            "“Every new date they give us is a date they then miss,” said {critic_head}.",
        ),
        sub=("'A year late'", "Second shift", "Businesses wait"),
        caption=(
            "Construction cranes on the site of the {project} in {place}.",
            "Workers on the {short} site at {site} in {month_prev}.",
        ),
    ),
    "cost": dict(
        phase=4,
        head=("Cost of {project} rises to {cost2} {cur}",),
        alt=("{Place} {short} bill balloons", "{Org} admits {short} will cost far more than promised"),
        lede=(
            "The estimated cost of the {project} has risen to {cost2} {cur}, {org} said on {weekday}, "
            "up from {cost} {cur} when the scheme was approved.",
            "{Org} raised its cost estimate for the {project} on {weekday} by almost {pct} percent, "
            "blaming the price of steel and concrete and changes demanded by regulators.",
        ),
        paras=(
            "The company said it would cover part of the increase by delaying other investments and "
            "would ask its lenders to extend the term of existing loans.",
            "An independent review commissioned by the {auth} found that early estimates had left out "
            "the cost of {extra}.",
            "The new figure does not include the {small_money} {cur} set aside for unforeseen problems, "
            "which the company has already started to draw on.",
        ),
        quote=(
            "“Nobody is happy with this number, least of all us,” {chief} said.",
            "“We warned from the start that the numbers did not add up,” said {critic_head}, "
            "{critic_role} of the {critic}.",
        ),
        sub=("'Least of all us'", "What was left out", "Lenders asked to wait"),
        caption=("Steel reinforcement waits to be laid at the {short} site in {place}.",),
    ),
    "strike": dict(
        phase=4,
        head=("Workers on {project} go on strike",),
        alt=("{Short} site in {place} idle as builders walk out", "Walkout halts work on {place} {short}"),
        lede=(
            "About {jobs} workers building the {project} walked off the job on {weekday}, demanding "
            "higher pay and better safety equipment after an accident on site last month.",
            "Construction of the {project} came to a standstill on {weekday} when workers employed by "
            "{contractor} and its subcontractors began an open-ended strike.",
        ),
        paras=(
            "The builders' union said its members had worked more than {n} months without a pay rise "
            "despite rising living costs in {place}.",
            "{Contractor} said it had offered a {pct} percent increase and would not negotiate while "
            "the strike continued.",
            "Pickets gathered at the main gate from dawn, turning back delivery lorries.",
        ),
        quote=(
            "“We are building something the whole country will use, and we are paid like day "
            "labourers,” said one crane operator at the picket line.",
            "“A strike helps nobody, least of all the workers,” a spokesman for {contractor} said.",
        ),
        sub=("At the picket line", "'Like day labourers'", "No talks during the strike"),
        caption=("Striking workers outside the gates of the {project} site in {place} on {weekday}.",),
    ),
    "inquiry": dict(
        phase=5,
        head=("Auditors open inquiry into {project}",),
        alt=(
            "{Place} {short} spending to be investigated",
            "Audit office turns spotlight on {place} {short}",
        ),
        lede=(
            "The National Audit Office said on {weekday} that it had opened an inquiry into how the "
            "{project} was planned and paid for, after complaints from lawmakers in {place}.",
            "{Country}'s public spending watchdog will investigate the {project}, it announced on "
            "{weekday}, looking at the tender won by {contractor}, the rising bill and the advice "
            "{org} gave ministers.",
        ),
        paras=(
            "Auditor-General Ysolde Crane said her staff would spend about {months} months on the "
            "{short}, and that whatever they found about {org} would be published in full.",
            "The auditors will go through contracts worth {cost} {cur} and the papers {minister} and "
            "officials of the {ministry} ministry saw before public money was committed to {place}.",
            "{Org} said it welcomed the inquiry and had already sent the auditors the minutes of every "
            "board meeting at which the {short} was discussed.",
            "It is the {nth} time in {n} years that the watchdog has looked at a large scheme run from "
            "{place}; the last report, on a bypass, led to two officials being moved.",
        ),
        quote=(
            "“Public money spent in {place} deserves the same scrutiny as money spent in the capital,” "
            "Crane said in a statement.",
            "“We have nothing to hide and a great deal to be proud of,” {chief} said of the {short}.",
            "{Critic_head} of the {critic} said the group had sent the auditors a file of {n2} "
            "complaints and hoped that “at last someone will read it”.",
        ),
        sub=("'Nothing to hide'", "What the auditors will examine", "A file of complaints"),
        caption=(
            "Auditor-General Ysolde Crane at a news conference in Kessora.",
            "The offices of {org} in {place}.",
        ),
    ),
    "fault": dict(
        phase=5,
        head=("Fault found in {project} after tests",),
        alt=("Tests expose flaw in {place} {short}", "{Place} {short} needs repairs before opening"),
        lede=(
            "Engineers testing the {project} found {flaw} on {weekday}, {org} said, and further work "
            "will be needed before the {short} can be used.",
            "A routine inspection of the {project} has uncovered {flaw}, {org} confirmed on {weekday}, "
            "the first serious technical problem since building began.",
        ),
        paras=(
            "The company said no one had been hurt and that the problem had been found before any "
            "damage was done to the rest of the structure.",
            "{Contractor} will carry out the repairs at its own cost under the terms of its contract, "
            "{org} said.",
            "Independent experts will review the design of the affected section.",
        ),
        quote=(
            "“This is what testing is for,” {chief} said. “Better now than after opening day.”",
            "“How many other faults are waiting to be found?” asked {critic_head}.",
        ),
        sub=("'What testing is for'", "Repairs at the builder's cost", "Experts called in"),
        caption=("Engineers inspect the {project} in {place} on {weekday}.",),
    ),
    "resign": dict(
        phase=5,
        personal=True,
        head=("{Chief} resigns as head of {org}",),
        alt=("{Org} chief quits amid {short} troubles", "{Chief_last} steps down at {org}"),
        lede=(
            "{Chief}, the {chief_role} of {org}, resigned on {weekday}, saying the {project} needed "
            "“a fresh pair of hands” after months of setbacks.",
            "{Org} announced on {weekday} that {chief_role} {chief} had stepped down with immediate "
            "effect, weeks after new problems emerged at the {project}.",
        ),
        paras=(
            "{Chief_last} had led the organisation for {n} years and was the public face of the {short}, "
            "defending it at hearings and public meetings across {place}.",
            "{Chief_his} deputy will run the organisation until a successor is found, the board said.",
            "Lawmakers who had called for a change at the top welcomed the resignation but said it did "
            "not answer questions about the {short}'s cost.",
        ),
        quote=(
            "“I am proud of what we have built and sorry for what went wrong,” {chief} said in a letter "
            "to staff.",
            "“A new chief does not fix an old plan,” said {critic_head} of the {critic}.",
        ),
        sub=("'Proud and sorry'", "A successor sought", "Questions remain"),
        caption=("{Chief} at a news conference in {place} last year.",),
    ),
    "visit": dict(
        phase=5,
        head=("Prime Minister tours {project} site",),
        alt=("Vashti visits {place} {short} works", "PM sees progress on {place} {short} for herself"),
        lede=(
            "Prime Minister Oriane Vashti visited the {project} on {weekday}, walking the site with "
            "engineers and promising that the government would stand by the scheme.",
            "Oriane Vashti became the first prime minister to tour the {project} on {weekday}, as "
            "the government sought to show support for a scheme dogged by criticism.",
        ),
        paras=(
            "Vashti spent about two hours on site and met apprentices hired from local schools.",
            "Her visit came days after opposition leaders called for the {short} to be reviewed.",
            "About {crowd} people gathered at the gates, some to cheer and some to jeer.",
        ),
        quote=(
            "“When this is finished, people will wonder why anyone ever doubted it,” Vashti said.",
            "“She came for a photograph, not for answers,” {critic_head} said.",
        ),
        sub=("Apprentices on site", "'Why anyone doubted it'", "Cheers and jeers"),
        caption=(
            "Prime Minister Oriane Vashti wears a hard hat during her visit to the {project} on {weekday}.",
        ),
    ),
    "milestone": dict(
        phase=6,
        head=("Main structure of {project} completed",),
        alt=("Builders finish core of {place} {short}", "{Place} {short} reaches key milestone"),
        lede=(
            "Builders completed the main structure of the {project} on {weekday}, {org} said, leaving "
            "{months} months of fitting out and testing before it opens.",
            "The last section of the {project}'s main structure was put in place on {weekday}, marking "
            "the halfway point of a scheme meant to {purpose}.",
        ),
        paras=(
            "A small ceremony was held on site, with workers signing the final beam before it was "
            "lifted into place.",
            "{Contractor} said it had worked {jobs} shifts without a serious injury.",
            "The next phase includes electrical systems, safety equipment and the landscaping of {site}.",
        ),
        quote=(
            "“Today we can see what we are building,” {chief} told workers.",
            "“It is impressive, I grant them that. It was never about whether they could build it,” "
            "{critic_head} said.",
        ),
        sub=("Signed by the builders", "Fitting out", "'We can see it now'"),
        caption=("Workers celebrate the completion of the main structure of the {project} on {weekday}.",),
    ),
    "expand": dict(
        phase=7,
        head=("{Org} plans second phase of {project}",),
        alt=("{Place} {short} could grow under new plans", "Bigger {short} on the cards for {place}"),
        lede=(
            "{Org} unveiled plans on {weekday} for a second phase of the {project}, which would "
            "increase its size by about a half if approved.",
            "The {project} could be enlarged under plans {org} presented to the {auth} on {weekday}, "
            "even before the first phase is complete.",
        ),
        paras=(
            "The second phase would cost about {cost} {cur} and take {n} years to build.",
            "{Org} said demand had outgrown its own forecasts and that building the extension now "
            "would be cheaper than later.",
            "Residents near {site} said they had not been told about the new plans.",
        ),
        quote=(
            "“We planned for today's needs. Tomorrow's are bigger,” {chief} said.",
            "“The ink is not dry on the first phase,” {critic_head} said.",
        ),
        sub=("'Tomorrow's needs'", "Cheaper now", "Neighbours not told"),
        caption=("An artist's impression of the second phase of the {project}.",),
    ),
    "open": dict(
        phase=8,
        head=("{Project} opens",),
        alt=("{Place} {short} finally in service", "First day for {place}'s new {short}"),
        lede=(
            "The {project} opened on {weekday}, {n} years after it was first proposed, with {org} "
            "promising it would {purpose}.",
            "{Place}'s new {short} went into service on {weekday}, ending years of building work, "
            "disputes and delays at {site}.",
        ),
        paras=(
            "Several hundred people attended the opening ceremony, which included speeches, a brass "
            "band and a minute's silence for a worker who died on site.",
            "The final cost was {cost2} {cur}, {org} said.",
            "Some of those who campaigned against the {short} held a small protest nearby.",
        ),
        quote=(
            "“It is here, it works, and it is ours,” {chief} said.",
            "“We lost the argument, but we will keep watching,” said {critic_head}.",
        ),
        sub=("A minute's silence", "The final bill", "'It is ours'"),
        caption=("Guests at the opening of the {project} in {place} on {weekday}.",),
    ),
    "scrap": dict(
        phase=8,
        head=("{Org} scraps {project}",),
        alt=("{Place} {short} abandoned", "Plug pulled on {place} {short}"),
        lede=(
            "{Org} abandoned the {project} on {weekday}, saying it could no longer be built at a "
            "price anyone would pay.",
            "The {project} will not be built, {org} said on {weekday}, writing off {small_money} {cur} "
            "already spent on studies and preparation.",
        ),
        paras=(
            "The decision follows months of rising costs and legal challenges.",
            "The site at {site} will be restored to its former state, the company said.",
            "Opponents celebrated outside the offices of the {auth}.",
        ),
        quote=(
            "“This is the hardest decision I have had to make,” {chief} said.",
            "“We are relieved, and we are tired,” said {critic_head}.",
        ),
        sub=("Written off", "The site restored", "'Relieved and tired'"),
        caption=("The empty site of the {project} at {site}.",),
    ),
}

#: What goes wrong, what opponents fear: filled into ``{cause}``, ``{problem}``, ``{harm}``,
#: ``{extra}`` and ``{flaw}``, one drawn per story.
WORDS = dict(
    cause=(
        "a shortage of skilled welders",
        "soft ground that needed extra piling",
        "late deliveries of steel from abroad",
        "a winter of storms that flooded the site",
    ),
    problem=(
        "the ground beneath one section was softer than surveys had shown",
        "old mine workings ran closer to the site than expected",
        "a buried water main crossed the route at an awkward angle",
    ),
    harm=(
        "ruin the landscape and drive away visitors",
        "drain wells and damage farmland",
        "bring heavy traffic through quiet streets",
        "destroy the breeding grounds of rare birds",
    ),
    extra=("moving underground cables", "compensating landowners", "protecting archaeological remains"),
    flaw=(
        "cracks in several concrete supports",
        "a leak in a sealed section",
        "faulty wiring in the control room",
        "corrosion on steel joints",
    ),
)

#: Background paragraphs any project story may carry; each at most once per project.
FILLERS = (
    "{Place} has grown quickly over the past decade, and local officials say its roads, schools and "
    "water supply have struggled to keep up.",
    "The {project} was first proposed in {year_first}, but successive governments set it aside for lack "
    "of money.",
    "Opinion polls in the area suggest residents are divided, with younger people more likely to back the "
    "{short} than their parents.",
    "{Org} employs about {jobs} people across {country} and has said it will hire locally where it can.",
    "Opposition parties have asked the {ministry} ministry to publish the full business case for the "
    "{short}, which it has so far kept confidential.",
    "The {auth} has {seats} members, and its ruling coalition holds a majority of only two seats.",
    "{Minister_role} {minister} has called the {short} one of the government's priorities for this "
    "parliament.",
    "Shopkeepers in the centre of {place} say months of roadworks have already cut their takings.",
    "Supporters say the {short} will {purpose} and bring hundreds of jobs to an area where unemployment "
    "is well above the national average.",
    "The {critic}, founded {n} years ago, says it has more than {crowd} members.",
    "{Place}'s economy has long relied on farming and fishing, both of which have shrunk sharply.",
    "Regional elections are due next spring, and the {short} is expected to be a central issue.",
    "Similar projects elsewhere in {country} have run over budget, according to a parliamentary report "
    "published last year.",
    "{Contractor} has worked on several large public projects, including the new courts building in Kessora.",
    "Environmental groups have asked for independent monitoring of air and water quality around {site}.",
    "The national development bank has lent money to the scheme on condition that it meets strict deadlines.",
    "{Chief} joined {org} from the private sector and has described the {short} as the biggest job of "
    "{chief_his} career.",
    "A petition against the {short} has gathered about {crowd} signatures, according to its organisers.",
    "Tourism officials hope the {short} will bring more visitors to {place}, which has lost hotel beds "
    "since the pandemic years.",
    "Planning documents show the {short} would be built in {n} stages, the first of which is the smallest.",
    "The government's latest budget set aside money for several large schemes but did not name the "
    "{short} among them.",
    "Trains, buses and ferries serving {place} have been unreliable this winter, adding to frustration "
    "among commuters.",
    "Local historians have asked that any remains found during the works be recorded before building "
    "continues.",
    "Banks lending to the {short} have asked for quarterly reports on progress and spending.",
    "Officials at the {auth} say they receive more letters about the {short} than about any other "
    "subject, most of them from people living within a few streets of {site}.",
    "{Place} lies about {km} kilometres from Kessora, and many of its residents commute to the capital "
    "by road, a journey that can take well over an hour at peak times.",
    "Last year {org} reported revenue of {cost} {cur}, and its annual report lists the {short} as its "
    "single largest commitment for the rest of the decade.",
    "The {critic} has held monthly meetings in a church hall in {place} since the {short} was first "
    "announced, and says attendance has grown at every one.",
    "Landowners near {site} have been offered compensation, but several say the sums proposed by {org} "
    "fall well short of what their land is worth.",
    "In a survey by the {place} chamber of commerce, {pct} percent of member firms said the {short} "
    "would help their business; most of the rest said it would make no difference.",
    "{Minister} visited {place} in the autumn and promised that the government would not let the "
    "{short} become “another monument to good intentions”.",
    "Engineers working on the {short} have been asked to keep a record of every tree felled and every "
    "well tested, under rules agreed with the {auth}.",
    "The mayor of {place} has backed the {short} in public but told local radio that she wanted "
    "“firmer guarantees” on jobs for people from the town.",
    "The {short} is one of {n2} large schemes listed in the national infrastructure plan, which the "
    "{ministry} ministry updates every two years.",
    "Local newspapers in {place} have printed letters for and against the {short} almost every week "
    "since the plans were first made public in {year_first}.",
    "{Org} has opened an information office in the main street of {place}, where staff answer "
    "questions about the {short} three days a week.",
)

#: Events several outlets covered, each in its own words: each take is one outlet's story.
EVENTS = (
    dict(
        key="ferry-aground",
        section="world",
        place="Skerrin",
        decoys=(
            "Marisol refloated and towed into Haldvik harbour",
            "Skerrin Ferries orders two new ships after Marisol grounding",
        ),
        takes=(
            dict(
                outlet="SBC",
                head="Ferry with 212 aboard runs aground off Skerrin",
                alt=("All passengers rescued after Skerrin ferry grounding",),
                lede="A passenger ferry carrying 212 people ran aground on rocks off the north coast of Skerrin "
                "on {weekday} evening, and everyone on board was brought safely ashore by lifeboats "
                "and fishing boats.",
                paras=(
                    "The Marisol, operated by Skerrin Ferries, struck a reef known locally as the Teeth "
                    "about two kilometres from the harbour of Haldvik in strong winds.",
                    "Rescue crews worked through the night. Nine people were treated in hospital for cold "
                    "and minor injuries.",
                    "The Maritime Safety Office said it had opened an investigation.",
                    "Haldvik's small hospital called in off-duty doctors and nurses, and the town's sports "
                    "hall "
                    "was opened overnight for passengers waiting to be collected by relatives.",
                ),
                quote="“The fishermen got there before anyone else. They saved lives,” said the harbourmaster "
                "of Haldvik, Gudrun Vale.",
                sub="'They saved lives'",
                caption="The ferry Marisol lies on rocks off Skerrin on {weekday}.",
            ),
            dict(
                outlet="VNA",
                day=1,
                head="Captain held after ferry strikes reef near Haldvik",
                alt=("Skerrin ferry captain arrested over grounding",),
                lede="The captain of the ferry Marisol was detained for questioning on {weekday}, a day after "
                "the vessel hit a reef near Haldvik with 212 people aboard, Skerrin police said.",
                paras=(
                    "Investigators want to know why the ship left its usual course in rough seas. Data "
                    "from its navigation system has been sent to specialists in Kessora.",
                    "Skerrin Ferries said the captain had 22 years of experience and an unblemished record.",
                    "Passengers described a loud bang, then the lights going out.",
                    "Under Skerrin law the captain can be held for 48 hours without charge. His lawyer said "
                    "he "
                    "was cooperating fully and had not been drinking.",
                ),
                quote="“It felt like driving into a wall,” said Henrik Aas, a teacher travelling home with "
                "his two children.",
                sub="A loud bang",
                caption="Police officers at the harbour in Haldvik on {weekday}.",
            ),
            dict(
                outlet="CW",
                day=1,
                head="Skerrin grounding revives questions over ageing ferry fleet",
                alt=("Old ferries under scrutiny after Marisol accident",),
                lede="The grounding of the 34-year-old ferry Marisol off Skerrin has renewed calls for the "
                "island's operator to replace its ageing ships, lawmakers and unions said on {weekday}.",
                paras=(
                    "Three of the five ferries serving the island were built before 1995, and two failed "
                    "safety inspections last year before being cleared to sail.",
                    "Skerrin Ferries had promised two new vessels by 2027 but has not placed an order.",
                    "Island businesses said the loss of the Marisol would leave the route short of ships "
                    "in the busy summer months.",
                    "The Marisol itself was due to be retired next year, according to the company's own "
                    "fleet "
                    "plan published in the spring.",
                ),
                quote="“We have been lucky this time. Luck is not a safety policy,” said Rurik Doane of the "
                "Lisk Fishermen's Society.",
                sub="'Luck is not a policy'",
                caption="The Marisol in Haldvik harbour last summer.",
            ),
        ),
    ),
    dict(
        key="rate-rise",
        section="economy",
        place="Kessora",
        decoys=("Bank of Varenholm cuts rates as inflation eases", "Emeric Thorne to step down as governor"),
        takes=(
            dict(
                outlet="VNA",
                head="Bank of Varenholm raises interest rates to 5.25 percent",
                alt=("Central bank lifts rates for third time this year",),
                lede="The Bank of Varenholm raised its main interest rate by a quarter of a percentage point "
                "to 5.25 percent on {weekday}, its third increase this year, citing stubborn inflation.",
                paras=(
                    "Inflation stood at 6.1 percent last month, well above the bank's 2 percent target.",
                    "Six of the nine members of the monetary council voted for the rise; three preferred "
                    "to hold.",
                    "The korra rose slightly against major currencies after the announcement.",
                    "The decision was expected by most economists, although a minority had forecast a pause "
                    "after "
                    "weak retail figures last month.",
                ),
                quote="“We will do what it takes to bring prices back under control,” Governor Emeric Thorne "
                "told reporters.",
                sub="A split council",
                caption="Governor Emeric Thorne at the Bank of Varenholm in Kessora on {weekday}.",
            ),
            dict(
                outlet="KH",
                head="Homeowners face higher bills as rates climb again",
                alt=("Mortgage pain deepens after central bank move",),
                lede="Families with variable-rate mortgages will pay more from next month after the central "
                "bank's decision on {weekday} to push borrowing costs to their highest level in 15 "
                "years.",
                paras=(
                    "A typical household with a loan of 200,000 korras will pay about 40 korras more a "
                    "month, according to calculations by the Kessora Savings Bank.",
                    "Estate agents in the capital said buyers were already pulling out of sales.",
                    "Consumer groups urged lenders to offer payment holidays to those struggling.",
                    "Renters may not escape either, landlords' associations warned, since many landlords "
                    "borrow "
                    "on variable terms themselves.",
                ),
                quote="“Every rise lands on the kitchen table,” said Ulla Brink of the Household Finance "
                "Forum.",
                sub="On the kitchen table",
                caption="Houses for sale in a suburb of Kessora.",
            ),
            dict(
                outlet="CW",
                head="Thorne signals end of tightening is near",
                alt=("Governor hints rate rises may soon stop",),
                lede="Governor Emeric Thorne suggested on {weekday} that the Bank of Varenholm's run of rate "
                "rises could be close to an end, even as he announced a fresh increase.",
                paras=(
                    "Speaking after the decision, Thorne said the bank expected inflation to fall below "
                    "4 percent by the end of the year.",
                    "Markets read the comments as a hint that the next move could be a pause.",
                    "Finance Minister Teodor Brask said the government respected the bank's independence.",
                    "The governor's term ends next spring, and he has not said whether he would accept a "
                    "second "
                    "one if offered.",
                ),
                quote="“We are closer to the summit than to the foot of the hill,” Thorne said.",
                sub="'Closer to the summit'",
                caption="Traders watch screens in Kessora on {weekday}.",
            ),
        ),
    ),
    dict(
        key="codex-theft",
        section="culture",
        place="Ostrel",
        decoys=(
            "Ostrel Codex found in a collector's flat",
            "Ostrel cathedral library closes its doors after theft",
        ),
        takes=(
            dict(
                outlet="OC",
                head="Thieves steal Ostrel Codex from cathedral library",
                alt=("Priceless manuscript taken in Ostrel night raid",),
                lede="A medieval manuscript known as the Ostrel Codex was stolen from the cathedral library "
                "in Ostrel during the night, police said on {weekday}, in what curators called an "
                "irreplaceable loss.",
                paras=(
                    "The thieves forced a side door and disabled an alarm before breaking the glass of "
                    "the display case.",
                    "The codex, a book of psalms copied by monks in the twelfth century, had been on show "
                    "since the library reopened last year.",
                    "Police have asked anyone offered old manuscripts to contact them.",
                    "The codex was insured, but curators said no sum of money could replace a book that had "
                    "survived fires, floods and two wars.",
                ),
                quote="“You cannot sell a thing like this. Everyone knows what it is,” said librarian "
                "Agathe Morel.",
                sub="Glass and a silent alarm",
                caption="The empty display case in the cathedral library in Ostrel on {weekday}.",
            ),
            dict(
                outlet="VNA",
                day=2,
                head="Police seek two men after Ostrel manuscript theft",
                alt=("Hunt on for cathedral library thieves",),
                lede="Police in Ostrel released images on {weekday} of two men they want to question over "
                "the theft of a twelfth-century book of psalms from the city's cathedral library.",
                paras=(
                    "Security cameras filmed the men in a street near the cathedral shortly after 2 a.m.",
                    "Detectives believe the theft was planned over several weeks and may have been "
                    "ordered by a collector.",
                    "A reward of 50,000 korras has been offered by the cathedral chapter.",
                    "Border guards and airports have been given a description of the manuscript, which is "
                    "bound "
                    "in red leather with brass corners.",
                ),
                quote="“We think someone asked for this book by name,” a detective told reporters.",
                sub="Ordered by a collector?",
                caption="An image released by Ostrel police of two men near the cathedral.",
            ),
        ),
    ),
    dict(
        key="cup-final",
        section="culture",
        place="Kessora",
        decoys=(
            "Tallowmere Rovers sack coach after cup final defeat",
            "Kessora United hand Emil Dacre new contract",
        ),
        takes=(
            dict(
                outlet="KH",
                head="Kessora United win cup in extra time",
                alt=("Late goal gives United the cup",),
                lede="Kessora United won the National Cup for the first time in 11 years on {weekday}, "
                "beating Tallowmere Rovers 2-1 after extra time in front of 38,000 fans.",
                paras=(
                    "Striker Emil Dacre scored the winner in the 113th minute with a header from a corner.",
                    "Rovers had led at half-time through a penalty from their captain, Lasse Quarrie.",
                    "Thousands of United supporters celebrated in Saltmarket Square late into the night.",
                    "It was the first final to go to extra time since the competition moved to the national "
                    "stadium in Kessora two decades ago.",
                ),
                quote="“Eleven years is too long for a club like this,” United coach Mira Falk said.",
                sub="Header in the 113th minute",
                caption="Kessora United players lift the National Cup on {weekday}.",
            ),
            dict(
                outlet="TDP",
                head="Heartbreak for Rovers as cup slips away",
                alt=("Tallowmere side beaten in cup final",),
                lede="Tallowmere Rovers came within seven minutes of a penalty shootout in the National Cup "
                "final on {weekday} before a late header ended their hopes of a first trophy since "
                "2009.",
                paras=(
                    "Rovers captain Lasse Quarrie put his side ahead from the penalty spot and they "
                    "defended well until the hour.",
                    "The club's fans, who had travelled in more than 200 coaches, applauded the players "
                    "off the pitch.",
                    "The team will be welcomed home at the town hall at the weekend.",
                    "Rovers' goalkeeper made three fine saves in the second half and was named the best "
                    "player of "
                    "the final by the broadcasters.",
                ),
                quote="“We gave everything. Football is cruel sometimes,” Quarrie said.",
                sub="'Football is cruel'",
                caption="Tallowmere Rovers players after the final whistle on {weekday}.",
            ),
            dict(
                outlet="SBC",
                head="Dacre the hero as United end long wait",
                alt=("Emil Dacre header settles cup final",),
                lede="Emil Dacre, who spent half the season injured, headed the goal that won the National "
                "Cup for Kessora United on {weekday}.",
                paras=(
                    "The 24-year-old came on as a substitute with half an hour left.",
                    "He said afterwards that he had dreamt of the moment since he was a boy in the terraces.",
                    "United's win means they will play in the continental cup next season.",
                    "His mother, who watched from the stand, said she had stopped counting the number of "
                    "balls he "
                    "broke in her garden as a child.",
                ),
                quote="“I closed my eyes and jumped,” Dacre said, laughing.",
                sub="From the terraces",
                caption="Emil Dacre celebrates his goal on {weekday}.",
            ),
        ),
    ),
    dict(
        key="wildfire",
        section="world",
        place="Vinmouth",
        decoys=(
            "Second blaze in a week breaks out near Vinmouth",
            "Man arrested on suspicion of starting Vinmouth wildfire",
        ),
        takes=(
            dict(
                outlet="VNA",
                head="Wildfire forces hundreds from homes near Vinmouth",
                alt=("Vinmouth villages evacuated as fire spreads",),
                lede="A wildfire fanned by strong winds forced about 600 people from their homes in villages "
                "north of Vinmouth on {weekday}, firefighters said.",
                paras=(
                    "The fire has burned about 900 hectares of scrub and pine since it started on a "
                    "hillside the previous afternoon.",
                    "Three helicopters and more than 150 firefighters were fighting the flames.",
                    "No injuries were reported, but several barns and a holiday camp were destroyed.",
                    "Emergency shelters were set up in two schools in Vinmouth, and volunteers brought food, "
                    "blankets and cages for pets.",
                ),
                quote="“The wind changed twice in an hour. We had to run,” said farmer Ilse Grahn.",
                sub="The wind changed",
                caption="Smoke rises over hills north of Vinmouth on {weekday}.",
            ),
            dict(
                outlet="OC",
                head="Drought and heat leave Vinmouth hills ready to burn",
                alt=("Why the Vinmouth fire spread so fast",),
                lede="Months without rain and a week of record heat turned the hills around Vinmouth into "
                "tinder before {weekday}'s fire, forest officials said.",
                paras=(
                    "Rainfall in the region was less than half the usual amount this spring.",
                    "Officials said many landowners had not cleared dry brush despite warnings.",
                    "The Coastal Fire Service said it needed more water bombers for the summer.",
                    "Scientists at the University of Pellinor said fire seasons in the region had grown "
                    "about "
                    "three weeks longer since the 1990s.",
                ),
                quote="“We have been warning about this for three summers,” said fire chief Roald Essen.",
                sub="Warnings ignored",
                caption="Firefighters on a hillside above Vinmouth.",
            ),
            dict(
                outlet="CW",
                day=2,
                head="Evacuees return as Vinmouth blaze is contained",
                alt=("Vinmouth fire under control, residents go home",),
                lede="Residents of villages near Vinmouth were allowed home on {weekday} after firefighters "
                "said a blaze that burned for two days had been contained.",
                paras=(
                    "Some returned to find gardens scorched and windows cracked by heat.",
                    "The regional council promised emergency grants for those who lost property.",
                    "Police said they were investigating whether the fire was started deliberately.",
                    "Firefighters will stay in the area for several days to put out hot spots that could "
                    "flare up "
                    "again if the wind rises.",
                ),
                quote="“The house is standing. That is all I care about,” said pensioner Teo Halm.",
                sub="Emergency grants",
                caption="Residents return to a village near Vinmouth on {weekday}.",
            ),
        ),
    ),
    dict(
        key="general-strike",
        section="world",
        place="Kessora",
        decoys=("Transport Workers' Union calls off Kessora strike after pension deal",),
        takes=(
            dict(
                outlet="KH",
                head="Capital grinds to a halt as transport workers strike",
                alt=("Kessora buses and trains stop in 24-hour strike",),
                lede="Buses, trams and metro trains stopped running in Kessora on {weekday} as transport "
                "workers held a 24-hour strike over pensions, leaving commuters to walk, cycle or stay "
                "at home.",
                paras=(
                    "Traffic jams stretched for kilometres on the ring road during the morning rush.",
                    "Many schools closed and hospitals asked non-urgent patients to stay away.",
                    "The strike was called by the Transport Workers' Union after talks collapsed last week.",
                    "Taxi firms said demand had tripled, and some drivers charged double fares, prompting "
                    "complaints to the city council.",
                ),
                quote="“I left home at six to get here by nine,” said office worker Runa Falk, after walking "
                "11 kilometres.",
                sub="Eleven kilometres on foot",
                caption="Commuters walk along an empty tram line in Kessora on {weekday}.",
            ),
            dict(
                outlet="VNA",
                head="Union and government trade blame over pension strike",
                alt=("Pension dispute hardens after transport stoppage",),
                lede="The government and the Transport Workers' Union blamed each other on {weekday} for a "
                "strike that shut down public transport in the capital, with neither side offering new "
                "talks.",
                paras=(
                    "The dispute is over plans to raise the retirement age for drivers from 60 to 63.",
                    "The union says drivers' health suffers after decades of shift work.",
                    "Transport Minister Aurel Dask called the strike “disproportionate”.",
                    "The union has warned that a second, longer strike could follow next month if the "
                    "retirement "
                    "plan is not withdrawn.",
                ),
                quote="“Drivers are not asking for privileges. They are asking to live long enough to "
                "retire,” union leader Brita Sand said.",
                sub="Retirement at 63",
                caption="Union leader Brita Sand speaks to reporters in Kessora on {weekday}.",
            ),
        ),
    ),
    dict(
        key="landslide",
        section="world",
        place="Iskarn",
        decoys=("Iskarn valley road reopens after landslide is cleared",),
        takes=(
            dict(
                outlet="VNA",
                head="Landslide cuts off Iskarn valley villages",
                alt=("Mudslide blocks only road into upper Iskarn",),
                lede="A landslide after days of heavy rain buried the only road into the upper Iskarn valley "
                "on {weekday}, cutting off four villages and about 1,100 people.",
                paras=(
                    "Nobody was hurt, but a delivery van was swept off the road and its driver escaped "
                    "through a window.",
                    "Army engineers were sent to clear the debris, which covers about 200 metres of road.",
                    "Food and medicine will be flown in by helicopter if needed.",
                    "The valley's only school was closed, and a doctor was flown in to the largest village "
                    "to "
                    "hold a surgery.",
                ),
                quote="“The whole hillside just slid down. I heard it before I saw it,” said the van driver, "
                "Oren Kask.",
                sub="Escape through a window",
                caption="Mud and rocks cover the road in the Iskarn valley on {weekday}.",
            ),
            dict(
                outlet="OC",
                day=1,
                head="Iskarn slide was an accident waiting to happen, geologists say",
                alt=("Experts warned of Iskarn hillside risk years ago",),
                lede="Geologists said on {weekday} that the slope that collapsed onto the Iskarn valley road "
                "had been flagged as unstable in a survey six years ago.",
                paras=(
                    "The survey recommended drainage and netting, which were never installed.",
                    "The regional council said the work had been planned but postponed for lack of money.",
                    "Villagers said cracks had appeared in the road weeks before the slide.",
                    "The council's leader promised that the drainage work would now be done before winter, "
                    "whatever it cost.",
                ),
                quote="“The report was filed, and then it was forgotten,” said geologist Ingrid Sallow.",
                sub="A forgotten report",
                caption="Army engineers clear debris in the Iskarn valley.",
            ),
        ),
    ),
    dict(
        key="vaccine-lab",
        section="science",
        place="Pellinor",
        decoys=("Tick fever vaccine trial halted over side effects",),
        takes=(
            dict(
                outlet="CW",
                head="Pellinor scientists report progress on tick-fever vaccine",
                alt=("Tick fever jab shows promise in early trial",),
                lede="Researchers at the University of Pellinor said on {weekday} that an experimental "
                "vaccine against tick fever had produced a strong immune response in an early trial "
                "with 120 volunteers.",
                paras=(
                    "Tick fever infects several thousand people in {country} each summer, most of them "
                    "hikers and farm workers.",
                    "The vaccine caused only mild side effects such as a sore arm, the team said.",
                    "A larger trial is planned for next year.",
                    "The trial was paid for partly by a foundation set up by farmers who lost relatives to "
                    "the "
                    "disease.",
                ),
                quote="“We are cautious, but this is the best result we have seen,” lead researcher Dr Ivo "
                "Marten said.",
                sub="A sore arm",
                caption="A laboratory at the University of Pellinor.",
            ),
            dict(
                outlet="SBC",
                day=1,
                head="Hikers and farmers hopeful as tick vaccine clears first test",
                alt=("Early success for Varenholm tick fever vaccine",),
                lede="Farm workers and hiking clubs welcomed news on {weekday} that a vaccine developed in "
                "Pellinor had passed its first human test, though a jab is still years away.",
                paras=(
                    "The disease can cause weeks of fever and, in rare cases, lasting nerve damage.",
                    "Cases have doubled in a decade as milder winters let ticks spread north.",
                    "The health ministry said it would fund the next stage of testing.",
                    "Until a vaccine is available, doctors advise walkers to cover their legs and check for "
                    "ticks "
                    "after every outing.",
                ),
                quote="“Every summer we lose people to it for weeks,” said farm manager Liv Ostby.",
                sub="Milder winters",
                caption="Walkers on a trail in the hills near Pellinor.",
            ),
        ),
    ),
)

#: Headlines of stories that are not in the archive although each of their names is, in
#: different stories (``absent``): checked by ``make.py``.
ABSENT = (
    "Emil Dacre opens Ostrel national stadium",
    "Governor Thorne warns over cost of Carraway Point terminal",
    "Haldvik harbourmaster Gudrun Vale to run Lisk fish market",
    "Brita Sand wins seat on Ostrel city council",
    "Agathe Morel to advise Kessora Museum of the Sea",
    "Ingrid Sallow joins Greyfell Minerals board",
    "Mira Falk appointed to Ostrel Sports Trust board",
    "Ivo Marten wins Kessora science prize",
)

#: Who takes over a project after its head resigns (in this order, across projects).
SUCCESSORS = (
    "Margit Olander",
    "Tobias Renk",
    "Carys Devane",
    "Emrys Fallow",
    "Janne Kvist",
    "Ilka Morrin",
    "Stellan Voss",
    "Dagny Auer",
    "Rune Halloran",
    "Thea Marchbank",
    "Ansel Corrigan",
    "Brida Lowell",
    "Evert Sundqvist",
    "Maja Tolland",
    "Per Elvestad",
)

#: First names of women (for ``{chief_his}``).
FEMALE = frozenset(
    "Ines Nadia Anouk Signe Maren Wilhelmina Marit Iris Elspeth Fenna Agnete Lavinia Petra Hesper Ottilie "
    "Yolanda Edda Greta Mila Rosalind Ebba Yusra Sabine Celia Oriane Ysolde Livia Marguerite Rosalie Ulrike "
    "Philippa Leonie Odessa Sigrid Noor Kit Margit Carys Janne Ilka Dagny Thea Brida Maja".split()
)

#: Things people say about any project, drawn per story (one at most, never twice per project).
QUOTES = (
    "“{Place} has been promised a great deal over the years. This time we mean to deliver,” {chief} "
    "told local radio on {weekday}.",
    "“Nobody in {place} is against progress. We are against being ignored,” said {critic_head}, "
    "{critic_role} of the {critic}.",
    "“The {short} is not a luxury. It is what a modern country owes a town like {place},” {minister} said.",
    "“My grandfather worked on the last big scheme here, and he still talks about it,” said a shopkeeper "
    "on the main square of {place}, who asked not to be named.",
    "“Ask me again in {year} and I will tell you whether it was worth it,” a councillor of the {auth} said.",
    "“We have answered every question put to us, some of them three times,” a spokeswoman for {org} said.",
    "“There are {crowd} of us now, and we are not going away,” {critic_head} told a meeting in {place}.",
    "“I drive past {site} every morning and I still cannot picture what they want to put there,” said "
    "a teacher from {place}.",
    "“Every big project in this country runs late and over budget. The question is by how much,” said "
    "an economist at the University of Pellinor.",
    "“We will judge the {short} by the jobs it brings, not by the speeches,” said a local union organiser.",
    "“The {short} will outlast all of us. It should be built with that in mind,” {chief} said.",
    "“I would like to see the minister spend a night near {site} with the lorries going past,” said "
    "{critic_head}.",
    "“People in {place} are tired of hearing about the {short} and want to see something happen,” said "
    "the owner of a café near {site}.",
    "“This is money from every taxpayer in {country}, and every taxpayer has a right to ask how it is "
    "spent,” an opposition lawmaker said.",
)
