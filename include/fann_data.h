/* FANN (Rust reimplementation): enumerations, name tables and public structs.
 * Generated from headers/fann_data.h.in and the Rust sources by build.rs (cbindgen); do not edit. */
#ifndef __fann_data_h__
#define __fann_data_h__

#include <stdio.h>

struct fann;
struct fann_train_data;

enum fann_train_enum
{
	FANN_TRAIN_INCREMENTAL = 0,
	FANN_TRAIN_BATCH,
	FANN_TRAIN_RPROP,
	FANN_TRAIN_QUICKPROP,
	FANN_TRAIN_SARPROP
};

static char const *const FANN_TRAIN_NAMES[] = {
	"FANN_TRAIN_INCREMENTAL",
	"FANN_TRAIN_BATCH",
	"FANN_TRAIN_RPROP",
	"FANN_TRAIN_QUICKPROP",
	"FANN_TRAIN_SARPROP"
};

enum fann_activationfunc_enum
{
	FANN_LINEAR = 0,
	FANN_THRESHOLD,
	FANN_THRESHOLD_SYMMETRIC,
	FANN_SIGMOID,
	FANN_SIGMOID_STEPWISE,
	FANN_SIGMOID_SYMMETRIC,
	FANN_SIGMOID_SYMMETRIC_STEPWISE,
	FANN_GAUSSIAN,
	FANN_GAUSSIAN_SYMMETRIC,
	FANN_GAUSSIAN_STEPWISE,
	FANN_ELLIOT,
	FANN_ELLIOT_SYMMETRIC,
	FANN_LINEAR_PIECE,
	FANN_LINEAR_PIECE_SYMMETRIC,
	FANN_SIN_SYMMETRIC,
	FANN_COS_SYMMETRIC,
	FANN_SIN,
	FANN_COS,
	FANN_LINEAR_PIECE_RECT,
	FANN_LINEAR_PIECE_RECT_LEAKY
};

static char const *const FANN_ACTIVATIONFUNC_NAMES[] = {
	"FANN_LINEAR",
	"FANN_THRESHOLD",
	"FANN_THRESHOLD_SYMMETRIC",
	"FANN_SIGMOID",
	"FANN_SIGMOID_STEPWISE",
	"FANN_SIGMOID_SYMMETRIC",
	"FANN_SIGMOID_SYMMETRIC_STEPWISE",
	"FANN_GAUSSIAN",
	"FANN_GAUSSIAN_SYMMETRIC",
	"FANN_GAUSSIAN_STEPWISE",
	"FANN_ELLIOT",
	"FANN_ELLIOT_SYMMETRIC",
	"FANN_LINEAR_PIECE",
	"FANN_LINEAR_PIECE_SYMMETRIC",
	"FANN_SIN_SYMMETRIC",
	"FANN_COS_SYMMETRIC",
	"FANN_SIN",
	"FANN_COS",
	"FANN_LINEAR_PIECE_RECT",
	"FANN_LINEAR_PIECE_RECT_LEAKY"
};

enum fann_errorfunc_enum
{
	FANN_ERRORFUNC_LINEAR = 0,
	FANN_ERRORFUNC_TANH
};

static char const *const FANN_ERRORFUNC_NAMES[] = {
	"FANN_ERRORFUNC_LINEAR",
	"FANN_ERRORFUNC_TANH"
};

enum fann_stopfunc_enum
{
	FANN_STOPFUNC_MSE = 0,
	FANN_STOPFUNC_BIT
};

static char const *const FANN_STOPFUNC_NAMES[] = {
	"FANN_STOPFUNC_MSE",
	"FANN_STOPFUNC_BIT"
};

enum fann_nettype_enum
{
	FANN_NETTYPE_LAYER = 0,
	FANN_NETTYPE_SHORTCUT
};

static char const *const FANN_NETTYPE_NAMES[] = {
	"FANN_NETTYPE_LAYER",
	"FANN_NETTYPE_SHORTCUT"
};

/*
 `struct fann_neuron`: packed, so clients walk neurons at a 24-byte (double: 36) stride.
 */
struct __attribute__((packed)) fann_neuron {
  unsigned int first_con;
  unsigned int last_con;
  fann_type sum;
  fann_type value;
  fann_type activation_steepness;
  enum fann_activationfunc_enum activation_function;
};

/*
 `struct fann_layer`: `[first_neuron, last_neuron)`, the bias neuron (if any) last.
 */
