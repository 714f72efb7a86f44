/* Momentum comparison: the same 48-24-3 network (same starting weights) is trained on
 * robot.train with incremental back-propagation and momenta 0.0 to 0.7; for each, the number
 * of epochs needed to reach DESIRED_ERROR (or MAX_EPOCHS) and the error on robot.test. */
#include "fann.h"
#include "example.h"

#define MAX_EPOCHS 400
#define DESIRED_ERROR 0.002f

int main(int argc, char **argv)
{
    struct fann_train_data *train, *test;
    struct fann *initial;
    unsigned int step, best_epochs = MAX_EPOCHS + 1;
    float best_momentum = 0, worst_test = 0;

    example_args(argc, argv);
    train = fann_read_train_from_file(data_file("robot.train"));
    if (train == NULL)
        return 1;
    test = fann_read_train_from_file(data_file("robot.test"));
    if (test == NULL) {
        fann_destroy_train(train);
        return 1;
    }
    initial = fann_create_standard(3, fann_num_input_train_data(train), 24,
                                   fann_num_output_train_data(train));
    if (initial == NULL) {
        fann_destroy_train(train);
        fann_destroy_train(test);
        return 1;
    }
    fann_set_training_algorithm(initial, FANN_TRAIN_INCREMENTAL);
    fann_set_learning_rate(initial, 0.7f);
    example_seed();
    fann_randomize_weights(initial, -0.1f, 0.1f);

    for (step = 0; step <= 7; step++) {
        float momentum = step / 10.0f, train_mse = 0, test_mse;
        unsigned int epochs;
        /* fann_copy of FANN 2.2.0 forgets the training algorithm: set it again */
        struct fann *ann = fann_copy(initial);
        if (ann == NULL)
            break;
        fann_set_training_algorithm(ann, FANN_TRAIN_INCREMENTAL);
        fann_set_learning_momentum(ann, momentum);
        for (epochs = 1; epochs <= MAX_EPOCHS; epochs++) {
            train_mse = fann_train_epoch(ann, train);
            if (train_mse <= DESIRED_ERROR)
                break;
        }
        if (epochs > MAX_EPOCHS)
            epochs = MAX_EPOCHS;
        test_mse = fann_test_data(ann, test);
        printf("momentum %.1f: %3u epochs, train error %.6f, test error %.6f\n",
               (double)momentum, epochs, (double)train_mse, (double)test_mse);
        if (epochs < best_epochs) {
            best_epochs = epochs;
            best_momentum = momentum;
        }
        if (test_mse > worst_test)
            worst_test = test_mse;
        fann_destroy(ann);
    }

    fann_destroy(initial);
    fann_destroy_train(train);
    fann_destroy_train(test);
    if (step <= 7)
        return 1;
    printf("RESULT momentums best_momentum=%.1f best_epochs=%u worst_test_mse=%.6f\n",
           (double)best_momentum, best_epochs, (double)worst_test);
    return 0;
}
