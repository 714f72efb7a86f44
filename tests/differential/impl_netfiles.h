/*
 * impl_netfiles.h - fann_save / fann_save_to_fixed / fann_create_from_file
 * round trips over a corpus of nets built in this library:
 *   standard, sparse (several rates) and shortcut nets of several shapes;
 *   every activation function 0..17 on hidden/output layers and per neuron;
 *   many steepnesses (negative, 0, -0, huge, tiny, NaN, inf);
 *   non-default values for every saved training and cascade parameter
 *   (odd enum values, cascade arrays of other lengths, count 0);
 *   weights from seed_rand + fann_randomize_weights in several ranges up to
 *   1e10 and special values (NaN, -NaN, inf, -0.0, denormals) written to
 *   ann->weights directly;
 *   scale parameters (float/double).
 * For each net: fann_save -> print the file, fann_save_to_fixed -> print the
 * return value and the file, run the net, fann_create_from_file of the saved
 * file -> every getter, struct walk, parameters, activation getters, run
 * outputs (bit exact), then save again and print whether the file is
 * identical.  Fixed library: the same with FIX-native files.
 */
#include "fileutil.h"

#ifdef FIXEDFANN
#define W(x) ((fann_type)((x) * 256.0))
#else
#define W(x) ((fann_type)(x))
#endif

#define E(a) ((struct fann_error *)(a))

static unsigned int layer_count(struct fann *ann, unsigned int l)
{
    return (unsigned int)(ann->first_layer[l].last_neuron - ann->first_layer[l].first_neuron);
}

#ifndef FIXEDFANN
static void print_farr(const char *label, const float *v, unsigned int n)
{
    unsigned int i;
    printf("  %s:", label);
    if (v == NULL) {
        printf(" NULL\n");
        return;
    }
    for (i = 0; i < n; i++) {
        printf(" ");
        pf32(v[i]);
    }
    printf("\n");
}

static void dump_scale(struct fann *ann)
{
    printf("scale arrays:\n");
    print_farr("mean_in", ann->scale_mean_in, ann->num_input);
    print_farr("deviation_in", ann->scale_deviation_in, ann->num_input);
    print_farr("new_min_in", ann->scale_new_min_in, ann->num_input);
    print_farr("factor_in", ann->scale_factor_in, ann->num_input);
    print_farr("mean_out", ann->scale_mean_out, ann->num_output);
    print_farr("deviation_out", ann->scale_deviation_out, ann->num_output);
    print_farr("new_min_out", ann->scale_new_min_out, ann->num_output);
    print_farr("factor_out", ann->scale_factor_out, ann->num_output);
}
#endif

/* several inputs, bit-exact outputs */
static void run_inputs(struct fann *ann, const char *tag)
{
    fann_type in[64], *out;
    unsigned int i, k, ni = fann_get_num_input(ann), no = fann_get_num_output(ann);

    printf("run (%s):\n", tag);
    lcg_seed(4242);
    for (k = 0; k < 7; k++) {
        for (i = 0; i < ni && i < 64; i++) {
#ifdef FIXEDFANN
            int m = (int)fann_get_multiplier(ann);
            switch (k) {
            case 0: in[i] = 0; break;
            case 1: in[i] = m; break;
            case 2: in[i] = -m; break;
            case 3: in[i] = (i % 2) ? m / 2 : -m / 4; break;
            default: in[i] = (fann_type)(lcg_next() % (2u * (unsigned)m + 1u)) - m; break;
            }
#else
            switch (k) {
            case 0: in[i] = 0; break;
            case 1: in[i] = 1; break;
            case 2: in[i] = -1; break;
            case 3: in[i] = (fann_type)((i % 2) ? 37.5 : -12.25); break;
            default: in[i] = (fann_type)lcg_range(-2.0, 2.0); break;
            }
#endif
        }
        FLUSHED(out = fann_run(ann, in));
        print_vec("  in", in, ni);
        print_vec("  out", out, no);
    }
}

