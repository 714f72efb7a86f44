/* float variant of impl_stdio.h */
#include "common.h"
#include <floatfann.h>
#include "fann_dump.h"
#include "impl_stdio.h"
