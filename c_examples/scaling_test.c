/* Scaling, testing: loads scaling.net (from scaling_train) with its scaling parameters and
 * runs it on scaling.data in the data's own units: scale the input, run, descale the output.
 * Also checks that descaling a scaled input gives the input back. */
#include <math.h>
#include "fann.h"
#include "example.h"

int main(int argc, char **argv)
{
    struct fann_train_data *data;
    struct fann *ann;
    unsigned int i, j, n;
    double sum_sq = 0, worst = 0, worst_roundtrip = 0;

    example_args(argc, argv);
    ann = fann_create_from_file(work_file("scaling.net"));
    if (ann == NULL)
        return 1;
    data = fann_read_train_from_file(data_file("scaling.data"));
    if (data == NULL) {
        fann_destroy(ann);
        return 1;
    }

    n = fann_length_train_data(data);
    for (i = 0; i < n; i++) {
        fann_type input[16], *out;
        double diff;
        unsigned int num_input = fann_num_input_train_data(data);
        if (num_input > 16)
            break;
        for (j = 0; j < num_input; j++)
            input[j] = data->input[i][j];
        fann_scale_input(ann, input);
        out = fann_run(ann, input);
        fann_descale_output(ann, out);
        diff = fabs((double)out[0] - (double)data->output[i][0]);
        sum_sq += diff * diff;
        if (diff > worst)
            worst = diff;
        if (i < 5)
            printf("%g %g %g -> %f, should be %g, difference %f\n", (double)data->input[i][0],
                   (double)data->input[i][1], (double)data->input[i][2], (double)out[0],
                   (double)data->output[i][0], diff);
        fann_descale_input(ann, input);
        for (j = 0; j < num_input; j++) {
            double back = fabs((double)input[j] - (double)data->input[i][j]);
            if (back > worst_roundtrip)
                worst_roundtrip = back;
        }
    }
    fann_destroy_train(data);
    if (fann_get_errno((struct fann_error *)ann) != FANN_E_NO_ERROR || i < n) {
        fann_destroy(ann);
        return 1;
    }
    printf("RESULT scaling_test rmse=%.4f max_diff=%.4f roundtrip_max_diff=%.6f\n",
           sqrt(sum_sq / n), worst, worst_roundtrip);
    fann_destroy(ann);
    return 0;
}
