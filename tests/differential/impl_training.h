/*
 * impl_training.h - fann_train_epoch trajectories (algorithms.md 4-6):
 *   every training algorithm (INCREMENTAL, BATCH, RPROP, QUICKPROP, SARPROP)
 *   x error function (LINEAR, TANH) x net kind (standard, sparse 0.6,
 *   shortcut) x data set (xor, diabetes, robot, building subsets), with a
 *   rotating choice of activation functions / steepnesses, weight
 *   initialisation (fann_randomize_weights or fann_init_weights) and, on
 *   every other case, non-default training parameters;
 *   INCREMENTAL and SARPROP again with fann_shuffle_train_data before every
 *   epoch; a sweep over the trainable activation functions;
 *   algorithm switches on a live net (state arrays initialised once);
 *   the reference net W0 of algorithms.md 13.3 (XOR cases A and B) and
 *   13.4 (300 epochs), printed in the spec's format;
 *   long runs (1000 epochs, full diabetes set, SARPROP's random branch,
 *   weights clipped at +-1500, divergence to inf/NaN, steep activations);
 *   training state across fann_copy, fann_save/fann_create_from_file,
 *   fann_set_weight_array, fann_train, fann_test_data, parameter changes;
 *   odd parameter values (zero/negative rates, RPROP/QUICKPROP/SARPROP
 *   parameters out of their usual ranges, NaN, bit_fail_limit <= 0);
 *   steepness 0, negative, tiny and huge for several activation functions.
 * Every epoch prints the returned MSE (f32, bit exact) and the bit-fail
 * count; every case ends with the weights (bit exact), fann_get_MSE and the
 * next rand() (checks how many rand() values the library consumed).
 * Each case re-seeds rand() before creating its net, so a difference stays
 * local to its case.  Float and double libraries only (no training in the
 * fixed library).
 */
#include "fileutil.h"

#define NEPOCHS 200

static const char *const ALG[] = { "INCREMENTAL", "BATCH", "RPROP", "QUICKPROP", "SARPROP" };
static const char *const ACT[] = {
    "LINEAR", "THRESHOLD", "THRESHOLD_SYMMETRIC", "SIGMOID", "SIGMOID_STEPWISE",
    "SIGMOID_SYMMETRIC", "SIGMOID_SYMMETRIC_STEPWISE", "GAUSSIAN", "GAUSSIAN_SYMMETRIC",
    "GAUSSIAN_STEPWISE", "ELLIOT", "ELLIOT_SYMMETRIC", "LINEAR_PIECE", "LINEAR_PIECE_SYMMETRIC",
    "SIN_SYMMETRIC", "COS_SYMMETRIC", "SIN", "COS",
};
static const char *const KIND[] = { "standard", "sparse0.6", "shortcut" };

/* hidden activation, output activation, hidden steepness, output steepness */
struct actcfg {
    enum fann_activationfunc_enum hid, out;
    double shid, sout;
};
static const struct actcfg ACTS[] = {
    { FANN_SIGMOID_SYMMETRIC, FANN_SIGMOID_SYMMETRIC, 0.5, 0.5 },
    { FANN_SIGMOID, FANN_SIGMOID, 1.0, 0.5 },
    { FANN_SIGMOID_SYMMETRIC, FANN_LINEAR, 0.5, 0.25 },
    { FANN_GAUSSIAN, FANN_SIGMOID, 0.7, 1.0 },
    { FANN_ELLIOT, FANN_ELLIOT_SYMMETRIC, 0.5, 0.8 },
    { FANN_SIN_SYMMETRIC, FANN_COS_SYMMETRIC, 0.6, 0.4 },
    { FANN_SIGMOID_STEPWISE, FANN_SIGMOID_SYMMETRIC_STEPWISE, 0.5, 0.5 },
    { FANN_ELLIOT_SYMMETRIC, FANN_SIGMOID_SYMMETRIC, 1.5, 0.75 },
    { FANN_SIN, FANN_COS, 0.9, 0.3 },
    { FANN_LINEAR_PIECE_SYMMETRIC, FANN_LINEAR_PIECE, 0.5, 1.0 },
    { FANN_GAUSSIAN_SYMMETRIC, FANN_SIGMOID_SYMMETRIC, 0.5, 0.5 },
    { FANN_SIGMOID, FANN_SIGMOID_STEPWISE, 0.25, 2.0 },
};
#define NACTS (sizeof(ACTS) / sizeof(ACTS[0]))

struct dataset {
    const char *name;
    const char *file;
    unsigned int len;             /* patterns used (subset from 0) */
    unsigned int nlayers;
    unsigned int layers[5];
    struct fann_train_data *data;
};
static struct dataset SETS[] = {
    { "xor", "files/xor.data", 4, 4, { 2, 3, 2, 1 }, NULL },
    { "diabetes", "files/diabetes.train", 150, 3, { 8, 5, 2 }, NULL },
    { "robot", "files/robot.train", 100, 3, { 48, 4, 3 }, NULL },
    { "building", "files/building_300.data", 120, 4, { 14, 5, 4, 3 }, NULL },
};
#define NSETS (sizeof(SETS) / sizeof(SETS[0]))

