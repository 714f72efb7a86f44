/*
 * convnets.h - recipes of the float nets whose fann_save_to_fixed output is
 * committed as tests/files/conv_<name>.fix.net (written once with Debian's
 * libfann.so.2, i.e. the float library).  *_netfixtures rebuild them: the
 * float/double programs compare their fann_save_to_fixed output with the
 * fixture, the fixed program loads the fixtures and runs them.
 *
 * Only activation functions the fixed-point library supports are used
 * (plus one net with GAUSSIAN to see error 13), and no steepness converts
 * to 0 (the fixed-point SIGMOID* functions divide by it).
 */
#ifndef DIFF_CONVNETS_H
#define DIFF_CONVNETS_H

static const char *const conv_names[] = {
    "std_3_5_2",      /* weights (-1, 1): decimal point 13..14 */
    "sparse_4_6_3",   /* rate 0.6, weights (-3, 3) */
    "shortcut_3_2_2_1", /* shortcut 3-2-2-1, weights (-10, 10) */
    "std_2_4_1_big",  /* weights (-1000, 1000) */
    "std_2_3_1_tiny", /* weights (-0.001, 0.001): decimal point 15 */
    "std_2_2_1_huge", /* weights (-4e9, 4e9): returns negative, decimal point 0 */
    "std_2_3_3_3_2",  /* per-neuron functions and steepnesses */
    "std_2_3_1_gauss" /* GAUSSIAN hidden layer (unsupported in fixed) */
};
#define NCONV (sizeof(conv_names) / sizeof(conv_names[0]))

#ifndef FIXEDFANN
static struct fann *conv_net(unsigned int idx)
{
    struct fann *ann = NULL;
    static const enum fann_activationfunc_enum fixed_ok[] = {
        FANN_LINEAR, FANN_THRESHOLD, FANN_THRESHOLD_SYMMETRIC, FANN_SIGMOID,
        FANN_SIGMOID_STEPWISE, FANN_SIGMOID_SYMMETRIC, FANN_SIGMOID_SYMMETRIC_STEPWISE,
        FANN_LINEAR_PIECE, FANN_LINEAR_PIECE_SYMMETRIC,
    };

    switch (idx) {
    case 0:
        seed_rand(101);
        ann = fann_create_standard(3, 3, 5, 2);
        seed_rand(1101);
        fann_randomize_weights(ann, -1, 1);
        fann_set_activation_function_hidden(ann, FANN_SIGMOID_SYMMETRIC_STEPWISE);
        fann_set_activation_function_output(ann, FANN_SIGMOID);
        fann_set_activation_steepness_hidden(ann, 0.75);
        fann_set_activation_steepness_output(ann, 1.0);
        break;
    case 1:
        seed_rand(102);
        ann = fann_create_sparse(0.6f, 3, 4, 6, 3);
        seed_rand(1102);
        fann_randomize_weights(ann, -3, 3);
        fann_set_activation_function_hidden(ann, FANN_SIGMOID_STEPWISE);
        fann_set_activation_function_output(ann, FANN_LINEAR_PIECE_SYMMETRIC);
        fann_set_activation_steepness_output(ann, 0.25);
        break;
    case 2:
        seed_rand(103);
        ann = fann_create_shortcut(4, 3, 2, 2, 1);
        seed_rand(1103);
        fann_randomize_weights(ann, -10, 10);
        fann_set_activation_function_hidden(ann, FANN_THRESHOLD_SYMMETRIC);
        fann_set_activation_function_output(ann, FANN_LINEAR);
        break;
    case 3:
        seed_rand(104);
        ann = fann_create_standard(3, 2, 4, 1);
        seed_rand(1104);
        fann_randomize_weights(ann, -1000, 1000);
        fann_set_activation_function_hidden(ann, FANN_SIGMOID_SYMMETRIC);
        fann_set_activation_function_output(ann, FANN_LINEAR_PIECE);
        fann_set_activation_steepness_hidden(ann, 0.01);
        break;
    case 4:
        seed_rand(105);
        ann = fann_create_standard(3, 2, 3, 1);
        seed_rand(1105);
        fann_randomize_weights(ann, -0.001, 0.001);
        fann_set_activation_function_hidden(ann, FANN_SIGMOID);
        fann_set_activation_function_output(ann, FANN_THRESHOLD);
        break;
    case 5:
        seed_rand(106);
        ann = fann_create_standard(3, 2, 2, 1);
        seed_rand(1106);
        fann_randomize_weights(ann, -4e9, 4e9);
        fann_set_activation_function_hidden(ann, FANN_LINEAR_PIECE_SYMMETRIC);
        fann_set_activation_function_output(ann, FANN_LINEAR);
        fann_set_activation_steepness_hidden(ann, 2.0);
        fann_set_activation_steepness_output(ann, 1.0);
        break;
    case 6: {
        unsigned int l, n;
        seed_rand(107);
        ann = fann_create_standard(5, 2, 3, 3, 3, 2);
        seed_rand(1107);
        fann_randomize_weights(ann, -2, 2);
        for (l = 1; l < 5; l++) {
            unsigned int cnt = (unsigned int)(ann->first_layer[l].last_neuron -
                                              ann->first_layer[l].first_neuron);
            for (n = 0; n < cnt; n++) {
                fann_set_activation_function(ann, fixed_ok[(l * 3 + n) % 9], (int)l, (int)n);
                fann_set_activation_steepness(ann, (fann_type)(0.25 * (double)(1 + (l + n) % 5)),
                                              (int)l, (int)n);
            }
        }
        break;
    }
    case 7:
        seed_rand(108);
        ann = fann_create_standard(3, 2, 3, 1);
        seed_rand(1108);
        fann_randomize_weights(ann, -1, 1);
        fann_set_activation_function_hidden(ann, FANN_GAUSSIAN);
        fann_set_activation_function_output(ann, FANN_SIGMOID_SYMMETRIC);
        break;
    }
    return ann;
}
#endif

#endif
