/*
 * threads.c - concurrency test of the FANN libraries.
 *
 * Build one variant with -DVARIANT_FLOAT, -DVARIANT_DOUBLE or -DVARIANT_FIXED against
 * our headers, -pthread, and the matching library; run it in a scratch directory (it
 * writes threads_*.net files there). tests/robustness/run.sh does that, plain and under
 * ThreadSanitizer.
 *
 * The same job is first run for ids 0..NTHREADS-1 one after the other in the main thread,
 * then by NTHREADS threads at the same time (all released together by a barrier; each
 * thread runs its job REPEAT times and every repetition is compared). Each
 * job, on its own objects:
 *   - creates a 3-5-2 network and sets deterministic weights with fann_set_weights;
 *   - trains it with RPROP for 50 epochs (fann_train_on_data, with a callback that
 *     counts its calls in the net's user_data) on its own generated 8-pattern data set;
 *   - saves it to its own file, loads it back, runs the loaded net on every pattern, runs
 *     fann_test_data, and copies it with fann_copy;
 *   - cascade-trains a 3-2 shortcut network (3 neurons, reports off);
 *   - provokes errors over and over (layer/neuron indexes out of range on its net, a bad
 *     subset of its data) and checks that errno and the fann_get_errstr text are its own.
 * The fixed-point library has no training or cascade functions: its job creates, sets
 * weights, runs, saves, loads, runs, tests and provokes errors.
 * Every thread's results (weights, outputs, MSEs, counts) must equal the sequential run's
 * bit for bit, and every saved file must be byte-identical to the sequential one.
 *
 * libc rand() is one state shared by the whole process, and the library draws from it
 * when it creates networks and cascade candidates. So that every job is reproducible
 * whatever the interleaving, this program defines rand() and srand() itself with a
 * per-thread state: the library's calls bind to these (checked at start-up), and
 * fann_disable_seed_rand() keeps fann_create_* from reseeding.
 *
 * Exit status: 0 if all matched, 1 on any mismatch or failed check.
 */
#define _POSIX_C_SOURCE 200809L

#include <math.h>
#include <stddef.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#if defined(VARIANT_FLOAT)
#include <floatfann.h>
#define VARIANT "float"
#elif defined(VARIANT_DOUBLE)
#include <doublefann.h>
#define VARIANT "double"
#elif defined(VARIANT_FIXED)
#include <fixedfann.h>
#define VARIANT "fixed"
#else
#error "define VARIANT_FLOAT, VARIANT_DOUBLE or VARIANT_FIXED"
#endif

#ifdef FIXEDFANN
#define FT(x) ((fann_type)floor((x) * 256.0 + 0.5))
#else
#define FT(x) ((fann_type)(x))
#endif

#define NTHREADS 8
#define NPAT 8
#define NIN 3
#define NOUT 2
#define MAXW 256
#define ERROR_ROUNDS 100
#define RUN_ROUNDS 2000
#define REPEAT 25 /* each thread repeats its job, every result compared */

/* ---- per-thread rand()/srand() (see the header comment) ---- */
static __thread unsigned long long rand_state = 1;

int rand(void)
{
    rand_state = rand_state * 6364136223846793005ULL + 1442695040888963407ULL;
    return (int)((rand_state >> 33) & 0x7fffffffULL);
}

void srand(unsigned int seed)
{
    rand_state = seed;
}

struct result {
    unsigned int conn_trained;
    fann_type w_trained[MAXW];
    float mse_trained;
    unsigned int callback_calls;
    unsigned int conn_loaded;
    fann_type w_loaded[MAXW];
    fann_type out_loaded[NPAT * NOUT];
    fann_type out_copy[NPAT * NOUT];
    float mse_test;
    unsigned int bit_fail_test;
    unsigned int casc_neurons, casc_conn;
    fann_type w_casc[MAXW];
    fann_type out_casc[NPAT * NOUT];
    float mse_casc;
    unsigned int error_checks; /* successful error checks (must be the same count) */
    unsigned int failures;     /* failed checks (must be 0) */
    char fail_msg[256];
};

