/*
 * impl_cascade.h - cascade-correlation (algorithms.md 7, 13.7; api.md 5.2.5, 7.2):
 *   fann_cascadetrain_on_data on shortcut nets (fann_create_shortcut(2, in, out), or
 *   with one hidden layer), weights from seed_rand + fann_randomize_weights, on xor,
 *   two-spiral (up to 30 neurons), building (100 patterns, 3 outputs: reversed output
 *   weight mapping) and diabetes (120 patterns, 2 outputs);
 *   default parameters and non-default ones: candidate activation function and
 *   steepness lists, candidate groups, output/candidate max/min epochs (including 0 and
 *   1), stagnation epochs, change fractions, candidate limit, weight multiplier, both
 *   error functions, RPROP / QUICKPROP / SARPROP with their own parameters, odd
 *   steepnesses (0, negative), stop function BIT;
 *   reports every 1, 2 and 3 neurons (stdout), silent runs, a callback that prints its
 *   arguments (and the net it sees) and stops at a chosen call, the desired error reached
 *   in the first output phase, max_neurons 0;
 *   continuing afterwards: fann_train_epoch on the grown net, a second cascade on the
 *   same net, a cascade on the net reloaded from its saved file;
 *   the three runs of algorithms.md 13.7 (C1, C2, C3) with the number of rand() calls;
 *   fann_cascadetrain_on_file with reports and with a callback.
 * After each run: MSE state, the candidate scores and best candidate left in the struct,
 * sarprop_epoch, the weights (bit exact), the struct walk, the getters and connection
 * array, fann_run on some inputs, fann_test_data, the saved .net file (fann_save), the
 * reloaded net's outputs and re-saved file, and the next rand() (how many rand() values
 * the library consumed).  Every case re-seeds rand() so a difference stays local.
 * Float and double libraries only (the fixed library has no cascade training).
 */
#include "cascade_util.h"

/* ---------------------------------------------------------------- cases */

#define AFTER_TRAIN 1u    /* 5 epochs of fann_train_epoch on the grown net */
#define AFTER_AGAIN 2u    /* a second cascade (2 neurons) on the same net */
#define AFTER_RELOAD 4u   /* a cascade (2 neurons) on the net reloaded from its file */
#define PARAMS 8u         /* dump_params before training */

struct ccase {
    const char *title;
    unsigned int set;
    unsigned int hidden; /* 0: fann_create_shortcut(2, in, out); n: (3, in, n, out) */
    enum fann_train_enum alg;
    enum fann_errorfunc_enum errfn;
    enum fann_activationfunc_enum out_act;
    double out_steep;
    unsigned int max_neurons, between;
    float desired;
    void (*setup)(struct fann *);
    int cb_stop; /* 0: no callback; n > 0: -1 at the n-th call; < 0: returns that, never stops */
    unsigned int flags;
};


/* spec 13.7 C1 lists */
static void setup_c1(struct fann *ann)
{
    static const enum fann_activationfunc_enum f[] = { FANN_SIGMOID_SYMMETRIC, FANN_GAUSSIAN };
    static const double s[] = { 0.5, 1.0 };
    set_lists(ann, f, 2, s, 2);
}

static void setup_funcs_a(struct fann *ann)
{
    static const enum fann_activationfunc_enum f[] = {
        FANN_SIGMOID, FANN_ELLIOT, FANN_LINEAR_PIECE_SYMMETRIC, FANN_SIN, FANN_GAUSSIAN_SYMMETRIC,
    };
    static const double s[] = { 0.3, 1.7, 0.9 };
    set_lists(ann, f, 5, s, 3);
    fann_set_cascade_num_candidate_groups(ann, 1);
}

static void setup_groups3(struct fann *ann)
{
    static const enum fann_activationfunc_enum f[] = {
        FANN_SIGMOID_SYMMETRIC_STEPWISE, FANN_SIGMOID_STEPWISE, FANN_LINEAR, FANN_LINEAR_PIECE,
        FANN_COS,
    };
    static const double s[] = { 0.5 };
    set_lists(ann, f, 5, s, 1);
    fann_set_cascade_num_candidate_groups(ann, 3);
}

