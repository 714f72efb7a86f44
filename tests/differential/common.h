/*
 * common.h - shared helpers for the FANN differential test programs.
 *
 * Include this header FIRST (before any system or FANN header), then the
 * FANN variant header (floatfann.h / doublefann.h / fixedfann.h), then
 * "fann_dump.h" for the fann_type dependent helpers.
 *
 * srand() interposition
 * ---------------------
 * FANN 2.2.0's fann_create_* call fann_seed_rand(), which calls
 * srand(<4 bytes of /dev/urandom>) every time, so created nets are not
 * reproducible.  This header defines srand() in the executable.  Because a
 * symbol defined in the executable interposes the one in libc for every
 * shared object (the library's call goes through the PLT and resolves to the
 * first definition in the global lookup scope, which is the executable), the
 * library's reseed lands here and is ignored unless `allow_srand` is set.
 * The program seeds with seed_rand(s), which sets the flag around a call of
 * srand(), which forwards to the real libc srand found with
 * dlsym(RTLD_NEXT, "srand").
 */
#ifndef DIFF_COMMON_H
#define DIFF_COMMON_H

#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif

#include <dlfcn.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>

/* helpers may be unused in a given program */
#define HELPER static __attribute__((unused))

/* Global and volatile on purpose: glibc declares srand() with the "leaf"
 * attribute, which would let an optimising compiler assume that srand()
 * cannot see file-local variables of the caller. */
volatile int allow_srand = 0;
volatile unsigned int blocked_srand_calls = 0;

void srand(unsigned int seed)
{
    static void (*real_srand)(unsigned int) = NULL;
    if (!allow_srand) {
        blocked_srand_calls++;
        return;
    }
    if (real_srand == NULL) {
        void *sym = dlsym(RTLD_NEXT, "srand");
        if (sym == NULL) {
            fprintf(stderr, "common.h: dlsym(RTLD_NEXT, \"srand\") failed\n");
            abort();
        }
        memcpy(&real_srand, &sym, sizeof(real_srand));
    }
    real_srand(seed);
}

/* stdout is made line buffered so that, when a library under test crashes
 * or dies with "symbol lookup error", the captured output ends where the
 * program stopped.  The *_stdio programs opt out (DIFF_FULLY_BUFFERED): they
 * test interleaving under the default full buffering of a pipe/file. */
#ifndef DIFF_FULLY_BUFFERED
__attribute__((constructor)) static void diff_line_buffer_stdout(void)
{
    setvbuf(stdout, NULL, _IOLBF, BUFSIZ);
}
#endif

/* Seed libc's rand() for real (FANN's own reseeding stays neutralised). */
HELPER void seed_rand(unsigned int seed)
{
    allow_srand = 1;
    srand(seed);
    allow_srand = 0;
}

/* Private deterministic generator for test inputs (never touches rand()). */
static uint32_t lcg_state = 12345u;

HELPER void lcg_seed(uint32_t s)
{
    lcg_state = s;
}

HELPER uint32_t lcg_next(void)
{
    lcg_state = lcg_state * 1664525u + 1013904223u;
    return lcg_state;
}

/* uniform double in [lo, hi) with 24 random bits (exactly representable in float) */
HELPER double lcg_range(double lo, double hi)
{
    uint32_t r = lcg_next() >> 8;
    return lo + (hi - lo) * ((double)r / 16777216.0);
}

/* ---- bit exact printing ---- */

HELPER void pf32(float v)
{
    uint32_t b;
    memcpy(&b, &v, sizeof(b));
    printf("%.9g[%08x]", (double)v, (unsigned)b);
}

HELPER void pf64(double v)
{
    uint64_t b;
    memcpy(&b, &v, sizeof(b));
    printf("%.17g[%016llx]", v, (unsigned long long)b);
}

/* Flush stdout before/after a library call that prints, so that the test
 * output stays well ordered no matter how the library buffers. */
#define FLUSHED(call) do { fflush(stdout); call; fflush(stdout); } while (0)

#endif
