/* FANN (Rust reimplementation): training parameters, activation accessors, training data.
 * Generated from headers/fann_train.h.in and the Rust sources by build.rs (cbindgen); do not edit. */
#ifndef __fann_train_h__
#define __fann_train_h__

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

struct fann;

#ifdef __cplusplus
extern "C" {
#endif

/*
 `struct fann_train_data`: `num_data` rows of inputs and outputs. `input[i]` and
 `output[i]` point into one `malloc`ed block each (`input[0]`, `output[0]`).
 */
struct fann_train_data {
  enum fann_errno_enum errno_f;
  FILE *error_log;
  char *errstr;
  unsigned int num_data;
  unsigned int num_input;
  unsigned int num_output;
  fann_type **input;
  fann_type **output;
};

/*
 The training algorithm (`enum fann_train_enum`).
 */
FANN_EXTERNAL enum fann_train_enum fann_get_training_algorithm(struct fann *ann);

/*
 Sets `training_algorithm` (stored as given, no validation, as in FANN).
 */
FANN_EXTERNAL
void fann_set_training_algorithm(struct fann *ann,
                                 enum fann_train_enum training_algorithm);

/*
 Learning rate of incremental, batch and quickprop training.
 */
FANN_EXTERNAL float fann_get_learning_rate(struct fann *ann);

/*
 Sets `learning_rate` (stored as given, no validation, as in FANN).
 */
FANN_EXTERNAL void fann_set_learning_rate(struct fann *ann, float learning_rate);

/*
 Momentum of incremental training.
 */
FANN_EXTERNAL float fann_get_learning_momentum(struct fann *ann);

/*
 Sets `learning_momentum` (stored as given, no validation, as in FANN).
 */
FANN_EXTERNAL void fann_set_learning_momentum(struct fann *ann, float learning_momentum);

/*
 Error function used in training.
 */
FANN_EXTERNAL enum fann_errorfunc_enum fann_get_train_error_function(struct fann *ann);

/*
 Sets `train_error_function` (stored as given, no validation, as in FANN).
 */
FANN_EXTERNAL
void fann_set_train_error_function(struct fann *ann,
                                   enum fann_errorfunc_enum train_error_function);

/*
 Stop criterion of `fann_train_on_data`.
 */
FANN_EXTERNAL enum fann_stopfunc_enum fann_get_train_stop_function(struct fann *ann);

/*
 Sets `train_stop_function` (stored as given, no validation, as in FANN).
 */
FANN_EXTERNAL
void fann_set_train_stop_function(struct fann *ann,
                                  enum fann_stopfunc_enum train_stop_function);

/*
 Output error above which an output counts as a bit fail.
 */
FANN_EXTERNAL fann_type fann_get_bit_fail_limit(struct fann *ann);

/*
 Sets `bit_fail_limit` (stored as given, no validation, as in FANN).
 */
FANN_EXTERNAL void fann_set_bit_fail_limit(struct fann *ann, fann_type bit_fail_limit);

/*
 Quickprop weight decay.
 */
FANN_EXTERNAL float fann_get_quickprop_decay(struct fann *ann);

/*
 Sets `quickprop_decay` (stored as given, no validation, as in FANN).
 */
FANN_EXTERNAL void fann_set_quickprop_decay(struct fann *ann, float quickprop_decay);

/*
 Quickprop step limit factor.
 */
FANN_EXTERNAL float fann_get_quickprop_mu(struct fann *ann);

/*
 Sets `quickprop_mu` (stored as given, no validation, as in FANN).
 */
FANN_EXTERNAL void fann_set_quickprop_mu(struct fann *ann, float quickprop_mu);

/*
 RPROP step increase factor.
 */
FANN_EXTERNAL float fann_get_rprop_increase_factor(struct fann *ann);

/*
 Sets `rprop_increase_factor` (stored as given, no validation, as in FANN).
 */
FANN_EXTERNAL void fann_set_rprop_increase_factor(struct fann *ann, float rprop_increase_factor);

/*
 RPROP step decrease factor.
 */
FANN_EXTERNAL float fann_get_rprop_decrease_factor(struct fann *ann);

/*
 Sets `rprop_decrease_factor` (stored as given, no validation, as in FANN).
 */
FANN_EXTERNAL void fann_set_rprop_decrease_factor(struct fann *ann, float rprop_decrease_factor);

/*
 Smallest RPROP step.
 */
FANN_EXTERNAL float fann_get_rprop_delta_min(struct fann *ann);

/*
 Sets `rprop_delta_min` (stored as given, no validation, as in FANN).
 */
FANN_EXTERNAL void fann_set_rprop_delta_min(struct fann *ann, float rprop_delta_min);

/*
 Largest RPROP step.
 */
FANN_EXTERNAL float fann_get_rprop_delta_max(struct fann *ann);

/*
 Sets `rprop_delta_max` (stored as given, no validation, as in FANN).
 */
FANN_EXTERNAL void fann_set_rprop_delta_max(struct fann *ann, float rprop_delta_max);

/*
 Initial RPROP step.
 */
FANN_EXTERNAL float fann_get_rprop_delta_zero(struct fann *ann);

/*
 Sets `rprop_delta_zero` (stored as given, no validation, as in FANN).
 */
FANN_EXTERNAL void fann_set_rprop_delta_zero(struct fann *ann, float rprop_delta_zero);

/*
 SARPROP weight decay shift.
 */
FANN_EXTERNAL float fann_get_sarprop_weight_decay_shift(struct fann *ann);

/*
 Sets `sarprop_weight_decay_shift` (stored as given, no validation, as in FANN).
 */
FANN_EXTERNAL
void fann_set_sarprop_weight_decay_shift(struct fann *ann,
                                         float sarprop_weight_decay_shift);

/*
 SARPROP step error threshold factor.
 */
FANN_EXTERNAL float fann_get_sarprop_step_error_threshold_factor(struct fann *ann);

/*
 Sets `sarprop_step_error_threshold_factor` (stored as given, no validation, as in FANN).
 */
FANN_EXTERNAL
void fann_set_sarprop_step_error_threshold_factor(struct fann *ann,
                                                  float sarprop_step_error_threshold_factor);

/*
 SARPROP step error shift.
 */
FANN_EXTERNAL float fann_get_sarprop_step_error_shift(struct fann *ann);

/*
 Sets `sarprop_step_error_shift` (stored as given, no validation, as in FANN).
 */
FANN_EXTERNAL
void fann_set_sarprop_step_error_shift(struct fann *ann,
                                       float sarprop_step_error_shift);

/*
 SARPROP temperature.
 */
FANN_EXTERNAL float fann_get_sarprop_temperature(struct fann *ann);

/*
 Sets `sarprop_temperature` (stored as given, no validation, as in FANN).
 */
FANN_EXTERNAL void fann_set_sarprop_temperature(struct fann *ann, float sarprop_temperature);

/*
 Mean squared error of the outputs since the last reset (0 when nothing was seen).
 */
FANN_EXTERNAL float fann_get_MSE(struct fann *ann);

/*
 Number of outputs whose error exceeded `bit_fail_limit` since the last reset.
 */
FANN_EXTERNAL unsigned int fann_get_bit_fail(struct fann *ann);

/*
 Clears the MSE and bit-fail counters.
 */
FANN_EXTERNAL void fann_reset_MSE(struct fann *ann);

/*
 Installs the training report callback (NULL restores the built-in report).
 */
FANN_EXTERNAL void fann_set_callback(struct fann *ann, fann_callback_type callback);

/*
 Activation function of neuron `neuron` of `layer`, or error 17 and -1.
 */
FANN_EXTERNAL
enum fann_activationfunc_enum fann_get_activation_function(struct fann *ann,
                                                           int layer,
                                                           int neuron);

/*
 Sets the activation function of one neuron (error 17 on a bad index).
 */
FANN_EXTERNAL
void fann_set_activation_function(struct fann *ann,
                                  enum fann_activationfunc_enum activation_function,
                                  int layer,
                                  int neuron);

/*
 Sets the activation function of every neuron of `layer`, its bias neuron included.
 */
FANN_EXTERNAL
void fann_set_activation_function_layer(struct fann *ann,
                                        enum fann_activationfunc_enum activation_function,
                                        int layer);

/*
 Sets the activation function of all hidden neurons (bias neurons included).
 */
FANN_EXTERNAL
void fann_set_activation_function_hidden(struct fann *ann,
                                         enum fann_activationfunc_enum activation_function);

/*
 Sets the activation function of the output layer (its unused bias included).
 */
FANN_EXTERNAL
void fann_set_activation_function_output(struct fann *ann,
                                         enum fann_activationfunc_enum activation_function);

/*
 Steepness of neuron `neuron` of `layer`, or error 17 and -1.
 */
FANN_EXTERNAL fann_type fann_get_activation_steepness(struct fann *ann, int layer, int neuron);

/*
 Sets the steepness of one neuron (error 17 on a bad index).
 */
FANN_EXTERNAL
void fann_set_activation_steepness(struct fann *ann,
                                   fann_type steepness,
                                   int layer,
                                   int neuron);

/*
 Sets the steepness of every neuron of `layer`, its bias neuron included.
 */
FANN_EXTERNAL
void fann_set_activation_steepness_layer(struct fann *ann,
                                         fann_type steepness,
                                         int layer);

/*
 Sets the steepness of all hidden neurons (bias neurons included).
 */
FANN_EXTERNAL void fann_set_activation_steepness_hidden(struct fann *ann, fann_type steepness);

/*
 Sets the steepness of the output layer (its unused bias included).
 */
FANN_EXTERNAL void fann_set_activation_steepness_output(struct fann *ann, fann_type steepness);

/*
 `fann_check_input_output_sizes`: 0, or error 19/20 on the net and -1.
 */
FANN_EXTERNAL int fann_check_input_output_sizes(struct fann *ann, struct fann_train_data *data);

/*
 Runs the net on `input` and books its errors against `desired_output` (no reset);
 returns the outputs.
 */
FANN_EXTERNAL fann_type *fann_test(struct fann *ann, fann_type *input, fann_type *desired_output);

/*
 The MSE of the net over `data` (reset first); 0 and error 19/20 on a size mismatch.
 */
FANN_EXTERNAL float fann_test_data(struct fann *ann, struct fann_train_data *data);

/*
 `fann_desired_error_reached`: 0 when the stop criterion holds, -1 otherwise.
 */
FANN_EXTERNAL int fann_desired_error_reached(struct fann *ann, float desired_error);

/*
 Extension (not in FANN): 1 selects the exact path, whose training results are
 bit-identical to FANN 2.2.0's; 0 the fast path (matrix products over blocks of
 samples, equal up to rounding). New networks take `FANN_EXACT=1` from the environment,
 else the fast path.
 */
FANN_EXTERNAL void fann_set_exact(struct fann *ann, int exact);

/*
 Extension (not in FANN): 1 if the network trains on the exact path, else 0.
 */
FANN_EXTERNAL int fann_get_exact(struct fann *ann);

/*
 Extension (not in FANN): the number of threads (1 to 256; 0 is taken as 1) over which
 the fast path splits the samples of a batch-style epoch of this network. Results agree
 with one thread up to rounding. New networks take `FANN_NUM_THREADS` from the
 environment, else 1. No effect on the exact path or in the fixed-point library.
 */
FANN_EXTERNAL void fann_set_num_threads(struct fann *ann, unsigned int num_threads);

/*
 Extension (not in FANN): the threads of this network's fast path.
 */
FANN_EXTERNAL unsigned int fann_get_num_threads(struct fann *ann);

#if !defined(FIXEDFANN)
/*
 Input scaling parameters from `data`'s input columns; 0, or -1 and error 14.
 */
FANN_EXTERNAL
int fann_set_input_scaling_params(struct fann *ann,
                                  const struct fann_train_data *data,
                                  float new_input_min,
                                  float new_input_max);
#endif

#if !defined(FIXEDFANN)
/*
 Output scaling parameters from `data`'s output columns; 0, or -1 and error 14.
 */
FANN_EXTERNAL
int fann_set_output_scaling_params(struct fann *ann,
                                   const struct fann_train_data *data,
                                   float new_output_min,
                                   float new_output_max);
#endif

#if !defined(FIXEDFANN)
/*
 Input, then (if that worked) output scaling parameters.
 */
FANN_EXTERNAL
int fann_set_scaling_params(struct fann *ann,
                            const struct fann_train_data *data,
                            float new_input_min,
                            float new_input_max,
                            float new_output_min,
                            float new_output_max);
#endif

#if !defined(FIXEDFANN)
/*
 Resets all scaling parameters to the identity defaults (allocating them if needed).
 */
FANN_EXTERNAL int fann_clear_scaling_params(struct fann *ann);
#endif

#if !defined(FIXEDFANN)
/*
 Scales one input vector in place.
 */
FANN_EXTERNAL void fann_scale_input(struct fann *ann, fann_type *input_vector);
#endif

#if !defined(FIXEDFANN)
/*
 Scales one output vector in place.
 */
FANN_EXTERNAL void fann_scale_output(struct fann *ann, fann_type *output_vector);
#endif

#if !defined(FIXEDFANN)
/*
 Reverses `fann_scale_input` on one vector.
 */
FANN_EXTERNAL void fann_descale_input(struct fann *ann, fann_type *input_vector);
#endif

#if !defined(FIXEDFANN)
/*
 Reverses `fann_scale_output` on one vector.
 */
FANN_EXTERNAL void fann_descale_output(struct fann *ann, fann_type *output_vector);
#endif

#if !defined(FIXEDFANN)
/*
 Scales every pattern of `data` with the network's parameters.
 */
FANN_EXTERNAL void fann_scale_train(struct fann *ann, struct fann_train_data *data);
#endif

#if !defined(FIXEDFANN)
/*
 Reverses `fann_scale_train`.
 */
FANN_EXTERNAL void fann_descale_train(struct fann *ann, struct fann_train_data *data);
#endif

#if !defined(FIXEDFANN)
/*
 One incremental training step on one pattern.
 */
FANN_EXTERNAL void fann_train(struct fann *ann, fann_type *input, fann_type *desired_output);
#endif

#if !defined(FIXEDFANN)
/*
 One epoch of the configured training algorithm; the epoch's MSE (0 and error 19/20
 when the data does not fit the network).
 */
FANN_EXTERNAL float fann_train_epoch(struct fann *ann, struct fann_train_data *data);
#endif

#if !defined(FIXEDFANN)
/*
 Resets the slopes and steps of the RPROP/quickprop/SARPROP state.
 */
FANN_EXTERNAL void fann_clear_train_arrays(struct fann *ann);
#endif

#if !defined(FIXEDFANN)
/*
 Trains up to `max_epochs` epochs, reporting every `epochs_between_reports` epochs (to
 stdout, or through the callback, which stops training by returning -1), until the
 stop criterion reaches `desired_error`.
 */
FANN_EXTERNAL
void fann_train_on_data(struct fann *ann,
                        struct fann_train_data *data,
                        unsigned int max_epochs,
                        unsigned int epochs_between_reports,
                        float desired_error);
#endif

#if !defined(FIXEDFANN)
/*
 `fann_train_on_data` on a training file (nothing happens if it cannot be read).
 */
FANN_EXTERNAL
void fann_train_on_file(struct fann *ann,
                        const char *filename,
                        unsigned int max_epochs,
                        unsigned int epochs_between_reports,
                        float desired_error);
#endif

#if !defined(FIXEDFANN)
/*
 `activation_function` applied to `steepness * value` (no clamp).
 */
FANN_EXTERNAL
fann_type fann_activation(struct fann *_ann,
                          unsigned int activation_function,
                          fann_type steepness,
                          fann_type value);
#endif

#if !defined(FIXEDFANN)
/*
 The derivative training uses; THRESHOLD reports error 12 and gives 0.
 */
FANN_EXTERNAL
fann_type fann_activation_derived(unsigned int activation_function,
                                  fann_type steepness,
                                  fann_type value,
                                  fann_type sum);
#endif

#if !defined(FIXEDFANN)
/*
 Output errors of the last run against `desired_output` into `train_errors`.
 */
FANN_EXTERNAL void fann_compute_MSE(struct fann *ann, fann_type *desired_output);
#endif

#if !defined(FIXEDFANN)
/*
 Propagates the output errors back to the hidden layers.
 */
FANN_EXTERNAL void fann_backpropagate_MSE(struct fann *ann);
#endif

#if !defined(FIXEDFANN)
/*
 The incremental weight update for the current errors.
 */
FANN_EXTERNAL void fann_update_weights(struct fann *ann);
#endif

#if !defined(FIXEDFANN)
/*
 Accumulates slopes for layers `layer_begin..=layer_end` (NULL: first hidden / last).
 */
FANN_EXTERNAL
void fann_update_slopes_batch(struct fann *ann,
                              struct fann_layer *layer_begin,
                              struct fann_layer *layer_end);
#endif

#if !defined(FIXEDFANN)
/*
 The batch update of weights `first_weight..past_end`.
 */
FANN_EXTERNAL
void fann_update_weights_batch(struct fann *ann,
                               unsigned int num_data,
                               unsigned int first_weight,
                               unsigned int past_end);
#endif

#if !defined(FIXEDFANN)
/*
 The quickprop update of weights `first_weight..past_end`.
 */
FANN_EXTERNAL
void fann_update_weights_quickprop(struct fann *ann,
                                   unsigned int num_data,
                                   unsigned int first_weight,
                                   unsigned int past_end);
#endif

#if !defined(FIXEDFANN)
/*
 The iRPROP- update of weights `first_weight..past_end`.
 */
FANN_EXTERNAL
void fann_update_weights_irpropm(struct fann *ann,
                                 unsigned int first_weight,
                                 unsigned int past_end);
#endif

#if !defined(FIXEDFANN)
/*
 The SARPROP update of weights `first_weight..past_end` for epoch `epoch`.
 */
FANN_EXTERNAL
void fann_update_weights_sarprop(struct fann *ann,
                                 unsigned int epoch,
                                 unsigned int first_weight,
                                 unsigned int past_end);
#endif
/*
 The C callback that fills one pattern of `fann_create_train_from_callback`.
 */
typedef void (*fann_train_callback)(unsigned int num,
                                    unsigned int num_input,
                                    unsigned int num_output,
                                    fann_type *input,
                                    fann_type *output);

/*
 A zero-filled set of `num_data` patterns.
 */
FANN_EXTERNAL
struct fann_train_data *fann_create_train(unsigned int num_data,
                                          unsigned int num_input,
                                          unsigned int num_output);

/*
 A set copied from two contiguous arrays of `num_data` rows.
 */
FANN_EXTERNAL
struct fann_train_data *fann_create_train_array(unsigned int num_data,
                                                unsigned int num_input,
                                                fann_type *input,
                                                unsigned int num_output,
                                                fann_type *output);

/*
 A set copied from two arrays of `num_data` row pointers.
 */
FANN_EXTERNAL
struct fann_train_data *fann_create_train_pointer_array(unsigned int num_data,
                                                        unsigned int num_input,
                                                        fann_type **input,
                                                        unsigned int num_output,
                                                        fann_type **output);

/*
 A set whose pattern `i` is filled by `user_function(i, num_input, num_output, in, out)`.
 */
FANN_EXTERNAL
struct fann_train_data *fann_create_train_from_callback(unsigned int num_data,
                                                        unsigned int num_input,
                                                        unsigned int num_output,
                                                        fann_train_callback user_function);

/*
 Frees a set: `input[0]`, `output[0]`, the two row tables and the struct (never `errstr`,
 as FANN; client-built sets follow the same convention).
 */
FANN_EXTERNAL void fann_destroy_train(struct fann_train_data *train_data);

/*
 Reads a training data file (FANN reports a missing file with error 1's text).
 */
FANN_EXTERNAL struct fann_train_data *fann_read_train_from_file(const char *filename);

/*
 Reads a training set from the rest of an open stream (`filename` names it in messages).
 Exported internal.
 */
FANN_EXTERNAL struct fann_train_data *fann_read_train_from_fd(FILE *file, const char *filename);

/*
 `fann_save_train` (`save_as_fixed` 0) or `fann_save_train_to_fixed`. Exported internal.
 */
FANN_EXTERNAL
int fann_save_train_internal(struct fann_train_data *data,
                             const char *filename,
                             unsigned int save_as_fixed,
                             unsigned int decimal_point);

/*
 Writes a set to an open stream, as `fann_save_train_internal` would to a file.
 Exported internal.
 */
FANN_EXTERNAL
int fann_save_train_internal_fd(struct fann_train_data *data,
                                FILE *file,
                                const char *filename,
                                unsigned int save_as_fixed,
                                unsigned int decimal_point);

/*
 Writes the set to a training data file; 0, or -1 and error 8.
 */
FANN_EXTERNAL int fann_save_train(struct fann_train_data *data, const char *filename);

/*
 Writes the set as fixed-point integers `(int)(x * 2^decimal_point)`; 0, or -1 and error 8.
 */
FANN_EXTERNAL
int fann_save_train_to_fixed(struct fann_train_data *data,
                             const char *filename,
                             unsigned int decimal_point);

/*
 A deep copy (error 11 on the source if memory runs out).
 */
FANN_EXTERNAL struct fann_train_data *fann_duplicate_train_data(struct fann_train_data *data);

/*
 `data1`'s patterns followed by `data2`'s (error 14 on `data1` if their shapes differ).
 */
FANN_EXTERNAL
struct fann_train_data *fann_merge_train_data(struct fann_train_data *data1,
                                              struct fann_train_data *data2);

/*
 Patterns `pos .. pos+length` (error 16 on `data` when out of range).
 */
FANN_EXTERNAL
struct fann_train_data *fann_subset_train_data(struct fann_train_data *data,
                                               unsigned int pos,
                                               unsigned int length);

/*
 Shuffles the patterns in place with libc `rand()`, in FANN's order of draws.
 */
FANN_EXTERNAL void fann_shuffle_train_data(struct fann_train_data *train_data);

/*
 Number of patterns.
 */
FANN_EXTERNAL unsigned int fann_length_train_data(struct fann_train_data *data);

/*
 Inputs per pattern.
 */
FANN_EXTERNAL unsigned int fann_num_input_train_data(struct fann_train_data *data);

/*
 Outputs per pattern.
 */
FANN_EXTERNAL unsigned int fann_num_output_train_data(struct fann_train_data *data);

/*
 The inputs of pattern `position` (NULL when out of range).
 */
FANN_EXTERNAL fann_type *fann_get_train_input(struct fann_train_data *data, unsigned int position);

/*
 The outputs of pattern `position` (NULL when out of range).
 */
FANN_EXTERNAL fann_type *fann_get_train_output(struct fann_train_data *data, unsigned int position);

/*
 Smallest input value of the set.
 */
FANN_EXTERNAL fann_type fann_get_min_train_input(struct fann_train_data *train_data);

/*
 Largest input value of the set.
 */
FANN_EXTERNAL fann_type fann_get_max_train_input(struct fann_train_data *train_data);

/*
 Smallest output value of the set.
 */
FANN_EXTERNAL fann_type fann_get_min_train_output(struct fann_train_data *train_data);

/*
 Largest output value of the set.
 */
FANN_EXTERNAL fann_type fann_get_max_train_output(struct fann_train_data *train_data);

/*
 Rescales all inputs from their overall range to `[new_min, new_max]`.
 */
FANN_EXTERNAL
void fann_scale_input_train_data(struct fann_train_data *train_data,
                                 fann_type new_min,
                                 fann_type new_max);

/*
 Rescales all outputs from their overall range to `[new_min, new_max]`.
 */
FANN_EXTERNAL
void fann_scale_output_train_data(struct fann_train_data *train_data,
                                  fann_type new_min,
                                  fann_type new_max);

/*
 Rescales inputs and outputs, each from its own overall range, to `[new_min, new_max]`.
 */
FANN_EXTERNAL
void fann_scale_train_data(struct fann_train_data *train_data,
                           fann_type new_min,
                           fann_type new_max);

/*
 Maps `[old_min, old_max]` onto `[new_min, new_max]` for every value of `data`, clamped.
 */
FANN_EXTERNAL
void fann_scale_data_to_range(fann_type **data,
                              unsigned int num_data,
                              unsigned int num_elem,
                              fann_type old_min,
                              fann_type old_max,
                              fann_type new_min,
                              fann_type new_max);

#ifdef __cplusplus
}
#endif

#endif /* __fann_train_h__ */
