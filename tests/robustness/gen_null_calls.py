#!/usr/bin/env python3
"""Generates a C program that calls every function a FANN library exports with NULL for
each pointer argument in turn, and with out-of-range values for each index argument.

usage: gen_null_calls.py --lib LIB.so --variant float|double|fixed --include INCDIR
                         [--spec api.md] --out PROGRAM.c [--list COVERED.txt]

* The functions come from `nm -D --defined-only LIB.so` (so a new export cannot be
  forgotten: an export without a known prototype is an error).
* Prototypes come from the preprocessed headers in INCDIR (the variant's type header plus
  parallel_fann.h). Exports the headers do not declare take the prototype written in
  api.md (--spec); without api.md, the copy in SPEC_FALLBACK below (taken from api.md
  sections 5.2.9 and 6) is used.
* For every function, every pointer argument is made NULL in turn, all other arguments
  valid (a fresh 2-3-1 network, or a 2-3-1 shortcut network for the cascade functions,
  the 4-pattern xor training set, buffers big enough, files that exist). Arguments that
  are indexes (layer, neuron, position, pos/length, first_weight/past_end,
  from_neuron/to_neuron) are also given out-of-range values. Functions without pointer or
  index arguments get one call with valid arguments.
* Each call prints one line
      name(arg, arg, ...) -> RESULT [errno(ann)=N] [errno(data)=N]
  with pointers as NULL/non-NULL, numbers printed, and the errno of every FANN struct
  that was passed (non-NULL). Error messages go to stdout (fann_set_error_log(NULL,
  stdout)) and appear on their own lines before the call's line.
* Before each call its label is written to stderr as "@ LABEL", so that anything else
  appearing on stderr (sanitizer report, Rust panic message) can be attributed.
* --isolate runs each call in a child process and prints "-> CRASH (signal N)" for calls
  that kill it (for comparing with Debian's FANN 2.2.0, which crashes on most NULLs).
* --list writes the covered function names, one per line.
"""
import argparse
import os
import re
import sys

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fannproto  # noqa: E402

# Prototypes of api.md for exports our headers do not declare (used without --spec).
SPEC_FALLBACK = """
struct fann *fann_create_from_fd_1_1(FILE *conf, const char *configuration_file)
fann_callback_type fann_get_callback(struct fann *ann)
struct fann_layer *fann_get_layer(struct fann *ann, int layer)
struct fann_neuron *fann_get_neuron(struct fann *ann, unsigned int layer, int neuron)
struct fann_neuron *fann_get_neuron_layer(struct fann *ann, struct fann_layer *layer, int neuron)
void fann_print_connections_raw(struct fann *ann)
fann_type fann_update_MSE(struct fann *ann, struct fann_neuron *neuron, fann_type neuron_diff)
void fann_scale_data(fann_type **data, unsigned int num_data, unsigned int num_elem, fann_type new_min, fann_type new_max)
float fann_train_epoch_batch(struct fann *ann, struct fann_train_data *data)
float fann_train_epoch_incremental(struct fann *ann, struct fann_train_data *data)
float fann_train_epoch_irpropm(struct fann *ann, struct fann_train_data *data)
float fann_train_epoch_quickprop(struct fann *ann, struct fann_train_data *data)
float fann_train_epoch_sarprop(struct fann *ann, struct fann_train_data *data)
struct fann *fann_create_standard(unsigned int num_layers, ...)
struct fann *fann_create_sparse(float connection_rate, unsigned int num_layers, ...)
struct fann *fann_create_shortcut(unsigned int num_layers, ...)
void fann_error(struct fann_error *errdat, const enum fann_errno_enum errno_f, ...)
"""

# Functions that run on the shortcut network (cascade training and its internals).
SHORTCUT_FUNCS = re.compile(r'cascadetrain|candidate|train_outputs|shortcut_connections|add_layer')

