/*
 * impl_params.h - default value of every parameter getter, get/set round
 * trips, fann_copy (and what 2.2.0 does not copy), user data,
 * activation function/steepness getters for valid indexes, fann_get_layer /
 * fann_get_neuron for valid indexes.  (fann_test / MSE: impl_traindata.h)
 */

#ifdef FIXEDFANN
#define W(x) ((fann_type)((x) * 256.0))
#else
#define W(x) ((fann_type)(x))
#endif

static void set_everything(struct fann *ann)
{
    enum fann_activationfunc_enum funcs[4] = { FANN_SIN, FANN_THRESHOLD, FANN_GAUSSIAN, FANN_LINEAR_PIECE };
    fann_type steeps[3] = { W(0.3), W(-1.25), W(7.0) };

    fann_set_training_algorithm(ann, FANN_TRAIN_SARPROP);
    fann_set_learning_rate(ann, 0.0123f);
    fann_set_learning_momentum(ann, -0.5f);
    fann_set_train_error_function(ann, FANN_ERRORFUNC_LINEAR);
    fann_set_train_stop_function(ann, FANN_STOPFUNC_BIT);
    fann_set_bit_fail_limit(ann, W(0.01));
    fann_set_quickprop_decay(ann, -0.25f);
    fann_set_quickprop_mu(ann, 3.0f);
    fann_set_rprop_increase_factor(ann, 1.01f);
    fann_set_rprop_decrease_factor(ann, 0.99f);
    fann_set_rprop_delta_min(ann, 1e-7f);
    fann_set_rprop_delta_max(ann, 1e7f);
    fann_set_rprop_delta_zero(ann, 0.77f);
    fann_set_sarprop_weight_decay_shift(ann, -1.5f);
    fann_set_sarprop_step_error_threshold_factor(ann, 0.2f);
    fann_set_sarprop_step_error_shift(ann, 2.5f);
    fann_set_sarprop_temperature(ann, 0.5f);
    fann_set_cascade_output_change_fraction(ann, 0.5f);
    fann_set_cascade_output_stagnation_epochs(ann, 1);
    fann_set_cascade_candidate_change_fraction(ann, 0.25f);
    fann_set_cascade_candidate_stagnation_epochs(ann, 2);
    fann_set_cascade_weight_multiplier(ann, W(2.0));
    fann_set_cascade_candidate_limit(ann, W(3.5));
    fann_set_cascade_max_out_epochs(ann, 11);
    fann_set_cascade_min_out_epochs(ann, 5);
    fann_set_cascade_max_cand_epochs(ann, 13);
    fann_set_cascade_min_cand_epochs(ann, 6);
    fann_set_cascade_num_candidate_groups(ann, 3);
    fann_set_cascade_activation_functions(ann, funcs, 4);
    fann_set_cascade_activation_steepnesses(ann, steeps, 3);
}

static void run_both(struct fann *a, struct fann *b)
{
    fann_type in[8], *out;
    unsigned int i, ni = fann_get_num_input(a);
    for (i = 0; i < ni; i++)
        in[i] = W(0.25 * (double)i - 0.5);
    out = fann_run(a, in);
    print_vec("orig run:", out, fann_get_num_output(a));
    out = fann_run(b, in);
    print_vec("copy run:", out, fann_get_num_output(b));
}

