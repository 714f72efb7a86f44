/*
 * impl_print.h - fann_print_connections and fann_print_parameters for
 * several nets, also after changing parameters with the setters.
 */

#ifdef FIXEDFANN
#define W(x) ((fann_type)((x) * 256.0))
#else
#define W(x) ((fann_type)(x))
#endif

static void show(struct fann *ann, const char *title)
{
    printf("##### %s\n", title);
    FLUSHED(fann_print_connections(ann));
    FLUSHED(fann_print_parameters(ann));
}

static void set_all_weights(struct fann *ann, double lo, double step)
{
    unsigned int i, tc = fann_get_total_connections(ann);
    struct fann_connection *c = calloc(tc, sizeof(*c));
    fann_get_connection_array(ann, c);
    for (i = 0; i < tc; i++)
        c[i].weight = W(lo + step * (double)i);
    fann_set_weight_array(ann, c, tc);
    free(c);
}

static void change_params(struct fann *ann, unsigned int variant)
{
    enum fann_activationfunc_enum funcs[3] = { FANN_LINEAR, FANN_ELLIOT, FANN_COS };
    fann_type steeps[2] = { W(0.125), W(3.5) };

    fann_set_training_algorithm(ann, (enum fann_train_enum)(variant % 5));
    fann_set_learning_rate(ann, 0.123456f * (float)(variant + 1));
    fann_set_learning_momentum(ann, 0.9f);
    fann_set_train_error_function(ann, (enum fann_errorfunc_enum)(variant % 2));
    fann_set_train_stop_function(ann, (enum fann_stopfunc_enum)((variant + 1) % 2));
    fann_set_bit_fail_limit(ann, W(0.0625 * (double)(variant + 1)));
    fann_set_quickprop_decay(ann, -0.000321f);
    fann_set_quickprop_mu(ann, 2.25f);
    fann_set_rprop_increase_factor(ann, 1.5f);
    fann_set_rprop_decrease_factor(ann, 0.25f);
    fann_set_rprop_delta_min(ann, 0.001f);
    fann_set_rprop_delta_max(ann, 1234.5678f);
    fann_set_rprop_delta_zero(ann, 0.3f);
    fann_set_cascade_output_change_fraction(ann, 0.0123456f);
    fann_set_cascade_output_stagnation_epochs(ann, 7 + variant);
    fann_set_cascade_candidate_change_fraction(ann, 0.98765f);
    fann_set_cascade_candidate_stagnation_epochs(ann, 99);
    fann_set_cascade_weight_multiplier(ann, W(0.75));
    fann_set_cascade_candidate_limit(ann, W(12.5));
    fann_set_cascade_max_out_epochs(ann, 1000);
    fann_set_cascade_min_out_epochs(ann, 3);
    fann_set_cascade_max_cand_epochs(ann, 12345);
    fann_set_cascade_min_cand_epochs(ann, 4);
    fann_set_cascade_activation_functions(ann, funcs, 3 - variant % 2);
    fann_set_cascade_activation_steepnesses(ann, steeps, 2 - variant % 2);
    fann_set_cascade_num_candidate_groups(ann, 5 + variant);
}

int main(void)
{
    struct fann *ann;
    unsigned int v;

    seed_rand(61);
    ann = fann_create_standard(3, 2, 3, 1);
    show(ann, "std 2-3-1 (created)");
    set_all_weights(ann, -3.0, 0.5);
    show(ann, "std 2-3-1 weights -3..3");
    for (v = 0; v < 5; v++) {
        char title[64];
        change_params(ann, v);
        sprintf(title, "std 2-3-1 params variant %u", v);
        show(ann, title);
    }
    fann_destroy(ann);

    seed_rand(62);
    ann = fann_create_standard(4, 3, 4, 3, 2);
    set_all_weights(ann, -30.0, 1.5);
    show(ann, "std 3-4-3-2 weights -30..");
    fann_destroy(ann);

    seed_rand(63);
    ann = fann_create_shortcut(3, 3, 2, 2);
    set_all_weights(ann, 2.0, -0.25);
    show(ann, "shortcut 3-2-2");
    fann_destroy(ann);

    seed_rand(64);
    ann = fann_create_shortcut(4, 2, 3, 2, 1);
    show(ann, "shortcut 2-3-2-1 (created)");
    fann_destroy(ann);

    seed_rand(65);
    ann = fann_create_sparse(0.5f, 3, 4, 5, 3);
    set_all_weights(ann, -7.25, 0.75);
    show(ann, "sparse 0.5 4-5-3");
    fann_destroy(ann);

    seed_rand(66);
    ann = fann_create_standard(3, 10, 20, 5);
    set_all_weights(ann, -26.0, 0.19);
    show(ann, "std 10-20-5");
    fann_destroy(ann);

    seed_rand(67);
    ann = fann_create_standard(2, 5, 1);
    show(ann, "std 5-1 (created)");
    fann_destroy(ann);

    /* rounding edges of the connection letters */
    seed_rand(68);
    ann = fann_create_standard(2, 12, 1);
    {
        static const double edge[] = { -0.5, -0.49999997, 0.49999997, 0.5, 1.5, -1.5, 24.5,
                                       25.4, 25.6, -25.4, -25.6, 0.0, -0.0 };
        struct fann_connection c[13];
        unsigned int i;
        fann_get_connection_array(ann, c);
        for (i = 0; i < 13; i++)
            c[i].weight = W(edge[i]);
        fann_set_weight_array(ann, c, 13);
        show(ann, "std 12-1 rounding edges");
    }
    fann_destroy(ann);

    /* huge weights: (int) conversion overflows in FANN 2.2.0 */
    seed_rand(69);
    ann = fann_create_standard(2, 6, 1);
    {
#ifdef FIXEDFANN
        static const fann_type huge[] = { 2147483647, -2147483647 - 1, 1 << 30, -(1 << 30),
                                           6656, -6656, 0 };
#else
        static const fann_type huge[] = { 3e9, -3e9, (fann_type)INFINITY, (fann_type)-INFINITY,
                                           1e30, -1e30, 2147483647.0 };
#endif
        struct fann_connection c[7];
        unsigned int i;
        fann_get_connection_array(ann, c);
        for (i = 0; i < 7; i++)
            c[i].weight = huge[i];
        fann_set_weight_array(ann, c, 7);
        show(ann, "std 6-1 huge weights");
    }
    fann_destroy(ann);
    return 0;
}