static struct result seq[NTHREADS], par[NTHREADS];
static pthread_barrier_t start_barrier;

static void fail(struct result *r, const char *fmt, const char *detail, long a, long b)
{
    if (r->failures++ == 0) {
        snprintf(r->fail_msg, sizeof r->fail_msg, fmt, detail, a, b);
    }
}

static struct fann_train_data *make_data(int id)
{
    struct fann_train_data *d = fann_create_train(NPAT, NIN, NOUT);
    unsigned int p, j;
    if (!d)
        return NULL;
    for (p = 0; p < NPAT; p++) {
        for (j = 0; j < NIN; j++)
            d->input[p][j] = FT(sin(p * 1.3 + j * 0.7 + id * 0.11));
        for (j = 0; j < NOUT; j++)
            d->output[p][j] = FT(0.8 * cos(p * 0.9 + j + id * 0.05));
    }
    return d;
}

static void set_det_weights(struct fann *ann, int id)
{
    fann_type w[MAXW];
    unsigned int i, n = fann_get_total_connections(ann);
    for (i = 0; i < n && i < MAXW; i++)
        w[i] = FT((double)((int)((i * 7 + (unsigned int)id * 13) % 19) - 9) / 30.0);
    fann_set_weights(ann, w);
}

static void get_weights(struct fann *ann, unsigned int *count, fann_type *w)
{
    *count = fann_get_total_connections(ann);
    if (*count <= MAXW)
        fann_get_weights(ann, w);
}

static void run_all(struct fann *ann, struct fann_train_data *d, fann_type *out)
{
    unsigned int p, k;
    for (p = 0; p < NPAT; p++) {
        fann_type *o = fann_run(ann, d->input[p]);
        for (k = 0; k < NOUT; k++)
            out[p * NOUT + k] = o ? o[k] : FT(-999);
    }
}

#ifndef FIXEDFANN
static int FANN_API count_calls(struct fann *ann, struct fann_train_data *train,
                                unsigned int max_epochs, unsigned int epochs_between_reports,
                                float desired_error, unsigned int epochs)
{
    unsigned int *calls = fann_get_user_data(ann);
    (void)train; (void)max_epochs; (void)epochs_between_reports; (void)desired_error;
    (void)epochs;
    if (calls)
        (*calls)++;
    return 0;
}
#endif

