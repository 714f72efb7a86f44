/* A save that fails must leave the previous file intact (FANN truncates it first). The
 * failure is provoked with a file size limit (RLIMIT_FSIZE, SIGXFSZ ignored), which makes
 * the write of a large network fail part way. */
#define _POSIX_C_SOURCE 200809L
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>
#include "fann.h"

static long file_size(const char *path)
{
    FILE *f = fopen(path, "rb");
    long n;
    if (f == NULL)
        return -1;
    fseek(f, 0, SEEK_END);
    n = ftell(f);
    fclose(f);
    return n;
}

int main(int argc, char **argv)
{
    char net_path[512], data_path[512];
    struct fann *small, *big;
    struct fann_train_data *data;
    struct rlimit limit;
    long before_net, before_data;

    if (argc < 2)
        return 2;
    /* Relative names keep the messages independent of the scratch directory. */
    if (chdir(argv[1]) != 0)
        return 2;
    snprintf(net_path, sizeof(net_path), "x.net");
    snprintf(data_path, sizeof(data_path), "x.data");
    fann_set_error_log(NULL, stdout);

    small = fann_create_standard(3, 2, 2, 1);
    data = fann_create_train(2, 2, 1);
    printf("first saves: %d %d\n", fann_save(small, net_path), fann_save_train(data, data_path));
    before_net = file_size(net_path);
    before_data = file_size(data_path);

    big = fann_create_standard(3, 60, 60, 60);
    fann_destroy_train(data);
    data = fann_create_train(5000, 20, 1);
    signal(SIGXFSZ, SIG_IGN);
    limit.rlim_cur = limit.rlim_max = 16384;
    setrlimit(RLIMIT_FSIZE, &limit);

    printf("fann_save over the limit: %d\n", fann_save(big, net_path));
    printf("fann_save_to_fixed over the limit: %d\n", fann_save_to_fixed(big, net_path));
    printf("fann_save_train over the limit: %d\n", fann_save_train(data, data_path));
    printf("old network file intact: %d\n", file_size(net_path) == before_net);
    printf("old training file intact: %d\n", file_size(data_path) == before_data);
    fann_destroy(fann_create_from_file(net_path));
    printf("old network still loads\n");
    fann_destroy(small);
    fann_destroy(big);
    /* fann_destroy_train never frees errstr (FANN's convention for client-built sets). */
    fann_reset_errstr((struct fann_error *)data);
    fann_destroy_train(data);
    return 0;
}
