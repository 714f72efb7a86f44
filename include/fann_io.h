/* FANN (Rust reimplementation): network files.
 * Generated from headers/fann_io.h.in and the Rust sources by build.rs (cbindgen); do not edit. */
#ifndef __fann_io_h__
#define __fann_io_h__

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

struct fann;

#ifdef __cplusplus
extern "C" {
#endif

/*
 Loads a network saved by `fann_save` (or by FANN).
 */
FANN_EXTERNAL struct fann *fann_create_from_file(const char *configuration_file);

/*
 Loads a network from the rest of an open stream (`configuration_file` names it in
 messages). Exported internal.
 */
FANN_EXTERNAL struct fann *fann_create_from_fd(FILE *conf, const char *configuration_file);

/*
 Saves the network; 0, or -1 and error 2 (the previous file, if any, is kept).
 */
FANN_EXTERNAL int fann_save(struct fann *ann, const char *configuration_file);

/*
 Saves the network in fixed point and returns FANN's chosen decimal point (negative when
 the weights are too large for it); -1 and error 2 when the file cannot be written.
 */
FANN_EXTERNAL int fann_save_to_fixed(struct fann *ann, const char *configuration_file);

/*
 `fann_save` (`save_as_fixed` 0) or `fann_save_to_fixed` (non-zero). Exported internal.
 */
FANN_EXTERNAL
int fann_save_internal(struct fann *ann,
                       const char *configuration_file,
                       unsigned int save_as_fixed);

/*
 Writes the network to an open stream, as `fann_save_internal` would to a file.
 Exported internal.
 */
FANN_EXTERNAL
int fann_save_internal_fd(struct fann *ann,
                          FILE *conf,
                          const char *configuration_file,
                          unsigned int save_as_fixed);

#ifdef __cplusplus
}
#endif

#endif /* __fann_io_h__ */
