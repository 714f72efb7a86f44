/* Simple training: the shortest way to train a network with FANN, fann_train_on_file on
 * xor.data, then saving it as simple_float.net for simple_test. */
#include "fann.h"
#include "example.h"

int main(int argc, char **argv)
{
    const unsigned int num_input = 2, num_hidden = 3, num_output = 1;
    const float desired_error = 0.001f;
    const unsigned int max_epochs = 500000, epochs_between_reports = 1000;
    struct fann_train_data *data;
    struct fann *ann;
    float mse;

    example_args(argc, argv);
    /* fann_train_on_file only prints when it cannot read the file; reading it first gives
     * the failure to the program (and the data to measure the result on). */
    data = fann_read_train_from_file(data_file("xor.data"));
    if (data == NULL)
        return 1;

    ann = fann_create_standard(3, num_input, num_hidden, num_output);
    if (ann == NULL) {
        fann_destroy_train(data);
        return 1;
    }
    fann_set_activation_function_hidden(ann, FANN_SIGMOID_SYMMETRIC);
    fann_set_activation_function_output(ann, FANN_SIGMOID_SYMMETRIC);
    example_seed();
    fann_randomize_weights(ann, -0.1f, 0.1f);

    fann_train_on_file(ann, data_file("xor.data"), max_epochs, epochs_between_reports,
                       desired_error);
    mse = fann_test_data(ann, data);
    fann_destroy_train(data);

    if (fann_save(ann, work_file("simple_float.net")) != 0) {
        fann_destroy(ann);
        return 1;
    }
    printf("RESULT simple_train mse=%.6f\n", mse);
    fann_destroy(ann);
    return 0;
}
