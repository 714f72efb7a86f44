/* fixed variant of impl_netfiles.h */
#include "common.h"
#include <fixedfann.h>
#include "fann_dump.h"
#include "impl_netfiles.h"
