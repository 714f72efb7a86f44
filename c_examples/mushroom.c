/* Mushroom: trains a 125-32-2 network on mushroom.train (edible / poisonous) and reports the
 * error on the unseen patterns of mushroom.test. */
#include "fann.h"
#include "example.h"

#define MAX_EPOCHS 300
#define EPOCHS_BETWEEN_REPORTS 10
#define DESIRED_ERROR 0.0001f

int main(int argc, char **argv)
{
    struct fann_train_data *train, *test;
    struct fann *ann;
    unsigned int i, misclassified = 0;
    float train_mse, test_mse;

    example_args(argc, argv);
    train = fann_read_train_from_file(data_file("mushroom.train"));
    if (train == NULL)
        return 1;
    test = fann_read_train_from_file(data_file("mushroom.test"));
    if (test == NULL) {
        fann_destroy_train(train);
        return 1;
    }

    ann = fann_create_standard(3, fann_num_input_train_data(train), 32,
                               fann_num_output_train_data(train));
    if (ann == NULL) {
        fann_destroy_train(train);
        fann_destroy_train(test);
        return 1;
    }
    fann_set_activation_function_hidden(ann, FANN_SIGMOID_SYMMETRIC);
    fann_set_activation_function_output(ann, FANN_SIGMOID);
    example_seed();
    fann_randomize_weights(ann, -0.1f, 0.1f);

    printf("Training network.\n");
    fann_train_on_data(ann, train, MAX_EPOCHS, EPOCHS_BETWEEN_REPORTS, DESIRED_ERROR);
    train_mse = fann_test_data(ann, train);

    /* Test pattern by pattern, also counting wrong classifications (larger output wins). */
    printf("Testing network.\n");
    fann_reset_MSE(ann);
    for (i = 0; i < fann_length_train_data(test); i++) {
        fann_type *out = fann_test(ann, test->input[i], test->output[i]);
        int predicted = out[1] > out[0];
        int expected = test->output[i][1] > test->output[i][0];
        if (predicted != expected)
            misclassified++;
    }
    test_mse = fann_get_MSE(ann);

    if (fann_save(ann, work_file("mushroom_float.net")) != 0) {
        fann_destroy(ann);
        fann_destroy_train(train);
        fann_destroy_train(test);
        return 1;
    }
    printf("RESULT mushroom train_mse=%.8f test_mse=%.8f test_bit_fail=%u misclassified=%u/%u\n",
           train_mse, test_mse, fann_get_bit_fail(ann), misclassified,
           fann_length_train_data(test));

    fann_destroy(ann);
    fann_destroy_train(train);
    fann_destroy_train(test);
    return 0;
}