# Extra variadic arguments (after the named ones).
VARARGS = {
    'fann_create_standard': ['2u', '3u', '1u'],
    'fann_create_sparse': ['2u', '3u', '1u'],
    'fann_create_shortcut': ['2u', '3u', '1u'],
    'fann_error': ['-7'],
}

NET_FILE = 'null_calls.net'
NET11_FILE = 'null_calls_11.body'
DATA_FILE = 'null_calls.data'
OUT_FILE = 'null_calls_out.tmp'

READS_NET = re.compile(r'^fann_create_from_(file|fd)$')


def c_str(s):
    return '"%s"' % s.replace('\\', '\\\\').replace('"', '\\"')


class Arg:
    """A C expression for an argument and the short label printed for it."""

    def __init__(self, expr, label=None, struct=None):
        self.expr = expr
        self.label = label if label is not None else expr
        self.struct = struct  # 'fann' / 'train' / 'error' if it is a fixture struct


def ft(x):
    return Arg('FT(%s)' % x, x)


def valid_pointer(fn, p):
    t, n = p.ctype.replace('const ', ''), p.name
    t = re.sub(r'\s*\*', '*', t)
    if t == 'struct fann*':
        return Arg('f.ann', 'ann', 'fann')
    if t == 'struct fann_train_data*':
        if n.endswith('2'):
            return Arg('f.data2', n, 'train')
        return Arg('f.data', n, 'train')
    if t == 'struct fann_error*':
        return Arg('(struct fann_error *)f.ann', '(struct fann_error *)ann', 'fann')
    if t == 'FILE*':
        if fn == 'fann_set_error_log':
            return Arg('stdout', 'stdout')
        if fn == 'fann_create_from_fd':
            return Arg('fx_open(&f, %s, "r")' % c_str(NET_FILE), 'fopen(%s)' % NET_FILE)
        if fn == 'fann_create_from_fd_1_1':
            return Arg('fx_open(&f, %s, "r")' % c_str(NET11_FILE), 'fopen(%s)' % NET11_FILE)
        if fn == 'fann_read_train_from_fd':
            return Arg('fx_open(&f, %s, "r")' % c_str(DATA_FILE), 'fopen(%s)' % DATA_FILE)
        return Arg('fx_open(&f, %s, "w")' % c_str(OUT_FILE), 'fopen(%s, w)' % OUT_FILE)
    if t == 'char*':
        if fn == 'fann_create_from_fd_1_1':
            name = NET11_FILE
        elif READS_NET.match(fn):
            name = NET_FILE
        elif 'save' in fn:
            name = OUT_FILE
        else:  # train data readers, train_on_file, cascadetrain_on_file
            name = DATA_FILE
        return Arg(c_str(name), c_str(name))
    if t == 'fann_type*':
        if n in ('output', 'desired_output', 'output_vector'):
            return Arg('f.out', 'out')
        if n == 'weights':
            return Arg('f.w', 'w')
        if n == 'cascade_activation_steepnesses':
            return Arg('f.steep', 'steep')
        return Arg('f.in', 'in')
    if t == 'fann_type**':
        if n == 'output':
            return Arg('f.data->output', 'data->output')
        return Arg('f.data->input', 'data->input')
    if t == 'unsigned int*':
        if n == 'layers':
            return Arg('f.layers', 'layers')
        return Arg('f.ubuf', n)
    if t == 'struct fann_connection*':
        return Arg('f.conns', 'conns')
    if t == 'enum fann_activationfunc_enum*':
        return Arg('f.funcs', 'funcs')
    if t == 'struct fann_layer*':
        if n == 'layer_end':
            return Arg('f.ann->last_layer - 1', 'last_layer-1')
        return Arg('f.ann->first_layer + 1', 'first_layer+1')
    if t == 'struct fann_neuron*':
        return Arg('(f.ann->last_layer - 1)->first_neuron', 'output_neuron')
    if t == 'void*':
        return Arg('&f.user', '&user')
    if t == 'fann_callback_type' or n == 'callback':
        return Arg('cb_report', 'cb_report')
    if p.funcptr or t == 'fann_train_callback':
        return Arg('cb_fill', 'cb_fill')
    raise SystemExit('gen_null_calls: %s: no valid value for pointer parameter %s %s'
                     % (fn, p.ctype, p.name))


