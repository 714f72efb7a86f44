/* float variant of impl_print.h */
#include "common.h"
#include <floatfann.h>
#include "fann_dump.h"
#include "impl_print.h"
