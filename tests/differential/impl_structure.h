/*
 * impl_structure.h - creation of standard / sparse / shortcut nets of
 * several shapes; every structure getter, the connection array and a walk
 * of the public struct.  Included by float_structure.c, double_structure.c,
 * fixed_structure.c.
 */

struct shape {
    unsigned int num_layers;
    unsigned int layers[6];
};

static const struct shape shapes[] = {
    { 3, { 2, 3, 1 } },
    { 4, { 3, 4, 3, 2 } },
    { 2, { 5, 1 } },
    { 4, { 1, 7, 7, 1 } },
    { 3, { 10, 20, 5 } },
    { 5, { 4, 2, 6, 1, 3 } },
    { 2, { 1, 1 } },
};
#define NSHAPES (sizeof(shapes) / sizeof(shapes[0]))

static const float rates[] = { 0.0f, 0.1f, 0.3f, 0.5f, 0.75f, 1.0f, 1.5f };
#define NRATES (sizeof(rates) / sizeof(rates[0]))

static void print_shape(const struct shape *s)
{
    unsigned int i;
    for (i = 0; i < s->num_layers; i++)
        printf("%s%u", i ? "-" : "", s->layers[i]);
}

static void run_once(struct fann *ann)
{
    fann_type in[32];
    fann_type *out;
    unsigned int i, ni = fann_get_num_input(ann);
    for (i = 0; i < ni; i++) {
#ifdef FIXEDFANN
        in[i] = (fann_type)((int)(i * 37 % 200) - 100);
#else
        in[i] = (fann_type)(((int)(i * 37 % 200) - 100) / 100.0);
#endif
    }
    out = fann_run(ann, in);
    print_vec("run:", out, fann_get_num_output(ann));
    dump_neuron_state(ann);
}

static unsigned int srand_mark = 0;

static void describe(struct fann *ann)
{
    /* fann_create_* reseeds with srand() exactly once (blocked by common.h) */
    printf("library srand calls during creation: %u\n", blocked_srand_calls - srand_mark);
    srand_mark = blocked_srand_calls;
    if (ann == NULL) {
        printf("ann == NULL\n");
        return;
    }
    dump_getters(ann);
    dump_struct(ann);
    run_once(ann);
    fflush(stdout);
}

/* variadic constructors for the shapes with <= 5 layers */
static struct fann *create_standard_va(const struct shape *s)
{
    const unsigned int *l = s->layers;
    switch (s->num_layers) {
    case 2: return fann_create_standard(2, l[0], l[1]);
    case 3: return fann_create_standard(3, l[0], l[1], l[2]);
    case 4: return fann_create_standard(4, l[0], l[1], l[2], l[3]);
    case 5: return fann_create_standard(5, l[0], l[1], l[2], l[3], l[4]);
    }
    return NULL;
}

static struct fann *create_sparse_va(float rate, const struct shape *s)
{
    const unsigned int *l = s->layers;
    switch (s->num_layers) {
    case 2: return fann_create_sparse(rate, 2, l[0], l[1]);
    case 3: return fann_create_sparse(rate, 3, l[0], l[1], l[2]);
    case 4: return fann_create_sparse(rate, 4, l[0], l[1], l[2], l[3]);
    case 5: return fann_create_sparse(rate, 5, l[0], l[1], l[2], l[3], l[4]);
    }
    return NULL;
}

static struct fann *create_shortcut_va(const struct shape *s)
{
    const unsigned int *l = s->layers;
    switch (s->num_layers) {
    case 2: return fann_create_shortcut(2, l[0], l[1]);
    case 3: return fann_create_shortcut(3, l[0], l[1], l[2]);
    case 4: return fann_create_shortcut(4, l[0], l[1], l[2], l[3]);
    case 5: return fann_create_shortcut(5, l[0], l[1], l[2], l[3], l[4]);
    }
    return NULL;
}

int main(void)
{
    unsigned int si, ri, seed = 1000;
    struct fann *ann;

    printf("variant %s sizeof(struct fann)=%zu sizeof(struct fann_neuron)=%zu"
           " sizeof(struct fann_connection)=%zu\n", VARIANT, sizeof(struct fann),
           sizeof(struct fann_neuron), sizeof(struct fann_connection));

    for (si = 0; si < NSHAPES; si++) {
        const struct shape *s = &shapes[si];

        printf("=== standard_array "); print_shape(s); printf(" seed %u\n", seed);
        seed_rand(seed++);
        ann = fann_create_standard_array(s->num_layers, s->layers);
        describe(ann);
        fann_destroy(ann);

        printf("=== standard (variadic) "); print_shape(s); printf(" seed %u\n", seed);
        seed_rand(seed++);
        ann = create_standard_va(s);
        describe(ann);
        fann_destroy(ann);

        for (ri = 0; ri < NRATES; ri++) {
            printf("=== sparse_array rate "); pf32(rates[ri]); printf(" ");
            print_shape(s); printf(" seed %u\n", seed);
            seed_rand(seed++);
            ann = fann_create_sparse_array(rates[ri], s->num_layers, s->layers);
            describe(ann);
            fann_destroy(ann);
        }
        printf("=== sparse (variadic) rate 0.5 "); print_shape(s); printf(" seed %u\n", seed);
        seed_rand(seed++);
        ann = create_sparse_va(0.5f, s);
        describe(ann);
        fann_destroy(ann);

        printf("=== shortcut_array "); print_shape(s); printf(" seed %u\n", seed);
        seed_rand(seed++);
        ann = fann_create_shortcut_array(s->num_layers, s->layers);
        describe(ann);
        fann_destroy(ann);

        printf("=== shortcut (variadic) "); print_shape(s); printf(" seed %u\n", seed);
        seed_rand(seed++);
        ann = create_shortcut_va(s);
        describe(ann);
        fann_destroy(ann);
    }

    /* same seed twice must give the same net (rand() consumed identically) */
    {
        struct fann *a, *b;
        unsigned int i, same = 1;
        seed_rand(77);
        a = fann_create_sparse(0.4f, 4, 6, 9, 5, 2);
        seed_rand(77);
        b = fann_create_sparse(0.4f, 4, 6, 9, 5, 2);
        for (i = 0; i < a->total_connections; i++)
            if (a->weights[i] != b->weights[i] ||
                a->connections[i] - a->first_layer->first_neuron !=
                b->connections[i] - b->first_layer->first_neuron)
                same = 0;
        printf("=== reseed reproducible: %s\n", same ? "yes" : "no");
        /* next rand() value after creation shows how many draws were made */
        printf("rand after creation: %d\n", rand());
        fann_destroy(a);
        fann_destroy(b);
    }
    printf("library srand calls blocked in total: %u\n", blocked_srand_calls);
    return 0;
}
