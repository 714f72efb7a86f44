#!/usr/bin/env python3
"""Generates the malformed-file corpus of tests/malformed_files.rs.

    python3 tests/malformed/generate.py            # (re)writes the four directories
    python3 tests/malformed/generate.py --debian   # also loads every file with Debian's FANN
                                                   # 2.2.0 (libfann-dev) and compares

Directories: net_float/ (read by parse_net::<f32> and ::<f64>), net_fixed/ (::<i32>),
train_float/ (parse_train::<f32> and ::<f64>), train_fixed/ (::<i32>). Each has an
expected.txt: `file<TAB>result`, result being `ok` (must load), `none` (Err(None): fewer than
two layers, FANN prints nothing) or `<code> <message>` (the FannError's code and Display text
without its final newline; the file name in messages is the bare file name, which is what the
test passes as the name).

Expectations are FANN 2.2.0's behaviour (formats.md 1.4-1.6, 2.4) except where our reader is
deliberately stricter or bounded; such entries are preceded by `# differs: <why>` and
`# debian: <what Debian's FANN does>` comments, which `--debian` checks too. Debian is run with
a 4 GiB address-space limit (see debian_check.c), so its huge allocations fail with error 11.

The base files are the examples of formats.md 5.1, 5.2, 5.4, 5.3, 1.8 and 5.6. Every one is
truncated at every line (the line missing, cut inside its key, cut after its first value).
Everything is deterministic (random files use fixed seeds).
"""

import os
import random
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))

FLOAT_NET = (
    'FANN_FLO_2.1\n'
    'num_layers=3\n'
    'learning_rate=0.700000\n'
    'connection_rate=1.000000\n'
    'network_type=0\n'
    'learning_momentum=0.000000\n'
    'training_algorithm=2\n'
    'train_error_function=1\n'
    'train_stop_function=0\n'
    'cascade_output_change_fraction=0.010000\n'
    'quickprop_decay=-0.000100\n'
    'quickprop_mu=1.750000\n'
    'rprop_increase_factor=1.200000\n'
    'rprop_decrease_factor=0.500000\n'
    'rprop_delta_min=0.000000\n'
    'rprop_delta_max=50.000000\n'
    'rprop_delta_zero=0.100000\n'
    'cascade_output_stagnation_epochs=12\n'
    'cascade_candidate_change_fraction=0.010000\n'
    'cascade_candidate_stagnation_epochs=12\n'
    'cascade_max_out_epochs=150\n'
    'cascade_min_out_epochs=50\n'
    'cascade_max_cand_epochs=150\n'
    'cascade_min_cand_epochs=50\n'
    'cascade_num_candidate_groups=2\n'
    'bit_fail_limit=3.49999994039535522461e-01\n'
    'cascade_candidate_limit=1.00000000000000000000e+03\n'
    'cascade_weight_multiplier=4.00000005960464477539e-01\n'
    'cascade_activation_functions_count=10\n'
    'cascade_activation_functions=3 5 7 8 10 11 14 15 16 17 \n'
    'cascade_activation_steepnesses_count=4\n'
    'cascade_activation_steepnesses=2.50000000000000000000e-01 5.00000000000000000000e-01 7.50000000000000000000e-01 1.00000000000000000000e+00 \n'
    'layer_sizes=3 4 2 \n'
    'scale_included=0\n'
    'neurons (num_inputs, activation_function, activation_steepness)=(0, 0, 0.00000000000000000000e+00) (0, 0, 0.00000000000000000000e+00) (0, 0, 0.00000000000000000000e+00) (3, 5, 5.00000000000000000000e-01) (3, 5, 5.00000000000000000000e-01) (3, 5, 5.00000000000000000000e-01) (0, 5, 0.00000000000000000000e+00) (4, 0, 5.00000000000000000000e-01) (0, 0, 0.00000000000000000000e+00) \n'
    'connections (connected_to_neuron, weight)=(0, -6.49999976158142089844e-01) (1, -4.00000005960464477539e-01) (2, -1.50000005960464477539e-01) (0, 1.00000001490116119385e-01) (1, 3.49999994039535522461e-01) (2, 6.00000023841857910156e-01) (0, 8.50000023841857910156e-01) (1, -6.49999976158142089844e-01) (2, -4.00000005960464477539e-01) (3, -1.50000005960464477539e-01) (4, 1.00000001490116119385e-01) (5, 3.49999994039535522461e-01) (6, 6.00000023841857910156e-01) \n'
)

FIXED_NET = (
    'FANN_FIX_2.0\n'
    'decimal_point=14\n'
    'num_layers=3\n'
    'learning_rate=0.700000\n'
    'connection_rate=1.000000\n'
    'network_type=0\n'
    'learning_momentum=0.000000\n'
    'training_algorithm=2\n'
    'train_error_function=1\n'
    'train_stop_function=0\n'
    'cascade_output_change_fraction=0.010000\n'
    'quickprop_decay=-0.000100\n'
    'quickprop_mu=1.750000\n'
    'rprop_increase_factor=1.200000\n'
    'rprop_decrease_factor=0.500000\n'
    'rprop_delta_min=0.000000\n'
    'rprop_delta_max=50.000000\n'
    'rprop_delta_zero=0.100000\n'
    'cascade_output_stagnation_epochs=12\n'
    'cascade_candidate_change_fraction=0.010000\n'
    'cascade_candidate_stagnation_epochs=12\n'
    'cascade_max_out_epochs=150\n'
    'cascade_min_out_epochs=50\n'
    'cascade_max_cand_epochs=150\n'
    'cascade_min_cand_epochs=50\n'
    'cascade_num_candidate_groups=2\n'
    'bit_fail_limit=5734\n'
    'cascade_candidate_limit=16384000\n'
    'cascade_weight_multiplier=6554\n'
    'cascade_activation_functions_count=10\n'
    'cascade_activation_functions=3 5 7 8 10 11 14 15 16 17 \n'
    'cascade_activation_steepnesses_count=4\n'
    'cascade_activation_steepnesses=4096 8192 12288 16384 \n'
    'layer_sizes=3 4 2 \n'
    'neurons (num_inputs, activation_function, activation_steepness)=(0, 0, 0) (0, 0, 0) (0, 0, 0) (3, 5, 8192) (3, 5, 8192) (3, 5, 8192) (0, 5, 0) (4, 0, 8192) (0, 0, 0) \n'
    'connections (connected_to_neuron, weight)=(0, -10650) (1, -6554) (2, -2458) (0, 1638) (1, 5734) (2, 9830) (0, 13926) (1, -10650) (2, -6554) (3, -2458) (4, 1638) (5, 5734) (6, 9830) \n'
)

LEGACY_FLOAT_NET = (
    'FANN_FLO_1.1\n'
    '3 0.700000 1.000000 0 5 0 0.5 0.5\n'
    '3 4 2 \n'
    '0 0 0 3 3 3 0 4 0 \n'
    '(0 -6.49999976158142089844e-01) (1 -4.00000005960464477539e-01) (2 -1.50000005960464477539e-01) (0 1.00000001490116119385e-01) (1 3.49999994039535522461e-01) (2 6.00000023841857910156e-01) (0 8.50000023841857910156e-01) (1 -6.49999976158142089844e-01) (2 -4.00000005960464477539e-01) (3 -1.50000005960464477539e-01) (4 1.00000001490116119385e-01) (5 3.49999994039535522461e-01) (6 6.00000023841857910156e-01) \n'
)

NEURONS_KEY = "neurons (num_inputs, activation_function, activation_steepness)"
CONNECTIONS_KEY = "connections (connected_to_neuron, weight)"

TRAIN_FLOAT = "2 3 2\n1 0 -1 \n0.500000 0.750000 \n1 0 -1 \n0.500000 0.750000 \n"
TRAIN_FIXED = "2 3 2\n1 0 -1 \n128 192 \n1 0 -1 \n128 192 \n"


def replace_line(text, prefix, new):
    """The text with the line starting with `prefix` replaced by `new` (no newline; None
    drops the line)."""
    out, found = [], False
    for line in text.splitlines(keepends=True):
        if not found and line.startswith(prefix):
            found = True
            if new is not None:
                out.append(new + "\n")
        else:
            out.append(line)
    assert found, prefix
    return "".join(out)


def line_of(text, prefix):
    return next(l for l in text.splitlines() if l.startswith(prefix))


def insert_after(text, prefix, new):
    line = line_of(text, prefix)
    return replace_line(text, prefix, line + "\n" + new)


