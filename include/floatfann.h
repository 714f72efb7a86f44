/* FANN (Rust reimplementation): float build. Include this header and link -lfloatfann (or -lfann). */
#ifndef __floatfann_h__
#define __floatfann_h__

typedef float fann_type;

#undef FLOATFANN
#define FLOATFANN
#define FANNPRINTF "%.20e"
#define FANNSCANF "%f"

#define FANN_INCLUDE
#include "fann.h"

#endif /* __floatfann_h__ */