static void load_sets(void)
{
    unsigned int i;
    for (i = 0; i < NSETS; i++) {
        struct fann_train_data *all = fann_read_train_from_file(SETS[i].file);
        if (all == NULL) {
            printf("cannot read %s\n", SETS[i].file);
            exit(3);
        }
        SETS[i].data = fann_subset_train_data(all, 0, SETS[i].len);
        fann_destroy_train(all);
        printf("data %s: %u patterns, %u in, %u out\n", SETS[i].name,
               fann_length_train_data(SETS[i].data), fann_num_input_train_data(SETS[i].data),
               fann_num_output_train_data(SETS[i].data));
    }
}

/* FNV-1a of the weight bytes (to tell creation/initialisation differences
 * from training differences without printing every initial weight) */
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

/* weights, 6 per line, so that a diff points at the connection */
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

static struct fann *create_net(unsigned int kind, const struct dataset *s)
{
    switch (kind) {
    case 0:
        return fann_create_standard_array(s->nlayers, s->layers);
    case 1:
        return fann_create_sparse_array(0.6f, s->nlayers, s->layers);
    default:
        return fann_create_shortcut_array(s->nlayers, s->layers);
    }
}

/* algorithm specific non-default parameters */
static void set_params(struct fann *ann, enum fann_train_enum alg, unsigned int variant)
{
    switch (alg) {
    case FANN_TRAIN_INCREMENTAL:
        fann_set_learning_rate(ann, variant == 1 ? 0.3f : 0.15f);
        fann_set_learning_momentum(ann, variant == 1 ? 0.5f : 0.9f);
        break;
    case FANN_TRAIN_BATCH:
        fann_set_learning_rate(ann, variant == 1 ? 1.5f : 0.35f);
        break;
    case FANN_TRAIN_RPROP:
        fann_set_rprop_increase_factor(ann, variant == 1 ? 1.3f : 1.1f);
        fann_set_rprop_decrease_factor(ann, variant == 1 ? 0.4f : 0.7f);
        fann_set_rprop_delta_min(ann, variant == 1 ? 0.001f : 1e-5f);
        fann_set_rprop_delta_max(ann, variant == 1 ? 20.0f : 2.0f);
        fann_set_rprop_delta_zero(ann, variant == 1 ? 0.05f : 0.3f);
        break;
    case FANN_TRAIN_QUICKPROP:
        fann_set_quickprop_decay(ann, variant == 1 ? -0.001f : -0.00005f);
        fann_set_quickprop_mu(ann, variant == 1 ? 1.5f : 2.25f);
        fann_set_learning_rate(ann, variant == 1 ? 0.5f : 0.9f);
        break;
    case FANN_TRAIN_SARPROP:
        fann_set_sarprop_weight_decay_shift(ann, variant == 1 ? -5.0f : -8.5f);
        fann_set_sarprop_step_error_threshold_factor(ann, variant == 1 ? 0.2f : 0.05f);
        fann_set_sarprop_step_error_shift(ann, variant == 1 ? 2.0f : 1.0f);
        fann_set_sarprop_temperature(ann, variant == 1 ? 0.03f : 0.005f);
        fann_set_rprop_increase_factor(ann, variant == 1 ? 1.25f : 1.15f);
        fann_set_rprop_decrease_factor(ann, variant == 1 ? 0.45f : 0.6f);
        fann_set_rprop_delta_max(ann, variant == 1 ? 10.0f : 60.0f);
        break;
    }
    fann_set_bit_fail_limit(ann, (fann_type)(variant == 1 ? 0.1 : 0.45));
    fann_set_train_stop_function(ann, FANN_STOPFUNC_BIT);
}

/* train `epochs` epochs, printing each; `shuffle` != NULL: shuffle it before
 * every epoch and train on it */
static void run_epochs(struct fann *ann, struct fann_train_data *d, unsigned int epochs,
                       int shuffle)
{
    unsigned int e;
    float mse;
    for (e = 1; e <= epochs; e++) {
        if (shuffle)
            fann_shuffle_train_data(d);
        mse = fann_train_epoch(ann, d);
        printf("  e%u ", e);
        pf32(mse);
        printf(" bf=%u\n", fann_get_bit_fail(ann));
    }
}

static void finish_case(struct fann *ann)
{
    printf("  end MSE=");
    pf32(fann_get_MSE(ann));
    printf(" bit_fail=%u errno=%d\n", fann_get_bit_fail(ann),
           (int)fann_get_errno((struct fann_error *)ann));
    print_weights(ann);
    printf("  next rand %d\n", rand());
}

static unsigned int case_no = 0;

