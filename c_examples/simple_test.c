/* Simple test: loads simple_float.net (written by simple_train) and runs it on one input. */
#include "fann.h"
#include "example.h"

int main(int argc, char **argv)
{
    fann_type input[2] = {-1, 1};
    fann_type *out;
    struct fann *ann;

    example_args(argc, argv);
    ann = fann_create_from_file(work_file("simple_float.net"));
    if (ann == NULL)
        return 1;
    out = fann_run(ann, input);
    printf("xor test (%f,%f) -> %f\n", (double)input[0], (double)input[1], (double)out[0]);
    printf("RESULT simple_test output=%.6f\n", (double)out[0]);
    fann_destroy(ann);
    return 0;
}