/* the complete round trip of one net */
static void roundtrip_opts(struct fann *ann, const char *name, int run, int to_fixed)
{
    struct fann *b;
    int r;

    printf("================ %s\n", name);
    FLUSHED(r = fann_save(ann, "a.net"));
    printf("fann_save -> %d\n", r);
    cat_file("a.net");
    if (to_fixed) {
        FLUSHED(r = fann_save_to_fixed(ann, "a.fix.net"));
        printf("fann_save_to_fixed -> %d\n", r);
#ifdef FIXEDFANN
        printf("fixed lib: fann_save_to_fixed file equals fann_save file: %s\n",
               same_files("a.net", "a.fix.net"));
#else
        cat_file("a.fix.net");
#endif
    } else {
        printf("fann_save_to_fixed skipped (2.2.0 loops forever when a neuron's weight sum is inf)\n");
    }
    if (run)
        run_inputs(ann, "original");
    FLUSHED(b = fann_create_from_file("a.net"));
    if (b == NULL) {
        printf("fann_create_from_file -> NULL\n");
        return;
    }
    printf("fann_create_from_file -> net, blocked srand calls so far %u\n", blocked_srand_calls);
    print_errstate("loaded", E(b));
    dump_getters(b);
    dump_struct(b);
    dump_params(b);
    printf("activation getters:\n");
    dump_activation_getters(b);
#ifndef FIXEDFANN
    dump_scale(b);
#endif
    if (run)
        run_inputs(b, "loaded");
    FLUSHED(r = fann_save(b, "b.net"));
    printf("re-save -> %d, identical to first save: %s\n", r, same_files("a.net", "b.net"));
    if (strcmp(same_files("a.net", "b.net"), "yes") != 0) {
        first_difference("a.net", "b.net");
        cat_file("b.net");
    }
    if (to_fixed) {
        FLUSHED(r = fann_save_to_fixed(b, "b.fix.net"));
        printf("re-save to fixed -> %d, identical to first: %s\n", r,
               same_files("a.fix.net", "b.fix.net"));
    }
    fann_destroy(b);
}

static void roundtrip(struct fann *ann, const char *name, int run)
{
    roundtrip_opts(ann, name, run, 1);
}

/* ---------------------------------------------------------------- shapes */

static void shapes_and_types(void)
{
    struct fann *ann;
    static const float rates[] = { 0.0f, 0.2f, 0.5f, 0.8f, 1.0f };
    unsigned int i;
    char name[128];

    seed_rand(1);
    ann = fann_create_standard(3, 2, 3, 1);
    roundtrip(ann, "std 2-3-1 default", 1);
    fann_destroy(ann);

    seed_rand(2);
    ann = fann_create_standard(4, 3, 4, 3, 2);
    roundtrip(ann, "std 3-4-3-2 default", 1);
    fann_destroy(ann);

    seed_rand(3);
    ann = fann_create_standard(2, 1, 1);
    roundtrip(ann, "std 1-1", 1);
    fann_destroy(ann);

    seed_rand(4);
    ann = fann_create_standard(2, 5, 1);
    roundtrip(ann, "std 5-1", 1);
    fann_destroy(ann);

    seed_rand(5);
    ann = fann_create_standard(5, 4, 2, 6, 1, 3);
    roundtrip(ann, "std 4-2-6-1-3", 1);
    fann_destroy(ann);

    for (i = 0; i < sizeof(rates) / sizeof(rates[0]); i++) {
        seed_rand(10 + i);
        ann = fann_create_sparse(rates[i], 4, 3, 5, 4, 2);
        snprintf(name, sizeof(name), "sparse %g 3-5-4-2", (double)rates[i]);
        roundtrip(ann, name, 1);
        fann_destroy(ann);
    }
    seed_rand(20);
    ann = fann_create_sparse(0.3f, 3, 6, 8, 2);
    roundtrip(ann, "sparse 0.3 6-8-2", 1);
    fann_destroy(ann);

    seed_rand(30);
    ann = fann_create_shortcut(3, 2, 2, 1);
    roundtrip(ann, "shortcut 2-2-1", 1);
    fann_destroy(ann);

    seed_rand(31);
    ann = fann_create_shortcut(4, 3, 4, 2, 1);
    roundtrip(ann, "shortcut 3-4-2-1", 1);
    fann_destroy(ann);

    seed_rand(32);
    ann = fann_create_shortcut(2, 1, 1);
    roundtrip(ann, "shortcut 1-1", 1);
    fann_destroy(ann);

    seed_rand(33);
    ann = fann_create_shortcut(2, 4, 3);
    roundtrip(ann, "shortcut 4-3", 1);
    fann_destroy(ann);
}

