/* Cascade-correlation: starts from a shortcut network without hidden neurons and lets
 * fann_cascadetrain_on_data add hidden neurons one by one until the two-spiral training set
 * is learnt (no output off by 0.35 or more) or MAX_NEURONS were added; then reports the
 * error on two-spiral.test and saves cascade_train.net. */
#include "fann.h"
#include "example.h"

#define MAX_NEURONS 30
#define NEURONS_BETWEEN_REPORTS 1

int main(int argc, char **argv)
{
    struct fann_train_data *train, *test;
    struct fann *ann;
    enum fann_activationfunc_enum functions[] = {
        FANN_SIGMOID_SYMMETRIC, FANN_GAUSSIAN_SYMMETRIC, FANN_ELLIOT_SYMMETRIC, FANN_SIN_SYMMETRIC
    };
    fann_type steepnesses[] = {0.5f, 1.0f};
    float train_mse, test_mse;
    unsigned int train_bit_fail, layers;

    example_args(argc, argv);
    train = fann_read_train_from_file(data_file("two-spiral.train"));
    if (train == NULL)
        return 1;
    test = fann_read_train_from_file(data_file("two-spiral.test"));
    if (test == NULL) {
        fann_destroy_train(train);
        return 1;
    }
    /* 0/1 targets become -1/1 for the symmetric output */
    fann_scale_output_train_data(train, -1, 1);
    fann_scale_output_train_data(test, -1, 1);

    ann = fann_create_shortcut(2, fann_num_input_train_data(train),
                               fann_num_output_train_data(train));
    if (ann == NULL) {
        fann_destroy_train(train);
        fann_destroy_train(test);
        return 1;
    }
    fann_set_training_algorithm(ann, FANN_TRAIN_RPROP);
    fann_set_activation_function_hidden(ann, FANN_SIGMOID_SYMMETRIC);
    fann_set_activation_function_output(ann, FANN_SIGMOID_SYMMETRIC);
    fann_set_train_error_function(ann, FANN_ERRORFUNC_LINEAR);
    fann_set_train_stop_function(ann, FANN_STOPFUNC_BIT);
    fann_set_bit_fail_limit(ann, 0.35f);
    fann_set_cascade_activation_functions(ann, functions,
                                          sizeof(functions) / sizeof(functions[0]));
    fann_set_cascade_activation_steepnesses(ann, steepnesses,
                                            sizeof(steepnesses) / sizeof(steepnesses[0]));
    fann_set_cascade_num_candidate_groups(ann, 2);
    example_seed();
    fann_randomize_weights(ann, -0.1f, 0.1f);

    printf("Training network (%u candidates per neuron).\n", fann_get_cascade_num_candidates(ann));
    fann_cascadetrain_on_data(ann, train, MAX_NEURONS, NEURONS_BETWEEN_REPORTS, 0);

    train_mse = fann_test_data(ann, train);
    train_bit_fail = fann_get_bit_fail(ann);
    test_mse = fann_test_data(ann, test);
    layers = fann_get_num_layers(ann);

    if (fann_save(ann, work_file("cascade_train.net")) != 0) {
        fann_destroy(ann);
        fann_destroy_train(train);
        fann_destroy_train(test);
        return 1;
    }
    printf("RESULT cascade_train hidden_neurons=%u train_mse=%.6f train_bit_fail=%u "
           "test_mse=%.6f test_bit_fail=%u\n",
           layers - 2, train_mse, train_bit_fail, test_mse, fann_get_bit_fail(ann));
    fann_destroy(ann);
    fann_destroy_train(train);
    fann_destroy_train(test);
    return 0;
}
