/*
 * impl_internals.h - FANN's exported internals (api.md 5.2.9) that are neither declared in
 * fann.h nor used by the other programs:
 *   - assembling networks by hand as FANN's constructors do: fann_allocate_structure,
 *     fann_allocate_neurons, fann_allocate_connections (fully connected layered, sparse with
 *     connection pointers chosen by the client, shortcut), then run, save and reload them;
 *     fann_allocate_scale (float/double: scaling parameters appear in the saved file);
 *     fann_reallocate_neurons/_connections (allocated counts, the network unchanged);
 *   - cascade-correlation step by step (float/double): fann_train_outputs,
 *     fann_initialize_candidates, fann_train_candidates, fann_train_candidates_epoch,
 *     initialize_candidate_weights, fann_update_candidate_slopes/_weights driven per pattern
 *     by the program, fann_install_candidate and fann_add_layer + fann_add_candidate_neuron,
 *     on xor and on building (3 outputs), with rand() seeded before each case.
 * After each case: return values, candidate scores, the struct walk (after
 * fann_set_shortcut_connections, as cascade training leaves it), runs, the saved file, and
 * how many rand() values were used.
 */
#include "fileutil.h"
#ifndef FIXEDFANN
#include "cascade_util.h"
#endif

/* Declared only in fann_internal.h, or nowhere. */
struct fann *fann_allocate_structure(unsigned int num_layers);
void fann_allocate_neurons(struct fann *ann);
void fann_allocate_connections(struct fann *ann);
int fann_allocate_scale(struct fann *ann);
#ifdef FIXEDFANN
void fann_update_stepwise(struct fann *ann);
#endif
#ifndef FIXEDFANN
int fann_reallocate_neurons(struct fann *ann, unsigned int total_neurons);
int fann_reallocate_connections(struct fann *ann, unsigned int total_connections);
int fann_train_outputs(struct fann *ann, struct fann_train_data *data, float desired_error);
int fann_initialize_candidates(struct fann *ann);
int fann_train_candidates(struct fann *ann, struct fann_train_data *data);
fann_type fann_train_candidates_epoch(struct fann *ann, struct fann_train_data *data);
void fann_install_candidate(struct fann *ann);
void fann_set_shortcut_connections(struct fann *ann);
struct fann_layer *fann_add_layer(struct fann *ann, struct fann_layer *layer);
void fann_add_candidate_neuron(struct fann *ann, struct fann_layer *layer);
void fann_update_candidate_slopes(struct fann *ann);
void fann_update_candidate_weights(struct fann *ann, unsigned int num_data);
void initialize_candidate_weights(struct fann *ann, unsigned int first_con, unsigned int last_con,
                                  float scale_factor);
#endif

static void report_plain(struct fann *ann, const char *tag)
{
    fann_type in[2][3] = { { 1, -1, 0.5 }, { -0.25, 0.75, -1 } };
    unsigned int p, j;
    dump_struct(ann);
    for (p = 0; p < 2; p++) {
        fann_type *o = fann_run(ann, in[p]);
        printf("  %s run %u:", tag, p);
        if (o == NULL) {
            printf(" NULL\n");
            continue;
        }
        for (j = 0; j < ann->num_output; j++) {
            printf(" ");
            pt(o[j]);
        }
        printf("\n");
    }
    printf("  save -> %d\n", fann_save(ann, "h.net"));
    cat_file("h.net");
}

/* Layer k gets `size` neurons (bias included), FANN's way: a pointer difference. */
static void set_layer_size(struct fann *ann, unsigned int k, unsigned int size)
{
    ann->first_layer[k].last_neuron = ann->first_layer[k].first_neuron + size;
}

static void set_neuron(struct fann_neuron *n, unsigned int first, unsigned int last,
                       enum fann_activationfunc_enum f, double steepness)
{
    n->first_con = first;
    n->last_con = last;
    n->activation_function = f;
#ifdef FIXEDFANN
    n->activation_steepness = (fann_type)(steepness * 256);
#else
    n->activation_steepness = (fann_type)steepness;
#endif
}

/* 2-3-1 (bias neurons included: 3, 4, 2), fully connected, or sparse with the hidden
 * neurons fed by chosen inputs through the connection pointers. */
