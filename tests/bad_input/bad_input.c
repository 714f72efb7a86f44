/*
 * bad_input.c - robustness test of the FANN C API against bad arguments.
 *
 * Build one variant with exactly one of -DVARIANT_FLOAT, -DVARIANT_DOUBLE,
 * -DVARIANT_FIXED against our headers (-I include) and our library
 * (-lfann / -ldoublefann / -lfixedfann); tests/bad_input/run.sh does that,
 * runs it and compares stdout+stderr with expected_<variant>.txt.
 *
 * Every case prints what it called and what came back (return value, errno,
 * errstr). Error messages are routed to stdout with
 * fann_set_error_log(NULL, stdout) (nets copy that log when created and it is
 * also set on each net explicitly); stdout is unbuffered so the few lines
 * that go to stderr (fann_print_error) appear in a fixed order when both
 * streams are captured into one file.
 *
 * -DDEBIAN_FANN builds the same program against Debian's FANN 2.2.0
 * (/usr/include, -lfann...) to compare behaviour (tests/bad_input/debian_diff.sh).
 * In that mode calls that crash or invoke undefined behaviour in FANN 2.2.0
 * are not made (a line "[not run with FANN 2.2.0: ...]" says so), and the
 * few creation cases where FANN crashes run in a child process so the
 * signal can be reported.
 */
#define _POSIX_C_SOURCE 200809L

#include <limits.h>
#include <math.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#if defined(VARIANT_FLOAT)
#include <floatfann.h>
#define VARIANT "float"
#elif defined(VARIANT_DOUBLE)
#include <doublefann.h>
#define VARIANT "double"
#elif defined(VARIANT_FIXED)
#include <fixedfann.h>
#define VARIANT "fixed"
#else
#error "define VARIANT_FLOAT, VARIANT_DOUBLE or VARIANT_FIXED"
#endif

/* Exported by FANN (and by us) but not declared in the installed headers. */
struct fann_layer *fann_get_layer(struct fann *ann, int layer);
struct fann_neuron *fann_get_neuron(struct fann *ann, unsigned int layer, int neuron);
struct fann_neuron *fann_get_neuron_layer(struct fann *ann, struct fann_layer *layer, int neuron);
fann_callback_type fann_get_callback(struct fann *ann);

#define E(a) ((struct fann_error *)(a))

#ifdef FIXEDFANN
/* fixed nets made by fann_create_* use decimal point 8 (multiplier 256) */
#define V(x) ((fann_type)((x) * 256.0))
#else
#define V(x) ((fann_type)(x))
#endif

#ifdef DEBIAN_FANN
#define NOT_WITH_FANN(reason) printf("[not run with FANN 2.2.0: %s]\n", reason)
#define OURS_ONLY 0
/* Runs the statements in a child, reporting a crash (FANN 2.2.0 traps in some cases). */
#define ISOLATE(...)                                                                   \
    do {                                                                               \
        pid_t pid_;                                                                    \
        int status_ = 0;                                                               \
        fflush(stdout);                                                                \
        pid_ = fork();                                                                 \
        if (pid_ == 0) {                                                               \
            __VA_ARGS__;                                                               \
            fflush(stdout);                                                            \
            _exit(0);                                                                  \
        }                                                                              \
        waitpid(pid_, &status_, 0);                                                    \
        if (WIFSIGNALED(status_))                                                      \
            printf("  [FANN 2.2.0 crashed: signal %d]\n", WTERMSIG(status_));          \
    } while (0)
#else
#define NOT_WITH_FANN(reason) ((void)0)
#define OURS_ONLY 1
#define ISOLATE(...)                                                                   \
    do {                                                                               \
        __VA_ARGS__;                                                                   \
    } while (0)
#endif

/* ------------------------------------------------------------------ printing */

static void section(const char *title)
{
    printf("\n==== %s\n", title);
}

/* fann_type as text: %.9g for float, %.17g for double, %d for fixed */
static const char *ft(fann_type v)
{
    static char buf[4][64];
    static unsigned int slot = 0;
    char *b = buf[slot++ & 3];
#if defined(FIXEDFANN)
    snprintf(b, 64, "%d", v);
#elif defined(VARIANT_DOUBLE)
    snprintf(b, 64, "%.17g", v);
#else
    snprintf(b, 64, "%.9g", (double)v);
#endif
    return b;
}

/* a C string with \n and other control characters escaped, or NULL */
static void print_cstr(const char *s)
{
    if (s == NULL) {
        printf("NULL");
        return;
    }
    putchar('"');
    for (; *s; s++) {
        if (*s == '\n')
            printf("\\n");
        else if ((unsigned char)*s < 0x20 || (unsigned char)*s >= 0x7f)
            printf("\\x%02x", (unsigned char)*s);
        else
            putchar(*s);
    }
    putchar('"');
}

static void errstate(const char *tag, void *errdat)
{
    struct fann_error *e = E(errdat);
    printf("  %s: errno=%d errstr=", tag, (int)fann_get_errno(e));
    print_cstr(e->errstr);
    printf("\n");
}

/* prints the outcome of a constructor and destroys the net */
static void net_result(struct fann *ann)
{
    if (ann == NULL) {
        printf("  -> NULL\n");
        return;
    }
    printf("  -> net: layers=%u input=%u output=%u total_neurons=%u total_connections=%u "
           "connection_rate=%.9g network_type=%d\n",
           fann_get_num_layers(ann), fann_get_num_input(ann), fann_get_num_output(ann),
           fann_get_total_neurons(ann), fann_get_total_connections(ann),
           (double)fann_get_connection_rate(ann), (int)fann_get_network_type(ann));
    errstate("new net", ann);
    fann_destroy(ann);
}