struct fann_layer {
  struct fann_neuron *first_neuron;
  struct fann_neuron *last_neuron;
};

/*
 `fann_callback_type`: called by the training loops with the caller's own data pointer.
 */
typedef int (*fann_callback_type)(struct fann *ann,
                                  struct fann_train_data *train,
                                  unsigned int max_epochs,
                                  unsigned int epochs_between_reports,
                                  float desired_error,
                                  unsigned int epochs);

/*
 The public part of `struct fann`. Only the library allocates it; private state follows.
 */
struct fann {
  enum fann_errno_enum errno_f;
  FILE *error_log;
  char *errstr;
  float learning_rate;
  float learning_momentum;
  float connection_rate;
  enum fann_nettype_enum network_type;
  struct fann_layer *first_layer;
  struct fann_layer *last_layer;
  unsigned int total_neurons;
  unsigned int num_input;
  unsigned int num_output;
  fann_type *weights;
  struct fann_neuron **connections;
  fann_type *train_errors;
  enum fann_train_enum training_algorithm;
#if defined(FIXEDFANN)
  unsigned int decimal_point;
#endif
#if defined(FIXEDFANN)
  unsigned int multiplier;
#endif
#if defined(FIXEDFANN)
  fann_type sigmoid_results[6];
#endif
#if defined(FIXEDFANN)
  fann_type sigmoid_values[6];
#endif
#if defined(FIXEDFANN)
  fann_type sigmoid_symmetric_results[6];
#endif
#if defined(FIXEDFANN)
  fann_type sigmoid_symmetric_values[6];
#endif
  unsigned int total_connections;
  fann_type *output;
  unsigned int num_MSE;
  float MSE_value;
  unsigned int num_bit_fail;
  fann_type bit_fail_limit;
  enum fann_errorfunc_enum train_error_function;
  enum fann_stopfunc_enum train_stop_function;
  fann_callback_type callback;
  void *user_data;
  float cascade_output_change_fraction;
  unsigned int cascade_output_stagnation_epochs;
  float cascade_candidate_change_fraction;
  unsigned int cascade_candidate_stagnation_epochs;
  unsigned int cascade_best_candidate;
  fann_type cascade_candidate_limit;
  fann_type cascade_weight_multiplier;
  unsigned int cascade_max_out_epochs;
  unsigned int cascade_max_cand_epochs;
  unsigned int cascade_min_out_epochs;
  unsigned int cascade_min_cand_epochs;
  enum fann_activationfunc_enum *cascade_activation_functions;
  unsigned int cascade_activation_functions_count;
  fann_type *cascade_activation_steepnesses;
  unsigned int cascade_activation_steepnesses_count;
  unsigned int cascade_num_candidate_groups;
  fann_type *cascade_candidate_scores;
  unsigned int total_neurons_allocated;
  unsigned int total_connections_allocated;
  float quickprop_decay;
  float quickprop_mu;
  float rprop_increase_factor;
  float rprop_decrease_factor;
  float rprop_delta_min;
  float rprop_delta_max;
  float rprop_delta_zero;
  float sarprop_weight_decay_shift;
  float sarprop_step_error_threshold_factor;
  float sarprop_step_error_shift;
  float sarprop_temperature;
  unsigned int sarprop_epoch;
  fann_type *train_slopes;
  fann_type *prev_steps;
  fann_type *prev_train_slopes;
  fann_type *prev_weights_deltas;
#if !defined(FIXEDFANN)
  float *scale_mean_in;
#endif
#if !defined(FIXEDFANN)
  float *scale_deviation_in;
#endif
#if !defined(FIXEDFANN)
  float *scale_new_min_in;
#endif
#if !defined(FIXEDFANN)
  float *scale_factor_in;
#endif
#if !defined(FIXEDFANN)
  float *scale_mean_out;
#endif
#if !defined(FIXEDFANN)
  float *scale_deviation_out;
#endif
#if !defined(FIXEDFANN)
  float *scale_new_min_out;
#endif
#if !defined(FIXEDFANN)
  float *scale_factor_out;
#endif
};

/*
 `struct fann_error`: the common prefix of `struct fann` and `struct fann_train_data`.
 */
struct fann_error {
  enum fann_errno_enum errno_f;
  FILE *error_log;
  char *errstr;
};

/*
 `struct fann_connection`: one entry of `fann_get_connection_array`.
 */
struct fann_connection {
  unsigned int from_neuron;
  unsigned int to_neuron;
  fann_type weight;
};

#endif /* __fann_data_h__ */
