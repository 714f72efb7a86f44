/* float variant of impl_weights.h */
#include "common.h"
#include <floatfann.h>
#include "fann_dump.h"
#include "impl_weights.h"
