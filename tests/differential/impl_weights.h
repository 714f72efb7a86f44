/*
 * impl_weights.h - srand + fann_randomize_weights for several seeds and
 * ranges, fann_init_weights, fann_set_weight, fann_set_weight_array and
 * fann_get_connection_array round trips.
 */

#ifdef FIXEDFANN
static const fann_type ranges[][2] = {
    { -256, 256 }, { 0, 25 }, { -1000, 1000 }, { 5, 5 }, { 100, -100 }, { -3, -1 },
};
#define WV(x) ((fann_type)((x) * 256))
#else
static const fann_type ranges[][2] = {
    { -0.1, 0.1 }, { -1, 1 }, { 0, 1 }, { -5, -2 }, { 3, 3 }, { 1, -1 }, { -1000, 1000 },
    { 1e-6, 2e-6 },
};
#define WV(x) ((fann_type)(x))
#endif
#define NRANGES (sizeof(ranges) / sizeof(ranges[0]))

static void dump_cons(struct fann *ann, const char *label)
{
    unsigned int i, tc = fann_get_total_connections(ann);
    struct fann_connection *c = calloc(tc + 1, sizeof(*c));
    fann_get_connection_array(ann, c);
    printf("%s:", label);
    for (i = 0; i < tc; i++) {
        printf(" %u>%u:", c[i].from_neuron, c[i].to_neuron);
        pt(c[i].weight);
    }
    printf("\n");
    free(c);
}

static void randomize_tests(struct fann *ann, const char *name)
{
    unsigned int r, s;
    static const unsigned int seeds[] = { 0, 1, 7, 42, 12345, 4294967295u };
    for (r = 0; r < NRANGES; r++) {
        for (s = 0; s < sizeof(seeds) / sizeof(seeds[0]); s++) {
            printf("%s randomize seed %u range ", name, seeds[s]);
            pt(ranges[r][0]); printf(" "); pt(ranges[r][1]); printf("\n");
            seed_rand(seeds[s]);
            fann_randomize_weights(ann, ranges[r][0], ranges[r][1]);
            dump_weights(ann);
            printf("next rand %d\n", rand());
        }
    }
}

/* Client-built training data (malloc + fann_init_error_data + contiguous
 * blocks), the way many programs and bindings build it; freed by hand so
 * that this program needs no training-data function of the library. */
static struct fann_train_data *make_data(unsigned int n, unsigned int ni, unsigned int no)
{
    unsigned int i;
    struct fann_train_data *d = malloc(sizeof(*d));
    fann_type *in = calloc((size_t)n * ni, sizeof(fann_type));
    fann_type *out = calloc((size_t)n * no, sizeof(fann_type));
    fann_init_error_data((struct fann_error *)d);
    d->num_data = n;
    d->num_input = ni;
    d->num_output = no;
    d->input = calloc(n, sizeof(fann_type *));
    d->output = calloc(n, sizeof(fann_type *));
    for (i = 0; i < n; i++) {
        d->input[i] = in + (size_t)i * ni;
        d->output[i] = out + (size_t)i * no;
    }
    return d;
}

static void free_data(struct fann_train_data *d)
{
    free(d->input[0]);
    free(d->output[0]);
    free(d->input);
    free(d->output);
    free(d);
}

static void init_weights_test(struct fann *ann, const char *name, unsigned int seed)
{
    unsigned int i, j, ni = fann_get_num_input(ann), no = fann_get_num_output(ann);
    struct fann_train_data *d = make_data(5, ni, no);
    lcg_seed(seed);
    for (i = 0; i < 5; i++) {
        for (j = 0; j < ni; j++)
#ifdef FIXEDFANN
            d->input[i][j] = (fann_type)(lcg_next() % 5) - 2;
#else
            d->input[i][j] = (fann_type)lcg_range(-3.0, 2.0);
#endif
        for (j = 0; j < no; j++)
            d->output[i][j] = WV(0.5);
    }
    printf("%s init_weights seed %u\n", name, seed);
    seed_rand(seed);
    fann_init_weights(ann, d);
    dump_weights(ann);
    printf("next rand %d\n", rand());
    free_data(d);
}

