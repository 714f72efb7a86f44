/*
 * impl_train_api.h - the training API around fann_train_epoch (api.md
 * 5.2.2 and 7.1, algorithms.md 4 and 6.8):
 *   fann_train (one pattern, incremental; MSE accumulates, no reset) on
 *     standard, sparse (the INCREMENTAL sparse quirk) and shortcut nets;
 *   fann_test, fann_test_data, fann_reset_MSE, fann_get_MSE,
 *     fann_get_bit_fail (weights untouched);
 *   fann_train_on_data with reports (stdout text), fann_train_on_file on a
 *     fixture, a missing and a malformed file;
 *   callbacks: arguments, -1 at epoch 7 with reports every 3 (stops after
 *     9), never called with epochs_between_reports 0, no header line;
 *   stop criteria: desired MSE reached early, stop function BIT, the
 *     conversion of desired_error to unsigned for BIT (negative, huge, NaN);
 *   max_epochs 0, epochs_between_reports 0;
 *   bad input: input/output count mismatch (errors 19/20, nothing trained),
 *     empty data set, NaN/Inf in inputs and targets, desired error < 0,
 *     THRESHOLD activation (error 12), unknown training algorithm;
 *   training data built by the client (rows in separate blocks, two rows
 *     sharing one block), changed in place between epochs (values and
 *     num_data), shuffled.
 * Every case prints its label on stdout and stderr (library messages go to
 * stderr); library output on stdout is bracketed by fflush.
 */
#include "fileutil.h"

#define E(a) ((struct fann_error *)(a))

static const char *const ALGN[] = { "INCREMENTAL", "BATCH", "RPROP", "QUICKPROP", "SARPROP" };

static void label(const char *l)
{
    printf("--- %s\n", l);
    fflush(stdout);
    fprintf(stderr, "--- %s\n", l);
}

static unsigned long long weights_hash(struct fann *ann)
{
    unsigned long long h = 1469598103934665603ull;
    const unsigned char *p = (const unsigned char *)ann->weights;
    size_t i, n = (size_t)ann->total_connections * sizeof(fann_type);
    for (i = 0; i < n; i++) {
        h ^= p[i];
        h *= 1099511628211ull;
    }
    return h;
}

static void print_weights(struct fann *ann)
{
    unsigned int i;
    for (i = 0; i < ann->total_connections; i++) {
        if (i % 6 == 0)
            printf("  w[%u]", i);
        printf(" ");
        pt(ann->weights[i]);
        if (i % 6 == 5 || i + 1 == ann->total_connections)
            printf("\n");
    }
}

static void print_mse_state(const char *tag, struct fann *ann)
{
    printf("%s MSE=", tag);
    pf32(fann_get_MSE(ann));
    printf(" bit_fail=%u num_MSE=%u MSE_value=", fann_get_bit_fail(ann), ann->num_MSE);
    pf32(ann->MSE_value);
    printf("\n");
}

static struct fann_train_data *read_data(const char *path, unsigned int len)
{
    struct fann_train_data *all = fann_read_train_from_file(path), *d;
    if (all == NULL) {
        printf("cannot read %s\n", path);
        exit(3);
    }
    if (len == 0 || len >= all->num_data)
        return all;
    d = fann_subset_train_data(all, 0, len);
    fann_destroy_train(all);
    return d;
}

static struct fann *xor_net(unsigned int seed, enum fann_train_enum alg)
{
    struct fann *ann;
    seed_rand(seed);
    ann = fann_create_standard(3, 2, 3, 1);
    fann_set_activation_function_hidden(ann, FANN_SIGMOID_SYMMETRIC);
    fann_set_activation_function_output(ann, FANN_SIGMOID_SYMMETRIC);
    fann_set_training_algorithm(ann, alg);
    fann_randomize_weights(ann, (fann_type)-0.5, (fann_type)0.5);
    return ann;
}

static struct fann_train_data *xor_data;
static struct fann_train_data *diab;

/* ---------------------------------------------------------------- fann_train */

