/*
 * cascade_util.h - helpers shared by impl_cascade.h and impl_cascade_bad.h (include
 * after common.h, the FANN variant header and fann_dump.h): the data sets, labels that
 * go to stdout and stderr, weight hash and dump, MSE state, probe inputs, the full
 * report on a net after a cascade run (struct walk, getters, fann_run, fann_test_data,
 * fann_save bytes, reload, re-save), a reporting callback and the cascade call itself.
 */
#ifndef DIFF_CASCADE_UTIL_H
#define DIFF_CASCADE_UTIL_H

#include "fileutil.h"

static const char *const ALG[] = { "INCREMENTAL", "BATCH", "RPROP", "QUICKPROP", "SARPROP" };
static const char *const ACT[] = {
    "LINEAR", "THRESHOLD", "THRESHOLD_SYMMETRIC", "SIGMOID", "SIGMOID_STEPWISE",
    "SIGMOID_SYMMETRIC", "SIGMOID_SYMMETRIC_STEPWISE", "GAUSSIAN", "GAUSSIAN_SYMMETRIC",
    "GAUSSIAN_STEPWISE", "ELLIOT", "ELLIOT_SYMMETRIC", "LINEAR_PIECE", "LINEAR_PIECE_SYMMETRIC",
    "SIN_SYMMETRIC", "COS_SYMMETRIC", "SIN", "COS",
};
static const char *const ERRFN[] = { "LINEAR", "TANH" };

struct dataset {
    const char *name;
    const char *file;
    unsigned int len; /* patterns used (subset from 0) */
    struct fann_train_data *data;
};
enum { XOR, SPIRAL, BUILDING, DIABETES };
static struct dataset SETS[] = {
    { "xor", "files/xor.data", 4, NULL },
    { "two-spiral", "files/two-spiral.train", 193, NULL },
    { "building", "files/building_300.data", 100, NULL },
    { "diabetes", "files/diabetes.train", 120, NULL },
};
#define NSETS (sizeof(SETS) / sizeof(SETS[0]))

HELPER void label(const char *fmt, unsigned int k, const char *title)
{
    printf(fmt, k, title);
    fflush(stdout);
    fprintf(stderr, fmt, k, title);
}

HELPER void load_sets(void)
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

HELPER unsigned long long weights_hash(struct fann *ann)
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
HELPER void print_weights(struct fann *ann)
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

HELPER void print_mse_state(const char *tag, struct fann *ann)
{
    printf("  %s MSE=", tag);
    pf32(fann_get_MSE(ann));
    printf(" bit_fail=%u num_MSE=%u MSE_value=", fann_get_bit_fail(ann), ann->num_MSE);
    pf32(ann->MSE_value);
    printf(" errno=%d\n", (int)fann_get_errno((struct fann_error *)ann));
}

/* the inputs used to probe a net: the first patterns of its data set and two
 * pseudo-random vectors (private LCG, never rand()) */
#define NPROBE 6
static fann_type probe_in[NPROBE][16];

HELPER void make_probes(struct fann_train_data *d)
{
    unsigned int p, i;
    lcg_seed(777);
    for (p = 0; p < NPROBE; p++) {
        for (i = 0; i < d->num_input && i < 16; i++) {
            if (p < 4 && p < d->num_data)
                probe_in[p][i] = d->input[p][i];
            else
                probe_in[p][i] = (fann_type)lcg_range(-1.0, 1.0);
        }
    }
}

/* runs every probe; stores the outputs in `out` (NPROBE x num_output) */
HELPER void run_probes(struct fann *ann, fann_type *out, const char *tag)
{
    unsigned int p, j, no = fann_get_num_output(ann);
    for (p = 0; p < NPROBE; p++) {
        fann_type *o = fann_run(ann, probe_in[p]);
        printf("  %s run %u:", tag, p);
        if (o == NULL) {
            printf(" NULL\n");
            continue;
        }
        for (j = 0; j < no; j++) {
            printf(" ");
            pt(o[j]);
            out[p * no + j] = o[j];
        }
        printf("\n");
    }
}

/* Set for grown layered nets: their saved file describes a layered net whose
 * neurons have more connections than the previous layer has neurons, and 2.2.0's
 * fann_run on the reloaded net reads past the end of its neuron array. */
static int report_no_reloaded_run = 0;

