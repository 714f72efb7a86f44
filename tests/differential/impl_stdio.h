/*
 * impl_stdio.h - the library must print through C stdio (the same stdout
 * FILE buffer as the program): program output and library output are
 * interleaved here WITHOUT any fflush, so a library that writes to fd 1
 * directly or through its own buffer produces a different order.
 */

int main(void)
{
    struct fann *ann;
    fann_type in[2];

    seed_rand(91);
    ann = fann_create_standard(3, 2, 3, 1);
    printf("before print_parameters (no newline yet) ");
    fann_print_parameters(ann);
    printf("between\n");
    fann_print_connections(ann);
    printf("after print_connections ");
    fann_set_error_log((struct fann_error *)ann, stdout);
    fann_get_activation_function(ann, 0, 0);
    printf("after error to stdout ");
    fann_set_error_log(NULL, stdout);
    fann_error(NULL, FANN_E_CANT_OPEN_TD_R, "data.txt");
    printf("after global error to stdout\n");
#ifdef FIXEDFANN
    in[0] = 300;
    in[1] = -1000;
    printf("fixed run warning: ");
    fann_run(ann, in);
    printf("done\n");
#else
    in[0] = 0.5;
    in[1] = -0.5;
    fann_run(ann, in);
#endif
    fann_set_error_log(NULL, (FILE *)-1);
    fann_destroy(ann);
    printf("end\n");
    return 0;
}