/* ------------------------------------------------- activation functions */

#ifdef FIXEDFANN
static const fann_type steeps[] = { 256, 128, -128, 0, 1, 100000, 2147483647, -2147483647 - 1, 77 };
/* fixed-point run divides by the steepness of SIGMOID* and cannot run
 * GAUSSIAN and friends, so the nets of this section are saved and loaded
 * only (runs: fixed_run and *_netfixtures) */
#define ACT_RUN 0
#else
static const fann_type steeps[] = {
    0.5, 1, -1, 0, -0.0, (fann_type)1e30, (fann_type)1e-30, 3.7, (fann_type)123456.789,
    NAN, INFINITY, -INFINITY, (fann_type)0.1,
};
#define ACT_RUN 1
#endif
#define NSTEEPS (sizeof(steeps) / sizeof(steeps[0]))

static void activations(void)
{
    struct fann *ann;
    unsigned int f, l, n;
    char name[128];

    /* hidden / output setters (bias neurons get the function too) */
    for (f = 0; f < 18; f += 3) {
        seed_rand(40 + f);
        ann = fann_create_standard(4, 2, 3, 2, 2);
        fann_set_activation_function_hidden(ann, (enum fann_activationfunc_enum)f);
        fann_set_activation_function_output(ann, (enum fann_activationfunc_enum)(f + 1));
        fann_set_activation_function_layer(ann, (enum fann_activationfunc_enum)(f + 2), 2);
        fann_set_activation_steepness_hidden(ann, steeps[f % NSTEEPS]);
        fann_set_activation_steepness_output(ann, steeps[(f + 1) % NSTEEPS]);
        fann_set_activation_steepness_layer(ann, steeps[(f + 2) % NSTEEPS], 2);
        snprintf(name, sizeof(name), "std 2-3-2-2 functions %u/%u/%u", f, f + 2, f + 1);
        roundtrip(ann, name, ACT_RUN);
        fann_destroy(ann);
    }

    /* per neuron: layer 1 has function n, layer 2 function 17-n */
    seed_rand(60);
    ann = fann_create_standard(3, 2, 18, 18);
    for (l = 1; l < 3; l++) {
        for (n = 0; n < layer_count(ann, l); n++) {
            fann_set_activation_function(ann,
                (enum fann_activationfunc_enum)(l == 1 ? n % 18 : 17 - n % 18), (int)l, (int)n);
            fann_set_activation_steepness(ann, steeps[(n + l) % NSTEEPS], (int)l, (int)n);
        }
    }
    roundtrip(ann, "std 2-18-18 per-neuron functions 0..17", ACT_RUN);
    fann_destroy(ann);

    /* shortcut net, per neuron */
    seed_rand(61);
    ann = fann_create_shortcut(3, 3, 6, 3);
    for (l = 1; l < 3; l++) {
        for (n = 0; n < layer_count(ann, l); n++) {
            fann_set_activation_function(ann,
                (enum fann_activationfunc_enum)((l * 7 + n * 5) % 18), (int)l, (int)n);
            fann_set_activation_steepness(ann, steeps[(3 * n + l) % NSTEEPS], (int)l, (int)n);
        }
    }
    roundtrip(ann, "shortcut 3-6-3 per-neuron functions", ACT_RUN);
    fann_destroy(ann);

    /* sparse net, per neuron, every steepness */
    seed_rand(62);
    ann = fann_create_sparse(0.5f, 3, 4, 13, 4);
    for (n = 0; n < layer_count(ann, 1); n++) {
        fann_set_activation_function(ann, (enum fann_activationfunc_enum)((n * 11) % 18), 1, (int)n);
        fann_set_activation_steepness(ann, steeps[n % NSTEEPS], 1, (int)n);
    }
    roundtrip(ann, "sparse 0.5 4-13-4 per-neuron functions, every steepness", ACT_RUN);
    fann_destroy(ann);

#ifdef FIXEDFANN
    /* fixed: a net with supported functions and sane steepnesses is run */
    seed_rand(63);
    ann = fann_create_standard(3, 3, 4, 2);
    fann_set_activation_function_hidden(ann, FANN_SIGMOID_SYMMETRIC_STEPWISE);
    fann_set_activation_function_output(ann, FANN_LINEAR_PIECE);
    fann_set_activation_steepness_hidden(ann, 200);
    fann_set_activation_steepness_output(ann, 77);
    roundtrip(ann, "fixed std 3-4-2 supported functions", 1);
    fann_destroy(ann);
#endif
}

