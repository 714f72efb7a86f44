/* float variant of impl_netfixtures.h */
#include "common.h"
#include <floatfann.h>
#include "fann_dump.h"
#include "impl_netfixtures.h"
