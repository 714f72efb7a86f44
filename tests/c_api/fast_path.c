/* The fast training path (the default; FANN_EXACT unset) against the exact one in the
 * double library: over 20 epochs of each algorithm (incremental also with momentum, and
 * with momentum switched on halfway, which reads the deltas the fast path keeps), on a
 * layered and a shortcut net (and on a wide pair whose first layer goes by blocks), the per-epoch MSEs agree within 1e-6 relative; two fast-path threads agree
 * with one within 1e-5 (their summation order differs, and the difference grows). Also the extensions' getters/setters and that fann_copy keeps the choices. */
#include <math.h>
#include <stdio.h>
#include "doublefann.h"

extern void fann_set_exact(struct fann *ann, int exact);
extern int fann_get_exact(struct fann *ann);
extern void fann_set_num_threads(struct fann *ann, unsigned int num_threads);
extern unsigned int fann_get_num_threads(struct fann *ann);

static double worst = 0, worst_threads = 0;

/* momentum: 0, a value from the start, or (negative) its magnitude from epoch 10 on */
static void compare(struct fann *proto, struct fann_train_data *data, enum fann_train_enum alg,
                    const char *what, int threads, float momentum)
{
    struct fann *fast = fann_copy(proto), *exact = fann_copy(proto);
    int e;
    fann_set_exact(fast, 0);
    /* the reference: the exact path, or one fast-path thread */
    fann_set_exact(exact, threads == 1);
    fann_set_num_threads(fast, threads);
    fann_set_num_threads(exact, 1);
    fann_set_training_algorithm(fast, alg);
    fann_set_training_algorithm(exact, alg);
    for (e = 0; e < 20; e++) {
        float m = momentum >= 0 ? momentum : (e >= 10 ? -momentum : 0);
        fann_set_learning_momentum(fast, m);
        fann_set_learning_momentum(exact, m);
        srand(100 + e);
        double a = fann_train_epoch(fast, data);
        srand(100 + e);
        double b = fann_train_epoch(exact, data);
        double rel = fabs(a - b) / (fabs(b) > 0 ? fabs(b) : 1);
        /* threads sum their chunks' float MSEs and slopes in another order, and the
         * difference grows over the epochs: 1e-5 for them, 1e-6 against the exact path */
        double bound = threads == 1 ? 1e-6 : 1e-5;
        if (threads == 1 && rel > worst)
            worst = rel;
        if (threads > 1 && rel > worst_threads)
            worst_threads = rel;
        if (rel > bound)
            printf("%s %s momentum %g %d threads epoch %d: fast %.17g reference %.17g\n",
                   what, FANN_TRAIN_NAMES[alg], momentum, threads, e, a, b);
    }
    fann_destroy(fast);
    fann_destroy(exact);
}