static void single_pattern(void)
{
    unsigned int kind, i;
    static const char *const kinds[] = { "standard 8-5-3-2", "sparse0.6 8-5-3-2",
                                         "shortcut 8-5-3-2" };

    for (kind = 0; kind < 3; kind++) {
        struct fann *ann;
        char l[80];
        snprintf(l, sizeof(l), "fann_train %s", kinds[kind]);
        label(l);
        seed_rand(10 + kind);
        if (kind == 0)
            ann = fann_create_standard(4, 8, 5, 3, 2);
        else if (kind == 1)
            ann = fann_create_sparse(0.6f, 4, 8, 5, 3, 2);
        else
            ann = fann_create_shortcut(4, 8, 5, 3, 2);
        if (kind == 2) {
            fann_set_learning_momentum(ann, 0.6f);
            fann_set_train_error_function(ann, FANN_ERRORFUNC_LINEAR);
        }
        if (kind == 1)
            fann_set_activation_function_output(ann, FANN_SIGMOID);
        fann_randomize_weights(ann, (fann_type)-0.3, (fann_type)0.3);
        print_mse_state(" fresh", ann);
        for (i = 0; i < 12; i++) {
            fann_train(ann, diab->input[i], diab->output[i]);
            printf(" after fann_train #%u:", i);
            print_mse_state("", ann);
        }
        print_weights(ann);
        fann_reset_MSE(ann);
        print_mse_state(" after reset", ann);
        /* fann_train_epoch resets; a following fann_train accumulates again */
        fann_set_training_algorithm(ann, FANN_TRAIN_INCREMENTAL);
        printf(" train_epoch -> ");
        pf32(fann_train_epoch(ann, diab));
        printf("\n");
        fann_train(ann, diab->input[0], diab->output[0]);
        print_mse_state(" epoch then one fann_train", ann);
        print_weights(ann);
        fann_destroy(ann);
    }
}

/* ---------------------------------------------------------------- fann_test */

static void testing(void)
{
    struct fann *ann;
    unsigned int i;
    unsigned long long h;
    fann_type *out;

    label("fann_test / fann_test_data / reset");
    seed_rand(20);
    ann = fann_create_standard(3, 8, 6, 2);
    fann_set_activation_function_output(ann, FANN_SIGMOID);
    fann_randomize_weights(ann, (fann_type)-1, (fann_type)1);
    for (i = 0; i < 5; i++)
        fann_train_epoch(ann, diab);
    h = weights_hash(ann);
    print_mse_state(" after 5 epochs", ann);
    for (i = 0; i < 6; i++) {
        out = fann_test(ann, diab->input[i], diab->output[i]);
        print_vec(" fann_test out", out, 2);
        print_mse_state("  ", ann);
    }
    printf(" test_data -> ");
    pf32(fann_test_data(ann, diab));
    print_mse_state("", ann);
    fann_set_bit_fail_limit(ann, (fann_type)0.05);
    printf(" test_data (limit 0.05) -> ");
    pf32(fann_test_data(ann, diab));
    print_mse_state("", ann);
    fann_set_bit_fail_limit(ann, (fann_type)0.6);
    printf(" test_data (limit 0.6) -> ");
    pf32(fann_test_data(ann, diab));
    print_mse_state("", ann);
    fann_set_bit_fail_limit(ann, (fann_type)0);
    printf(" test_data (limit 0) -> ");
    pf32(fann_test_data(ann, diab));
    print_mse_state("", ann);
    fann_set_bit_fail_limit(ann, (fann_type)-1);
    printf(" test_data (limit -1) -> ");
    pf32(fann_test_data(ann, diab));
    print_mse_state("", ann);
    fann_set_bit_fail_limit(ann, (fann_type)NAN);
    printf(" test_data (limit NaN) -> ");
    pf32(fann_test_data(ann, diab));
    print_mse_state("", ann);
    fann_reset_MSE(ann);
    print_mse_state(" after reset", ann);
    /* symmetric output: differences halved */
    fann_set_activation_function_output(ann, FANN_SIGMOID_SYMMETRIC);
    fann_set_bit_fail_limit(ann, (fann_type)0.35);
    printf(" test_data (symmetric output) -> ");
    pf32(fann_test_data(ann, diab));
    print_mse_state("", ann);
    printf(" weights unchanged by testing: %s\n", weights_hash(ann) == h ? "yes" : "no");
    fann_destroy(ann);
}

/* ---------------------------------------------------------------- reports */

static int cb_stop_at = 7;
static struct fann *cb_ann;
static struct fann_train_data *cb_data;

