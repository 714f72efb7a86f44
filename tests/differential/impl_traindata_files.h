/*
 * impl_traindata_files.h - training data files and the training data
 * functions of fann_train.h (api.md 5.2.3, formats.md 2):
 *   fann_read_train_from_file on the committed fixtures (tests/files/
 *     spec_5_6_*.data) and on files written here (one line, CRLF, tabs and
 *     blank lines, extra numbers, no final newline, exponents, hex, inf/nan,
 *     two-number header, empty sets, 0 inputs) -> values bit exact, re-save;
 *   fann_save_train and fann_save_train_to_fixed (decimal points 0, 8, 14,
 *     31) of sets from fann_create_train filled with the values of
 *     formats.md 2.2 -> file bytes;
 *   fann_create_train_from_callback, fann_duplicate_train_data,
 *     fann_merge_train_data (incl. mismatch -> error 14 on data1),
 *     fann_subset_train_data (valid, invalid -> error 16),
 *     fann_shuffle_train_data after seed_rand (rows and the next rand()),
 *     fann_length/num_input/num_output_train_data,
 *     fann_scale_input/output_train_data, fann_scale_train_data;
 *   fann_destroy_train on a hand-built struct (api.md 3.4);
 *   errors: missing file (error 1), malformed files (error 10 with the
 *     logical line number), unwritable save path (error 8, -1).
 * Each read case prints its label on stdout and stderr.
 */
#include "fileutil.h"

#define E(a) ((struct fann_error *)(a))

#ifdef FIXEDFANN
#define W(x) ((fann_type)((x) * 256.0))
#else
#define W(x) ((fann_type)(x))
#endif

static void dump_data(const char *tag, struct fann_train_data *d)
{
    unsigned int i, j, contiguous = 1;

    printf("%s: length=%u num_input=%u num_output=%u\n", tag, fann_length_train_data(d),
           fann_num_input_train_data(d), fann_num_output_train_data(d));
    for (i = 0; i < d->num_data; i++) {
        if (d->input[i] != d->input[0] + (size_t)i * d->num_input ||
            d->output[i] != d->output[0] + (size_t)i * d->num_output)
            contiguous = 0;
        printf("  [%u] in:", i);
        for (j = 0; j < d->num_input; j++) {
            printf(" ");
            pt(d->input[i][j]);
        }
        printf(" | out:");
        for (j = 0; j < d->num_output; j++) {
            printf(" ");
            pt(d->output[i][j]);
        }
        printf("\n");
    }
    printf("  rows contiguous: %s\n", contiguous ? "yes" : "no");
    print_errstate("  state", E(d));
}

static void label(const char *l)
{
    printf("--- %s\n", l);
    fflush(stdout);
    fprintf(stderr, "--- %s\n", l);
}

/* read `path`, dump, save again and print the saved bytes */
static void read_path(const char *path, const char *l, const char *cmp)
{
    struct fann_train_data *d;
    int r;

    label(l);
    d = fann_read_train_from_file(path);
    fflush(stdout);
    if (d == NULL) {
        printf("-> NULL\n");
        return;
    }
    dump_data("-> read", d);
    FLUSHED(r = fann_save_train(d, "resaved.data"));
    printf("fann_save_train -> %d\n", r);
    if (cmp != NULL)
        printf("re-saved file equals %s: %s\n", cmp, same_files("resaved.data", cmp));
    cat_file("resaved.data");
    fann_destroy_train(d);
}

static void read_text(const char *text, const char *l)
{
    write_text("case.data", text);
    read_path("case.data", l, NULL);
}