SHORTCUT_NET = FLOAT_NET
SHORTCUT_NET = replace_line(SHORTCUT_NET, "network_type=", "network_type=1")
SHORTCUT_NET = replace_line(SHORTCUT_NET, "layer_sizes=", "layer_sizes=3 2 1 ")
SHORTCUT_NET = replace_line(
    SHORTCUT_NET, "neurons ",
    NEURONS_KEY + "=(0, 0, 0.00000000000000000000e+00) (0, 0, 0.00000000000000000000e+00) "
    "(0, 0, 0.00000000000000000000e+00) (3, 4, 5.00000000000000000000e-01) "
    "(3, 4, 5.00000000000000000000e-01) (5, 4, 5.00000000000000000000e-01) ")
SHORTCUT_NET = replace_line(
    SHORTCUT_NET, "connections ",
    CONNECTIONS_KEY + "=" + "".join(
        "(%d, %s) " % (src, "%.20e" % (i * 0.125 - 0.5))
        for i, src in enumerate([0, 1, 2, 0, 1, 2, 0, 1, 2, 3, 4])))

SCALED_NET = replace_line(
    FLOAT_NET, "scale_included=",
    "scale_included=1\n"
    "scale_mean_in=2.000000 20.000000 \n"
    "scale_deviation_in=2.000000 10.000000 \n"
    "scale_new_min_in=-1.000000 -1.000000 \n"
    "scale_factor_in=1.000000 1.000000 \n"
    "scale_mean_out=2.000000 \n"
    "scale_deviation_out=1.000000 \n"
    "scale_new_min_out=0.000000 \n"
    "scale_factor_out=0.500000 ")

FLOAT_WEIGHTS = [w.split(", ")[1] for w in line_of(FLOAT_NET, "connections ").split("=")[1]
                 .strip().strip("()").split(") (")]
FIXED_WEIGHTS = [w.split(", ")[1] for w in line_of(FIXED_NET, "connections ").split("=")[1]
                 .strip().strip("()").split(") (")]
SOURCES = [0, 1, 2, 0, 1, 2, 0, 1, 2, 3, 4, 5, 6]

LEGACY_FIXED_NET = (
    "FANN_FIX_1.1\n14\n3 0.700000 1.000000 0 5 0 8192 8192\n3 4 2 \n0 0 0 3 3 3 0 4 0 \n"
    + "".join("(%d %s) " % (s, w) for s, w in zip(SOURCES, FIXED_WEIGHTS)) + "\n")


def connections(weights, sources=SOURCES, fmt="(%s, %s) "):
    return CONNECTIONS_KEY + "=" + "".join(fmt % (s, w) for s, w in zip(sources, weights))


def with_weight(text, index, value, fixed=False):
    """The net with connection `index`'s weight text replaced."""
    weights = list(FIXED_WEIGHTS if fixed else FLOAT_WEIGHTS)
    weights[index] = value
    return replace_line(text, "connections ", connections(weights))


# ---------------------------------------------------------------------------------------------
# Expected results

def e3(f):
    return '3 Wrong version of configuration file, aborting read of configuration file "%s".' % f


def e4(key, f):
    return '4 Error reading "%s" from configuration file "%s".' % (key, f)


def e5(f):
    return '5 Error reading neuron info from configuration file "%s".' % f


def e6(f):
    return '6 Error reading connections from configuration file "%s".' % f


def e10(f, line):
    return '10 Error reading info from train data file "%s", line: %d.' % (f, line)


E11 = "11 Unable to allocate memory."
OK = "ok"
NONE = "none"

# The deliberate differences (see the report in expected.txt headers).
WHY_ALLOC = ("allocations above the 2 GiB limit of the C API fail with error 11 before "
             "reading on (FANN, given the memory, allocates and then fails reading)")
WHY_ALLOC_WRAP = ("layer sizes are summed without 32-bit wrap-around and checked against the bytes "
                  "left; FANN's wrapped total gives layers pointing outside its neuron array")
WHY_CRLF = "a CRLF version line is accepted (FANN compares 13 bytes and sees the CR)"
WHY_SOURCE = "source neuron index >= total neurons is refused (FANN loads it and later corrupts memory)"
WHY_FANIN = ("a fully connected net (connection_rate >= 1) whose neuron has more inputs than "
             "the neurons before its layer is refused (FANN reads past the neuron array when run)")
WHY_ZERO = "a layer size of 0 is refused, as FANN master does (2.2.0 divides by zero later)"
WHY_DP = "decimal_point > 30 is refused (FANN computes 1 << decimal_point)"
WHY_WRAP = ("connection counts are summed without 32-bit wrap-around; FANN's wrapped total "
            "leaves neurons pointing outside the connection arrays")
NOTE_TRAIN_CRASH = ("without an address-space limit FANN 2.2.0 may get the first block, raise error 11 "
                    "on the next and then crash with a double free (formats.md 2.4)")
WHY_EMPTY = ("FANN 2.2.0 reallocs the cascade array to 0 bytes, gets NULL from glibc and fails "
             "with error 11, so it cannot load a file it saved itself; an empty list loads here")


class Case:
    def __init__(self, name, content, expected, differs=None, debian=None, debian_double=None, note=None):
        self.note = note
        self.name = name
        self.content = content if isinstance(content, bytes) else content.encode("latin-1")
        self.expected = expected
        self.differs = differs
        self.debian = debian
        self.debian_double = debian_double


# ---------------------------------------------------------------------------------------------
# Truncations: every line of a valid 2.1-format network file missing, cut inside its key, and
# cut after its first value. What FANN reports depends on how the line is read:
#   scalar `key=%u\n` lines: error 4 naming the key, at EOF or not;
#   list lines read with fann_skip("key="): fscanf with only literal text returns EOF at end
#     of file, so a list key missing at EOF is error 4 naming the key *with* its "=";
#   scale_included: an unreadable one is skipped (no scale block);
#   neurons / connections: a tuple missing after the key is error 5 / 6.

def line_key(line):
    return line.split("=", 1)[0] if "=" in line else None


LIST_KEYS = {"cascade_activation_functions", "cascade_activation_steepnesses", "layer_sizes",
             "scale_mean_in", "scale_deviation_in", "scale_new_min_in", "scale_factor_in",
             "scale_mean_out", "scale_deviation_out", "scale_new_min_out", "scale_factor_out",
             NEURONS_KEY, CONNECTIONS_KEY}


def expect_eof_before(lines, j, f):
    """FANN's result when the file ends right before line j (0-based) of `lines`."""
    if j == 0:
        return e3(f)
    if j >= len(lines):
        return OK
    key = line_key(lines[j])
    if key == "scale_included":
        # skipped; fann_skip of the neurons key then meets EOF
        return e4(NEURONS_KEY + "=", f)
    if key in LIST_KEYS:
        return e4(key + "=", f)
    return e4(key, f)


def expect_cut_after_first_value(lines, j, f):
    line = lines[j].rstrip("\n")
    key, rest = line.split("=", 1)
    if key == "scale_included":
        return expect_eof_before(lines, j + 1, f)
    items = rest.split()
    if key == NEURONS_KEY:
        return e5(f)
    if key == CONNECTIONS_KEY:
        return e6(f)
    if key in LIST_KEYS:
        return e4(key, f) if len(items) > 1 else expect_eof_before(lines, j + 1, f)
    # a complete scalar value: the next line is missing
    return expect_eof_before(lines, j + 1, f)


def first_value_cut(line):
    """The line cut right after its first value (tuple for neurons/connections)."""
    key, rest = line.split("=", 1)
    if key in (NEURONS_KEY, CONNECTIONS_KEY):
        return key + "=" + rest[: rest.index(")") + 1]
    stripped = rest.lstrip()
    first = stripped.split()[0] if stripped.split() else ""
    return key + "=" + rest[: len(rest) - len(stripped)] + first


