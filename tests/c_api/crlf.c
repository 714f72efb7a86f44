/* CRLF line endings (a deliberate difference: FANN 2.2.0 rejects such .net files with
 * error 3). The spec's example network with every "\n" turned into "\r\n" must load, run
 * exactly like the original and save back to the original LF bytes; a CRLF training file
 * loads too (FANN also accepts that one). */
#include <stdio.h>
#include <string.h>
#include "fann.h"

static char text[8192], crlf[16384], saved[8192];

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

static void spit(const char *path, const char *buf, long n)
{
    FILE *f = fopen(path, "wb");
    fwrite(buf, 1, (size_t)n, f);
    fclose(f);
}

int main(int argc, char **argv)
{
    char orig_path[512], crlf_path[512], resaved_path[512], data_path[512];
    long n, m = 0, i, k;
    struct fann *lf_net, *crlf_net;
    struct fann_train_data *data;
    fann_type in[2] = {1, -1};
    fann_type a, b;

    if (argc < 3)
        return 2;
    snprintf(orig_path, sizeof(orig_path), "%s/spec_5_1_float.net", argv[2]);
    snprintf(crlf_path, sizeof(crlf_path), "%s/crlf.net", argv[1]);
    snprintf(resaved_path, sizeof(resaved_path), "%s/resaved.net", argv[1]);
    snprintf(data_path, sizeof(data_path), "%s/crlf.data", argv[1]);
    n = slurp(orig_path, text, sizeof(text));
    for (i = 0; i < n; i++) {
        if (text[i] == '\n')
            crlf[m++] = '\r';
        crlf[m++] = text[i];
    }
    spit(crlf_path, crlf, m);
    printf("fixture %ld bytes, CRLF copy %ld bytes\n", n, m);

    lf_net = fann_create_from_file(orig_path);
    crlf_net = fann_create_from_file(crlf_path);
    printf("CRLF network loads: %d\n", crlf_net != NULL);
    a = fann_run(lf_net, in)[0];
    b = fann_run(crlf_net, in)[0];
    printf("run(1, -1) = %.9g, same as LF: %d\n", (double)b, a == b);
    fann_save(crlf_net, resaved_path);
    k = slurp(resaved_path, saved, sizeof(saved));
    printf("saved back with LF, identical to the fixture: %d\n", k == n && memcmp(saved, text, (size_t)n) == 0);

    {
        static const char data_text[] = "2 3 2\r\n1 0 -1 \r\n0.5 0.75 \r\n1 0 -1 \r\n0.5 0.75 \r\n";
        spit(data_path, data_text, (long)strlen(data_text));
    }
    data = fann_read_train_from_file(data_path);
    printf("CRLF training file loads: %d, output[1][1] = %g\n", data != NULL,
           data ? (double)data->output[1][1] : 0.0);
    fann_destroy_train(data);
    fann_destroy(lf_net);
    fann_destroy(crlf_net);
    return 0;
}
