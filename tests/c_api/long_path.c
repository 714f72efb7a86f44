/* A 4096-character file name in error messages is handled whole (FANN 2.2.0 formats into a
 * 128-byte buffer and overflows it): the message on the log and in errstr carries the full
 * name, for a failed load, a failed save and a failed training-data read. Expected sizes:
 * errstr = 35 + 4096 + 15 bytes; log = 2 x (14 + 35 + 4096 + 15) bytes. */
#include <stdio.h>
#include <string.h>
#include "fann.h"

static char path[4097];

int main(void)
{
    struct fann *ann;
    struct fann_train_data *data;
    char *errstr;
    const char *expected = "Unable to open configuration file \"";
    FILE *log = tmpfile();
    long n;

    memset(path, 'x', sizeof(path) - 1);
    memcpy(path, "/nonexistent/", 13);
    path[4096] = 0;
    fann_set_error_log(NULL, log);
    printf("load: %s\n", fann_create_from_file(path) == NULL ? "NULL" : "non-NULL");
    data = fann_read_train_from_file(path);
    printf("read: %s\n", data == NULL ? "NULL" : "non-NULL");
    ann = fann_create_standard(3, 2, 3, 1);
    fann_set_error_log((struct fann_error *)ann, NULL);
    printf("save: %d\n", fann_save(ann, path));
    errstr = ((struct fann_error *)ann)->errstr;
    printf("errstr length %lu, name whole: %d\n", (unsigned long)strlen(errstr),
           strncmp(errstr, expected, strlen(expected)) == 0 &&
               strncmp(errstr + strlen(expected), path, 4096) == 0);
    fflush(log);
    n = ftell(log);
    printf("log bytes: %ld\n", n);
    fann_destroy(ann);
    fclose(log);
    return 0;
}
