/* Files are written and read in the C locale whatever LC_NUMERIC the program chose (FANN's
 * depend on it; a deliberate difference, see COMPATIBILITY.md). The same network and data
 * saved under de_DE.UTF-8 and under "C" must give identical bytes, and each file must load
 * under the other locale. */
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include "fann.h"

static long slurp(const char *path, char *buf, long size)
{
    FILE *f = fopen(path, "rb");
    long n;
    if (f == NULL)
        return -1;
    n = (long)fread(buf, 1, (size_t)size, f);
    fclose(f);
    return n;
}

static char a[65536], b[65536];

static int same_file(const char *x, const char *y)
{
    long n = slurp(x, a, sizeof(a)), m = slurp(y, b, sizeof(b));
    return n > 0 && n == m && memcmp(a, b, (size_t)n) == 0;
}

int main(int argc, char **argv)
{
    char c_net[512], de_net[512], c_data[512], de_data[512];
    struct fann *ann, *loaded;
    struct fann_train_data *data, *reloaded;
    fann_type in[2] = {0.25f, -0.5f};
    fann_type out_c;
    unsigned int i;

    if (argc < 2)
        return 2;
    snprintf(c_net, sizeof(c_net), "%s/c.net", argv[1]);
    snprintf(de_net, sizeof(de_net), "%s/de.net", argv[1]);
    snprintf(c_data, sizeof(c_data), "%s/c.data", argv[1]);
    snprintf(de_data, sizeof(de_data), "%s/de.data", argv[1]);

    ann = fann_create_standard(3, 2, 3, 1);
    srand(3);
    fann_randomize_weights(ann, -1.5f, 1.5f);
    fann_set_learning_rate(ann, 0.35f);
    data = fann_create_train(2, 2, 1);
    for (i = 0; i < 2; i++) {
        data->input[i][0] = 0.5f + (fann_type)i;
        data->input[i][1] = -0.125f;
        data->output[i][0] = 0.75f;
    }
    out_c = fann_run(ann, in)[0];

    fann_save(ann, c_net);
    fann_save_train(data, c_data);
    if (setlocale(LC_NUMERIC, "de_DE.UTF-8") == NULL) {
        printf("de_DE.UTF-8 locale missing\n");
        return 1;
    }
    printf("locale decimal point: '%s'\n", localeconv()->decimal_point);
    fann_save(ann, de_net);
    fann_save_train(data, de_data);
    printf("net identical under de_DE: %d\n", same_file(c_net, de_net));
    printf("data identical under de_DE: %d\n", same_file(c_data, de_data));

    loaded = fann_create_from_file(c_net);
    reloaded = fann_read_train_from_file(c_data);
    printf("C-locale files load under de_DE: %d %d\n", loaded != NULL, reloaded != NULL);
    printf("same output: %d\n", loaded != NULL && fann_run(loaded, in)[0] == out_c);
    printf("same data: %d\n", reloaded != NULL && reloaded->input[1][0] == 1.5f &&
           reloaded->output[0][0] == 0.75f);
    printf("learning rate %.2f\n", (double)fann_get_learning_rate(loaded));
    fann_destroy(ann);
    fann_destroy(loaded);
    fann_destroy_train(data);
    fann_destroy_train(reloaded);
    return 0;
}