static void reader_cases(void)
{
    read_path("files/spec_5_6_train.data", "fixture spec_5_6_train.data",
              "files/spec_5_6_train.data");
    read_path("files/spec_5_6_empty.data", "fixture spec_5_6_empty.data (0 3 2)",
              "files/spec_5_6_empty.data");
    read_path("files/spec_5_6_fixed8.data", "fixture spec_5_6_fixed8.data",
              "files/spec_5_6_fixed8.data");
    read_text("2 3 2 1 0 -1 0.5 0.75 1 0 -1 0.5 0.75", "one line, no final newline");
    read_text("2 3 2\r\n1 0 -1 \r\n0.5 0.75 \r\n1 0 -1 \r\n0.5 0.75 \r\n", "CRLF");
    read_text("2\t3\t2\n\n\t1\t0 -1\n\n\n0.5\t0.75\n  1 0 -1\n\v0.5\f0.75\n\n\n", "tabs, blank lines, VT/FF");
    read_text("2 3 2\n1 0 -1 7\n0.5 0.75\n1 0 -1\n0.5 0.75 9 9 9\n8 8 8\n", "extra numbers");
    read_text("2 3 2\n1 2 3\n4 5\n6 7 8\n9 10", "no final newline after an integer");
    read_text("1 2 2\n+3 -4\n5 6\n", "explicit plus sign");
    read_text("2 3\n1\n1 0 -1\n0.5\n1 0 -1\n0.5\n", "two-number header (third taken from the next line)");
    read_text("+2 3 1\n1 2 3\n4\n5 6 7\n8\n", "header with plus signs");
    read_text("0 0 0\n", "0 0 0");
    read_text("0 3 2", "0 3 2 without newline");
    read_text("2 0 1\n\n1\n\n2\n", "0 inputs");
    read_text("2 1 0\n1\n\n2\n\n", "0 outputs");
#ifdef FIXEDFANN
    read_text("3 2 1\n-2147483648 2147483647\n0\n256 -256\n1\n4294967295 99999999999\n-0\n",
              "integer extremes (%d of out-of-range values)");
    read_text("1 2 1\n1.5 2\n3\n", "decimal number in the fixed library");
    read_text("1 2 1\n1e-3 2\n3\n", "exponent in the fixed library");
    read_text("1 2 1\n0x10 2\n3\n", "hex in the fixed library");
    read_text("1 2 1\nnan 2\n3\n", "nan in the fixed library");
#else
    read_text("1 6 2\n1e-3 -2.5E+2 .5 5. +3 -.25e1\n1e40 1e-50\n", "exponents, dots, signs, overflow");
    read_text("1 4 2\n0x10 0x1p-2 -0X.8 0x1.8p1\n0xg 2\n", "hex floats (0xg reads 0 then fails)");
    read_text("1 4 2\n0x10 0x1p-2 -0X.8 0x1.8p1\n0xA 2\n", "hex floats");
    read_text("1 6 2\ninf -inf nan -nan INF Infinity\nNAN nan(123)\n", "inf and nan spellings");
    read_text("1 3 1\n0.1 0.30000000000000004 1.0000000000000002\n16777217\n",
              "decimal values that are not exact in float");
    read_text("1 3 1\n1.5abc 2 3\n4\n", "number followed by letters");
#endif
}

static void reader_errors(void)
{
    label("missing file");
    printf("-> %s\n", fann_read_train_from_file("no_such.data") == NULL ? "NULL" : "non-NULL");
    label("missing directory");
    printf("-> %s\n", fann_read_train_from_file("/nonexistent/dir/x.data") == NULL ? "NULL" :
           "non-NULL");
    read_path("files", "a directory", NULL);
    read_text("", "empty file");
    read_text("# comment\n2 3 2\n1 0 -1\n0.5 0.75\n1 0 -1\n0.5 0.75\n", "comment line");
    read_text("2 3 2\n1 0 -1\n0.5 0.75\n1 0 -1\n0.5\n", "truncated: last output missing");
    read_text("2 3 2\n1 0 -1\n0.5 0.75\n1 0", "truncated: inputs of pattern 1");
    read_text("2 3 2\n1 0 -1\n", "truncated: outputs of pattern 0");
    read_text("2 3 2\n1,5 0 -1\n0.5 0.75\n1 0 -1\n0.5 0.75\n", "comma decimal in the first input");
    read_text("2 3 2\n1 0 -1\n0,5 0,75\n1 0 -1\n0.5 0.75\n", "comma decimal in the first output");
    read_text("2 3 x\n1 0 -1\n0.5 0.75\n", "header 2 3 x");
    read_text("2 3\n", "header with two numbers only");
    read_text("2 3 2\n1 0 abc\n0.5 0.75\n1 0 -1\n0.5 0.75\n", "letters in a value");
    read_text("3 1 1\n1\n2\n3\n4\n5\n", "output of pattern 2 missing (line 7)");
    read_text("2.5 1 1\n1\n2\n", "header 2.5 1 1");
    read_text("1000 2 1\n1 2\n3\n", "header promises 1000 patterns");
}

/* ------------------------------------------------------------ writing */

