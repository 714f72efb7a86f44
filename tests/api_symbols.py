#!/usr/bin/env python3
"""Compares the dynamic exports of the four built libraries with the symbol list of api.md.

usage: api_symbols.py LIBDIR [API_MD]

api.md assigns every function to libraries per version: F = libfann + libfloatfann,
D = libdoublefann, X = libfixedfann; "—" or any other text ("declared only") = not exported.
We implement 2.2.0 plus the later upstream (master) additions, so every library must export
every name api.md gives it in either version, and nothing else but our documented extensions.
Exit 0 = pass, 1 = a library fails, 2 = api.md does not agree with its own summary (§1.1/§1.2).
"""
import os
import re
import subprocess
import sys

LIBS = {'fann': 'F', 'floatfann': 'F', 'doublefann': 'D', 'fixedfann': 'X'}
VERSIONS = ('2.2.0', 'master')
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# Extra exports that are ours, not upstream's. fann_set_exact/fann_get_exact are read from
# COMPATIBILITY.md's "**extension**" rows below; fann_test_data_parallel is declared by master's
# parallel_fann.h but defined nowhere upstream (api.md §5.2.8), we define it.
EXTENSIONS = {'fann_test_data_parallel'}


def section(text, start, end):
    """The text from the heading starting with `start` up to the next heading starting with `end`."""
    m = re.search(r'^#+ ' + re.escape(start) + r'.*?(?=^#+ ' + re.escape(end) + ')', text, re.M | re.S)
    if not m:
        sys.exit(f'api.md: section {start} not found')
    return m.group(0)


def tables(text):
    """Yields (header cells, row cells) of every markdown table row in text."""
    def cells(line):
        return [c.strip() for c in line.strip().strip('|').split('|')]
    header = None
    lines = text.splitlines()
    for prev, line in zip([''] + lines, lines):
        if not line.startswith('|'):
            header = None
        elif re.fullmatch(r'[-|: ]+', line):
            header = cells(prev)  # the row above a |---| line is the header
        elif header:
            yield header, cells(line)


def libs_of(cell):
    """'FDX' -> {'F','D','X'}; '—', 'declared only' and anything else -> not exported."""
    return set(cell) if re.fullmatch(r'[FDX]+', cell) else set()


def parse(text):
    """Returns expected[version][letter] = set of names, plus a list of notes to print."""
    exp = {v: {l: set() for l in 'FDX'} for v in VERSIONS}
    notes = []
    # §5.1: each row X of the parameter table gives fann_get_X and fann_set_X everywhere —
    # unless the row itself says one of them is missing. (The second table of §5.1, "Other
    # per-struct state", also has backticked names but they are not accessors.)
    s51 = section(text, '5.1', '5.2')
    if 'both functions exist in all libraries F, D, X (2.2.0 and master)' not in s51:
        sys.exit('api.md §5.1: the "both functions exist in all libraries" rule changed; update the parser')
    for header, row in tables(s51):
        if not header[0].startswith('Parameter'):
            continue
        x = row[0].strip('`')
        names = {'fann_get_' + x, 'fann_set_' + x}
        rowtext = ' '.join(row).lower()
        if re.search(r'getter[- ]only|no setter|read[- ]only', rowtext):
            names = {'fann_get_' + x}
            notes.append(f'§5.1 {x}: getter only')
        elif re.search(r'setter[- ]only|no getter', rowtext):
            names = {'fann_set_' + x}
            notes.append(f'§5.1 {x}: setter only')
        for v in VERSIONS:
            for l in 'FDX':
                exp[v][l] |= names
    # §5.2: function tables with explicit "2.2.0" and "master" availability columns.
    seen = set()
    for header, row in tables(section(text, '5.2', '6.')):
        if '2.2.0' not in header or 'master' not in header:
            continue
        name = row[0].strip('`')
        if name in seen:
            notes.append(f'§5.2 lists {name} twice')
        seen.add(name)
        for v in VERSIONS:
            cell = row[header.index(v)]
            if cell != '—' and not libs_of(cell):
                notes.append(f'§5.2 {name} {v}: "{cell}" read as not exported')
            for l in libs_of(cell):
                exp[v][l].add(name)
    # Data objects (§1.1): fann_default_error_log everywhere, FANN_SEED_RAND added by master.
    s11 = section(text, '1.1', '1.2')
    data = {'2.2.0': set(re.findall(r'only data object is\s+`(\w+)`', s11))}
    data['master'] = data['2.2.0'] | set(re.findall(r'master adds\s+`(\w+)`\s+\(OBJECT', s11))
    for v in VERSIONS:
        for l in 'FDX':
            exp[v][l] |= data[v]
    return exp, data, notes


