/* FANN (Rust reimplementation): internal macros and exported internals.
 * Generated from headers/fann_internal.h.in and the Rust sources by build.rs (cbindgen); do not edit. */
#ifndef __fann_internal_h__
#define __fann_internal_h__

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#define FANN_FIX_VERSION "FANN_FIX_2.0"
#define FANN_FLO_VERSION "FANN_FLO_2.1"

#ifdef FIXEDFANN
#define FANN_CONF_VERSION FANN_FIX_VERSION
#else
#define FANN_CONF_VERSION FANN_FLO_VERSION
#endif

#define FANN_GET(type, name) \
FANN_EXTERNAL type FANN_API fann_get_ ## name(struct fann *ann) \
{ \
	return ann->name; \
}

#define FANN_SET(type, name) \
FANN_EXTERNAL void FANN_API fann_set_ ## name(struct fann *ann, type value) \
{ \
	ann->name = value; \
}

#define FANN_GET_SET(type, name) \
FANN_GET(type, name) \
FANN_SET(type, name)

#define fann_max(x, y) (((x) > (y)) ? (x) : (y))
#define fann_min(x, y) (((x) < (y)) ? (x) : (y))
#define fann_safe_free(x) {if(x) { free(x); x = NULL; }}
#define fann_clip(x, lo, hi) (((x) < (lo)) ? (lo) : (((x) > (hi)) ? (hi) : (x)))
#define fann_exp2(x) exp(0.69314718055994530942*(x))
#define fann_rand(min_value, max_value) (((float)(min_value))+(((float)(max_value)-((float)(min_value)))*rand()/(RAND_MAX+1.0f)))
#define fann_abs(value) (((value) > 0) ? (value) : -(value))

#ifdef FIXEDFANN
#define fann_mult(x,y) ((x*y) >> decimal_point)
#define fann_div(x,y) (((x) << decimal_point)/y)
#define fann_random_weight() (fann_type)(fann_rand(0,multiplier/10))
#define fann_random_bias_weight() (fann_type)(fann_rand((0-multiplier)/10,multiplier/10))
#else
#define fann_mult(x,y) (x*y)
#define fann_div(x,y) (x/y)
#define fann_random_weight() (fann_rand(-0.1f,0.1f))
#define fann_random_bias_weight() (fann_rand(-0.1f,0.1f))
#endif

struct fann;
struct fann_error;
struct fann_train_data;


#ifdef __cplusplus
extern "C" {
#endif

/* Non-zero (the default): fann_create_* reseed rand() from /dev/urandom. */
extern int FANN_SEED_RAND;

/* Raises error errno_f on errdat (may be NULL) with the printf arguments of its message. */
void fann_error(struct fann_error *errdat, const enum fann_errno_enum errno_f, ...);

/*
 Seeds libc `rand()` from /dev/urandom (or the clock's microseconds), unless disabled.
 */
FANN_EXTERNAL void fann_seed_rand(void);

/*
 Resets an error struct: no error, no message, the current global log.
 */
FANN_EXTERNAL void fann_init_error_data(struct fann_error *errdat);

#if defined(FIXEDFANN)
/*
 Recomputes the fixed-point sigmoid tables from the network's decimal point.
 */
FANN_EXTERNAL void fann_update_stepwise(struct fann *ann);
#endif

/*
 A network with every default and `num_layers` empty layers (NULL neuron pointers), for
 clients that assemble networks the way FANN's constructors do: set the layer sizes as
 pointer differences, `num_input`, `num_output` and `total_neurons`, then
 `fann_allocate_neurons`, `total_connections`, `fann_allocate_connections`, and fill in
 neurons, weights and connections. NULL without a message below 2 layers.
 */
FANN_EXTERNAL struct fann *fann_allocate_structure(unsigned int num_layers);

/*
 Allocates the neurons of a network from `fann_allocate_structure` (see there); error 11
 on the network when they do not fit.
 */
FANN_EXTERNAL void fann_allocate_neurons(struct fann *ann);

/*
 Allocates `total_connections` weights and connection pointers; error 11 on failure.
 */
FANN_EXTERNAL void fann_allocate_connections(struct fann *ann);

/*
 Allocates the scaling parameters with their defaults: 0, or (FANN's convention) error 11
 without a struct, the network destroyed and 1. The fixed-point library has no scaling.
 */
FANN_EXTERNAL int fann_allocate_scale(struct fann *ann);

#ifdef __cplusplus
}
#endif

#endif /* __fann_internal_h__ */
