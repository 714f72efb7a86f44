/*
 * fann_dump.h - fann_type dependent helpers.  Include after common.h and
 * after exactly one of floatfann.h / doublefann.h / fixedfann.h.
 */
#ifndef DIFF_FANN_DUMP_H
#define DIFF_FANN_DUMP_H

#if defined(FIXEDFANN)
#define VARIANT "fixed"
HELPER void pt(fann_type v) { printf("%d", v); }
#elif defined(DOUBLEFANN)
#define VARIANT "double"
HELPER void pt(fann_type v) { pf64(v); }
#else
#define VARIANT "float"
HELPER void pt(fann_type v) { pf32(v); }
#endif

/* Undeclared internals exported by all 2.2.0 libraries. */
struct fann_layer *fann_get_layer(struct fann *ann, int layer);
struct fann_neuron *fann_get_neuron(struct fann *ann, unsigned int layer, int neuron);

static const char *const NETTYPE[] = { "LAYER", "SHORTCUT" };

HELPER long neuron_index(struct fann *ann, struct fann_neuron *n)
{
    return (long)(n - ann->first_layer->first_neuron);
}

/* Every structure getter plus the connection array. */
HELPER void dump_getters(struct fann *ann)
{
    unsigned int i, nl = fann_get_num_layers(ann);
    unsigned int *layers = calloc(nl + 1, sizeof(unsigned int));
    unsigned int *bias = calloc(nl + 1, sizeof(unsigned int));
    unsigned int tc = fann_get_total_connections(ann);
    struct fann_connection *con = calloc(tc + 1, sizeof(struct fann_connection));
    enum fann_nettype_enum nt = fann_get_network_type(ann);

    printf("num_input=%u num_output=%u total_neurons=%u total_connections=%u\n",
           fann_get_num_input(ann), fann_get_num_output(ann),
           fann_get_total_neurons(ann), tc);
    printf("network_type=%d(%s) connection_rate=", (int)nt,
           (unsigned)nt < 2 ? NETTYPE[nt] : "?");
    pf32(fann_get_connection_rate(ann));
    printf(" num_layers=%u\n", nl);
    fann_get_layer_array(ann, layers);
    fann_get_bias_array(ann, bias);
    printf("layers:");
    for (i = 0; i < nl; i++)
        printf(" %u", layers[i]);
    printf("\nbias:");
    for (i = 0; i < nl; i++)
        printf(" %u", bias[i]);
    printf("\n");
    fann_get_connection_array(ann, con);
    for (i = 0; i < tc; i++) {
        printf("con[%u] %u->%u w=", i, con[i].from_neuron, con[i].to_neuron);
        pt(con[i].weight);
        printf("\n");
    }
    free(layers);
    free(bias);
    free(con);
}

/* Walk the public struct directly. */
HELPER void dump_struct(struct fann *ann)
{
    struct fann_layer *layer;
    struct fann_neuron *n;
    unsigned int i;

    printf("struct: total_neurons=%u num_input=%u num_output=%u total_connections=%u"
           " num_layers=%ld network_type=%d\n",
           ann->total_neurons, ann->num_input, ann->num_output, ann->total_connections,
           (long)(ann->last_layer - ann->first_layer), (int)ann->network_type);
    for (layer = ann->first_layer; layer != ann->last_layer; layer++) {
        printf(" layer %ld: neurons [%ld, %ld)\n", (long)(layer - ann->first_layer),
               neuron_index(ann, layer->first_neuron), neuron_index(ann, layer->last_neuron));
        for (n = layer->first_neuron; n != layer->last_neuron; n++) {
            printf("  neuron %ld: con [%u, %u) act=%d steep=", neuron_index(ann, n),
                   n->first_con, n->last_con, (int)n->activation_function);
            pt(n->activation_steepness);
            printf("\n");
        }
    }
    for (i = 0; i < ann->total_connections; i++) {
        printf(" c[%u] src=%ld w=", i, neuron_index(ann, ann->connections[i]));
        pt(ann->weights[i]);
        printf("\n");
    }
}

/* sum and value of every neuron */
HELPER void dump_neuron_state(struct fann *ann)
{
    struct fann_neuron *n;
    struct fann_neuron *last = (ann->last_layer - 1)->last_neuron;
    for (n = ann->first_layer->first_neuron; n != last; n++) {
        printf("  n%ld sum=", neuron_index(ann, n));
        pt(n->sum);
        printf(" value=");
        pt(n->value);
        printf("\n");
    }
}

HELPER void dump_weights(struct fann *ann)
{
    unsigned int i;
    printf("weights:");
    for (i = 0; i < ann->total_connections; i++) {
        printf(" ");
        pt(ann->weights[i]);
    }
    printf("\n");
}

HELPER void print_vec(const char *label, const fann_type *v, unsigned int n)
{
    unsigned int i;
    printf("%s", label);
    for (i = 0; i < n; i++) {
        printf(" ");
        pt(v[i]);
    }
    printf("\n");
}

