/* FANN (Rust reimplementation): double build. Include this header and link -ldoublefann. */
#ifndef __doublefann_h__
#define __doublefann_h__

typedef double fann_type;

#undef DOUBLEFANN
#define DOUBLEFANN
#define FANNPRINTF "%.20e"
#define FANNSCANF "%le"

#define FANN_INCLUDE
#include "fann.h"

#endif /* __doublefann_h__ */