def valid_scalar(fn, p):
    t, n = p.ctype.replace('const ', ''), p.name
    named = {
        'num_layers': '3u', 'num_data': '4u', 'num_input': '2u', 'num_output': '1u',
        'num_elem': '2u', 'max_epochs': '2u', 'epochs_between_reports': '0u',
        'max_neurons': '1u', 'neurons_between_reports': '0u', 'layer': '1', 'neuron': '0',
        'position': '0u', 'pos': '0u', 'length': '2u', 'first_weight': '0u',
        'from_neuron': '0u', 'to_neuron': '3u', 'save_as_fixed': '0u',
        'decimal_point': '8u', 'threadnumb': '2u', 'epoch': '1u', 'exact': '1',
        'cascade_activation_functions_count': '2u',
        'cascade_activation_steepnesses_count': '2u',
        'errno_f': 'FANN_E_INDEX_OUT_OF_BOUND',
    }
    if n in named:
        v = named[n]
        return Arg(v, v.rstrip('u') if re.match(r'^-?\d+u$', v) else v)
    if n in ('past_end', 'num_connections'):
        return Arg('fann_get_total_connections(f.ann)', 'total_connections')
    if t == 'fann_type':
        for key, val in (('min_weight', '-0.1'), ('max_weight', '0.1'), ('old_min', '0'),
                         ('old_max', '1'), ('new_min', '-1'), ('new_max', '1'),
                         ('steepness', '0.5'), ('weight', '0.1'), ('value', '0.25'),
                         ('sum', '0.25'), ('neuron_diff', '0.5')):
            if n == key:
                return ft(val)
        return ft('0.5')
    if t == 'float':
        if n == 'connection_rate':
            return Arg('0.5f', '0.5')
        if n == 'desired_error':
            return Arg('0.0f', '0')
        if n.endswith('_min'):
            return Arg('-1.0f', '-1')
        if n.endswith('_max'):
            return Arg('1.0f', '1')
        return Arg('0.5f', '0.5')
    if t == 'unsigned int':
        if n == 'activation_function':
            return Arg('FANN_SIGMOID_SYMMETRIC', 'FANN_SIGMOID_SYMMETRIC')
        return Arg('2u', '2')
    if t == 'int':
        return Arg('1', '1')
    if t == 'enum fann_activationfunc_enum':
        return Arg('FANN_SIGMOID_SYMMETRIC', 'FANN_SIGMOID_SYMMETRIC')
    if t == 'enum fann_train_enum':
        return Arg('FANN_TRAIN_RPROP', 'FANN_TRAIN_RPROP')
    if t == 'enum fann_errorfunc_enum':
        return Arg('FANN_ERRORFUNC_TANH', 'FANN_ERRORFUNC_TANH')
    if t == 'enum fann_stopfunc_enum':
        return Arg('FANN_STOPFUNC_MSE', 'FANN_STOPFUNC_MSE')
    if t == 'enum fann_errno_enum':
        return Arg('FANN_E_INDEX_OUT_OF_BOUND', 'FANN_E_INDEX_OUT_OF_BOUND')
    raise SystemExit('gen_null_calls: %s: no valid value for parameter %s %s'
                     % (fn, p.ctype, p.name))


