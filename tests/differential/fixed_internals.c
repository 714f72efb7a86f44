/* fixed variant of impl_internals.h */
#include "common.h"
#include <fixedfann.h>
#include "fann_dump.h"
#include "impl_internals.h"