int main(int argc, char **argv)
{
    char path[512];
    struct fann_train_data *data;
    struct fann *layered, *shortcut;
    enum fann_train_enum algs[5] = {FANN_TRAIN_INCREMENTAL, FANN_TRAIN_BATCH, FANN_TRAIN_RPROP,
                                    FANN_TRAIN_QUICKPROP, FANN_TRAIN_SARPROP};
    int i;

    if (argc < 3)
        return 2;
    snprintf(path, sizeof(path), "%s/diabetes.train", argv[2]);
    data = fann_read_train_from_file(path);
    layered = fann_create_standard(4, 8, 12, 6, 2);
    shortcut = fann_create_shortcut(3, 8, 5, 2);
    srand(1);
    fann_randomize_weights(layered, -0.3, 0.3);
    fann_randomize_weights(shortcut, -0.3, 0.3);
    fann_set_exact(layered, 0);
    printf("fast by default: %d, set: %d\n", !fann_get_exact(shortcut), !fann_get_exact(layered));
    {
        struct fann *c = fann_copy(layered);
        printf("copy keeps the path: %d\n", fann_get_exact(c) == fann_get_exact(layered));
        fann_destroy(c);
    }
    fann_set_num_threads(layered, 0);
    printf("threads: default %u, 0 -> %u", fann_get_num_threads(shortcut),
           fann_get_num_threads(layered));
    fann_set_num_threads(layered, 100000);
    printf(", 100000 -> %u", fann_get_num_threads(layered));
    fann_set_num_threads(layered, 2);
    {
        struct fann *c = fann_copy(layered);
        printf(", copy keeps 2: %d\n", fann_get_num_threads(c) == 2);
        fann_destroy(c);
    }
    fann_set_num_threads(NULL, 2);
    printf("NULL: %u\n", fann_get_num_threads(NULL));
    for (i = 0; i < 5; i++) {
        compare(layered, data, algs[i], "layered", 1, 0);
        compare(shortcut, data, algs[i], "shortcut", 1, 0);
        compare(layered, data, algs[i], "layered", 2, 0);
        compare(shortcut, data, algs[i], "shortcut", 2, 0);
    }
    {
        /* a first layer large enough to go by blocks of samples (100 samples: blocks of
         * 48, 48 and 4), without momentum and with it switched on halfway (it then reads the
         * deltas the blocks left) */
        struct fann_train_data *wide = fann_create_train(100, 180, 2);
        struct fann *wl = fann_create_standard(3, 180, 100, 2);
        struct fann *ws = fann_create_shortcut(3, 180, 100, 2);
        unsigned int r, c;
        for (r = 0; r < 100; r++) {
            for (c = 0; c < 180; c++)
                wide->input[r][c] = 0.2 * sin(0.37 * r + 1.3 * c);
            wide->output[r][0] = r % 3 == 0;
            wide->output[r][1] = 0.5 + 0.4 * cos(0.7 * r);
        }
        srand(2);
        fann_randomize_weights(wl, -0.1, 0.1);
        fann_randomize_weights(ws, -0.1, 0.1);
        /* a rate at which training is stable: an unstable one amplifies any rounding */
        fann_set_learning_rate(wl, 0.1f);
        fann_set_learning_rate(ws, 0.1f);
        compare(wl, wide, FANN_TRAIN_INCREMENTAL, "wide layered", 1, 0);
        compare(ws, wide, FANN_TRAIN_INCREMENTAL, "wide shortcut", 1, 0);
        compare(wl, wide, FANN_TRAIN_INCREMENTAL, "wide layered", 1, -0.6f);
        compare(ws, wide, FANN_TRAIN_INCREMENTAL, "wide shortcut", 1, -0.6f);
        fann_destroy(wl);
        fann_destroy(ws);
        fann_destroy_train(wide);
    }
    compare(layered, data, FANN_TRAIN_INCREMENTAL, "layered", 1, 0.4f);
    compare(shortcut, data, FANN_TRAIN_INCREMENTAL, "shortcut", 1, 0.4f);
    compare(layered, data, FANN_TRAIN_INCREMENTAL, "layered", 1, -0.6f);
    compare(shortcut, data, FANN_TRAIN_INCREMENTAL, "shortcut", 1, -0.6f);
    {
        /* fann_test_data: fast against exact, MSE and bit fail */
        struct fann *nets[2] = {layered, shortcut};
        int k, ok = 1;
        for (k = 0; k < 2; k++) {
            fann_set_exact(nets[k], 1);
            double b = fann_test_data(nets[k], data);
            unsigned int bf_b = fann_get_bit_fail(nets[k]);
            fann_type out_b = fann_get_MSE(nets[k]) >= 0 ? nets[k]->output[0] : 0;
            fann_set_exact(nets[k], 0);
            double a = fann_test_data(nets[k], data);
            unsigned int bf_a = fann_get_bit_fail(nets[k]);
            fann_type out_a = nets[k]->output[0];
            if (fabs(a - b) > 1e-6 * fabs(b) || bf_a != bf_b || fabs(out_a - out_b) > 1e-9) {
                printf("test_data net %d: fast %.17g (%u) exact %.17g (%u), last output %.17g %.17g\n",
                       k, a, bf_a, b, bf_b, out_a, out_b);
                ok = 0;
            }
        }
        printf("fann_test_data fast within 1e-6 of exact, same bit fail: %d\n", ok);
    }
    printf("largest relative MSE difference below 1e-6: %d\n", worst < 1e-6);
    printf("two threads against one below 1e-5: %d\n", worst_threads < 1e-5);
    fann_destroy(layered);
    fann_destroy(shortcut);
    fann_destroy_train(data);
    return 0;
}
