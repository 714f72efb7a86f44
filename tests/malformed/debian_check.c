/*
 * debian_check.c - loads files with Debian's FANN 2.2.0 and reports what happened, to check
 * the expectations in tests/malformed/<dir>/expected.txt (run by `generate.py --debian`).
 *
 * Build one variant per library, e.g.
 *   cc -DVARIANT_FLOAT  debian_check.c -o check_float  -lfloatfann  -lm
 *   cc -DVARIANT_DOUBLE debian_check.c -o check_double -ldoublefann -lm
 *   cc -DVARIANT_FIXED  debian_check.c -o check_fixed  -lfixedfann  -lm
 * Usage: check_xxx net|train FILE...   (run in the corpus directory, bare file names)
 *
 * Each file is loaded in a child process with a 4 GiB address-space limit and a 20 s alarm,
 * so FANN's crashes, hangs and multi-gigabyte allocations are reported instead of taking
 * the machine down. One line per file on stdout:
 *   FILE<TAB>ok | none | <code> <message> | crash <signal> | timeout
 * where <code> <message> is the first "FANN Error %d: %s" line FANN printed on stderr (the
 * message's final newline removed; further messages follow after " || ").
 */
#define _GNU_SOURCE
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#if defined(VARIANT_FLOAT)
#include <floatfann.h>
#elif defined(VARIANT_DOUBLE)
#include <doublefann.h>
#elif defined(VARIANT_FIXED)
#include <fixedfann.h>
#else
#error "define VARIANT_FLOAT, VARIANT_DOUBLE or VARIANT_FIXED"
#endif

static void child(int train, const char *file)
{
    struct rlimit lim = {4UL << 30, 4UL << 30};
    setrlimit(RLIMIT_AS, &lim);
    alarm(20);
    if (train) {
        struct fann_train_data *d = fann_read_train_from_file(file);
        printf(d ? "ok" : "null");
    } else {
        struct fann *ann = fann_create_from_file(file);
        printf(ann ? "ok" : "null");
    }
    fflush(stdout);
    _exit(0);
}

static void check(int train, const char *file)
{
    int out[2], err[2];
    if (pipe(out) || pipe(err)) {
        perror("pipe");
        exit(2);
    }
    pid_t pid = fork();
    if (pid == 0) {
        dup2(out[1], 1);
        dup2(err[1], 2);
        close(out[0]);
        close(err[0]);
        child(train, file);
    }
    close(out[1]);
    close(err[1]);
    static char obuf[256], ebuf[1 << 16];
    size_t on = 0, en = 0;
    ssize_t r;
    while ((r = read(out[0], obuf + on, sizeof obuf - 1 - on)) > 0)
        on += (size_t)r;
    while ((r = read(err[0], ebuf + en, sizeof ebuf - 1 - en)) > 0)
        en += (size_t)r;
    obuf[on] = 0;
    ebuf[en] = 0;
    close(out[0]);
    close(err[0]);
    int status;
    waitpid(pid, &status, 0);

    printf("%s\t", file);
    if (WIFSIGNALED(status)) {
        if (WTERMSIG(status) == SIGALRM)
            printf("timeout");
        else
            printf("crash %s", strsignal(WTERMSIG(status)));
    } else if (strcmp(obuf, "ok") == 0 && en == 0) {
        printf("ok");
    } else if (en == 0) {
        printf("none");
    } else {
        /* "FANN Error %d: %s" messages, each ending in a newline */
        char *p = ebuf;
        int first = 1;
        while (*p) {
            char *nl = strchr(p, '\n');
            if (nl)
                *nl = 0;
            const char *prefix = "FANN Error ";
            const char *text = strncmp(p, prefix, strlen(prefix)) == 0 ? p + strlen(prefix) : p;
            char *colon = strstr(text, ": ");
            printf("%s", first ? "" : " || ");
            if (colon && text != p)
                printf("%.*s %s", (int)(colon - text), text, colon + 2);
            else
                printf("%s", text);
            first = 0;
            if (!nl)
                break;
            p = nl + 1;
        }
        if (strcmp(obuf, "ok") == 0)
            printf(" || (loaded)");
    }
    printf("\n");
    fflush(stdout);
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: %s net|train FILE...\n", argv[0]);
        return 2;
    }
    int train = strcmp(argv[1], "train") == 0;
    for (int i = 2; i < argc; i++)
        check(train, argv[i]);
    return 0;
}
