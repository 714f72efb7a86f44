/*
 * impl_netfile_errors.h - fann_create_from_file on damaged and unusual
 * network files, and fann_save / fann_save_to_fixed to unwritable paths.
 * The files are mutations of the committed spec example (float/double:
 * tests/files/spec_5_1_float.net, fixed: spec_5_2_fixed.net) written into
 * the private temp directory, so the file names in the messages are short
 * and the same in every run.  Each case prints a label on stdout and on
 * stderr (where FANN prints its messages), then the result:
 *   failure -> "NULL" (the message is on stderr; no struct keeps it)
 *   success -> a few getters, the output for one input, and whether
 *              fann_save writes the base file again byte for byte.
 * Only cases on which Debian's 2.2.0 neither crashes nor corrupts memory
 * (no out-of-range source neuron indexes, no inconsistent counts).
 */
#include "fileutil.h"

#define E(a) ((struct fann_error *)(a))

#ifdef FIXEDFANN
#define BASE "files/spec_5_2_fixed.net"
#define OTHER "files/spec_5_1_float.net"
#define LEGACY "files/legacy_1_1_fixed.net"
#else
#define BASE "files/spec_5_1_float.net"
#define OTHER "files/spec_5_2_fixed.net"
#define LEGACY "files/legacy_1_1_float.net"
#endif

static void try_load_cmp(const char *path, const char *label, const char *cmp)
{
    struct fann *ann;
    fann_type in[8], *out;
    unsigned int i;
    int r;

    printf("--- %s\n", label);
    fflush(stdout);
    fprintf(stderr, "--- %s\n", label);
    ann = fann_create_from_file(path);
    fflush(stdout);
    if (ann == NULL) {
        printf("-> NULL\n");
        return;
    }
    printf("-> loaded: num_input=%u num_output=%u total_neurons=%u total_connections=%u"
           " network_type=%d\n", ann->num_input, ann->num_output, ann->total_neurons,
           ann->total_connections, (int)ann->network_type);
    print_errstate("   state", E(ann));
    for (i = 0; i < ann->num_input && i < 8; i++)
#ifdef FIXEDFANN
        in[i] = (i % 2) ? -(fann_type)fann_get_multiplier(ann) : (fann_type)fann_get_multiplier(ann);
#else
        in[i] = (i % 2) ? -1 : 1;
#endif
    FLUSHED(out = fann_run(ann, in));
    print_vec("   run(1, -1, ...) ->", out, ann->num_output);
    FLUSHED(r = fann_save(ann, "resaved.net"));
    printf("   fann_save -> %d; equals %s: %s\n", r, cmp, same_files("resaved.net", cmp));
    if (strcmp(same_files("resaved.net", cmp), "yes") != 0) {
        first_difference("resaved.net", cmp);
        cat_file("resaved.net");
    }
    fann_destroy(ann);
}

static void try_load(const char *path, const char *label)
{
    try_load_cmp(path, label, BASE);
}

/* base file with the first occurrence of `from` replaced by `to` */
static void mutate(const char *label, const char *from, const char *to)
{
    if (copy_replace(BASE, "case.net", from, to) != 0) {
        printf("--- %s: TEST BUG, text not found\n", label);
        return;
    }
    try_load("case.net", label);
}

/* base file with every "\n" replaced by `nl` */
static void newline_variant(const char *label, const char *nl)
{
    long n, i;
    char *buf = slurp(BASE, &n);
    FILE *f = fopen("case.net", "wb");
    for (i = 0; i < n; i++) {
        if (buf[i] == '\n')
            fputs(nl, f);
        else
            fputc(buf[i], f);
    }
    fclose(f);
    free(buf);
    try_load("case.net", label);
}

/* base file cut right after the n-th occurrence of `marker` (+ extra bytes) */
static void truncate_after(const char *label, const char *marker, int nth, long extra)
{
    long n;
    char *buf = slurp(BASE, &n), *p = buf;
    int k;
    for (k = 0; k < nth && p != NULL; k++) {
        p = strstr(p, marker);
        if (p != NULL && k + 1 < nth)
            p += strlen(marker);
    }
    if (p == NULL) {
        printf("--- %s: TEST BUG, marker not found\n", label);
        free(buf);
        return;
    }
    copy_truncated(BASE, "case.net", (long)(p - buf) + (long)strlen(marker) + extra);
    free(buf);
    try_load("case.net", label);
}

