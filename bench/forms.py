"""How many of the forms real pages print the parser reads (issue 13): a battery, not a sample.

    python bench/forms.py [--plugins DIR] [--baseline DIR] [--show]

The labelled real pages (``realpages.py``) measure the parser on the pages we happened to
gather; a page from an outlet we never saw fails on a form none of them had. This lists the
forms that recur across outlets and languages, each written in our own words (a page's top,
a datelined lede, a caption's credit, a READ MORE label, a closing source line, a byline, a
page's button), puts each one into a short invented story where pages print it, and counts how
many come out right. ``--baseline`` runs another plugins folder (a worktree of an earlier commit) beside
this one; ``--show`` lists the forms each misses. A measuring tool: it prints, never fails.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

HEADLINE = "Harbour board names its first woman pilot"
LEDE = (
    "The harbour board of Velmora named its first woman pilot on Tuesday, after a vote of its "
    "members that took most of the day."
)
BODY = (
    "The pilot, who has worked on the bay's tugs for twelve years, will start next month.",
    "The board said it had received forty applications for the post.",
    "Its chair said the choice had been unanimous in the end.",
)
CAPTION = "The new pilot stands on the bridge of a tug in Velmora harbour"
RELATED = "Ferry fares to rise by a tenth from June"

#: Date lines under the headline: every one is 21 August 2024.
DATE_LINES = (
    "Publicado el 21 de agosto de 2024",
    "21 de agosto de 2024, 10:35",
    "Mis à jour le 21/08/2024 à 10h35",
    "Publié le 21 août 2024 à 10h35",
    "Veröffentlicht am 21.08.2024",
    "2024-08-21T10:35:00Z",
    "Wed 21 Aug 2024 10.35 BST",
    "Aug. 21, 2024, 10:35 a.m. ET",
    "Published 21 August 2024",
    "21 Aug 2024 | 10:35 am",
    "Wednesday, August 21st, 2024",
    "August 21st 2024",
    "21st August 2024",
    "Last Updated: Aug 21, 2024, 10:35 IST",
    "Pubblicato il 21 agosto 2024",
    "21/08/2024 - 10:35",
    "2024年8月21日",
    "21 Ağustos 2024",
    "Posted: 8/21/2024 10:35 AM",
    "By Jane Doe | Aug 21, 2024",
    "Published: 10:35 EDT, 21 August 2024 | Updated: 11:02 EDT, 21 August 2024",
    "August 21, 2024 at 10:35 am",
    "21 August, 2024",
    "Wed, Aug 21, 2024",
    "2024/08/21 10:35",
    "21-08-2024",
    "Updated on: August 21, 2024 10:35 IST",
    "PUBLISHED ON 21 AUG 2024",
    "First published on Wed 21 Aug 2024 10.35 BST",
    "Mittwoch, 21. August 2024",
    "le mercredi 21 août 2024",
    "miércoles, 21 de agosto de 2024",
    "Aktualisiert am 21. August 2024, 10:35 Uhr",
    "21 августа 2024",
    "Rabu, 21 Agustus 2024 10:35 WIB",
)
#: What opens a lede before its first word (a dateline, an outlet, a wire's prefix): cut, the lede whole.
LEDE_OPENINGS = (
    "(CNN) — ",
    "(CNN)",
    "WASHINGTON (CNN) — ",
    "(AP) — ",
    "LONDON, March 4 (Reuters) - ",
    "(Reuters) - ",
    "NEW YORK (AP) — ",
    "VELMORA — ",
    "Velmora — ",
    "VELMORA: ",
    "VELMORA, Norland — ",
    "VELMORA, Norland (AFP) – ",
    "(Bloomberg) -- ",
    "VELMORA, March 4, 2025 — ",
    "March 4, 2025 — ",
    "VELMORA, March 4 /PRNewswire/ -- ",
    "Velmora, Norland, March 4 (AP) — ",
    "KYIV, Ukraine (AP) — ",
    "Velmora (AA) – ",
    "VELMORA - ",
    "Velmora, March 4 (IANS) ",
    "New Delhi [India], March 4 (ANI): ",
    "VELMORA, March 4: ",
    "Velmora, Mar 4 (PTI) ",
    "UPDATE 1-",
    "ISTANBUL ",
    "Kathmandu — ",
    "New Delhi: ",
)
#: Date lines with more on them (a writer, a section, a reading time, an update): all of ``META_DAY``.
META_DAY = "2025-03-04"
META_DATE_LINES = (
    "Tuesday, 4 March 2025 ( 3 hours ago )",
    "Mar 4, 2025 · 2 days ago",
    "Posted in News | March 4, 2025 | 0 Comments",
    "March 4, 2025 / Ada Berg / Harbour",
    "4 March 2025 • 3 min read",
    "Monday 4 March 2025 10.35 GMT",
    "Last modified on Tue 4 Mar 2025 10.35 GMT",
    "2025-03-04 10:35:00",
    "By Ada Berg, Updated March 4, 2025",
    "Ada Berg | March 4, 2025 10:35 am",
    "March 4, 2025 | Updated 11:02 a.m.",
    "Published March 4, 2025 at 10:35 am EST",
    "By Ada Berg • Published March 4, 2025",
    "Ada Berg March 4, 2025",
    "Mar 4, 2025 · 3 min read",
    "Ada Berg · Mar 4, 2025 · 4 min read",
    "Tuesday, March 4, 2025 - 10:35",
    "March 4, 2025 — 10:35 AM",
    "04.03.2025 | 10:35",
    "4 Mar 2025, 10:35 IST",
    "Velmora, March 4, 2025",
    "March 4th, 2025 at 10:35 am",
    "Posted on March 4, 2025 by Ada Berg",
    "Published on: 4 March 2025",
    "News Desk - March 4, 2025",
    "Local News · March 4, 2025",
    "Date: 04 March 2025",
    "Created: 04 March 2025 10:35",
    "Tue 4 Mar 2025 10.35 GMT Share",
    "4 March, 2025 - 10:35",
    "10:35 AM, March 4, 2025",
    "10:35, 04 March 2025",
    "4-Mar-2025",
    "2025.03.04",
    "Tuesday 4th March 2025",
    "By Ada Berg on March 4, 2025",
    "Ada Berg, Reporter | March 4, 2025",
    "March 4, 2025 / 10:35 AM / Updated an hour ago",
    "4 March 2025 Ada Berg",
    "March 4, 2025 Local News",
)
#: Wire datelines opening the lede: (the line's start, the place, the agency, dated 21 August 2024).
DATELINES = (
    ("ANKARA (AA) – ", "ANKARA", "AA", False),
    ("BEIJING, Aug. 21 (Xinhua) -- ", "BEIJING", "Xinhua", False),
    ("SUVA, Fiji, Aug 21, 2024 (AFP) – ", "SUVA, Fiji", "AFP", True),
    ("Ciudad de México, 21 de agosto de 2024.- ", "Ciudad de México", None, True),
    ("Madrid, 21 ago (EFE).- ", "Madrid", "EFE", False),
    ("MADRID, 21 Ago. (EUROPA PRESS) - ", "MADRID", "EUROPA PRESS", False),
    ("Lima, 21 de agosto de 2024 (Andina).- ", "Lima", "Andina", True),
    ("São Paulo, 21 de agosto de 2024 - ", "São Paulo", None, True),
    ("PARIS, 21 août 2024 (AFP) - ", "PARIS", "AFP", True),
    ("Berlin, 21. August 2024 (dpa) - ", "Berlin", "dpa", True),
    ("Berlin (dpa) - ", "Berlin", "dpa", False),
    ("Roma, 21 ago (ANSA) - ", "Roma", "ANSA", False),
    ("CIUDAD DE MÉXICO (AP) -- ", "CIUDAD DE MÉXICO", "AP", False),
)
#: A caption's credit after its sentence, or on the line under it (after a blank line).
CAPTION_CREDITS = (
    ". Photo: Jane Doe/Reuters",
    ". (Photo by Jane Doe/Getty Images)",
    ". Jane Doe/AFP via Getty Images",
    ". REUTERS/Jane Doe",
    ". (AP Photo/Jane Doe)",
    ". [Photo: Xinhua]",
    ". Picture: PA",
    ". Photograph: Jane Doe/The Guardian",
    ". Foto: EFE/Juan Pérez",
    ". © AFP",
    ". (Image: Velmora Harbour Board)",
    " | Photo Credit: Special Arrangement",
    ". Credit: Jane Doe for The Velmora Times",
    ". Photo courtesy of the Velmora Harbour Board",
    ". - AFP",
    ". (Xinhua/Li Ming)",
    ". Photo: Supplied",
    " (Getty Images)",
    ". Source: Supplied",
    ". [Reuters]",
    ". Photo/AP",
    " (Photo: Jane Doe)",
    ". IMAGE: Jane Doe",
    ". Bild: Keystone",
    ". Crédit photo : AFP",
    ". Foto: Reprodução",
    ". PHOTO: JANE DOE",
    ". Image credit: Jane Doe",
    ". Pic: Jane Doe",
    ". (Photo: IANS)",
    ". Photo: ANI",
    ". | Photo: Jane Doe",
    ". ©Jane Doe",
    ". (Photo: Jane Doe / Velmora Times)",
    ".\n\nImage source, Getty Images",
    ".\n\nPhoto: Jane Doe",
    ".\n\n(Reuters)",
    ".\n\nGetty Images",
    ".\n\n© Provided by Velmora Times",
    ".\n\nJane Doe/AP",
    ".\n\nREUTERS",
    ".\n\nCredit: Jane Doe",
)
#: Captions with no credit under the headline, over the lede: what the photo shows, as captions say it.
UNCREDITED_CAPTIONS = (
    "Harbour pilots walk along the quay in Velmora on Tuesday.",
    "A tug crew waits for the pilot at the harbour mouth in Velmora.",
    "The new pilot speaks to reporters at the harbour office on Tuesday.",
    "Members of the harbour board vote at their meeting in Velmora, Monday, March 3, 2025.",
    "The new pilot is seen on the bridge of a tug in Velmora harbour.",
    "Dock workers cheer as the pilot arrives at the harbour office.",
    "The harbour master, left, greets the new pilot at the quay.",
    "A photo released by the harbour board shows the new pilot at the helm.",
    "Relatives of the pilot gather at the quay to watch her first launch.",
    "The new pilot (centre) poses with tug crews at the quay.",
)
#: Lines naming another story (``RELATED``) among the paragraphs.
READ_MORE_LINES = tuple(
    form.format(RELATED)
    for form in (
        "READ MORE: {}",
        "Read more: {}",
        "• {}",
        "---> {}",
        "Vea: {}",
        "Veja mais: {}",
        "Katso myös: {}",
        "Läs också: {}",
        "RELATED: {}",
        "Related: {}",
        "Also read: {}",
        "ALSO READ: {}",
        "ALSO READ | {}",
        "See also: {}",
        "More: {}",
        "Read also: {}",
        "Recommended: {}",
        "Suggested: {}",
        "READ: {}",
        "Also Read - {}",
        "Lea también: {}",
        "Leia também: {}",
        "Lire aussi : {}",
        "Mehr zum Thema: {}",
        "Auch interessant: {}",
        "Leggi anche: {}",
        "Ayrıca okuyun: {}",
        "Baca juga: {}",
        "Lees ook: {}",
        "Читайте также: {}",
        "[READ MORE: {}]",
        "(READ: {})",
        "» {}",
        ">> {}",
        "→ Read more: {}",
        "Read More: {} - Velmora Times",
        "READ MORE - {}",
        "Related Article: {}",
        "Related story: {}",
        "Don't miss: {}",
        "Related\n\n{}",
        "READ MORE\n\n{}",
        "Also read\n\n{}",
        "Related{}",
        "Read more:{}",
        "Read more about this: {}",
        "READ ALSO: {}",
        "Related News: {}",
        "MORE: {}",
        "SEE ALSO: {}",
        "Read next: {}",
        "Related coverage: {}",
        "Lesen Sie auch: {}",
        "Voir aussi : {}",
        "Te puede interesar: {}",
        "Le puede interesar: {}",
        "Veja também: {}",
        "Saiba mais: {}",
        "Ver también: {}",
    )
)
#: Labels over a list of other stories' headlines (three here), mid-story or closing it.
LIST_LABELS = tuple(
    (label, where)
    for label in (
        "Related",
        "Related stories",
        "Related Articles",
        "More on this story",
        "You might also like",
        "You may also like",
        "Also on Velmora Times",
        "Most read",
        "Trending now",
        "Recommended for you",
        "More from Velmora Times",
        "Read more",
        "READ MORE",
        "See also",
        "Further reading",
        "More stories",
        "Top stories",
        "Latest news",
        "Editor's picks",
        "Don't miss",
        "What to read next",
        "Read next",
        "Más noticias",
        "Lesen Sie auch",
        "À lire aussi",
        "Leia também",
        "Related Topics",
    )
    for where in ("mid-story", "closing")
)
LISTED = (
    "Ferry fares to rise by a tenth from June",
    "Tram drivers end their two-day strike",
    "Island holds its first book fair in twenty years",
)
#: The story's last line naming its source: (the line, the source it names or None for none).
SOURCE_LINES = (
    ("Source: AFP", "AFP"),
    ("Leer noticia completa en Velmora Times.", "Velmora Times"),
    ("Fuente: EFE", "EFE"),
    ("Quelle: dpa", "dpa"),
    ("Source : AFP", "AFP"),
    ("Fonte: Agência Brasil", "Agência Brasil"),
    ("Kaynak: AA", "AA"),
    ("— Reuters", "Reuters"),
    ("(With inputs from PTI)", "PTI"),
    ("With inputs from agencies", None),
    ("-- Xinhua", "Xinhua"),
    ("(Reuters)", "Reuters"),
    ("AFP", "AFP"),
    ("Sources: AFP, Reuters", "AFP"),
    ("SOURCE: AFP", "AFP"),
    ("Source: AA / AFP", "AA"),
    ("Reporting by Ada Berg; Editing by Tomas Lind", None),
    ("Additional reporting by Ada Berg", None),
    ("(Reporting by Ada Berg in Velmora; Editing by Tomas Lind)", None),
    ("Copyright 2024 The Associated Press. All rights reserved.", None),
    ("This story has been published from a wire agency feed without modifications to the text.", None),
    ("Source: TRT World and agencies", "TRT World"),
    ("Fuente: Europa Press", "Europa Press"),
    ("(AFP)", "AFP"),
    ("- AFP", "AFP"),
    ("bk/ab (Reuters, AP)", "Reuters"),
    ("With AFP", "AFP"),
    ("Agencies contributed to this report.", None),
    ("The Associated Press contributed to this report.", "The Associated Press"),
    ("Mit Material von dpa", "dpa"),
    ("Avec AFP", "AFP"),
    ("Con información de EFE", "EFE"),
    ("(dpa)", "dpa"),
    ("(Xinhua)", "Xinhua"),
)
#: Byline lines under the headline: (the line, the writer it names or None when any will do).
BYLINES = (
    ("By Ada Berg", "Ada Berg"),
    ("By ADA BERG", None),
    ("By Ada Berg, CNN", "Ada Berg"),
    ("Por Ada Berg", "Ada Berg"),
    ("Par Ada Berg", "Ada Berg"),
    ("Von Ada Berg", "Ada Berg"),
    ("Di Ada Berg", "Ada Berg"),
    ("Door Ada Berg", "Ada Berg"),
    ("By Ada Berg and Tomas Lind", "Ada Berg"),
    ("Ada Berg\n\nSenior Reporter", "Ada Berg"),
    ("By Ada Berg, Staff Writer", "Ada Berg"),
    ("Author: Ada Berg", "Ada Berg"),
    ("Reporter: Ada Berg", "Ada Berg"),
    ("Escrito por Ada Berg", "Ada Berg"),
    ("Autor: Ada Berg", "Ada Berg"),
    ("By Ada Berg | March 4, 2025", "Ada Berg"),
    ("By Ada Berg\n\nMarch 4, 2025", "Ada Berg"),
    ("Story by Ada Berg", "Ada Berg"),
    ("Posted by Ada Berg", "Ada Berg"),
    ("Ada Berg · 4 min read", None),
    ("Redacción: Ada Berg", "Ada Berg"),
    ("Ada Berg, Reuters", "Ada Berg"),
    ("Ada Berg | Velmora Times", "Ada Berg"),
    ("Ada Berg - Velmora Times", "Ada Berg"),
)
#: What pages print above (or on) the headline: the lines before the lede.
PAGE_TOPS = (
    (HEADLINE,),
    (f"{HEADLINE} | Velmora Times",),
    (f"{HEADLINE} - Velmora Times",),
    (f"{HEADLINE} – BBC News",),
    ("WORLD", HEADLINE),
    ("Home > World > Europe", HEADLINE),
    ("Home / World / Europe", HEADLINE),
    ("News | World", HEADLINE),
    ("Skip to main content", "Menu", HEADLINE),
    ("You are using an older browser version. Please use a supported version.", HEADLINE),
    (HEADLINE, HEADLINE),
    ("Opinion", HEADLINE),
    ("LIVE", HEADLINE),
    ("Breaking News", HEADLINE),
    ("Advertisement", HEADLINE),
    ("Share", HEADLINE),
    ("3 min read", HEADLINE),
    ("Updated 6:44 AM EST Feb 20, 2025", HEADLINE),
    ("By Ada Berg", HEADLINE),
    (HEADLINE, "By Ada Berg", "March 4, 2025"),
    ("Search", "Menu", "Sign in", HEADLINE),
    ("TÜRKİYE", HEADLINE),
    ("Local News", HEADLINE),
    ("Velmora Times", HEADLINE),
    ("Velmora Times", "Home", "News", HEADLINE),
    (HEADLINE, "Ada Berg", "Senior Reporter"),
    ("Mar 4, 2025", HEADLINE),
    ("Accessibility links", "Skip to content", HEADLINE),
    ("Listen to this article", HEADLINE),
    (" date 2025-03 " + HEADLINE,),
    ("UPDATE 2-" + HEADLINE,),
    ("REFILE-UPDATE 1-" + HEADLINE,),
    ("Velmora Times Logo", HEADLINE),
    ("ADVERTISEMENT", HEADLINE),
)
#: A page's buttons and prompts, alone on a line among the paragraphs.
INTERFACE_LINES = (
    "Lue alkuperäinen artikkeli",
    "1. Pingback: Ferry fares to rise by a tenth from June",
    "Register now to get free unlimited access to our stories",
    ">>> Click here to stay up-to-date with trending regional stories",
    "Terms",
    "We want to hear from you! Send us a message on WhatsApp.",
    "If you're already a subscriber",
    "You may also want to watch:",
    "This text available in Français and Deutsch",
    "Advertisement",
    "Story continues below advertisement",
    "Sign up for our newsletter",
    "Follow us on Twitter",
    "Share this article",
    "Copy link",
    "Listen to this article",
    "Download the app",
    "Get the Velmora Times app",
    "Sign in",
    "Log in",
    "Register",
    "Skip to main content",
    "Search",
    "Home",
    "Back to top",
    "Print",
    "Email",
    "Most Popular",
    "Trending Now",
    "You may also like",
    "Recommended for you",
    "Tags: harbour, pilots, Velmora",
    "Get the latest news delivered to your inbox",
    "Enter your email address",
    "We value your privacy",
    "Accept all cookies",
    "Privacy Policy",
    "Contact us",
    "All rights reserved.",
    "© 2025 Velmora Times. All rights reserved.",
    "Continue reading",
    "Read the full story",
    "Play video",
    "View gallery",
    "Loading...",
    "Please enable JavaScript to view the comments",
    "Support independent journalism",
    "Donate now",
    "Join our WhatsApp channel",
    "Werbung",
    "Publicidad",
    "Suscríbete",
    "Teilen",
    "Partager",
    "Jetzt abonnieren",
    "Leer más",
    "Lire la suite",
    "Kommentare",
    "Was this article helpful?",
    "Rate this article",
    "Text size",
    "Gift this article",
    "Share on WhatsApp",
    "Tweet",
    "Next article",
    "Sponsored content",
    "Scroll to continue with content",
    "Load more comments",
)

#: A page's words in more languages and scripts, alone on a line among the paragraphs: ad labels,
#: the story going on after an ad, read-on, print and share buttons, READ MORE labels, rights
#: notices, cookie banners, skip and back-to-top links. (Not words a story may hold as a subhead or
#: a step: ``Imprimir``, ``Buscar``, ``Реклама``, ``Etiquetas``, ``Schriftgröße``, ``Наверх``.)
INTERFACE_LINES_ABROAD = (
    "ADVERTISEMENT",
    "Article continues below",
    "Continue reading below",
    "Continue Reading",
    "SKIP ADVERTISEMENT",
    "Sponsored",
    "Subscribe to our newsletter",
    "Recommended",
    "Most Read",
    "Click to expand",
    "Enlarge this image",
    "View this post on Instagram",
    "Open in app",
    "Support our journalism",
    "Already a subscriber? Log in",
    "Get the app",
    "Anzeige",
    "Weiterlesen nach der Anzeige",
    "Lesen Sie auch",
    "Mehr zum Thema",
    "Artikel teilen",
    "Publicité",
    "Lire aussi",
    "Article réservé aux abonnés",
    "La suite après cette publicité",
    "Lee también",
    "Te puede interesar",
    "Seguir leyendo",
    "Publicidade",
    "Leia também",
    "Continua após a publicidade",
    "Pubblicità",
    "Leggi anche",
    "Continua a leggere",
    "Advertentie",
    "Lees ook",
    "Lees verder na de advertentie",
    "Читайте также",
    "Продолжение ниже",
    "Reklama",
    "Czytaj też",
    "Dalsza część artykułu pod materiałem wideo",
    "Haberin Devamı",
    "İlgili Haberler",
    "Baca Juga",
    "Scroll untuk melanjutkan",
    "SCROLL TO RESUME CONTENT",
    "関連記事",
    "続きを読む",
    "相关新闻",
    "阅读全文",
    "관련기사",
    "اقرأ أيضا",
    "यह भी पढ़ें",
    "Annons",
    "Läs också",
    "Annonse",
    "Annonce",
    "Mainos",
    "Čtěte také",
    "Διαβάστε ακόμα",
    "Xem thêm",
    "Alle Rechte vorbehalten.",
    "Todos los derechos reservados.",
    "Tous droits réservés.",
    "Artikel drucken",
    "Imprimir noticia",
    "Comentarios",
    "Commentaires",
    "Commenti",
    "Comentários",
    "Meistgelesen",
    "Más leídas",
    "Les plus lus",
    "I più letti",
    "Mais lidas",
    "Самое читаемое",
    "En çok okunanlar",
    "Najczęściej czytane",
    "Meest gelezen",
    "Mest läst",
    "Mest lest",
    "Δημοφιλή",
    "Terpopuler",
    "Tag",
    "टैग:",
    "Suscríbete a nuestro boletín",
    "Inscrivez-vous à notre newsletter",
    "Iscriviti alla newsletter",
    "Assine nossa newsletter",
    "Bültenimize abone olun",
    "Schrijf je in voor de nieuwsbrief",
    "Zurück zur Startseite",
    "Volver arriba",
    "Retour en haut",
    "Torna su",
    "Voltar ao topo",
    "Về đầu trang",
    "返回顶部",
    "Zum Inhalt springen",
    "Ir al contenido",
    "Aller au contenu",
    "Vai al contenuto",
    "Ir para o conteúdo",
    "Перейти к содержанию",
    "İçeriğe geç",
    "Przejdź do treści",
    "Naar de inhoud",
    "Hoppa till innehållet",
    "Siirry sisältöön",
    "Μετάβαση στο περιεχόμενο",
    "Chuyển đến nội dung",
    "Anmelden",
    "Iniciar sesión",
    "Accedi",
    "Auf Facebook teilen",
    "Compartir en Facebook",
    "Partager sur Facebook",
    "Condividi su Facebook",
    "Compartilhar no Facebook",
    "Поделиться в Facebook",
    "Facebook'ta paylaş",
    "Udostępnij na Facebooku",
    "Delen op Facebook",
    "Dela på Facebook",
    "Jaa Facebookissa",
    "Κοινοποίηση στο Facebook",
    "Chia sẻ lên Facebook",
    "Wir verwenden Cookies",
    "Utilizamos cookies",
    "Nous utilisons des cookies",
    "Utilizziamo i cookie",
    "Usamos cookies",
    "Мы используем файлы cookie",
    "Çerez kullanıyoruz",
    "Używamy plików cookie",
    "Wij gebruiken cookies",
    "Vi använder cookies",
    "Käytämme evästeitä",
    "Χρησιμοποιούμε cookies",
    "Chúng tôi sử dụng cookie",
)


def _story(*middle: str) -> str:
    return "\n\n".join((HEADLINE, LEDE, BODY[0], *middle, *BODY[1:]))


def _body_texts(seed) -> list[str]:
    return [block.text for block in seed.blocks]


def _lede_opening(parse, opening: str) -> bool:
    seed = parse("\n\n".join((HEADLINE, opening + LEDE, *BODY)), source="forms.txt")
    return seed.title == HEADLINE and seed.lede == LEDE


def _page_top(parse, top: tuple) -> bool:
    seed = parse("\n\n".join((*top, LEDE, *BODY)), source="forms.txt")
    return seed.title == HEADLINE and not seed.title_derived and seed.lede == LEDE


def _date_line(parse, line: str, day: str = "2024-08-21") -> bool:
    seed = parse("\n\n".join((HEADLINE, line, LEDE, *BODY)), source="forms.txt")
    kept = any(line in block.text for block in seed.blocks)
    return bool(seed.date) and seed.date.date().isoformat() == day and seed.lede == LEDE and not kept


def _dateline(parse, form: tuple) -> bool:
    start, place, agency, dated = form
    seed = parse("\n\n".join((HEADLINE, start + LEDE, *BODY)), source="forms.txt")
    line = seed.dateline
    when = seed.date.date().isoformat() if seed.date else None
    return (
        seed.lede == LEDE
        and line is not None
        and line.place == place
        and line.agency == agency
        and when == ("2024-08-21" if dated else None)
    )


def _caption(parse, credit: str, where: str) -> bool:
    line = CAPTION + credit
    parts = (HEADLINE, line, LEDE, *BODY) if where == "top" else (HEADLINE, LEDE, BODY[0], line, *BODY[1:])
    seed = parse("\n\n".join(parts), source="forms.txt")
    # The caption without its credit (``CAPTION.``, ``CAPTION``), or dropped as a caption.
    found = (seed.figure and seed.figure.caption.rstrip(".") == CAPTION) or any(
        CAPTION in d.text and "caption" in d.reason for d in seed.dropped
    )
    left = [text for text in _body_texts(seed) + [seed.lede] if CAPTION in text or text in credit]
    return bool(found) and seed.lede == LEDE and not left


def _uncredited_caption(parse, caption: str) -> bool:
    seed = parse("\n\n".join((HEADLINE, caption, LEDE, *BODY)), source="forms.txt")
    return bool(seed.figure) and seed.figure.caption == caption and seed.lede == LEDE


def _read_more(parse, line: str) -> bool:
    seed = parse(_story(line), source="forms.txt")
    cards = [block.text for block in seed.blocks if block.kind == "read_more"]
    left = [block.text for block in seed.blocks if block.kind != "read_more" and RELATED in block.text]
    return any(RELATED in card for card in cards) and not left


def _list_label(parse, form: tuple) -> bool:
    label, where = form
    parts = (HEADLINE, LEDE, BODY[0], label, *LISTED, *(BODY[1:] if where == "mid-story" else ()))
    seed = parse("\n\n".join(parts), source="forms.txt")
    body = [block.text for block in seed.blocks if block.kind != "read_more"]
    kept = label in body or any(headline in body for headline in LISTED)
    return not kept and (where == "closing" or BODY[1] in body)


def _source(parse, form: tuple) -> bool:
    line, source = form
    seed = parse("\n\n".join((HEADLINE, LEDE, *BODY, line)), source="forms.txt")
    return line not in _body_texts(seed) and (source is None or source in seed.sources)


def _byline(parse, form: tuple) -> bool:
    line, writer = form
    seed = parse("\n\n".join((HEADLINE, line, LEDE, *BODY)), source="forms.txt")
    first = line.split("\n")[0]
    kept = not any(first in text for text in _body_texts(seed))
    return seed.lede == LEDE and kept and (writer is None or writer in (seed.byline or ""))


def _interface(parse, line: str) -> bool:
    seed = parse(_story(line), source="forms.txt")
    return line not in _body_texts(seed) and seed.lede == LEDE and _body_texts(seed) == list(BODY)


#: (name, the forms, the check of one form).
BATTERIES = (
    ("page tops (the headline found)", PAGE_TOPS, _page_top),
    ("date lines", DATE_LINES, _date_line),
    ("date lines with more on them", META_DATE_LINES, lambda parse, line: _date_line(parse, line, META_DAY)),
    ("wire datelines", DATELINES, _dateline),
    ("lede openings", LEDE_OPENINGS, _lede_opening),
    ("captions at the top", CAPTION_CREDITS, lambda parse, credit: _caption(parse, credit, "top")),
    ("captions in the body", CAPTION_CREDITS, lambda parse, credit: _caption(parse, credit, "body")),
    ("captions without a credit at the top", UNCREDITED_CAPTIONS, _uncredited_caption),
    ("READ MORE lines", READ_MORE_LINES, _read_more),
    ("labels over lists of headlines", LIST_LABELS, _list_label),
    ("source lines", SOURCE_LINES, _source),
    ("bylines", BYLINES, _byline),
    ("page buttons", INTERFACE_LINES, _interface),
    ("page words in more languages", INTERFACE_LINES_ABROAD, _interface),
)


def measure(plugins: str) -> dict[str, list]:
    """Run every battery with ``plugins``'s parser in this process: {name: [forms missed, total]}."""
    import logging

    logging.disable(logging.CRITICAL)
    sys.path.insert(0, plugins)
    from seedreader.text.parse import parse

    return {
        name: [[repr(form) for form in forms if not check(parse, form)], len(forms)]
        for name, forms, check in BATTERIES
    }