def index_cases(proto):
    """Lists of {param name: Arg} overrides with out-of-range index values."""
    names = {p.name: p for p in proto.params}
    cases = []

    def u(v, label=None):
        return Arg(v, label or v.rstrip('u'))
    if 'layer' in names and not names['layer'].is_pointer:
        if names['layer'].ctype.startswith('unsigned'):
            vals = [u('0u'), u('3u'), u('UINT_MAX', 'UINT_MAX')]
        else:
            vals = [Arg('0'), Arg('-1'), Arg('3'), Arg('INT_MAX'), Arg('INT_MIN')]
        cases += [{'layer': v} for v in vals]
    if 'neuron' in names and not names['neuron'].is_pointer:
        # layer 1 of the 2-3-1 nets has 3 neurons + bias (layered) or 3 (shortcut)
        cases += [{'neuron': v} for v in (Arg('-1'), Arg('4'), Arg('INT_MAX'), Arg('INT_MIN'))]
    if 'position' in names:
        cases += [{'position': v} for v in (u('4u'), u('UINT_MAX', 'UINT_MAX'))]
    if 'pos' in names and 'length' in names:
        for pos, length in (('5u', '0u'), ('4u', '1u'), ('0u', '5u'), ('1u', 'UINT_MAX'),
                            ('UINT_MAX', '2u')):
            cases.append({'pos': u(pos), 'length': u(length)})
    if 'first_weight' in names and 'past_end' in names:
        tc = 'fann_get_total_connections(f.ann)'
        for first, past in ((u('0u'), Arg(tc + ' + 1u', 'total_connections+1')),
                            (u('0u'), u('UINT_MAX', 'UINT_MAX')),
                            (Arg(tc, 'total_connections'), u('2u')),
                            (u('UINT_MAX', 'UINT_MAX'), Arg(tc, 'total_connections'))):
            cases.append({'first_weight': first, 'past_end': past})
    if 'from_neuron' in names and 'to_neuron' in names:
        for a, b in (('100u', '3u'), ('0u', '100u'), ('UINT_MAX', 'UINT_MAX')):
            cases.append({'from_neuron': u(a), 'to_neuron': u(b)})
    return cases


def result_printer(ret):
    """C statements printing variable r of type ret (after ' -> ')."""
    r = ' '.join(ret.split())
    if r == 'void':
        return None, 'printf("void");'
    if '*' in r or r in fannproto.POINTER_TYPEDEFS:
        decl = r if r.endswith('*') else r + ' '
        stmt = 'printf("%s", r ? "non-NULL" : "NULL");'
        if re.sub(r'\s', '', r) == 'structfann*':
            stmt += ' if (r) fann_destroy(r);'
        elif re.sub(r'\s', '', r) == 'structfann_train_data*':
            stmt += ' if (r) fann_destroy_train(r);'
        return decl, stmt
    if r == 'fann_type':
        return 'fann_type ', 'print_ft(r);'
    if r == 'float':
        return 'float ', 'printf("%.9g", (double)r);'
    if r in ('unsigned int', 'unsigned'):
        return 'unsigned int ', 'printf("%u", r);'
    if r == 'int':
        return 'int ', 'printf("%d", r);'
    if r.startswith('enum '):
        return r + ' ', 'printf("%d", (int)r);'
    raise SystemExit('gen_null_calls: no printer for return type %r' % ret)