static void version_cases(void)
{
    try_load("does_not_exist.net", "missing file");
    try_load("/nonexistent/dir/x.net", "missing directory");
    try_load("files", "a directory");
    write_text("case.net", "");
    try_load("case.net", "empty file");
#ifdef FIXEDFANN
    write_text("case.net", "FANN_FIX_2.0");
    try_load("case.net", "version line only, no newline");
    write_text("case.net", "FANN_FIX_2.0\n");
    try_load("case.net", "version line only");
    mutate("version FANN_FIX_2.2", "FANN_FIX_2.0\n", "FANN_FIX_2.2\n");
    mutate("version FANN_FIX_1.0", "FANN_FIX_2.0\n", "FANN_FIX_1.0\n");
    mutate("version FANN_FLO_2.0 in the fixed library", "FANN_FIX_2.0\n", "FANN_FLO_2.0\n");
    mutate("version fann_fix_2.0 (lower case)", "FANN_FIX_2.0\n", "fann_fix_2.0\n");
    mutate("version line with a leading space", "FANN_FIX_2.0\n", " FANN_FIX_2.0\n");
    mutate("version line with a BOM", "FANN_FIX_2.0\n", "\xef\xbb\xbf" "FANN_FIX_2.0\n");
    mutate("version FANN_FIX_2.1 (read like 2.0)", "FANN_FIX_2.0\n", "FANN_FIX_2.1\n");
#else
    write_text("case.net", "FANN_FLO_2.1");
    try_load("case.net", "version line only, no newline");
    write_text("case.net", "FANN_FLO_2.1\n");
    try_load("case.net", "version line only");
    mutate("version FANN_FLO_2.2", "FANN_FLO_2.1\n", "FANN_FLO_2.2\n");
    mutate("version FANN_FLO_1.0", "FANN_FLO_2.1\n", "FANN_FLO_1.0\n");
    mutate("version FANN_FIX_2.0 in a float library", "FANN_FLO_2.1\n", "FANN_FIX_2.0\n");
    mutate("version fann_flo_2.1 (lower case)", "FANN_FLO_2.1\n", "fann_flo_2.1\n");
    mutate("version line with a leading space", "FANN_FLO_2.1\n", " FANN_FLO_2.1\n");
    mutate("version line with a BOM", "FANN_FLO_2.1\n", "\xef\xbb\xbf" "FANN_FLO_2.1\n");
    mutate("version FANN_FLO_2.0 (read like 2.1)", "FANN_FLO_2.1\n", "FANN_FLO_2.0\n");
#endif
    /* CRLF files: FANN rejects them, we load them on purpose (COMPATIBILITY.md); that is
     * checked by tests/c_api/crlf.c instead of here. */
    newline_variant("CR line ends", "\r");
    try_load(OTHER, "file of the other number type");
}