static void matrix(void)
{
    unsigned int si, kind, alg, ef;

    for (si = 0; si < NSETS; si++) {
        struct dataset *s = &SETS[si];
        for (kind = 0; kind < 3; kind++) {
            for (alg = 0; alg < 5; alg++) {
                for (ef = 0; ef < 2; ef++) {
                    unsigned int k = case_no++;
                    const struct actcfg *a = &ACTS[(k * 7 + si) % NACTS];
                    unsigned int variant = (k / 2) % 3; /* 0: defaults */
                    int init = (k % 3 == 1);
                    struct fann *ann;

                    printf("=== case %u: %s %s %s errfn=%s act=%s/%s steep=%g/%g params=%s init=%s\n",
                           k, s->name, KIND[kind], ALG[alg], ef ? "TANH" : "LINEAR",
                           ACT[a->hid], ACT[a->out], a->shid, a->sout,
                           variant == 0 ? "default" : variant == 1 ? "A" : "B",
                           init ? "init_weights" : "randomize");
                    seed_rand(1000 + k);
                    ann = create_net(kind, s);
                    fann_set_activation_function_hidden(ann, a->hid);
                    fann_set_activation_function_output(ann, a->out);
                    fann_set_activation_steepness_hidden(ann, (fann_type)a->shid);
                    fann_set_activation_steepness_output(ann, (fann_type)a->sout);
                    fann_set_training_algorithm(ann, (enum fann_train_enum)alg);
                    fann_set_train_error_function(ann, (enum fann_errorfunc_enum)ef);
                    if (variant != 0)
                        set_params(ann, (enum fann_train_enum)alg, variant);
                    if (init)
                        fann_init_weights(ann, s->data);
                    else
                        fann_randomize_weights(ann, (fann_type)-0.4, (fann_type)0.4);
                    printf("  connections=%u init hash %016llx\n", ann->total_connections,
                           weights_hash(ann));
                    run_epochs(ann, s->data, NEPOCHS, 0);
                    finish_case(ann);
                    fann_destroy(ann);
                }
            }
        }
    }
}

/* INCREMENTAL and SARPROP, data shuffled before every epoch */
static void shuffled(void)
{
    unsigned int si, kind, ai;
    static const enum fann_train_enum algs[] = { FANN_TRAIN_INCREMENTAL, FANN_TRAIN_SARPROP };

    for (si = 0; si < NSETS; si++) {
        for (kind = 0; kind < 3; kind++) {
            for (ai = 0; ai < 2; ai++) {
                unsigned int k = case_no++;
                const struct actcfg *a = &ACTS[(k * 5 + si) % NACTS];
                struct fann_train_data *d = fann_duplicate_train_data(SETS[si].data);
                struct fann *ann;

                printf("=== case %u: shuffled %s %s %s act=%s/%s steep=%g/%g\n", k,
                       SETS[si].name, KIND[kind], ALG[algs[ai]], ACT[a->hid], ACT[a->out],
                       a->shid, a->sout);
                seed_rand(2000 + k);
                ann = create_net(kind, &SETS[si]);
                fann_set_activation_function_hidden(ann, a->hid);
                fann_set_activation_function_output(ann, a->out);
                fann_set_activation_steepness_hidden(ann, (fann_type)a->shid);
                fann_set_activation_steepness_output(ann, (fann_type)a->sout);
                fann_set_training_algorithm(ann, algs[ai]);
                if (kind == 1)
                    set_params(ann, algs[ai], 1);
                fann_randomize_weights(ann, (fann_type)-0.5, (fann_type)0.5);
                printf("  connections=%u init hash %016llx\n", ann->total_connections,
                       weights_hash(ann));
                seed_rand(3000 + k);
                run_epochs(ann, d, NEPOCHS, 1);
                printf("  first pattern after shuffles:");
                print_vec("", d->input[0], d->num_input < 4 ? d->num_input : 4);
                finish_case(ann);
                fann_destroy(ann);
                fann_destroy_train(d);
            }
        }
    }
}

/* every activation function as hidden and output function, RPROP and
 * INCREMENTAL, diabetes subset, two steepnesses */
static void activation_sweep(void)
{
    unsigned int f, ai;
    static const enum fann_train_enum algs[] = { FANN_TRAIN_RPROP, FANN_TRAIN_INCREMENTAL,
                                                 FANN_TRAIN_QUICKPROP };
    static const double steeps[] = { 0.35, 1.25, 0.8 };
    struct fann_train_data *d = fann_subset_train_data(SETS[1].data, 0, 30);

    for (f = 0; f < 18; f++) {
        if (f == FANN_THRESHOLD)
            continue; /* error 12, see *_train_api */
        for (ai = 0; ai < 3; ai++) {
            unsigned int k = case_no++;
            struct fann *ann;
            unsigned int ef = (f + ai) % 2;
            printf("=== case %u: sweep %s %s errfn=%s steep=%g\n", k, ACT[f], ALG[algs[ai]],
                   ef ? "TANH" : "LINEAR", steeps[ai]);
            seed_rand(4000 + k);
            ann = fann_create_standard(3, 8, 4, 2);
            fann_set_activation_function_hidden(ann, (enum fann_activationfunc_enum)f);
            fann_set_activation_function_output(ann, (enum fann_activationfunc_enum)f);
            fann_set_activation_steepness_hidden(ann, (fann_type)steeps[ai]);
            fann_set_activation_steepness_output(ann, (fann_type)steeps[(ai + 1) % 3]);
            fann_set_training_algorithm(ann, algs[ai]);
            fann_set_train_error_function(ann, (enum fann_errorfunc_enum)ef);
            if (algs[ai] == FANN_TRAIN_INCREMENTAL)
                fann_set_learning_rate(ann, 0.2f);
            fann_randomize_weights(ann, (fann_type)-0.6, (fann_type)0.6);
            printf("  init hash %016llx\n", weights_hash(ann));
            run_epochs(ann, d, 40, 0);
            finish_case(ann);
            fann_destroy(ann);
        }
    }
    fann_destroy_train(d);
}

