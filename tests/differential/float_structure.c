/* float variant of impl_structure.h */
#include "common.h"
#include <floatfann.h>
#include "fann_dump.h"
#include "impl_structure.h"
