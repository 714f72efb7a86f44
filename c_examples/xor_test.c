/* XOR, testing: loads the network xor_train saved and checks it on the XOR patterns.
 *
 * Built twice: against floatfann (xor_test_float: xor_float.net on DATADIR/xor.data) and,
 * with -DFIXEDFANN, against fixedfann (xor_test_fixed: xor_fixed.net on xor_fixed.data, both
 * written by xor_train into WORKDIR). Fails when an output is off by more than 0.2. */
#include "fann.h"
#include "example.h"

int main(int argc, char **argv)
{
    struct fann_train_data *data;
    struct fann *ann;
    unsigned int i, failures = 0;
    double worst = 0, scale = 1;
    float mse;

    example_args(argc, argv);
#ifdef FIXEDFANN
    ann = fann_create_from_file(work_file("xor_fixed.net"));
#else
    ann = fann_create_from_file(work_file("xor_float.net"));
#endif
    if (ann == NULL)
        return 1;
#ifdef FIXEDFANN
    data = fann_read_train_from_file(work_file("xor_fixed.data"));
    scale = fann_get_multiplier(ann);
#else
    data = fann_read_train_from_file(data_file("xor.data"));
#endif
    if (data == NULL) {
        fann_destroy(ann);
        return 1;
    }

    for (i = 0; i < fann_length_train_data(data); i++) {
        fann_type *out = fann_test(ann, data->input[i], data->output[i]);
        double got = out[0] / scale, want = data->output[i][0] / scale;
        double diff = got > want ? got - want : want - got;
        printf("xor(%g, %g) -> %f, should be %g, difference %f\n",
               data->input[i][0] / scale, data->input[i][1] / scale, got, want, diff);
        if (diff > worst)
            worst = diff;
        if (diff > 0.2)
            failures++;
    }
    mse = fann_get_MSE(ann);
    fann_destroy_train(data);

#ifdef FIXEDFANN
    printf("RESULT xor_test_fixed mse=%.6f max_diff=%.6f failures=%u decimal_point=%u\n", mse,
           worst, failures, fann_get_decimal_point(ann));
#else
    printf("RESULT xor_test_float mse=%.6f max_diff=%.6f failures=%u\n", mse, worst, failures);
#endif
    fann_destroy(ann);
    return failures == 0 ? 0 : 1;
}