/* switching algorithms on a live net: the state arrays are initialised
 * once, by the algorithm in force at the first RPROP/QUICKPROP/SARPROP
 * epoch (algorithms.md 6.1); randomize/init_weights clear them again */
static void switches(void)
{
    static const enum fann_train_enum seqs[][6] = {
        { FANN_TRAIN_QUICKPROP, FANN_TRAIN_RPROP, FANN_TRAIN_SARPROP, FANN_TRAIN_BATCH,
          FANN_TRAIN_INCREMENTAL, FANN_TRAIN_RPROP },
        { FANN_TRAIN_RPROP, FANN_TRAIN_SARPROP, FANN_TRAIN_QUICKPROP, FANN_TRAIN_INCREMENTAL,
          FANN_TRAIN_RPROP, FANN_TRAIN_BATCH },
        { FANN_TRAIN_BATCH, FANN_TRAIN_INCREMENTAL, FANN_TRAIN_SARPROP, FANN_TRAIN_RPROP,
          FANN_TRAIN_QUICKPROP, FANN_TRAIN_SARPROP },
    };
    unsigned int q, j, kind;

    for (q = 0; q < 3; q++) {
        for (kind = 0; kind < 3; kind++) {
            unsigned int k = case_no++;
            struct fann *ann;
            printf("=== case %u: switches seq %u %s (diabetes)\n", k, q, KIND[kind]);
            seed_rand(5000 + k);
            ann = create_net(kind, &SETS[1]);
            fann_set_learning_momentum(ann, 0.4f);
            for (j = 0; j < 6; j++) {
                fann_set_training_algorithm(ann, seqs[q][j]);
                printf(" -> %s\n", ALG[seqs[q][j]]);
                if (j == 3) {
                    printf(" randomize_weights (clears the arrays)\n");
                    fann_randomize_weights(ann, (fann_type)-0.2, (fann_type)0.2);
                }
                run_epochs(ann, SETS[1].data, 15, 0);
            }
            finish_case(ann);
            fann_destroy(ann);
        }
    }
}


/* ------------------------------------------------------------------
 * algorithms.md 13.3 / 13.4: the reference net W0 (create_standard 2-3-1,
 * weights set explicitly), XOR cases A and B (10 epochs, weights after
 * epochs 1 and 10) and the 300-epoch runs of 13.4 (srand(42) before the
 * first epoch).  The double variant must reproduce the spec's numbers.
 */
static const double W0[13] = { 0.15, -0.25, 0.35, 0.45, 0.55, -0.65, -0.75, 0.85, 0.05,
                               0.5, -0.6, 0.7, -0.1 };

static struct fann *w0_net(void)
{
    struct fann *ann;
    struct fann_connection c[13];
    unsigned int i;
    seed_rand(7);
    ann = fann_create_standard(3, 2, 3, 1);
    fann_get_connection_array(ann, c);
    for (i = 0; i < 13; i++)
        c[i].weight = (fann_type)W0[i];
    fann_set_weight_array(ann, c, 13);
    return ann;
}