/* Errors on this job's own objects; errno and message must be this job's. */
static void provoke_errors(struct result *r, struct fann *ann, struct fann_train_data *d, int id)
{
    int k;
    char want[128];
    for (k = 0; k < ERROR_ROUNDS; k++) {
        int layer = 1000 + id * 100 + k;
        int neuron = -(2 + id * 100 + k);
        unsigned int pos = 5000u + (unsigned int)(id * 100 + k);
        const char *s;
        struct fann_train_data *sub;

        if ((int)fann_get_activation_function(ann, layer, 0) != -1)
            fail(r, "%s: bad layer %ld not refused (%ld)", "get_activation_function", layer, 0);
        if (fann_get_errno((struct fann_error *)ann) != FANN_E_INDEX_OUT_OF_BOUND)
            fail(r, "%s: errno %ld after layer %ld", "ann",
                 (long)fann_get_errno((struct fann_error *)ann), layer);
        snprintf(want, sizeof want, "Index %d is out of bound.\n", layer);
        s = fann_get_errstr((struct fann_error *)ann);
        if (!s || strcmp(s, want) != 0)
            fail(r, "%s: wrong errstr after layer %ld (%ld)", "ann", layer, 0);
        else
            r->error_checks++;
        if (fann_get_errno((struct fann_error *)ann) != 0)
            fail(r, "%s: errno %ld after fann_get_errstr (%ld)", "ann",
                 (long)fann_get_errno((struct fann_error *)ann), 0);

        fann_set_activation_steepness(ann, FT(0.5), 1, neuron);
        snprintf(want, sizeof want, "Index %d is out of bound.\n", neuron);
        s = fann_get_errstr((struct fann_error *)ann);
        if (!s || strcmp(s, want) != 0)
            fail(r, "%s: wrong errstr after neuron %ld (%ld)", "ann", neuron, 0);
        else
            r->error_checks++;

        sub = fann_subset_train_data(d, pos, 1);
        if (sub) {
            fail(r, "%s: subset at %ld accepted (%ld)", "data", (long)pos, 0);
            fann_destroy_train(sub);
        }
        if (fann_get_errno((struct fann_error *)d) != FANN_E_TRAIN_DATA_SUBSET)
            fail(r, "%s: errno %ld after subset at %ld", "data",
                 (long)fann_get_errno((struct fann_error *)d), (long)pos);
        /* the net's state must not have been touched by the data's error */
        if (fann_get_errno((struct fann_error *)ann) != 0)
            fail(r, "%s: net errno %ld changed by a data error (%ld)", "ann",
                 (long)fann_get_errno((struct fann_error *)ann), 0);
        snprintf(want, sizeof want,
                 "Subset from %u of length 1 not valid in training set of length %d.\n",
                 pos, NPAT);
        s = fann_get_errstr((struct fann_error *)d);
        if (!s || strcmp(s, want) != 0)
            fail(r, "%s: wrong errstr after subset at %ld (%ld)", "data", (long)pos, 0);
        else
            r->error_checks++;
    }
}

static void job(int id, struct result *r)
{
    char file[64];
    struct fann *ann, *loaded, *copy;
    struct fann_train_data *d = make_data(id);
    unsigned int i;
    fann_type in[NIN];

    memset(r, 0, sizeof *r);
    snprintf(file, sizeof file, "threads_%s_%s_%d.net", VARIANT, r == &seq[id] ? "seq" : "par", id);
    if (!d) {
        fail(r, "%s: fann_create_train failed (%ld %ld)", "data", 0, 0);
        return;
    }
    srand(100u + (unsigned int)id);
    ann = fann_create_standard(3, NIN, 5, NOUT);
    if (!ann) {
        fail(r, "%s: fann_create_standard failed (%ld %ld)", "ann", 0, 0);
        fann_destroy_train(d);
        return;
    }
    set_det_weights(ann, id);
#ifndef FIXEDFANN
    fann_set_activation_function_hidden(ann, FANN_SIGMOID_SYMMETRIC);
    fann_set_activation_function_output(ann, FANN_SIGMOID_SYMMETRIC);
    fann_set_training_algorithm(ann, FANN_TRAIN_RPROP);
    fann_set_callback(ann, count_calls);
    fann_set_user_data(ann, &r->callback_calls);
    fann_train_on_data(ann, d, 50, 10, 0.0f);
    r->mse_trained = fann_get_MSE(ann);
    fann_set_callback(ann, NULL);
    fann_set_user_data(ann, NULL);
#endif
    get_weights(ann, &r->conn_trained, r->w_trained);

    /* many runs on the live net (the output buffer is per net) */
    for (i = 0; i < RUN_ROUNDS; i++) {
        in[0] = FT((i % 100) * 0.01);
        in[1] = FT(-0.5);
        in[2] = FT(id * 0.1);
        fann_run(ann, in);
    }

    if (fann_save(ann, file) != 0)
        fail(r, "%s: fann_save failed (%ld %ld)", file, 0, 0);
    loaded = fann_create_from_file(file);
    if (!loaded) {
        fail(r, "%s: fann_create_from_file failed (%ld %ld)", file, 0, 0);
    } else {
        get_weights(loaded, &r->conn_loaded, r->w_loaded);
        run_all(loaded, d, r->out_loaded);
        r->mse_test = fann_test_data(loaded, d);
        r->bit_fail_test = fann_get_bit_fail(loaded);
        copy = fann_copy(loaded);
        if (copy) {
            run_all(copy, d, r->out_copy);
            fann_destroy(copy);
        } else {
            fail(r, "%s: fann_copy failed (%ld %ld)", "ann", 0, 0);
        }
        provoke_errors(r, loaded, d, id);
        fann_destroy(loaded);
    }
    provoke_errors(r, ann, d, id);
    fann_destroy(ann);

#ifndef FIXEDFANN
    {
        enum fann_activationfunc_enum funcs[2] = { FANN_SIGMOID_SYMMETRIC, FANN_GAUSSIAN };
        fann_type steep[2] = { FT(0.5), FT(1.0) };
        struct fann *sc = fann_create_shortcut(2, NIN, NOUT);
        if (!sc) {
            fail(r, "%s: fann_create_shortcut failed (%ld %ld)", "ann", 0, 0);
        } else {
            set_det_weights(sc, id + 50);
            fann_set_activation_function_output(sc, FANN_SIGMOID_SYMMETRIC);
            fann_set_training_algorithm(sc, FANN_TRAIN_RPROP);
            fann_set_cascade_activation_functions(sc, funcs, 2);
            fann_set_cascade_activation_steepnesses(sc, steep, 2);
            fann_set_cascade_num_candidate_groups(sc, 1);
            fann_set_cascade_max_out_epochs(sc, 40);
            fann_set_cascade_min_out_epochs(sc, 10);
            fann_set_cascade_max_cand_epochs(sc, 40);
            fann_set_cascade_min_cand_epochs(sc, 10);
            srand(7000u + (unsigned int)id); /* candidate weights come from rand() */
            fann_cascadetrain_on_data(sc, d, 3, 0, 0.0f);
            r->casc_neurons = fann_get_total_neurons(sc);
            get_weights(sc, &r->casc_conn, r->w_casc);
            run_all(sc, d, r->out_casc);
            r->mse_casc = fann_test_data(sc, d);
            provoke_errors(r, sc, d, id);
            fann_destroy(sc);
        }
    }
#endif
    fann_destroy_train(d);
}

