"""Weights of the line model (``linemodel.py``): written by ``bench/train_lines.py``, not edited."""

BIAS = 1.0387
WEIGHTS = (
    -1.2469,  # words
    -0.122,  # one_word
    0.4173,  # few_words
    0.0742,  # ends_sentence
    0.8812,  # ends_colon
    -0.494,  # ends_mark
    0.6944,  # starts_lower
    0.4903,  # starts_digit
    0.0732,  # numbered
    1.3763,  # bulleted
    1.0241,  # capitalised_share
    -1.2041,  # all_caps
    0.6752,  # digit_share
    0.5231,  # has_bar
    0.6568,  # has_web
    2.016,  # has_year
    0.4466,  # ends_with_date
    -1.0808,  # above_story
    1.1493,  # distance_out
    0.654,  # run_length
    -0.6731,  # run_first
    -0.5213,  # run_last
    0.1429,  # next_is_story
    0.2302,  # repeated_on_page
    0.6012,  # page_short_share
    0.3647,  # no_story
    -1.2086,  # shares_words_next
)
WORD_WEIGHTS: dict[str, float] = {
    "a": -0.2827,
    "after": -0.082,
    "ago": 0.1694,
    "al": -0.1144,
    "also": 0.213,
    "amid": -0.2287,
    "and": 0.0807,
    "aqsa": -0.1013,
    "are": -0.1222,
    "article": 0.2913,
    "articles": 0.135,
    "as": -0.1849,
    "associated": 0.1039,
    "at": 0.1051,
    "ballistic": -0.137,
    "border": -0.2049,
    "by": 0.6768,
    "central": -0.17,
    "china": -0.2845,
    "city": -0.0688,
    "continues": -0.0702,
    "date": 0.0691,
    "drone": -0.1762,
    "earthquake": -0.0706,
    "east": -0.0913,
    "explore": 0.0796,
    "first": 0.0554,
    "fm": -0.2175,
    "foreign": -0.1212,
    "from": 0.3508,
    "gaza": -0.2833,
    "has": -0.1185,
    "have": 0.1175,
    "his": -0.0892,
    "hold": -0.1084,
    "how": -0.1042,
    "image": 0.0778,
    "in": -0.5291,
    "iraq": -0.1622,
    "israel": 0.2474,
    "israeli": -0.1013,
    "ist": 0.1366,
    "its": -0.1473,
    "japan": -0.1343,
    "jong": 0.173,
    "june": 0.0506,
    "kim": 0.173,
    "korea": -0.141,
    "korean": 0.0681,
    "kyiv": -0.0609,
    "latest": 0.0982,
    "launches": -0.1078,
    "may": 0.0924,
    "militants": -0.0777,
    "minister": -0.2413,
    "missile": -0.212,
    "nato": -0.2218,
    "near": -0.0628,
    "nearly": -0.1066,
    "neutralizes": -0.1138,
    "new": -0.2895,
    "news": 0.8476,
    "northern": -0.0596,
    "november": 0.0745,
    "of": -0.3252,
    "officials": -0.2061,
    "on": -0.1176,
    "operation": -0.1299,
    "over": -0.0971,
    "peskov": -0.3009,
    "photo": -0.0582,
    "pkk": -0.1739,
    "pm": 0.0693,
    "police": -0.4266,
    "politics": 0.0653,
    "power": 0.1071,
    "press": 0.1612,
    "published": 0.1485,
    "putin": -0.0756,
    "reach": -0.1305,
    "read": 0.1392,
    "related": 0.1617,
    "results": 0.0928,
    "reuters": 0.2803,
    "road": -0.1887,
    "russia": -0.2304,
    "russian": -0.1613,
    "s": -0.6752,
    "saturday": 0.0605,
    "says": -0.2624,
    "search": 0.1153,
    "security": -0.0786,
    "september": 0.0513,
    "staff": 0.0967,
    "step": -0.055,
    "story": 0.0672,
    "strikes": -0.1047,
    "sweden": -0.1342,
    "talks": -0.3895,
    "terrorists": -0.1715,
    "this": 0.3349,
    "thursday": 0.1346,
    "to": -0.2226,
    "today": -0.1586,
    "top": -0.1652,
    "turkey": -0.4394,
    "turkish": -0.1474,
    "türkiye": -0.0588,
    "u": 0.0745,
    "ukrainian": 0.0502,
    "un": 0.1871,
    "update": -0.0877,
    "updated": 0.1211,
    "us": -0.1603,
    "warship": -0.0769,
    "was": -0.1149,
    "watch": -0.1299,
    "we": -0.1049,
    "what": 0.2673,
    "while": -0.0754,
    "will": -0.2537,
    "world": 0.3385,
    "you": 0.2809,
    "your": 0.1262,
}