static void spec_cases(void)
{
    unsigned int cs, alg, e, i;

    for (cs = 0; cs < 2; cs++) {
        double lo = cs == 0 ? -1.0 : 0.0;
        struct fann_train_data *d = fann_create_train(4, 2, 1);
        for (i = 0; i < 4; i++) {
            d->input[i][0] = (fann_type)((i & 2) ? 1.0 : lo);
            d->input[i][1] = (fann_type)((i & 1) ? 1.0 : lo);
            d->output[i][0] = (fann_type)((i == 1 || i == 2) ? 1.0 : lo);
        }
        for (alg = 0; alg < 5; alg++) {
            struct fann *ann = w0_net();
            printf("=== case %u: spec 13.3 case %c %s\n", case_no++, cs == 0 ? 'A' : 'B',
                   ALG[alg]);
            if (cs == 0) {
                fann_set_activation_function_hidden(ann, FANN_SIGMOID_SYMMETRIC);
                fann_set_activation_function_output(ann, FANN_SIGMOID_SYMMETRIC);
            } else {
                fann_set_activation_function_hidden(ann, FANN_SIGMOID);
                fann_set_activation_function_output(ann, FANN_SIGMOID);
                fann_set_activation_steepness_hidden(ann, (fann_type)1.0);
                fann_set_activation_steepness_output(ann, (fann_type)1.0);
                fann_set_train_error_function(ann, FANN_ERRORFUNC_LINEAR);
                fann_set_learning_momentum(ann, 0.9f);
            }
            fann_set_training_algorithm(ann, (enum fann_train_enum)alg);
            for (e = 1; e <= 10; e++) {
                float mse = fann_train_epoch(ann, d);
                printf("  e%u %.9g / %u\n", e, (double)mse, fann_get_bit_fail(ann));
                if (e == 1 || e == 10) {
                    printf("  weights after epoch %u:", e);
                    for (i = 0; i < 13; i++)
                        printf(" %.17g", (double)ann->weights[i]);
                    printf("\n");
                }
            }
            fann_destroy(ann);
        }
        fann_destroy_train(d);
    }
    {
        struct fann_train_data *d = fann_create_train(7, 2, 1);
        for (i = 0; i < 7; i++) {
            d->input[i][0] = (fann_type)(-1 + 0.3 * i);
            d->input[i][1] = (fann_type)(0.9 - 0.25 * i);
            d->output[i][0] = (fann_type)(i % 3 == 0 ? 0.8 : -0.6);
        }
        for (alg = 0; alg < 5; alg++) {
            struct fann *ann = w0_net();
            printf("=== case %u: spec 13.4 %s, 300 epochs\n", case_no++, ALG[alg]);
            fann_set_activation_function_hidden(ann, FANN_SIGMOID_SYMMETRIC);
            fann_set_activation_function_output(ann, FANN_SIGMOID_SYMMETRIC);
            fann_set_training_algorithm(ann, (enum fann_train_enum)alg);
            seed_rand(42);
            for (e = 1; e <= 300; e++) {
                float mse = fann_train_epoch(ann, d);
                printf("  epoch %u MSE %.9g bitfail %u\n", e, (double)mse, fann_get_bit_fail(ann));
            }
            printf("  weights after 300:");
            for (i = 0; i < 13; i++)
                printf(" %.17g", (double)ann->weights[i]);
            printf("\n");
            finish_case(ann);
            fann_destroy(ann);
        }
        fann_destroy_train(d);
    }
}

/* ------------------------------------------------------------------
 * long runs (1000 epochs, MSE in hex, 10 per line): full diabetes set,
 * SARPROP's random branch, RPROP/QUICKPROP weights running into the
 * +-1500 clip, INCREMENTAL diverging to inf/NaN, steep activations
 * hitting the +-150/steepness sum clamp.
 */
static void run_compact(struct fann *ann, struct fann_train_data *d, unsigned int epochs)
{
    unsigned int e;
    for (e = 1; e <= epochs; e++) {
        float mse = fann_train_epoch(ann, d);
        uint32_t b;
        memcpy(&b, &mse, sizeof(b));
        if (e % 10 == 1)
            printf("  e%u:", e);
        printf(" %08x/%u", (unsigned)b, fann_get_bit_fail(ann));
        if (e % 10 == 0 || e == epochs)
            printf("\n");
    }
}