static struct fann *hand_built(int sparse)
{
    struct fann *ann = fann_allocate_structure(3);
    struct fann_neuron *n;
    unsigned int i, c = 0, k;
    static const unsigned int src[3][2] = { { 0, 2 }, { 1, 2 }, { 0, 1 } };
    printf("allocate_structure(3): %s\n", ann == NULL ? "NULL" : "ok");
    if (ann == NULL)
        return NULL;
    printf("  fresh: layers %ld, first_neuron %s, total_neurons %u\n",
           (long)(ann->last_layer - ann->first_layer),
           ann->first_layer[0].first_neuron == NULL ? "NULL" : "set", ann->total_neurons);
    ann->connection_rate = sparse ? 0.5f : 1.0f;
    ann->network_type = FANN_NETTYPE_LAYER;
    set_layer_size(ann, 0, 3);
    set_layer_size(ann, 1, 4);
    set_layer_size(ann, 2, 2);
    ann->num_input = 2;
    ann->num_output = 1;
    ann->total_neurons = 9;
    fann_allocate_neurons(ann);
    printf("  allocate_neurons: errno %d\n", (int)fann_get_errno((struct fann_error *)ann));
    ann->total_connections = sparse ? 3 * 2 + 4 : 3 * 3 + 4;
    fann_allocate_connections(ann);
    printf("  allocate_connections: errno %d\n", (int)fann_get_errno((struct fann_error *)ann));
    n = ann->first_layer->first_neuron;
    for (i = 0; i < 3; i++)
        set_neuron(&n[i], 0, 0, FANN_LINEAR, 0);
    for (i = 0; i < 3; i++) {
        unsigned int per = sparse ? 2 : 3;
        set_neuron(&n[3 + i], c, c + per, FANN_SIGMOID_SYMMETRIC, 0.5 + 0.25 * i);
        for (k = 0; k < per; k++) {
            ann->connections[c] = n + (sparse ? src[i][k] : k);
            ann->weights[c] = (fann_type)(0.1 * (double)(c + 1) - 0.6);
            c++;
        }
    }
    set_neuron(&n[6], c, c, FANN_LINEAR, 0);
    set_neuron(&n[7], c, c + 4, FANN_SIGMOID, 0.5);
    for (k = 0; k < 4; k++) {
        ann->connections[c] = n + 3 + k;
        ann->weights[c] = (fann_type)(0.3 - 0.2 * k);
        c++;
    }
    set_neuron(&n[8], c, c, FANN_LINEAR, 0);
#ifdef FIXEDFANN
    /* FANN's constructors set the decimal point; the weights above are 0 in integers */
    ann->decimal_point = 8;
    ann->multiplier = 256;
    fann_update_stepwise(ann);
    for (i = 0; i < ann->total_connections; i++)
        ann->weights[i] = (fann_type)((int)(i * 37 % 23) * 11 - 120);
#endif
    return ann;
}

static void allocation_cases(void)
{
    struct fann *ann, *ld;
    int sparse;
    printf("allocate_structure(1): %s\n", fann_allocate_structure(1) == NULL ? "NULL" : "set");
    printf("allocate_structure(0): %s\n", fann_allocate_structure(0) == NULL ? "NULL" : "set");
    for (sparse = 0; sparse < 2; sparse++) {
        printf("== hand-built 2-3-1 %s\n", sparse ? "sparse" : "full");
        ann = hand_built(sparse);
        if (ann == NULL)
            continue;
        report_plain(ann, "hand");
        ld = fann_create_from_file("h.net");
        if (ld != NULL) {
            report_plain(ld, "reloaded");
            fann_destroy(ld);
        }
        printf("  allocate_scale -> %d\n", fann_allocate_scale(ann));
        printf("  save -> %d\n", fann_save(ann, "s.net"));
        cat_file("s.net");
#ifndef FIXEDFANN
        /* FANN leaves the connection pointers stale (so only the fully connected net,
         * which runs by position, is run afterwards) and the allocated counts as they were */
        if (!sparse) {
            fann_type in[2] = { 0.5, -0.5 };
            fann_type *o;
            printf("  reallocate_neurons(20) -> %d, allocated %u, total %u\n",
                   fann_reallocate_neurons(ann, 20), ann->total_neurons_allocated,
                   ann->total_neurons);
            printf("  reallocate_connections(40) -> %d, allocated %u, total %u\n",
                   fann_reallocate_connections(ann, 40), ann->total_connections_allocated,
                   ann->total_connections);
            o = fann_run(ann, in);
            printf("  reallocated run: ");
            pt(o[0]);
            printf("\n");
        }
#endif
        fann_destroy(ann);
    }
}

#ifndef FIXEDFANN

static void print_scores(struct fann *ann)
{
    unsigned int i, nc = fann_get_cascade_num_candidates(ann);
    printf("  best candidate %u (total_neurons %u), scores:", ann->cascade_best_candidate,
           ann->total_neurons);
    for (i = 0; i < nc; i++) {
        if (i % 4 == 0)
            printf("\n   ");
        printf(" ");
        pt(ann->cascade_candidate_scores[i]);
    }
    printf("\n");
}