static void setup_epochs(struct fann *ann)
{
    fann_set_cascade_max_out_epochs(ann, 40);
    fann_set_cascade_min_out_epochs(ann, 5);
    fann_set_cascade_max_cand_epochs(ann, 30);
    fann_set_cascade_min_cand_epochs(ann, 5);
    fann_set_cascade_output_stagnation_epochs(ann, 3);
    fann_set_cascade_candidate_stagnation_epochs(ann, 4);
}

static void setup_limit(struct fann *ann)
{
    fann_set_cascade_candidate_limit(ann, (fann_type)0.5);
}

static void setup_multiplier_change(struct fann *ann)
{
    fann_set_cascade_weight_multiplier(ann, (fann_type)1.0);
    fann_set_cascade_output_change_fraction(ann, 0.2f);
    fann_set_cascade_candidate_change_fraction(ann, 0.0f);
    fann_set_cascade_candidate_stagnation_epochs(ann, 2);
    fann_set_cascade_min_cand_epochs(ann, 3);
}

static void setup_negative(struct fann *ann)
{
    fann_set_cascade_weight_multiplier(ann, (fann_type)-0.25);
    fann_set_cascade_output_change_fraction(ann, -0.1f);
    fann_set_cascade_candidate_change_fraction(ann, -0.05f);
    setup_epochs(ann);
}

static void setup_out0(struct fann *ann)
{
    fann_set_cascade_max_out_epochs(ann, 0);
    fann_set_cascade_max_cand_epochs(ann, 10);
}

static void setup_ones(struct fann *ann)
{
    fann_set_cascade_max_out_epochs(ann, 1);
    fann_set_cascade_min_out_epochs(ann, 0);
    fann_set_cascade_max_cand_epochs(ann, 1);
    fann_set_cascade_min_cand_epochs(ann, 0);
}

static void setup_min_gt_max(struct fann *ann)
{
    fann_set_cascade_max_out_epochs(ann, 60);
    fann_set_cascade_min_out_epochs(ann, 200);
    fann_set_cascade_max_cand_epochs(ann, 45);
    fann_set_cascade_min_cand_epochs(ann, 100);
    fann_set_cascade_output_stagnation_epochs(ann, 0);
    fann_set_cascade_candidate_stagnation_epochs(ann, 0);
}

static void setup_stagnation0(struct fann *ann)
{
    fann_set_cascade_output_stagnation_epochs(ann, 0);
    fann_set_cascade_candidate_stagnation_epochs(ann, 0);
    fann_set_cascade_min_out_epochs(ann, 2);
    fann_set_cascade_min_cand_epochs(ann, 2);
}

/* steepness 0 (clamp +-inf), negative (clamp inverted), stepwise / piecewise
 * functions and GAUSSIAN_STEPWISE (0 in the float builds) as candidates */
static void setup_odd_steep(struct fann *ann)
{
    static const enum fann_activationfunc_enum f[] = {
        FANN_GAUSSIAN_STEPWISE, FANN_LINEAR_PIECE, FANN_SIGMOID_SYMMETRIC, FANN_ELLIOT_SYMMETRIC,
    };
    static const double s[] = { 0.0, -0.5, 3.0 };
    set_lists(ann, f, 4, s, 3);
    fann_set_cascade_num_candidate_groups(ann, 1);
}

static void setup_bit(struct fann *ann)
{
    fann_set_train_stop_function(ann, FANN_STOPFUNC_BIT);
    fann_set_bit_fail_limit(ann, (fann_type)0.2);
}

static void setup_rprop(struct fann *ann)
{
    fann_set_rprop_delta_zero(ann, 0.3f);
    fann_set_rprop_increase_factor(ann, 1.1f);
    fann_set_rprop_decrease_factor(ann, 0.6f);
    fann_set_rprop_delta_max(ann, 5.0f);
    fann_set_rprop_delta_min(ann, 0.001f);
}

