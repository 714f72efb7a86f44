/* Steepness training: trains a 2-3-1 XOR network with symmetric sigmoids and, from a
 * training callback, makes the sigmoids steeper each time the error is low enough, until they
 * are so steep that the trained network also works with threshold (step) functions.
 * Incremental training: RPROP's steps overshoot once the sigmoids get very steep. */
#include "fann.h"
#include "example.h"

#define MAX_EPOCHS 2000
#define STEEPNESS_START 1.0f
#define STEEPNESS_STEP 0.1f
#define STEEPNESS_END 20.0f
#define STEP_ERROR 0.001f

struct steepness_schedule {
    fann_type steepness;
    unsigned int raises;
};

/* Called after every epoch (epochs_between_reports is 1). */
static int raise_steepness(struct fann *ann, struct fann_train_data *train,
                           unsigned int max_epochs, unsigned int epochs_between_reports,
                           float desired_error, unsigned int epochs)
{
    struct steepness_schedule *schedule = fann_get_user_data(ann);
    (void)train;
    (void)max_epochs;
    (void)epochs_between_reports;
    (void)desired_error;

    if (fann_get_MSE(ann) >= STEP_ERROR)
        return 0;
    schedule->steepness += STEEPNESS_STEP;
    if (schedule->steepness > STEEPNESS_END)
        return -1; /* done: stop training */
    schedule->raises++;
    if (schedule->raises % 20 == 0)
        printf("epoch %4u: steepness %.1f\n", epochs, (double)schedule->steepness);
    fann_set_activation_steepness_hidden(ann, schedule->steepness);
    fann_set_activation_steepness_output(ann, schedule->steepness);
    return 0;
}

int main(int argc, char **argv)
{
    struct steepness_schedule schedule = {STEEPNESS_START, 0};
    struct fann_train_data *data;
    struct fann *ann;
    unsigned int i, failures = 0;
    float sigmoid_mse;
    fann_type final_steepness;

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
    fann_set_activation_function_hidden(ann, FANN_SIGMOID_SYMMETRIC);
    fann_set_activation_function_output(ann, FANN_SIGMOID_SYMMETRIC);
    fann_set_activation_steepness_hidden(ann, schedule.steepness);
    fann_set_activation_steepness_output(ann, schedule.steepness);
    fann_set_training_algorithm(ann, FANN_TRAIN_INCREMENTAL);
    example_seed();
    fann_randomize_weights(ann, -0.1f, 0.1f);

    fann_set_user_data(ann, &schedule);
    fann_set_callback(ann, raise_steepness);
    /* an unreachable desired error: only the callback (or MAX_EPOCHS) ends the training */
    fann_train_on_data(ann, data, MAX_EPOCHS, 1, -1.0f);
    sigmoid_mse = fann_test_data(ann, data);
    final_steepness = fann_get_activation_steepness(ann, 2, 0);

    /* the steep sigmoids now behave like step functions */
    fann_set_activation_function_hidden(ann, FANN_THRESHOLD_SYMMETRIC);
    fann_set_activation_function_output(ann, FANN_THRESHOLD_SYMMETRIC);
    for (i = 0; i < fann_length_train_data(data); i++) {
        fann_type *out = fann_run(ann, data->input[i]);
        printf("xor(%g, %g) -> %g, should be %g\n", (double)data->input[i][0],
               (double)data->input[i][1], (double)out[0], (double)data->output[i][0]);
        if (out[0] != data->output[i][0])
            failures++;
    }
    if (schedule.steepness <= STEEPNESS_END)
        printf("steepness %.1f not reached in %u epochs\n", (double)STEEPNESS_END, MAX_EPOCHS);
    printf("RESULT steepness_train steepness=%.1f raises=%u sigmoid_mse=%.6f threshold_failures=%u\n",
           (double)final_steepness, schedule.raises, sigmoid_mse, failures);
    fann_destroy(ann);
    fann_destroy_train(data);
    return failures == 0 ? 0 : 1;
}