static void after_install(struct fann *ann, struct fann_train_data *d)
{
    fann_set_shortcut_connections(ann);
    report_net(ann, d);
    printf("  next rand %d\n", rand());
}

/* The per-pattern candidate loop as a program would write it. */
static void manual_candidate_epoch(struct fann *ann, struct fann_train_data *d)
{
    unsigned int p, j, first_out = ann->total_neurons - ann->num_output;
    struct fann_neuron *outs = (ann->last_layer - 1)->first_neuron;
    for (p = 0; p < d->num_data; p++) {
        fann_type *o = fann_run(ann, d->input[p]);
        for (j = 0; j < ann->num_output; j++) {
            fann_type e = d->output[p][j] - o[j];
            if (outs[j].activation_function == FANN_SIGMOID_SYMMETRIC)
                e /= 2;
            ann->train_errors[first_out + j] = e;
        }
        fann_update_candidate_slopes(ann);
    }
    fann_update_candidate_weights(ann, d->num_data);
}

static void cascade_step_case(unsigned int k, const char *title, unsigned int set,
                              enum fann_train_enum alg, int mode)
{
    struct fann_train_data *d = SETS[set].data;
    struct fann *ann;
    unsigned int e;
    label("== internals case %u: %s\n", k, title);
    seed_rand(100 + k);
    ann = fann_create_shortcut(2, d->num_input, d->num_output);
    fann_set_training_algorithm(ann, alg);
    fann_set_activation_function_output(ann, FANN_SIGMOID_SYMMETRIC);
    fann_set_cascade_max_out_epochs(ann, 40);
    fann_set_cascade_max_cand_epochs(ann, 40);
    make_probes(d);
    printf("  train_outputs -> %d, MSE ", fann_train_outputs(ann, d, 0.0f));
    pf32(fann_get_MSE(ann));
    printf("\n  initialize_candidates -> %d\n", fann_initialize_candidates(ann));
    if (mode == 1) {
        unsigned int first = ann->total_connections + ann->total_neurons;
        initialize_candidate_weights(ann, first, first + ann->total_neurons, 2.0f);
        printf("  initialize_candidate_weights(%u, %u, 2.0)\n", first,
               first + ann->total_neurons);
    }
    printf("  train_candidates -> %d\n", fann_train_candidates(ann, d));
    print_scores(ann);
    if (mode == 2) {
        for (e = 0; e < 3; e++) {
            printf("  train_candidates_epoch -> ");
            pt(fann_train_candidates_epoch(ann, d));
            printf("\n");
        }
        print_scores(ann);
    }
    if (mode == 3) {
        struct fann_layer *layer;
        for (e = 0; e < 2; e++)
            manual_candidate_epoch(ann, d);
        ann->cascade_best_candidate = ann->total_neurons + 1 + 2;
        layer = fann_add_layer(ann, ann->last_layer - 1);
        printf("  add_layer -> layer %ld of %ld\n", (long)(layer - ann->first_layer),
               (long)(ann->last_layer - ann->first_layer));
        fann_add_candidate_neuron(ann, layer);
    } else {
        fann_install_candidate(ann);
    }
    after_install(ann, d);
    /* a second step on the grown net */
    printf("  train_outputs -> %d\n", fann_train_outputs(ann, d, 0.0f));
    printf("  initialize_candidates -> %d\n", fann_initialize_candidates(ann));
    printf("  train_candidates -> %d\n", fann_train_candidates(ann, d));
    print_scores(ann);
    fann_install_candidate(ann);
    after_install(ann, d);
    fann_destroy(ann);
}

static void cascade_cases(void)
{
    load_sets();
    cascade_step_case(1, "xor, RPROP, install", XOR, FANN_TRAIN_RPROP, 0);
    cascade_step_case(2, "xor, QUICKPROP, candidate weights redrawn", XOR, FANN_TRAIN_QUICKPROP, 1);
    cascade_step_case(3, "building, RPROP, extra candidate epochs", BUILDING, FANN_TRAIN_RPROP, 2);
    cascade_step_case(4, "building, SARPROP, per-pattern slopes, add_layer + add_candidate_neuron",
                      BUILDING, FANN_TRAIN_SARPROP, 3);
    cascade_step_case(5, "xor, RPROP, per-pattern slopes, add_layer + add_candidate_neuron", XOR,
                      FANN_TRAIN_RPROP, 3);
}
#endif

int main(void)
{
    setup_tmpdir();
    allocation_cases();
#ifndef FIXEDFANN
    cascade_cases();
#endif
    return 0;
}
