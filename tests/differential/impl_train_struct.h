/*
 * impl_train_struct.h - the training state as a client sees it in the
 * public struct fann (api.md 3.2-3.4, algorithms.md 6.1): after creation,
 * fann_test, fann_train and every epoch of each algorithm it prints
 *   MSE_value, num_MSE, num_bit_fail, sarprop_epoch, training_algorithm,
 *   which of train_errors / train_slopes / prev_steps / prev_train_slopes /
 *   prev_weights_deltas are allocated, and their contents (bit exact),
 *   the sum and value of every neuron;
 * and checks that weights written directly into ann->weights between
 * epochs (custom initialisers do this) are the ones training continues
 * from.  Kept apart from *_training so that a difference in these
 * internals does not hide the trajectories.
 */

static const char *const ALGS[] = { "INCREMENTAL", "BATCH", "RPROP", "QUICKPROP", "SARPROP" };

static void print_arr(const char *name, const fann_type *a, unsigned int n)
{
    unsigned int i;
    printf("  %s:", name);
    if (a == NULL) {
        printf(" NULL\n");
        return;
    }
    for (i = 0; i < n; i++) {
        printf(" ");
        pt(a[i]);
    }
    printf("\n");
}

static void dump_train_state(struct fann *ann, const char *tag)
{
    printf(" [%s] MSE_value=", tag);
    pf32(ann->MSE_value);
    printf(" num_MSE=%u num_bit_fail=%u sarprop_epoch=%u training_algorithm=%d\n", ann->num_MSE,
           ann->num_bit_fail, ann->sarprop_epoch, (int)ann->training_algorithm);
    print_arr("train_errors", ann->train_errors, ann->total_neurons);
    print_arr("train_slopes", ann->train_slopes, ann->total_connections);
    print_arr("prev_steps", ann->prev_steps, ann->total_connections);
    print_arr("prev_train_slopes", ann->prev_train_slopes, ann->total_connections);
    print_arr("prev_weights_deltas", ann->prev_weights_deltas, ann->total_connections);
    dump_neuron_state(ann);
    dump_weights(ann);
}

static struct fann_train_data *xor4(void)
{
    struct fann_train_data *d = fann_create_train(4, 2, 1);
    unsigned int i;
    for (i = 0; i < 4; i++) {
        d->input[i][0] = (fann_type)((i & 2) ? 1 : -1);
        d->input[i][1] = (fann_type)((i & 1) ? 1 : -1);
        d->output[i][0] = (fann_type)((i == 1 || i == 2) ? 1 : -1);
    }
    return d;
}

static struct fann *make(unsigned int kind, unsigned int seed)
{
    struct fann *ann;
    seed_rand(seed);
    if (kind == 0)
        ann = fann_create_standard(4, 2, 3, 2, 1);
    else if (kind == 1)
        ann = fann_create_sparse(0.7f, 4, 2, 3, 2, 1);
    else
        ann = fann_create_shortcut(4, 2, 3, 2, 1);
    fann_set_activation_function_hidden(ann, FANN_SIGMOID_SYMMETRIC);
    fann_set_activation_function_output(ann, FANN_SIGMOID_SYMMETRIC);
    fann_set_learning_momentum(ann, 0.5f);
    fann_randomize_weights(ann, (fann_type)-0.7, (fann_type)0.7);
    return ann;
}

int main(void)
{
    static const char *const kinds[] = { "standard 2-3-2-1", "sparse0.7 2-3-2-1",
                                         "shortcut 2-3-2-1" };
    struct fann_train_data *d = xor4();
    unsigned int kind, alg, e, i;

    for (kind = 0; kind < 3; kind++) {
        for (alg = 0; alg < 5; alg++) {
            struct fann *ann = make(kind, 10 * kind + alg + 1);
            char tag[40];
            printf("=== %s %s\n", kinds[kind], ALGS[alg]);
            fann_set_training_algorithm(ann, (enum fann_train_enum)alg);
            dump_train_state(ann, "created");
            fann_test(ann, d->input[1], d->output[1]);
            dump_train_state(ann, "after fann_test");
            for (e = 1; e <= 3; e++) {
                float mse = fann_train_epoch(ann, d);
                printf(" epoch %u -> ", e);
                pf32(mse);
                printf("\n");
                snprintf(tag, sizeof(tag), "after epoch %u", e);
                dump_train_state(ann, tag);
            }
            /* direct writes into the weight array */
            for (i = 0; i < ann->total_connections; i += 2)
                ann->weights[i] = (fann_type)(0.05 * (double)i - 0.3);
            printf(" weights written directly\n");
            e = 4;
            printf(" epoch 4 -> ");
            pf32(fann_train_epoch(ann, d));
            printf("\n");
            dump_train_state(ann, "after epoch 4");
            fann_randomize_weights(ann, (fann_type)-0.1, (fann_type)0.1);
            dump_train_state(ann, "after randomize_weights");
            fann_train(ann, d->input[2], d->output[2]);
            dump_train_state(ann, "after fann_train");
            printf(" next rand %d\n", rand());
            fann_destroy(ann);
        }
    }
    fann_destroy_train(d);
    return 0;
}