/* ------------------------------------------------------------ parameters */

static void params_variant(struct fann *ann, int v)
{
    switch (v) {
    case 1: {
        static enum fann_activationfunc_enum f3[] = { FANN_COS, FANN_LINEAR, FANN_ELLIOT };
        static fann_type s7[] = { W(1e-3), W(-2.5), 0, W(7), W(0.1), W(100), W(-0.0) };
        fann_set_training_algorithm(ann, FANN_TRAIN_SARPROP);
        fann_set_learning_rate(ann, 0.123456789f);
        fann_set_learning_momentum(ann, -0.0f);
        fann_set_train_error_function(ann, FANN_ERRORFUNC_LINEAR);
        fann_set_train_stop_function(ann, FANN_STOPFUNC_BIT);
        fann_set_quickprop_decay(ann, 1e-7f);
        fann_set_quickprop_mu(ann, 123.4567895f);
        fann_set_rprop_increase_factor(ann, 1.0078125f);
        fann_set_rprop_decrease_factor(ann, 0.0078125f);
        fann_set_rprop_delta_min(ann, 1e10f);
        fann_set_rprop_delta_max(ann, 3.4e38f);
        fann_set_rprop_delta_zero(ann, -5.5f);
        fann_set_sarprop_weight_decay_shift(ann, 1.5f);
        fann_set_sarprop_step_error_threshold_factor(ann, 2.5f);
        fann_set_sarprop_step_error_shift(ann, 3.5f);
        fann_set_sarprop_temperature(ann, 4.5f);
        fann_set_cascade_output_change_fraction(ann, 0.9999999f);
        fann_set_cascade_output_stagnation_epochs(ann, 0);
        fann_set_cascade_candidate_change_fraction(ann, 1e-10f);
        fann_set_cascade_candidate_stagnation_epochs(ann, 4294967295u);
        fann_set_cascade_max_out_epochs(ann, 1);
        fann_set_cascade_min_out_epochs(ann, 4294967295u);
        fann_set_cascade_max_cand_epochs(ann, 7);
        fann_set_cascade_min_cand_epochs(ann, 0);
        fann_set_cascade_num_candidate_groups(ann, 5);
        fann_set_bit_fail_limit(ann, W(-0.25));
#ifdef FIXEDFANN
        fann_set_cascade_candidate_limit(ann, 2147483647);
#else
        fann_set_cascade_candidate_limit(ann, (fann_type)1e30);
#endif
        fann_set_cascade_weight_multiplier(ann, W(0.0078125));
        fann_set_cascade_activation_functions(ann, f3, 3);
        fann_set_cascade_activation_steepnesses(ann, s7, 7);
        break;
    }
    case 2: {
        static enum fann_activationfunc_enum f18[18];
        static fann_type s1[1];
        unsigned int i;
        for (i = 0; i < 18; i++)
            f18[i] = (enum fann_activationfunc_enum)(17 - i);
        s1[0] = W(1e3);
        fann_set_training_algorithm(ann, FANN_TRAIN_INCREMENTAL);
        fann_set_learning_rate(ann, 1e10f);
        fann_set_learning_momentum(ann, 2.5f);
        fann_set_train_error_function(ann, FANN_ERRORFUNC_TANH);
        fann_set_train_stop_function(ann, FANN_STOPFUNC_MSE);
        fann_set_quickprop_decay(ann, NAN);
        fann_set_quickprop_mu(ann, INFINITY);
        fann_set_rprop_increase_factor(ann, -INFINITY);
        fann_set_rprop_decrease_factor(ann, -NAN);
        fann_set_rprop_delta_min(ann, -1e-30f);
        fann_set_rprop_delta_max(ann, 0.0000005f);
        fann_set_rprop_delta_zero(ann, 0.0000015f);
        fann_set_cascade_output_change_fraction(ann, 2.0f);
        fann_set_cascade_output_stagnation_epochs(ann, 123456789);
        fann_set_cascade_candidate_change_fraction(ann, -0.5f);
        fann_set_cascade_candidate_stagnation_epochs(ann, 1);
        fann_set_cascade_max_out_epochs(ann, 0);
        fann_set_cascade_min_out_epochs(ann, 999);
        fann_set_cascade_max_cand_epochs(ann, 4294967295u);
        fann_set_cascade_min_cand_epochs(ann, 2147483648u);
        fann_set_cascade_num_candidate_groups(ann, 0);
#ifdef FIXEDFANN
        fann_set_bit_fail_limit(ann, -2147483647 - 1);
        fann_set_cascade_candidate_limit(ann, -1);
        fann_set_cascade_weight_multiplier(ann, 2147483647);
#else
        fann_set_bit_fail_limit(ann, INFINITY);
        fann_set_cascade_candidate_limit(ann, -0.0);
        fann_set_cascade_weight_multiplier(ann, (fann_type)4e8);
#endif
        fann_set_cascade_activation_functions(ann, f18, 18);
        fann_set_cascade_activation_steepnesses(ann, s1, 1);
        break;
    }
    case 3: {
        /* enum values out of range are stored and saved as they are */
        static enum fann_activationfunc_enum f1[] = { (enum fann_activationfunc_enum)99 };
        static fann_type s2[2];
        s2[0] = W(0.5);
        s2[1] = W(0.75);
        fann_set_training_algorithm(ann, (enum fann_train_enum)9);
        fann_set_train_error_function(ann, (enum fann_errorfunc_enum)7);
        fann_set_train_stop_function(ann, (enum fann_stopfunc_enum)3);
        fann_set_learning_rate(ann, -0.7f);
        fann_set_learning_momentum(ann, 0.9f);
#ifndef FIXEDFANN
        fann_set_bit_fail_limit(ann, NAN);
        fann_set_cascade_weight_multiplier(ann, -NAN);
        fann_set_cascade_candidate_limit(ann, (fann_type)1e-40);
#endif
        fann_set_cascade_activation_functions(ann, f1, 1);
        fann_set_cascade_activation_steepnesses(ann, s2, 2);
        break;
    }
    }
}