static void key_cases(void)
{
#ifdef FIXEDFANN
    mutate("decimal_point line missing", "decimal_point=14\n", "");
    mutate("blank line after the version line", "FANN_FIX_2.0\n", "FANN_FIX_2.0\n\n");
    mutate("decimal_point=abc", "decimal_point=14", "decimal_point=abc");
#else
    mutate("blank line after the version line", "FANN_FLO_2.1\n", "FANN_FLO_2.1\n\n");
#endif
    mutate("learning_momentum line missing", "learning_momentum=0.000000\n", "");
    mutate("misspelled key learning_rat", "learning_rate=", "learning_rat=");
    mutate("space before = (num_layers =3)", "num_layers=3", "num_layers =3");
    mutate("learning_rate=abc", "learning_rate=0.700000", "learning_rate=abc");
    mutate("learning_rate=0.700000x (garbage after the number)", "learning_rate=0.700000",
           "learning_rate=0.700000x");
    mutate("keys swapped (network_type before connection_rate)",
           "connection_rate=1.000000\nnetwork_type=0\n", "network_type=0\nconnection_rate=1.000000\n");
    mutate("key repeated", "network_type=0\n", "network_type=0\nnetwork_type=0\n");
    mutate("cascade_num_candidate_groups missing",
           "cascade_num_candidate_groups=2\n", "");
    mutate("bit_fail_limit=x", "bit_fail_limit=", "bit_fail_limit=x");
    mutate("cascade_activation_functions: one item missing (count 11)",
           "cascade_activation_functions_count=10", "cascade_activation_functions_count=11");
    mutate("cascade_activation_steepnesses: one item missing (count 5)",
           "cascade_activation_steepnesses_count=4", "cascade_activation_steepnesses_count=5");
    mutate("cascade_activation_functions_count=0 (realloc(p, 0) fails: error 11)",
           "cascade_activation_functions_count=10\ncascade_activation_functions=3 5 7 8 10 11 14 15 16 17 ",
           "cascade_activation_functions_count=0\ncascade_activation_functions=");
    mutate("cascade_activation_functions_count=2 (extra items)",
           "cascade_activation_functions_count=10", "cascade_activation_functions_count=2");
    mutate("layer_sizes: one size missing", "layer_sizes=3 4 2 ", "layer_sizes=3 4 ");
    mutate("layer_sizes=3 x 2", "layer_sizes=3 4 2 ", "layer_sizes=3 x 2 ");
    mutate("num_layers=1", "num_layers=3", "num_layers=1");
    mutate("num_layers=0", "num_layers=3", "num_layers=0");
#ifndef FIXEDFANN
    mutate("scale_included=1 without the arrays", "scale_included=0", "scale_included=1");
    mutate("scale_included=2 (no scale data)", "scale_included=0", "scale_included=2");
    mutate("scale_included line missing", "scale_included=0\n", "");
    copy_replace("files/spec_5_3_scaled.net", "case.net", "scale_factor_out=0.500000 \n",
                 "scale_factor_out=\n");
    try_load_cmp("case.net", "scale_factor_out item missing", "files/spec_5_3_scaled.net");
    copy_replace("files/spec_5_3_scaled.net", "case.net", "scale_mean_out=", "scale_mean_ou=");
    try_load_cmp("case.net", "scale_mean_out key misspelled", "files/spec_5_3_scaled.net");
#endif
}

static void tuple_cases(void)
{
    truncate_after("truncated inside the neurons list", ") (", 4, 0);
    truncate_after("truncated after the neurons key", "activation_steepness)=", 1, 0);
    truncate_after("truncated inside the connections list", ") (", 15, 0);
    truncate_after("truncated after the connections key", "weight)=", 1, 0);
    truncate_after("truncated inside a connection tuple", ") (", 20, 2);
    {
        long n;
        char *buf = slurp(BASE, &n);
        write_bytes("case.net", buf, (size_t)(n - 3));
        free(buf);
        try_load("case.net", "last connection tuple without ')' (file ends after the weight)");
    }
    /* fscanf returns the number of conversions: a ')' that does not match
     * only matters if the next tuple then fails to start with '(' */
#ifdef FIXEDFANN
    mutate("connection tuple without ')' directly followed by '('", "(0, -10650) (1, ",
           "(0, -10650(1, ");
    mutate("space before ')' in the last connection tuple", "(6, 9830) \n", "(6, 9830 ) \n");
    mutate("neuron tuple without ')' directly followed by '('", "(3, 5, 8192) (3, 5, 8192) (3",
           "(3, 5, 8192(3, 5, 8192) (3");
#else
    mutate("connection tuple without ')' directly followed by '('",
           "(0, -6.49999976158142089844e-01) (1, ", "(0, -6.49999976158142089844e-01(1, ");
    mutate("space before ')' in the last connection tuple",
           "(6, 6.00000023841857910156e-01) \n", "(6, 6.00000023841857910156e-01 ) \n");
    mutate("neuron tuple without ')' directly followed by '('",
           "(3, 5, 5.00000000000000000000e-01) (3, 5, 5.00000000000000000000e-01) (3",
           "(3, 5, 5.00000000000000000000e-01(3, 5, 5.00000000000000000000e-01) (3");
#endif
    mutate("space before ',' in a neuron tuple", "(0, 0, ", "(0 , 0, ");
    mutate("space before ')' in a neuron tuple", ") (0, 0,", " ) (0, 0,");
    mutate("space before ',' in a connection tuple", "weight)=(0, ", "weight)=(0 , ");
#ifdef FIXEDFANN
    mutate("connection weight 1.5 in the fixed library", "(0, -10650)", "(0, 1.5)");
    mutate("neuron steepness x", "(3, 5, 8192)", "(3, 5, x)");
#else
    mutate("connection weight x", "(0, -6.49999976158142089844e-01)", "(0, x)");
    mutate("neuron steepness x", "(3, 5, 5.00000000000000000000e-01)", "(3, 5, x)");
#endif
    mutate("negative num_inputs", "(0, 0, 0", "(-0, 0, 0");
}

