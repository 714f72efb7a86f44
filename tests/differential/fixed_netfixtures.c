/* fixed variant of impl_netfixtures.h */
#include "common.h"
#include <fixedfann.h>
#include "fann_dump.h"
#include "impl_netfixtures.h"
