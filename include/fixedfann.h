/* FANN (Rust reimplementation): fixed build. Include this header and link -lfixedfann. */
#ifndef __fixedfann_h__
#define __fixedfann_h__

typedef int fann_type;

#undef FIXEDFANN
#define FIXEDFANN
#define FANNPRINTF "%d"
#define FANNSCANF "%d"

#define FANN_INCLUDE
#include "fann.h"

#endif /* __fixedfann_h__ */
