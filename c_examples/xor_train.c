/* XOR, training: a 2-3-1 network with symmetric sigmoids learns xor.data until no output is
 * off by 0.01 or more (bit fail stop), then is saved as xor_float.net and, converted to fixed
 * point, as xor_fixed.net together with xor_fixed.data for xor_test_fixed. */
#include "fann.h"
#include "example.h"

#define MAX_EPOCHS 1000
#define EPOCHS_BETWEEN_REPORTS 100

int main(int argc, char **argv)
{
    struct fann_train_data *data;
    struct fann *ann;
    unsigned int i;
    int decimal_point;
    float mse;

    example_args(argc, argv);
    data = fann_read_train_from_file(data_file("xor.data"));
    if (data == NULL)
        return 1;
    ann = fann_create_standard(3, fann_num_input_train_data(data), 3,
                               fann_num_output_train_data(data));
    if (ann == NULL) {
        fann_destroy_train(data);
        return 1;
    }

    fann_set_activation_steepness_hidden(ann, 1);
    fann_set_activation_steepness_output(ann, 1);
    fann_set_activation_function_hidden(ann, FANN_SIGMOID_SYMMETRIC);
    fann_set_activation_function_output(ann, FANN_SIGMOID_SYMMETRIC);
    fann_set_train_stop_function(ann, FANN_STOPFUNC_BIT);
    fann_set_bit_fail_limit(ann, 0.01f);

    example_seed();
    fann_init_weights(ann, data);

    printf("Training network.\n");
    fann_train_on_data(ann, data, MAX_EPOCHS, EPOCHS_BETWEEN_REPORTS, 0);

    printf("Testing network.\n");
    for (i = 0; i < fann_length_train_data(data); i++) {
        fann_type *out = fann_run(ann, data->input[i]);
        printf("xor(%g, %g) -> %f, should be %g, difference %f\n",
               (double)data->input[i][0], (double)data->input[i][1], (double)out[0],
               (double)data->output[i][0], (double)fann_abs(out[0] - data->output[i][0]));
    }
    mse = fann_test_data(ann, data);

    printf("Saving network.\n");
    if (fann_save(ann, work_file("xor_float.net")) != 0)
        goto fail;
    decimal_point = fann_save_to_fixed(ann, work_file("xor_fixed.net"));
    if (decimal_point < 0)
        goto fail;
    if (fann_save_train_to_fixed(data, work_file("xor_fixed.data"), (unsigned int)decimal_point) != 0)
        goto fail;

    printf("RESULT xor_train mse=%.6f bit_fail=%u decimal_point=%d\n", mse,
           fann_get_bit_fail(ann), decimal_point);
    fann_destroy(ann);
    fann_destroy_train(data);
    return 0;

fail:
    fann_destroy(ann);
    fann_destroy_train(data);
    return 1;
}