static void long_runs(void)
{
    struct fann_train_data *full = fann_read_train_from_file("files/diabetes.train");
    struct fann *ann;
    unsigned int alg, k;

    for (alg = 0; alg < 5; alg++) {
        k = case_no++;
        printf("=== case %u: long %s, full diabetes (384), 8-6-2, 1000 epochs\n", k, ALG[alg]);
        seed_rand(6000 + k);
        ann = fann_create_standard(3, 8, 6, 2);
        fann_set_training_algorithm(ann, (enum fann_train_enum)alg);
        if (alg == FANN_TRAIN_INCREMENTAL)
            fann_set_learning_rate(ann, 0.05f);
        fann_init_weights(ann, full);
        run_compact(ann, full, alg == FANN_TRAIN_INCREMENTAL ? 300 : 1000);
        finish_case(ann);
        fann_destroy(ann);
    }

    k = case_no++;
    printf("=== case %u: long SARPROP xor shortcut 2-4-3-1, 1000 epochs, T=0.05\n", k);
    seed_rand(6000 + k);
    ann = fann_create_shortcut(4, 2, 4, 3, 1);
    fann_set_training_algorithm(ann, FANN_TRAIN_SARPROP);
    fann_set_sarprop_temperature(ann, 0.05f);
    fann_set_activation_function_hidden(ann, FANN_SIGMOID_SYMMETRIC);
    fann_set_activation_function_output(ann, FANN_SIGMOID_SYMMETRIC);
    fann_randomize_weights(ann, (fann_type)-1, (fann_type)1);
    run_compact(ann, SETS[0].data, 1000);
    finish_case(ann);
    fann_destroy(ann);

    k = case_no++;
    printf("=== case %u: RPROP weights to the +-1500 clip (delta_max 1000, increase 3)\n", k);
    seed_rand(6000 + k);
    ann = fann_create_standard(3, 8, 3, 2);
    fann_set_training_algorithm(ann, FANN_TRAIN_RPROP);
    fann_set_rprop_delta_max(ann, 1000.0f);
    fann_set_rprop_increase_factor(ann, 3.0f);
    fann_set_rprop_delta_zero(ann, 5.0f);
    fann_set_activation_function_output(ann, FANN_LINEAR);
    fann_randomize_weights(ann, (fann_type)-0.1, (fann_type)0.1);
    run_compact(ann, SETS[1].data, 60);
    finish_case(ann);
    fann_destroy(ann);

    k = case_no++;
    printf("=== case %u: QUICKPROP mu 4, lr 8 (steps explode, clip at +-1500)\n", k);
    seed_rand(6000 + k);
    ann = fann_create_standard(3, 8, 3, 2);
    fann_set_training_algorithm(ann, FANN_TRAIN_QUICKPROP);
    fann_set_quickprop_mu(ann, 4.0f);
    fann_set_learning_rate(ann, 8.0f);
    fann_set_activation_function_output(ann, FANN_LINEAR);
    fann_randomize_weights(ann, (fann_type)-0.1, (fann_type)0.1);
    run_compact(ann, SETS[1].data, 100);
    finish_case(ann);
    fann_destroy(ann);

    for (alg = 0; alg < 2; alg++) {
        k = case_no++;
        printf("=== case %u: %s lr 20, LINEAR hidden/output (diverges to inf/NaN)\n", k,
               ALG[alg]);
        seed_rand(6000 + k);
        ann = fann_create_standard(3, 8, 3, 2);
        fann_set_training_algorithm(ann, (enum fann_train_enum)alg);
        fann_set_learning_rate(ann, 20.0f);
        fann_set_activation_function_hidden(ann, FANN_LINEAR);
        fann_set_activation_function_output(ann, FANN_LINEAR);
        fann_set_train_error_function(ann, FANN_ERRORFUNC_LINEAR);
        fann_randomize_weights(ann, (fann_type)-0.5, (fann_type)0.5);
        run_compact(ann, SETS[1].data, 60);
        finish_case(ann);
        fann_destroy(ann);
    }

    for (alg = 0; alg < 5; alg++) {
        k = case_no++;
        printf("=== case %u: %s steepness 40/25 (sum clamp +-150/s), robot\n", k, ALG[alg]);
        seed_rand(6000 + k);
        ann = fann_create_standard(3, 48, 4, 3);
        fann_set_training_algorithm(ann, (enum fann_train_enum)alg);
        fann_set_activation_steepness_hidden(ann, (fann_type)40);
        fann_set_activation_steepness_output(ann, (fann_type)25);
        fann_set_activation_function_hidden(ann, alg % 2 ? FANN_SIGMOID : FANN_ELLIOT_SYMMETRIC);
        fann_set_activation_function_output(ann, alg % 2 ? FANN_LINEAR : FANN_SIGMOID_STEPWISE);
        fann_randomize_weights(ann, (fann_type)-1, (fann_type)1);
        run_compact(ann, SETS[2].data, 50);
        finish_case(ann);
        fann_destroy(ann);
    }
    fann_destroy_train(full);
}

/* ------------------------------------------------------------------
 * training state across other operations: fann_copy in mid-training (2.2.0
 * copies the state arrays but not training_algorithm nor sarprop_epoch),
 * fann_save / fann_create_from_file in mid-training (state lost),
 * fann_set_weight_array, fann_train and fann_test_data interleaved with
 * epochs, parameters and activation functions changed in mid-run.
 */
