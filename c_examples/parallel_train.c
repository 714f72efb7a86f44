/* Parallel training: iRPROP- epochs on mushroom.train computed by 2 threads
 * (fann_train_epoch_irpropm_parallel, from parallel_fann.h), next to ordinary serial epochs
 * (fann_train_epoch) of a copy of the same network. Both are measured on mushroom.test. */
#include "parallel_fann.h"
#include "example.h"

#define THREADS 2
#define MAX_EPOCHS 100
#define DESIRED_ERROR 0.0001f

/* Trains until DESIRED_ERROR or MAX_EPOCHS; returns the number of epochs. */
static unsigned int train(struct fann *ann, struct fann_train_data *data, int parallel)
{
    unsigned int epoch;
    for (epoch = 1; epoch <= MAX_EPOCHS; epoch++) {
        float error = parallel ? fann_train_epoch_irpropm_parallel(ann, data, THREADS)
                               : fann_train_epoch(ann, data);
        if (epoch % 10 == 0 || epoch == 1 || error <= DESIRED_ERROR)
            printf("%s epoch %4u. Current error: %.10f\n", parallel ? "parallel" : "serial  ",
                   epoch, (double)error);
        if (error <= DESIRED_ERROR)
            return epoch;
    }
    return MAX_EPOCHS;
}

int main(int argc, char **argv)
{
    struct fann_train_data *train_data, *test_data;
    struct fann *ann, *serial;
    unsigned int parallel_epochs, serial_epochs;
    float parallel_test, serial_test;

    example_args(argc, argv);
    train_data = fann_read_train_from_file(data_file("mushroom.train"));
    if (train_data == NULL)
        return 1;
    test_data = fann_read_train_from_file(data_file("mushroom.test"));
    if (test_data == NULL) {
        fann_destroy_train(train_data);
        return 1;
    }
    ann = fann_create_standard(3, fann_num_input_train_data(train_data), 32,
                               fann_num_output_train_data(train_data));
    if (ann == NULL) {
        fann_destroy_train(train_data);
        fann_destroy_train(test_data);
        return 1;
    }
    fann_set_activation_function_hidden(ann, FANN_SIGMOID_SYMMETRIC);
    fann_set_activation_function_output(ann, FANN_SIGMOID);
    example_seed();
    fann_randomize_weights(ann, -0.1f, 0.1f);
    serial = fann_copy(ann);
    if (serial == NULL) {
        fann_destroy(ann);
        fann_destroy_train(train_data);
        fann_destroy_train(test_data);
        return 1;
    }
    fann_set_training_algorithm(serial, FANN_TRAIN_RPROP);

    parallel_epochs = train(ann, train_data, 1);
    parallel_test = fann_test_data(ann, test_data);
    serial_epochs = train(serial, train_data, 0);
    serial_test = fann_test_data(serial, test_data);

    printf("RESULT parallel_train threads=%d epochs=%u test_mse=%.8f test_bit_fail=%u "
           "serial_epochs=%u serial_test_mse=%.8f\n",
           THREADS, parallel_epochs, parallel_test, fann_get_bit_fail(ann), serial_epochs,
           serial_test);
    fann_destroy(serial);
    fann_destroy(ann);
    fann_destroy_train(train_data);
    fann_destroy_train(test_data);
    return 0;
}