#ifdef FIXEDFANN
static const fann_type tricky[] = {
    0, 1, -1, 255, 256, -256, 2147483647, -2147483647 - 1, 123456789, -65536, 1000000,
};
#elif defined(DOUBLEFANN)
static const fann_type tricky[] = {
    0, 1, -1, 2147, -2147, 0.5, -0.5, 0.25, 0.1, 1.5, -2.5, 1.0000001, 0.9999999, 3.999999,
    2.0000004, 1e-7, 2148, -2148, 123456, 3000.5, 1e10, -1e10, NAN, -NAN, INFINITY, -INFINITY,
    -0.0, 0.0078125, 2147.4999, 2147.5, -2147.5, -2148.5, 4294.967296, 33554432, 33554431,
    -33554432, 0.9999995, 0.99999949, 1e-300, 0.30000000000000004, 1.0000000000000002,
    0.0000005, -0.0000005, 0.0000015,
};
#else
static const fann_type tricky[] = {
    0, 1, -1, 2147, -2147, 0.5f, -0.5f, 0.25f, 0.1f, 1.5f, -2.5f, 1.0000001f, 0.9999999f, 3.999999f,
    2.0000004f, 1e-7f, 2148, -2148, 123456, 3000.5f, 1e10f, -1e10f, NAN, -NAN, INFINITY, -INFINITY,
    -0.0f, 0.0078125f, 2147.4999f, 2147.5f, -2147.5f, -2148.5f, 4294.967296f, 33554432, 33554431,
    -33554432, 0.9999995f, 0.99999949f, 1e-30f, 1.4e-45f, 16777217.0f,
    0.0000005f, -0.0000005f, 0.0000015f,
};
#endif
#define NTRICKY (sizeof(tricky) / sizeof(tricky[0]))

static void save_all(struct fann_train_data *d, const char *name)
{
    static const unsigned int dps[] = { 0, 8, 14, 31 };
    unsigned int i;
    int r;

    FLUSHED(r = fann_save_train(d, "t.data"));
    printf("%s: fann_save_train -> %d\n", name, r);
    cat_file("t.data");
    for (i = 0; i < sizeof(dps) / sizeof(dps[0]); i++) {
        FLUSHED(r = fann_save_train_to_fixed(d, "t.data", dps[i]));
        printf("%s: fann_save_train_to_fixed(dp %u) -> %d\n", name, dps[i], r);
        cat_file("t.data");
    }
}

