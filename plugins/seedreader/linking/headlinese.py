"""Headline words and the plain words a story's text says the same thing with.

Headlines are written in their own idiom ("probe" for an inquiry, "axes" for scraps, "walk
out" for a strike), so a READ MORE line often shares the names of the story it quotes but
not its words for what happened. Each group below lists words and phrases that news copy
uses for one thing, the headline form and the reporter's form together; a word of a
headline agrees with a story that has any member of its group (``judge.Headline``).

Groups hold only words that mean the same in any story: a word with a common second sense
("back", "hold", "clear", "pass", "hit") is left out, since a wrong match costs a wrong link.
"""

from __future__ import annotations

#: One group per line: words and phrases (a phrase needs all its words, in any order).
SAME_THING = (
    "approve, approval, green light, greenlight, endorse, sanction, authorise, authorize",
    "delay, postpone, put off, defer, push back, slip, setback",
    "scrap, abandon, axe, ditch, cancel, shelve, call off",
    "inquiry, investigation, investigate, probe",
    "strike, walkout, walk, stoppage, industrial action, down tools",
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
    "rise, increase, hike, climb, jump, surge, soar, spiral, balloon, overshoot",
    "fall, decline, slump, plunge, tumble",
    "cut, slash, reduce, trim",
    "pledge, vow, promise",
    "dispute, feud, clash, spat",
    "bid, attempt",
    "election, poll, ballot, referendum",
    "lawmaker, legislator, mp, parliamentarian",
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
)

#: Headline words that say nothing of what happened ("gets", "says"): not weighed as the event.
LIGHT_WORDS = frozenset(
    "get gets got make makes made take takes took go goes went come comes came see sees saw give gives "
    "gave set sets again once still also just now latest".split()
)
