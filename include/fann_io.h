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



#ifdef __cplusplus
}
#endif

#endif /* __fann_io_h__ */
