#!/usr/bin/env python3
"""Times the Python extractors a user would otherwise reach for on the same
articles, for bench/peers.sh. Model construction and imports are done
before the clock starts: only extraction over the texts is timed.

    python peers.py PEER FILE...   (PEER: recognizers, dateparser, quantulum3)

Prints one line: PEER SECONDS BYTES MENTIONS.
"""

import sys
import time
import warnings

warnings.filterwarnings("ignore")


def recognizers():
    from recognizers_number import NumberRecognizer
    from recognizers_number_with_unit import NumberWithUnitRecognizer
    from recognizers_date_time import DateTimeRecognizer
    from recognizers_text import Culture

    culture = Culture.English
    number = NumberRecognizer(culture)
    unit = NumberWithUnitRecognizer(culture)
    models = [
        number.get_number_model(),
        number.get_ordinal_model(),
        number.get_percentage_model(),
        unit.get_currency_model(),
        unit.get_dimension_model(),
        DateTimeRecognizer(culture).get_datetime_model(),
    ]
    return lambda text: sum(len(m.parse(text)) for m in models)


def dateparser_search():
    from dateparser.search import search_dates

    search_dates("warm up on 5 March 2005", languages=["en"])
    return lambda text: len(search_dates(text, languages=["en"]) or [])


def quantulum():
    from quantulum3 import parser

    parser.parse("warm up: 5 km")
    return lambda text: len(parser.parse(text))


PEERS = {"recognizers": recognizers, "dateparser": dateparser_search, "quantulum3": quantulum}


def main():
    peer, files = sys.argv[1], sys.argv[2:]
    texts = [open(f, encoding="utf-8").read() for f in files]
    extract = PEERS[peer]()
    start = time.perf_counter()
    found = sum(extract(t) for t in texts)
    seconds = time.perf_counter() - start
    print(peer, f"{seconds:.3f}", sum(len(t.encode()) for t in texts), found)


if __name__ == "__main__":
    main()
