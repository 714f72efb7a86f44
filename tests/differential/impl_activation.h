/*
 * impl_activation.h - fann_run for every activation function 0..17 at
 * several steepnesses (float and double), set with the hidden/output,
 * per-layer and per-neuron setters; outputs plus sum/value of every neuron
 * printed bit-exactly.  Large inputs hit the +-150/steepness clamp.
 */

static const fann_type steepnesses[] = { 0.1, 0.5, 1.0, 2.5, -0.7, 0.0, 1e-3, 40.0 };
#define NSTEEP (sizeof(steepnesses) / sizeof(steepnesses[0]))

static const char *const actnames[] = {
    "LINEAR", "THRESHOLD", "THRESHOLD_SYMMETRIC", "SIGMOID", "SIGMOID_STEPWISE",
    "SIGMOID_SYMMETRIC", "SIGMOID_SYMMETRIC_STEPWISE", "GAUSSIAN", "GAUSSIAN_SYMMETRIC",
    "GAUSSIAN_STEPWISE", "ELLIOT", "ELLIOT_SYMMETRIC", "LINEAR_PIECE",
    "LINEAR_PIECE_SYMMETRIC", "SIN_SYMMETRIC", "COS_SYMMETRIC", "SIN", "COS",
};

/* compact neuron state: one line */
static void neuron_line(struct fann *ann)
{
    struct fann_neuron *n;
    struct fann_neuron *last = (ann->last_layer - 1)->last_neuron;
    printf("   state:");
    for (n = ann->first_layer->first_neuron; n != last; n++) {
        printf(" ");
        pt(n->sum);
        printf("/");
        pt(n->value);
    }
    printf("\n");
}

static void run_inputs(struct fann *ann, unsigned int count, uint32_t lseed, int with_state)
{
    unsigned int k, i, ni = fann_get_num_input(ann), no = fann_get_num_output(ann);
    fann_type in[16];
    fann_type *out;
    lcg_seed(lseed);
    for (k = 0; k < count; k++) {
        for (i = 0; i < ni; i++) {
            switch (k) {
            case 0: in[i] = 0; break;
            case 1: in[i] = 1000; break;
            case 2: in[i] = -1000; break;
            case 3: in[i] = (i & 1) ? -1000 : 1000; break;
            default: in[i] = (fann_type)lcg_range(-3.0, 3.0); break;
            }
        }
        out = fann_run(ann, in);
        print_vec("  in", in, ni);
        print_vec("  out", out, no);
        (void)no;
        if (with_state)
            neuron_line(ann);
    }
}

/* 1-1 net with weight 1 and bias weight 0: output = f(steepness * x) directly */
static void direct_sweep(void)
{
    struct fann *ann;
    unsigned int f, s, k;
    fann_type in, *out;
    static const double extra[] = { 1000.0, -1000.0, 150.0, -150.0, 60.0, -60.0, 59.9, 1e30,
                                    -1e30, 1e-30, 0.5, -0.5, 1.0, -1.0 };

    seed_rand(11);
    ann = fann_create_standard(2, 1, 1);
    fann_set_weight(ann, 0, 2, 1);
    fann_set_weight(ann, 1, 2, 0);
    for (f = 0; f <= FANN_COS; f++) {
        for (s = 0; s < NSTEEP; s++) {
            fann_set_activation_function_output(ann, (enum fann_activationfunc_enum)f);
            fann_set_activation_steepness_output(ann, steepnesses[s]);
            printf("direct %s steep ", actnames[f]);
            pt(steepnesses[s]);
            printf(":\n");
            for (k = 0; k < 81 + sizeof(extra) / sizeof(extra[0]) + 3; k++) {
                if (k < 81)
                    in = (fann_type)((double)k * 0.25 - 10.0);
                else if (k < 81 + sizeof(extra) / sizeof(extra[0]))
                    in = (fann_type)extra[k - 81];
                else if (k == 81 + sizeof(extra) / sizeof(extra[0]))
                    in = (fann_type)INFINITY;
                else if (k == 82 + sizeof(extra) / sizeof(extra[0]))
                    in = (fann_type)-INFINITY;
                else
                    in = (fann_type)NAN;
                out = fann_run(ann, &in);
                printf(" x=");
                pt(in);
                printf(" sum=");
                pt(ann->first_layer[1].first_neuron->sum);
                printf(" y=");
                pt(out[0]);
                printf("\n");
            }
        }
    }
    fann_destroy(ann);
}

