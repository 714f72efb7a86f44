/* float variant of impl_errors.h */
#include "common.h"
#include <floatfann.h>
#include "fann_dump.h"
#include "impl_errors.h"
