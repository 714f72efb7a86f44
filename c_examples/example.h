/* Helpers shared by the example programs: command line and file names.
 *
 * Every example is run as   program DATADIR [WORKDIR]
 * DATADIR holds the data sets (xor.data, mushroom.train, ...); files the examples write or
 * read back (networks, fixed point data) live in WORKDIR, the current directory by default. */
#ifndef EXAMPLE_H
#define EXAMPLE_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Seed for rand() after the network is created (fann_create_* reseeds from /dev/urandom), so
 * that every run, with any FANN library, starts from the same weights. EXAMPLE_SEED in the
 * environment overrides it. */
#define EXAMPLE_DEFAULT_SEED 1u

static inline void example_seed(void)
{
    const char *text = getenv("EXAMPLE_SEED");
    srand(text != NULL && *text != '\0' ? (unsigned int)strtoul(text, NULL, 10) : EXAMPLE_DEFAULT_SEED);
}

static const char *example_data_dir;
static const char *example_work_dir = ".";

/* Reads DATADIR and WORKDIR from the command line; exits with status 2 without DATADIR. */
static inline void example_args(int argc, char **argv)
{
    if (argc < 2 || argc > 3) {
        fprintf(stderr, "usage: %s DATADIR [WORKDIR]\n", argc > 0 ? argv[0] : "example");
        exit(2);
    }
    example_data_dir = argv[1];
    if (argc == 3)
        example_work_dir = argv[2];
}

/* dir/name in one of a few rotating buffers (a call keeps its result valid for three more). */
static inline const char *example_join(const char *dir, const char *name)
{
    static char buffers[4][4096];
    static unsigned int next;
    char *buffer = buffers[next++ % 4];
    int n = snprintf(buffer, sizeof(buffers[0]), "%s/%s", dir, name);
    if (n < 0 || (size_t)n >= sizeof(buffers[0])) {
        fprintf(stderr, "path too long: %s/%s\n", dir, name);
        exit(2);
    }
    return buffer;
}

/* A data set file in DATADIR. */
static inline const char *data_file(const char *name)
{
    return example_join(example_data_dir, name);
}

/* A file in WORKDIR. */
static inline const char *work_file(const char *name)
{
    return example_join(example_work_dir, name);
}

#endif /* EXAMPLE_H */