PROLOGUE = r'''/*
 * GENERATED by tests/robustness/gen_null_calls.py from the exports of %(lib)s
 * (%(variant)s variant) - do not edit. Data objects (not called): %(data)s.
 *
 * Calls every exported function with NULL for each pointer argument in turn and with
 * out-of-range values for index arguments; prints one line per call.
 */
#define _POSIX_C_SOURCE 200809L
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <%(header)s>
%(parallel_include)s

%(fixed_define)s

/* Exports our headers do not declare (prototypes from api.md). */
%(extra_decls)s

struct fx {
    struct fann *ann;
    struct fann_train_data *data, *data2;
    fann_type in[512], out[512], w[512], steep[2];
    unsigned int layers[64], ubuf[64];
    struct fann_connection conns[512];
    enum fann_activationfunc_enum funcs[2];
    FILE *files[4];
    int nfiles;
    int user;
};


/* --isolate: each call runs in a child; the parent reports a crash in its place */
#define ISOLATE %(isolate)d
static pid_t child;

static int isolate_child(void)
{
    if (!ISOLATE)
        return 1;
    fflush(stdout);
    child = fork();
    return child == 0;
}

static void isolate_end(void)
{
    if (!ISOLATE)
        return;
    if (child == 0) {
        fflush(stdout);
        _exit(0);
    }
}

static void isolate_wait(const char *text)
{
    int status = 0;
    if (!ISOLATE || child <= 0)
        return;
    waitpid(child, &status, 0);
    if (WIFSIGNALED(status))
        printf("%%s -> CRASH (signal %%d)\n", text, WTERMSIG(status));
    child = 0;
}

static void print_ft(fann_type v)
{
#if defined(FIXEDFANN)
    printf("%%d", v);
#elif defined(DOUBLEFANN)
    printf("%%.17g", v);
#else
    printf("%%.9g", (double)v);
#endif
}

static int cb_report(struct fann *ann, struct fann_train_data *train, unsigned int max_epochs,
                     unsigned int epochs_between_reports, float desired_error,
                     unsigned int epochs)
{
    (void)ann; (void)train; (void)max_epochs; (void)epochs_between_reports;
    (void)desired_error; (void)epochs;
    return 0;
}

static void cb_fill(unsigned int num, unsigned int num_input, unsigned int num_output,
                    fann_type *input, fann_type *output)
{
    unsigned int i;
    for (i = 0; i < num_input; i++)
        input[i] = FT(((num >> i) & 1) ? 1 : -1);
    for (i = 0; i < num_output; i++)
        output[i] = FT((num & 1) ? 1 : -1);
}

static FILE *fx_open(struct fx *f, const char *name, const char *mode)
{
    FILE *fp = fopen(name, mode);
    if (!fp) {
        fprintf(stderr, "cannot open %%s\n", name);
        exit(3);
    }
    f->files[f->nfiles++] = fp;
    return fp;
}

static struct fann_train_data *xor_data(void)
{
    struct fann_train_data *d = fann_create_train(4, 2, 1);
    unsigned int i;
    if (!d) {
        fprintf(stderr, "fann_create_train failed\n");
        exit(3);
    }
    for (i = 0; i < 4; i++)
        cb_fill(i, 2, 1, d->input[i], d->output[i]);
    d->output[1][0] = FT(1);
    d->output[2][0] = FT(1);
    d->output[3][0] = FT(-1);
    d->output[0][0] = FT(-1);
    return d;
}

static void fx_setup(struct fx *f, int shortcut)
{
    static const unsigned int sizes[3] = { 2, 3, 1 };
    unsigned int i;
    memset(f, 0, sizeof *f);
%(disable_seed)s
    srand(42);
    f->ann = shortcut ? fann_create_shortcut_array(3, sizes) : fann_create_standard_array(3, sizes);
    f->data = xor_data();
    f->data2 = xor_data();
    if (!f->ann) {
        fprintf(stderr, "fixture: cannot create the network\n");
        exit(3);
    }
    for (i = 0; i < 512; i++) {
        f->in[i] = FT(0.25);
        f->out[i] = FT(0.5);
        f->w[i] = FT(0.01);
    }
    f->layers[0] = 2;
    f->layers[1] = 3;
    f->layers[2] = 1;
    f->steep[0] = FT(0.5);
    f->steep[1] = FT(1);
    f->funcs[0] = FANN_SIGMOID;
    f->funcs[1] = FANN_GAUSSIAN;
    fann_get_connection_array(f->ann, f->conns);
}

static void fx_teardown(struct fx *f)
{
    int i;
    for (i = 0; i < f->nfiles; i++)
        fclose(f->files[i]);
    fann_destroy(f->ann);
    /* fann_destroy_train leaves errstr to the client (api.md 5.2.3) */
    fann_reset_errstr((struct fann_error *)f->data);
    fann_reset_errstr((struct fann_error *)f->data2);
    fann_destroy_train(f->data);
    fann_destroy_train(f->data2);
}

/* The label of each call goes to stderr before the call, so that anything else on
   stderr (a sanitizer report, a Rust panic message) can be attributed to its call. */
static void label(const char *text)
{
    fprintf(stderr, "@ %%s\n", text);
}

static void print_errno(const char *name, void *st)
{
    printf(" errno(%%s)=%%d", name, (int)fann_get_errno((struct fann_error *)st));
}

static void write_files(void)
{
    struct fx f;
    FILE *fp;
    fx_setup(&f, 0);
    if (fann_save(f.ann, %(net_file)s) != 0 || fann_save_train(f.data, %(data_file)s) != 0) {
        fprintf(stderr, "cannot write the input files\n");
        exit(3);
    }
    fx_teardown(&f);
    /* body of a legacy 1.1 network file (formats.md 1.8), after its version line */
    fp = fopen(%(net11_file)s, "w");
    if (!fp) {
        fprintf(stderr, "cannot write %(net11_file_raw)s\n");
        exit(3);
    }
#ifdef FIXEDFANN
    fputs("8\n3 0.700000 1.000000 0 5 0 128 128\n3 4 2 \n0 0 0 3 3 3 0 4 0 \n"
          "(0 -166) (1 -102) (2 -38) (0 26) (1 90) (2 154) (0 218) (1 -166) (2 -102) "
          "(3 -38) (4 26) (5 90) (6 154) \n", fp);
#else
    fputs("3 0.700000 1.000000 0 5 0 0.5 0.5\n3 4 2 \n0 0 0 3 3 3 0 4 0 \n"
          "(0 -0.65) (1 -0.4) (2 -0.15) (0 0.1) (1 0.35) (2 0.6) (0 0.85) (1 -0.65) "
          "(2 -0.4) (3 -0.15) (4 0.1) (5 0.35) (6 0.6) \n", fp);
#endif
    fclose(fp);
}

int main(void)
{
    struct fx f;
    setvbuf(stdout, NULL, _IONBF, 0);
    label("setup");
    fann_set_error_log(NULL, stdout);
    write_files();
    printf("null_calls, %(variant)s build: %(nfuncs)d exported functions, %(ncalls)d calls\n");
'''