static void setup_quickprop(struct fann *ann)
{
    fann_set_quickprop_decay(ann, -0.001f);
    fann_set_quickprop_mu(ann, 2.0f);
    fann_set_learning_rate(ann, 0.4f);
}

static void setup_sarprop(struct fann *ann)
{
    fann_set_sarprop_temperature(ann, 0.05f);
    fann_set_sarprop_step_error_shift(ann, 2.0f);
    fann_set_sarprop_step_error_threshold_factor(ann, 0.2f);
    fann_set_sarprop_weight_decay_shift(ann, -5.0f);
}

static void setup_quickprop_funcs(struct fann *ann)
{
    setup_quickprop(ann);
    setup_funcs_a(ann);
}

static void setup_sarprop_epochs(struct fann *ann)
{
    setup_sarprop(ann);
    setup_epochs(ann);
}

static void setup_spiral_q(struct fann *ann)
{
    setup_funcs_a(ann);
    fann_set_cascade_max_cand_epochs(ann, 80);
}

static void setup_building(struct fann *ann)
{
    fann_set_cascade_num_candidate_groups(ann, 1);
    setup_epochs(ann);
}

static void setup_building_s(struct fann *ann)
{
    setup_c1(ann);
    fann_set_cascade_num_candidate_groups(ann, 3);
    fann_set_cascade_candidate_limit(ann, (fann_type)0.9);
}

static void setup_diabetes_r(struct fann *ann)
{
    setup_rprop(ann);
    setup_groups3(ann);
}

