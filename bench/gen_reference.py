#!/usr/bin/env python3
"""Writes a synthetic reference dataset (formats.md section 2, JSON Lines)
for load benchmarks: realistic subjects, aliases, attributes and every
kind, with a fixed seed so that runs are comparable.

    python3 bench/gen_reference.py 1000000 /tmp/ref-1m.jsonl
"""

import json
import random
import sys

FIRST = ["Masoud", "Shehbaz", "Ali", "Fatima", "John", "Maria", "Chen", "Aisha", "Pierre",
         "Olga", "Kenji", "Amara", "Lucas", "Sofia", "Imran", "Leila", "Tom", "Ana", "Raj", "Mei"]
LAST = ["Pezeshkian", "Sharif", "Larijani", "Khan", "Smith", "Garcia", "Wei", "Okafor",
        "Dubois", "Ivanova", "Tanaka", "Mensah", "Silva", "Rossi", "Ahmed", "Haddad", "Brown",
        "Costa", "Patel", "Lin"]
ORGS = ["Ministry of Finance", "Central Bank", "National Statistics Office", "Football Club",
        "University", "Chamber of Commerce", "Electoral Commission", "Port Authority",
        "Energy Company", "Film Festival"]
PLACES = ["Iran", "Pakistan", "Britain", "France", "Japan", "Brazil", "Nigeria", "India",
          "Egypt", "Canada", "Kenya", "Chile", "Norway", "Vietnam", "Peru", "Ghana"]
NUMBER_ATTRS = [("agreements signed during the visit", "agreements"), ("people killed", "deaths"),
                ("seats won in the general election", "seats"), ("length of the new line", "km"),
                ("employees", "people"), ("goals scored in the season", "goals")]
MONEY_ATTRS = ["bilateral trade target", "annual budget", "transfer fee", "fine imposed",
               "quarterly profit", "investment pledged"]
PERCENT_ATTRS = ["turnout", "inflation rate", "share of the vote", "unemployment rate",
                 "rise in turnout, percentage points"]
DATE_ATTRS = ["visit to Pakistan", "date of the election", "opening ceremony", "founding",
              "signing of the agreement"]
DURATION_ATTRS = ["length of the visit", "prison sentence", "term of office"]
ORDINAL_ATTRS = ["place in the league table", "rank in the world ratings"]
CURRENCIES = ["USD", "GBP", "EUR", "PKR", "IRR", "JPY"]
SOURCES = ["https://www.example.org/news/{}", "Annual report {}, table 3",
           "BBC News archive, 2004-05, story {}"]


def subject(rng):
    roll = rng.random()
    if roll < 0.4:
        first, last = rng.choice(FIRST), rng.choice(LAST)
        return f"{first} {last}", [last, f"{rng.choice(PLACES)}'s minister"]
    if roll < 0.8:
        place, org = rng.choice(PLACES), rng.choice(ORGS)
        return f"{place} {org}", [org]
    place = rng.choice(PLACES)
    return place, [f"the {place} government"]


def value(rng, i):
    kind = rng.choice(["number", "money", "percent", "date", "duration", "ordinal"])
    rec = {"kind": kind}
    if kind == "number":
        attr, unit = rng.choice(NUMBER_ATTRS)
        rec.update(attribute=attr, value=rng.randint(1, 100000), unit=unit)
    elif kind == "money":
        rec.update(attribute=rng.choice(MONEY_ATTRS), value=rng.randint(1, 1000) * 10**rng.randint(3, 9),
                   unit=rng.choice(CURRENCIES))
    elif kind == "percent":
        rec.update(attribute=rng.choice(PERCENT_ATTRS), value=round(rng.uniform(0, 100), 1))
    elif kind == "date":
        y, m, d = rng.randint(1950, 2025), rng.randint(1, 12), rng.randint(1, 28)
        rec.update(attribute=rng.choice(DATE_ATTRS), value=f"{y:04}-{m:02}-{d:02}")
        if rng.random() < 0.2:
            rec["end"] = f"{y:04}-{m:02}-{min(d + 3, 28):02}"
    elif kind == "duration":
        rec.update(attribute=rng.choice(DURATION_ATTRS), value=f"P{rng.randint(1, 30)}{rng.choice('DWMY')}")
    else:
        rec.update(attribute=rng.choice(ORDINAL_ATTRS), value=rng.randint(1, 40))
    if rng.random() < 0.3:
        rec["as_of"] = f"{rng.randint(2000, 2025):04}-{rng.randint(1, 12):02}-{rng.randint(1, 28):02}"
    rec["attribute"] = f"{rec['attribute']} ({i % 997})"
    return rec


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: gen_reference.py COUNT OUTPUT")
    count, output = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(20251125)
    with open(output, "w", encoding="utf-8") as out:
        for i in range(count):
            name, aliases = subject(rng)
            rec = {"id": f"rec-{i:07}", "subject": name, "aliases": aliases}
            rec.update(value(rng, i))
            rec["source"] = rng.choice(SOURCES).format(i)
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
