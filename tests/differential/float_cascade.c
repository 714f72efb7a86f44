/* float variant of impl_cascade.h */
#include "common.h"
#include <floatfann.h>
#include "fann_dump.h"
#include "impl_cascade.h"