static void state_ops(void)
{
    unsigned int alg, k;
    struct fann_train_data *d = SETS[3].data;

    for (alg = 0; alg < 5; alg++) {
        struct fann *ann, *cp, *ld;
        k = case_no++;
        printf("=== case %u: %s copy / save+load after 20 epochs (building)\n", k, ALG[alg]);
        seed_rand(7000 + k);
        ann = fann_create_shortcut(4, 14, 4, 3, 3);
        fann_set_training_algorithm(ann, (enum fann_train_enum)alg);
        fann_set_learning_momentum(ann, 0.3f);
        fann_set_sarprop_temperature(ann, 0.2f);
        fann_randomize_weights(ann, (fann_type)-0.3, (fann_type)0.3);
        run_compact(ann, d, 20);
        cp = fann_copy(ann);
        fann_save(ann, "mid.net");
        ld = fann_create_from_file("mid.net");
        printf("  copy: training_algorithm=%d sarprop_temperature=", (int)fann_get_training_algorithm(cp));
        pf32(fann_get_sarprop_temperature(cp));
        printf("\n  loaded: training_algorithm=%d\n", (int)fann_get_training_algorithm(ld));
        printf(" original, 20 more epochs\n");
        run_compact(ann, d, 20);
        finish_case(ann);
        printf(" copy, 20 epochs\n");
        run_compact(cp, d, 20);
        finish_case(cp);
        printf(" loaded, 20 epochs\n");
        run_compact(ld, d, 20);
        finish_case(ld);
        fann_destroy(ann);
        fann_destroy(cp);
        fann_destroy(ld);
    }

    for (alg = 0; alg < 5; alg++) {
        struct fann *ann;
        struct fann_connection *c;
        unsigned int i, e;
        k = case_no++;
        printf("=== case %u: %s interleaved operations (diabetes, sparse 0.7 8-6-4-2)\n", k,
               ALG[alg]);
        seed_rand(7100 + k);
        ann = fann_create_sparse(0.7f, 4, 8, 6, 4, 2);
        fann_set_training_algorithm(ann, (enum fann_train_enum)alg);
        fann_randomize_weights(ann, (fann_type)-0.3, (fann_type)0.3);
        run_compact(ann, SETS[1].data, 10);
        printf("  test_data -> ");
        pf32(fann_test_data(ann, SETS[1].data));
        printf(" bf=%u\n", fann_get_bit_fail(ann));
        for (i = 0; i < 5; i++)
            fann_train(ann, SETS[1].data->input[i], SETS[1].data->output[i]);
        printf("  after 5 fann_train: MSE=");
        pf32(fann_get_MSE(ann));
        printf(" bf=%u\n", fann_get_bit_fail(ann));
        run_compact(ann, SETS[1].data, 10);
        c = calloc(ann->total_connections, sizeof(*c));
        fann_get_connection_array(ann, c);
        for (i = 0; i < ann->total_connections; i += 4)
            c[i].weight = (fann_type)(0.01 * (double)i - 0.2);
        fann_set_weight_array(ann, c, ann->total_connections);
        free(c);
        printf("  set_weight_array\n");
        run_compact(ann, SETS[1].data, 10);
        fann_set_learning_rate(ann, 0.2f);
        fann_set_rprop_increase_factor(ann, 1.5f);
        fann_set_quickprop_mu(ann, 1.2f);
        fann_set_sarprop_step_error_shift(ann, 3.0f);
        fann_set_activation_function_output(ann, FANN_ELLIOT);
        fann_set_activation_steepness_layer(ann, (fann_type)0.9, 2);
        fann_set_train_error_function(ann, FANN_ERRORFUNC_LINEAR);
        printf("  parameters and activations changed\n");
        run_compact(ann, SETS[1].data, 10);
        fann_init_weights(ann, SETS[1].data);
        printf("  init_weights (clears the arrays)\n");
        for (e = 0; e < 3; e++) {
            fann_reset_MSE(ann);
            run_compact(ann, SETS[1].data, 5);
        }
        finish_case(ann);
        fann_destroy(ann);
    }
}

/* ------------------------------------------------------------------
 * odd parameter values (no validation in FANN): zero/negative learning
 * rates, momentum > 1, RPROP delta_zero 0, delta_min > delta_max,
 * factors on the wrong side of 1, QUICKPROP decay > 0, mu 0 and -1
 * (shrink factor -inf), SARPROP temperature 0, strong decay, always the
 * random branch; bit_fail_limit 0, negative, NaN.
 */