static const struct ccase CASES[] = {
    /* xor (SIGMOID_SYMMETRIC outputs, +-1 targets) */
    { "xor defaults", XOR, 0, FANN_TRAIN_RPROP, FANN_ERRORFUNC_TANH, FANN_SIGMOID_SYMMETRIC, 0.5,
      5, 1, 0.0001f, NULL, 0, PARAMS },
    { "xor QUICKPROP LINEAR errfn, 5 functions x 3 steepnesses x 1 group, reports every 3",
      XOR, 0, FANN_TRAIN_QUICKPROP, FANN_ERRORFUNC_LINEAR, FANN_SIGMOID_SYMMETRIC, 0.5, 7, 3,
      0.001f, setup_quickprop_funcs, 0, PARAMS },
    { "xor SARPROP defaults, desired 0, then 5 epochs of fann_train_epoch", XOR, 0,
      FANN_TRAIN_SARPROP, FANN_ERRORFUNC_TANH, FANN_SIGMOID_SYMMETRIC, 0.5, 4, 1, 0.0f, NULL, 0,
      AFTER_TRAIN },
    { "xor RPROP LINEAR output, 5 functions x 1 steepness x 3 groups, reports every 3", XOR, 0,
      FANN_TRAIN_RPROP, FANN_ERRORFUNC_TANH, FANN_LINEAR, 0.5, 6, 3, 0.0f, setup_groups3, 0,
      PARAMS },
    { "xor spec C1 lists, callback stops at its 2nd call", XOR, 0, FANN_TRAIN_RPROP,
      FANN_ERRORFUNC_TANH, FANN_SIGMOID_SYMMETRIC, 0.5, 8, 1, 0.0f, setup_c1, 2, 0 },
    { "xor callback never stops (returns -2), reports every 3, max 7", XOR, 0, FANN_TRAIN_RPROP,
      FANN_ERRORFUNC_LINEAR, FANN_ELLIOT_SYMMETRIC, 0.7, 7, 3, 0.0f, setup_c1, -2, 0 },
    { "xor desired error 0.3 reached in the first output phase", XOR, 0, FANN_TRAIN_RPROP,
      FANN_ERRORFUNC_TANH, FANN_SIGMOID_SYMMETRIC, 0.5, 5, 1, 0.3f, NULL, 0, 0 },
    { "xor max_neurons 0", XOR, 0, FANN_TRAIN_RPROP, FANN_ERRORFUNC_TANH,
      FANN_SIGMOID_SYMMETRIC, 0.5, 0, 1, 0.0f, NULL, 0, 0 },
    { "xor reports 0 (silent), 3 neurons", XOR, 0, FANN_TRAIN_QUICKPROP, FANN_ERRORFUNC_TANH,
      FANN_SIGMOID_SYMMETRIC, 0.5, 3, 0, 0.0f, setup_c1, 0, 0 },
    { "xor stop function BIT (bit_fail_limit 0.2), desired 1.0", XOR, 0, FANN_TRAIN_RPROP,
      FANN_ERRORFUNC_TANH, FANN_SIGMOID_SYMMETRIC, 0.5, 6, 1, 1.0f, setup_bit, 0, PARAMS },
    { "xor candidate_limit 0.5", XOR, 0, FANN_TRAIN_RPROP, FANN_ERRORFUNC_TANH,
      FANN_SIGMOID_SYMMETRIC, 0.5, 4, 1, 0.0f, setup_limit, 0, PARAMS },
    { "xor weight multiplier 1, change fractions 0.2/0, candidate stagnation 2", XOR, 0,
      FANN_TRAIN_RPROP, FANN_ERRORFUNC_TANH, FANN_SIGMOID_SYMMETRIC, 0.5, 4, 1, 0.0f,
      setup_multiplier_change, 0, PARAMS },
    { "xor weight multiplier -0.25, negative change fractions, short epochs", XOR, 0,
      FANN_TRAIN_QUICKPROP, FANN_ERRORFUNC_TANH, FANN_SIGMOID, 1.0, 4, 1, 0.0f, setup_negative,
      0, PARAMS },
    { "xor max_out_epochs 0 (phases count 0 epochs)", XOR, 0, FANN_TRAIN_RPROP,
      FANN_ERRORFUNC_TANH, FANN_SIGMOID_SYMMETRIC, 0.5, 3, 1, 0.0f, setup_out0, 0, PARAMS },
    { "xor max epochs 1, min epochs 0", XOR, 0, FANN_TRAIN_SARPROP, FANN_ERRORFUNC_TANH,
      FANN_SIGMOID_SYMMETRIC, 0.5, 4, 1, 0.0f, setup_ones, 0, PARAMS },
    { "xor min epochs above max epochs, stagnation 0", XOR, 0, FANN_TRAIN_RPROP,
      FANN_ERRORFUNC_LINEAR, FANN_SIGMOID_SYMMETRIC, 0.5, 3, 1, 0.0f, setup_min_gt_max, 0,
      PARAMS },
    { "xor stagnation epochs 0, min epochs 2", XOR, 0, FANN_TRAIN_QUICKPROP,
      FANN_ERRORFUNC_TANH, FANN_SIGMOID_SYMMETRIC, 0.5, 4, 1, 0.0f, setup_stagnation0, 0, 0 },
    { "xor odd candidate steepnesses (0, -0.5, 3), GAUSSIAN_STEPWISE/LINEAR_PIECE candidates",
      XOR, 0, FANN_TRAIN_RPROP, FANN_ERRORFUNC_TANH, FANN_SIGMOID_SYMMETRIC, 0.5, 4, 1, 0.0f,
      setup_odd_steep, 0, PARAMS },
    { "xor SIGMOID_STEPWISE output (+-1 targets), RPROP params, reports every 2", XOR, 0,
      FANN_TRAIN_RPROP, FANN_ERRORFUNC_TANH, FANN_SIGMOID_STEPWISE, 0.5, 3, 2, 0.0f,
      setup_rprop, 0, PARAMS },
    { "xor shortcut 2-2-1 (existing hidden layer), then a second cascade", XOR, 2,
      FANN_TRAIN_RPROP, FANN_ERRORFUNC_TANH, FANN_SIGMOID_SYMMETRIC, 0.5, 3, 1, 0.0f, setup_c1,
      0, AFTER_AGAIN },
    /* two-spiral (193 patterns, 0/1 targets) */
    { "two-spiral defaults, up to 30 neurons, reports every 3", SPIRAL, 0, FANN_TRAIN_RPROP,
      FANN_ERRORFUNC_TANH, FANN_SIGMOID_STEPWISE, 0.5, 30, 3, 0.0f, NULL, 0, 0 },
    { "two-spiral QUICKPROP, 15 candidates, 10 neurons, then a cascade on the reloaded net",
      SPIRAL, 0, FANN_TRAIN_QUICKPROP, FANN_ERRORFUNC_TANH, FANN_SIGMOID, 0.5, 10, 1, 0.0f,
      setup_spiral_q, 0, AFTER_RELOAD },
    { "two-spiral SARPROP LINEAR errfn, 8 neurons, reports every 3", SPIRAL, 0,
      FANN_TRAIN_SARPROP, FANN_ERRORFUNC_LINEAR, FANN_SIGMOID_SYMMETRIC, 0.5, 8, 3, 0.0f,
      setup_sarprop_epochs, 0, 0 },
    /* building (100 patterns, 14 in, 3 out) */
    { "building defaults, 4 neurons", BUILDING, 0, FANN_TRAIN_RPROP, FANN_ERRORFUNC_TANH,
      FANN_SIGMOID, 0.5, 4, 1, 0.0f, NULL, 0, 0 },
    { "building QUICKPROP, 1 group, short epochs, reports every 3", BUILDING, 0,
      FANN_TRAIN_QUICKPROP, FANN_ERRORFUNC_TANH, FANN_SIGMOID_SYMMETRIC, 0.5, 4, 3, 0.0f,
      setup_building, 0, 0 },
    { "building SARPROP LINEAR errfn, 3 groups, candidate limit 0.9, then training", BUILDING,
      0, FANN_TRAIN_SARPROP, FANN_ERRORFUNC_LINEAR, FANN_SIGMOID, 0.5, 3, 1, 0.0f,
      setup_building_s, 0, AFTER_TRAIN | PARAMS },
    /* diabetes (120 patterns, 8 in, 2 out) */
    { "diabetes defaults, 4 neurons", DIABETES, 0, FANN_TRAIN_RPROP, FANN_ERRORFUNC_TANH,
      FANN_SIGMOID_SYMMETRIC, 0.5, 4, 1, 0.0f, NULL, 0, 0 },
    { "diabetes QUICKPROP LINEAR errfn, callback stops at its 2nd call, reports every 3",
      DIABETES, 0, FANN_TRAIN_QUICKPROP, FANN_ERRORFUNC_LINEAR, FANN_SIGMOID, 0.5, 9, 3, 0.0f,
      setup_quickprop_funcs, 2, 0 },
    { "diabetes SARPROP, short epochs, then a second cascade", DIABETES, 0, FANN_TRAIN_SARPROP,
      FANN_ERRORFUNC_TANH, FANN_SIGMOID_SYMMETRIC, 0.5, 3, 1, 0.0f, setup_sarprop_epochs, 0,
      AFTER_AGAIN },
    { "diabetes RPROP params, ELLIOT_SYMMETRIC output, 3 groups, reports every 2", DIABETES, 0,
      FANN_TRAIN_RPROP, FANN_ERRORFUNC_TANH, FANN_ELLIOT_SYMMETRIC, 0.8, 3, 2, 0.0f,
      setup_diabetes_r, 0, 0 },
};
#define NCASES (sizeof(CASES) / sizeof(CASES[0]))