EPILOGUE = r'''
    remove(%(out_file)s);
    label("exit");
    printf("null_calls: done\n");
    return 0;
}
'''


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--lib', required=True)
    ap.add_argument('--variant', required=True, choices=['float', 'double', 'fixed'])
    ap.add_argument('--include', required=True)
    ap.add_argument('--spec')
    ap.add_argument('--out', required=True)
    ap.add_argument('--list')
    ap.add_argument('--isolate', action='store_true',
                    help='run every call in a child process and report crashes '
                         '(for libraries that crash on NULL, e.g. Debian\'s FANN 2.2.0)')
    ap.add_argument('--cc', default=os.environ.get('CC', 'gcc'))
    a = ap.parse_args()

    exports = fannproto.exported_functions(a.lib)
    data_objects = fannproto.exported_data(a.lib)
    header = fannproto.header_prototypes(a.include, a.variant, a.cc)
    if a.spec:
        spec = fannproto.spec_prototypes(a.spec)
    else:
        spec = {}
        for line in SPEC_FALLBACK.strip().splitlines():
            r = fannproto.parse_declaration(line.strip())
            spec[r[0]] = fannproto.Proto(r[1], r[0], r[2], r[3], 'api.md')

    protos, missing = [], []
    for name in exports:
        p = header.get(name) or spec.get(name)
        if p is None:
            missing.append(name)
        else:
            protos.append(p)
    if missing:
        sys.exit('gen_null_calls: no prototype (headers or api.md) for exported: '
                 + ' '.join(missing))

    extra = [p.decl() for p in protos if p.source != 'header']
    body, ncalls = [], 0
    for p in protos:
        shortcut = 1 if SHORTCUT_FUNCS.search(p.name) else 0
        valid = [valid_pointer(p.name, q) if q.is_pointer else valid_scalar(p.name, q)
                 for q in p.params]
        variants = []
        for i, q in enumerate(p.params):
            if q.is_pointer:
                args = list(valid)
                args[i] = Arg('NULL', 'NULL')
                variants.append(args)
        for case in index_cases(p):
            args = [case.get(q.name, v) for q, v in zip(p.params, valid)]
            variants.append(args)
        if not variants:
            variants.append(list(valid))
        decl, printer = result_printer(p.ret)
        for args in variants:
            ncalls += 1
            exprs = [x.expr for x in args] + VARARGS.get(p.name, [])
            labels = [x.label for x in args] + [v.rstrip('u') for v in VARARGS.get(p.name, [])]
            call = '%s(%s)' % (p.name, ', '.join(exprs))
            text = '%s(%s)' % (p.name, ', '.join(labels))
            lines = ['    /* %s */' % text,
                     '    fx_setup(&f, %d);' % shortcut,
                     '    label(%s);' % c_str(text),
                     '    if (isolate_child()) {',
                     '        {']
            if decl is None:
                lines.append('            %s;' % call)
            else:
                lines.append('            %sr = %s;' % (decl, call))
            lines.append('            printf("%%s -> ", %s);' % c_str(text))
            lines.append('            %s' % printer)
            lines.append('        }')
            for x in args:
                if x.struct:
                    lines.append('        print_errno(%s, %s);' % (
                        c_str(x.label if x.struct == 'train' else 'ann'),
                        x.expr if x.struct != 'fann' else 'f.ann'))
            lines.append('        printf("\\n");')
            lines.append('        isolate_end();')
            lines.append('    }')
            lines.append('    isolate_wait(%s);' % c_str(text))
            lines.append('    fx_teardown(&f);')
            body.append('\n'.join(lines))

    fixed_define = ('#define FT(x) ((fann_type)((x) * 256.0))' if a.variant == 'fixed'
                    else '#define FT(x) ((fann_type)(x))')
    hdr = {'float': 'floatfann.h', 'double': 'doublefann.h', 'fixed': 'fixedfann.h'}[a.variant]
    out = PROLOGUE % {
        'lib': os.path.basename(a.lib), 'variant': a.variant,
        'data': ', '.join(data_objects) or 'none', 'header': hdr,
        'fixed_define': fixed_define, 'extra_decls': '\n'.join(extra) or '/* none */',
        'net_file': c_str(NET_FILE), 'data_file': c_str(DATA_FILE),
        'net11_file': c_str(NET11_FILE), 'net11_file_raw': NET11_FILE,
        'isolate': 1 if a.isolate else 0,
        'nfuncs': len(protos), 'ncalls': ncalls,
        'parallel_include': ('#include <parallel_fann.h>'
                             if os.path.exists(os.path.join(a.include, 'parallel_fann.h'))
                             else '/* no parallel_fann.h */'),
        'disable_seed': ('    fann_disable_seed_rand();' if 'fann_disable_seed_rand' in exports
                         else '    /* no fann_disable_seed_rand */'),
    }
    out += '\n'.join(body) + '\n'
    out += EPILOGUE % {'out_file': c_str(OUT_FILE)}
    with open(a.out, 'w') as fh:
        fh.write(out)
    if a.list:
        with open(a.list, 'w') as fh:
            fh.write(''.join(p.name + '\n' for p in protos))
    print('gen_null_calls: %s (%s): %d functions, %d calls -> %s'
          % (os.path.basename(a.lib), a.variant, len(protos), ncalls, a.out), file=sys.stderr)


if __name__ == '__main__':
    main()