static void odd_params(void)
{
    static const struct {
        enum fann_train_enum alg;
        const char *what;
        float v1, v2;
    } P[] = {
        { FANN_TRAIN_INCREMENTAL, "learning_rate 0", 0.0f, 0 },
        { FANN_TRAIN_INCREMENTAL, "learning_rate -0.5", -0.5f, 0 },
        { FANN_TRAIN_INCREMENTAL, "momentum 1.5", 1.5f, 0 },
        { FANN_TRAIN_INCREMENTAL, "momentum -1", -1.0f, 0 },
        { FANN_TRAIN_BATCH, "learning_rate -1", -1.0f, 0 },
        { FANN_TRAIN_BATCH, "learning_rate NaN", NAN, 0 },
        { FANN_TRAIN_RPROP, "delta_zero 0", 0.0f, 0 },
        { FANN_TRAIN_RPROP, "delta_min 5 > delta_max 1", 5.0f, 1.0f },
        { FANN_TRAIN_RPROP, "increase 0.5 decrease 1.5", 0.5f, 1.5f },
        { FANN_TRAIN_RPROP, "delta_max 0", 0.0f, 0 },
        { FANN_TRAIN_QUICKPROP, "decay 0", 0.0f, 0 },
        { FANN_TRAIN_QUICKPROP, "decay +0.01", 0.01f, 0 },
        { FANN_TRAIN_QUICKPROP, "mu 0", 0.0f, 0 },
        { FANN_TRAIN_QUICKPROP, "mu -1 (shrink -inf)", -1.0f, 0 },
        { FANN_TRAIN_SARPROP, "temperature 0", 0.0f, 0 },
        { FANN_TRAIN_SARPROP, "weight_decay_shift 3", 3.0f, 0 },
        { FANN_TRAIN_SARPROP, "step_error_threshold_factor 100", 100.0f, 0 },
        { FANN_TRAIN_SARPROP, "step_error_shift -10, temperature 1", -10.0f, 1.0f },
        { FANN_TRAIN_RPROP, "bit_fail_limit 0", 0.0f, 0 },
        { FANN_TRAIN_RPROP, "bit_fail_limit -0.1", -0.1f, 0 },
        { FANN_TRAIN_RPROP, "bit_fail_limit NaN", NAN, 0 },
    };
    unsigned int i;
    for (i = 0; i < sizeof(P) / sizeof(P[0]); i++) {
        unsigned int k = case_no++;
        struct fann *ann;
        printf("=== case %u: odd %s %s (diabetes, shortcut 8-4-2)\n", k, ALG[P[i].alg], P[i].what);
        seed_rand(8000 + k);
        ann = fann_create_shortcut(3, 8, 4, 2);
        fann_set_training_algorithm(ann, P[i].alg);
        fann_set_learning_momentum(ann, 0.2f);
        switch (i) {
        case 0: case 1: case 4: case 5: fann_set_learning_rate(ann, P[i].v1); break;
        case 2: case 3: fann_set_learning_momentum(ann, P[i].v1); break;
        case 6: fann_set_rprop_delta_zero(ann, P[i].v1); break;
        case 7:
            fann_set_rprop_delta_min(ann, P[i].v1);
            fann_set_rprop_delta_max(ann, P[i].v2);
            break;
        case 8:
            fann_set_rprop_increase_factor(ann, P[i].v1);
            fann_set_rprop_decrease_factor(ann, P[i].v2);
            break;
        case 9: fann_set_rprop_delta_max(ann, P[i].v1); break;
        case 10: case 11: fann_set_quickprop_decay(ann, P[i].v1); break;
        case 12: case 13: fann_set_quickprop_mu(ann, P[i].v1); break;
        case 14: fann_set_sarprop_temperature(ann, P[i].v1); break;
        case 15: fann_set_sarprop_weight_decay_shift(ann, P[i].v1); break;
        case 16: fann_set_sarprop_step_error_threshold_factor(ann, P[i].v1); break;
        case 17:
            fann_set_sarprop_step_error_shift(ann, P[i].v1);
            fann_set_sarprop_temperature(ann, P[i].v2);
            break;
        default: fann_set_bit_fail_limit(ann, (fann_type)P[i].v1); break;
        }
        fann_randomize_weights(ann, (fann_type)-0.5, (fann_type)0.5);
        run_compact(ann, SETS[1].data, 40);
        finish_case(ann);
        fann_destroy(ann);
    }
}

/* steepness 0, negative, tiny and huge (the sum clamp is +-150/steepness,
 * with a negative steepness its bounds swap roles) */
static void steepness_sweep(void)
{
    static const enum fann_activationfunc_enum F[] = {
        FANN_SIGMOID_SYMMETRIC, FANN_SIGMOID, FANN_LINEAR, FANN_GAUSSIAN, FANN_ELLIOT,
        FANN_SIN_SYMMETRIC, FANN_COS, FANN_LINEAR_PIECE, FANN_SIGMOID_STEPWISE,
    };
    static const double S[] = { 0.0, -0.5, 1e-3, 1e4 };
    unsigned int f, si;
    for (f = 0; f < sizeof(F) / sizeof(F[0]); f++) {
        for (si = 0; si < 4; si++) {
            unsigned int k = case_no++;
            struct fann *ann;
            printf("=== case %u: steepness %g %s (RPROP then BATCH, xor 2-3-2-1)\n", k, S[si],
                   ACT[F[f]]);
            seed_rand(8100 + k);
            ann = fann_create_standard_array(SETS[0].nlayers, SETS[0].layers);
            fann_set_activation_function_hidden(ann, F[f]);
            fann_set_activation_function_output(ann, F[f]);
            fann_set_activation_steepness_hidden(ann, (fann_type)S[si]);
            fann_set_activation_steepness_output(ann, (fann_type)S[(si + 1) % 4]);
            fann_randomize_weights(ann, (fann_type)-2, (fann_type)2);
            run_compact(ann, SETS[0].data, 20);
            fann_set_training_algorithm(ann, FANN_TRAIN_BATCH);
            run_compact(ann, SETS[0].data, 10);
            finish_case(ann);
            fann_destroy(ann);
        }
    }
}

int main(void)
{
    unsigned int i;
    setup_tmpdir();
    load_sets();
    matrix();
    shuffled();
    activation_sweep();
    switches();
    spec_cases();
    long_runs();
    state_ops();
    odd_params();
    steepness_sweep();
    for (i = 0; i < NSETS; i++)
        fann_destroy_train(SETS[i].data);
    return 0;
}
