/*
 * fixed_run.c - fixed-point library: nets created in the fixed lib, weights
 * set with fann_set_weight_array (integer weights), fann_run with every
 * supported activation function, out-of-range input warnings (stdout),
 * unsupported activation functions (error 13 on stderr), decimal point /
 * multiplier, stepwise tables in the public struct.
 */
#include "common.h"
#include <fixedfann.h>
#include "fann_dump.h"

static const int supported[] = {
    FANN_LINEAR, FANN_THRESHOLD, FANN_THRESHOLD_SYMMETRIC, FANN_SIGMOID,
    FANN_SIGMOID_STEPWISE, FANN_SIGMOID_SYMMETRIC, FANN_SIGMOID_SYMMETRIC_STEPWISE,
    FANN_LINEAR_PIECE, FANN_LINEAR_PIECE_SYMMETRIC,
};
#define NSUP (sizeof(supported) / sizeof(supported[0]))

static const int unsupported[] = {
    FANN_GAUSSIAN, FANN_GAUSSIAN_SYMMETRIC, FANN_GAUSSIAN_STEPWISE, FANN_ELLIOT,
    FANN_ELLIOT_SYMMETRIC, FANN_SIN_SYMMETRIC, FANN_COS_SYMMETRIC, FANN_SIN, FANN_COS,
};
#define NUNSUP (sizeof(unsupported) / sizeof(unsupported[0]))

/* steepness 0 with a SIGMOID* function divides by zero in 2.2.0 (SIGFPE);
 * it is only used with the non-stepwise functions below */
static const fann_type steeps[] = { 128, 256, 64, 512, 1, -128, 1000, 3 };
#define NSTEEPS (sizeof(steeps) / sizeof(steeps[0]))

static void print_tables(struct fann *ann)
{
    int i;
    printf("decimal_point=%u multiplier=%u (struct %u %u)\n", fann_get_decimal_point(ann),
           fann_get_multiplier(ann), ann->decimal_point, ann->multiplier);
    printf("sigmoid_results:");
    for (i = 0; i < 6; i++) printf(" %d", ann->sigmoid_results[i]);
    printf("\nsigmoid_values:");
    for (i = 0; i < 6; i++) printf(" %d", ann->sigmoid_values[i]);
    printf("\nsigmoid_symmetric_results:");
    for (i = 0; i < 6; i++) printf(" %d", ann->sigmoid_symmetric_results[i]);
    printf("\nsigmoid_symmetric_values:");
    for (i = 0; i < 6; i++) printf(" %d", ann->sigmoid_symmetric_values[i]);
    printf("\n");
}

static void neuron_line(struct fann *ann)
{
    struct fann_neuron *n;
    struct fann_neuron *last = (ann->last_layer - 1)->last_neuron;
    printf("   state:");
    for (n = ann->first_layer->first_neuron; n != last; n++)
        printf(" %d/%d", n->sum, n->value);
    printf("\n");
}

static void direct_sweep(void)
{
    struct fann *ann;
    unsigned int f, s;
    int x;
    fann_type in, *out;

    seed_rand(31);
    ann = fann_create_standard(2, 1, 1);
    {
        struct fann_connection c[2];
        c[0].from_neuron = 0; c[0].to_neuron = 2; c[0].weight = 256;
        c[1].from_neuron = 1; c[1].to_neuron = 2; c[1].weight = 0;
        fann_set_weight_array(ann, c, 2);
    }
    print_tables(ann);
    for (f = 0; f < NSUP; f++) {
        for (s = 0; s < NSTEEPS; s++) {
            fann_set_activation_function_output(ann, (enum fann_activationfunc_enum)supported[f]);
            fann_set_activation_steepness_output(ann, steeps[s]);
            printf("direct func %d steep %d:\n", supported[f], steeps[s]);
            fflush(stdout);
            for (x = -256; x <= 256; x += 8) {
                in = x;
                out = fann_run(ann, &in);
                printf(" x=%d sum=%d y=%d\n", in, ann->first_layer[1].first_neuron->sum, out[0]);
            }
        }
    }
    /* steepness 0 is safe for the functions that use no stepwise table */
    for (f = 0; f < NSUP; f++) {
        if (supported[f] >= FANN_SIGMOID && supported[f] <= FANN_SIGMOID_SYMMETRIC_STEPWISE)
            continue;
        fann_set_activation_function_output(ann, (enum fann_activationfunc_enum)supported[f]);
        fann_set_activation_steepness_output(ann, 0);
        printf("direct func %d steep 0:\n", supported[f]);
        for (x = -256; x <= 256; x += 64) {
            in = x;
            out = fann_run(ann, &in);
            printf(" x=%d sum=%d y=%d\n", in, ann->first_layer[1].first_neuron->sum, out[0]);
        }
    }
    fflush(stdout);
    fann_destroy(ann);
}