static void parameters(void)
{
    struct fann *ann;
    int v;
    char name[128];

    for (v = 1; v <= 3; v++) {
        seed_rand(70 + (unsigned int)v);
        ann = fann_create_standard(3, 2, 3, 2);
        params_variant(ann, v);
        snprintf(name, sizeof(name), "std 2-3-2 parameters variant %d", v);
        roundtrip(ann, name, 1);
        fann_destroy(ann);
    }
    seed_rand(74);
    ann = fann_create_shortcut(3, 2, 3, 1);
    params_variant(ann, 1);
    roundtrip(ann, "shortcut 2-3-1 parameters variant 1", 1);
    fann_destroy(ann);

    /* cascade arrays of count 0: the setter prints error 11 (realloc(p, 0)
     * returns NULL), the file says count 0, and the reader's realloc(p, 0)
     * fails the same way (error 11, NULL) */
    seed_rand(75);
    ann = fann_create_standard(3, 2, 2, 1);
    fflush(stdout);
    fann_set_cascade_activation_functions(ann, NULL, 0);
    fflush(stderr);
    print_errstate("after functions count 0", E(ann));
    fann_reset_errno(E(ann));
    roundtrip(ann, "cascade activation functions count 0", 1);
    fann_destroy(ann);

    seed_rand(76);
    ann = fann_create_standard(3, 2, 2, 1);
    fflush(stdout);
    fann_set_cascade_activation_steepnesses(ann, NULL, 0);
    fflush(stderr);
    print_errstate("after steepnesses count 0", E(ann));
    fann_reset_errno(E(ann));
    roundtrip(ann, "cascade activation steepnesses count 0", 1);
    fann_destroy(ann);
}

/* --------------------------------------------------------------- weights */

