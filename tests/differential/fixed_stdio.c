/* fixed variant of impl_stdio.h */
/* keep the default full buffering of stdout (see common.h) */
#define DIFF_FULLY_BUFFERED
#include "common.h"
#include <fixedfann.h>
#include "fann_dump.h"
#include "impl_stdio.h"