static void copy_test(struct fann *ann, const char *name)
{
    struct fann *cp;
    static int user_token = 42;

    printf("===== copy %s\n", name);
    set_everything(ann);
    fann_set_user_data(ann, &user_token);
    fann_set_activation_function_hidden(ann, FANN_ELLIOT_SYMMETRIC);
    fann_set_activation_steepness_output(ann, W(0.75));
    /* leave an error in the struct: it is copied too */
    fann_get_activation_function(ann, 0, 0);
    print_errstate("orig error", (struct fann_error *)ann);
    {
        unsigned int mark = blocked_srand_calls;
        cp = fann_copy(ann);
        printf("library srand calls during fann_copy: %u\n", blocked_srand_calls - mark);
    }
    if (cp == NULL) {
        printf("copy == NULL\n");
        return;
    }
    printf("--- orig params\n");
    dump_params(ann);
    printf("--- copy params\n");
    dump_params(cp);
    printf("copy user_data is orig's: %s\n", fann_get_user_data(cp) == &user_token ? "yes" : "no");
    print_errstate("copy error", (struct fann_error *)cp);
    printf("errstr buffers distinct: %s\n",
           (cp->errstr != NULL && cp->errstr != ann->errstr) ? "yes" : "no");
    printf("--- copy structure\n");
    dump_getters(cp);
    dump_struct(cp);
    dump_activation_getters(cp);
    printf("weights/neurons/layers distinct: %s %s %s\n",
           cp->weights != ann->weights ? "yes" : "no",
           cp->first_layer->first_neuron != ann->first_layer->first_neuron ? "yes" : "no",
           cp->first_layer != ann->first_layer ? "yes" : "no");
    run_both(ann, cp);
    /* independence */
    ann->weights[0] = W(5.0);
    fann_set_learning_rate(ann, 0.999f);
    printf("after modifying orig: copy w0=");
    pt(cp->weights[0]);
    printf(" lr=");
    pf32(fann_get_learning_rate(cp));
    printf("\n");
    run_both(ann, cp);
    /* copy of a copy */
    {
        struct fann *cp2 = fann_copy(cp);
        printf("--- copy of copy params\n");
        dump_params(cp2);
        dump_struct(cp2);
        fann_destroy(cp2);
    }
    fann_destroy(cp);
    fann_reset_errstr((struct fann_error *)ann);
    fann_reset_errno((struct fann_error *)ann);
}

static void layer_neuron_getters(struct fann *ann)
{
    int l, n, nl = (int)fann_get_num_layers(ann);
    for (l = 1; l < nl; l++) {
        struct fann_layer *layer = fann_get_layer(ann, l);
        int cnt = (int)(layer->last_neuron - layer->first_neuron);
        printf(" fann_get_layer(%d) = first_layer+%ld, %d neurons:", l,
               (long)(layer - ann->first_layer), cnt);
        for (n = 0; n < cnt; n++) {
            struct fann_neuron *ne = fann_get_neuron(ann, (unsigned)l, n);
            printf(" %ld", ne == NULL ? -1L : neuron_index(ann, ne));
        }
        printf("\n");
    }
    print_errstate(" after valid get_layer/get_neuron", (struct fann_error *)ann);
}

int main(void)
{
    struct fann *ann;
    int token = 7;

    seed_rand(71);
    ann = fann_create_standard(3, 2, 3, 1);
    printf("===== defaults standard 2-3-1\n");
    dump_params(ann);
    dump_activation_getters(ann);
    layer_neuron_getters(ann);
    printf("===== user data\n");
    fann_set_user_data(ann, &token);
    printf("user_data==&token: %s\n", fann_get_user_data(ann) == &token ? "yes" : "no");
    fann_set_user_data(ann, NULL);
    printf("user_data==NULL: %s\n", fann_get_user_data(ann) == NULL ? "yes" : "no");
    printf("===== set everything\n");
    set_everything(ann);
    dump_params(ann);
    fann_destroy(ann);

    seed_rand(72);
    ann = fann_create_sparse(0.5f, 4, 3, 5, 4, 2);
    printf("===== defaults sparse 3-5-4-2\n");
    dump_params(ann);
    dump_activation_getters(ann);
    layer_neuron_getters(ann);
    copy_test(ann, "sparse 3-5-4-2");
    fann_destroy(ann);

    seed_rand(73);
    ann = fann_create_shortcut(3, 3, 2, 2);
    printf("===== defaults shortcut 3-2-2\n");
    dump_params(ann);
    dump_activation_getters(ann);
    layer_neuron_getters(ann);
    fann_set_activation_function_output(ann, FANN_LINEAR_PIECE_SYMMETRIC);
    copy_test(ann, "shortcut 3-2-2");
    fann_destroy(ann);

    seed_rand(74);
    ann = fann_create_standard(4, 3, 4, 3, 2);
    fann_set_activation_function_output(ann, FANN_SIGMOID_SYMMETRIC);
    copy_test(ann, "std 3-4-3-2");
    fann_destroy(ann);
    return 0;
}
