/*
 * fileutil.h - file helpers for the programs that save and load files
 * (*_netfiles, *_netfixtures, *_netfile_errors, *_traindata_files).
 * Include after common.h; independent of fann_type.
 *
 * setup_tmpdir() creates a private directory with mkdtemp under /tmp and
 * makes it the working directory.  It then forks: the child runs the test,
 * the parent waits, removes the directory (with everything in it) and exits
 * with the child's status (re-raising the child's signal if it was killed),
 * so the directory also goes away when the library under test crashes or
 * the child dies with "symbol lookup error" (no atexit handlers run then).
 * All files are named relatively ("a.net"), so the file names
 * that FANN puts into its error messages are the same in every run.
 * Inside that directory "files" is a symlink to the committed fixtures
 * (tests/files): the directory named by the environment variable
 * FANN_TEST_FILES (set by run.sh), else ../files relative to this source
 * file.  Fixtures are therefore opened as "files/<name>".
 *
 * cat_file() prints a file's bytes verbatim (nothing escaped) between two
 * marker lines:
 *     ----- begin <name> (<n> bytes)
 *     <bytes>
 *     ----- end <name>
 * When the file does not end in '\n', a newline and the line
 * "----- (no newline at end of file)" are printed before the end marker.
 */
#ifndef DIFF_FILEUTIL_H
#define DIFF_FILEUTIL_H

#include <dirent.h>
#include <signal.h>
#include <unistd.h>
#include <sys/stat.h>
#include <sys/wait.h>

static char tmpdir_path[256];

static void remove_tmpdir(void)
{
    DIR *d;
    struct dirent *e;
    char p[600];

    if (tmpdir_path[0] == '\0')
        return;
    if (chdir("/") != 0)
        return;
    d = opendir(tmpdir_path);
    if (d != NULL) {
        while ((e = readdir(d)) != NULL) {
            if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
                continue;
            snprintf(p, sizeof(p), "%s/%s", tmpdir_path, e->d_name);
            unlink(p);
        }
        closedir(d);
    }
    rmdir(tmpdir_path);
    tmpdir_path[0] = '\0';
}

HELPER void setup_tmpdir(void)
{
    const char *files = getenv("FANN_TEST_FILES");
    char fallback[1024];

    if (files == NULL || files[0] == '\0') {
        /* run.sh compiles with an absolute source path */
        const char *src = __FILE__;
        const char *slash = strrchr(src, '/');
        if (slash == NULL)
            snprintf(fallback, sizeof(fallback), "../files");
        else
            snprintf(fallback, sizeof(fallback), "%.*s/../files", (int)(slash - src), src);
        files = fallback;
    }
    strcpy(tmpdir_path, "/tmp/fann-files.XXXXXX");
    if (mkdtemp(tmpdir_path) == NULL) {
        perror("mkdtemp");
        exit(3);
    }
    if (chdir(tmpdir_path) != 0) {
        perror("chdir");
        remove_tmpdir();
        exit(3);
    }
    if (symlink(files, "files") != 0) {
        perror("symlink");
        remove_tmpdir();
        exit(3);
    }
    fflush(stdout);
    fflush(stderr);
    {
        int status;
        pid_t pid = fork();
        if (pid < 0) {
            perror("fork");
            remove_tmpdir();
            exit(3);
        }
        if (pid == 0)
            return; /* the child runs the test */
        if (waitpid(pid, &status, 0) != pid) {
            perror("waitpid");
            remove_tmpdir();
            _exit(3);
        }
        remove_tmpdir();
        if (WIFEXITED(status))
            _exit(WEXITSTATUS(status));
        if (WIFSIGNALED(status)) {
            signal(WTERMSIG(status), SIG_DFL);
            raise(WTERMSIG(status));
        }
        _exit(3);
    }
}