def _in_process(plugins: str) -> dict[str, list]:
    """``measure`` in a process of its own (two plugins folders cannot share one)."""
    out = subprocess.run(
        [sys.executable, __file__, "--plugins", plugins, "--json"], capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout)


def main() -> None:
    """Measure this checkout (and ``--baseline``) and print the table."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--plugins", default=os.path.join(ROOT, "plugins"))
    parser.add_argument("--baseline", help="another plugins folder, measured beside this one")
    parser.add_argument("--show", action="store_true", help="list the forms missed")
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.json:
        print(json.dumps(measure(args.plugins)))
        return
    runs = {"this": _in_process(args.plugins)}
    if args.baseline:
        runs = {"baseline": _in_process(args.baseline), **runs}
    print("| battery | " + " | ".join(runs) + " |")
    print("| --- |" + " ---: |" * len(runs))
    for name, _forms, _check in BATTERIES:
        counts = (run[name] for run in runs.values())
        cells = [f"{total - len(missed)} of {total}" for missed, total in counts]
        print(f"| {name} | " + " | ".join(cells) + " |")
    totals = [sum(total - len(missed) for missed, total in run.values()) for run in runs.values()]
    forms = sum(len(forms) for _name, forms, _check in BATTERIES)
    print("| all | " + " | ".join(f"**{t} of {forms}**" for t in totals) + " |")
    if args.show:
        for name, (missed, _total) in runs["this"].items():
            if missed:
                print(f"\n{name} missed:\n  " + "\n  ".join(missed))


if __name__ == "__main__":
    main()