def check_summary(text, exp, data):
    """Checks the parsed sets against api.md's own summary in §1.1/§1.2; returns mismatch lines."""
    bad = []
    old, new = exp['2.2.0'], exp['master']
    s11, s12 = section(text, '1.1', '1.2'), section(text, '1.2', '1.3')
    # §1.1 table: "N functions + M data object" per library.
    for header, row in tables(s11):
        lib = re.match(r'`lib(\w+)\.so', row[0]).group(1)
        nf, nd = map(int, re.search(r'(\d+)(?: functions)? \+ (\d+)', row[4]).groups())
        got = (len(old[LIBS[lib]] - data['2.2.0']), len(data['2.2.0']))
        print(f'CHECK api.md §1.1 lib{lib} 2.2.0: {nf} functions + {nd} data; parsed {got[0]} + {got[1]}'
              + ('' if got == (nf, nd) else '  MISMATCH'))
        if got != (nf, nd):
            bad.append(f'§1.1 lib{lib}')

    def names(s):  # code spans may hold several space-separated names
        return {n for span in re.findall(r'`([^`]+)`', s) for n in span.split()}

    def compare(what, parsed, listed):
        ok = parsed == listed
        print(f'CHECK api.md §1.2 {what}: {len(listed)} listed, {len(parsed)} parsed'
              + ('' if ok else f'  MISMATCH only parsed: {sorted(parsed - listed)} only listed: {sorted(listed - parsed)}'))
        if not ok:
            bad.append(f'§1.2 {what}')

    lacks = re.search(r'\*\*lacks\*\* these (\d+) names[^:]*:(.*?)and \*\*adds\*\*(.*?)\.\n', s12, re.S)
    if int(lacks.group(1)) != len(names(lacks.group(2))):
        bad.append('§1.2 lacks count')
        print(f'CHECK api.md §1.2 says {lacks.group(1)} names lacking but lists {len(names(lacks.group(2)))}  MISMATCH')
    compare('fixed lacks (2.2.0)', old['F'] - old['X'], names(lacks.group(2)))
    compare('fixed adds (2.2.0)', old['X'] - old['F'], names(lacks.group(3)))
    added = re.search(r'master adds to float/double/fixed:(.*?)float/double only:(.*?)\(these', s12, re.S)
    compare('master adds to F', new['F'] - old['F'], names(added.group(1)) | names(added.group(2)))
    compare('master adds to X', new['X'] - old['X'], names(added.group(1)))
    for l in 'FDX':
        if old[l] - new[l]:
            bad.append(f'master removes from {l}: {sorted(old[l] - new[l])}')
    if old['F'] != old['D'] or new['F'] != new['D']:
        bad.append('float and double libraries differ (the conventions say identical names)')
    return bad


def exports(path):
    out = subprocess.run(['nm', '-D', '--defined-only', path], capture_output=True, text=True, check=True).stdout
    return {line.split()[-1].split('@')[0] for line in out.splitlines() if line.strip()}


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    libdir = sys.argv[1]
    candidates = sys.argv[2:] or [os.path.join(ROOT, '..', 'shared', 'spec', 'api.md'), '/work/shared/spec/api.md']
    api_md = next((p for p in candidates if os.path.exists(p)), None)
    if not api_md:
        sys.exit(f'api.md not found (tried {candidates})')
    text = open(api_md, encoding='utf-8').read()
    exp, data, notes = parse(text)
    for n in notes:
        print(f'NOTE api.md {n}')
    bad = check_summary(text, exp, data)
    for b in bad:
        print(f'FAIL api.md inconsistent: {b}')

    compat = open(os.path.join(ROOT, 'COMPATIBILITY.md'), encoding='utf-8').read()
    ext = EXTENSIONS | {n for line in compat.splitlines() if '**extension**' in line
                        for n in re.findall(r'`(fann_\w+)\(', line)}
    print(f'extensions allowed: {" ".join(sorted(ext))}')

    status = 0
    for lib, letter in LIBS.items():
        got = exports(os.path.join(libdir, f'lib{lib}.so.2'))
        # Informational: Debian's real 2.2.0 library against api.md's 2.2.0 column.
        debian = f'/usr/lib/x86_64-linux-gnu/lib{lib}.so.2'
        if os.path.exists(debian):
            d = exports(debian)
            diff = sorted(d ^ exp['2.2.0'][letter])
            print(f'CHECK api.md 2.2.0 lib{lib} vs Debian: ' + (f'same {len(d)} names' if not diff else f'differ: {diff}'))
        missing = set()
        for v in VERSIONS:
            want = exp[v][letter]
            miss, extra = sorted(want - got), sorted(got - want - ext)
            missing |= set(miss)
            print(f'  lib{lib} {v}: {len(want)} expected, {len(want & got)} exported, '
                  f'missing {len(miss)}: {" ".join(miss) or "-"}; not in {v} {len(extra)}: {" ".join(extra) or "-"}')
        unknown = sorted(got - exp['2.2.0'][letter] - exp['master'][letter] - ext)
        if missing or unknown:
            status = 1
            print(f'FAIL api symbols lib{lib}: {len(missing)} missing: {" ".join(sorted(missing)) or "-"}; '
                  f'{len(unknown)} unknown exports: {" ".join(unknown) or "-"}')
        else:
            print(f'PASS api symbols lib{lib}: {len(got)} exports = api.md 2.2.0 + master '
                  f'({len(exp["master"][letter])}) + {len(got - exp["master"][letter])} extensions')
    sys.exit(2 if bad else status)


if __name__ == '__main__':
    main()