/* Every parameter getter (api.md 5.1) plus cascade arrays. */
HELPER void dump_params(struct fann *ann)
{
    unsigned int i, n;
    enum fann_activationfunc_enum *funcs;
    fann_type *steeps;

    printf("training_algorithm=%d\n", (int)fann_get_training_algorithm(ann));
    printf("learning_rate="); pf32(fann_get_learning_rate(ann)); printf("\n");
    printf("learning_momentum="); pf32(fann_get_learning_momentum(ann)); printf("\n");
    printf("train_error_function=%d\n", (int)fann_get_train_error_function(ann));
    printf("train_stop_function=%d\n", (int)fann_get_train_stop_function(ann));
    printf("bit_fail_limit="); pt(fann_get_bit_fail_limit(ann)); printf("\n");
    printf("quickprop_decay="); pf32(fann_get_quickprop_decay(ann)); printf("\n");
    printf("quickprop_mu="); pf32(fann_get_quickprop_mu(ann)); printf("\n");
    printf("rprop_increase_factor="); pf32(fann_get_rprop_increase_factor(ann)); printf("\n");
    printf("rprop_decrease_factor="); pf32(fann_get_rprop_decrease_factor(ann)); printf("\n");
    printf("rprop_delta_min="); pf32(fann_get_rprop_delta_min(ann)); printf("\n");
    printf("rprop_delta_max="); pf32(fann_get_rprop_delta_max(ann)); printf("\n");
    printf("rprop_delta_zero="); pf32(fann_get_rprop_delta_zero(ann)); printf("\n");
    printf("sarprop_weight_decay_shift="); pf32(fann_get_sarprop_weight_decay_shift(ann)); printf("\n");
    printf("sarprop_step_error_threshold_factor=");
    pf32(fann_get_sarprop_step_error_threshold_factor(ann)); printf("\n");
    printf("sarprop_step_error_shift="); pf32(fann_get_sarprop_step_error_shift(ann)); printf("\n");
    printf("sarprop_temperature="); pf32(fann_get_sarprop_temperature(ann)); printf("\n");
    printf("cascade_output_change_fraction=");
    pf32(fann_get_cascade_output_change_fraction(ann)); printf("\n");
    printf("cascade_output_stagnation_epochs=%u\n", fann_get_cascade_output_stagnation_epochs(ann));
    printf("cascade_candidate_change_fraction=");
    pf32(fann_get_cascade_candidate_change_fraction(ann)); printf("\n");
    printf("cascade_candidate_stagnation_epochs=%u\n",
           fann_get_cascade_candidate_stagnation_epochs(ann));
    printf("cascade_weight_multiplier="); pt(fann_get_cascade_weight_multiplier(ann)); printf("\n");
    printf("cascade_candidate_limit="); pt(fann_get_cascade_candidate_limit(ann)); printf("\n");
    printf("cascade_max_out_epochs=%u\n", fann_get_cascade_max_out_epochs(ann));
    printf("cascade_min_out_epochs=%u\n", fann_get_cascade_min_out_epochs(ann));
    printf("cascade_max_cand_epochs=%u\n", fann_get_cascade_max_cand_epochs(ann));
    printf("cascade_min_cand_epochs=%u\n", fann_get_cascade_min_cand_epochs(ann));
    printf("cascade_num_candidate_groups=%u\n", fann_get_cascade_num_candidate_groups(ann));
    printf("cascade_num_candidates=%u\n", fann_get_cascade_num_candidates(ann));
    n = fann_get_cascade_activation_functions_count(ann);
    funcs = fann_get_cascade_activation_functions(ann);
    printf("cascade_activation_functions[%u]:", n);
    for (i = 0; i < n && funcs != NULL; i++)
        printf(" %d", (int)funcs[i]);
    printf("\n");
    n = fann_get_cascade_activation_steepnesses_count(ann);
    steeps = fann_get_cascade_activation_steepnesses(ann);
    printf("cascade_activation_steepnesses[%u]:", n);
    for (i = 0; i < n && steeps != NULL; i++) {
        printf(" ");
        pt(steeps[i]);
    }
    printf("\n");
    printf("MSE="); pf32(fann_get_MSE(ann)); printf(" bit_fail=%u\n", fann_get_bit_fail(ann));
    printf("user_data=%s\n", fann_get_user_data(ann) == NULL ? "NULL" : "set");
#ifdef FIXEDFANN
    printf("decimal_point=%u multiplier=%u\n", fann_get_decimal_point(ann),
           fann_get_multiplier(ann));
#endif
}

/* Activation function / steepness of every neuron via the getters. */
HELPER void dump_activation_getters(struct fann *ann)
{
    int l, n, nl = (int)fann_get_num_layers(ann);
    for (l = 1; l < nl; l++) {
        int cnt = (int)(ann->first_layer[l].last_neuron - ann->first_layer[l].first_neuron);
        printf(" layer %d:", l);
        for (n = 0; n < cnt; n++) {
            printf(" %d/", (int)fann_get_activation_function(ann, l, n));
            pt(fann_get_activation_steepness(ann, l, n));
        }
        printf("\n");
    }
}

HELPER void print_escaped(const char *s)
{
    putchar('"');
    for (; *s; s++) {
        if (*s == '\n')
            printf("\\n");
        else if (*s == '"' || *s == '\\')
            printf("\\%c", *s);
        else
            putchar(*s);
    }
    putchar('"');
}

/* errno and errstr field of an error struct; never calls fann_get_errstr. */
HELPER void print_errstate(const char *tag, struct fann_error *e)
{
    printf("%s: errno=%d errstr=", tag, (int)fann_get_errno(e));
    if (e->errstr == NULL)
        printf("NULL");
    else
        print_escaped(e->errstr);
    printf(" log=%s\n", e->error_log == NULL ? "NULL" :
           e->error_log == (FILE *)-1 ? "default(-1)" :
           e->error_log == stdout ? "stdout" :
           e->error_log == stderr ? "stderr" : "other");
}

#endif
