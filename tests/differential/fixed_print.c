/* fixed variant of impl_print.h */
#include "common.h"
#include <fixedfann.h>
#include "fann_dump.h"
#include "impl_print.h"