static void writer_cases(void)
{
    struct fann_train_data *d;
    unsigned int i, j;

    printf("===== tricky values, one per pattern (1 input, 1 output = -input)\n");
    d = fann_create_train(NTRICKY, 1, 1);
    dump_data("created (zero-filled)", d);
    for (i = 0; i < NTRICKY; i++) {
        d->input[i][0] = tricky[i];
        d->output[i][0] = -tricky[i];
    }
    dump_data("filled", d);
    save_all(d, "tricky");
    fann_destroy_train(d);

    printf("===== tricky values, 3 inputs and 2 outputs per pattern\n");
    d = fann_create_train((NTRICKY + 4) / 5, 3, 2);
    for (i = 0; i < d->num_data; i++)
        for (j = 0; j < 5; j++) {
            fann_type v = tricky[(i * 5 + j) % NTRICKY];
            if (j < 3)
                d->input[i][j] = v;
            else
                d->output[i][j - 3] = v;
        }
    save_all(d, "tricky 3/2");
    fann_destroy_train(d);

    printf("===== formats.md 5.6\n");
    d = fann_create_train(2, 3, 2);
    for (i = 0; i < 2; i++) {
        d->input[i][0] = W(1); d->input[i][1] = 0; d->input[i][2] = W(-1);
        d->output[i][0] = W(0.5); d->output[i][1] = W(0.75);
    }
    FLUSHED(fann_save_train(d, "t.data"));
    printf("equals files/spec_5_6_train.data: %s\n", same_files("t.data", "files/spec_5_6_train.data"));
    cat_file("t.data");
    fann_destroy_train(d);
    d = fann_create_train(0, 3, 2);
    dump_data("empty set", d);
    save_all(d, "empty 0 3 2");
    printf("equals files/spec_5_6_empty.data: %s\n", same_files("t.data", "files/spec_5_6_empty.data"));
    fann_destroy_train(d);
    d = fann_create_train(4, 1, 1);
#ifdef FIXEDFANN
    d->input[0][0] = d->output[0][0] = 128;
    d->input[1][0] = d->output[1][0] = -64;
    d->input[2][0] = d->output[2][0] = 255;
    d->input[3][0] = d->output[3][0] = -2147483647 - 1;
    FLUSHED(fann_save_train_to_fixed(d, "t.data", 8));
#else
    d->input[0][0] = d->output[0][0] = (fann_type)0.5;
    d->input[1][0] = d->output[1][0] = (fann_type)-0.25;
    d->input[2][0] = d->output[2][0] = (fann_type)0.9999999;
    d->input[3][0] = d->output[3][0] = (fann_type)1e10;
    FLUSHED(fann_save_train_to_fixed(d, "t.data", 8));
#endif
    printf("fann_save_train_to_fixed(dp 8) equals files/spec_5_6_fixed8.data: %s\n",
           same_files("t.data", "files/spec_5_6_fixed8.data"));
    fann_destroy_train(d);

    printf("===== patterns with 0 inputs / 0 outputs\n");
    d = fann_create_train(2, 0, 2);
    d->output[0][0] = W(1); d->output[1][1] = W(-1);
    save_all(d, "0 inputs");
    fann_destroy_train(d);
    d = fann_create_train(2, 2, 0);
    d->input[1][1] = W(3);
    save_all(d, "0 outputs");
    fann_destroy_train(d);

    printf("===== save errors\n");
    d = fann_create_train(1, 1, 1);
    {
        static const char *const paths[] = { "/nonexistent/dir/x.data", ".", "" };
        int r;
        for (i = 0; i < sizeof(paths) / sizeof(paths[0]); i++) {
            label(paths[i]);
            r = fann_save_train(d, paths[i]);
            printf("fann_save_train(\"%s\") -> %d\n", paths[i], r);
            print_errstate("  data", E(d));
            fann_reset_errno(E(d));
            r = fann_save_train_to_fixed(d, paths[i], 4);
            printf("fann_save_train_to_fixed(\"%s\", 4) -> %d\n", paths[i], r);
            print_errstate("  data", E(d));
            fann_reset_errno(E(d));
        }
        fann_set_error_log(E(d), stdout);
        r = fann_save_train(d, "/nonexistent/dir/y.data");
        printf("log=stdout -> %d\n", r);
        fann_set_error_log(E(d), NULL);
        r = fann_save_train(d, "/nonexistent/dir/z.data");
        printf("log=NULL -> %d\n", r);
        print_errstate("  data", E(d));
        r = fann_save_train(d, "ok.data");
        printf("save ok.data -> %d (error state kept)\n", r);
        print_errstate("  data", E(d));
    }
    fann_destroy_train(d);
}

/* ------------------------------------------------------------ functions */

static void cb(unsigned int num, unsigned int ni, unsigned int no, fann_type *in, fann_type *out)
{
    unsigned int j;
    printf("  callback(%u, %u, %u)\n", num, ni, no);
    for (j = 0; j < ni; j++)
        in[j] = W((double)num * 10.0 + j + 0.5);
    for (j = 0; j < no; j++)
        out[j] = W(-(double)num - 0.25 * j);
}

static struct fann_train_data *make_set(unsigned int n, unsigned int ni, unsigned int no,
                                        unsigned int seed)
{
    unsigned int i, j;
    struct fann_train_data *d = fann_create_train(n, ni, no);
    lcg_seed(seed);
    for (i = 0; i < n; i++) {
        for (j = 0; j < ni; j++)
            d->input[i][j] = W(lcg_range(-4.0, 4.0));
        for (j = 0; j < no; j++)
            d->output[i][j] = W(lcg_range(-1.0, 3.0));
    }
    return d;
}