static struct fann *create_for(const struct ccase *c, struct fann_train_data *d)
{
    if (c->hidden == 0)
        return fann_create_shortcut(2, d->num_input, d->num_output);
    return fann_create_shortcut(3, d->num_input, c->hidden, d->num_output);
}


static void run_case(unsigned int k, const struct ccase *c)
{
    struct fann_train_data *d = SETS[c->set].data;
    struct fann *ann;

    label("=== case %u: %s\n", k, c->title);
    printf("  data %s, algorithm %s, error function %s, output %s steepness %g, hidden %u\n",
           SETS[c->set].name, ALG[c->alg], ERRFN[c->errfn], ACT[c->out_act], c->out_steep,
           c->hidden);
    make_probes(d);
    seed_rand(100 + k);
    ann = create_for(c, d);
    fann_set_training_algorithm(ann, c->alg);
    fann_set_train_error_function(ann, c->errfn);
    fann_set_activation_function_output(ann, c->out_act);
    fann_set_activation_steepness_output(ann, (fann_type)c->out_steep);
    if (c->hidden != 0)
        fann_set_activation_function_hidden(ann, FANN_SIGMOID_SYMMETRIC);
    if (c->setup != NULL)
        c->setup(ann);
    seed_rand(200 + k);
    fann_randomize_weights(ann, (fann_type)-0.1, (fann_type)0.1);
    printf("  initial weights hash %016llx, candidates %u\n", weights_hash(ann),
           fann_get_cascade_num_candidates(ann));
    if (c->flags & PARAMS)
        dump_params(ann);
    if (c->cb_stop != 0) {
        cb_calls = 0;
        cb_stop_at = c->cb_stop;
        cb_ann = ann;
        cb_data = d;
        fann_set_user_data(ann, &cb_stop_at);
        fann_set_callback(ann, cascade_callback);
    }
    cascade(ann, d, c->max_neurons, c->between, c->desired);
    report_net(ann, d);
    if (c->flags & AFTER_TRAIN) {
        unsigned int e;
        printf("  fann_train_epoch on the grown net (%s):\n", ALG[c->alg]);
        for (e = 1; e <= 5; e++) {
            printf("   e%u ", e);
            pf32(fann_train_epoch(ann, d));
            printf(" bf=%u\n", fann_get_bit_fail(ann));
        }
        print_weights(ann);
    }
    if (c->flags & AFTER_AGAIN) {
        printf("  second cascade on the same net:\n");
        cascade(ann, d, 2, 1, 0.0f);
        report_net(ann, d);
    }
    if (c->flags & AFTER_RELOAD) {
        struct fann *ld = fann_create_from_file("c.net");
        printf("  cascade on the reloaded net (training algorithm %s):\n",
               ALG[fann_get_training_algorithm(ld)]);
        cascade(ld, d, 2, 1, 0.0f);
        report_net(ld, d);
        fann_destroy(ld);
    }
    printf("  next rand %d\n", rand());
    fann_destroy(ann);
}