/* Everything observable about a net after a cascade run. */
HELPER void report_net(struct fann *ann, struct fann_train_data *d)
{
    unsigned int i, nc = fann_get_cascade_num_candidates(ann);
    unsigned int no = fann_get_num_output(ann);
    fann_type *o1 = calloc((size_t)NPROBE * no + 1, sizeof(fann_type));
    fann_type *o2 = calloc((size_t)NPROBE * no + 1, sizeof(fann_type));
    struct fann *ld;
    int same;

    print_mse_state("after cascade:", ann);
    /* cascade_best_candidate is left uninitialised by 2.2.0's creation (malloc):
     * only meaningful once a candidate phase ran, i.e. when the scores exist */
    printf("  sarprop_epoch=%u candidate scores:", ann->sarprop_epoch);
    if (ann->cascade_candidate_scores == NULL) {
        printf(" NULL\n");
    } else {
        printf(" (cascade_best_candidate=%u)\n", ann->cascade_best_candidate);
        for (i = 0; i < nc; i++) {
            if (i % 4 == 0)
                printf("   s[%u]", i);
            printf(" ");
            pt(ann->cascade_candidate_scores[i]);
            if (i % 4 == 3 || i + 1 == nc)
                printf("\n");
        }
    }
    printf("  weights hash %016llx\n", weights_hash(ann));
    print_weights(ann);
    dump_struct(ann);
    dump_getters(ann);
    run_probes(ann, o1, "net");
    printf("  test_data MSE=");
    pf32(fann_test_data(ann, d));
    printf(" bit_fail=%u\n", fann_get_bit_fail(ann));
    printf("  save -> %d\n", fann_save(ann, "c.net"));
    cat_file("c.net");
    ld = fann_create_from_file("c.net");
    if (ld == NULL) {
        printf("  reload failed\n");
    } else {
        if (report_no_reloaded_run) {
            printf("  reloaded net not run\n");
        } else {
            run_probes(ld, o2, "reloaded");
            same = memcmp(o1, o2, (size_t)NPROBE * no * sizeof(fann_type)) == 0;
            printf("  reloaded outputs identical: %s\n", same ? "yes" : "no");
        }
        fann_save(ld, "c2.net");
        printf("  re-saved file identical: %s\n", same_files("c.net", "c2.net"));
        fann_destroy(ld);
    }
    free(o1);
    free(o2);
}

/* ---------------------------------------------------------------- callback */

static int cb_calls, cb_stop_at;
static struct fann *cb_ann;
static struct fann_train_data *cb_data;

HELPER int FANN_API cascade_callback(struct fann *ann, struct fann_train_data *train,
                                     unsigned int max_neurons, unsigned int between,
                                     float desired_error, unsigned int epochs)
{
    fann_type *o;
    cb_calls++;
    printf("  callback #%d: ann %s, data %s (%u patterns), max_neurons=%u between=%u desired=",
           cb_calls, ann == cb_ann ? "same" : "OTHER",
           train == cb_data ? "same" : cb_data == NULL ? "internal" : "OTHER",
           train != NULL ? train->num_data : 0, max_neurons, between);
    pf32(desired_error);
    printf(" epochs=%u\n   MSE=", epochs);
    pf32(fann_get_MSE(ann));
    printf(" MSE_value=");
    pf32(ann->MSE_value);
    printf(" bit_fail=%u total_neurons=%u total_connections=%u layers=%u user_data=%s\n",
           fann_get_bit_fail(ann), fann_get_total_neurons(ann), fann_get_total_connections(ann),
           fann_get_num_layers(ann),
           fann_get_user_data(ann) == (void *)&cb_stop_at ? "set" : "?");
    /* the connection pointers are stale while cascade trains; weights and
     * fann_run (shortcut nets read neurons by position) are not */
    printf("   weights hash %016llx, run(probe 0):", weights_hash(ann));
    o = fann_run(ann, probe_in[0]);
    if (o == NULL) {
        printf(" NULL");
    } else {
        unsigned int j;
        for (j = 0; j < fann_get_num_output(ann); j++) {
            printf(" ");
            pt(o[j]);
        }
    }
    printf("\n");
    if (cb_stop_at > 0 && cb_calls >= cb_stop_at) {
        printf("  callback returns -1\n");
        return -1;
    }
    return cb_stop_at; /* 0, or a negative value other than -1 (no stop) */
}

HELPER void set_lists(struct fann *ann, const enum fann_activationfunc_enum *f, unsigned int nf,
                      const double *s, unsigned int ns)
{
    fann_type st[8];
    unsigned int i;
    for (i = 0; i < ns; i++)
        st[i] = (fann_type)s[i];
    fann_set_cascade_activation_functions(ann, (enum fann_activationfunc_enum *)f, nf);
    fann_set_cascade_activation_steepnesses(ann, st, ns);
}

HELPER void cascade(struct fann *ann, struct fann_train_data *d, unsigned int max_neurons,
                    unsigned int between, float desired)
{
    printf("  fann_cascadetrain_on_data(max_neurons=%u, between=%u, desired=", max_neurons,
           between);
    pf32(desired);
    printf(")\n");
    FLUSHED(fann_cascadetrain_on_data(ann, d, max_neurons, between, desired));
}

#endif
