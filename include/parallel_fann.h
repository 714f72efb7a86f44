/* FANN (Rust reimplementation): upstream's parallel training entry points (float and double
 * libraries). Generated from headers/parallel_fann.h.in and the Rust sources by build.rs
 * (cbindgen); do not edit. */
#ifndef PARALLEL_FANN_H_
#define PARALLEL_FANN_H_

#include "fann.h"

#ifdef __cplusplus
extern "C" {
#endif

#ifndef FIXEDFANN
/*
 A batch epoch over `threadnumb` blocks of patterns.
 */
FANN_EXTERNAL
float fann_train_epoch_batch_parallel(struct fann *ann,
                                      struct fann_train_data *data,
                                      unsigned int threadnumb);

/*
 An iRPROP- epoch over `threadnumb` blocks of patterns.
 */
FANN_EXTERNAL
float fann_train_epoch_irpropm_parallel(struct fann *ann,
                                        struct fann_train_data *data,
                                        unsigned int threadnumb);

/*
 A quickprop epoch over `threadnumb` blocks of patterns.
 */
FANN_EXTERNAL
float fann_train_epoch_quickprop_parallel(struct fann *ann,
                                          struct fann_train_data *data,
                                          unsigned int threadnumb);

/*
 A SARPROP epoch over `threadnumb` blocks of patterns (the step is not carried between
 weights, unlike the serial version).
 */
FANN_EXTERNAL
float fann_train_epoch_sarprop_parallel(struct fann *ann,
                                        struct fann_train_data *data,
                                        unsigned int threadnumb);

/*
 The serial incremental epoch.
 */
FANN_EXTERNAL
float fann_train_epoch_incremental_mod(struct fann *ann,
                                       struct fann_train_data *data);

/*
 The MSE over `data`, accumulated per block of patterns.
 */
FANN_EXTERNAL
float fann_test_data_parallel(struct fann *ann,
                              struct fann_train_data *data,
                              unsigned int threadnumb);
#endif /* FIXEDFANN */

#ifdef __cplusplus
}
#endif

#endif /* PARALLEL_FANN_H_ */
