/* double variant of impl_netfiles.h */
#include "common.h"
#include <doublefann.h>
#include "fann_dump.h"
#include "impl_netfiles.h"