static void tolerated_cases(void)
{
    mutate("blank lines and indentation between keys", "num_layers=3\n",
           "num_layers=3\n\n   \t\n  ");
    mutate("whitespace after =", "learning_rate=", "learning_rate=  \t");
    mutate("list split over lines", "layer_sizes=3 4 2 ", "layer_sizes=3\n4\n\n2");
    mutate("neuron key without spaces", "neurons (num_inputs, activation_function, activation_steepness)=",
           "neurons(num_inputs,activation_function,activation_steepness)=");
    mutate("connection key without spaces", "connections (connected_to_neuron, weight)=",
           "connections(connected_to_neuron,weight)=");
#ifdef FIXEDFANN
    mutate("tuples without spaces", "(0, -10650) (1, -6554)", "(0,-10650)(1,-6554)");
    mutate("tuple with newline after the comma", "(0, -10650)", "(0,\n\t-10650)");
#else
    mutate("tuples without spaces", "(0, -6.49999976158142089844e-01) (1, ",
           "(0,-6.49999976158142089844e-01)(1,");
    mutate("tuple with newline after the comma", "(0, -6.49999976158142089844e-01)",
           "(0,\n\t-6.49999976158142089844e-01)");
    mutate("weights in other notations", "(0, -6.49999976158142089844e-01) (1, -4.00000005960464477539e-01)",
           "(0, -0.649999976158142089844) (1, -0x1.99999ap-2)");
    mutate("learning_rate in exponent notation", "learning_rate=0.700000", "learning_rate=7e-1");
#endif
    {
        long n;
        char *buf = slurp(BASE, &n);
        FILE *f = fopen("case.net", "wb");
        fwrite(buf, 1, (size_t)n, f);
        fputs("trailing garbage after the connections\n1 2 3\n", f);
        fclose(f);
        free(buf);
        try_load("case.net", "trailing garbage after the last connection");
        /* no trailing space / newline at all */
        buf = slurp(BASE, &n);
        f = fopen("case.net", "wb");
        fwrite(buf, 1, (size_t)n - 2, f);
        fclose(f);
        free(buf);
        try_load("case.net", "no trailing space and newline after the last connection");
    }
    mutate("num_layers=+3", "num_layers=3", "num_layers=+3");
    mutate("network_type=7 (saved as is, counted as shortcut for num_output)",
           "network_type=0", "network_type=7");
    mutate("training_algorithm=42", "training_algorithm=2", "training_algorithm=42");
#ifdef FIXEDFANN
    mutate("activation function 99 on the unused output bias", "(0, 0, 0) \nconnections",
           "(0, 99, 0) \nconnections");
#else
    mutate("activation function 99 on the unused output bias",
           "(0, 0, 0.00000000000000000000e+00) \nconnections",
           "(0, 99, 0.00000000000000000000e+00) \nconnections");
#endif
    mutate("connection_rate=0.5 (not used by the reader)", "connection_rate=1.000000",
           "connection_rate=0.500000");
}

