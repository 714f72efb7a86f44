/* float variant of impl_training.h */
#include "common.h"
#include <floatfann.h>
#include "fann_dump.h"
#include "impl_training.h"