def truncations(prefix, text):
    lines = text.splitlines(keepends=True)
    cases = []
    for j in range(len(lines)):
        head = "".join(lines[:j])
        name = "%s_line%02d" % (prefix, j + 1)
        cases.append(Case(name + "_missing.net", head, None))
        cases[-1].expected = expect_eof_before(lines, j, cases[-1].name)
        line = lines[j].rstrip("\n")
        key = line_key(line)
        if key is None:  # the version line
            cases.append(Case(name + "_cut.net", head + line[: len(line) // 2], e3(name + "_cut.net")))
            continue
        cut = line[: max(1, len(key) // 2)]
        c = Case(name + "_cut_in_key.net", head + cut, None)
        if key == "scale_included":
            c.expected = e4(NEURONS_KEY + "=", c.name)
        elif key in LIST_KEYS:
            c.expected = e4(key + "=", c.name)
        else:
            c.expected = e4(key, c.name)
        cases.append(c)
        c = Case(name + "_cut_after_value.net", head + first_value_cut(line), None)
        c.expected = expect_cut_after_first_value(lines, j, c.name)
        cases.append(c)
    cases.append(Case(prefix + "_no_final_newline.net", text.rstrip("\n"), OK))
    return cases


def legacy_truncations(prefix, text, fixed):
    """The 1.1 format: header line -> error 4 "parameters" (fixed: "decimal_point" first),
    layer sizes and fan-ins -> error 5, connections -> error 6."""
    lines = text.splitlines(keepends=True)
    kinds = ["version"] + (["decimal_point"] if fixed else []) + ["parameters", "sizes", "fanin", "connections"]
    cases = []

    def err(kind, f):
        return {"version": e3, "decimal_point": lambda f: e4("decimal_point", f),
                "parameters": lambda f: e4("parameters", f), "sizes": e5, "fanin": e5,
                "connections": e6}[kind](f)

    for j, kind in enumerate(kinds):
        head = "".join(lines[:j])
        name = "%s_line%02d" % (prefix, j + 1)
        f = name + "_missing.net"
        cases.append(Case(f, head, err(kind, f)))
        line = lines[j].rstrip("\n")
        f = name + "_cut.net"
        if kind == "version":
            cases.append(Case(f, head + line[:6], e3(f)))
        elif kind == "decimal_point":
            pass  # a number cut in half is still a number
        elif kind == "parameters":
            cases.append(Case(f, head + " ".join(line.split()[:3]), err(kind, f)))
        elif kind == "connections":
            cases.append(Case(f, head + line[: line.index(")") + 1], err(kind, f)))
        else:
            cases.append(Case(f, head + line.split()[0] + " ", err(kind, f)))
    cases.append(Case(prefix + "_no_final_newline.net", text.rstrip("\n"), OK))
    return cases


def train_truncations(prefix, text):
    """Line i (1-based) of a training file is FANN's logical line i when every pattern uses
    two lines; a missing or cut line fails there."""
    lines = text.splitlines(keepends=True)
    cases = []
    for j in range(len(lines)):
        head = "".join(lines[:j])
        name = "%s_line%02d" % (prefix, j + 1)
        f = name + "_missing.data"
        cases.append(Case(f, head, e10(f, j + 1)))
        f = name + "_cut_after_value.data"
        cases.append(Case(f, head + lines[j].split()[0] + " ", e10(f, j + 1)))
    cases.append(Case(prefix + "_no_final_newline.data", text.rstrip("\n"), OK))
    return cases


def garbage(seed, size, prefix=b""):
    rnd = random.Random(seed)
    return prefix + bytes(rnd.randrange(256) for _ in range(size))


# ---------------------------------------------------------------------------------------------
# Network files read by the float and double libraries

def net_float_cases():
    F = FLOAT_NET
    c = []

    def add(name, content, expected, **kw):
        exp = expected(name) if callable(expected) else expected
        kw = {k: (v(name) if callable(v) else v) for k, v in kw.items()}
        c.append(Case(name, content, exp, **kw))

    def k4(key):
        return lambda f: e4(key, f)

    # --- loads (the reader's documented tolerance) ---
    add("valid.net", F, OK)
    add("valid_shortcut.net", SHORTCUT_NET, OK)
    add("valid_scaled.net", SCALED_NET, OK)
    add("valid_legacy_1_1.net", LEGACY_FLOAT_NET, OK)
    add("valid_version_2_0.net", F.replace("FANN_FLO_2.1", "FANN_FLO_2.0", 1), OK)
    add("valid_two_layers.net", replace_line(replace_line(replace_line(replace_line(
        F, "num_layers=", "num_layers=2"), "layer_sizes=", "layer_sizes=3 2 "),
        "neurons ", NEURONS_KEY + "=(0, 0, 0) (0, 0, 0) (0, 0, 0) (3, 0, 0.5) (0, 0, 0) "),
        "connections ", CONNECTIONS_KEY + "=(0, 0.5) (1, -0.5) (2, 0.25) "), OK)
    add("valid_no_inputs.net", replace_line(replace_line(replace_line(replace_line(
        F, "num_layers=", "num_layers=2"), "layer_sizes=", "layer_sizes=1 2 "),
        "neurons ", NEURONS_KEY + "=(0, 0, 0) (1, 0, 0.5) (0, 0, 0) "),
        "connections ", CONNECTIONS_KEY + "=(0, 0.5) "), OK)
    add("tolerated_crlf_after_version_line.net",
        F.replace("\n", "\r\n").replace("FANN_FLO_2.1\r\n", "FANN_FLO_2.1\n", 1), OK)
    add("tolerated_blank_lines_and_indentation.net",
        F.replace("\n", "\n\n \t").replace("FANN_FLO_2.1\n\n \t", "FANN_FLO_2.1\n", 1), OK)
    add("tolerated_space_after_equals.net", F.replace("=", "= ").replace(")= (", ")=("), OK)
    # a tuple's "(" must follow the list key's "=" immediately
    add("space_after_equals_before_tuples.net", F.replace("=", "= "), e5)
    add("tolerated_no_trailing_spaces.net", F.replace(" \n", "\n"), OK)
    add("tolerated_lists_split_over_lines.net",
        F.replace(") (", ")\n(").replace("layer_sizes=3 4 2", "layer_sizes=3\n4\n2"), OK)
    add("tolerated_tuples_without_spaces.net", F.replace(", ", ",").replace(") (", ")("), OK)
    add("tolerated_key_text_without_spaces.net",
        F.replace(NEURONS_KEY, NEURONS_KEY.replace(" ", "")).replace(CONNECTIONS_KEY, CONNECTIONS_KEY.replace(" ", "")), OK)
    add("tolerated_key_text_with_more_spaces.net",
        F.replace(NEURONS_KEY, NEURONS_KEY.replace(" ", " \n\t ")), OK)
    add("tolerated_trailing_garbage.net", F + "garbage after the last connection \x00\xff\n", OK)
    add("tolerated_more_connections_than_needed.net",
        F.rstrip("\n") + "(0, 1.0) (99, x\n", OK)
    add("tolerated_missing_scale_included.net", replace_line(F, "scale_included=", None), OK)
    add("tolerated_scale_included_2.net", F.replace("scale_included=0", "scale_included=2"), OK)
    add("scale_included_not_a_number.net",
        F.replace("scale_included=0", "scale_included=x"), e5)
    add("tolerated_plus_signs.net", F.replace("num_layers=3", "num_layers=+3").replace("(3, 5,", "(+3, +5,"), OK)
    add("tolerated_num_layers_leading_zeros.net",
        F.replace("num_layers=3", "num_layers=" + "0" * 100000 + "3"), OK)
    add("tolerated_learning_rate_long_digits.net",
        F.replace("learning_rate=0.700000", "learning_rate=0.7" + "0" * 100000 + "1"), OK)
    add("tolerated_weight_long_digits.net", with_weight(F, 5, "0." + "6" * 100000), OK)
    add("tolerated_deeply_repeated_whitespace.net",
        F.replace("=", "=" + " \t\n\r\x0b\x0c" * 2000, 3).replace(") (", ")" + " \n" * 3000 + "("), OK)
    add("tolerated_long_whitespace_line.net", F.replace("layer_sizes=3 4 2 ", "layer_sizes=3 4 2" + " " * 100000), OK)
    add("tolerated_unknown_enum_values.net",
        F.replace("network_type=0", "network_type=7").replace("training_algorithm=2", "training_algorithm=99")
        .replace("(3, 5, 5.0", "(3, 4000, 5.0"), OK)
    add("tolerated_network_type_negative.net", F.replace("network_type=0", "network_type=-1"), OK)
    add("tolerated_num_layers_wraps_to_3.net", F.replace("num_layers=3", "num_layers=4294967299"), OK)
    add("tolerated_sparse_net_extra_inputs.net", replace_line(replace_line(F.replace(
        "connection_rate=1.000000", "connection_rate=0.500000"),
        "neurons ", line_of(F, "neurons ").replace("(3, 5, 5.00000000000000000000e-01) (0, 5,",
                                                  "(4, 5, 5.00000000000000000000e-01) (0, 5,")),
        "connections ", connections(FLOAT_WEIGHTS[:9] + ["0.5"] + FLOAT_WEIGHTS[9:], SOURCES[:9] + [8] + SOURCES[9:])), OK)

    # --- special values ---
    add("values_nan_inf_weights.net", replace_line(F, "connections ", connections(
        ["nan", "-nan", "inf", "-inf", "NAN", "Infinity", "-INFINITY", "1e999", "-1e999", "1e-999",
         "0x1.8p1", "-0X10", "nan"])), OK)
    add("values_nan_parameters.net", F.replace("learning_rate=0.700000", "learning_rate=nan")
        .replace("connection_rate=1.000000", "connection_rate=inf")
        .replace("bit_fail_limit=3.49999994039535522461e-01", "bit_fail_limit=-nan")
        .replace("(3, 5, 5.00000000000000000000e-01)", "(3, 5, inf)", 1), OK)
    add("values_nan_connection_rate.net", F.replace("connection_rate=1.000000", "connection_rate=nan"), OK)
    add("values_scale_nan.net", SCALED_NET.replace("scale_mean_in=2.000000 20.000000", "scale_mean_in=nan -inf"), OK)
    # glibc's scanf reads "nan" but not "nan(chars)": the "(" stops the tuple
    add("values_nan_with_payload.net", with_weight(F, 3, "nan(123)"), e6)
    add("values_nan_with_payload_parameter.net",
        F.replace("learning_rate=0.700000", "learning_rate=nan(1)"), k4("connection_rate"))
    # scanf consumes the characters it tried: "1e", "1.5e+" and "0x" are numbers followed by nothing
    add("values_exponent_without_digits.net", F.replace("learning_rate=0.700000", "learning_rate=1e"), OK)
    add("values_exponent_sign_without_digits.net", with_weight(F, 4, "1.5e+"), OK)
    add("values_hex_prefix_without_digits.net", F.replace("learning_rate=0.700000", "learning_rate=0x"), k4("learning_rate"))
    # "infinite": scanf fails once "infinity" cannot be completed
    add("values_infinite.net", F.replace("learning_rate=0.700000", "learning_rate=infinite"), k4("learning_rate"))
    add("values_inf_followed_by_letters.net", F.replace("learning_rate=0.700000", "learning_rate=infx"), k4("connection_rate"))
    add("values_comma_decimal.net", F.replace("learning_rate=0.700000", "learning_rate=0,700000"), k4("connection_rate"))
    add("values_number_then_garbage.net", F.replace("learning_rate=0.700000", "learning_rate=0.700000x"), k4("connection_rate"))
    add("values_learning_rate_not_a_number.net", F.replace("learning_rate=0.700000", "learning_rate=abc"), k4("learning_rate"))
    add("values_bit_fail_limit_not_a_number.net",
        F.replace("bit_fail_limit=3.49999994039535522461e-01", "bit_fail_limit=x"), k4("bit_fail_limit"))
    add("values_num_layers_fraction.net", F.replace("num_layers=3", "num_layers=3.5"), k4("learning_rate"))
    add("values_num_layers_nan.net", F.replace("num_layers=3", "num_layers=nan"), k4("num_layers"))
    add("values_embedded_nul.net", F.replace("learning_rate=0.700000\n", "learning_rate=0.700000\x00\n"), k4("connection_rate"))

    # --- version line ---
    add("empty.net", "", e3)
    add("version_only.net", "FANN_FLO_2.1\n", k4("num_layers"))
    add("version_without_newline.net", "FANN_FLO_2.1", e3)
    add("version_wrong_magic.net", F.replace("FANN_FLO_2.1", "FANN_FLO_2.2", 1), e3)
    add("version_lowercase.net", F.replace("FANN_FLO_2.1", "fann_flo_2.1", 1), e3)
    add("version_fixed_file.net", FIXED_NET, e3)
    add("version_legacy_fixed_file.net", LEGACY_FIXED_NET, e3)
    add("version_crlf.net", F.replace("\n", "\r\n"), OK, differs=WHY_CRLF, debian=e3)
    add("version_bom.net", "\ufeff".encode("utf-8").decode("latin-1") + F, e3)
    add("version_leading_space.net", " " + F, e3)
    add("version_leading_newline.net", "\n" + F, e3)
    add("version_blank_line_after.net", F.replace("FANN_FLO_2.1\n", "FANN_FLO_2.1\n\n", 1), k4("num_layers"))
    add("version_nul.net", "FANN_FLO_2.1\x00" + F[13:], e3)

    # --- keys ---
    add("key_missing_learning_momentum.net", replace_line(F, "learning_momentum=", None), k4("learning_momentum"))
    add("key_missing_rprop_delta_zero.net", replace_line(F, "rprop_delta_zero=", None), k4("rprop_delta_zero"))
    add("key_missing_cascade_activation_functions.net", replace_line(F, "cascade_activation_functions=", None),
        k4("cascade_activation_functions"))
    add("key_missing_layer_sizes.net", replace_line(F, "layer_sizes=", None), k4("layer_sizes"))
    add("key_missing_neurons.net", replace_line(F, "neurons ", None), e5)
    add("key_missing_connections_at_eof.net", replace_line(F, "connections ", None), k4(CONNECTIONS_KEY + "="))
    # fann_skip fails only at end of file: a complete key followed by nothing is the next read's error
    add("eof_after_layer_sizes_key.net", F[: F.index("layer_sizes=") + len("layer_sizes=")], k4("layer_sizes"))
    add("eof_after_neurons_key.net", F[: F.index("neurons ") + len(NEURONS_KEY) + 1], e5)
    add("eof_after_connections_key.net", F[: F.index("connections ") + len(CONNECTIONS_KEY) + 1], e6)
    add("eof_after_functions_key_count_0.net",
        F.replace("cascade_activation_functions_count=10", "cascade_activation_functions_count=0")
        [: F.index("cascade_activation_functions=")], E11)
    add("key_misspelled_learning_rate.net", F.replace("learning_rate=", "learning_rat="), k4("learning_rate"))
    add("key_misspelled_layer_sizes.net", F.replace("layer_sizes=", "layer_sizez="), k4("layer_sizes"))
    add("key_misspelled_neurons.net", F.replace("neurons (", "neuron ("), e5)
    add("key_misspelled_connections.net", F.replace("connections (", "connection ("), e6)
    add("key_uppercase.net", F.replace("num_layers=", "NUM_LAYERS="), k4("num_layers"))
    add("key_space_before_equals.net", F.replace("num_layers=", "num_layers ="), k4("num_layers"))
    add("key_reordered.net", F.replace("learning_rate=0.700000\nconnection_rate=1.000000",
                                       "connection_rate=1.000000\nlearning_rate=0.700000"), k4("learning_rate"))
    add("key_repeated.net", F.replace("num_layers=3\n", "num_layers=3\nnum_layers=3\n"), k4("learning_rate"))
    add("key_very_long_garbage_line.net", F.replace("num_layers=3\n", "x" * 100000 + "\nnum_layers=3\n"), k4("num_layers"))

    # --- num_layers ---
    add("num_layers_0.net", F.replace("num_layers=3", "num_layers=0"), NONE)
    add("num_layers_1.net", F.replace("num_layers=3", "num_layers=1"), NONE)
    add("num_layers_minus_0.net", F.replace("num_layers=3", "num_layers=-0"), NONE)
    # FANN returns NULL as soon as it has read num_layers < 2
    add("num_layers_1_then_garbage.net", "FANN_FLO_2.1\nnum_layers=1\ngarbage", NONE)
    add("num_layers_wraps_to_2.net", F.replace("num_layers=3", "num_layers=4294967298"), e5)
    add("num_layers_4000000000.net", F.replace("num_layers=3", "num_layers=4000000000"), E11)
    add("num_layers_4000000000_short_file.net", "FANN_FLO_2.1\nnum_layers=4000000000\n", E11)
    add("num_layers_negative.net", F.replace("num_layers=3", "num_layers=-1"), E11)
    add("num_layers_overflow.net", F.replace("num_layers=3", "num_layers=99999999999999999999"), E11)
    # strtoul saturates at ULONG_MAX whatever the sign, then %u keeps 32 bits: 4294967295
    add("num_layers_negative_overflow.net", F.replace("num_layers=3", "num_layers=-99999999999999999999"),
        E11)
    add("num_layers_4_with_3_sizes.net", F.replace("num_layers=3", "num_layers=4"), k4("layer_sizes"))
    add("num_layers_2_with_3_sizes.net", F.replace("num_layers=3", "num_layers=2"), e5)

    # --- cascade lists ---
    add("cascade_functions_count_4294967295.net",
        F.replace("cascade_activation_functions_count=10", "cascade_activation_functions_count=4294967295"),
        E11)
    add("cascade_functions_count_1000000.net",
        F.replace("cascade_activation_functions_count=10", "cascade_activation_functions_count=1000000"),
        k4("cascade_activation_functions"))
    add("cascade_functions_count_negative.net",
        F.replace("cascade_activation_functions_count=10", "cascade_activation_functions_count=-1"),
        E11)
    add("cascade_functions_one_too_many_claimed.net",
        F.replace("cascade_activation_functions_count=10", "cascade_activation_functions_count=11"),
        k4("cascade_activation_functions"))
    add("cascade_functions_one_too_few_claimed.net",
        F.replace("cascade_activation_functions_count=10", "cascade_activation_functions_count=9"),
        k4("cascade_activation_steepnesses_count"))
    add("cascade_functions_not_a_number.net", F.replace("=3 5 7 8", "=3 5 x 8"), k4("cascade_activation_functions"))
    add("cascade_functions_count_0.net", F.replace("cascade_activation_functions_count=10", "cascade_activation_functions_count=0")
        .replace("cascade_activation_functions=3 5 7 8 10 11 14 15 16 17 ", "cascade_activation_functions="), E11)
    add("cascade_steepnesses_count_0.net", F.replace("cascade_activation_steepnesses_count=4", "cascade_activation_steepnesses_count=0")
        .replace(line_of(F, "cascade_activation_steepnesses="), "cascade_activation_steepnesses="), E11)
    add("cascade_steepnesses_count_4294967295.net",
        F.replace("cascade_activation_steepnesses_count=4", "cascade_activation_steepnesses_count=4294967295"),
        E11)
    add("cascade_steepnesses_not_a_number.net",
        F.replace("cascade_activation_steepnesses=2.5", "cascade_activation_steepnesses=x2.5"),
        k4("cascade_activation_steepnesses"))
    add("cascade_steepnesses_one_too_many_claimed.net",
        F.replace("cascade_activation_steepnesses_count=4", "cascade_activation_steepnesses_count=5"),
        k4("cascade_activation_steepnesses"))

    # --- layer sizes ---
    # within the 2 GiB budget: FANN allocates, then fails reading; we fail reading
    add("layer_sizes_10000000.net", F.replace("layer_sizes=3 4 2 ", "layer_sizes=10000000 4 2 "), e5)
    add("neurons_100000000_inputs.net", F.replace("(4, 0, 5.0", "(100000000, 0, 5.0"), e6)
    add("layer_sizes_100000000.net", F.replace("layer_sizes=3 4 2 ", "layer_sizes=100000000 4 2 "), E11,
        differs=WHY_ALLOC, debian=e5)
    add("layer_sizes_missing_one.net", F.replace("layer_sizes=3 4 2 ", "layer_sizes=3 4 "), k4("layer_sizes"))
    add("layer_sizes_extra_one.net", F.replace("layer_sizes=3 4 2 ", "layer_sizes=3 4 2 1 "), e5)
    add("layer_sizes_not_a_number.net", F.replace("layer_sizes=3 4 2 ", "layer_sizes=3 x 2 "), k4("layer_sizes"))
    add("layer_sizes_zero.net", F.replace("layer_sizes=3 4 2 ", "layer_sizes=3 0 2 "), k4("layer_sizes"),
        differs=WHY_ZERO, debian=e6)
    add("layer_sizes_zero_input_layer.net", F.replace("layer_sizes=3 4 2 ", "layer_sizes=0 4 2 "), k4("layer_sizes"),
        differs=WHY_ZERO, debian=e6)
    add("layer_sizes_2pow31.net", F.replace("layer_sizes=3 4 2 ", "layer_sizes=2147483648 4 2 "), E11)
    add("layer_sizes_4294967295.net", F.replace("layer_sizes=3 4 2 ", "layer_sizes=4294967295 4 2 "), E11,
        differs=WHY_ALLOC_WRAP, debian=e6)
    add("layer_sizes_negative.net", F.replace("layer_sizes=3 4 2 ", "layer_sizes=-3 4 2 "), E11,
        differs=WHY_ALLOC_WRAP, debian=OK)
    add("layer_sizes_sum_overflows_32_bits.net",
        F.replace("layer_sizes=3 4 2 ", "layer_sizes=2147483648 2147483648 9 "), E11,
        differs=WHY_ALLOC_WRAP, debian=OK)

    # --- scale block ---
    add("scale_included_without_arrays.net", F.replace("scale_included=0", "scale_included=1"), k4("scale_mean_in"))
    add("scale_mean_in_one_value_missing.net", SCALED_NET.replace("scale_mean_in=2.000000 20.000000", "scale_mean_in=2.000000"),
        k4("scale_mean_in"))
    add("scale_factor_out_missing.net", replace_line(SCALED_NET, "scale_factor_out=", None), k4("scale_factor_out"))
    add("scale_value_not_a_number.net", SCALED_NET.replace("scale_new_min_out=0.000000", "scale_new_min_out=zero"),
        k4("scale_new_min_out"))
    add("scale_key_misspelled.net", SCALED_NET.replace("scale_deviation_in=", "scale_deviaton_in="), k4("scale_deviation_in"))
    add("scale_included_partial_key.net", F.replace("scale_included=0", "scale_x=1"), e5)

    # --- neurons ---
    neurons = line_of(F, "neurons ")
    tuples = neurons.split("=", 1)[1]
    add("neurons_one_missing.net", replace_line(F, "neurons ", neurons[: neurons.rindex("(")]), e5)
    add("neurons_one_extra.net", replace_line(F, "neurons ", neurons + "(0, 0, 0.0) "), e6)
    add("neurons_space_before_comma.net", F.replace("(3, 5, 5.0", "(3 , 5, 5.0", 1), e5)
    add("neurons_space_before_paren.net", F.replace("5.00000000000000000000e-01) (3", "5.00000000000000000000e-01 ) (3", 1), e5)
    # scanf's count ignores a literal that fails after the last conversion: the last tuple's
    # ")" is not checked, and the stray text then stops the connections
    add("neurons_last_space_before_paren.net",
        replace_line(F, "neurons ", neurons.rstrip()[:-1] + " ) "), e6)
    add("neurons_missing_comma.net", F.replace("(3, 5, 5.0", "(3 5 5.0", 1), e5)
    add("neurons_two_fields.net", F.replace("(3, 5, 5.00000000000000000000e-01)", "(3, 5)", 1), e5)
    add("neurons_not_a_number.net", F.replace("(3, 5, 5.00000000000000000000e-01)", "(3, x, 5.0)", 1), e5)
    add("neurons_steepness_not_a_number.net", F.replace("(3, 5, 5.00000000000000000000e-01)", "(3, 5, abc)", 1), e5)
    add("neurons_no_parens.net", replace_line(F, "neurons ", neurons.replace("(", "").replace(")", "")), e5)
    add("neurons_4000000000_inputs.net", F.replace("(4, 0, 5.0", "(4000000000, 0, 5.0"), E11)
    add("neurons_inputs_wrap_32_bits.net", F.replace("(4, 0, 5.0", "(4294967292, 0, 5.0"), E11,
        differs=WHY_WRAP, debian=OK)
    add("neurons_negative_inputs.net", F.replace("(4, 0, 5.0", "(-1, 0, 5.0"), E11,
        differs=WHY_WRAP, debian=OK)
    add("neurons_fan_in_exceeds_previous_layer.net", replace_line(replace_line(F,
        "neurons ", neurons.replace("(4, 0, 5.0", "(5, 0, 5.0")),
        "connections ", connections(FLOAT_WEIGHTS + ["0.5"], SOURCES + [0])), e5,
        differs=WHY_FANIN, debian=OK)
    add("neurons_fan_in_exceeds_shortcut.net", replace_line(replace_line(SHORTCUT_NET,
        "neurons ", line_of(SHORTCUT_NET, "neurons ").replace("(5, 4, 5.0", "(6, 4, 5.0")),
        "connections ", line_of(SHORTCUT_NET, "connections ") + "(5, 0.5) "), e5,
        differs=WHY_FANIN, debian=OK)

    # --- connections ---
    conns = line_of(F, "connections ")
    add("connections_one_missing.net", replace_line(F, "connections ", conns[: conns.rstrip().rindex("(")]), e6)
    add("connections_source_99.net", replace_line(F, "connections ", connections(FLOAT_WEIGHTS, SOURCES[:-1] + [99])), e6,
        differs=WHY_SOURCE, debian=OK)
    add("connections_source_equals_total.net", replace_line(F, "connections ", connections(FLOAT_WEIGHTS, [9] + SOURCES[1:])), e6,
        differs=WHY_SOURCE, debian=OK)
    add("connections_source_negative.net", replace_line(F, "connections ", connections(FLOAT_WEIGHTS, SOURCES[:-1] + [-1])), e6,
        differs=WHY_SOURCE, debian=OK)
    add("connections_source_4294967295.net", replace_line(F, "connections ", connections(FLOAT_WEIGHTS, SOURCES[:-1] + [4294967295])), e6,
        differs=WHY_SOURCE, debian=OK)
    add("connections_missing_comma.net", F.replace("(1, -4.0", "(1 -4.0"), e6)
    add("connections_space_before_comma.net", F.replace("(1, -4.0", "(1 , -4.0"), e6)
    add("connections_space_before_paren.net", with_weight(F, 1, "-4.00000005960464477539e-01 "), e6)
    add("connections_weight_not_a_number.net", with_weight(F, 1, "abc"), e6)
    add("connections_weight_missing.net", with_weight(F, 1, ""), e6)
    add("connections_no_parens.net", replace_line(F, "connections ", conns.replace("(", "").replace(")", "")), e6)
    # the last tuple's ")" is not checked (scanf's result counts conversions only)
    add("connections_last_without_paren.net", F.rstrip().rstrip(")"), OK)
    add("connections_last_space_before_paren.net", with_weight(F, 12, "6.00000023841857910156e-01 "), OK)
    add("connections_last_then_garbage.net", F.rstrip().rstrip(")") + "x", OK)

    # --- binary garbage ---
    for seed, size in [(1, 64), (2, 512), (3, 4096)]:
        add("garbage_%d_%d.net" % (seed, size), garbage(seed, size), e3)
    add("garbage_after_version.net", garbage(4, 1024, b"FANN_FLO_2.1\n\xff"), k4("num_layers"))
    head = F[: F.index("neurons ")]
    add("garbage_instead_of_neurons.net", garbage(5, 1024, head.encode() + b"\xff"), e5)
    head = F[: F.index("connections ")] + CONNECTIONS_KEY + "="
    add("garbage_instead_of_connections.net", garbage(6, 1024, head.encode() + b"\xff"), e6)
    add("garbage_high_bytes_in_key.net", F.replace("learning_momentum", "learning_\xe9\xff\x80momentum"),
        k4("learning_momentum"))
    return c


# ---------------------------------------------------------------------------------------------
# Legacy 1.1 files (float and double libraries)

def legacy_float_cases():
    L = LEGACY_FLOAT_NET
    lines = L.splitlines(keepends=True)
    c = []

    def add(name, content, expected, **kw):
        kw = {k: (v(name) if callable(v) else v) for k, v in kw.items()}
        c.append(Case(name, content, expected(name) if callable(expected) else expected, **kw))

    def with_header(h):
        return lines[0] + h + "\n" + "".join(lines[2:])

    add("legacy_num_layers_1.net", with_header("1 0.7 1.0 0 5 0 0.5 0.5"), NONE)
    add("legacy_num_layers_0.net", with_header("0 0.7 1.0 0 5 0 0.5 0.5"), NONE)
    add("legacy_num_layers_4000000000.net", with_header("4000000000 0.7 1.0 0 5 0 0.5 0.5"), E11)
    add("legacy_header_not_a_number.net", with_header("3 0.7 x 0 5 0 0.5 0.5"), lambda f: e4("parameters", f))
    # the missing value is taken from the next line, which leaves a layer of size 0
    add("legacy_header_short.net", with_header("3 0.7 1.0 0 5 0 0.5"), e5, differs=WHY_ZERO, debian=e6)
    add("legacy_layer_size_zero.net", L.replace("\n3 4 2 \n", "\n3 0 2 \n"), e5, differs=WHY_ZERO, debian=e6)
    add("legacy_layer_size_2pow31.net", L.replace("\n3 4 2 \n", "\n2147483648 4 2 \n"), E11)
    add("legacy_fan_in_4000000000.net", L.replace("0 0 0 3 3 3 0 4 0", "0 0 0 3 3 3 0 4000000000 0"), E11)
    add("legacy_fan_in_exceeds_previous_layer.net",
        L.replace("0 0 0 3 3 3 0 4 0", "0 0 0 3 3 3 0 5 0").rstrip("\n") + "(0 0.5) \n", e5,
        differs=WHY_FANIN, debian=OK)
    add("legacy_source_out_of_range.net", L.replace("(6 6.0", "(9 6.0"), e6, differs=WHY_SOURCE, debian=OK)
    add("legacy_connection_with_comma.net", L.replace("(1 -4.0", "(1, -4.0"), e6)
    add("legacy_connection_missing.net", L.rstrip("\n").rsplit("(", 1)[0], e6)
    add("legacy_nan_weights.net", L.replace("(1 -4.00000005960464477539e-01)", "(1 nan)").replace("(2 -1.50000005960464477539e-01)", "(2 -inf)"), OK)
    return c


# ---------------------------------------------------------------------------------------------
# Network files read by the fixed-point library

def net_fixed_cases():
    X = FIXED_NET
    c = []

    def add(name, content, expected, **kw):
        kw = {k: (v(name) if callable(v) else v) for k, v in kw.items()}
        c.append(Case(name, content, expected(name) if callable(expected) else expected, **kw))

    def k4(key):
        return lambda f: e4(key, f)

    add("valid.net", X, OK)
    add("valid_version_2_1.net", X.replace("FANN_FIX_2.0", "FANN_FIX_2.1", 1), OK)
    add("valid_legacy_1_1.net", LEGACY_FIXED_NET, OK)
    add("tolerated_blank_lines_and_indentation.net",
        X.replace("\n", "\n\n \t").replace("FANN_FIX_2.0\n\n \t", "FANN_FIX_2.0\n", 1), OK)
    add("tolerated_crlf_after_version_line.net",
        X.replace("\n", "\r\n").replace("FANN_FIX_2.0\r\n", "FANN_FIX_2.0\n", 1), OK)
    add("tolerated_tuples_without_spaces.net", X.replace(", ", ",").replace(") (", ")("), OK)
    add("tolerated_trailing_garbage.net", X + "\x00\xffgarbage", OK)
    add("scale_included_in_fixed_file.net", X.replace("layer_sizes=3 4 2 \n", "layer_sizes=3 4 2 \nscale_included=0\n"), e5)
    add("tolerated_decimal_point_30.net", X.replace("decimal_point=14", "decimal_point=30"), OK)
    add("tolerated_decimal_point_0.net", X.replace("decimal_point=14", "decimal_point=0"), OK)
    add("tolerated_weight_overflow_truncated.net", with_weight(X, 2, "99999999999", fixed=True), OK)
    add("tolerated_weight_huge_overflow.net", with_weight(X, 2, "-99999999999999999999999", fixed=True), OK)
    add("tolerated_deeply_repeated_whitespace.net", X.replace(") (", ")" + " \t\n" * 2000 + "("), OK)
    add("tolerated_weight_leading_zeros.net", with_weight(X, 2, "-" + "0" * 100000 + "2458", fixed=True), OK)

    add("empty.net", "", e3)
    add("version_only.net", "FANN_FIX_2.0\n", k4("decimal_point"))
    add("version_float_file.net", FLOAT_NET, e3)
    add("version_legacy_float_file.net", LEGACY_FLOAT_NET, e3)
    add("version_wrong.net", X.replace("FANN_FIX_2.0", "FANN_FIX_2.2", 1), e3)
    add("version_crlf.net", X.replace("\n", "\r\n"), OK, differs=WHY_CRLF, debian=e3)
    add("version_bom.net", "\xef\xbb\xbf" + X, e3)

    add("decimal_point_missing.net", replace_line(X, "decimal_point=", None), k4("decimal_point"))
    add("decimal_point_not_a_number.net", X.replace("decimal_point=14", "decimal_point=x"), k4("decimal_point"))
    add("decimal_point_fraction.net", X.replace("decimal_point=14", "decimal_point=14.5"), k4("num_layers"))
    add("decimal_point_31.net", X.replace("decimal_point=14", "decimal_point=31"), k4("decimal_point"),
        differs=WHY_DP, debian=OK)
    add("decimal_point_32.net", X.replace("decimal_point=14", "decimal_point=32"), k4("decimal_point"),
        differs=WHY_DP, debian=OK)
    add("decimal_point_4294967295.net", X.replace("decimal_point=14", "decimal_point=4294967295"), k4("decimal_point"),
        differs=WHY_DP, debian=OK)
    add("decimal_point_negative.net", X.replace("decimal_point=14", "decimal_point=-1"), k4("decimal_point"),
        differs=WHY_DP, debian=OK)

    add("values_float_parameter.net", X.replace("bit_fail_limit=5734", "bit_fail_limit=0.35"), k4("cascade_candidate_limit"))
    add("values_exponent_parameter.net", X.replace("bit_fail_limit=5734", "bit_fail_limit=5e3"), k4("cascade_candidate_limit"))
    add("values_nan_parameter.net", X.replace("bit_fail_limit=5734", "bit_fail_limit=nan"), k4("bit_fail_limit"))
    add("values_float_steepness_list.net", X.replace("steepnesses=4096 8192", "steepnesses=4096.5 8192"),
        k4("cascade_activation_steepnesses"))
    add("values_float_neuron_steepness.net", X.replace("(3, 5, 8192) (3, 5, 8192) (3, 5, 8192)", "(3, 5, 0.5) (3, 5, 8192) (3, 5, 8192)"), e5)
    add("values_float_weight.net", with_weight(X, 2, "0.5", fixed=True), e6)
    add("values_exponent_weight.net", with_weight(X, 2, "1e3", fixed=True), e6)
    add("values_nan_weight.net", with_weight(X, 2, "nan", fixed=True), e6)
    add("values_hex_weight.net", with_weight(X, 2, "0x10", fixed=True), e6)
    # the last tuple's ")" is not checked: "0.5" reads 0 and the rest is ignored
    add("values_float_last_weight.net", with_weight(X, 12, "0.5", fixed=True), OK)

    add("key_missing_learning_rate.net", replace_line(X, "learning_rate=", None), k4("learning_rate"))
    add("key_misspelled_layer_sizes.net", X.replace("layer_sizes=", "layer_size="), k4("layer_sizes"))
    add("key_missing_connections_at_eof.net", replace_line(X, "connections ", None), k4(CONNECTIONS_KEY + "="))

    add("num_layers_1.net", X.replace("num_layers=3", "num_layers=1"), NONE)
    add("num_layers_4000000000.net", X.replace("num_layers=3", "num_layers=4000000000"), E11)
    add("cascade_functions_count_4294967295.net",
        X.replace("cascade_activation_functions_count=10", "cascade_activation_functions_count=4294967295"),
        E11)
    add("cascade_steepnesses_count_4294967295.net",
        X.replace("cascade_activation_steepnesses_count=4", "cascade_activation_steepnesses_count=4294967295"),
        E11)
    add("layer_sizes_2pow31.net", X.replace("layer_sizes=3 4 2 ", "layer_sizes=2147483648 4 2 "), E11)
    add("layer_sizes_zero.net", X.replace("layer_sizes=3 4 2 ", "layer_sizes=3 4 0 "), k4("layer_sizes"),
        differs=WHY_ZERO, debian=e6)
    add("neurons_4000000000_inputs.net", X.replace("(4, 0, 8192)", "(4000000000, 0, 8192)"), E11)
    add("neurons_one_missing.net", X.replace("(0, 0, 0) \nconnections", "\nconnections"), e5)
    add("neurons_fan_in_exceeds_previous_layer.net", replace_line(X.replace("(4, 0, 8192)", "(5, 0, 8192)"),
        "connections ", connections(FIXED_WEIGHTS + ["100"], SOURCES + [0])), e5, differs=WHY_FANIN, debian=OK)
    add("connections_source_99.net", replace_line(X, "connections ", connections(FIXED_WEIGHTS, SOURCES[:-1] + [99])), e6,
        differs=WHY_SOURCE, debian=OK)
    add("connections_one_missing.net", X.replace(" (6, 9830) ", " "), e6)
    add("connections_space_before_comma.net", X.replace("(1, -6554)", "(1 , -6554)"), e6)
    add("connections_last_without_paren.net", X.rstrip().rstrip(")"), OK)

    LX = LEGACY_FIXED_NET
    add("legacy_decimal_point_missing.net", "FANN_FIX_1.1\n", k4("decimal_point"))
    add("legacy_decimal_point_not_a_number.net", LX.replace("\n14\n", "\nx\n"), k4("decimal_point"))
    add("legacy_decimal_point_31.net", LX.replace("\n14\n", "\n31\n"), k4("decimal_point"), differs=WHY_DP, debian=OK)
    add("legacy_header_float_steepness.net", LX.replace("8192 8192", "0.5 0.5"), k4("parameters"))
    add("legacy_source_out_of_range.net", LX.replace("(6 9830)", "(9 9830)"), e6, differs=WHY_SOURCE, debian=OK)

    for seed, size in [(11, 64), (12, 512), (13, 4096)]:
        add("garbage_%d_%d.net" % (seed, size), garbage(seed, size), e3)
    add("garbage_after_version.net", garbage(14, 1024, b"FANN_FIX_2.0\n\xff"), k4("decimal_point"))
    head = X[: X.index("connections ")] + CONNECTIONS_KEY + "="
    add("garbage_instead_of_connections.net", garbage(15, 1024, head.encode() + b"\xff"), e6)
    return c


# ---------------------------------------------------------------------------------------------
# Training files

def train_common_cases(T, fixed):
    c = []

    def add(name, content, expected, **kw):
        kw = {k: (v(name) if callable(v) else v) for k, v in kw.items()}
        c.append(Case(name, content, expected(name) if callable(expected) else expected, **kw))

    def l10(line):
        return lambda f: e10(f, line)

    add("valid.data", T, OK)
    add("valid_empty_set.data", "0 3 2\n", OK)
    add("valid_empty_set_no_newline.data", "0 3 2", OK)
    add("valid_no_inputs.data", "2 0 1\n\n1 \n\n2 \n", OK)
    add("valid_no_inputs_no_outputs.data", "3 0 0\n", OK)
    add("tolerated_one_line.data", T.replace("\n", " "), OK)
    add("tolerated_crlf.data", T.replace("\n", "\r\n"), OK)
    add("tolerated_tabs_and_blank_lines.data", T.replace(" ", "\t").replace("\n", "\n\n\x0b\x0c"), OK)
    add("tolerated_extra_trailing_numbers.data", T + "1 2 3 4 5\n", OK)
    add("tolerated_trailing_garbage.data", T + "garbage\x00\xff", OK)
    add("tolerated_two_number_header.data", T.replace("2 3 2\n", "2 3\n", 1), OK)
    add("tolerated_plus_signs.data", T.replace("2 3 2", "+2 +3 +2", 1), OK)
    add("tolerated_header_leading_zeros.data", T.replace("2 3 2", "0" * 100000 + "2 3 2", 1), OK)
    add("tolerated_num_data_wraps_to_2.data", T.replace("2 3 2", "4294967298 3 2", 1), OK)
    add("tolerated_num_data_minus_0.data", "-0 3 2\n", OK)
    add("tolerated_long_whitespace.data", T.replace("1 0 -1", "1" + " " * 100000 + "0" + "\n" * 20000 + "-1", 1), OK)
    add("tolerated_value_leading_zeros.data", T.replace("1 0 -1", "0" * 100000 + "1 0 -1", 1), OK)

    add("empty.data", "", l10(1))
    add("whitespace_only.data", " \n\t\n" * 1000, l10(1))
    add("comment_line.data", "# comment\n" + T, l10(1))
    add("bom.data", "\xef\xbb\xbf" + T, l10(1))
    add("header_one_number.data", "2\n", l10(1))
    add("header_not_a_number.data", "two 3 2\n", l10(1))
    add("header_fraction.data", "2.5 3 2\n" + T[6:], l10(1))
    add("header_then_garbage.data", "2 3 2 garbage\n", l10(2))
    add("header_4000000000_1_1.data", "4000000000 1 1\n", E11, note=NOTE_TRAIN_CRASH)
    add("header_minus_2_2_1.data", "-2 2 1\n", E11, note=NOTE_TRAIN_CRASH)
    add("header_overflow.data", "99999999999999999999 1 1\n", E11, note=NOTE_TRAIN_CRASH)
    add("header_1_4294967295_1.data", "1 4294967295 1\n", E11, note=NOTE_TRAIN_CRASH)
    add("header_huge_inputs_outputs.data", "2147483647 2147483647 2147483647\n", E11,
        note=NOTE_TRAIN_CRASH)
    add("header_10000000_1_1.data", "10000000 1 1\n1 \n", l10(3))
    add("header_100000000_1_1.data", "100000000 1 1\n1 \n", E11, differs=WHY_ALLOC, debian=l10(3))
    # found by fuzzing (slow unit): 6666666666666666666 mod 2^32 = 110799530 empty patterns,
    # within the 2 GiB budget (16 bytes each); must load, in linear time
    add("fuzz_slow_empty_patterns.data", "6666666666666666666 0 0\n", OK)
    add("too_few_outputs.data", T.rstrip("\n").rsplit(" ", 2)[0] + "\n", l10(5))
    add("too_few_patterns.data", T.replace("2 3 2", "3 3 2", 1), l10(6))
    add("non_number_input.data", T.replace("1 0 -1", "1 x -1", 1), l10(2))
    add("non_number_second_pattern.data", T[::-1].replace("1- 0 1", "1- 0 x", 1)[::-1], l10(4))
    add("comma_decimal.data", T.replace("1 0 -1", "1,5 0 -1", 1), l10(2))
    for seed, size in [(21, 64), (22, 512), (23, 4096)]:
        add("garbage_%d_%d.data" % (seed, size), garbage(seed, size, b"\xff"), l10(1))
    add("garbage_after_header.data", garbage(24, 1024, b"2 3 2\n\xff"), l10(2))
    add("garbage_in_outputs.data", garbage(25, 1024, b"2 3 2\n1 0 -1\n\xff"), l10(3))
    return c


def train_float_cases():
    c = train_common_cases(TRAIN_FLOAT, False)

    def add(name, content, expected, **kw):
        c.append(Case(name, content, expected(name) if callable(expected) else expected, **kw))

    add("values_special.data", "2 3 1\nnan -nan inf \n-inf \nInfinity 0x10 -0X1.8p1 \n1e-3 \n", OK)
    add("values_exponents.data", "1 3 2\n1e10 -2.5E+2 .5 \n1e999 1e-999 \n", OK)
    add("values_long_digits.data", "1 1 1\n0." + "3" * 100000 + " \n2 \n", OK)
    # glibc's scanf consumes the "e" it tried; "nan(...)" is not read as one number
    add("values_exponent_without_digits.data", "1 1 1\n1e \n2 \n", OK)
    add("values_hex_prefix_without_digits.data", "1 1 1\n0x \n2 \n", lambda f: e10(f, 2))
    add("values_nan_with_payload.data", "1 1 1\nnan(1) \n2 \n", lambda f: e10(f, 3))
    add("values_infinite.data", "1 1 1\ninfinite \n2 \n", lambda f: e10(f, 2))
    add("values_lone_sign.data", "1 1 1\n- 1 \n2 \n", lambda f: e10(f, 2))
    add("values_lone_dot.data", "1 1 1\n. \n2 \n", lambda f: e10(f, 2))
    return c


def train_fixed_cases():
    c = train_common_cases(TRAIN_FIXED, True)

    def add(name, content, expected, **kw):
        c.append(Case(name, content, expected(name) if callable(expected) else expected, **kw))

    add("values_overflow.data", "1 1 1\n99999999999999999999 \n-99999999999 \n", OK)
    add("values_float.data", "1 1 1\n0.5 \n2 \n", lambda f: e10(f, 3))
    add("values_exponent.data", "1 1 1\n1e-3 \n2 \n", lambda f: e10(f, 3))
    add("values_nan.data", "1 1 1\nnan \n2 \n", lambda f: e10(f, 2))
    add("values_hex.data", "1 1 1\n0x10 \n2 \n", lambda f: e10(f, 3))
    return c


# ---------------------------------------------------------------------------------------------

DIRS = {
    "net_float": (lambda: net_float_cases() + legacy_float_cases()
                  + truncations("trunc_valid", FLOAT_NET)
                  + truncations("trunc_scaled", SCALED_NET)
                  + legacy_truncations("trunc_legacy", LEGACY_FLOAT_NET, False),
                  "network files for parse_net::<f32> and parse_net::<f64>",
                  [("float", "net"), ("double", "net")]),
    "net_fixed": (lambda: net_fixed_cases()
                  + truncations("trunc_valid", FIXED_NET)
                  + legacy_truncations("trunc_legacy", LEGACY_FIXED_NET, True),
                  "network files for parse_net::<i32> (fixed point)",
                  [("fixed", "net")]),
    "train_float": (lambda: train_float_cases() + train_truncations("trunc_valid", TRAIN_FLOAT),
                    "training files for parse_train::<f32> and parse_train::<f64>",
                    [("float", "train"), ("double", "train")]),
    "train_fixed": (lambda: train_fixed_cases() + train_truncations("trunc_valid", TRAIN_FIXED),
                    "training files for parse_train::<i32> (fixed point)",
                    [("fixed", "train")]),
}

HEADER = """\
# Generated by tests/malformed/generate.py -- edit that script, not this file.
# {what}
# file<TAB>result: ok | none (Err(None), no message) | <error code> <Display text without its final newline>
# Results are Debian FANN 2.2.0's unless a "# differs:" comment says why ours deliberately
# differ; "# debian:" then gives FANN's own result (run with a 4 GiB address-space limit).
"""


def write_all():
    for d, (make, what, _) in DIRS.items():
        cases = make()
        names = [c.name for c in cases]
        assert len(names) == len(set(names)), [n for n in names if names.count(n) > 1]
        path = os.path.join(HERE, d)
        if os.path.isdir(path):
            shutil.rmtree(path)
        os.makedirs(path)
        out = [HEADER.format(what=what)]
        for case in cases:
            assert case.expected is not None, case.name
            assert "\t" not in case.name and "/" not in case.name
            with open(os.path.join(path, case.name), "wb") as f:
                f.write(case.content)
            if case.note:
                out.append("# note: %s\n" % case.note)
            if case.differs:
                out.append("# differs: %s\n" % case.differs)
            if case.debian is not None:
                out.append("# debian: %s\n" % case.debian)
            if case.debian_double is not None:
                out.append("# debian-double: %s\n" % case.debian_double)
            out.append("%s\t%s\n" % (case.name, case.expected))
        with open(os.path.join(path, "expected.txt"), "w") as f:
            f.write("".join(out))
        print("%s: %d files" % (d, len(cases)))


def read_expected(path):
    """[(name, expected, debian, debian_double)] from an expected.txt."""
    entries, debian, debian_double = [], None, None
    with open(path) as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("# debian: "):
                debian = line[len("# debian: "):]
            elif line.startswith("# debian-double: "):
                debian_double = line[len("# debian-double: "):]
            elif line.startswith("#") or not line:
                continue
            else:
                name, expected = line.split("\t", 1)
                entries.append((name, expected, debian, debian_double))
                debian, debian_double = None, None
    return entries


def check_debian():
    """Loads every file with Debian's libraries and compares with the expectations."""
    build = tempfile.mkdtemp(prefix="fann-debian-check-")
    src = os.path.join(HERE, "debian_check.c")
    libs = {"float": "floatfann", "double": "doublefann", "fixed": "fixedfann"}
    for variant, lib in libs.items():
        subprocess.check_call(["cc", "-O1", "-DVARIANT_" + variant.upper(), src, "-o",
                               os.path.join(build, variant), "-l" + lib, "-lm"])
    problems = 0
    for d, (_, _, runs) in DIRS.items():
        entries = read_expected(os.path.join(HERE, d, "expected.txt"))
        for variant, kind in runs:
            out = subprocess.run([os.path.join(build, variant), kind] + [e[0] for e in entries],
                                 cwd=os.path.join(HERE, d), capture_output=True, text=True,
                                 check=True).stdout
            got = dict(line.split("\t", 1) for line in out.splitlines())
            for name, expected, debian, debian_double in entries:
                want = debian_double if (variant == "double" and debian_double is not None) else debian
                want = expected if want is None else want
                if got[name] != want:
                    problems += 1
                    print("%s/%s [%s]: debian gives %r, expected %r" % (d, name, variant, got[name], want))
    shutil.rmtree(build)
    print("debian check: %d mismatches" % problems)
    return problems


if __name__ == "__main__":
    write_all()
    if "--debian" in sys.argv[1:]:
        sys.exit(1 if check_debian() else 0)
