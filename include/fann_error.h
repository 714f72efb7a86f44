/* FANN (Rust reimplementation): error codes and the error API.
 * Generated from headers/fann_error.h.in and the Rust sources by build.rs (cbindgen); do not edit. */
#ifndef __fann_error_h__
#define __fann_error_h__

#include <stdio.h>

#define FANN_ERRSTR_MAX 128

struct fann_error;

enum fann_errno_enum
{
	FANN_E_NO_ERROR = 0,
	FANN_E_CANT_OPEN_CONFIG_R,
	FANN_E_CANT_OPEN_CONFIG_W,
	FANN_E_WRONG_CONFIG_VERSION,
	FANN_E_CANT_READ_CONFIG,
	FANN_E_CANT_READ_NEURON,
	FANN_E_CANT_READ_CONNECTIONS,
	FANN_E_WRONG_NUM_CONNECTIONS,
	FANN_E_CANT_OPEN_TD_W,
	FANN_E_CANT_OPEN_TD_R,
	FANN_E_CANT_READ_TD,
	FANN_E_CANT_ALLOCATE_MEM,
	FANN_E_CANT_TRAIN_ACTIVATION,
	FANN_E_CANT_USE_ACTIVATION,
	FANN_E_TRAIN_DATA_MISMATCH,
	FANN_E_CANT_USE_TRAIN_ALG,
	FANN_E_TRAIN_DATA_SUBSET,
	FANN_E_INDEX_OUT_OF_BOUND,
	FANN_E_SCALE_NOT_PRESENT,
	FANN_E_INPUT_NO_MATCH,
	FANN_E_OUTPUT_NO_MATCH,
	FANN_E_WRONG_PARAMETERS_FOR_CREATE
};

#ifdef __cplusplus
extern "C" {
#endif

/* Log for structs created from now on and for errors without a struct; (FILE *)-1 means
 * stderr, NULL silences. */
extern FILE *fann_default_error_log;

/*
 Sets the log of `errdat`, or the global default log when `errdat` is NULL.
 */
FANN_EXTERNAL void fann_set_error_log(struct fann_error *errdat, FILE *log_file);

/*
 The last error code of `errdat` (0 when none or NULL).
 */
FANN_EXTERNAL enum fann_errno_enum fann_get_errno(struct fann_error *errdat);

/*
 Clears the error code.
 */
FANN_EXTERNAL void fann_reset_errno(struct fann_error *errdat);

/*
 Frees the last message.
 */
FANN_EXTERNAL void fann_reset_errstr(struct fann_error *errdat);

/*
 Returns the last message and resets the struct's error state. FANN 2.2.0 returns freed
 memory here; the string stays valid until this thread's next `fann_get_errstr` call.
 */
FANN_EXTERNAL char *fann_get_errstr(struct fann_error *errdat);

/*
 Prints the last error to standard error (whatever the struct's log).
 */
FANN_EXTERNAL void fann_print_error(struct fann_error *errdat);

#ifdef __cplusplus
}
#endif

#endif /* __fann_error_h__ */