/* whole file into a malloc'd buffer (NULL if it cannot be opened) */
HELPER char *slurp(const char *path, long *len)
{
    FILE *f = fopen(path, "rb");
    char *buf;
    long n = 0, cap = 4096;
    size_t r;

    *len = -1;
    if (f == NULL)
        return NULL;
    buf = malloc((size_t)cap + 1);
    while ((r = fread(buf + n, 1, (size_t)(cap - n), f)) > 0) {
        n += (long)r;
        if (n == cap) {
            cap *= 2;
            buf = realloc(buf, (size_t)cap + 1);
        }
    }
    fclose(f);
    buf[n] = '\0';
    *len = n;
    return buf;
}

HELPER void cat_file(const char *path)
{
    long n;
    char *buf = slurp(path, &n);

    fflush(stdout);
    if (buf == NULL) {
        printf("----- %s: cannot open\n", path);
        return;
    }
    printf("----- begin %s (%ld bytes)\n", path, n);
    fwrite(buf, 1, (size_t)n, stdout);
    if (n > 0 && buf[n - 1] != '\n')
        printf("\n----- (no newline at end of file)\n");
    printf("----- end %s\n", path);
    fflush(stdout);
    free(buf);
}

/* "yes", "no" or "missing" */
HELPER const char *same_files(const char *a, const char *b)
{
    long na, nb;
    char *ba = slurp(a, &na), *bb = slurp(b, &nb);
    const char *r;

    if (ba == NULL || bb == NULL)
        r = "missing";
    else
        r = (na == nb && memcmp(ba, bb, (size_t)na) == 0) ? "yes" : "no";
    free(ba);
    free(bb);
    return r;
}

/* first differing line of two files, for the report lines */
HELPER void first_difference(const char *a, const char *b)
{
    long na, nb, i, line = 1, ls = 0;
    char *ba = slurp(a, &na), *bb = slurp(b, &nb);

    if (ba != NULL && bb != NULL) {
        for (i = 0; i < na && i < nb && ba[i] == bb[i]; i++) {
            if (ba[i] == '\n') {
                line++;
                ls = i + 1;
            }
        }
        if (i < na || i < nb)
            printf("  first difference at byte %ld (line %ld, column %ld)\n", i, line, i - ls + 1);
    }
    free(ba);
    free(bb);
}

/* write a file from a string literal (binary, exact bytes) */
HELPER void write_bytes(const char *path, const char *bytes, size_t n)
{
    FILE *f = fopen(path, "wb");
    if (f == NULL) {
        perror(path);
        exit(3);
    }
    fwrite(bytes, 1, n, f);
    fclose(f);
}

HELPER void write_text(const char *path, const char *text)
{
    write_bytes(path, text, strlen(text));
}

/* copy a file, replacing the first occurrence of `from` by `to`
 * (from == NULL: plain copy); returns 0, or -1 if `from` was not found */
HELPER int copy_replace(const char *src, const char *dst, const char *from, const char *to)
{
    long n;
    char *buf = slurp(src, &n), *p;
    FILE *f;

    if (buf == NULL) {
        printf("copy_replace: cannot open %s\n", src);
        return -1;
    }
    f = fopen(dst, "wb");
    if (f == NULL) {
        perror(dst);
        exit(3);
    }
    p = from == NULL ? NULL : strstr(buf, from);
    if (p == NULL) {
        fwrite(buf, 1, (size_t)n, f);
    } else {
        fwrite(buf, 1, (size_t)(p - buf), f);
        fwrite(to, 1, strlen(to), f);
        fwrite(p + strlen(from), 1, (size_t)(n - (p - buf) - (long)strlen(from)), f);
    }
    fclose(f);
    free(buf);
    return (from != NULL && p == NULL) ? -1 : 0;
}

/* copy the first `keep` bytes of a file */
HELPER void copy_truncated(const char *src, const char *dst, long keep)
{
    long n;
    char *buf = slurp(src, &n);
    if (buf == NULL) {
        printf("copy_truncated: cannot open %s\n", src);
        return;
    }
    if (keep > n)
        keep = n;
    write_bytes(dst, buf, (size_t)keep);
    free(buf);
}

#endif