static void hidden_output_sweep(struct fann *ann, const char *name, unsigned int count)
{
    unsigned int fh, s;
    for (fh = 0; fh <= FANN_COS; fh++) {
        for (s = 0; s < NSTEEP; s++) {
            unsigned int fo = (fh * 7 + s) % (FANN_COS + 1);
            fann_set_activation_function_hidden(ann, (enum fann_activationfunc_enum)fh);
            fann_set_activation_function_output(ann, (enum fann_activationfunc_enum)fo);
            fann_set_activation_steepness_hidden(ann, steepnesses[s]);
            fann_set_activation_steepness_output(ann, steepnesses[(s + 3) % NSTEEP]);
            printf("%s hidden %s/", name, actnames[fh]);
            pt(steepnesses[s]);
            printf(" output %s/", actnames[fo]);
            pt(steepnesses[(s + 3) % NSTEEP]);
            printf("\n");
            run_inputs(ann, count, fh * 100 + s, 1);
        }
    }
}

static void per_layer_and_neuron(struct fann *ann, const char *name)
{
    int l, n, nl = (int)fann_get_num_layers(ann);
    unsigned int round;
    for (round = 0; round < 6; round++) {
        printf("%s per-layer round %u\n", name, round);
        for (l = 1; l < nl; l++) {
            fann_set_activation_function_layer(ann,
                (enum fann_activationfunc_enum)((round * 5 + (unsigned)l * 3) % 18), l);
            fann_set_activation_steepness_layer(ann, steepnesses[(round + (unsigned)l) % NSTEEP], l);
        }
        dump_activation_getters(ann);
        run_inputs(ann, 8, 500 + round, 1);
    }
    for (round = 0; round < 6; round++) {
        printf("%s per-neuron round %u\n", name, round);
        for (l = 1; l < nl; l++) {
            int cnt = (int)(ann->first_layer[l].last_neuron - ann->first_layer[l].first_neuron);
            for (n = 0; n < cnt; n++) {
                fann_set_activation_function(ann,
                    (enum fann_activationfunc_enum)((round * 11 + (unsigned)l * 7 + (unsigned)n * 5) % 18),
                    l, n);
                fann_set_activation_steepness(ann,
                    steepnesses[(round + (unsigned)l + (unsigned)n) % NSTEEP], l, n);
            }
        }
        dump_activation_getters(ann);
        dump_struct(ann);
        run_inputs(ann, 8, 600 + round, 1);
    }
}

int main(void)
{
    struct fann *ann;

    direct_sweep();

    seed_rand(21);
    ann = fann_create_standard(3, 3, 4, 2);
    fann_randomize_weights(ann, -2, 2);
    hidden_output_sweep(ann, "std 3-4-2", 10);
    per_layer_and_neuron(ann, "std 3-4-2");
    fann_destroy(ann);

    seed_rand(22);
    ann = fann_create_shortcut(3, 2, 3, 1);
    fann_randomize_weights(ann, -1.5, 1.5);
    hidden_output_sweep(ann, "shortcut 2-3-1", 8);
    per_layer_and_neuron(ann, "shortcut 2-3-1");
    fann_destroy(ann);

    seed_rand(23);
    ann = fann_create_sparse(0.6f, 4, 4, 5, 3, 2);
    fann_randomize_weights(ann, -3, 3);
    hidden_output_sweep(ann, "sparse 4-5-3-2", 6);
    per_layer_and_neuron(ann, "sparse 4-5-3-2");
    fann_destroy(ann);
    return 0;
}