static void function_cases(void)
{
    struct fann_train_data *a, *b, *c, *r;
    unsigned int i;

    printf("===== fann_create_train_from_callback\n");
    a = fann_create_train_from_callback(4, 3, 2, cb);
    dump_data("from callback", a);
    fann_destroy_train(a);
    a = fann_create_train_from_callback(0, 3, 2, cb);
    dump_data("from callback, 0 patterns", a);
    fann_destroy_train(a);

    printf("===== fann_duplicate_train_data\n");
    a = make_set(5, 3, 2, 11);
    fann_set_error_log(E(a), NULL);
    r = fann_duplicate_train_data(a);
    dump_data("duplicate", r);
    r->input[0][0] = W(99);
    printf("after changing the copy, original [0][0] = ");
    pt(a->input[0][0]);
    printf("\n");
    fann_destroy_train(r);
    fann_destroy_train(a);

    printf("===== fann_merge_train_data\n");
    a = make_set(3, 2, 1, 12);
    b = make_set(2, 2, 1, 13);
    c = make_set(2, 3, 1, 14);
    fann_set_error_log(E(a), stdout);
    r = fann_merge_train_data(a, b);
    dump_data("merge a+b", r);
    fann_destroy_train(r);
    r = fann_merge_train_data(b, a);
    dump_data("merge b+a", r);
    fann_destroy_train(r);
    {
        struct fann_train_data *empty = fann_create_train(0, 2, 1);
        r = fann_merge_train_data(a, empty);
        dump_data("merge a+empty", r);
        fann_destroy_train(r);
        r = fann_merge_train_data(empty, b);
        dump_data("merge empty+b", r);
        fann_destroy_train(r);
        r = fann_merge_train_data(empty, empty);
        dump_data("merge empty+empty", r);
        fann_destroy_train(r);
        fann_destroy_train(empty);
    }
    label("merge input mismatch (a has log stdout)");
    r = fann_merge_train_data(a, c);
    printf("merge a+c -> %s\n", r == NULL ? "NULL" : "non-NULL");
    print_errstate("  a", E(a));
    print_errstate("  c", E(c));
    label("merge input mismatch, c first (default log)");
    r = fann_merge_train_data(c, b);
    printf("merge c+b -> %s\n", r == NULL ? "NULL" : "non-NULL");
    print_errstate("  c", E(c));
    print_errstate("  b", E(b));
    fann_destroy_train(c);
    c = make_set(2, 2, 3, 15);
    label("merge output mismatch");
    r = fann_merge_train_data(b, c);
    printf("merge b+c -> %s\n", r == NULL ? "NULL" : "non-NULL");
    print_errstate("  b", E(b));
    fann_destroy_train(a);
    fann_destroy_train(b);
    fann_destroy_train(c);

    printf("===== fann_subset_train_data\n");
    a = make_set(4, 2, 2, 16);
    dump_data("source", a);
    {
        static const unsigned int cases[][2] = {
            { 0, 4 }, { 1, 2 }, { 3, 1 }, { 0, 0 }, { 2, 0 }, { 4, 0 },
            { 5, 0 }, { 2, 3 }, { 0, 5 }, { 4294967295u, 0 }, { 0, 4294967295u }, { 4, 1 },
        };
        for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
            char l[96];
            snprintf(l, sizeof(l), "subset(%u, %u)", cases[i][0], cases[i][1]);
            label(l);
            r = fann_subset_train_data(a, cases[i][0], cases[i][1]);
            if (r == NULL) {
                printf("-> NULL\n");
                print_errstate("  source", E(a));
                fann_reset_errno(E(a));
            } else {
                dump_data("->", r);
                fann_destroy_train(r);
            }
        }
    }
    fann_destroy_train(a);

    printf("===== fann_shuffle_train_data\n");
    {
        static const unsigned int seeds[] = { 1, 42, 12345 };
        for (i = 0; i < sizeof(seeds) / sizeof(seeds[0]); i++) {
            a = make_set(7, 2, 1, 17);
            seed_rand(seeds[i]);
            fann_shuffle_train_data(a);
            printf("seed %u:\n", seeds[i]);
            dump_data("shuffled", a);
            printf("next rand %d\n", rand());
            fann_destroy_train(a);
        }
        a = make_set(1, 2, 1, 18);
        seed_rand(5);
        fann_shuffle_train_data(a);
        dump_data("shuffled 1 pattern", a);
        printf("next rand %d\n", rand());
        fann_destroy_train(a);
        a = fann_create_train(0, 2, 1);
        seed_rand(5);
        fann_shuffle_train_data(a);
        dump_data("shuffled 0 patterns", a);
        printf("next rand %d\n", rand());
        fann_destroy_train(a);
    }

    printf("===== scaling\n");
    {
#ifdef FIXEDFANN
        static const fann_type ranges[][2] = {
            /* the factor is new_span / old_span in integer arithmetic (old spans are
             * about 2000 here) */
            { -25600, 25600 }, { 0, 65536 }, { 12800, -12800 }, { 0, 0 }, { -100000, 3000000 },
            { 7, 9 }, { -256, 256 },
        };
#else
        static const fann_type ranges[][2] = {
            { -1, 1 }, { 0, 1 }, { 5, -5 }, { 0, 0 }, { (fann_type)-1000, (fann_type)1e6 },
            { (fann_type)0.1, (fann_type)0.2 },
        };
#endif
        unsigned int k;
        for (k = 0; k < sizeof(ranges) / sizeof(ranges[0]); k++) {
            printf("range ");
            pt(ranges[k][0]);
            printf(" ");
            pt(ranges[k][1]);
            printf("\n");
            a = make_set(5, 3, 2, 20 + k);
            fann_scale_input_train_data(a, ranges[k][0], ranges[k][1]);
            dump_data("  scale_input", a);
            fann_scale_output_train_data(a, ranges[k][0], ranges[k][1]);
            dump_data("  then scale_output", a);
            fann_destroy_train(a);
            a = make_set(5, 3, 2, 20 + k);
            fann_scale_train_data(a, ranges[k][0], ranges[k][1]);
            dump_data("  scale_train", a);
            fann_destroy_train(a);
        }
        /* a minimum that is not input[0][0] and repeated extremes */
        a = fann_create_train(3, 2, 1);
        a->input[0][0] = W(2); a->input[0][1] = W(-3);
        a->input[1][0] = W(7); a->input[1][1] = W(-3);
        a->input[2][0] = W(7); a->input[2][1] = W(1);
        a->output[0][0] = W(1); a->output[1][0] = W(2); a->output[2][0] = W(4);
        fann_scale_train_data(a, W(-1), W(1));
        dump_data("min/max not at [0][0]", a);
        fann_destroy_train(a);
#ifndef FIXEDFANN
        /* constant data: span 0 -> 0 * inf = NaN */
        a = fann_create_train(3, 2, 1);
        for (i = 0; i < 3; i++) {
            a->input[i][0] = a->input[i][1] = (fann_type)2.5;
            a->output[i][0] = (fann_type)i;
        }
        fann_scale_train_data(a, -1, 1);
        dump_data("constant inputs", a);
        fann_destroy_train(a);
        /* NaN and inf in the data */
        a = fann_create_train(3, 1, 1);
        a->input[0][0] = 1; a->input[1][0] = NAN; a->input[2][0] = 3;
        a->output[0][0] = INFINITY; a->output[1][0] = 0; a->output[2][0] = 1;
        fann_scale_train_data(a, 0, 1);
        dump_data("NaN / inf in the data", a);
        fann_destroy_train(a);
#endif
    }
}