static int FANN_API callback(struct fann *ann, struct fann_train_data *train,
                             unsigned int max_epochs, unsigned int epochs_between_reports,
                             float desired_error, unsigned int epochs)
{
    printf("  callback: ann %s, data %s (%u patterns), max_epochs=%u between=%u desired=",
           ann == cb_ann ? "same" : "OTHER",
           train == cb_data ? "same" : cb_data == NULL ? "internal" : "OTHER",
           train != NULL ? train->num_data : 0, max_epochs, epochs_between_reports);
    pf32(desired_error);
    printf(" epochs=%u MSE=", epochs);
    pf32(fann_get_MSE(ann));
    printf(" bit_fail=%u user_data=%s\n", fann_get_bit_fail(ann),
           fann_get_user_data(ann) == (void *)&cb_stop_at ? "set" : "?");
    if (cb_stop_at > 0 && epochs >= (unsigned int)cb_stop_at) {
        printf("  callback returns -1\n");
        return -1;
    }
    return cb_stop_at; /* 0, or a negative value other than -1 (no stop) */
}

static void on_data(struct fann *ann, struct fann_train_data *d, unsigned int max_epochs,
                    unsigned int between, float desired)
{
    unsigned long long h = weights_hash(ann);
    FLUSHED(fann_train_on_data(ann, d, max_epochs, between, desired));
    printf(" -> MSE=");
    pf32(fann_get_MSE(ann));
    printf(" bit_fail=%u weights %s\n", fann_get_bit_fail(ann),
           weights_hash(ann) == h ? "unchanged" : "changed");
}

static void reports(void)
{
    struct fann *ann;
    unsigned int alg;

    for (alg = 0; alg < 5; alg++) {
        char l[80];
        snprintf(l, sizeof(l), "train_on_data %s, 45 epochs, reports every 10", ALGN[alg]);
        label(l);
        seed_rand(30 + alg);
        ann = fann_create_standard(3, 8, 5, 2);
        fann_set_training_algorithm(ann, (enum fann_train_enum)alg);
        fann_randomize_weights(ann, (fann_type)-0.5, (fann_type)0.5);
        on_data(ann, diab, 45, 10, 0.0f);
        print_weights(ann);
        printf("  next rand %d\n", rand());
        fann_destroy(ann);
    }

    label("train_on_data reports every 1, 5 epochs, desired 0.01f");
    ann = xor_net(40, FANN_TRAIN_RPROP);
    on_data(ann, xor_data, 5, 1, 0.01f);
    label("train_on_data reports every 7, 20 epochs, desired 1e-30 (%.10f prints 0)");
    on_data(ann, xor_data, 20, 7, 1e-30f);
    label("train_on_data max_epochs 0 (header only)");
    on_data(ann, xor_data, 0, 10, 0.0f);
    label("train_on_data max_epochs 0, reports 0 (nothing)");
    on_data(ann, xor_data, 0, 0, 0.0f);
    label("train_on_data reports 0 (silent), 25 epochs");
    on_data(ann, xor_data, 25, 0, 0.0f);
    label("train_on_data reports every 100 > max_epochs 12 (first and last), desired -1");
    on_data(ann, xor_data, 12, 100, -1.0f);
    print_weights(ann);
    fann_destroy(ann);

    label("max_epochs 3000000000 (%8d prints it negative), desired 1 (reached at epoch 1)");
    ann = xor_net(43, FANN_TRAIN_RPROP);
    on_data(ann, xor_data, 3000000000u, 2000000000u, 1.0f);
    label("max_epochs 4294967295, reports every 4294967295, desired 1");
    on_data(ann, xor_data, 4294967295u, 4294967295u, 1.0f);
    fann_destroy(ann);

    label("train_on_file files/xor.data, 30 epochs, reports every 5");
    ann = xor_net(41, FANN_TRAIN_QUICKPROP);
    FLUSHED(fann_train_on_file(ann, "files/xor.data", 30, 5, 0.0f));
    print_weights(ann);
    label("train_on_file files/diabetes.train (384 patterns), INCREMENTAL, 3 epochs");
    fann_destroy(ann);
    seed_rand(42);
    ann = fann_create_shortcut(3, 8, 3, 2);
    fann_set_training_algorithm(ann, FANN_TRAIN_INCREMENTAL);
    FLUSHED(fann_train_on_file(ann, "files/diabetes.train", 3, 1, 0.0f));
    print_weights(ann);
    label("train_on_file missing file");
    FLUSHED(fann_train_on_file(ann, "files/no_such_file.data", 30, 5, 0.0f));
    printf(" errno=%d\n", (int)fann_get_errno(E(ann)));
    label("train_on_file malformed file (line 4)");
    write_text("bad.data", "2 8 2\n1 2 3 4 5 6 7 8\n1 0\n1 2 x 4 5 6 7 8\n0 1\n");
    FLUSHED(fann_train_on_file(ann, "bad.data", 30, 5, 0.0f));
    printf(" errno=%d\n", (int)fann_get_errno(E(ann)));
    label("train_on_file with input mismatch (xor on an 8-input net)");
    FLUSHED(fann_train_on_file(ann, "files/xor.data", 2, 1, -1.0f));
    print_errstate(" ann", E(ann));
    fann_reset_errno(E(ann));
    fann_reset_errstr(E(ann));
    fann_destroy(ann);
}

