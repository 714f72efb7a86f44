/* FANN (Rust reimplementation): cascade-correlation parameters.
 * Generated from headers/fann_cascade.h.in and the Rust sources by build.rs (cbindgen); do not edit. */
#ifndef __fann_cascade_h__
#define __fann_cascade_h__

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

struct fann;

#ifdef __cplusplus
extern "C" {
#endif

/*
 Fraction the output MSE must change by to count as progress.
 */
FANN_EXTERNAL float fann_get_cascade_output_change_fraction(struct fann *ann);

/*
 Sets `cascade_output_change_fraction` (stored as given, no validation, as in FANN).
 */
FANN_EXTERNAL
void fann_set_cascade_output_change_fraction(struct fann *ann,
                                             float cascade_output_change_fraction);

/*
 Output epochs without progress before stopping.
 */
FANN_EXTERNAL unsigned int fann_get_cascade_output_stagnation_epochs(struct fann *ann);

/*
 Sets `cascade_output_stagnation_epochs` (stored as given, no validation, as in FANN).
 */
FANN_EXTERNAL
void fann_set_cascade_output_stagnation_epochs(struct fann *ann,
                                               unsigned int cascade_output_stagnation_epochs);

/*
 Fraction the candidate score must change by to count as progress.
 */
FANN_EXTERNAL float fann_get_cascade_candidate_change_fraction(struct fann *ann);

/*
 Sets `cascade_candidate_change_fraction` (stored as given, no validation, as in FANN).
 */
FANN_EXTERNAL
void fann_set_cascade_candidate_change_fraction(struct fann *ann,
                                                float cascade_candidate_change_fraction);

/*
 Candidate epochs without progress before stopping.
 */
FANN_EXTERNAL unsigned int fann_get_cascade_candidate_stagnation_epochs(struct fann *ann);

/*
 Sets `cascade_candidate_stagnation_epochs` (stored as given, no validation, as in FANN).
 */
FANN_EXTERNAL
void fann_set_cascade_candidate_stagnation_epochs(struct fann *ann,
                                                  unsigned int cascade_candidate_stagnation_epochs);

/*
 Multiplier of the new output weights of an installed candidate.
 */
FANN_EXTERNAL fann_type fann_get_cascade_weight_multiplier(struct fann *ann);

/*
 Sets `cascade_weight_multiplier` (stored as given, no validation, as in FANN).
 */
FANN_EXTERNAL
void fann_set_cascade_weight_multiplier(struct fann *ann,
                                        fann_type cascade_weight_multiplier);

/*
 Limit of a candidate's score.
 */
FANN_EXTERNAL fann_type fann_get_cascade_candidate_limit(struct fann *ann);

/*
 Sets `cascade_candidate_limit` (stored as given, no validation, as in FANN).
 */
FANN_EXTERNAL
void fann_set_cascade_candidate_limit(struct fann *ann,
                                      fann_type cascade_candidate_limit);

/*
 Most output-training epochs per cascade step.
 */
FANN_EXTERNAL unsigned int fann_get_cascade_max_out_epochs(struct fann *ann);

/*
 Sets `cascade_max_out_epochs` (stored as given, no validation, as in FANN).
 */
FANN_EXTERNAL
void fann_set_cascade_max_out_epochs(struct fann *ann,
                                     unsigned int cascade_max_out_epochs);

/*
 Fewest output-training epochs per cascade step.
 */
FANN_EXTERNAL unsigned int fann_get_cascade_min_out_epochs(struct fann *ann);

/*
 Sets `cascade_min_out_epochs` (stored as given, no validation, as in FANN).
 */
FANN_EXTERNAL
void fann_set_cascade_min_out_epochs(struct fann *ann,
                                     unsigned int cascade_min_out_epochs);

/*
 Most candidate-training epochs per cascade step.
 */
FANN_EXTERNAL unsigned int fann_get_cascade_max_cand_epochs(struct fann *ann);

/*
 Sets `cascade_max_cand_epochs` (stored as given, no validation, as in FANN).
 */
FANN_EXTERNAL
void fann_set_cascade_max_cand_epochs(struct fann *ann,
                                      unsigned int cascade_max_cand_epochs);

/*
 Fewest candidate-training epochs per cascade step.
 */
FANN_EXTERNAL unsigned int fann_get_cascade_min_cand_epochs(struct fann *ann);

/*
 Sets `cascade_min_cand_epochs` (stored as given, no validation, as in FANN).
 */
FANN_EXTERNAL
void fann_set_cascade_min_cand_epochs(struct fann *ann,
                                      unsigned int cascade_min_cand_epochs);

/*
 Number of candidate groups.
 */
FANN_EXTERNAL unsigned int fann_get_cascade_num_candidate_groups(struct fann *ann);

/*
 Sets `cascade_num_candidate_groups` (stored as given, no validation, as in FANN).
 */
FANN_EXTERNAL
void fann_set_cascade_num_candidate_groups(struct fann *ann,
                                           unsigned int cascade_num_candidate_groups);

/*
 Number of candidates per cascade step: functions x steepnesses x groups.
 */
FANN_EXTERNAL unsigned int fann_get_cascade_num_candidates(struct fann *ann);

/*
 The candidate activation functions (internal array, valid until the next set).
 */
FANN_EXTERNAL
enum fann_activationfunc_enum *fann_get_cascade_activation_functions(struct fann *ann);

/*
 Number of candidate activation functions.
 */
FANN_EXTERNAL unsigned int fann_get_cascade_activation_functions_count(struct fann *ann);

/*
 Replaces the candidate activation functions with `cascade_activation_functions_count`
 values from the caller's array. A count of 0 leaves no array and reports error 11, as
 FANN's `realloc(p, 0)` does.
 */
FANN_EXTERNAL
void fann_set_cascade_activation_functions(struct fann *ann,
                                           enum fann_activationfunc_enum *cascade_activation_functions,
                                           unsigned int cascade_activation_functions_count);

/*
 The candidate steepnesses (internal array, valid until the next set).
 */
FANN_EXTERNAL fann_type *fann_get_cascade_activation_steepnesses(struct fann *ann);

/*
 Number of candidate steepnesses.
 */
FANN_EXTERNAL unsigned int fann_get_cascade_activation_steepnesses_count(struct fann *ann);

/*
 Replaces the candidate steepnesses with `cascade_activation_steepnesses_count` values
 from the caller's array.
 */
FANN_EXTERNAL
void fann_set_cascade_activation_steepnesses(struct fann *ann,
                                             fann_type *cascade_activation_steepnesses,
                                             unsigned int cascade_activation_steepnesses_count);

#if !defined(FIXEDFANN)
/*
 Grows the network neuron by neuron with cascade-correlation, training the outputs
 after each installation, until `max_neurons`, the desired error, or a callback's -1;
 reports every `neurons_between_reports` neurons.
 */
FANN_EXTERNAL
void fann_cascadetrain_on_data(struct fann *ann,
                               struct fann_train_data *data,
                               unsigned int max_neurons,
                               unsigned int neurons_between_reports,
                               float desired_error);
#endif

#if !defined(FIXEDFANN)
/*
 `fann_cascadetrain_on_data` on a training file (nothing happens if it cannot be read).
 */
FANN_EXTERNAL
void fann_cascadetrain_on_file(struct fann *ann,
                               const char *filename,
                               unsigned int max_neurons,
                               unsigned int neurons_between_reports,
                               float desired_error);
#endif

#if !defined(FIXEDFANN)
/*
 One output phase of cascade training; the epochs it took. Exported internal.
 */
FANN_EXTERNAL
int fann_train_outputs(struct fann *ann,
                       struct fann_train_data *data,
                       float desired_error);
#endif

#if !defined(FIXEDFANN)
/*
 One epoch training only the output layer; its MSE. Exported internal.
 */
FANN_EXTERNAL float fann_train_outputs_epoch(struct fann *ann, struct fann_train_data *data);
#endif

#if !defined(FIXEDFANN)
/*
 Makes connection i of every neuron come from neuron i. Exported internal.
 */
FANN_EXTERNAL void fann_set_shortcut_connections(struct fann *ann);
#endif

#if !defined(FIXEDFANN)
/*
 Creates the candidate pool (one candidate per activation function, steepness and
 group, weights drawn with libc `rand()` as FANN draws them). Exported internal; 0.
 */
FANN_EXTERNAL int fann_initialize_candidates(struct fann *ann);
#endif

#if !defined(FIXEDFANN)
/*
 One candidate epoch over `data`; the best score. Exported internal (0 without a pool).
 */
FANN_EXTERNAL fann_type fann_train_candidates_epoch(struct fann *ann, struct fann_train_data *data);
#endif

#if !defined(FIXEDFANN)
/*
 Candidate epochs until the score limit, stagnation or the epoch limit; the epochs
 run. Exported internal (0 without a pool).
 */
FANN_EXTERNAL int fann_train_candidates(struct fann *ann, struct fann_train_data *data);
#endif

#if !defined(FIXEDFANN)
/*
 Installs the best candidate as a new one-neuron layer before the output layer.
 Exported internal.
 */
FANN_EXTERNAL void fann_install_candidate(struct fann *ann);
#endif

#ifdef __cplusplus
}
#endif

#endif /* __fann_cascade_h__ */