/* the call is printed first, then its error messages, then the outcome */
#define CREATE(expr)                                                                   \
    do {                                                                               \
        printf("%s:\n", #expr);                                                        \
        net_result(expr);                                                              \
    } while (0)

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* an absurd creation must fail quickly (before any per-neuron work or allocation) */
#define CREATE_TIMED(expr)                                                             \
    do {                                                                               \
        double t0_, dt_;                                                               \
        struct fann *a_;                                                               \
        printf("%s:\n", #expr);                                                        \
        t0_ = now();                                                                   \
        a_ = expr;                                                                     \
        dt_ = now() - t0_;                                                             \
        net_result(a_);                                                                \
        printf("  returned within 2 s: %s\n", dt_ < 2.0 ? "yes" : "NO");                \
    } while (0)

/* every connection as from->to:weight */
static void print_connections(struct fann *ann)
{
    unsigned int i, n = fann_get_total_connections(ann);
    struct fann_connection *c = malloc(n * sizeof *c);
    if (c == NULL) {
        printf("  malloc failed\n");
        return;
    }
    fann_get_connection_array(ann, c);
    printf("  connections:");
    for (i = 0; i < n; i++)
        printf(" %u->%u:%s", c[i].from_neuron, c[i].to_neuron, ft(c[i].weight));
    printf("\n");
    free(c);
}

/* gives every connection a fixed weight (nets are randomly initialised on creation) */
static void set_known_weights(struct fann *ann)
{
    unsigned int i, n = fann_get_total_connections(ann);
    struct fann_connection *c = malloc(n * sizeof *c);
    if (c == NULL) {
        printf("  malloc failed\n");
        return;
    }
    fann_get_connection_array(ann, c);
    for (i = 0; i < n; i++)
        c[i].weight = V(((int)((i * 37) % 101) - 50) / 64.0);
    fann_set_weight_array(ann, c, n);
    free(c);
}

/* activation function and steepness of every neuron of layers 1.. (bias included) */
static void print_activations(struct fann *ann)
{
    int l, n, nl = (int)fann_get_num_layers(ann);
    printf("  activations:");
    for (l = 1; l < nl; l++) {
        int size = (int)(ann->first_layer[l].last_neuron - ann->first_layer[l].first_neuron);
        printf(" L%d[", l);
        for (n = 0; n < size; n++)
            printf("%s%d/%s", n ? " " : "", (int)fann_get_activation_function(ann, l, n),
                   ft(fann_get_activation_steepness(ann, l, n)));
        printf("]");
    }
    printf("\n");
}

static void run_and_print(struct fann *ann, const char *label, fann_type *input)
{
    fann_type *out = fann_run(ann, input);
    unsigned int i;
    printf("  fann_run(%s) ->", label);
    if (out == NULL) {
        printf(" NULL\n");
        return;
    }
    for (i = 0; i < fann_get_num_output(ann); i++)
        printf(" %s", ft(out[i]));
    printf("\n");
}

/* a 2-3-1 standard net with known weights and its log on stdout */
static struct fann *make_net(void)
{
    struct fann *ann = fann_create_standard(3, 2, 3, 1);
    if (ann == NULL) {
        printf("fann_create_standard(3, 2, 3, 1) failed\n");
        exit(1);
    }
    fann_set_error_log(E(ann), stdout);
    set_known_weights(ann);
    return ann;
}

/* ------------------------------------------------------------------ sections */

static void error_routine_without_net(void)
{
    section("error routine without a struct");
    printf("fann_default_error_log == stdout: %s\n", fann_default_error_log == stdout ? "yes" : "no");
    printf("fann_error(NULL, FANN_E_CANT_ALLOCATE_MEM):\n");
    fann_error(NULL, FANN_E_CANT_ALLOCATE_MEM);
    printf("fann_error(NULL, FANN_E_INDEX_OUT_OF_BOUND, -7):\n");
    fann_error(NULL, FANN_E_INDEX_OUT_OF_BOUND, -7);
    printf("fann_error(NULL, FANN_E_CANT_OPEN_CONFIG_R, \"/nonexistent/x.net\"):\n");
    fann_error(NULL, FANN_E_CANT_OPEN_CONFIG_R, "/nonexistent/x.net");
    printf("fann_error(NULL, FANN_E_TRAIN_DATA_SUBSET, 5, 10, 12):\n");
    fann_error(NULL, FANN_E_TRAIN_DATA_SUBSET, 5, 10, 12);
    if (OURS_ONLY) {
        printf("fann_error(NULL, 999): (unknown code: nothing printed)\n");
        fann_error(NULL, (enum fann_errno_enum)999);
        printf("fann_error(NULL, 0): (no error: nothing printed)\n");
        fann_error(NULL, FANN_E_NO_ERROR);
        printf("fann_get_errno(NULL) = %d\n", (int)fann_get_errno(NULL));
        printf("fann_get_errstr(NULL) = ");
        print_cstr(fann_get_errstr(NULL));
        printf("\n");
        fann_reset_errno(NULL);
        fann_reset_errstr(NULL);
        fann_print_error(NULL);
        fann_init_error_data(NULL);
        printf("fann_reset_errno/reset_errstr/print_error/init_error_data(NULL): no crash\n");
    } else {
        NOT_WITH_FANN("fann_error(NULL, 999 / 0) prints an uninitialised buffer; "
                      "the other error functions dereference NULL");
    }

    printf("fann_set_error_log(NULL, NULL): errors without a struct print nothing\n");
    fann_set_error_log(NULL, NULL);
    fann_error(NULL, FANN_E_CANT_ALLOCATE_MEM);
    CREATE(fann_create_standard(1, 3));
    fann_set_error_log(NULL, stdout);
    printf("fann_set_error_log(NULL, stdout): restored\n");
    fann_error(NULL, FANN_E_SCALE_NOT_PRESENT);
}

#define NGET(fmt, conv, call) printf("%s = " fmt "\n", #call, conv(call))
#define NSET(call)                                                                     \
    do {                                                                               \
        call;                                                                          \
        printf("%s: no-op\n", #call);                                                  \
    } while (0)
#define AS_INT(x) ((int)(x))
#define AS_UINT(x) ((unsigned int)(x))
#define AS_DBL(x) ((double)(x))
#define AS_PTR(x) ((x) == NULL ? "NULL" : "non-NULL")

#define FLOAT_PARAMS(X)                                                                \
    X(learning_rate)                                                                   \
    X(learning_momentum)                                                               \
    X(quickprop_decay)                                                                 \
    X(quickprop_mu)                                                                    \
    X(rprop_increase_factor)                                                           \
    X(rprop_decrease_factor)                                                           \
    X(rprop_delta_min)                                                                 \
    X(rprop_delta_max)                                                                 \
    X(rprop_delta_zero)                                                                \
    X(sarprop_weight_decay_shift)                                                      \
    X(sarprop_step_error_threshold_factor)                                             \
    X(sarprop_step_error_shift)                                                        \
    X(sarprop_temperature)                                                             \
    X(cascade_output_change_fraction)                                                  \
    X(cascade_candidate_change_fraction)
#define UINT_PARAMS(X)                                                                 \
    X(cascade_output_stagnation_epochs)                                                \
    X(cascade_candidate_stagnation_epochs)                                             \
    X(cascade_max_out_epochs)                                                          \
    X(cascade_min_out_epochs)                                                          \
    X(cascade_max_cand_epochs)                                                         \
    X(cascade_min_cand_epochs)                                                         \
    X(cascade_num_candidate_groups)
#define FANN_TYPE_PARAMS(X)                                                            \
    X(bit_fail_limit)                                                                  \
    X(cascade_weight_multiplier)                                                       \
    X(cascade_candidate_limit)

#define NULL_FLOAT(name)                                                               \
    NSET(fann_set_##name(NULL, 0.25f));                                                \
    NGET("%.9g", AS_DBL, fann_get_##name(NULL));
#define NULL_UINT(name)                                                                \
    NSET(fann_set_##name(NULL, 7u));                                                   \
    NGET("%u", AS_UINT, fann_get_##name(NULL));
#define NULL_FANN_TYPE(name)                                                           \
    NSET(fann_set_##name(NULL, V(0.25)));                                              \
    printf("fann_get_" #name "(NULL) = %s\n", ft(fann_get_##name(NULL)));

static int dummy_callback(struct fann *ann, struct fann_train_data *train, unsigned int max_epochs,
                          unsigned int epochs_between_reports, float desired_error,
                          unsigned int epochs)
{
    (void)ann;
    (void)train;
    (void)max_epochs;
    (void)epochs_between_reports;
    (void)desired_error;
    (void)epochs;
    return 0;
}

static void null_ann(void)
{
    section("NULL ann passed to every function taking a struct fann *");
    if (!OURS_ONLY) {
        NOT_WITH_FANN("FANN 2.2.0 dereferences NULL in all of them");
        return;
    }
    {
        fann_type in[2] = {V(0.5), V(0.5)};
        unsigned int arr[4] = {9, 9, 9, 9};
        struct fann_connection conn[2] = {{0, 3, V(0.5)}, {1, 3, V(0.5)}};
        fann_type w[4] = {V(0.1), V(0.2), V(0.3), V(0.4)};
        enum fann_activationfunc_enum funcs[2] = {FANN_LINEAR, FANN_SIGMOID};
        fann_type steep[2] = {V(0.5), V(1.0)};
        int user = 42;
        (void)w; /* unused with -DDEBIAN_FANN */

        /* fann.h */
        fann_destroy(NULL);
        printf("fann_destroy(NULL): no-op\n");
        NGET("%s", AS_PTR, fann_copy(NULL));
        NGET("%s", AS_PTR, fann_run(NULL, in));
        NSET(fann_randomize_weights(NULL, V(-1), V(1)));
        NSET(fann_init_weights(NULL, NULL));
        NSET(fann_print_connections(NULL));
        NSET(fann_print_parameters(NULL));
        NGET("%u", AS_UINT, fann_get_num_input(NULL));
        NGET("%u", AS_UINT, fann_get_num_output(NULL));
        NGET("%u", AS_UINT, fann_get_total_neurons(NULL));
        NGET("%u", AS_UINT, fann_get_total_connections(NULL));
        NGET("%d", AS_INT, fann_get_network_type(NULL));
        NGET("%.9g", AS_DBL, fann_get_connection_rate(NULL));
        NGET("%u", AS_UINT, fann_get_num_layers(NULL));
        fann_get_layer_array(NULL, arr);
        fann_get_bias_array(NULL, arr);
        printf("fann_get_layer_array/fann_get_bias_array(NULL, arr): arr untouched: %u %u %u %u\n",
               arr[0], arr[1], arr[2], arr[3]);
        fann_get_connection_array(NULL, conn);
        printf("fann_get_connection_array(NULL, conn): conn untouched: %u->%u:%s\n",
               conn[0].from_neuron, conn[0].to_neuron, ft(conn[0].weight));
        NSET(fann_set_weight_array(NULL, conn, 2));
        NSET(fann_set_weight(NULL, 0, 3, V(0.5)));
#ifndef DEBIAN_FANN
        fann_get_weights(NULL, w);
        printf("fann_get_weights(NULL, w): w untouched: %s %s %s %s\n", ft(w[0]), ft(w[1]), ft(w[2]),
               ft(w[3]));
        NSET(fann_set_weights(NULL, w));
#endif
        NSET(fann_set_user_data(NULL, &user));
        NGET("%s", AS_PTR, fann_get_user_data(NULL));
#ifdef FIXEDFANN
        NGET("%u", AS_UINT, fann_get_decimal_point(NULL));
        NGET("%u", AS_UINT, fann_get_multiplier(NULL));
#ifndef DEBIAN_FANN
        NSET(fann_update_stepwise(NULL));
#endif
#endif

        /* fann_train.h */
        NSET(fann_set_training_algorithm(NULL, FANN_TRAIN_QUICKPROP));
        NGET("%d", AS_INT, fann_get_training_algorithm(NULL));
        NSET(fann_set_train_error_function(NULL, FANN_ERRORFUNC_LINEAR));
        NGET("%d", AS_INT, fann_get_train_error_function(NULL));
        NSET(fann_set_train_stop_function(NULL, FANN_STOPFUNC_BIT));
        NGET("%d", AS_INT, fann_get_train_stop_function(NULL));
        FLOAT_PARAMS(NULL_FLOAT)
        FANN_TYPE_PARAMS(NULL_FANN_TYPE)
        NGET("%.9g", AS_DBL, fann_get_MSE(NULL));
        NGET("%u", AS_UINT, fann_get_bit_fail(NULL));
        NSET(fann_reset_MSE(NULL));
        NSET(fann_set_callback(NULL, dummy_callback));
        printf("fann_get_callback(NULL) = %s\n", fann_get_callback(NULL) == NULL ? "NULL" : "non-NULL");
        NGET("%d", AS_INT, fann_get_activation_function(NULL, 1, 0));
        NSET(fann_set_activation_function(NULL, FANN_LINEAR, 1, 0));
        NSET(fann_set_activation_function_layer(NULL, FANN_LINEAR, 1));
        NSET(fann_set_activation_function_hidden(NULL, FANN_LINEAR));
        NSET(fann_set_activation_function_output(NULL, FANN_LINEAR));
        printf("fann_get_activation_steepness(NULL, 1, 0) = %s\n",
               ft(fann_get_activation_steepness(NULL, 1, 0)));
        NSET(fann_set_activation_steepness(NULL, V(0.25), 1, 0));
        NSET(fann_set_activation_steepness_layer(NULL, V(0.25), 1));
        NSET(fann_set_activation_steepness_hidden(NULL, V(0.25)));
        NSET(fann_set_activation_steepness_output(NULL, V(0.25)));

        /* fann_cascade.h */
        UINT_PARAMS(NULL_UINT)
        NGET("%u", AS_UINT, fann_get_cascade_num_candidates(NULL));
        NGET("%s", AS_PTR, fann_get_cascade_activation_functions(NULL));
        NGET("%u", AS_UINT, fann_get_cascade_activation_functions_count(NULL));
        NSET(fann_set_cascade_activation_functions(NULL, funcs, 2));
        NGET("%s", AS_PTR, fann_get_cascade_activation_steepnesses(NULL));
        NGET("%u", AS_UINT, fann_get_cascade_activation_steepnesses_count(NULL));
        NSET(fann_set_cascade_activation_steepnesses(NULL, steep, 2));

        /* exported internals */
        NGET("%s", AS_PTR, fann_get_layer(NULL, 1));
        NGET("%s", AS_PTR, fann_get_neuron(NULL, 1, 0));
        NGET("%s", AS_PTR, fann_get_neuron_layer(NULL, NULL, 0));
    }
    printf("no error message was printed above: errors need a struct to be reported on\n");
}

static void null_arrays(void)
{
    struct fann *ann;
    section("NULL array pointers");
    if (!OURS_ONLY) {
        NOT_WITH_FANN("FANN 2.2.0 dereferences the NULL array");
        return;
    }
    ann = make_net();
    print_connections(ann);
    fann_get_layer_array(ann, NULL);
    printf("fann_get_layer_array(ann, NULL): no-op\n");
    fann_get_bias_array(ann, NULL);
    printf("fann_get_bias_array(ann, NULL): no-op\n");
    fann_get_connection_array(ann, NULL);
    printf("fann_get_connection_array(ann, NULL): no-op\n");
    fann_set_weight_array(ann, NULL, 5);
    printf("fann_set_weight_array(ann, NULL, 5): no-op\n");
#ifndef DEBIAN_FANN
    fann_get_weights(ann, NULL);
    printf("fann_get_weights(ann, NULL): no-op\n");
    fann_set_weights(ann, NULL);
    printf("fann_set_weights(ann, NULL): no-op\n");
#endif
    fann_init_weights(ann, NULL);
    printf("fann_init_weights(ann, NULL): no-op\n");
    print_connections(ann);
    printf("fann_run(ann, NULL) = %s\n", fann_run(ann, NULL) == NULL ? "NULL" : "non-NULL");
    fann_set_cascade_activation_functions(ann, NULL, 3);
    printf("fann_set_cascade_activation_functions(ann, NULL, 3): no-op, count = %u, first = %d\n",
           fann_get_cascade_activation_functions_count(ann),
           (int)fann_get_cascade_activation_functions(ann)[0]);
    fann_set_cascade_activation_steepnesses(ann, NULL, 3);
    printf("fann_set_cascade_activation_steepnesses(ann, NULL, 3): no-op, count = %u, first = %s\n",
           fann_get_cascade_activation_steepnesses_count(ann),
           ft(fann_get_cascade_activation_steepnesses(ann)[0]));
    printf("fann_get_cascade_num_candidates(ann) = %u\n", fann_get_cascade_num_candidates(ann));
    errstate("after the NULL arrays", ann);
    fann_destroy(ann);

    CREATE(fann_create_standard_array(3, NULL));
    CREATE(fann_create_sparse_array(0.5f, 3, NULL));
    CREATE(fann_create_shortcut_array(3, NULL));
}

static void cascade_count_zero(void)
{
    struct fann *ann = make_net();
    enum fann_activationfunc_enum funcs[1] = {FANN_GAUSSIAN};
    fann_type steep[1] = {V(0.75)};
    section("cascade arrays with count 0 (FANN: realloc(p, 0) -> error 11)");
    fann_set_cascade_activation_functions(ann, funcs, 0);
    printf("fann_set_cascade_activation_functions(ann, funcs, 0): count=%u array=%s candidates=%u\n",
           fann_get_cascade_activation_functions_count(ann),
           fann_get_cascade_activation_functions(ann) == NULL ? "NULL" : "non-NULL",
           fann_get_cascade_num_candidates(ann));
    errstate("after", ann);
    fann_reset_errno(E(ann));
    fann_set_cascade_activation_functions(ann, funcs, 0);
    printf("again with count 0 (count unchanged: nothing happens): count=%u\n",
           fann_get_cascade_activation_functions_count(ann));
    errstate("after", ann);
    fann_set_cascade_activation_functions(ann, funcs, 1);
    printf("then count 1: count=%u first=%d\n", fann_get_cascade_activation_functions_count(ann),
           (int)fann_get_cascade_activation_functions(ann)[0]);
    fann_set_cascade_activation_steepnesses(ann, steep, 0);
    printf("fann_set_cascade_activation_steepnesses(ann, steep, 0): count=%u array=%s candidates=%u\n",
           fann_get_cascade_activation_steepnesses_count(ann),
           fann_get_cascade_activation_steepnesses(ann) == NULL ? "NULL" : "non-NULL",
           fann_get_cascade_num_candidates(ann));
    errstate("after", ann);
    fann_set_cascade_activation_steepnesses(ann, steep, 1);
    printf("then count 1: count=%u first=%s candidates=%u\n",
           fann_get_cascade_activation_steepnesses_count(ann),
           ft(fann_get_cascade_activation_steepnesses(ann)[0]), fann_get_cascade_num_candidates(ann));
    fann_destroy(ann);
}

static void too_few_layers(void)
{
    unsigned int one[1] = {5};
    section("fewer than two layers -> NULL and error 11");
    CREATE(fann_create_standard(0));
    CREATE(fann_create_standard(1, 5));
    CREATE(fann_create_sparse(0.5f, 0));
    CREATE(fann_create_sparse(0.5f, 1, 3));
    CREATE(fann_create_shortcut(0));
    CREATE(fann_create_shortcut(1, 4));
    CREATE(fann_create_standard_array(0, one));
    CREATE(fann_create_standard_array(1, one));
    CREATE(fann_create_sparse_array(0.5f, 0, one));
    CREATE(fann_create_sparse_array(0.5f, 1, one));
    CREATE(fann_create_shortcut_array(0, one));
    CREATE(fann_create_shortcut_array(1, one));
    if (OURS_ONLY) {
        CREATE(fann_create_standard_array(0, NULL));
        CREATE(fann_create_shortcut_array(1, NULL));
    } else {
        NOT_WITH_FANN("NULL layer arrays");
    }
}

static void zero_sized_layers(void)
{
    unsigned int z0[3] = {0, 2, 1}, z1[3] = {2, 0, 1}, z2[3] = {2, 3, 0};
    section("a layer of zero neurons -> NULL and error 11");
    ISOLATE(CREATE(fann_create_standard(3, 0, 2, 1)));
    ISOLATE(CREATE(fann_create_standard(3, 2, 0, 1)));
    ISOLATE(CREATE(fann_create_standard(3, 2, 3, 0)));
    ISOLATE(CREATE(fann_create_standard(2, 0, 0)));
    ISOLATE(CREATE(fann_create_standard(4, 2, 3, 0, 1)));
    ISOLATE(CREATE(fann_create_sparse(0.5f, 3, 0, 2, 1)));
    ISOLATE(CREATE(fann_create_sparse(0.5f, 3, 2, 0, 1)));
    ISOLATE(CREATE(fann_create_sparse(0.5f, 3, 2, 3, 0)));
    ISOLATE(CREATE(fann_create_shortcut(3, 0, 2, 1)));
    ISOLATE(CREATE(fann_create_shortcut(3, 2, 0, 1)));
    ISOLATE(CREATE(fann_create_shortcut(3, 2, 3, 0)));
    ISOLATE(CREATE(fann_create_standard_array(3, z0)));
    ISOLATE(CREATE(fann_create_standard_array(3, z1)));
    ISOLATE(CREATE(fann_create_standard_array(3, z2)));
    ISOLATE(CREATE(fann_create_sparse_array(0.25f, 3, z1)));
    ISOLATE(CREATE(fann_create_shortcut_array(3, z0)));
    ISOLATE(CREATE(fann_create_shortcut_array(3, z2)));
}

static void absurd_sizes(void)
{
    static unsigned int many[100000];
    unsigned int huge2[2] = {4294967295u, 4294967295u};
    unsigned int big3[3] = {2, 2147483648u, 1};
    unsigned int i;
    section("absurd sizes -> NULL and error 11, quickly, without a huge allocation");
    if (!OURS_ONLY) {
        NOT_WITH_FANN("FANN 2.2.0 wraps the sizes (n+1 overflows) or attempts the allocation");
        return;
    }
    CREATE_TIMED(fann_create_standard(3, 2, 2147483648u, 1));
    CREATE_TIMED(fann_create_standard(2, 2147483648u, 1));
    CREATE_TIMED(fann_create_standard(3, 2, 4294967295u, 1));
    CREATE_TIMED(fann_create_standard(2, 4294967295u, 4294967295u));
    CREATE_TIMED(fann_create_standard(2, 1, 4294967295u));
    CREATE_TIMED(fann_create_standard(5, 100000, 100000, 100000, 100000, 100000));
    CREATE_TIMED(fann_create_standard(3, 2, 30000, 30000));
    CREATE_TIMED(fann_create_sparse(0.5f, 3, 2, 2147483648u, 1));
    CREATE_TIMED(fann_create_sparse(1.0f, 3, 65536, 65536, 2));
    CREATE_TIMED(fann_create_sparse(0.5f, 5, 100000, 100000, 100000, 100000, 100000));
    CREATE_TIMED(fann_create_shortcut(3, 2147483648u, 2, 1));
    CREATE_TIMED(fann_create_shortcut(3, 2, 4294967295u, 1));
    CREATE_TIMED(fann_create_shortcut(5, 100000, 100000, 100000, 100000, 100000));
    CREATE_TIMED(fann_create_standard_array(2, huge2));
    CREATE_TIMED(fann_create_sparse_array(0.001f, 3, big3));
    CREATE_TIMED(fann_create_shortcut_array(3, big3));
    for (i = 0; i < 100000; i++)
        many[i] = 100000;
    CREATE_TIMED(fann_create_standard_array(100000, many));
    /* the variadic forms cannot know how many sizes were passed; counts above
     * 100000 are refused before any va_arg is read */
    CREATE_TIMED(fann_create_standard(4000000000u, 2, 3, 1));
    CREATE_TIMED(fann_create_standard(100001u, 2, 3, 1));
    CREATE_TIMED(fann_create_sparse(0.5f, 4000000000u, 2, 3, 1));
    CREATE_TIMED(fann_create_shortcut(4294967295u, 2, 3, 1));
}

static void connection_rates(void)
{
    section("connection rate outside (0,1]");
    CREATE(fann_create_sparse(0.0f, 3, 4, 5, 3));
    CREATE(fann_create_sparse(0.0f, 4, 10, 20, 7, 2));
    CREATE(fann_create_sparse(1e-30f, 3, 4, 5, 3));
    CREATE(fann_create_sparse(1.5f, 3, 4, 5, 3));
    CREATE(fann_create_sparse(1.5f, 4, 10, 20, 7, 2));
    CREATE(fann_create_sparse(100.0f, 3, 4, 5, 3));
    CREATE(fann_create_sparse((float)INFINITY, 3, 4, 5, 3));
    CREATE(fann_create_sparse((float)INFINITY, 4, 10, 20, 7, 2));
    CREATE(fann_create_sparse(1.0f, 3, 4, 5, 3));
    /* FANN 2.2.0 converts the negative/NaN connection budget to unsigned (undefined
     * behaviour): on x86 small negative rates, -inf and NaN give a minimal net (as rate
     * 0 does) and -1 a huge budget (error 11). We refuse every negative or NaN rate. */
    ISOLATE(CREATE(fann_create_sparse(-1.0f, 3, 4, 5, 3)));
    ISOLATE(CREATE(fann_create_sparse(-0.01f, 3, 4, 5, 3)));
    ISOLATE(CREATE(fann_create_sparse(-(float)INFINITY, 3, 4, 5, 3)));
    ISOLATE(CREATE(fann_create_sparse((float)NAN, 3, 4, 5, 3)));
    ISOLATE(CREATE(fann_create_sparse(-(float)NAN, 3, 4, 5, 3)));
    ISOLATE(CREATE(fann_create_sparse_array((float)NAN, 2, (unsigned int[]){3, 3})));
}

/* "call:" on its own line, so that the error messages the call prints follow it */
#define CALL(...)                                                                      \
    do {                                                                               \
        printf(__VA_ARGS__);                                                           \
        printf(":\n");                                                                 \
    } while (0)

static void index_cases(struct fann *ann, const char *name)
{
    static const int layers[] = {0, -1, 3, INT_MAX, INT_MIN};
    int nl = (int)fann_get_num_layers(ann);
    int size1 = (int)(ann->first_layer[1].last_neuron - ann->first_layer[1].first_neuron);
    int sizel = (int)(ann->first_layer[nl - 1].last_neuron - ann->first_layer[nl - 1].first_neuron);
    int bad_neurons[4];
    int i, nb = 0;

    bad_neurons[nb++] = size1; /* one past the last neuron (the bias in a layered net) */
    bad_neurons[nb++] = INT_MAX;
    if (OURS_ONLY) {
        bad_neurons[nb++] = -1;
        bad_neurons[nb++] = INT_MIN;
    }
    printf("-- %s: num_layers=%d, layer 1 has %d neurons, layer %d has %d (bias included)\n", name,
           nl, size1, nl - 1, sizel);
    if (!OURS_ONLY)
        NOT_WITH_FANN("negative neuron indexes (FANN does not check them)");
    for (i = 0; i < 5; i++) {
        int l = layers[i];
        CALL("fann_get_activation_function(ann, %d, 0)", l);
        printf("  = %d\n", (int)fann_get_activation_function(ann, l, 0));
        CALL("fann_get_activation_steepness(ann, %d, 0)", l);
        printf("  = %s\n", ft(fann_get_activation_steepness(ann, l, 0)));
        CALL("fann_set_activation_function(ann, FANN_LINEAR, %d, 0)", l);
        fann_set_activation_function(ann, FANN_LINEAR, l, 0);
        CALL("fann_set_activation_steepness(ann, 0.25, %d, 0)", l);
        fann_set_activation_steepness(ann, V(0.25), l, 0);
        CALL("fann_set_activation_function_layer(ann, FANN_LINEAR, %d)", l);
        fann_set_activation_function_layer(ann, FANN_LINEAR, l);
        CALL("fann_set_activation_steepness_layer(ann, 0.25, %d)", l);
        fann_set_activation_steepness_layer(ann, V(0.25), l);
        CALL("fann_get_layer(ann, %d)", l);
        printf("  = %s\n", AS_PTR(fann_get_layer(ann, l)));
        CALL("fann_get_neuron(ann, %uu, 0)", (unsigned int)l);
        printf("  = %s\n", AS_PTR(fann_get_neuron(ann, (unsigned int)l, 0)));
        errstate("after", ann);
    }
    CALL("fann_set_activation_function_layer(ann, FANN_LINEAR, -5)");
    fann_set_activation_function_layer(ann, FANN_LINEAR, -5);
    CALL("fann_set_activation_function_layer(ann, FANN_LINEAR, 99)");
    fann_set_activation_function_layer(ann, FANN_LINEAR, 99);
    CALL("fann_set_activation_steepness_layer(ann, 0.25, -5)");
    fann_set_activation_steepness_layer(ann, V(0.25), -5);
    CALL("fann_set_activation_steepness_layer(ann, 0.25, 99)");
    fann_set_activation_steepness_layer(ann, V(0.25), 99);
    CALL("fann_get_neuron(ann, 4294967295u, 0)");
    printf("  = %s\n", AS_PTR(fann_get_neuron(ann, 4294967295u, 0)));
    for (i = 0; i < nb; i++) {
        int n = bad_neurons[i];
        CALL("fann_get_activation_function(ann, 1, %d)", n);
        printf("  = %d\n", (int)fann_get_activation_function(ann, 1, n));
        CALL("fann_get_activation_steepness(ann, 1, %d)", n);
        printf("  = %s\n", ft(fann_get_activation_steepness(ann, 1, n)));
        CALL("fann_set_activation_function(ann, FANN_LINEAR, 1, %d)", n);
        fann_set_activation_function(ann, FANN_LINEAR, 1, n);
        CALL("fann_set_activation_steepness(ann, 0.25, 1, %d)", n);
        fann_set_activation_steepness(ann, V(0.25), 1, n);
        CALL("fann_get_neuron(ann, 1, %d)", n);
        printf("  = %s\n", AS_PTR(fann_get_neuron(ann, 1, n)));
        CALL("fann_get_neuron_layer(ann, first_layer + 1, %d)", n);
        printf("  = %s\n", AS_PTR(fann_get_neuron_layer(ann, ann->first_layer + 1, n)));
        errstate("after", ann);
    }
    /* the output layer: a layered net has an (unused) bias there, a shortcut net has none */
    CALL("fann_get_activation_function(ann, %d, %d)", nl - 1, sizel);
    printf("  = %d\n", (int)fann_get_activation_function(ann, nl - 1, sizel));
    CALL("fann_set_activation_steepness(ann, 0.25, %d, %d)", nl - 1, sizel);
    fann_set_activation_steepness(ann, V(0.25), nl - 1, sizel);
    printf("valid lookups (no error; errno is kept):\n");
    printf("fann_get_activation_function(ann, %d, %d) = %d\n", nl - 1, sizel - 1,
           (int)fann_get_activation_function(ann, nl - 1, sizel - 1));
    printf("fann_get_activation_steepness(ann, %d, %d) = %s\n", nl - 1, sizel - 1,
           ft(fann_get_activation_steepness(ann, nl - 1, sizel - 1)));
    printf("fann_get_layer(ann, 1) == first_layer + 1: %s\n",
           fann_get_layer(ann, 1) == ann->first_layer + 1 ? "yes" : "no");
    printf("fann_get_layer(ann, %d) == first_layer + %d: %s\n", nl - 1, nl - 1,
           fann_get_layer(ann, nl - 1) == ann->first_layer + nl - 1 ? "yes" : "no");
    printf("fann_get_neuron(ann, 1, %d) == first_layer[1].first_neuron + %d: %s\n", size1 - 1,
           size1 - 1,
           fann_get_neuron(ann, 1, size1 - 1) == ann->first_layer[1].first_neuron + size1 - 1 ? "yes"
                                                                                            : "no");
    printf("fann_get_neuron_layer(ann, first_layer + %d, 0) == first_layer[%d].first_neuron: %s\n",
           nl - 1, nl - 1,
           fann_get_neuron_layer(ann, ann->first_layer + nl - 1, 0) == ann->first_layer[nl - 1].first_neuron
               ? "yes"
               : "no");
    errstate("after valid lookups", ann);
    if (OURS_ONLY) {
        CALL("fann_get_neuron_layer(ann, NULL, 0) (not a layer of this net: NULL, no message)");
        printf("  = %s\n", AS_PTR(fann_get_neuron_layer(ann, NULL, 0)));
        CALL("fann_get_neuron_layer(ann, first_layer + %d, 0) (one past the last layer)", nl);
        printf("  = %s\n", AS_PTR(fann_get_neuron_layer(ann, ann->first_layer + nl, 0)));
        CALL("fann_get_neuron_layer(ann, (struct fann_layer *)((char *)(first_layer + 1) + 8), 0) "
             "(misaligned)");
        printf("  = %s\n",
               AS_PTR(fann_get_neuron_layer(ann, (struct fann_layer *)((char *)(ann->first_layer + 1) + 8), 0)));
        errstate("after", ann);
    }
    printf("nothing was changed by the failed setters:\n");
    print_activations(ann);
}

static void out_of_range_indexes(void)
{
    struct fann *ann;
    section("out-of-range layer and neuron indexes -> error 17");
    ann = make_net();
    index_cases(ann, "standard 2-3-1");
    fann_destroy(ann);
    ann = fann_create_shortcut(3, 2, 3, 1);
    fann_set_error_log(E(ann), stdout);
    index_cases(ann, "shortcut 2-3-1");
    fann_destroy(ann);
}

static void bad_weights(void)
{
    struct fann *ann = make_net();
    struct fann_connection list[6] = {
        {0, 100, V(0.875)},        /* to beyond the net */
        {100, 3, V(0.875)},        /* from beyond the net */
        {4294967295u, 4294967295u, V(0.875)},
        {2, 3, V(0.75)},           /* valid: input bias -> first hidden neuron */
        {7, 3, V(0.875)},          /* reverse direction: no such connection */
        {0, 7, V(0.875)},          /* input -> output: not connected in a layered net */
    };
    section("fann_set_weight / fann_set_weight_array with non-existing connections (ignored)");
    printf("total_neurons=%u (internal neuron indexes 0..8)\n", fann_get_total_neurons(ann));
    print_connections(ann);
    printf("fann_set_weight(ann, 0, 100, 0.875), (100, 3), (9, 3), (3, 9), (UINT_MAX, UINT_MAX), "
           "(7, 3), (0, 7), (8, 7):\n");
    fann_set_weight(ann, 0, 100, V(0.875));
    fann_set_weight(ann, 100, 3, V(0.875));
    fann_set_weight(ann, 9, 3, V(0.875));
    fann_set_weight(ann, 3, 9, V(0.875));
    fann_set_weight(ann, 4294967295u, 4294967295u, V(0.875));
    fann_set_weight(ann, 7, 3, V(0.875));
    fann_set_weight(ann, 0, 7, V(0.875));
    fann_set_weight(ann, 8, 7, V(0.875));
    print_connections(ann);
    printf("fann_set_weight_array(ann, list, 6) with one valid entry (2->3):\n");
    fann_set_weight_array(ann, list, 6);
    print_connections(ann);
    printf("fann_set_weight_array(ann, list, 0):\n");
    fann_set_weight_array(ann, list, 0);
    errstate("after", ann);
    fann_destroy(ann);
}

static void unknown_activation(void)
{
    static const unsigned int ids[] = {20, 25, 1000, 0xFFFFFFFFu};
    unsigned int i;
    fann_type in1[2] = {V(0.5), V(-0.25)}, in2[2] = {V(-1.0), V(1.0)};
    section("unknown activation function ids: stored as given, fann_run leaves the value unchanged");
    for (i = 0; i < sizeof ids / sizeof ids[0]; i++) {
        struct fann *ann = make_net();
        unsigned int id = ids[i];
        printf("-- id %u\n", id);
        printf("never run, function set on every hidden and output neuron:\n");
        fann_set_activation_function_hidden(ann, (enum fann_activationfunc_enum)id);
        fann_set_activation_function_output(ann, (enum fann_activationfunc_enum)id);
        printf("  fann_get_activation_function(ann, 1, 0) = %u, (2, 0) = %u\n",
               (unsigned int)fann_get_activation_function(ann, 1, 0),
               (unsigned int)fann_get_activation_function(ann, 2, 0));
        run_and_print(ann, "{0.5, -0.25}", in1);
        fann_destroy(ann);

        ann = make_net();
        printf("run once with the defaults, then the function of hidden neuron 0 and of the output:\n");
        run_and_print(ann, "{0.5, -0.25}", in1);
        fann_set_activation_function(ann, (enum fann_activationfunc_enum)id, 1, 0);
        fann_set_activation_function(ann, (enum fann_activationfunc_enum)id, 2, 0);
        run_and_print(ann, "{-1, 1}", in2);
        fann_set_activation_function(ann, FANN_SIGMOID_STEPWISE, 2, 0);
        printf("output back to FANN_SIGMOID_STEPWISE (hidden neuron 0 keeps its old value):\n");
        run_and_print(ann, "{-1, 1}", in2);
        errstate("after", ann);
        fann_destroy(ann);
    }
    {
        struct fann *ann = make_net();
        unsigned int id;
        /* 18 and 19 are master's FANN_LINEAR_PIECE_RECT and _LEAKY (unknown to 2.2.0) */
        printf("-- ids 0..19 on the output neuron, run on {0.5, -0.25}\n");
        for (id = 0; id <= 19; id++) {
            char label[64];
            fann_set_activation_function_output(ann, (enum fann_activationfunc_enum)id);
            snprintf(label, sizeof label, "output function %u", id);
            run_and_print(ann, label, in1);
        }
        errstate("after", ann);
        fann_destroy(ann);
    }
}

/* steepness 0 on every hidden and output neuron (FANN's fixed build divides by it) */
static void steepness_zero(enum fann_activationfunc_enum func)
{
    struct fann *z = make_net();
    fann_type in[2] = {V(0.5), V(-0.25)};
#ifndef FIXEDFANN
    fann_type nan_in[2] = {(fann_type)NAN, 1};
#endif
    printf("steepness 0 on all hidden and output neurons, function %d:\n", (int)func);
    fann_set_activation_function_hidden(z, func);
    fann_set_activation_function_output(z, func);
    fann_set_activation_steepness_hidden(z, 0);
    fann_set_activation_steepness_output(z, 0);
    run_and_print(z, "{0.5, -0.25}", in);
#ifndef FIXEDFANN
    run_and_print(z, "{NaN, 1}", nan_in);
#endif
    errstate("after", z);
    fann_destroy(z);
}

static void nonfinite_inputs(void)
{
    struct fann *ann = make_net();
    section("fann_run with extreme inputs and steepness 0");
#ifdef FIXEDFANN
    {
        fann_type a[2] = {INT_MAX, 1}, b[2] = {INT_MIN, -1}, c[2] = {257, -257}, d[2] = {256, -256};
        run_and_print(ann, "{INT_MAX, 1}", a);
        run_and_print(ann, "{INT_MIN, -1}", b);
        run_and_print(ann, "{257, -257}", c);
        run_and_print(ann, "{256, -256}", d);
    }
#else
    {
        fann_type a[2] = {(fann_type)NAN, 1}, b[2] = {(fann_type)INFINITY, (fann_type)-INFINITY},
                  c[2] = {(fann_type)-INFINITY, 0}, d[2] = {(fann_type)1e30, (fann_type)-1e30},
                  e[2] = {(fann_type)INFINITY, 0};
        run_and_print(ann, "{NaN, 1}", a);
        run_and_print(ann, "{inf, -inf}", b);
        run_and_print(ann, "{-inf, 0}", c);
        run_and_print(ann, "{1e30, -1e30}", d);
        run_and_print(ann, "{inf, 0}", e);
        fann_set_activation_function_hidden(ann, FANN_SIGMOID_SYMMETRIC);
        fann_set_activation_function_output(ann, FANN_GAUSSIAN);
        run_and_print(ann, "{inf, 0} sigmoid symmetric / gaussian", e);
        run_and_print(ann, "{NaN, 1} sigmoid symmetric / gaussian", a);
        fann_set_activation_function_output(ann, FANN_ELLIOT);
        run_and_print(ann, "{inf, 0} elliot", e);
        fann_set_activation_function_output(ann, FANN_SIN);
        run_and_print(ann, "{inf, 0} sin", e);
    }
#endif
    errstate("after", ann);
    fann_destroy(ann);

    {
        fann_type in[2] = {V(0.5), V(-0.25)};
        static const enum fann_activationfunc_enum funcs[] = {
            FANN_SIGMOID_STEPWISE, FANN_SIGMOID, FANN_SIGMOID_SYMMETRIC,
            FANN_SIGMOID_SYMMETRIC_STEPWISE, FANN_LINEAR, FANN_THRESHOLD, FANN_LINEAR_PIECE};
        unsigned int i;
        for (i = 0; i < sizeof funcs / sizeof funcs[0]; i++)
            ISOLATE(steepness_zero(funcs[i]));
#ifndef FIXEDFANN
        {
            struct fann *z = make_net();
            printf("steepness NaN and inf on the output neuron:\n");
            fann_set_activation_steepness_output(z, (fann_type)NAN);
            run_and_print(z, "{0.5, -0.25} steepness NaN", in);
            fann_set_activation_steepness_output(z, (fann_type)INFINITY);
            run_and_print(z, "{0.5, -0.25} steepness inf", in);
            fann_set_activation_steepness_output(z, (fann_type)-INFINITY);
            run_and_print(z, "{0.5, -0.25} steepness -inf", in);
            errstate("after", z);
            fann_destroy(z);
        }
#else
        {
            struct fann *z = make_net();
            printf("steepness INT_MIN / INT_MAX on the output neuron (FANN_SIGMOID_STEPWISE):\n");
            fann_set_activation_steepness_output(z, INT_MIN);
            run_and_print(z, "{128, -64} steepness INT_MIN", in);
            fann_set_activation_steepness_output(z, INT_MAX);
            run_and_print(z, "{128, -64} steepness INT_MAX", in);
            errstate("after", z);
            fann_destroy(z);
        }
#endif
    }
}

#ifdef FIXEDFANN
static void fixed_unsupported_functions(void)
{
    static const enum fann_activationfunc_enum funcs[] = {
        FANN_ELLIOT, FANN_ELLIOT_SYMMETRIC, FANN_GAUSSIAN, FANN_GAUSSIAN_SYMMETRIC,
        FANN_GAUSSIAN_STEPWISE, FANN_SIN_SYMMETRIC, FANN_COS_SYMMETRIC, FANN_SIN, FANN_COS};
    fann_type in[2] = {V(0.5), V(-0.25)}, in2[2] = {V(-1.0), V(1.0)};
    unsigned int i;
    section("fixed build: activation functions fann_run cannot evaluate -> error 13 per neuron");
    for (i = 0; i < sizeof funcs / sizeof funcs[0]; i++) {
        struct fann *ann = make_net();
        printf("-- hidden layer function %d (output stays FANN_SIGMOID_STEPWISE)\n", (int)funcs[i]);
        run_and_print(ann, "{128, -64} defaults", in);
        fann_set_activation_function_hidden(ann, funcs[i]);
        run_and_print(ann, "{-256, 256}", in2);
        errstate("after", ann);
        fann_destroy(ann);
    }
}
#endif

static void error_api_on_net(void)
{
    struct fann *ann = make_net();
    char *s;
    char longname[400];
    section("error API on a net");
    errstate("fresh", ann);
    printf("fann_print_error(ann) on a fresh net prints nothing:\n");
    fann_print_error(E(ann));
    printf("fann_get_errstr(ann) = ");
    print_cstr(fann_get_errstr(E(ann)));
    printf("\n");

    printf("fann_error(ann, FANN_E_INDEX_OUT_OF_BOUND, 5):\n");
    fann_error(E(ann), FANN_E_INDEX_OUT_OF_BOUND, 5);
    errstate("after", ann);
    printf("fann_print_error(ann) (to stderr):\n");
    fann_print_error(E(ann));
    if (OURS_ONLY) {
        printf("fann_error(ann, 0) after an error (no print, errno 0, errstr kept):\n");
        fann_error(E(ann), FANN_E_NO_ERROR);
        errstate("after", ann);
        printf("fann_print_error(ann) with errno 0 prints nothing:\n");
        fann_print_error(E(ann));
    } else {
        printf("fann_error(ann, 0) after an error (FANN reuses the old buffer):\n");
        fann_error(E(ann), FANN_E_NO_ERROR);
        errstate("after", ann);
        fann_print_error(E(ann));
    }
    fann_error(E(ann), FANN_E_INDEX_OUT_OF_BOUND, 6);
    s = fann_get_errstr(E(ann));
    if (OURS_ONLY) {
        printf("fann_get_errstr(ann) = ");
        print_cstr(s);
        printf("\n");
    } else {
        printf("fann_get_errstr(ann) = %s [FANN 2.2.0 returns freed memory]\n", AS_PTR(s));
    }
    errstate("after fann_get_errstr", ann);
    printf("fann_get_errstr(ann) again = ");
    print_cstr(fann_get_errstr(E(ann)));
    printf("\n");
    fann_error(E(ann), FANN_E_SCALE_NOT_PRESENT);
    printf("fann_reset_errstr(ann) twice:\n");
    fann_reset_errstr(E(ann));
    errstate("after first", ann);
    fann_reset_errstr(E(ann));
    errstate("after second", ann);
    printf("fann_print_error(ann) with errstr NULL prints nothing:\n");
    fann_print_error(E(ann));
    fann_reset_errno(E(ann));
    fann_reset_errno(E(ann));
    errstate("after fann_reset_errno twice", ann);

    if (OURS_ONLY) {
        printf("fann_error(ann, 22) (unknown code: errno recorded, nothing printed):\n");
        fann_error(E(ann), (enum fann_errno_enum)22);
        errstate("after", ann);
        printf("fann_error(ann, 999):\n");
        fann_error(E(ann), (enum fann_errno_enum)999);
        errstate("after", ann);
        printf("fann_error(ann, 21) (FANN_E_WRONG_PARAMETERS_FOR_CREATE, master's text):\n");
        fann_error(E(ann), (enum fann_errno_enum)21);
        errstate("after", ann);
        printf("fann_error(ann, 0):\n");
        fann_error(E(ann), FANN_E_NO_ERROR);
        errstate("after", ann);
    } else {
        NOT_WITH_FANN("fann_error with codes 21, 22, 999 and 0 without a previous message "
                      "print an uninitialised buffer");
    }

    if (OURS_ONLY) {
        memset(longname, 'n', sizeof longname - 1);
        longname[0] = '/';
        longname[sizeof longname - 1] = '\0';
        printf("fann_error(ann, FANN_E_CANT_OPEN_CONFIG_R, <399-character name>):\n");
        fann_error(E(ann), FANN_E_CANT_OPEN_CONFIG_R, longname);
        printf("  errstr length = %u\n", (unsigned int)strlen(E(ann)->errstr));
    } else {
        NOT_WITH_FANN("long names overflow FANN's 128-byte message buffer");
    }

    printf("all the error messages at once:\n");
    fann_error(E(ann), FANN_E_CANT_OPEN_CONFIG_W, "a.net");
    fann_error(E(ann), FANN_E_WRONG_CONFIG_VERSION, "a.net");
    fann_error(E(ann), FANN_E_CANT_READ_CONFIG, "num_layers", "a.net");
    fann_error(E(ann), FANN_E_CANT_READ_NEURON, "a.net");
    fann_error(E(ann), FANN_E_CANT_READ_CONNECTIONS, "a.net");
    fann_error(E(ann), FANN_E_WRONG_NUM_CONNECTIONS, 3, -4);
    fann_error(E(ann), FANN_E_CANT_OPEN_TD_W, "a.data");
    fann_error(E(ann), FANN_E_CANT_OPEN_TD_R, "a.data");
    fann_error(E(ann), FANN_E_CANT_READ_TD, "a.data", 17);
    fann_error(E(ann), FANN_E_CANT_TRAIN_ACTIVATION);
    fann_error(E(ann), FANN_E_CANT_USE_ACTIVATION);
    fann_error(E(ann), FANN_E_TRAIN_DATA_MISMATCH);
    fann_error(E(ann), FANN_E_CANT_USE_TRAIN_ALG);
    fann_error(E(ann), FANN_E_INDEX_OUT_OF_BOUND, INT_MIN);
    fann_error(E(ann), FANN_E_INPUT_NO_MATCH, 2, 3);
    fann_error(E(ann), FANN_E_OUTPUT_NO_MATCH, 1, -1);
    errstate("after", ann);

    printf("fann_set_error_log(ann, NULL): the error is recorded, not printed:\n");
    fann_set_error_log(E(ann), NULL);
    fann_get_activation_function(ann, 7, 0);
    errstate("after", ann);
    printf("fann_set_error_log(ann, (FILE *)-1): to stderr:\n");
    fann_set_error_log(E(ann), (FILE *)-1);
    fann_get_activation_function(ann, 8, 0);
    errstate("after", ann);
    fann_set_error_log(E(ann), stdout);
    printf("fann_set_error_log(NULL, NULL) does not affect an existing net:\n");
    fann_set_error_log(NULL, NULL);
    fann_get_activation_function(ann, 9, 0);
    printf("  and a net created now logs nowhere:\n");
    {
        struct fann *quiet = fann_create_standard(2, 1, 1);
        fann_get_activation_function(quiet, 9, 0);
        errstate("quiet net", quiet);
        fann_destroy(quiet);
    }
    fann_set_error_log(NULL, stdout);
    printf("fann_set_error_log(NULL, stdout): restored\n");

    printf("fann_copy of a net with an error copies errno and errstr:\n");
    fann_error(E(ann), FANN_E_INDEX_OUT_OF_BOUND, 11);
    {
        struct fann *copy = fann_copy(ann);
        errstate("copy", copy);
        fann_get_activation_function(copy, 12, 0);
        errstate("copy after its own error", copy);
        errstate("original", ann);
        fann_destroy(copy);
    }
    fann_destroy(ann);

    section("fann_destroy(NULL), fann_copy(NULL)");
    if (OURS_ONLY) {
        fann_destroy(NULL);
        printf("fann_destroy(NULL): no-op\n");
        printf("fann_copy(NULL) = %s\n", AS_PTR(fann_copy(NULL)));
    } else {
        /* fann_destroy(NULL) is a documented no-op in FANN too */
        fann_destroy(NULL);
        printf("fann_destroy(NULL): no-op\n");
        NOT_WITH_FANN("fann_copy(NULL) dereferences NULL");
    }
}

/* Memory exhaustion: run as "bad_input oom" under `ulimit -v 1300000` (KiB), non-ASan
 * build. The sizes are chosen so that the outcome does not depend on how the library
 * lays out its arrays: a net needs at least sizeof(fann_type) + 8 bytes per connection
 * (the weight and the connection pointer of the public struct), and at most the 2 GiB
 * our library accepts for one net. */
static void out_of_memory(void)
{
#ifdef VARIANT_FLOAT
    struct fann *ann;
    section("out of memory (float build under ulimit -v 1300000)");
    /* ~120 million connections: at least 1.44 GB in any layout -> must fail cleanly */
    CREATE(fann_create_standard(3, 2, 10950, 10950));
    /* ~70 million connections: fits once (>= 0.84 GB) but not twice */
    printf("fann_create_standard(3, 2, 8366, 8366):\n");
    ann = fann_create_standard(3, 2, 8366, 8366);
    if (ann == NULL) {
        printf("  -> NULL (unexpected: the net should fit)\n");
        return;
    }
    printf("  -> net: total_connections=%u\n", fann_get_total_connections(ann));
    fann_set_error_log(E(ann), stdout);
    /* FANN 2.2.0 raises the error on the half-made copy, which has already taken the
     * original's log, and destroys it: the message goes to the original's log, the
     * original's errno stays 0 */
    fann_set_error_log(NULL, NULL);
    printf("fann_copy(ann) (the net logs to stdout, the global log is NULL):\n");
    {
        struct fann *copy = fann_copy(ann);
        printf("  -> %s\n", copy == NULL ? "NULL" : "a copy (unexpected: it cannot fit)");
        errstate("original", ann);
        fann_destroy(copy);
    }
    fann_set_error_log(NULL, stdout);
    fann_destroy(ann);
#else
    printf("the out-of-memory cases run in the float build only\n");
#endif
}

int main(int argc, char **argv)
{
    setvbuf(stdout, NULL, _IONBF, 0);
    fann_set_error_log(NULL, stdout);
    if (argc > 1 && strcmp(argv[1], "oom") == 0) {
        out_of_memory();
        printf("\nend of test\n");
        return 0;
    }
    printf("bad_input test, %s build%s\n", VARIANT, OURS_ONLY ? "" : " (FANN 2.2.0)");
    error_routine_without_net();
    null_ann();
    null_arrays();
    cascade_count_zero();
    too_few_layers();
    zero_sized_layers();
    absurd_sizes();
    connection_rates();
    out_of_range_indexes();
    bad_weights();
    unknown_activation();
    nonfinite_inputs();
#ifdef FIXEDFANN
    fixed_unsupported_functions();
#endif
    error_api_on_net();
    printf("\nend of test\n");
    return 0;
}
