/* Cascade training of a layered (non-shortcut) network is refused with error 15 and leaves
 * the network unchanged (a deliberate difference: FANN 2.2.0 grows it into a network whose
 * runs read past its neurons). A shortcut net of the same data still grows. */
#include <stdio.h>
#include <string.h>
#include "fann.h"

int main(int argc, char **argv)
{
    char path[512];
    struct fann_train_data *data;
    struct fann *layered, *shortcut;
    unsigned int before;

    if (argc < 3)
        return 2;
    snprintf(path, sizeof(path), "%s/xor.data", argv[2]);
    data = fann_read_train_from_file(path);
    fann_set_error_log(NULL, stdout);
    layered = fann_create_standard(3, 2, 3, 1);
    fann_set_error_log((struct fann_error *)layered, stdout);
    before = fann_get_total_connections(layered);
    fann_cascadetrain_on_data(layered, data, 3, 0, 0.0f);
    printf("layered: errno %d, connections %u -> %u, layers %u\n",
           fann_get_errno((struct fann_error *)layered), before,
           fann_get_total_connections(layered), fann_get_num_layers(layered));
    shortcut = fann_create_shortcut(2, 2, 1);
    srand(3);
    fann_randomize_weights(shortcut, -0.1f, 0.1f);
    fann_set_cascade_max_out_epochs(shortcut, 20);
    fann_set_cascade_max_cand_epochs(shortcut, 20);
    fann_cascadetrain_on_data(shortcut, data, 2, 0, 0.0f);
    printf("shortcut: errno %d, layers %u\n", fann_get_errno((struct fann_error *)shortcut),
           fann_get_num_layers(shortcut));
    fann_destroy(layered);
    fann_destroy(shortcut);
    fann_destroy_train(data);
    return 0;
}