/* ---------------------------------------------------------------- spec 13.7 */

/* rand() calls since srand(seed), given the next value (seed_rand again) */
static long draws_before(unsigned int seed, int next)
{
    long n;
    seed_rand(seed);
    for (n = 0; n < 10000000L; n++)
        if (rand() == next)
            return n;
    return -1;
}

static void spec_13_7(unsigned int k0)
{
    static const enum fann_activationfunc_enum f[] = { FANN_SIGMOID_SYMMETRIC, FANN_GAUSSIAN };
    fann_type st[2] = { (fann_type)0.5, (fann_type)1.0 };
    struct fann_train_data *xor2 = fann_create_train(4, 2, 2);
    struct fann *ann;
    unsigned int run, i;

    for (i = 0; i < 4; i++) {
        xor2->input[i][0] = (fann_type)((i & 2) ? 1.0 : -1.0);
        xor2->input[i][1] = (fann_type)((i & 1) ? 1.0 : -1.0);
        xor2->output[i][0] = (fann_type)((i == 1 || i == 2) ? 1.0 : -1.0);
        xor2->output[i][1] = (fann_type)(0.5 * xor2->input[i][0] - 0.25);
    }
    for (run = 1; run <= 3; run++) {
        struct fann_train_data *d = run == 3 ? xor2 : SETS[XOR].data;
        unsigned int seed = run == 3 ? 5 : 3;
        int next;
        label("=== case %u: %s\n", k0 + run - 1,
              run == 1 ? "spec 13.7 C1" : run == 2 ? "spec 13.7 C2" : "spec 13.7 C3");
        make_probes(d);
        seed_rand(seed);
        ann = fann_create_shortcut(2, 2, run == 3 ? 2 : 1);
        fann_set_activation_function_output(ann, FANN_SIGMOID_SYMMETRIC);
        if (run == 1) {
            fann_set_cascade_activation_functions(ann, (enum fann_activationfunc_enum *)f, 2);
            fann_set_cascade_activation_steepnesses(ann, st, 2);
        }
        if (run == 3)
            fann_set_train_error_function(ann, FANN_ERRORFUNC_LINEAR);
        printf("  initial weights:");
        for (i = 0; i < ann->total_connections; i++)
            printf(" %.17g", (double)ann->weights[i]);
        printf("\n");
        cascade(ann, d, run == 1 ? 3 : run == 2 ? 4 : 5, 1, run == 3 ? 0.0f : 0.0001f);
        printf("  final MSE %.9g, best candidate %u, weights (%u):\n", (double)fann_get_MSE(ann),
               ann->cascade_best_candidate, ann->total_connections);
        for (i = 0; i < ann->total_connections; i++)
            printf("%s%.17g", i % 5 == 0 ? "   " : " ", (double)ann->weights[i]);
        printf("\n");
        report_net(ann, d);
        next = rand();
        printf("  next rand %d: rand() calls since srand(%u): %ld\n", next, seed,
               draws_before(seed, next));
        fann_destroy(ann);
    }
    fann_destroy_train(xor2);
}

