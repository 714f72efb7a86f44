/* The variadic entry points of FANN's API, which stable Rust cannot define. They collect
 * their arguments and call the Rust implementations. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

struct fann;
struct fann_error;

struct fann *fann_create_standard_array(unsigned int num_layers, const unsigned int *layers);
struct fann *fann_create_sparse_array(float connection_rate, unsigned int num_layers,
                                      const unsigned int *layers);
struct fann *fann_create_shortcut_array(unsigned int num_layers, const unsigned int *layers);
const char *fann_rs_error_format(unsigned int code);
void fann_rs_report_error(struct fann_error *errdat, unsigned int code, char *message);

/* More layers than any real network has; beyond this the count is taken as garbage and
 * the call fails with "Unable to allocate memory" instead of reading the stack. */
#define FANN_RS_MAX_LAYERS 100000u

/* Reads num_layers sizes into a malloc'ed array; NULL when the count is unusable (the
 * _array function then reports the error, as FANN does for fewer than 2 layers). */
static unsigned int *collect_layers(unsigned int num_layers, va_list ap)
{
    unsigned int *layers, i;
    if (num_layers < 2 || num_layers > FANN_RS_MAX_LAYERS)
        return NULL;
    layers = malloc(num_layers * sizeof(unsigned int));
    if (layers == NULL)
        return NULL;
    for (i = 0; i < num_layers; i++)
        layers[i] = va_arg(ap, unsigned int);
    return layers;
}

/* The sizes from the variadic arguments, handed to the _array constructor: 0 standard,
 * 1 sparse, 2 shortcut. */
static struct fann *create(int kind, float connection_rate, unsigned int num_layers, va_list ap)
{
    struct fann *ann;
    unsigned int *layers = collect_layers(num_layers, ap);
    unsigned int count = layers ? num_layers : 0;
    if (kind == 0)
        ann = fann_create_standard_array(count, layers);
    else if (kind == 1)
        ann = fann_create_sparse_array(connection_rate, count, layers);
    else
        ann = fann_create_shortcut_array(count, layers);
    free(layers);
    return ann;
}

struct fann *fann_create_standard(unsigned int num_layers, ...)
{
    struct fann *ann;
    va_list ap;
    va_start(ap, num_layers);
    ann = create(0, 1.0f, num_layers, ap);
    va_end(ap);
    return ann;
}

struct fann *fann_create_sparse(float connection_rate, unsigned int num_layers, ...)
{
    struct fann *ann;
    va_list ap;
    va_start(ap, num_layers);
    ann = create(1, connection_rate, num_layers, ap);
    va_end(ap);
    return ann;
}

struct fann *fann_create_shortcut(unsigned int num_layers, ...)
{
    struct fann *ann;
    va_list ap;
    va_start(ap, num_layers);
    ann = create(2, 1.0f, num_layers, ap);
    va_end(ap);
    return ann;
}

/* Formats the message of errno_f with the caller's arguments; Rust records and prints it. */
void fann_error(struct fann_error *errdat, const unsigned int errno_f, ...)
{
    const char *format = fann_rs_error_format(errno_f);
    char *message = NULL;
    va_list ap;
    if (format != NULL) {
        int length;
        va_start(ap, errno_f);
        length = vsnprintf(NULL, 0, format, ap);
        va_end(ap);
        if (length >= 0 && (message = malloc((size_t)length + 1)) != NULL) {
            va_start(ap, errno_f);
            vsnprintf(message, (size_t)length + 1, format, ap);
            va_end(ap);
        }
    }
    fann_rs_report_error(errdat, errno_f, message);
}
