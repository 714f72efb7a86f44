/*
 * impl_scaling.h - network scaling parameters (algorithms.md 8, api.md
 * 5.2.3): fann_set_scaling_params / _input_ / _output_, fann_clear_scaling_params,
 * fann_scale_input/output, fann_descale_input/output, fann_scale_train /
 * fann_descale_train on the example of algorithms.md 13.10 (with its
 * constant column: NaN in 2.2.0) and on files/scaling.data; errors: 18 when
 * no parameters exist (every function), 14 for set_*_params on data of the
 * wrong shape (input or output count), 19/20 for scale/descale_train;
 * empty data (parameters reset to defaults), reversed and empty target
 * ranges, parameters set for one side only (the other side keeps its
 * defaults); a net trained on scaled data, run on scaled inputs with the
 * outputs descaled; fann_save / fann_create_from_file of a scaled net (the
 * parameters are written with %f, so they change) and of the fixture
 * spec_5_3_scaled.net.
 *
 * Note: the 2.2.0 quirk "fann_scale_output / fann_descale_output test the
 * input arrays for presence" cannot be observed through the API: the eight
 * arrays are always allocated together (fann_allocate_scale).
 */
#include "fileutil.h"

#define E(a) ((struct fann_error *)(a))

static void label(const char *l)
{
    printf("--- %s\n", l);
    fflush(stdout);
    fprintf(stderr, "--- %s\n", l);
}

static void print_farr(const char *name, const float *a, unsigned int n)
{
    unsigned int i;
    printf("  %s:", name);
    if (a == NULL) {
        printf(" NULL\n");
        return;
    }
    for (i = 0; i < n; i++) {
        printf(" ");
        pf32(a[i]);
    }
    printf("\n");
}

static void dump_scale(struct fann *ann)
{
    unsigned int ni = ann->num_input, no = ann->num_output;
    print_farr("mean_in", ann->scale_mean_in, ni);
    print_farr("deviation_in", ann->scale_deviation_in, ni);
    print_farr("new_min_in", ann->scale_new_min_in, ni);
    print_farr("factor_in", ann->scale_factor_in, ni);
    print_farr("mean_out", ann->scale_mean_out, no);
    print_farr("deviation_out", ann->scale_deviation_out, no);
    print_farr("new_min_out", ann->scale_new_min_out, no);
    print_farr("factor_out", ann->scale_factor_out, no);
}

