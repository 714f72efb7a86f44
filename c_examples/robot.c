/* Robot: a 48-96-3 network learns robot.train with incremental back-propagation and
 * momentum, and is measured on the unseen patterns of robot.test. */
#include "fann.h"
#include "example.h"

#define MAX_EPOCHS 300
#define EPOCHS_BETWEEN_REPORTS 50
#define DESIRED_ERROR 0.001f

int main(int argc, char **argv)
{
    struct fann_train_data *train, *test;
    struct fann *ann;
    float train_mse, test_mse;

    example_args(argc, argv);
    train = fann_read_train_from_file(data_file("robot.train"));
    if (train == NULL)
        return 1;
    test = fann_read_train_from_file(data_file("robot.test"));
    if (test == NULL) {
        fann_destroy_train(train);
        return 1;
    }

    ann = fann_create_standard(3, fann_num_input_train_data(train), 96,
                               fann_num_output_train_data(train));
    if (ann == NULL) {
        fann_destroy_train(train);
        fann_destroy_train(test);
        return 1;
    }
    fann_set_training_algorithm(ann, FANN_TRAIN_INCREMENTAL);
    fann_set_learning_rate(ann, 0.7f);
    fann_set_learning_momentum(ann, 0.4f);
    example_seed();
    fann_randomize_weights(ann, -0.1f, 0.1f);

    printf("Training network.\n");
    fann_train_on_data(ann, train, MAX_EPOCHS, EPOCHS_BETWEEN_REPORTS, DESIRED_ERROR);
    train_mse = fann_test_data(ann, train);
    printf("Testing network.\n");
    test_mse = fann_test_data(ann, test);

    if (fann_save(ann, work_file("robot_float.net")) != 0) {
        fann_destroy(ann);
        fann_destroy_train(train);
        fann_destroy_train(test);
        return 1;
    }
    printf("RESULT robot train_mse=%.6f test_mse=%.6f test_bit_fail=%u\n", train_mse, test_mse,
           fann_get_bit_fail(ann));
    fann_destroy(ann);
    fann_destroy_train(train);
    fann_destroy_train(test);
    return 0;
}
