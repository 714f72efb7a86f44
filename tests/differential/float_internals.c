/* float variant of impl_internals.h */
#include "common.h"
#include <floatfann.h>
#include "fann_dump.h"
#include "impl_internals.h"