static void callbacks(void)
{
    struct fann *ann;

    label("callback returning -1 at epoch >= 7, reports every 3 (stops after 9)");
    ann = xor_net(50, FANN_TRAIN_RPROP);
    fann_set_user_data(ann, &cb_stop_at);
    fann_set_callback(ann, callback);
    cb_ann = ann;
    cb_data = xor_data;
    cb_stop_at = 7;
    on_data(ann, xor_data, 100, 3, 0.0f);
    print_weights(ann);

    label("callback returning 0, reports every 4, 10 epochs, desired 0.25");
    cb_stop_at = 0;
    on_data(ann, xor_data, 10, 4, 0.25f);
    label("callback returning -2 (only -1 stops), reports every 2, 5 epochs");
    cb_stop_at = -2;
    on_data(ann, xor_data, 5, 2, 0.0f);
    cb_stop_at = 0;
    label("callback, reports 0 (never called), 6 epochs");
    on_data(ann, xor_data, 6, 0, 0.0f);
    label("callback, max_epochs 0 (no header, no call)");
    on_data(ann, xor_data, 0, 5, 0.0f);
    label("callback on train_on_file, stop at 2, reports every 1");
    cb_data = NULL;
    cb_stop_at = 2;
    FLUSHED(fann_train_on_file(ann, "files/xor.data", 50, 1, 0.0f));
    label("callback reset to NULL: built-in reports again");
    fann_set_callback(ann, NULL);
    on_data(ann, xor_data, 3, 1, 0.0f);
    print_weights(ann);
    fann_destroy(ann);
}

static void stopping(void)
{
    struct fann *ann;
    static const float bit_desired[] = { 0.0f, 1.5f, 2.0f, -0.5f, -1.0f, -2.5f, 4294967296.0f,
                                         5e9f, 1e20f };
    unsigned int i;

    label("desired MSE 0.02 reached early (RPROP xor, max 500, reports every 50)");
    ann = xor_net(60, FANN_TRAIN_RPROP);
    fann_set_activation_function_hidden(ann, FANN_SIGMOID_SYMMETRIC);
    on_data(ann, xor_data, 500, 50, 0.02f);
    label("desired already reached: stops after epoch 1 (reports every 50)");
    on_data(ann, xor_data, 500, 50, 0.5f);
    label("desired MSE reached early, reports 0");
    on_data(ann, xor_data, 500, 0, 0.001f);
    fann_destroy(ann);

    label("stop BIT, desired 1.5 (stops when bit_fail <= 1), diabetes, reports every 5");
    seed_rand(61);
    ann = fann_create_standard(3, 8, 5, 2);
    fann_set_train_stop_function(ann, FANN_STOPFUNC_BIT);
    fann_set_bit_fail_limit(ann, (fann_type)0.45);
    fann_randomize_weights(ann, (fann_type)-0.5, (fann_type)0.5);
    on_data(ann, diab, 300, 5, 1.5f);
    fann_destroy(ann);

    label("stop BIT, desired 0 on xor");
    ann = xor_net(62, FANN_TRAIN_RPROP);
    fann_set_train_stop_function(ann, FANN_STOPFUNC_BIT);
    on_data(ann, xor_data, 300, 25, 0.0f);
    fann_destroy(ann);

    /* the conversion (unsigned int)desired_error of the BIT stop test */
    for (i = 0; i < sizeof(bit_desired) / sizeof(bit_desired[0]); i++) {
        char l[120];
        snprintf(l, sizeof(l), "stop BIT, desired %.9g (bit fail stays 4 for 3 epochs)",
                 (double)bit_desired[i]);
        label(l);
        ann = xor_net(63, FANN_TRAIN_BATCH);
        fann_set_learning_rate(ann, 0.0f);
        fann_set_train_stop_function(ann, FANN_STOPFUNC_BIT);
        fann_set_bit_fail_limit(ann, (fann_type)0.01);
        on_data(ann, xor_data, 3, 1, bit_desired[i]);
        fann_destroy(ann);
    }
    label("stop BIT, desired NaN");
    ann = xor_net(63, FANN_TRAIN_BATCH);
    fann_set_learning_rate(ann, 0.0f);
    fann_set_train_stop_function(ann, FANN_STOPFUNC_BIT);
    fann_set_bit_fail_limit(ann, (fann_type)0.01);
    on_data(ann, xor_data, 3, 1, (float)NAN);
    label("stop MSE, desired NaN (never reached)");
    fann_set_train_stop_function(ann, FANN_STOPFUNC_MSE);
    on_data(ann, xor_data, 3, 1, (float)NAN);
    label("stop MSE, desired -1 (never reached), 4 epochs");
    on_data(ann, xor_data, 4, 2, -1.0f);
    label("stop MSE, desired +inf (reached at epoch 1)");
    on_data(ann, xor_data, 4, 2, (float)INFINITY);
    fann_destroy(ann);
}