static void legacy_cases(void)
{
    try_load_cmp(LEGACY, "legacy 1.1 file as committed", LEGACY);
#ifdef FIXEDFANN
    copy_replace(LEGACY, "case.net", "14\n", "x\n");
    try_load_cmp("case.net", "legacy: decimal point x", LEGACY);
    copy_replace(LEGACY, "case.net", "0 5 0 8192", "0 5 0 x");
    try_load_cmp("case.net", "legacy: parameter line broken", LEGACY);
#else
    copy_replace(LEGACY, "case.net", "0 5 0 0.5", "0 5 0 x");
    try_load_cmp("case.net", "legacy: parameter line broken", LEGACY);
#endif
    {
        long n;
        char *buf = slurp(LEGACY, &n), *p = strstr(buf, "3 4 2 \n");
        write_bytes("case.net", buf, (size_t)(p - buf) + 3);
        free(buf);
        try_load_cmp("case.net", "legacy: file ends inside the layer sizes", LEGACY);
    }
    copy_replace(LEGACY, "case.net", "0 0 0 3 3 3 0 4 0 \n", "0 0 0 3 3 3 0 4 \n");
    try_load_cmp("case.net", "legacy: neuron count missing", LEGACY);
    {
        long n;
        char *buf = slurp(LEGACY, &n);
        write_bytes("case.net", buf, (size_t)(n - 20));
        try_load_cmp("case.net", "legacy: file cut inside the last weight (reads a shorter number)",
                     LEGACY);
        write_bytes("case.net", buf, (size_t)(n - 80));
        free(buf);
        try_load_cmp("case.net", "legacy: connections truncated", LEGACY);
    }
    copy_replace(LEGACY, "case.net", "(0 ", "(0, ");
    try_load_cmp("case.net", "legacy: comma in a connection tuple", LEGACY);
}

static void save_errors(void)
{
    struct fann *ann;
    int r;
    static const char *const paths[] = {
        "/nonexistent/dir/x.net", "files/../no/such/dir/x.net", ".", "",
    };
    unsigned int i;

    printf("--- save errors\n");
    ann = fann_create_from_file(BASE);
    for (i = 0; i < sizeof(paths) / sizeof(paths[0]); i++) {
        fflush(stdout);
        fprintf(stderr, "--- fann_save(\"%s\")\n", paths[i]);
        r = fann_save(ann, paths[i]);
        printf("fann_save(\"%s\") -> %d\n", paths[i], r);
        print_errstate("   ann", E(ann));
        fflush(stdout);
        fprintf(stderr, "--- fann_save_to_fixed(\"%s\")\n", paths[i]);
        fann_reset_errno(E(ann));
        r = fann_save_to_fixed(ann, paths[i]);
        printf("fann_save_to_fixed(\"%s\") -> %d\n", paths[i], r);
        print_errstate("   ann", E(ann));
        fann_reset_errno(E(ann));
    }
    /* error log redirected to stdout / silenced */
    fann_set_error_log(E(ann), stdout);
    r = fann_save(ann, "/nonexistent/dir/y.net");
    printf("fann_save with log=stdout -> %d\n", r);
    fann_set_error_log(E(ann), NULL);
    r = fann_save(ann, "/nonexistent/dir/z.net");
    printf("fann_save with log=NULL -> %d\n", r);
    print_errstate("   ann", E(ann));
    /* a successful save afterwards does not reset the error */
    r = fann_save(ann, "ok.net");
    printf("fann_save(ok.net) -> %d, equals base: %s\n", r, same_files("ok.net", BASE));
    print_errstate("   ann", E(ann));
    fann_destroy(ann);

    /* the global default log also applies to fann_create_from_file */
    fann_set_error_log(NULL, stdout);
    try_load("does_not_exist.net", "missing file, default log = stdout");
    mutate("truncated neurons, default log = stdout", "(3, 5,", "(3, 5");
    fann_set_error_log(NULL, NULL);
    try_load("does_not_exist.net", "missing file, default log = NULL");
    mutate("layer size missing, default log = NULL", "layer_sizes=3 4 2 ", "layer_sizes=3 4 ");
    fann_set_error_log(NULL, (FILE *)-1);
}

int main(void)
{
    setup_tmpdir();
    printf("variant %s\n", VARIANT);
    version_cases();
    key_cases();
    tuple_cases();
    tolerated_cases();
    legacy_cases();
    save_errors();
    return 0;
}
