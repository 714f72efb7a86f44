/* float variant of impl_netfiles.h */
#include "common.h"
#include <floatfann.h>
#include "fann_dump.h"
#include "impl_netfiles.h"
