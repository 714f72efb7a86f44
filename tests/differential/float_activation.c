/* float variant of impl_activation.h */
#include "common.h"
#include <floatfann.h>
#include "fann_dump.h"
#include "impl_activation.h"