/* api.md 3.4: a set built by the client, released by fann_destroy_train */
static void hand_built(void)
{
    unsigned int i, n = 3, ni = 2, no = 1;
    struct fann_train_data *d = malloc(sizeof(*d));
    fann_type *in = calloc((size_t)n * ni, sizeof(fann_type));
    fann_type *out = calloc((size_t)n * no, sizeof(fann_type));
    int r;

    printf("===== hand-built set\n");
    fann_init_error_data(E(d));
    d->num_data = n;
    d->num_input = ni;
    d->num_output = no;
    d->input = calloc(n, sizeof(fann_type *));
    d->output = calloc(n, sizeof(fann_type *));
    for (i = 0; i < n; i++) {
        d->input[i] = in + (size_t)i * ni;
        d->output[i] = out + (size_t)i * no;
        d->input[i][0] = W(i);
        d->input[i][1] = W(0.5 * i);
        d->output[i][0] = W(-1.0 * i);
    }
    dump_data("hand-built", d);
    FLUSHED(r = fann_save_train(d, "hand.data"));
    printf("fann_save_train -> %d\n", r);
    cat_file("hand.data");
    seed_rand(9);
    fann_shuffle_train_data(d);
    dump_data("hand-built, shuffled (seed 9)", d);
    r = fann_save_train(d, "/nonexistent/dir/hand.data");
    printf("failing save -> %d\n", r);
    print_errstate("  hand-built", E(d));
    fann_destroy_train(d);
    printf("fann_destroy_train(hand-built) returned\n");
    fann_destroy_train(NULL);
    printf("fann_destroy_train(NULL) returned\n");
}

int main(void)
{
    setup_tmpdir();
    printf("variant %s\n", VARIANT);
    reader_cases();
    reader_errors();
    writer_cases();
    function_cases();
    hand_built();
    return 0;
}
