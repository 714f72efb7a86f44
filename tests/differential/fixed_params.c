/* fixed variant of impl_params.h */
#include "common.h"
#include <fixedfann.h>
#include "fann_dump.h"
#include "impl_params.h"