static void set_weight_tests(struct fann *ann, const char *name)
{
    unsigned int i, tc = fann_get_total_connections(ann);
    unsigned int tn = ann->total_neurons;
    struct fann_connection *c = calloc(tc + 1, sizeof(*c));

    printf("%s set_weight tests\n", name);
    dump_cons(ann, "before");
    fann_get_connection_array(ann, c);
    /* set a few existing connections */
    for (i = 0; i < tc; i += 3) {
        fann_set_weight(ann, c[i].from_neuron, c[i].to_neuron, WV(0.125 * (double)i - 2.0));
    }
    dump_cons(ann, "after set_weight on every 3rd");
    /* non-existing connections are ignored */
    fann_set_weight(ann, c[0].to_neuron, c[0].from_neuron, WV(9.0));
    fann_set_weight(ann, 0, 0, WV(9.0));
    fann_set_weight(ann, tn + 5, 1, WV(9.0));
    fann_set_weight(ann, 1, tn + 5, WV(9.0));
    dump_cons(ann, "after bogus set_weight");
    printf("errno=%d\n", (int)fann_get_errno((struct fann_error *)ann));

    /* set_weight_array with modified weights */
    for (i = 0; i < tc; i++)
        c[i].weight = WV(((double)i * 0.375) - 3.0 + 1.0 / 3.0);
    fann_set_weight_array(ann, c, tc);
    dump_cons(ann, "after set_weight_array(all)");
    /* partial array */
    for (i = 0; i < tc; i++)
        c[i].weight = WV(-0.5);
    fann_set_weight_array(ann, c, tc / 2);
    dump_cons(ann, "after set_weight_array(half)");
    /* round trip: read back, write back, must be unchanged */
    fann_get_connection_array(ann, c);
    fann_set_weight_array(ann, c, tc);
    dump_cons(ann, "after round trip");
    fann_set_weight_array(ann, c, 0);
    dump_struct(ann);
    free(c);
}

int main(void)
{
    struct fann *ann;

    seed_rand(1);
    ann = fann_create_standard(3, 2, 3, 1);
    randomize_tests(ann, "std 2-3-1");
    init_weights_test(ann, "std 2-3-1", 3);
    set_weight_tests(ann, "std 2-3-1");
    fann_destroy(ann);

    seed_rand(2);
    ann = fann_create_standard(4, 3, 4, 3, 2);
    randomize_tests(ann, "std 3-4-3-2");
    init_weights_test(ann, "std 3-4-3-2", 4);
    set_weight_tests(ann, "std 3-4-3-2");
    fann_destroy(ann);

    seed_rand(3);
    ann = fann_create_sparse(0.5f, 4, 1, 7, 7, 1);
    randomize_tests(ann, "sparse 1-7-7-1");
    init_weights_test(ann, "sparse 1-7-7-1", 5);
    set_weight_tests(ann, "sparse 1-7-7-1");
    fann_destroy(ann);

    seed_rand(4);
    ann = fann_create_shortcut(3, 3, 6, 2);
    randomize_tests(ann, "shortcut 3-6-2");
    init_weights_test(ann, "shortcut 3-6-2", 6);
    set_weight_tests(ann, "shortcut 3-6-2");
    fann_destroy(ann);

    /* shortcut net whose num_hidden computes to 0 (all weights 0) */
    seed_rand(44);
    ann = fann_create_shortcut(3, 2, 2, 1);
    init_weights_test(ann, "shortcut 2-2-1", 9);
    fann_destroy(ann);

    seed_rand(5);
    ann = fann_create_standard(2, 5, 1);
    init_weights_test(ann, "std 5-1", 7);
    set_weight_tests(ann, "std 5-1");
    fann_destroy(ann);

    seed_rand(6);
    ann = fann_create_standard(3, 10, 20, 5);
    randomize_tests(ann, "std 10-20-5");
    init_weights_test(ann, "std 10-20-5", 8);
    fann_destroy(ann);
    return 0;
}