#ifdef FIXEDFANN
static const fann_type wranges[][2] = {
    { -256, 256 }, { -65536, 65536 }, { 0, 3 }, { -1000000000, 1000000000 }, { 5, 5 },
};
#else
static const fann_type wranges[][2] = {
    { -0.1, 0.1 }, { -1, 1 }, { 0, 25 }, { -1e3, 1e3 }, { -4e8, 4e8 }, { -1e10, 1e10 },
    { (fann_type)1e-6, (fann_type)2e-6 }, { 3, 3 },
};
#endif
#define NWRANGES (sizeof(wranges) / sizeof(wranges[0]))

static void weights(void)
{
    struct fann *ann;
    unsigned int r, i;
    char name[160];

    for (r = 0; r < NWRANGES; r++) {
        seed_rand(80);
        ann = fann_create_standard(4, 3, 4, 3, 2);
        seed_rand(800 + r);
        fann_randomize_weights(ann, wranges[r][0], wranges[r][1]);
        printf("next rand %d\n", rand());
#ifdef FIXEDFANN
        snprintf(name, sizeof(name), "std 3-4-3-2 weights in [%d, %d]", wranges[r][0],
                 wranges[r][1]);
#else
        snprintf(name, sizeof(name), "std 3-4-3-2 weights in [%g, %g]", (double)wranges[r][0],
                 (double)wranges[r][1]);
#endif
        roundtrip(ann, name, 1);
        fann_destroy(ann);
    }
    for (r = 0; r < NWRANGES; r += 2) {
        seed_rand(81);
        ann = fann_create_shortcut(3, 2, 3, 2);
        seed_rand(810 + r);
        fann_randomize_weights(ann, wranges[r][0], wranges[r][1]);
        snprintf(name, sizeof(name), "shortcut 2-3-2 weights range %u", r);
        roundtrip(ann, name, 1);
        fann_destroy(ann);
    }

    /* special values written directly */
    {
#ifdef FIXEDFANN
        static const fann_type sp[] = {
            -2147483647 - 1, 2147483647, -1, 0, 1, 255, -256, 65536, 1000000,
        };
#elif defined(DOUBLEFANN)
        static const fann_type sp[] = {
            NAN, -NAN, -0.0, 0.0, 4.9e-324, -2.2250738585072014e-308, 1.7976931348623157e308,
            0.1, 1e-7, 9007199254740993.0, 1e300, -123456789.123456789, 0.0078125,
        };
#else
        static const fann_type sp[] = {
            NAN, -NAN, -0.0f, 0.0f, 1.4e-45f, -1.17549435e-38f, 3.40282347e38f, 0.1f, 1e-7f,
            16777217.0f, 1e30f, -123456.789f, 0.0078125f,
        };
#endif
        unsigned int nsp = sizeof(sp) / sizeof(sp[0]);
        seed_rand(82);
        ann = fann_create_standard(3, 3, 5, 2);
        for (i = 0; i < ann->total_connections; i++)
            ann->weights[i] = sp[i % nsp];
#ifdef FIXEDFANN
        roundtrip(ann, "std 3-5-2 special weights", 1);
#else
        /* the sums of |w| include inf (DBL_MAX/FLT_MAX added twice) */
        roundtrip_opts(ann, "std 3-5-2 special weights (NaN, -0, denormal, max)", 1, 0);
#endif
        fann_destroy(ann);

#ifndef FIXEDFANN
        /* finite specials only: save_to_fixed works (NaN sums are ignored) */
        seed_rand(83);
        ann = fann_create_standard(3, 3, 4, 1);
        for (i = 0; i < ann->total_connections; i++)
            ann->weights[i] = (i % 4 == 0) ? NAN : (i % 4 == 1) ? -0.0 : (i % 4 == 2) ?
                              (fann_type)0.3 : (fann_type)-1.5e-40;
        roundtrip(ann, "std 3-4-1 NaN / -0 / tiny weights", 1);
        fann_destroy(ann);

        seed_rand(84);
        ann = fann_create_standard(3, 2, 3, 1);
        for (i = 0; i < ann->total_connections; i++)
            ann->weights[i] = (i == 5) ? INFINITY : (i == 7) ? -INFINITY : (fann_type)(0.25 * i);
        roundtrip_opts(ann, "std 2-3-1 with +inf and -inf weights", 1, 0);
        fann_destroy(ann);

        /* decimal point choice at the boundaries (formats.md 1.7) */
        {
            static const double sums[] = { 0, 0.5, 0.9999999, 1, 1.9, 2, 4, 1000, 4096,
                                           1.6e9, 2.147e9, 3.2e9, 6.4e9, 1.32e10, 1e12, 1e20 };
            unsigned int s;
            for (s = 0; s < sizeof(sums) / sizeof(sums[0]); s++) {
                int ret;
                seed_rand(85);
                ann = fann_create_standard(2, 2, 1);
                /* output neuron: 3 connections whose |w| sum to sums[s] */
                ann->weights[0] = (fann_type)(sums[s] * 0.5);
                ann->weights[1] = (fann_type)(-sums[s] * 0.25);
                ann->weights[2] = (fann_type)(sums[s] * 0.25);
                FLUSHED(ret = fann_save_to_fixed(ann, "dp.fix.net"));
                printf("weight sum %.9g: fann_save_to_fixed -> %d\n", sums[s], ret);
                cat_file("dp.fix.net");
                fann_destroy(ann);
            }
        }
#endif
    }
}