/* ---------------------------------------------------------------- bad input */

static void mismatch(void)
{
    struct fann *ann;
    struct fann_train_data *d3 = fann_create_train(4, 3, 1), *d2o = fann_create_train(4, 2, 2);
    unsigned long long h;
    unsigned int alg;

    for (alg = 0; alg < 4; alg++) {
        d3->input[alg][alg % 3] = (fann_type)1;
        d3->output[alg][0] = (fann_type)0.5;
        d2o->input[alg][alg % 2] = (fann_type)1;
        d2o->output[alg][1] = (fann_type)-0.5;
    }
    for (alg = 0; alg < 5; alg++) {
        char l[80];
        float r;
        snprintf(l, sizeof(l), "train_epoch %s, 3-input data on a 2-input net", ALGN[alg]);
        label(l);
        ann = xor_net(70, (enum fann_train_enum)alg);
        fann_train_epoch(ann, xor_data); /* MSE state to see that it stays */
        h = weights_hash(ann);
        print_mse_state(" before", ann);
        fflush(stdout);
        r = fann_train_epoch(ann, d3);
        printf(" -> ");
        pf32(r);
        printf("\n");
        print_errstate(" ann", E(ann));
        print_mse_state(" after", ann);
        printf(" weights unchanged: %s\n", weights_hash(ann) == h ? "yes" : "no");
        fann_reset_errno(E(ann));
        fann_reset_errstr(E(ann));
        snprintf(l, sizeof(l), "train_epoch %s, 2-output data on a 1-output net", ALGN[alg]);
        label(l);
        fflush(stdout);
        r = fann_train_epoch(ann, d2o);
        printf(" -> ");
        pf32(r);
        printf("\n");
        print_errstate(" ann", E(ann));
        printf(" weights unchanged: %s\n", weights_hash(ann) == h ? "yes" : "no");
        fann_destroy(ann);
    }

    label("test_data input mismatch");
    ann = xor_net(71, FANN_TRAIN_RPROP);
    fann_test_data(ann, xor_data);
    print_mse_state(" before", ann);
    fflush(stdout);
    printf(" -> ");
    pf32(fann_test_data(ann, d3));
    printf("\n");
    print_errstate(" ann", E(ann));
    print_mse_state(" after", ann);
    label("test_data output mismatch");
    fflush(stdout);
    printf(" -> ");
    pf32(fann_test_data(ann, d2o));
    printf("\n");
    print_errstate(" ann", E(ann));

    label("train_on_data input mismatch, desired 0: the MSE left from test_data is not 0");
    h = weights_hash(ann);
    on_data(ann, d3, 5, 1, 0.0f);
    print_errstate(" ann", E(ann));
    fann_destroy(ann);
    label("train_on_data input mismatch on a fresh net, desired 0 (MSE 0 <= 0: stops)");
    ann = xor_net(71, FANN_TRAIN_RPROP);
    h = weights_hash(ann);
    on_data(ann, d3, 5, 1, 0.0f);
    print_errstate(" ann", E(ann));
    label("train_on_data output mismatch, desired -1, 3 epochs (error every epoch)");
    on_data(ann, d2o, 3, 1, -1.0f);
    print_errstate(" ann", E(ann));
    label("train_on_data output mismatch, error log stdout, reports 0");
    fann_set_error_log(E(ann), stdout);
    on_data(ann, d2o, 2, 0, -1.0f);
    print_errstate(" ann", E(ann));
    printf(" weights unchanged: %s\n", weights_hash(ann) == h ? "yes" : "no");
    fann_set_error_log(E(ann), NULL);
    label("train_epoch mismatch, error log NULL (silent)");
    printf(" -> ");
    pf32(fann_train_epoch(ann, d3));
    printf("\n");
    print_errstate(" ann", E(ann));
    fann_reset_errstr(E(ann));
    fann_destroy(ann);
    fann_destroy_train(d3);
    fann_destroy_train(d2o);
}

