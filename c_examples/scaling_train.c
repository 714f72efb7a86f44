/* Scaling, training: scaling.data has inputs and outputs around 1000 that vary by a few
 * units, useless to sigmoid neurons as they are. fann_set_scaling_params learns a scaling
 * from the data (mean and standard deviation of every column), fann_scale_train applies it,
 * the network is trained on the scaled set and saved with its scaling parameters as
 * scaling.net (used by scaling_test). */
#include "fann.h"
#include "example.h"

#define MAX_EPOCHS 2000
#define EPOCHS_BETWEEN_REPORTS 500
#define DESIRED_ERROR 0.0001f

int main(int argc, char **argv)
{
    struct fann_train_data *data;
    struct fann *ann;
    float mse;

    example_args(argc, argv);
    data = fann_read_train_from_file(data_file("scaling.data"));
    if (data == NULL)
        return 1;
    ann = fann_create_standard(3, fann_num_input_train_data(data), 10,
                               fann_num_output_train_data(data));
    if (ann == NULL) {
        fann_destroy_train(data);
        return 1;
    }
    fann_set_activation_function_hidden(ann, FANN_SIGMOID_SYMMETRIC);
    /* the scaling is by standard deviation: scaled outputs can exceed [-1, 1] */
    fann_set_activation_function_output(ann, FANN_LINEAR);
    fann_set_train_error_function(ann, FANN_ERRORFUNC_LINEAR);
    fann_set_training_algorithm(ann, FANN_TRAIN_RPROP);
    example_seed();
    fann_randomize_weights(ann, -0.1f, 0.1f);

    if (fann_set_scaling_params(ann, data, -1, 1, -1, 1) != 0)
        goto fail;
    fann_scale_train(ann, data);
    if (fann_get_errno((struct fann_error *)ann) != FANN_E_NO_ERROR)
        goto fail;

    printf("Training network on the scaled data.\n");
    fann_train_on_data(ann, data, MAX_EPOCHS, EPOCHS_BETWEEN_REPORTS, DESIRED_ERROR);
    mse = fann_test_data(ann, data);

    if (fann_save(ann, work_file("scaling.net")) != 0)
        goto fail;
    printf("RESULT scaling_train scaled_mse=%.6f\n", mse);
    fann_destroy(ann);
    fann_destroy_train(data);
    return 0;

fail:
    fann_destroy(ann);
    fann_destroy_train(data);
    return 1;
}