static unsigned int repeat_mismatches[NTHREADS];

static void *thread_main(void *arg)
{
    int id = (int)(long)arg, k;
    pthread_barrier_wait(&start_barrier);
    for (k = 0; k < REPEAT; k++) {
        job(id, &par[id]);
        /* fail_msg may differ only if there are failures, reported separately */
        if (k + 1 < REPEAT && memcmp(&par[id], &seq[id], offsetof(struct result, failures)) != 0)
            repeat_mismatches[id]++;
    }
    return NULL;
}

static int same_file(const char *a, const char *b)
{
    FILE *fa = fopen(a, "rb"), *fb = fopen(b, "rb");
    int ca, cb, same = fa && fb;
    while (same) {
        ca = getc(fa);
        cb = getc(fb);
        if (ca != cb)
            same = 0;
        if (ca == EOF || cb == EOF)
            break;
    }
    if (fa)
        fclose(fa);
    if (fb)
        fclose(fb);
    return same;
}

#define CMP(field)                                                                     \
    do {                                                                               \
        if (memcmp(&seq[id].field, &par[id].field, sizeof seq[id].field) != 0) {       \
            printf("MISMATCH thread %d: %s differs from the sequential run\n", id,      \
                   #field);                                                            \
            bad = 1;                                                                   \
        }                                                                              \
    } while (0)

/* Is the library's rand() ours? fann_randomize_weights(-1, 1) after srand(s) must give
   fann_rand's formula applied to our generator's first value. */
static int rand_is_interposed(void)
{
    struct fann *ann = fann_create_standard(2, 1, 1);
    fann_type w[4];
    float expect;
    int r0, ok;
    if (!ann)
        return 0;
    srand(12345);
    r0 = rand();
    srand(12345);
    fann_randomize_weights(ann, FT(-1), FT(1));
    fann_get_weights(ann, w);
    expect = ((float)FT(-1)) + (((float)FT(1) - ((float)FT(-1))) * r0 / (RAND_MAX + 1.0f));
    ok = (fann_type)expect == w[0];
    fann_destroy(ann);
    return ok;
}

int main(void)
{
    pthread_t th[NTHREADS];
    int id, bad = 0;
    char a[64], b[64];

    setvbuf(stdout, NULL, _IONBF, 0);
    fann_disable_seed_rand();
    /* errors are provoked by the thousand: keep them off the terminal (errstr still set) */
    fann_set_error_log(NULL, NULL);

    if (!rand_is_interposed()) {
        printf("FAIL: the library's rand() is not this program's per-thread rand()\n");
        return 1;
    }

    for (id = 0; id < NTHREADS; id++)
        job(id, &seq[id]);

    pthread_barrier_init(&start_barrier, NULL, NTHREADS);
    for (id = 0; id < NTHREADS; id++) {
        if (pthread_create(&th[id], NULL, thread_main, (void *)(long)id) != 0) {
            printf("FAIL: pthread_create\n");
            return 1;
        }
    }
    for (id = 0; id < NTHREADS; id++)
        pthread_join(th[id], NULL);
    pthread_barrier_destroy(&start_barrier);

    for (id = 0; id < NTHREADS; id++) {
        if (seq[id].failures) {
            printf("FAIL sequential job %d: %u failed checks, first: %s\n", id,
                   seq[id].failures, seq[id].fail_msg);
            bad = 1;
        }
        if (par[id].failures) {
            printf("FAIL thread %d: %u failed checks, first: %s\n", id, par[id].failures,
                   par[id].fail_msg);
            bad = 1;
        }
        if (repeat_mismatches[id]) {
            printf("MISMATCH thread %d: %u of its first %d repetitions differ from the "
                   "sequential run\n", id, repeat_mismatches[id], REPEAT - 1);
            bad = 1;
        }
        CMP(conn_trained);
        CMP(w_trained);
        CMP(mse_trained);
        CMP(callback_calls);
        CMP(conn_loaded);
        CMP(w_loaded);
        CMP(out_loaded);
        CMP(out_copy);
        CMP(mse_test);
        CMP(bit_fail_test);
        CMP(casc_neurons);
        CMP(casc_conn);
        CMP(w_casc);
        CMP(out_casc);
        CMP(mse_casc);
        CMP(error_checks);
        snprintf(a, sizeof a, "threads_%s_seq_%d.net", VARIANT, id);
        snprintf(b, sizeof b, "threads_%s_par_%d.net", VARIANT, id);
        if (!same_file(a, b)) {
            printf("MISMATCH thread %d: %s and %s differ\n", id, a, b);
            bad = 1;
        }
        if (!bad || id == 0)
            printf("job %d: %u+%u connections, train MSE %.9g, %u callbacks, test MSE %.9g, "
                   "cascade %u neurons MSE %.9g, %u error checks\n",
                   id, seq[id].conn_trained, seq[id].casc_conn, (double)seq[id].mse_trained,
                   seq[id].callback_calls, (double)seq[id].mse_test, seq[id].casc_neurons,
                   (double)seq[id].mse_casc, seq[id].error_checks);
        remove(a);
        remove(b);
    }
    /* distinct jobs must really differ (a constant result would prove nothing) */
    if (memcmp(seq[0].out_loaded, seq[1].out_loaded, sizeof seq[0].out_loaded) == 0) {
        printf("FAIL: jobs 0 and 1 gave identical outputs\n");
        bad = 1;
    }
    printf("threads (%s): %s\n", VARIANT, bad ? "FAILED" : "all threads matched the sequential run");
    return bad;
}