static void dump_rows(const char *tag, struct fann_train_data *d, unsigned int max_rows)
{
    unsigned int i, j;
    printf(" %s (%u patterns)\n", tag, d->num_data);
    for (i = 0; i < d->num_data; i++) {
        if (i >= max_rows && i + max_rows < d->num_data)
            continue;
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
}

/* FNV-1a over all values of a data set */
static unsigned long long data_hash(struct fann_train_data *d)
{
    unsigned long long h = 1469598103934665603ull;
    unsigned int i;
    size_t k;
    for (i = 0; i < d->num_data; i++) {
        const unsigned char *p = (const unsigned char *)d->input[i];
        for (k = 0; k < d->num_input * sizeof(fann_type); k++) {
            h ^= p[k];
            h *= 1099511628211ull;
        }
        p = (const unsigned char *)d->output[i];
        for (k = 0; k < d->num_output * sizeof(fann_type); k++) {
            h ^= p[k];
            h *= 1099511628211ull;
        }
    }
    return h;
}

static void errstate(struct fann *ann)
{
    print_errstate("  ann", E(ann));
    fann_reset_errno(E(ann));
    fann_reset_errstr(E(ann));
}

/* algorithms.md 13.10 */
static const double ex_in[4][3] = { { 1, 5, 7 }, { 2, 5, -3 }, { 4, 5, 0.5 }, { -2.5, 5, 10 } };
static const double ex_out[4][2] = { { 0.1, 100 }, { 0.2, 200 }, { 0.3, 300 }, { 0.9, -50 } };

static struct fann_train_data *example_data(void)
{
    struct fann_train_data *d = fann_create_train(4, 3, 2);
    unsigned int i, j;
    for (i = 0; i < 4; i++) {
        for (j = 0; j < 3; j++)
            d->input[i][j] = (fann_type)ex_in[i][j];
        for (j = 0; j < 2; j++)
            d->output[i][j] = (fann_type)ex_out[i][j];
    }
    return d;
}

static void vector_ops(struct fann *ann, const char *tag)
{
    fann_type in[3] = { (fann_type)1.5, (fann_type)5, (fann_type)-2 };
    fann_type out[2] = { (fann_type)0.25, (fann_type)120 };
    printf(" %s\n", tag);
    fflush(stdout);
    fann_scale_input(ann, in);
    print_vec("  scale_input", in, 3);
    fflush(stdout);
    fann_descale_input(ann, in);
    print_vec("  descale_input", in, 3);
    fflush(stdout);
    fann_scale_output(ann, out);
    print_vec("  scale_output", out, 2);
    fflush(stdout);
    fann_descale_output(ann, out);
    print_vec("  descale_output", out, 2);
    /* descale first (the direction of a net's outputs) */
    fflush(stdout);
    fann_descale_output(ann, out);
    print_vec("  descale_output", out, 2);
    fflush(stdout);
    fann_scale_output(ann, out);
    print_vec("  scale_output", out, 2);
    errstate(ann);
}

static void example(void)
{
    struct fann *ann;
    struct fann_train_data *d = example_data(), *c, *bad;
    int r;

    label("no scaling parameters: every function -> error 18");
    seed_rand(1);
    ann = fann_create_standard(3, 3, 4, 2);
    dump_scale(ann);
    vector_ops(ann, "vector functions");
    c = fann_duplicate_train_data(d);
    fflush(stdout);
    fann_scale_train(ann, c);
    errstate(ann);
    fflush(stdout);
    fann_descale_train(ann, c);
    errstate(ann);
    printf("  data unchanged: %s\n", data_hash(c) == data_hash(d) ? "yes" : "no");
    fann_destroy_train(c);

    label("set_scaling_params(-1, 1, 0.1, 0.9) on the 13.10 example");
    r = fann_set_scaling_params(ann, d, -1.0f, 1.0f, 0.1f, 0.9f);
    printf(" -> %d\n", r);
    dump_scale(ann);
    errstate(ann);
    c = fann_duplicate_train_data(d);
    fann_scale_train(ann, c);
    dump_rows("scale_train", c, 10);
    fann_descale_train(ann, c);
    dump_rows("descale_train", c, 10);
    fann_destroy_train(c);
    vector_ops(ann, "vector functions");

    label("set_input_scaling_params(0, 10) again (arrays reused)");
    r = fann_set_input_scaling_params(ann, d, 0.0f, 10.0f);
    printf(" -> %d\n", r);
    dump_scale(ann);
    label("set_output_scaling_params(1, -1) (reversed range)");
    r = fann_set_output_scaling_params(ann, d, 1.0f, -1.0f);
    printf(" -> %d\n", r);
    dump_scale(ann);
    vector_ops(ann, "vector functions");
    label("set_output_scaling_params(0.5, 0.5) (empty range: factor 0)");
    r = fann_set_output_scaling_params(ann, d, 0.5f, 0.5f);
    printf(" -> %d\n", r);
    dump_scale(ann);
    vector_ops(ann, "vector functions");

    label("clear_scaling_params");
    r = fann_clear_scaling_params(ann);
    printf(" -> %d\n", r);
    dump_scale(ann);
    vector_ops(ann, "vector functions (defaults: (x + 1) - 1)");
    c = fann_duplicate_train_data(d);
    fann_scale_train(ann, c);
    dump_rows("scale_train with defaults", c, 10);
    fann_destroy_train(c);

    label("set_input_scaling_params on empty data: input side back to defaults");
    fann_set_scaling_params(ann, d, -0.5f, 0.5f, -0.5f, 0.5f);
    bad = fann_create_train(0, 3, 2);
    r = fann_set_input_scaling_params(ann, bad, -3.0f, 3.0f);
    printf(" -> %d\n", r);
    dump_scale(ann);
    r = fann_set_output_scaling_params(ann, bad, -3.0f, 3.0f);
    printf(" output -> %d\n", r);
    dump_scale(ann);
    fann_scale_train(ann, bad);
    errstate(ann);
    fann_destroy_train(bad);

    label("set_*_scaling_params on data of the wrong shape -> error 14, -1");
    fann_set_scaling_params(ann, d, -1.0f, 1.0f, -1.0f, 1.0f);
    bad = fann_create_train(2, 2, 2); /* input count differs */
    fflush(stdout);
    r = fann_set_input_scaling_params(ann, bad, -2.0f, 2.0f);
    printf(" input params, 2 inputs -> %d\n", r);
    errstate(ann);
    fflush(stdout);
    r = fann_set_output_scaling_params(ann, bad, -2.0f, 2.0f);
    printf(" output params, 2 inputs -> %d\n", r);
    errstate(ann);
    fflush(stdout);
    r = fann_set_scaling_params(ann, bad, -2.0f, 2.0f, -2.0f, 2.0f);
    printf(" both, 2 inputs -> %d\n", r);
    errstate(ann);
    fann_destroy_train(bad);
    bad = fann_create_train(2, 3, 1); /* output count differs */
    fflush(stdout);
    r = fann_set_input_scaling_params(ann, bad, -2.0f, 2.0f);
    printf(" input params, 1 output -> %d\n", r);
    errstate(ann);
    dump_scale(ann);
    label("scale_train / descale_train on data of the wrong shape -> 19 / 20");
    fflush(stdout);
    fann_scale_train(ann, bad);
    errstate(ann);
    fflush(stdout);
    fann_descale_train(ann, bad);
    errstate(ann);
    fann_destroy_train(bad);
    bad = fann_create_train(2, 4, 2);
    fflush(stdout);
    fann_scale_train(ann, bad);
    errstate(ann);
    fann_destroy_train(bad);
    fann_destroy(ann);

    label("only output params set: the input side gets the defaults");
    seed_rand(2);
    ann = fann_create_standard(3, 3, 4, 2);
    r = fann_set_output_scaling_params(ann, d, -1.0f, 1.0f);
    printf(" -> %d\n", r);
    dump_scale(ann);
    vector_ops(ann, "vector functions");
    fann_destroy(ann);

    label("only input params set: the output side gets the defaults");
    seed_rand(3);
    ann = fann_create_standard(3, 3, 4, 2);
    r = fann_set_input_scaling_params(ann, d, -1.0f, 1.0f);
    printf(" -> %d\n", r);
    dump_scale(ann);
    vector_ops(ann, "vector functions");
    c = fann_duplicate_train_data(d);
    fann_scale_train(ann, c);
    dump_rows("scale_train", c, 10);
    fann_destroy_train(c);
    fann_destroy(ann);

    label("clear_scaling_params on a net without parameters");
    seed_rand(4);
    ann = fann_create_standard(3, 3, 4, 2);
    r = fann_clear_scaling_params(ann);
    printf(" -> %d\n", r);
    dump_scale(ann);
    fann_destroy(ann);
    fann_destroy_train(d);
}

static void run_scaled(struct fann *ann, struct fann_train_data *raw, unsigned int n)
{
    unsigned int i;
    fann_type in[8], *out, o[8];
    for (i = 0; i < n; i++) {
        unsigned int k = (i * 97) % raw->num_data;
        memcpy(in, raw->input[k], raw->num_input * sizeof(fann_type));
        fann_scale_input(ann, in);
        out = fann_run(ann, in);
        memcpy(o, out, raw->num_output * sizeof(fann_type));
        printf("  pattern %u:", k);
        print_vec(" scaled in", in, raw->num_input);
        print_vec("   out", o, raw->num_output);
        fann_descale_output(ann, o);
        print_vec("   descaled out", o, raw->num_output);
        print_vec("   target", raw->output[k], raw->num_output);
    }
}

static void trained(void)
{
    struct fann *ann, *loaded;
    struct fann_train_data *raw = fann_read_train_from_file("files/scaling.data");
    struct fann_train_data *sc;
    unsigned int e;
    int r;

    if (raw == NULL) {
        printf("cannot read files/scaling.data\n");
        exit(3);
    }
    label("scaling.data: parameters, scaled data, training, descaled outputs");
    dump_rows("raw", raw, 4);
    seed_rand(10);
    ann = fann_create_standard(4, 3, 6, 4, 1);
    fann_set_activation_function_output(ann, FANN_LINEAR);
    r = fann_set_scaling_params(ann, raw, -1.0f, 1.0f, -0.8f, 0.8f);
    printf(" set_scaling_params -> %d\n", r);
    dump_scale(ann);
    sc = fann_duplicate_train_data(raw);
    fann_scale_train(ann, sc);
    printf(" scaled data hash %016llx\n", data_hash(sc));
    dump_rows("scaled", sc, 4);
    fann_set_training_algorithm(ann, FANN_TRAIN_RPROP);
    for (e = 1; e <= 40; e++) {
        printf("  e%u ", e);
        pf32(fann_train_epoch(ann, sc));
        printf(" bf=%u\n", fann_get_bit_fail(ann));
    }
    printf(" test_data(scaled) -> ");
    pf32(fann_test_data(ann, sc));
    printf("\n");
    dump_weights(ann);
    run_scaled(ann, raw, 8);
    fann_descale_train(ann, sc);
    printf(" descaled data hash %016llx (raw %016llx)\n", data_hash(sc), data_hash(raw));
    dump_rows("descaled", sc, 4);

    label("save / load a scaled net");
    r = fann_save(ann, "scaled.net");
    printf(" fann_save -> %d\n", r);
    cat_file("scaled.net");
    loaded = fann_create_from_file("scaled.net");
    if (loaded == NULL) {
        printf(" load failed\n");
    } else {
        dump_scale(loaded);
        run_scaled(loaded, raw, 4);
        r = fann_save(loaded, "scaled2.net");
        printf(" re-save -> %d, same bytes: %s\n", r, same_files("scaled.net", "scaled2.net"));
        label("clear_scaling_params on the loaded net, save");
        fann_clear_scaling_params(loaded);
        fann_save(loaded, "cleared.net");
        cat_file("cleared.net");
        fann_destroy(loaded);
    }
    fann_destroy(ann);
    fann_destroy_train(sc);

    label("fixture spec_5_3_scaled.net");
    loaded = fann_create_from_file("files/spec_5_3_scaled.net");
    if (loaded == NULL) {
        printf(" load failed\n");
    } else {
        fann_type in[2] = { (fann_type)0.25, (fann_type)-3 }, *out, o;
        dump_scale(loaded);
        fann_scale_input(loaded, in);
        print_vec(" scaled input", in, 2);
        out = fann_run(loaded, in);
        o = out[0];
        print_vec(" output", &o, 1);
        fann_descale_output(loaded, &o);
        print_vec(" descaled output", &o, 1);
        fann_descale_input(loaded, in);
        print_vec(" descaled input", in, 2);
        errstate(loaded);
        fann_destroy(loaded);
    }
    fann_destroy_train(raw);
}

int main(void)
{
    setup_tmpdir();
    example();
    trained();
    return 0;
}