static void empty_data(void)
{
    struct fann *ann;
    struct fann_train_data *e = fann_create_train(0, 2, 1);
    unsigned int alg;

    for (alg = 0; alg < 5; alg++) {
        char l[100];
        snprintf(l, sizeof(l), "empty data set, %s (after one xor epoch)", ALGN[alg]);
        label(l);
        ann = xor_net(80 + alg, (enum fann_train_enum)alg);
        /* one real epoch first: BATCH on an empty set before its slopes
         * exist would dereference NULL in 2.2.0 */
        fann_train_epoch(ann, xor_data);
        print_mse_state(" before", ann);
        printf(" train_epoch(empty) -> ");
        pf32(fann_train_epoch(ann, e));
        printf("\n");
        print_mse_state(" after", ann);
        print_weights(ann);
        printf(" train_epoch(empty) again -> ");
        pf32(fann_train_epoch(ann, e));
        printf("\n");
        print_weights(ann);
        printf(" test_data(empty) -> ");
        pf32(fann_test_data(ann, e));
        printf("\n");
        print_mse_state(" after test", ann);
        print_errstate(" ann", E(ann));
        fann_destroy(ann);
    }
    for (alg = 0; alg < 5; alg++) {
        char l[100];
        if (alg == FANN_TRAIN_BATCH)
            continue;
        snprintf(l, sizeof(l), "empty data set, fresh net, %s, train_on_data 3 epochs desired -1",
                 ALGN[alg]);
        label(l);
        ann = xor_net(90 + alg, (enum fann_train_enum)alg);
        on_data(ann, e, 3, 1, -1.0f);
        print_weights(ann);
        label("  and desired 0 (reached at epoch 1)");
        on_data(ann, e, 3, 1, 0.0f);
        fann_destroy(ann);
    }
    fann_destroy_train(e);
}

static void nonfinite(void)
{
    static const char *const what[] = { "NaN input", "+Inf input", "NaN target", "-Inf target",
                                        "huge input 1e30" };
    unsigned int w, alg;

    for (w = 0; w < 5; w++) {
        for (alg = 0; alg < 5; alg++) {
            char l[100];
            struct fann *ann;
            struct fann_train_data *d = fann_duplicate_train_data(xor_data);
            unsigned int e;
            switch (w) {
            case 0: d->input[1][0] = (fann_type)NAN; break;
            case 1: d->input[2][1] = (fann_type)INFINITY; break;
            case 2: d->output[0][0] = (fann_type)NAN; break;
            case 3: d->output[3][0] = (fann_type)-INFINITY; break;
            default: d->input[0][1] = (fann_type)1e30; break;
            }
            snprintf(l, sizeof(l), "%s, %s, errfn %s", what[w], ALGN[alg],
                     (w + alg) % 2 ? "LINEAR" : "TANH");
            label(l);
            ann = xor_net(100 + 5 * w + alg, (enum fann_train_enum)alg);
            if ((w + alg) % 2)
                fann_set_train_error_function(ann, FANN_ERRORFUNC_LINEAR);
            for (e = 1; e <= 4; e++) {
                printf("  e%u ", e);
                pf32(fann_train_epoch(ann, d));
                printf(" bf=%u\n", fann_get_bit_fail(ann));
            }
            print_weights(ann);
            printf(" test_data(clean xor) -> ");
            pf32(fann_test_data(ann, xor_data));
            printf(" bf=%u\n", fann_get_bit_fail(ann));
            printf(" train_on_data 50 epochs, desired 0.01:\n");
            on_data(ann, d, 50, 10, 0.01f);
            printf("  next rand %d\n", rand());
            fann_destroy(ann);
            fann_destroy_train(d);
        }
    }
}