/* ----------------------------------------------------------------- scale */

#ifndef FIXEDFANN
static void scaling(void)
{
    struct fann *ann;
    struct fann_train_data *d;
    fann_type v[4];
    unsigned int i;

    /* formats.md 5.3 */
    seed_rand(90);
    ann = fann_create_standard(3, 2, 3, 1);
    d = fann_create_train(2, 2, 1);
    d->input[0][0] = 0; d->input[0][1] = 10; d->output[0][0] = 1;
    d->input[1][0] = 4; d->input[1][1] = 30; d->output[1][0] = 3;
    printf("set_scaling_params -> %d\n", fann_set_scaling_params(ann, d, -1, 1, 0, 1));
    fann_destroy_train(d);
    roundtrip(ann, "std 2-3-1 with scale parameters (5.3)", 1);
    fann_destroy(ann);

    /* values that do not survive %f */
    seed_rand(91);
    ann = fann_create_standard(3, 3, 2, 2);
    d = fann_create_train(5, 3, 2);
    lcg_seed(91);
    for (i = 0; i < 5; i++) {
        d->input[i][0] = (fann_type)lcg_range(-1000, 1000);
        d->input[i][1] = (fann_type)lcg_range(0, 1e-4);
        d->input[i][2] = (fann_type)(i * 1e7);
        d->output[i][0] = (fann_type)lcg_range(-1, 1);
        d->output[i][1] = (fann_type)(1.0 / 3.0);
    }
    printf("set_scaling_params -> %d\n",
           fann_set_scaling_params(ann, d, -0.333333f, 0.777777f, 0.1f, 12345.678f));
    fann_destroy_train(d);
    printf("before save:\n");
    dump_scale(ann);
    roundtrip(ann, "std 3-2-2 with awkward scale parameters", 1);
    {
        struct fann *b = fann_create_from_file("a.net");
        if (b != NULL) {
            v[0] = 1; v[1] = 2; v[2] = 3;
            fann_scale_input(b, v);
            print_vec("loaded scale_input(1,2,3)", v, 3);
            v[0] = 1; v[1] = 2; v[2] = 3;
            fann_scale_input(ann, v);
            print_vec("original scale_input(1,2,3)", v, 3);
            v[0] = (fann_type)0.5; v[1] = -4;
            fann_descale_output(b, v);
            print_vec("loaded descale_output(0.5,-4)", v, 2);
            fann_destroy(b);
        }
    }
    fann_destroy(ann);

    /* cleared parameters: scale_included=1 with the defaults */
    seed_rand(92);
    ann = fann_create_shortcut(3, 2, 1, 3);
    printf("clear_scaling_params -> %d\n", fann_clear_scaling_params(ann));
    roundtrip(ann, "shortcut 2-1-3 cleared scale parameters", 1);
    fann_destroy(ann);
}
#endif

int main(void)
{
    setup_tmpdir();
    printf("variant %s\n", VARIANT);
    shapes_and_types();
    activations();
    parameters();
    weights();
#ifndef FIXEDFANN
    scaling();
#endif
    return 0;
}