static void net_sweep(struct fann *ann, const char *name)
{
    unsigned int i, k, f, tc = fann_get_total_connections(ann);
    unsigned int ni = fann_get_num_input(ann), no = fann_get_num_output(ann);
    struct fann_connection *c = calloc(tc, sizeof(*c));
    fann_type in[16], *out;

    fann_get_connection_array(ann, c);
    lcg_seed(tc);
    for (i = 0; i < tc; i++)
        c[i].weight = (fann_type)(lcg_next() % 1025) - 512;
    fann_set_weight_array(ann, c, tc);
    printf("%s\n", name);
    dump_getters(ann);
    dump_struct(ann);
    print_tables(ann);
    for (f = 0; f < NSUP * NSUP; f++) {
        int fh = supported[f % NSUP], fo = supported[(f / NSUP + f) % NSUP];
        fann_set_activation_function_hidden(ann, (enum fann_activationfunc_enum)fh);
        fann_set_activation_function_output(ann, (enum fann_activationfunc_enum)fo);
        fann_set_activation_steepness_hidden(ann, steeps[f % NSTEEPS]);
        fann_set_activation_steepness_output(ann, steeps[(f + 1) % NSTEEPS]);
        printf("%s hidden %d/%d output %d/%d\n", name, fh, steeps[f % NSTEEPS], fo,
               steeps[(f + 1) % NSTEEPS]);
        lcg_seed(f);
        for (k = 0; k < 6; k++) {
            for (i = 0; i < ni; i++)
                in[i] = (fann_type)(lcg_next() % 513) - 256;
            out = fann_run(ann, in);
            print_vec("  in", in, ni);
            print_vec("  out", out, no);
            neuron_line(ann);
        }
    }
    fflush(stdout);
    free(c);
}

static void warnings_and_errors(void)
{
    struct fann *ann;
    fann_type in[3], *out;
    unsigned int u;
    static const fann_type vals[] = { 256, -256, 257, -257, 0, 100000, -2147483647, 512 };

    seed_rand(41);
    ann = fann_create_standard(3, 3, 2, 1);
    printf("--- out of range inputs\n");
    for (u = 0; u + 2 < sizeof(vals) / sizeof(vals[0]); u++) {
        in[0] = vals[u]; in[1] = vals[u + 1]; in[2] = vals[u + 2];
        fflush(stdout);
        out = fann_run(ann, in);
        fflush(stdout);
        printf("out %d\n", out[0]);
    }
    printf("--- unsupported activation functions\n");
    for (u = 0; u < NUNSUP; u++) {
        fann_set_activation_function_hidden(ann, FANN_SIGMOID);
        fann_set_activation_function_output(ann, (enum fann_activationfunc_enum)unsupported[u]);
        in[0] = 10; in[1] = 20; in[2] = -30;
        print_errstate("before", (struct fann_error *)ann);
        fflush(stdout);
        out = fann_run(ann, in);
        fflush(stdout);
        printf("func %d out %d\n", unsupported[u], out[0]);
        print_errstate("after output", (struct fann_error *)ann);
        fann_reset_errno((struct fann_error *)ann);
        fann_reset_errstr((struct fann_error *)ann);
        fann_set_activation_function_hidden(ann, (enum fann_activationfunc_enum)unsupported[u]);
        fann_set_activation_function_output(ann, FANN_LINEAR);
        fflush(stdout);
        out = fann_run(ann, in);
        fflush(stdout);
        printf("hidden func %d out %d\n", unsupported[u], out[0]);
        print_errstate("after hidden", (struct fann_error *)ann);
        /* error log to stdout */
        fann_set_error_log((struct fann_error *)ann, stdout);
        out = fann_run(ann, in);
        printf("(stdout log) out %d\n", out[0]);
        fann_set_error_log((struct fann_error *)ann, NULL);
        out = fann_run(ann, in);
        printf("(NULL log) out %d\n", out[0]);
        fann_set_error_log((struct fann_error *)ann, (FILE *)-1);
        print_errstate("end", (struct fann_error *)ann);
        fann_reset_errstr((struct fann_error *)ann);
        fann_reset_errno((struct fann_error *)ann);
    }
    fann_destroy(ann);
}

int main(void)
{
    struct fann *ann;

    direct_sweep();

    seed_rand(51);
    ann = fann_create_standard(3, 3, 4, 2);
    net_sweep(ann, "std 3-4-2");
    fann_destroy(ann);

    seed_rand(52);
    ann = fann_create_shortcut(3, 2, 3, 1);
    net_sweep(ann, "shortcut 2-3-1");
    fann_destroy(ann);

    seed_rand(53);
    ann = fann_create_sparse(0.6f, 4, 4, 5, 3, 2);
    net_sweep(ann, "sparse 4-5-3-2");
    fann_destroy(ann);

    warnings_and_errors();
    return 0;
}
