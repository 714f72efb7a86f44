/* fixed variant of impl_weights.h */
#include "common.h"
#include <fixedfann.h>
#include "fann_dump.h"
#include "impl_weights.h"