/* ---------------------------------------------------------------- on_file */

static void on_file(unsigned int k0)
{
    struct fann *ann;
    unsigned int k = k0;

    label("=== case %u: %s\n", k, "fann_cascadetrain_on_file xor.data, reports every 1");
    make_probes(SETS[XOR].data);
    seed_rand(300 + k);
    ann = fann_create_shortcut(2, 2, 1);
    fann_set_activation_function_output(ann, FANN_SIGMOID_SYMMETRIC);
    seed_rand(400 + k);
    fann_randomize_weights(ann, (fann_type)-0.1, (fann_type)0.1);
    FLUSHED(fann_cascadetrain_on_file(ann, "files/xor.data", 4, 1, 0.0001f));
    report_net(ann, SETS[XOR].data);
    printf("  next rand %d\n", rand());
    fann_destroy(ann);

    k++;
    label("=== case %u: %s\n", k,
          "fann_cascadetrain_on_file building_300.data (300 patterns), reports every 2");
    make_probes(SETS[BUILDING].data);
    seed_rand(300 + k);
    ann = fann_create_shortcut(2, 14, 3);
    fann_set_cascade_num_candidate_groups(ann, 1);
    fann_set_cascade_max_cand_epochs(ann, 40);
    seed_rand(400 + k);
    fann_randomize_weights(ann, (fann_type)-0.1, (fann_type)0.1);
    FLUSHED(fann_cascadetrain_on_file(ann, "files/building_300.data", 3, 2, 0.001f));
    report_net(ann, SETS[BUILDING].data);
    printf("  next rand %d\n", rand());
    fann_destroy(ann);

    k++;
    label("=== case %u: %s\n", k,
          "fann_cascadetrain_on_file diabetes.train (384 patterns), callback stops at 3rd call");
    make_probes(SETS[DIABETES].data);
    seed_rand(300 + k);
    ann = fann_create_shortcut(2, 8, 2);
    fann_set_training_algorithm(ann, FANN_TRAIN_QUICKPROP);
    setup_c1(ann);
    seed_rand(400 + k);
    fann_randomize_weights(ann, (fann_type)-0.1, (fann_type)0.1);
    cb_calls = 0;
    cb_stop_at = 3;
    cb_ann = ann;
    cb_data = NULL;
    fann_set_user_data(ann, &cb_stop_at);
    fann_set_callback(ann, cascade_callback);
    FLUSHED(fann_cascadetrain_on_file(ann, "files/diabetes.train", 6, 1, 0.0f));
    report_net(ann, SETS[DIABETES].data);
    printf("  next rand %d\n", rand());
    fann_destroy(ann);
}

int main(void)
{
    unsigned int i;
    setup_tmpdir();
    load_sets();
    for (i = 0; i < NCASES; i++)
        run_case(i, &CASES[i]);
    spec_13_7(NCASES);
    on_file(NCASES + 3);
    for (i = 0; i < NSETS; i++)
        fann_destroy_train(SETS[i].data);
    return 0;
}