static void threshold(void)
{
    struct fann *ann;
    unsigned long long h;

    label("THRESHOLD output, RPROP, one epoch on xor (error 12 per output per pattern)");
    ann = xor_net(110, FANN_TRAIN_RPROP);
    fann_set_activation_function_output(ann, FANN_THRESHOLD);
    printf(" -> ");
    fflush(stdout);
    pf32(fann_train_epoch(ann, xor_data));
    printf(" bf=%u\n", fann_get_bit_fail(ann));
    print_errstate(" ann", E(ann));
    print_weights(ann);
    fann_destroy(ann);

    label("THRESHOLD hidden, INCREMENTAL, one epoch on xor (error 12 per hidden neuron incl. bias)");
    ann = xor_net(111, FANN_TRAIN_INCREMENTAL);
    fann_set_activation_function_hidden(ann, FANN_THRESHOLD);
    h = weights_hash(ann);
    fflush(stdout);
    printf(" -> ");
    pf32(fann_train_epoch(ann, xor_data));
    printf(" bf=%u\n", fann_get_bit_fail(ann));
    print_errstate(" ann", E(ann));
    printf(" weights changed: %s\n", weights_hash(ann) == h ? "no" : "yes");
    print_weights(ann);
    label("THRESHOLD hidden, fann_train one pattern");
    fflush(stdout);
    fann_train(ann, xor_data->input[0], xor_data->output[0]);
    print_mse_state(" after", ann);
    label("THRESHOLD hidden, error log stdout");
    fann_set_error_log(E(ann), stdout);
    FLUSHED(fann_train(ann, xor_data->input[1], xor_data->output[1]));
    print_errstate(" ann", E(ann));
    label("THRESHOLD hidden, default log NULL (silent)");
    fann_set_error_log(NULL, NULL);
    FLUSHED(fann_train(ann, xor_data->input[2], xor_data->output[2]));
    fann_set_error_log(NULL, stderr);
    label("THRESHOLD hidden, default log stderr (FILE*)");
    FLUSHED(fann_train(ann, xor_data->input[3], xor_data->output[3]));
    fann_destroy(ann);

    label("THRESHOLD_SYMMETRIC output (derivative 0, no message), BATCH then RPROP");
    ann = xor_net(112, FANN_TRAIN_BATCH);
    fann_set_activation_function_output(ann, FANN_THRESHOLD_SYMMETRIC);
    printf(" -> ");
    pf32(fann_train_epoch(ann, xor_data));
    printf("\n");
    print_weights(ann);
    fann_set_training_algorithm(ann, FANN_TRAIN_RPROP);
    printf(" -> ");
    pf32(fann_train_epoch(ann, xor_data));
    printf("\n");
    print_weights(ann);
    fann_destroy(ann);

    label("THRESHOLD output with train_on_data, 2 epochs");
    ann = xor_net(113, FANN_TRAIN_QUICKPROP);
    fann_set_activation_function_output(ann, FANN_THRESHOLD);
    on_data(ann, xor_data, 2, 1, 0.0f);
    print_weights(ann);
    fann_destroy(ann);
}

static void unknown_algorithm(void)
{
    struct fann *ann;
    unsigned long long h;
    label("training_algorithm 7 (unknown): train_epoch returns 0, nothing happens");
    ann = xor_net(120, FANN_TRAIN_RPROP);
    fann_train_epoch(ann, xor_data);
    h = weights_hash(ann);
    fann_set_training_algorithm(ann, (enum fann_train_enum)7);
    print_mse_state(" before", ann);
    printf(" -> ");
    pf32(fann_train_epoch(ann, xor_data));
    printf("\n");
    print_mse_state(" after", ann);
    printf(" weights unchanged: %s\n", weights_hash(ann) == h ? "yes" : "no");
    print_errstate(" ann", E(ann));
    label("training_algorithm 7 with train_on_data (MSE of the last real epoch)");
    on_data(ann, xor_data, 3, 1, 0.0f);
    fann_destroy(ann);
}

