/* Creates a 2-2-1 network, gives it weights that compute XOR, and runs it on the four
 * inputs. Built against this project's headers and libfann. */
#include <stdio.h>
#include "fann.h"

int main(void)
{
    /* Neurons: inputs 0 and 1, input bias 2, hidden 3 and 4, hidden bias 5, output 6. */
    struct fann_connection weights[] = {
        {0, 3, 10}, {1, 3, 10}, {2, 3, -5},   /* hidden 3: x1 OR x2 */
        {0, 4, 10}, {1, 4, 10}, {2, 4, -15},  /* hidden 4: x1 AND x2 */
        {3, 6, 10}, {4, 6, -10}, {5, 6, -5},  /* output: OR and not AND */
    };
    fann_type inputs[4][2] = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
    struct fann *ann = fann_create_standard(3, 2, 2, 1);
    unsigned int i;

    if (ann == NULL)
        return 1;
    fann_set_activation_function_hidden(ann, FANN_SIGMOID);
    fann_set_activation_function_output(ann, FANN_SIGMOID);
    fann_set_activation_steepness_hidden(ann, 1);
    fann_set_activation_steepness_output(ann, 1);
    fann_set_weight_array(ann, weights, sizeof(weights) / sizeof(weights[0]));

    printf("xor network: %u inputs, %u outputs, %u neurons, %u connections\n",
           fann_get_num_input(ann), fann_get_num_output(ann),
           fann_get_total_neurons(ann), fann_get_total_connections(ann));
    fann_print_connections(ann);
    for (i = 0; i < 4; i++) {
        fann_type *out = fann_run(ann, inputs[i]);
        printf("xor(%g, %g) = %f\n", (double)inputs[i][0], (double)inputs[i][1], (double)out[0]);
    }
    fann_destroy(ann);
    return 0;
}
