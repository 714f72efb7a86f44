/* FANN (Rust reimplementation) - Fast Artificial Neural Network library, C API.
 * Generated from headers/fann.h.in and the Rust sources by build.rs (cbindgen); do not edit. */

/* Without a type header, <fann.h> means the float library (or fixed with -DFIXEDFANN). */
#ifndef FANN_INCLUDE
#ifndef FIXEDFANN
#include "floatfann.h"
#else
#include "fixedfann.h"
#endif
#else

#ifndef __fann_h__
#define __fann_h__

#include <stdio.h>
#include <stdlib.h>
#include <math.h>
#include <sys/time.h>

#ifndef FANN_EXTERNAL
#define FANN_EXTERNAL
#endif
#ifndef FANN_API
#define FANN_API
#endif

#ifndef NULL
#define NULL 0
#endif

#include "fann_error.h"
#include "fann_activation.h"
#include "fann_data.h"
#include "fann_internal.h"
#include "fann_train.h"
#include "fann_cascade.h"
#include "fann_io.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Variadic constructors: num_layers unsigned int layer sizes follow. */
FANN_EXTERNAL struct fann *FANN_API fann_create_standard(unsigned int num_layers, ...);
FANN_EXTERNAL struct fann *FANN_API fann_create_sparse(float connection_rate, unsigned int num_layers, ...);
FANN_EXTERNAL struct fann *FANN_API fann_create_shortcut(unsigned int num_layers, ...);

/*
 A fully connected layered network; `layers` holds `num_layers` sizes.
 */
FANN_EXTERNAL
struct fann *fann_create_standard_array(unsigned int num_layers,
                                        const unsigned int *layers);

/*
 A layered network where about `connection_rate` of the possible connections exist.
 */
FANN_EXTERNAL
struct fann *fann_create_sparse_array(float connection_rate,
                                      unsigned int num_layers,
                                      const unsigned int *layers);

/*
 A network where every layer is connected to all earlier layers.
 */
FANN_EXTERNAL
struct fann *fann_create_shortcut_array(unsigned int num_layers,
                                        const unsigned int *layers);

/*
 Frees the network and everything it owns (never `user_data`). NULL is a no-op.
 */
FANN_EXTERNAL void fann_destroy(struct fann *ann);

/*
 A deep copy, as FANN 2.2.0 makes it (see `Network::copy_as_fann`).
 */
FANN_EXTERNAL struct fann *fann_copy(struct fann *ann);

/*
 Runs the network on `num_input` values and returns the internal output buffer.
 */
FANN_EXTERNAL fann_type *fann_run(struct fann *ann, fann_type *input);

/*
 Gives every weight a `rand()`-drawn value in `[min_weight, max_weight)`.
 */
FANN_EXTERNAL
void fann_randomize_weights(struct fann *ann,
                            fann_type min_weight,
                            fann_type max_weight);

/*
 Widrow-Nguyen-like initialisation from the input range of `train_data`.
 */
FANN_EXTERNAL void fann_init_weights(struct fann *ann, struct fann_train_data *train_data);

/*
 Prints the connection matrix to standard output.
 */
FANN_EXTERNAL void fann_print_connections(struct fann *ann);

/*
 Prints the network's parameters to standard output.
 */
FANN_EXTERNAL void fann_print_parameters(struct fann *ann);

/*
 Number of input neurons.
 */
FANN_EXTERNAL unsigned int fann_get_num_input(struct fann *ann);

/*
 Number of output neurons.
 */
FANN_EXTERNAL unsigned int fann_get_num_output(struct fann *ann);

/*
 Number of neurons, bias neurons included except the unused one of a layered net's output.
 */
FANN_EXTERNAL unsigned int fann_get_total_neurons(struct fann *ann);

/*
 Number of connections (weights).
 */
FANN_EXTERNAL unsigned int fann_get_total_connections(struct fann *ann);

/*
 `FANN_NETTYPE_LAYER` or `FANN_NETTYPE_SHORTCUT`.
 */
FANN_EXTERNAL enum fann_nettype_enum fann_get_network_type(struct fann *ann);

/*
 The stored connection rate (1 for standard and shortcut nets).
 */
FANN_EXTERNAL float fann_get_connection_rate(struct fann *ann);

/*
 Number of layers, input and output included.
 */
FANN_EXTERNAL unsigned int fann_get_num_layers(struct fann *ann);

/*
 Writes the neuron count (without bias) of every layer into `layers`.
 */
FANN_EXTERNAL void fann_get_layer_array(struct fann *ann, unsigned int *layers);

/*
 Writes the bias count of every layer into `bias`.
 */
FANN_EXTERNAL void fann_get_bias_array(struct fann *ann, unsigned int *bias);

/*
 Writes all `total_connections` connections, in connection order, into `connections`.
 */
FANN_EXTERNAL void fann_get_connection_array(struct fann *ann, struct fann_connection *connections);

/*
 `fann_set_weight` for each of the `num_connections` entries.
 */
FANN_EXTERNAL
void fann_set_weight_array(struct fann *ann,
                           struct fann_connection *connections,
                           unsigned int num_connections);

/*
 Sets the weight of every connection `from_neuron -> to_neuron`; none is not an error.
 */
FANN_EXTERNAL
void fann_set_weight(struct fann *ann,
                     unsigned int from_neuron,
                     unsigned int to_neuron,
                     fann_type weight);

/*
 Copies all weights into `weights` (`total_connections` values).
 */
FANN_EXTERNAL void fann_get_weights(struct fann *ann, fann_type *weights);

/*
 Replaces all weights with `total_connections` values from `weights`.
 */
FANN_EXTERNAL void fann_set_weights(struct fann *ann, fann_type *weights);

/*
 Stores an opaque client pointer (never dereferenced or freed).
 */
FANN_EXTERNAL void fann_set_user_data(struct fann *ann, void *user_data);

/*
 The stored client pointer.
 */
FANN_EXTERNAL void *fann_get_user_data(struct fann *ann);

#if defined(FIXEDFANN)
/*
 Position of the binary point of the fixed-point values.
 */
FANN_EXTERNAL unsigned int fann_get_decimal_point(struct fann *ann);
#endif

#if defined(FIXEDFANN)
/*
 `1 << decimal_point`, the fixed-point value of 1.
 */
FANN_EXTERNAL unsigned int fann_get_multiplier(struct fann *ann);
#endif

/*
 Makes later `fann_create_*` calls keep the client's `srand()` state.
 */
FANN_EXTERNAL void fann_disable_seed_rand(void);

/*
 Restores FANN's reseeding on creation.
 */
FANN_EXTERNAL void fann_enable_seed_rand(void);

#ifdef __cplusplus
}
#endif

#endif /* __fann_h__ */
#endif /* FANN_INCLUDE */