/* ---------------------------------------------------------------- client data */

/* training data built by hand (api.md 3.4): every row its own malloc
 * block, allocated in reverse order (so not contiguous), two rows sharing
 * one block; changed by the client between epochs (values and num_data) */
static void client_data(void)
{
    unsigned int n = diab->num_data, i, alg;
    struct fann_train_data *d = malloc(sizeof(*d));
    fann_type *shared_in, *shared_out;

    fann_init_error_data(E(d));
    d->num_data = n;
    d->num_input = diab->num_input;
    d->num_output = diab->num_output;
    d->input = calloc(n, sizeof(fann_type *));
    d->output = calloc(n, sizeof(fann_type *));
    for (i = n; i-- > 2;) {
        d->output[i] = malloc(d->num_output * sizeof(fann_type));
        d->input[i] = malloc(d->num_input * sizeof(fann_type));
        memcpy(d->input[i], diab->input[i], d->num_input * sizeof(fann_type));
        memcpy(d->output[i], diab->output[i], d->num_output * sizeof(fann_type));
    }
    shared_in = malloc(d->num_input * sizeof(fann_type));
    shared_out = malloc(d->num_output * sizeof(fann_type));
    memcpy(shared_in, diab->input[0], d->num_input * sizeof(fann_type));
    memcpy(shared_out, diab->output[0], d->num_output * sizeof(fann_type));
    d->input[0] = d->input[1] = shared_in;
    d->output[0] = d->output[1] = shared_out;

    for (alg = 0; alg < 5; alg++) {
        char l[100];
        struct fann *ann;
        unsigned int e;
        snprintf(l, sizeof(l), "client-built data (separate rows, rows 0 and 1 shared), %s",
                 ALGN[alg]);
        label(l);
        seed_rand(130 + alg);
        ann = fann_create_standard(3, 8, 4, 2);
        fann_set_training_algorithm(ann, (enum fann_train_enum)alg);
        fann_randomize_weights(ann, (fann_type)-0.4, (fann_type)0.4);
        for (e = 1; e <= 6; e++) {
            printf("  e%u ", e);
            pf32(fann_train_epoch(ann, d));
            printf(" bf=%u\n", fann_get_bit_fail(ann));
        }
        printf(" test_data -> ");
        pf32(fann_test_data(ann, d));
        printf("\n");
        /* the client changes values and the pattern count in place */
        d->input[5][3] = (fann_type)0.75;
        d->output[7][1] = (fann_type)0.5;
        d->num_data = n - 10;
        for (e = 7; e <= 10; e++) {
            printf("  e%u (num_data %u) ", e, d->num_data);
            pf32(fann_train_epoch(ann, d));
            printf(" bf=%u\n", fann_get_bit_fail(ann));
        }
        d->num_data = n;
        memcpy(d->input[5], diab->input[5], d->num_input * sizeof(fann_type));
        memcpy(d->output[7], diab->output[7], d->num_output * sizeof(fann_type));
        print_weights(ann);
        printf("  next rand %d\n", rand());
        fann_destroy(ann);
    }
    label("client-built data: shuffle, train_on_data");
    {
        struct fann *ann;
        seed_rand(140);
        ann = fann_create_shortcut(3, 8, 4, 2);
        fann_set_training_algorithm(ann, FANN_TRAIN_SARPROP);
        fann_randomize_weights(ann, (fann_type)-0.4, (fann_type)0.4);
        seed_rand(141);
        fann_shuffle_train_data(d);
        print_vec(" row 0 after shuffle", d->input[0], 4);
        print_vec(" row 1 after shuffle", d->input[1], 4);
        on_data(ann, d, 20, 5, 0.0f);
        print_weights(ann);
        fann_destroy(ann);
    }
    for (i = 2; i < n; i++) {
        free(d->input[i]);
        free(d->output[i]);
    }
    free(shared_in);
    free(shared_out);
    free(d->input);
    free(d->output);
    free(d);
}

int main(void)
{
    setup_tmpdir();
    xor_data = read_data("files/xor.data", 0);
    diab = read_data("files/diabetes.train", 50);
    single_pattern();
    testing();
    reports();
    callbacks();
    stopping();
    mismatch();
    empty_data();
    nonfinite();
    threshold();
    unknown_algorithm();
    client_data();
    fann_destroy_train(xor_data);
    fann_destroy_train(diab);
    return 0;
}
